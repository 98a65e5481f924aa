"""Set 21, notices 01-12 (English). FICTIONAL: every person, plan, provider, address and number is invented.

Each case: num, slug, lang, ext, build(out_path, tmpdir, rng) -> text model, key, anchors (the words in the
notice each keyed fact is read from; check.py finds them)."""
import os

from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.platypus import Spacer, KeepTogether, PageBreak, Table, TableStyle, Paragraph

import photo
from common import FICTIONAL_EN, key
from render import P, lines, style, table, build_pdf, pdf_text, esc, rasterize

CASES = []


def case(**kw):
    CASES.append(kw)
    return kw


def footer(c, text=FICTIONAL_EN, font="LibSans-I", size=7.5, y=30, page=True, x=54):
    c.saveState()
    c.setFont(font, size)
    c.drawString(x, y, text)
    if page:
        c.drawRightString(letter[0] - 54, y, f"Page {c.getPageNumber()}")
    c.restoreState()


# =========================================================================================== 01
def build_01(out, td, rng):
    serif = "Palatino"
    body = style(serif, 10.2, leading=13)
    small = style(serif, 8.6, leading=10.5)
    bold = style(serif, 10.2, leading=13, bold=True)

    def letterhead(c, doc):
        c.saveState()
        c.setFillColor(colors.Color(0.16, 0.33, 0.20))
        c.rect(0, letter[1] - 16, letter[0], 16, stroke=0, fill=1)
        c.setFont("Palatino-B", 17)
        c.drawString(54, letter[1] - 52, "TALLGRASS MUTUAL")
        c.setFont("Palatino", 9)
        c.drawString(54, letter[1] - 65, "Health Insurance Company")
        c.setFont("Palatino", 8.2)
        c.drawRightString(letter[0] - 54, letter[1] - 46, "Omaha Service Center")
        c.drawRightString(letter[0] - 54, letter[1] - 57, "900 Prairie Avenue, Omaha, NE 68102")
        c.drawRightString(letter[0] - 54, letter[1] - 68, "Member Services 1-800-555-0142 (TTY 711)")
        c.setStrokeColor(colors.Color(0.16, 0.33, 0.20))
        c.line(54, letter[1] - 76, letter[0] - 54, letter[1] - 76)
        c.restoreState()
        footer(c, font="Palatino-I")

    s = []
    s.append(P("November 9, 2026", body))
    s.append(Spacer(1, 8))
    s.append(lines(["Corinne A. Whitlock-Baptiste", "4417 Linden Hollow Road", "Grand Island, NE 68801"], body))
    s.append(Spacer(1, 10))
    s.append(P("<b>Notice of adverse benefit determination: claim for services you received</b>", bold))
    info = [
        ["Member", "Corinne A. Whitlock-Baptiste", "Member ID", "TMH 884 201 337-02"],
        ["Group number", "0077314", "Claim number", "26-318-004417"],
        ["Employer", "Prairie Lantern Logistics, Inc.", "Claim received", "October 29, 2026"],
        ["Provider", "Bluestem Ketamine &amp; Wellness Clinic", "Provider acct.", "BKW-22817"],
    ]
    s.append(table(info, [80, 170, 84, 170], small, head=False, grid=0.4,
                   extra=[("FONTNAME", (0, 0), (0, -1), "Palatino-B")]))
    s.append(Spacer(1, 8))
    s.append(P("Dear Ms. Whitlock-Baptiste:", body))
    s.append(P("We have processed the claim listed above. Your coverage is an insured group health plan that your "
               "employer, Prairie Lantern Logistics, Inc., sponsors and that Tallgrass Mutual insures. The plan is "
               "governed by the Employee Retirement Income Security Act (ERISA). We did not pay the services below.",
               body))
    rows = [["Date of service", "Code", "Service", "Billed", "Plan paid", "Reason"]]
    for dt in ("10/06/2026", "10/08/2026", "10/13/2026"):
        rows.append([dt, "96365", "IV infusion, first hour", "$650.00", "$0.00", "CO-55"])
        rows.append([dt, "J3490", "Ketamine 35 mg, NDC 0000-0000-01", "$48.00", "$0.00", "CO-55"])
    s.append(table(rows, [72, 44, 170, 56, 56, 42], small, grid=0.4))
    s.append(Spacer(1, 4))
    s.append(P("Diagnosis code billed on this claim: F33.2. Diagnosis and treatment codes and what they mean are "
               "available free of charge when you ask.", small))
    s.append(P("<b>Why we denied it.</b> Intravenous ketamine for depression is considered experimental or "
               "investigational under Medical Policy MP-4.117, <i>Ketamine and Related Agents</i>, because its "
               "long-term safety and benefit have not been shown in the studies our policy reviewed. Code CO-55 "
               "means that the service is experimental or investigational. A copy of the policy is free on "
               "request.", body))
    s.append(P("<b>Your right to appeal.</b> You have 180 days from the date you receive this letter to ask for an "
               "appeal. Tell us why you disagree and send any records that support your claim, such as a letter "
               "from your doctor. We will decide a post-service appeal within 60 days of receiving it. Send your "
               "written appeal to:", body))
    s.append(lines(["Tallgrass Mutual Health Insurance Company", "Attn: Member Appeals", "PO Box 30418",
                    "Lincoln, NE 68503"], style(serif, 10.2, leading=13, left=36)))
    s.append(P("Fax: 402-555-0187. Please do not send appeals to the Omaha Service Center shown above.", body))
    s.append(P("<b>After the appeal.</b> If we uphold our decision, you may ask for an independent external review "
               "within 4 months after you receive our appeal decision. You may also bring a civil action under "
               "section 502(a) of ERISA after the appeal.", body))
    s.append(P("Help is available from the Nebraska Department of Insurance consumer line, 1-877-555-0119. "
               "Language help: call 1-800-555-0142.", small))
    s.append(Spacer(1, 8))
    s.append(P("Sincerely,<br/>Claims Review Department<br/>Tallgrass Mutual Health Insurance Company", body))
    pdf = os.path.join(td, "01.pdf")
    build_pdf(pdf, s, margins=(54, 54, 92, 48), on_page=letterhead)
    page = rasterize(pdf, 230)[0]
    photo.park_bench(page, rng).save(out, "JPEG", quality=87, subsampling=2)
    return pdf_text(pdf)


case(num=1, lang="en", ext="jpg", build=build_01,
     slug="employer-insured-ketamine-experimental-photo-park-bench-leaf-shade",
     key=key(None,
             "FICTIONAL: invented people, insurer and numbers. Insured employer (ERISA) plan's letter denying three "
             "days of IV ketamine (96365 + J3490) as experimental/investigational (CO-55). Phone photo of the page "
             "lying on a park bench in dappled leaf shade (hard patches of sun, cool shade), mild perspective. "
             "Window stated: 180 days from receipt, counted from the letter date. Traps: the Omaha letterhead office "
             "(not for appeals), claim received date, group number, provider account number, 60-day decision time, "
             "4-month external review.",
             patient_name="Corinne A. Whitlock-Baptiste", member_id="TMH 884 201 337-02",
             claim_number="26-318-004417", notice_date="2026-11-09",
             service_dates=["2026-10-06", "2026-10-08", "2026-10-13"], procedure_codes=["96365", "J3490"],
             diagnosis_codes=["F33.2"], carc_codes=["CO-55"], denial_category="experimental_investigational",
             plan_type="employer_erisa", urgent=False, appeal_deadline="2027-05-08",
             deadline_basis="180 days from the date you receive this letter",
             appeals_address="Tallgrass Mutual Health Insurance Company, Attn: Member Appeals, PO Box 30418, "
                             "Lincoln, NE 68503"),
     anchors=dict(notice_date="November 9, 2026",
                  service_dates=[("10/06/2026", "2026-10-06"), ("10/08/2026", "2026-10-08"),
                                 ("10/13/2026", "2026-10-13")],
                  denial_category="considered experimental or investigational under Medical Policy MP-4.117",
                  plan_type="insured group health plan that your employer",
                  deadline=("days", 180)))


# =========================================================================================== 02
def build_02(out, td, rng):
    mono_ish = "Narrow"
    body = style(mono_ish, 10.5, leading=13.2)
    small = style(mono_ish, 9, leading=11)
    bold = style(mono_ish, 11, leading=14, bold=True)

    def head(c, doc):
        c.saveState()
        c.setFont("Narrow-B", 14)
        c.drawString(54, letter[1] - 62, "EASTRIDGE FEDERAL HEALTH SERVICES")
        c.setFont("Narrow", 9)
        c.drawString(54, letter[1] - 74, "TRICARE East Region contractor - Utilization Management")
        c.drawString(54, letter[1] - 85, "2100 Harbor Gate Drive, Norfolk Point, VA 23510  |  Phone 1-877-555-0163")
        c.setLineWidth(1.2)
        c.line(54, letter[1] - 92, letter[0] - 54, letter[1] - 92)
        c.restoreState()
        footer(c, font="Narrow-I", size=8)

    def later(c, doc):
        c.saveState()
        c.setFont("Narrow", 8.5)
        c.drawString(54, letter[1] - 60, "Delphine R. Okonkwo-Hale  -  Authorization request no. ER-2611-0047735  -  continued")
        c.restoreState()
        footer(c, font="Narrow-I", size=8)

    s = []
    s.append(P("November 30, 2026", body))
    s.append(Spacer(1, 6))
    s.append(lines(["Delphine R. Okonkwo-Hale", "118 Cypress Landing Court", "Chesapeake Glen, VA 23322"], body))
    s.append(Spacer(1, 8))
    s.append(P("<b>NOTICE OF DENIAL: REQUEST FOR PRIOR AUTHORIZATION</b>", bold))
    info = [
        ["Beneficiary", "Delphine R. Okonkwo-Hale"],
        ["Beneficiary DoD Benefits Number", "30417829613"],
        ["Sponsor", "SSG Tobias K. Hale (Sponsor DoD ID 1592837406)"],
        ["Program", "TRICARE Prime"],
        ["Authorization request no.", "ER-2611-0047735"],
        ["Referral no. (primary care manager)", "RF-88172"],
        ["Requesting provider", "Tidewater Neuromodulation Center"],
        ["Request received", "November 18, 2026"],
        ["Services requested", "90867 (1 session), 90868 (29 sessions), to start December 14, 2026"],
        ["Diagnosis", "F33.1"],
    ]
    s.append(table(info, [170, 330], small, head=False, grid=0.6))
    s.append(Spacer(1, 8))
    s.append(P("Dear Ms. Okonkwo-Hale:", body))
    s.append(P("We reviewed the request your provider sent for a course of transcranial magnetic stimulation (TMS). "
               "The services are <b>not authorized</b>. Our physician reviewer, a board-certified psychiatrist, "
               "found that the request does not meet the medical necessity criteria for TMS. The records we "
               "received show one antidepressant trial of adequate dose and length; the criteria ask for at least "
               "two such trials, from two different classes, and a trial of evidence-based psychotherapy. The "
               "records may not tell the whole story: your provider may send more.", body))
    s.append(P("This decision is about whether TRICARE will pay. It is not a decision about what care you and "
               "your provider choose.", body))
    s.append(P("<b>How to ask for a reconsideration.</b> If you disagree, you, your provider or someone you "
               "appoint may ask us to reconsider. Your request must be postmarked or received within 90 days of "
               "the date of this notice. Say why you disagree and include this notice and any new records. Mail "
               "it to:", body))
    s.append(lines(["Eastridge Federal Health Services", "TRICARE East Reconsiderations", "PO Box 77015",
                    "Norfolk Point, VA 23501"], style(mono_ish, 10.5, leading=13.2, left=40)))
    s.append(P("or fax it to 757-555-0170. Do not send it to the Utilization Management office above.", body))
    s.append(PageBreak())
    s.append(Spacer(1, 20))
    s.append(P("<b>Fast (expedited) reconsideration.</b> Because this was a request before care, you may ask for an "
               "expedited reconsideration if you ask within 3 calendar days after you receive this notice. A "
               "later request is handled as a standard reconsideration.", body))
    s.append(P("<b>If we uphold this decision.</b> Our reconsideration decision will tell you how to ask for the "
               "next level. For a medical necessity decision that is a second reconsideration by the TRICARE "
               "Quality Monitoring Contractor, which must be asked for within 90 days of our reconsideration "
               "decision; a hearing may follow where $300 or more is in dispute.", body))
    s.append(P("<b>Free help.</b> A Beneficiary Counseling and Assistance Coordinator at your nearest military "
               "hospital or clinic can help you with this request at no cost. Call 1-877-555-0163 and ask for the "
               "coordinator's office.", body))
    s.append(P("cc: Tidewater Neuromodulation Center (by fax)", small))
    s.append(Spacer(1, 12))
    s.append(P("Utilization Management<br/>Eastridge Federal Health Services", body))
    pdf = os.path.join(td, "02.pdf")
    from reportlab.platypus import NextPageTemplate
    s.insert(0, NextPageTemplate("later"))
    build_pdf(pdf, s, margins=(54, 54, 104, 48), on_page=head, on_later=later)
    pages = rasterize(pdf, 300, gray=True)
    fax = []
    for i, pg in enumerate(pages):
        b = photo.to_fax(pg, fine=True, threshold=0.56, rng=rng)
        b = photo.fax_header(b, f"DEC-02-2026 14:07   FROM: EASTRIDGE FHS UM 757-555-0166   TO: 7575550131   "
                                f"P.{i + 1:03d}/{len(pages):03d}")
        # a dirty strip on the sender's scanner glass: a thin black line down the left margin
        b[40:, 96:99] = True
        fax.append(b)
    # transmission errors, placed from the words' boxes (points from the top -> fine-mode lines)
    from render import find_phrase
    y = find_phrase(pdf, "records may not tell", page=0)[2] / 72 * 196
    fax[0] = photo.fax_repeat_rows(fax[0], int(y) + 4, 9)
    y = find_phrase(pdf, "This decision is about", page=0)[4] / 72 * 196
    fax[0] = photo.fax_drop_rows(fax[0], int(y) + 2, 14)
    y = find_phrase(pdf, "next level.", page=1)[2] / 72 * 196
    fax[1] = photo.fax_repeat_rows(fax[1], int(y) + 6, 6)
    photo.fax_tiff(fax, out, fine=True)
    return pdf_text(pdf)


case(num=2, lang="en", ext="tif", build=build_02,
     slug="tricare-tms-prior-auth-medical-necessity-fax-line-errors",
     key=key(None,
             "FICTIONAL: invented beneficiary, sponsor, contractor and numbers. TRICARE Prime prior-authorization "
             "denial of a TMS course (90867, 90868) as not medically necessary, two pages, fine-mode fax TIFF with "
             "transmission errors (lines repeated and lost) and a dirty-glass streak down the left margin. No service "
             "dates: the course was to start after the notice. Window stated (90 days from the notice, postmarked or "
             "received). Traps: the fax header's DEC-02-2026 date, request received date, requested start date, "
             "sponsor's DoD ID, referral number, letterhead UM office, 3-day expedited window, 90 days for the "
             "second reconsideration.",
             patient_name="Delphine R. Okonkwo-Hale", member_id="30417829613", claim_number="ER-2611-0047735",
             notice_date="2026-11-30", procedure_codes=["90867", "90868"], diagnosis_codes=["F33.1"],
             denial_category="medical_necessity", plan_type="tricare", urgent=False,
             appeal_deadline="2027-02-28", deadline_basis="within 90 days of the date of this notice",
             appeals_address="Eastridge Federal Health Services, TRICARE East Reconsiderations, PO Box 77015, "
                             "Norfolk Point, VA 23501"),
     anchors=dict(notice_date="November 30, 2026",
                  denial_category="does not meet the medical necessity criteria for TMS",
                  plan_type="TRICARE Prime", deadline=("days", 90)))


# =========================================================================================== 03
def build_03(out, td, rng):
    f = "Gothic"
    body = style(f, 9.8, leading=12.6)
    small = style(f, 8.4, leading=10.2)
    h1 = style(f, 14, leading=17, bold=True, align="center")

    def head(c, doc):
        c.saveState()
        c.setFont("Gothic-B", 12)
        c.drawString(54, letter[1] - 50, "Larkspur Rx (PDP)")
        c.setFont("Gothic", 8.5)
        c.drawString(54, letter[1] - 61, "Coverage Determinations Unit, 7020 South Mill Crossing, Suite 300, Tempe, AZ 85283")
        c.drawRightString(letter[0] - 54, letter[1] - 50, "Member Services 1-888-555-0128 (TTY 711)")
        c.drawRightString(letter[0] - 54, letter[1] - 61, "8 a.m. to 8 p.m., 7 days a week")
        c.restoreState()
        footer(c, font="Gothic-BO" if False else "Gothic-I", size=7.5)

    s = []
    s.append(P("Notice of Denial of Medicare Prescription Drug Coverage", h1))
    s.append(P("Date: November 19, 2026", body))
    s.append(Spacer(1, 2))
    info = [
        ["Member name", "Beverly J. Szczepanski", "Member ID", "LRX-40719355"],
        ["Date of birth", "11/19/1952", "Case number", "CD-26-1119-07731"],
        ["Rx BIN / PCN", "610999 / LRXPD", "Rx group", "LRX2026"],
        ["Prescriber", "Dr. Imogen Tranh-Bellweather", "Request received", "11/18/2026"],
    ]
    s.append(table(info, [84, 160, 92, 168], small, head=False, grid=0.5,
                   extra=[("FONTNAME", (0, 0), (0, -1), "Gothic-B"), ("FONTNAME", (2, 0), (2, -1), "Gothic-B")]))
    s.append(Spacer(1, 6))
    s.append(P("Larkspur Rx (PDP) is a Medicare Part D prescription drug plan. You asked for a fast (expedited) "
               "coverage decision, and we made this decision on an expedited basis. We denied your request for "
               "the drug below.", body))
    s.append(P("<b>Drug you asked for:</b> dextromethorphan-bupropion extended-release tablets, 45 mg/105 mg, "
               "60 tablets a month.", body))
    s.append(P("<b>Why we denied it.</b> Step therapy: this drug is covered only after you first try two "
               "antidepressants on our Drug List that cost less. Our records show one of them (sertraline). Your "
               "prescriber did not tell us why the second one would not work for you or would harm you. If your "
               "prescriber sends that statement, we can look at your request again as an exception.", body))
    s.append(P("<b>Your right to appeal.</b> You may ask us to review this decision (a redetermination). You must "
               "ask for a redetermination within 65 days from the date of this notice. We can give you more time "
               "if you have a good reason for missing the deadline. Send your request to:", body))
    s.append(lines(["Larkspur Rx (PDP)", "Attn: Part D Redeterminations", "PO Box 51866", "Tempe, AZ 85285"],
                   style(f, 9.8, leading=12.6, left=36)))
    s.append(P("Fax: 1-888-555-0129. You or your prescriber may also call us for a fast appeal. Requests mailed "
               "to the Coverage Determinations Unit above are delayed.", body))
    s.append(P("<b>How long we take.</b> A standard redetermination is decided within 7 days; a fast one within 72 "
               "hours once we get it. If we still say no, your case goes to an independent review entity, and the "
               "notice we send will tell you how.", body))
    s.append(P("<b>What you can do now.</b> Ask your prescriber whether another drug on our Drug List would work "
               "for you, or ask for an exception. You can get this notice in other formats or languages by calling "
               "Member Services.", body))
    s.append(P("Larkspur Rx is a fictional Medicare Part D plan used for testing only.", small))
    pdf = os.path.join(td, "03.pdf")
    build_pdf(pdf, s, margins=(54, 54, 80, 48), on_page=head)
    page = rasterize(pdf, 200, gray=True)[0]
    photo.flatbed_lid_open(page, rng).save(out, "PNG")
    return pdf_text(pdf)


case(num=3, lang="en", ext="png", build=build_03,
     slug="part-d-expedited-step-therapy-flatbed-lid-open",
     key=key(None,
             "FICTIONAL: invented member, plan, prescriber and numbers. Stand-alone Part D plan's expedited "
             "coverage-determination denial (step therapy for an oral antidepressant): no procedure, diagnosis or "
             "service dates. Flatbed scan with the lid up (black bed around the sheet), the sheet off square, its "
             "lower right corner lifted off the glass. Window stated: 65 days from the notice. Traps: date of birth "
             "11/19/1952 with the notice's own month and day, request received date, Rx BIN/PCN/group, the Coverage "
             "Determinations Unit's address, 7-day and 72-hour decision times, the independent review entity.",
             patient_name="Beverly J. Szczepanski", member_id="LRX-40719355", claim_number="CD-26-1119-07731",
             notice_date="2026-11-19", denial_category="step_therapy", plan_type="medicare_part_d", urgent=True,
             appeal_deadline="2027-01-23", deadline_basis="within 65 days from the date of this notice",
             appeals_address="Larkspur Rx (PDP), Attn: Part D Redeterminations, PO Box 51866, Tempe, AZ 85285"),
     anchors=dict(notice_date="November 19, 2026",
                  denial_category="Step therapy: this drug is covered only after you first try two",
                  plan_type="is a Medicare Part D prescription drug plan",
                  urgent="we made this decision on an expedited basis", deadline=("days", 65)))


# =========================================================================================== 04
def build_04(out, td, rng):
    f = "LibSans"
    body = style(f, 9.6, leading=12)
    small = style(f, 8.3, leading=10)
    h1 = style(f, 12.5, leading=15, bold=True)

    def head(c, doc):
        c.saveState()
        c.setFillColor(colors.Color(0.12, 0.22, 0.45))
        c.roundRect(54, letter[1] - 78, 34, 34, 6, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("LibSans-B", 15)
        c.drawCentredString(71, letter[1] - 67, "KB")
        c.setFillColor(colors.black)
        c.setFont("LibSans-B", 12)
        c.drawString(96, letter[1] - 56, "Keystone Benefit Administrators, LLC")
        c.setFont("LibSans", 8)
        c.drawString(96, letter[1] - 67, "Third-party administrator for self-funded employer plans")
        c.drawString(96, letter[1] - 77, "Claims office: 40 Market Square, Lancaster, PA 17603  -  1-866-555-0151")
        c.restoreState()
        footer(c, size=7)

    s = []
    s.append(P("Explanation of Benefits and Notice of Adverse Benefit Determination", h1))
    s.append(P("November 13, 2026", body))
    s.append(lines(["Garrett L. Drummond", "27 Fieldstone Run", "Mount Joy, PA 17552"], body))
    s.append(Spacer(1, 6))
    s.append(P("Plan: Halvorsen Tool &amp; Die Employee Health Plan. This is a self-funded employer group health "
               "plan governed by ERISA; Keystone Benefit Administrators, LLC processes its claims and is not an "
               "insurer.", body))
    info = [
        ["Subscriber", "Garrett L. Drummond", "Subscriber ID", "HTD-004471-01"],
        ["Patient", "Anneliese M. Drummond (spouse)", "Patient ID", "HTD-004471-02"],
        ["Claim no.", "KBA 2610 5583 19", "Received", "10/30/2026"],
        ["Provider", "Harborview Interventional Psychiatry", "Network", "In network"],
    ]
    s.append(table(info, [66, 190, 74, 170], small, head=False, grid=0.4,
                   extra=[("BACKGROUND", (0, 0), (0, -1), colors.Color(0.92, 0.94, 0.98)),
                          ("BACKGROUND", (2, 0), (2, -1), colors.Color(0.92, 0.94, 0.98))]))
    s.append(Spacer(1, 6))
    rows = [["Service date", "Code", "Units", "Billed", "Allowed", "Plan paid", "You owe", "Adj."]]
    for dt in ("10/20/2026", "10/23/2026"):
        rows.append([dt, "J0013", "84", "$1,134.00", "$0.00", "$0.00", "$0.00", "CO-197"])
        rows.append([dt, "99415", "1", "$180.00", "$0.00", "$0.00", "$0.00", "CO-197"])
    rows.append(["Totals", "", "", "$2,628.00", "$0.00", "$0.00", "$0.00", ""])
    s.append(table(rows, [70, 48, 36, 66, 58, 58, 56, 56], small, grid=0.4,
                   extra=[("FONTNAME", (0, -1), (-1, -1), "LibSans-B")]))
    s.append(P("Diagnosis: F33.2", small))
    s.append(P("<b>Reason for denial (CO-197).</b> The plan requires precertification before esketamine nasal spray "
               "treatment. We have no precertification on file for these dates of service, so the plan paid "
               "nothing. Your provider agreed not to bill you for these charges while the claim is denied for "
               "this reason.", body))
    s.append(P("<b>Your right to appeal.</b> You may appeal this decision. Your appeal must be in writing and "
               "should say why you disagree. The time limits for filing an appeal are in your Summary Plan "
               "Description. Your provider may also ask us for a retrospective review of the precertification "
               "within 30 days of this notice; that review is not an appeal. Send appeals to:", body))
    s.append(lines(["Halvorsen Tool &amp; Die Employee Health Plan", "c/o Keystone Benefit Administrators, LLC",
                    "Appeals Unit", "PO Box 6120", "Harrisburg, PA 17106"], style(f, 9.6, leading=12, left=30)))
    s.append(P("After the plan's final decision on appeal you may ask for an independent external review within "
               "4 months, and you may bring a civil action under ERISA section 502(a). You may ask for copies of "
               "the documents about your claim free of charge.", body))
    pdf = os.path.join(td, "04.pdf")
    build_pdf(pdf, s, margins=(54, 54, 96, 44), on_page=head)
    page = rasterize(pdf, 260)[0]
    photo.ultrawide_close(page, rng).save(out, "JPEG", quality=84, subsampling=2)
    return pdf_text(pdf)


case(num=4, lang="en", ext="jpg", build=build_04,
     slug="tpa-self-funded-spravato-precert-photo-ultrawide-close",
     key=key(None,
             "FICTIONAL: invented family, plan, TPA and numbers. A TPA's EOB and denial for a self-funded ERISA plan: "
             "the spouse's Spravato sessions (J0013 with 99415) denied for no precertification (CO-197). Letter "
             "addressed to the subscriber. Photographed close with an ultra-wide lens: barrel distortion, dark soft "
             "corners, keystone. No window stated (\"in your Summary Plan Description\"): the ERISA rule's 180 days "
             "from the notice date. Traps: the subscriber's name and ID, received date, the claims office in the "
             "letterhead, the provider's 30-day retrospective review, 4-month external review.",
             patient_name="Anneliese M. Drummond", member_id="HTD-004471-02", claim_number="KBA 2610 5583 19",
             notice_date="2026-11-13", service_dates=["2026-10-20", "2026-10-23"],
             procedure_codes=["J0013", "99415"], diagnosis_codes=["F33.2"], carc_codes=["CO-197"],
             denial_category="prior_authorization", plan_type="employer_erisa", urgent=False,
             appeal_deadline="2027-05-12", deadline_basis="29 CFR 2560.503-1(h)(3)(i)",
             appeals_address="Halvorsen Tool & Die Employee Health Plan, c/o Keystone Benefit Administrators, LLC, "
                             "Appeals Unit, PO Box 6120, Harrisburg, PA 17106"),
     anchors=dict(notice_date="November 13, 2026",
                  service_dates=[("10/20/2026", "2026-10-20"), ("10/23/2026", "2026-10-23")],
                  denial_category="The plan requires precertification before esketamine nasal spray treatment",
                  plan_type="self-funded employer group health plan governed by ERISA", deadline=("rule",)))


# =========================================================================================== 05
def build_05(out, td, rng):
    f = "LibSerif"
    body = style(f, 11, leading=13.6)
    small = style(f, 9.5, leading=11.5)
    h1 = style("LibSans", 13.5, leading=16.5, bold=True)

    def head(c, doc):
        c.saveState()
        c.setFont("LibSans-B", 15)
        c.setFillColor(colors.Color(0.55, 0.30, 0.10))
        c.drawString(54, letter[1] - 54, "Copperline Health Partners")
        c.setFillColor(colors.black)
        c.setFont("LibSans", 8.5)
        c.drawString(54, letter[1] - 66, "Member Services, 1 Monument Plaza, Columbus, OH 43215  -  1-855-555-0174 (TTY 711)")
        c.restoreState()
        footer(c, size=7.5)

    s = []
    s.append(P("Notice of Adverse Benefit Determination", h1))
    s.append(P("Date of this notice: November 20, 2026", body))
    s.append(lines(["Terrence J. Vaillancourt", "52 Orchard Bend Lane, Apt. 3", "Xenia, OH 45385"], body))
    s.append(Spacer(1, 6))
    info = [["Member:", "Terrence J. Vaillancourt"], ["Member ID:", "CHP-77104392"],
            ["Date of birth:", "02/14/1990"], ["Reference number:", "UM-26-1104-8830"],
            ["Date we got the request:", "11/13/2026"],
            ["Service asked for:", "TMS, codes 90867 and 90868, at Lakeshore Brain Health"],
            ["Diagnosis:", "F33.2"]]
    s.append(table(info, [150, 330], body, head=False, grid=0, pad=1.5))
    s.append(Spacer(1, 6))
    s.append(P("Copperline Health Partners is a Medicaid managed care plan. We have denied the service listed "
               "above.", body))
    s.append(P("<b>Why:</b> Lakeshore Brain Health is not in our provider network. We pay for care from a provider "
               "outside our network only when no provider in our network can give it. Two providers in our network "
               "offer TMS within 30 miles of your home, and our care coordinator can help you get an appointment "
               "with either of them.", body))
    s.append(P("<b>Your right to appeal:</b> You have 60 calendar days from the date on this notice to ask for an "
               "appeal. You can ask by phone or in writing. Write to:", body))
    s.append(lines(["Copperline Health Partners", "Appeals and Grievances Department", "4400 Industry Parkway, Suite 210",
                    "Dayton, OH 45414"], style(f, 11, leading=13.6, left=36)))
    s.append(P("<b>Keeping your services:</b> if this notice stops or reduces a service you already get, you must "
               "ask for your appeal within 10 days of this notice to keep the service during the appeal.", small))
    s.append(P("<b>State hearing:</b> if we still deny the service after your appeal, you can ask for a state "
               "hearing within 120 calendar days from the date of our appeal decision letter.", small))
    pdf = os.path.join(td, "05.pdf")
    build_pdf(pdf, s, margins=(54, 54, 84, 48), on_page=head)
    page = rasterize(pdf, 150)[0]
    photo.old_phone(page, rng).save(out, "JPEG", quality=70, subsampling=2)
    return pdf_text(pdf)


case(num=5, lang="en", ext="jpg", build=build_05,
     slug="medicaid-mco-tms-out-of-network-photo-old-2mp-phone",
     key=key(None,
             "FICTIONAL: invented member, plan and numbers. Medicaid managed care notice of adverse benefit "
             "determination: TMS (90867, 90868) at an out-of-network clinic denied because network providers offer "
             "it. Photographed with an old 2 MP phone (noise smeared, over-sharpened halos, colour fringes, tungsten "
             "cast). No service dates (a request). Window stated: 60 calendar days from the notice. Traps: date of "
             "birth, request date, 10 days to keep services, 120 days for the state hearing, the Columbus member "
             "services office.",
             patient_name="Terrence J. Vaillancourt", member_id="CHP-77104392", claim_number="UM-26-1104-8830",
             notice_date="2026-11-20", procedure_codes=["90867", "90868"], diagnosis_codes=["F33.2"],
             denial_category="out_of_network", plan_type="medicaid", urgent=False, appeal_deadline="2027-01-19",
             deadline_basis="60 calendar days from the date on this notice",
             appeals_address="Copperline Health Partners, Appeals and Grievances Department, 4400 Industry Parkway, "
                             "Suite 210, Dayton, OH 45414"),
     anchors=dict(notice_date="November 20, 2026",
                  denial_category="Lakeshore Brain Health is not in our provider network",
                  plan_type="is a Medicaid managed care plan", deadline=("days", 60)))


# =========================================================================================== 06
def build_06(out, td, rng):
    f = "Bookman"
    body = style(f, 9.6, leading=12.4)
    small = style(f, 8.2, leading=10)
    h1 = style(f, 13, leading=16, bold=True)

    def head(c, doc):
        c.saveState()
        c.setFont("Bookman-B", 11.5)
        c.drawRightString(letter[0] - 54, letter[1] - 48, "Silverpine Advantage (HMO)")
        c.setFont("Bookman", 8)
        c.drawRightString(letter[0] - 54, letter[1] - 59, "Silverpine Health Plans, 1180 W. Aspen Court, Meridian, ID 83642")
        c.drawRightString(letter[0] - 54, letter[1] - 69, "1-800-555-0193 (TTY 711), 8 a.m.-8 p.m. local time")
        c.restoreState()
        footer(c, font="Bookman-I", size=7)

    s = []
    s.append(P("NOTICE OF DENIAL OF MEDICAL COVERAGE", h1))
    s.append(P("November 24, 2026", body))
    info = [["Name:", "Wendell O. Castellanos"], ["Member number:", "SPA 3390 1825"],
            ["Case number:", "OD-26-46618"], ["Plan contract:", "H7734-012"],
            ["Request received:", "11/20/2026"],
            ["Requested by:", "Dr. Farrukh Ilyasova-Penn, Granite Spine Center"]]
    s.append(table(info, [120, 300], body, head=False, grid=0, pad=1))
    s.append(Spacer(1, 4))
    s.append(P("Silverpine Advantage (HMO) is a Medicare Advantage plan. We have <b>denied</b> the medical care "
               "listed below that you or your doctor asked for.", body))
    s.append(P("<b>Care asked for:</b> radiofrequency ablation of the nerves to the lower back joints, right side, "
               "codes 64635 and 64636. Diagnosis: M47.816.", body))
    s.append(P("<b>Why we said no:</b> the procedure is not medically necessary for you under Medicare's "
               "coverage rules as we apply them. Medicare covers this procedure after two diagnostic nerve blocks "
               "that each relieved at least 80 percent of the pain. Your records show one block, on October 22, "
               "2026. This denial was reviewed by a physician with expertise in pain medicine.", body))
    s.append(P("<b>If you want to appeal.</b> You have the right to ask us to reconsider. Put your request in "
               "writing and send it, with any records that support it, to:", body))
    s.append(lines(["Silverpine Advantage (HMO)", "Appeals and Grievances", "PO Box 20977", "Boise, ID 83719"],
                   style(f, 9.6, leading=12.4, left=40)))
    s.append(P("Fax 1-800-555-0194. Do not mail appeals to the Meridian office.", body))
    s.append(P("<b>Fast appeals.</b> If you or your doctor think waiting could seriously harm your health, ask for a "
               "fast appeal; we answer within 72 hours. <b>After your appeal:</b> if we say no again, we send your "
               "case to an Independent Review Entity ourselves.", body))
    s.append(P("Get help from your State Health Insurance Assistance Program: 1-800-555-0177. You may appoint "
               "someone, such as a relative or your doctor, to act for you.", small))
    pdf = os.path.join(td, "06.pdf")
    build_pdf(pdf, s, margins=(72, 54, 84, 48), on_page=head)
    page = rasterize(pdf, 240)[0]
    photo.binder(page, rng, 240).save(out, "JPEG", quality=88, subsampling=2)
    return pdf_text(pdf)


case(num=6, lang="en", ext="jpg", build=build_06,
     slug="medicare-advantage-rfa-medical-necessity-photo-ring-binder",
     key=key(None,
             "FICTIONAL: invented member, plan, doctor and numbers. Medicare Advantage notice of denial of a "
             "pre-service request for lumbar radiofrequency ablation (64635, 64636) as not medically necessary. "
             "Photographed in a 3-ring binder (punched holes, rings and spine plate at the left margin, lifted "
             "shaded strip, window light). No service dates; the earlier nerve block's date is history. No window "
             "stated: the Medicare Advantage rule's 65 days from the notice. Traps: plan contract number, request "
             "received date, October 22 block date, the Meridian office, 72-hour fast appeal, IRE.",
             patient_name="Wendell O. Castellanos", member_id="SPA 3390 1825", claim_number="OD-26-46618",
             notice_date="2026-11-24", procedure_codes=["64635", "64636"], diagnosis_codes=["M47.816"],
             denial_category="medical_necessity", plan_type="medicare_advantage", urgent=False,
             appeal_deadline="2027-01-28", deadline_basis="42 CFR 422.582",
             appeals_address="Silverpine Advantage (HMO), Appeals and Grievances, PO Box 20977, Boise, ID 83719"),
     anchors=dict(notice_date="November 24, 2026",
                  denial_category="the procedure is not medically necessary for you",
                  plan_type="is a Medicare Advantage plan", deadline=("rule",)))


# =========================================================================================== 07
def build_07(out, td, rng):
    f = "Schoolbook"
    body = style(f, 9.6, leading=12)
    small = style(f, 8.6, leading=10.4)
    h1 = style(f, 13, leading=16, bold=True)

    def head(c, doc):
        c.saveState()
        c.setFont("Schoolbook-B", 12)
        c.drawString(54, letter[1] - 50, "Covenant Fellowship Health Plan")
        c.setFont("Schoolbook", 8.2)
        c.drawString(54, letter[1] - 61, "Administered by Lamplight Benefit Services, 300 Chisholm Trail Plaza, Wichita, KS 67202")
        c.drawRightString(letter[0] - 54, letter[1] - 50, "Member line 1-888-555-0108")
        c.restoreState()
        footer(c, font="Schoolbook-I", size=7.4)

    s = []
    s.append(P("Explanation of Benefits", h1))
    s.append(table([["Statement date", "10/28/2026", "Statement period", "09/01/2026 - 09/30/2026"],
                    ["Subscriber", "Rev. Jonah E. Pettigrew", "Subscriber ID", "CFH-310277-01"]],
                   [86, 150, 96, 168], small, head=False, grid=0.5))
    s.append(Spacer(1, 4))
    s.append(lines(["Rev. Jonah E. Pettigrew", "1906 Sandhill Plum Drive", "Newton, KS 67114"], body))
    s.append(Spacer(1, 4))
    s.append(P("Covenant Fellowship Health Plan is a church plan. It is not governed by ERISA. This statement "
               "covers claims for the members of your family listed below.", body))
    s.append(table([["Member", "Relationship", "Member ID"],
                    ["Miriam L. Pettigrew", "Spouse", "CFH-310277-02"],
                    ["Abigail R. Pettigrew", "Daughter", "CFH-310277-03"]], [170, 100, 120], small, grid=0.5))
    s.append(Spacer(1, 6))
    s.append(P("<b>Claim CF 26 0915 3301</b>  -  Patient: Abigail R. Pettigrew  -  Provider: Prairie Wind "
               "Counseling  -  Status: PAID", small))
    s.append(table([["Service date", "Code", "Billed", "Allowed", "Plan paid", "You owe", "Codes"],
                    ["09/10/2026", "90834", "$140.00", "$120.00", "$96.00", "$24.00", "PR-3"]],
                   [70, 46, 60, 60, 60, 60, 60], small, grid=0.5))
    s.append(P("Diagnosis: F32.1", small))
    s.append(Spacer(1, 4))
    s.append(P("<b>Claim CF 26 0915 3382</b>  -  Patient: Miriam L. Pettigrew  -  Provider: Lantern Psychology "
               "Group  -  Status: DENIED", small))
    s.append(table([["Service date", "Code", "Billed", "Allowed", "Plan paid", "You owe", "Codes"],
                    ["09/17/2026", "90837", "$185.00", "$0.00", "$0.00", "$185.00", "CO-119"],
                    ["09/24/2026", "90837", "$185.00", "$0.00", "$0.00", "$185.00", "CO-119"]],
                   [70, 46, 60, 60, 60, 60, 60], small, grid=0.5))
    s.append(P("Diagnosis: F41.1", small))
    s.append(Spacer(1, 4))
    s.append(P("<b>CO-119:</b> the benefit maximum for this period has been reached. Your plan covers 30 "
               "outpatient psychotherapy visits per member per calendar year, and Miriam's 30th visit was paid on "
               "09/10/2026. <b>PR-3:</b> your copayment.", body))
    s.append(P("See the back of this statement for your appeal rights.", body))
    s.append(PageBreak())
    s.append(P("Your appeal rights", h1))
    s.append(P("If a claim on this statement was denied in whole or in part, you or someone you name may appeal. "
               "You have 180 days after you receive this statement to appeal a denied claim. Tell us the claim "
               "number, why you disagree, and send any records that support you. Send your written appeal to:", body))
    s.append(lines(["Covenant Fellowship Health Plan", "c/o Lamplight Benefit Services", "Appeals Review",
                    "PO Box 1844", "Wichita, KS 67201"], style(f, 9.6, leading=12, left=36)))
    s.append(P("Appeals sent to the Chisholm Trail Plaza office are forwarded and may be delayed.", body))
    s.append(P("We will decide your appeal within 60 days. If we uphold the denial, you may ask for an external "
               "review by an independent review organization within 4 months after you receive our final "
               "decision.", body))
    s.append(P("Claims must be filed within 12 months of the date of service. You may ask for the plan documents "
               "and any rule we used, free of charge.", body))
    s.append(P("Language help: call 1-888-555-0108.", small))
    pdf = os.path.join(td, "07.pdf")
    build_pdf(pdf, s, margins=(54, 54, 78, 46), on_page=head)
    pages = rasterize(pdf, 300, gray=True)
    sheet = photo.two_up_copy(pages, rng)
    sheet.save(out, "PDF", resolution=300.0, title="scan", author="FICTIONAL")
    return pdf_text(pdf)


case(num=7, lang="en", ext="pdf", build=build_07,
     slug="church-plan-family-eob-visit-maximum-2up-copy-scan",
     key=key(None,
             "FICTIONAL: invented family, church plan, administrator and numbers. A church plan's family EOB: the "
             "daughter's claim paid, the spouse's psychotherapy claim (90837 twice) denied because the yearly visit "
             "maximum was reached (CO-119, keyed other). The front and back were photocopied 2-up (both pages reduced "
             "side by side on one landscape sheet) and that copy scanned to an image-only PDF. Window stated: 180 "
             "days after receipt, counted from the statement date. Traps: the subscriber and his ID, the daughter's "
             "paid claim (number, date, 90834, F32.1, PR-3), the statement period, the 09/10/2026 date in the "
             "reason, the administrator's street office, 60-day decision, 4-month external review, 12-month "
             "filing limit.",
             patient_name="Miriam L. Pettigrew", member_id="CFH-310277-02", claim_number="CF 26 0915 3382",
             notice_date="2026-10-28", service_dates=["2026-09-17", "2026-09-24"], procedure_codes=["90837"],
             diagnosis_codes=["F41.1"], carc_codes=["CO-119"], denial_category="other", plan_type="church",
             urgent=False, appeal_deadline="2027-04-26",
             deadline_basis="180 days after you receive this statement",
             appeals_address="Covenant Fellowship Health Plan, c/o Lamplight Benefit Services, Appeals Review, "
                             "PO Box 1844, Wichita, KS 67201"),
     anchors=dict(notice_date="10/28/2026",
                  service_dates=[("09/17/2026", "2026-09-17"), ("09/24/2026", "2026-09-24")],
                  denial_category="the benefit maximum for this period has been reached",
                  plan_type="Covenant Fellowship Health Plan is a church plan", deadline=("days", 180)))


# =========================================================================================== 08
def build_08(out, td, rng):
    f = "DejaCond"
    body = style(f, 9.4, leading=11.8)
    small = style(f, 8.2, leading=10)
    big = style(f, 15, leading=18, bold=True)
    mid = style(f, 11, leading=13.5, bold=True)

    def pg(c, doc):
        c.saveState()
        c.setFont("DejaCond-B", 9)
        c.drawString(54, letter[1] - 40, "Medicare Summary Notice for Part B (Medical Insurance)")
        c.drawRightString(letter[0] - 54, letter[1] - 40, "Eleanor B. Fitzwater-Osei")
        c.line(54, letter[1] - 45, letter[0] - 54, letter[1] - 45)
        c.restoreState()
        footer(c, font="DejaCond", size=7.2)

    s = []
    s.append(P("Medicare Summary Notice", big))
    s.append(P("for Part B (Medical Insurance)  -  THIS IS NOT A BILL", mid))
    left = [P("<b>Eleanor B. Fitzwater-Osei</b><br/>3390 Quarry Hill Road<br/>Marietta, OH 45750", body),
            Spacer(1, 6),
            P("Medicare Number: 7QJ2-HN8-WT41<br/>Date of this notice: November 2, 2026<br/>"
              "Claims processed between August 1 and October 31, 2026", body),
            Spacer(1, 6),
            P("This notice shows claims for Original Medicare, Part B (Medical Insurance). "
              "Check it against the care you got.", body)]
    right = [P("<b>Your deadline to file an appeal</b>", mid),
             P("If you disagree with a decision on a claim, file an appeal in writing by March 2, 2027. See page 2 "
               "for how.", body),
             Spacer(1, 6),
             P("<b>Providers with claims this period</b>", body),
             P("10/01/2026  Northbank Family Medicine  -  approved<br/>10/05/2026 - 10/07/2026  Crescent TMS "
               "Institute  -  <b>denied</b>", small)]
    t = Table([[left, right]], colWidths=[250, 254])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (1, 0), (1, 0), 1, colors.black),
                           ("LEFTPADDING", (1, 0), (1, 0), 8), ("RIGHTPADDING", (1, 0), (1, 0), 8),
                           ("TOPPADDING", (1, 0), (1, 0), 6), ("BOTTOMPADDING", (1, 0), (1, 0), 6)]))
    s.append(t)
    s.append(Spacer(1, 10))
    s.append(P("Your claims, provider by provider", mid))
    s.append(P("<b>Northbank Family Medicine</b>  -  Claim number 26-2741-1102-330  -  Service approved: Yes", body))
    s.append(table([["Date", "Service", "Approved?", "Provider charged", "Medicare paid", "You may be billed"],
                    ["10/01/2026", "Office visit, established patient (99214)", "Yes", "$168.00", "$98.20", "$24.55"]],
                   [56, 170, 56, 74, 70, 78], small, grid=0.4))
    s.append(Spacer(1, 6))
    s.append(P("<b>Crescent TMS Institute</b>  -  Claim number 26-2751-8847-120  -  Service approved: No", body))
    rows = [["Date", "Service", "Approved?", "Provider charged", "Medicare paid", "You may be billed", "See note"]]
    for dt in ("10/05/2026", "10/06/2026", "10/07/2026"):
        rows.append([dt, "Brain stimulation session (90868)", "No", "$310.00", "$0.00", "$0.00", "A"])
    s.append(table(rows, [56, 156, 50, 70, 62, 70, 40], small, grid=0.4))
    s.append(P("<b>Note A:</b> Medicare does not pay for this service because the information we received does not "
               "show it was medically reasonable and necessary for you under the local coverage rules. The "
               "provider may not bill you for it unless you signed a written notice before the service.", body))
    s.append(PageBreak())
    s.append(Spacer(1, 8))
    s.append(P("How to file an appeal", big))
    s.append(P("If you disagree with a decision on this notice, you can ask for a redetermination. Your deadline: "
               "file an appeal in writing by March 2, 2027.", body))
    s.append(P("1. Circle the services you disagree with on page 1 and write why on this page.<br/>"
               "2. Sign below and add your phone number and Medicare Number.<br/>"
               "3. Mail this page and any records to:", body))
    s.append(lines(["Harborline Medicare Services", "Part B Redeterminations", "PO Box 5120", "Columbus, OH 43216"],
                   style(f, 9.4, leading=11.8, left=36)))
    s.append(P("Harborline Medicare Services is the company that handles Medicare Part B claims in your area.",
               body))
    s.append(P("If you disagree with our redetermination, you will have 180 days to ask a qualified independent "
               "contractor for a reconsideration. The redetermination notice will tell you how.", body))
    s.append(Spacer(1, 8))
    s.append(P("Signature: ______________________________    Phone: ____________________", body))
    s.append(P("Get help: call 1-800-555-0100 (TTY 1-877-555-0101), or your State Health Insurance Assistance "
               "Program.", small))
    pdf = out
    build_pdf(pdf, s, margins=(54, 54, 60, 46), on_page=pg)
    return pdf_text(pdf)


case(num=8, lang="en", ext="pdf", build=build_08,
     slug="original-medicare-summary-notice-tms-text-pdf",
     key=key(None,
             "FICTIONAL: invented beneficiary, contractor and numbers. Original Medicare Part B summary notice (text "
             "PDF, two pages, a boxed column beside the address): a TMS clinic's three sessions (90868) denied as not "
             "shown reasonable and necessary, beside a paid office visit. Deadline stated as a date (March 2, 2027, "
             "120 days after the notice). No diagnosis printed. Traps: the paid claim (number, 10/01/2026, 99214), "
             "the processing period, the 10/05-10/07 range on page 1, the QIC's 180 days.",
             patient_name="Eleanor B. Fitzwater-Osei", member_id="7QJ2-HN8-WT41", claim_number="26-2751-8847-120",
             notice_date="2026-11-02", service_dates=["2026-10-05", "2026-10-06", "2026-10-07"],
             procedure_codes=["90868"], denial_category="medical_necessity", plan_type="medicare", urgent=False,
             appeal_deadline="2027-03-02", deadline_basis="by March 2, 2027",
             appeals_address="Harborline Medicare Services, Part B Redeterminations, PO Box 5120, Columbus, OH 43216"),
     anchors=dict(notice_date="November 2, 2026",
                  service_dates=[("10/05/2026", "2026-10-05"), ("10/06/2026", "2026-10-06"),
                                 ("10/07/2026", "2026-10-07")],
                  denial_category="does not show it was medically reasonable and necessary for you",
                  plan_type="Original Medicare", deadline=("date", "March 2, 2027")))


# =========================================================================================== 09
def logo_png(text, fg=(255, 255, 255), bg=(20, 70, 120), size=(220, 48)):
    from PIL import Image, ImageDraw, ImageFont
    import io
    im = Image.new("RGB", size, bg)
    ImageDraw.Draw(im).text((12, 12), text, font=ImageFont.truetype(photo.SANS, 20), fill=fg)
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()


def build_09(out, td, rng):
    from email.message import EmailMessage
    from email.utils import make_msgid
    from render import eml_text
    msg = EmailMessage()
    msg["From"] = "Bluewater Federal Health Benefit Plan <notices@bluewaterfhbp.example>"
    msg["To"] = "Nathaniel Abara <n.abara@mail.example>"
    msg["Subject"] = "Your claim FB-2026-1104-3391 – decision letter (FICTIONAL)"
    msg["Date"] = "Tue, 01 Dec 2026 08:02:11 -0500"
    msg["Message-ID"] = "<20261201080211.3391@bluewaterfhbp.example>"
    cid = make_msgid(domain="bluewaterfhbp.example")
    text = ("This message has an HTML letter. If you cannot see it, sign in at "
            "https://members.bluewaterfhbp.example/letters to read it.\nFICTIONAL SAMPLE.\n")
    msg.set_content(text)
    td_ = 'style="padding:4px 10px;border:1px solid #9ab;font:13px Arial"'
    html = f"""<html><head><style>p{{font:14px Arial;line-height:1.4}}</style></head><body>
<div style="background:#eef3f8;padding:6px 12px;font:11px Arial">View this message in your browser. Please do not
reply to this e-mail; this mailbox is not monitored.</div>
<table width="640" cellpadding="0" cellspacing="0"><tr><td><img src="cid:{cid[1:-1]}" alt="Bluewater Federal Health
Benefit Plan" width="220" height="48"></td></tr></table>
<p>November 30, 2026</p>
<p>Dear Mr. Abara:</p>
<p>We have decided your claim under the Bluewater Federal Health Benefit Plan, a plan in the Federal Employees
Health Benefits (FEHB) Program.</p>
<table cellspacing="0" style="border-collapse:collapse">
<tr><td {td_}><b>Enrollee</b></td><td {td_}>Nathaniel Q. Abara</td></tr>
<tr><td {td_}><b>Enrollee ID</b></td><td {td_}>R41556021</td></tr>
<tr><td {td_}><b>Patient</b></td><td {td_}>Nathaniel Q. Abara (self)</td></tr>
<tr><td {td_}><b>Claim</b></td><td {td_}>FB-2026-1104-3391</td></tr>
<tr><td {td_}><b>Provider</b></td><td {td_}>Riverbend Pain &amp; Infusion Center</td></tr>
<tr><td {td_}><b>Services</b></td><td {td_}>Ketamine infusions on October 14, 2026 and October 15, 2026 (96365, 96366,
J3490)</td></tr>
<tr><td {td_}><b>Diagnosis</b></td><td {td_}>G90.512</td></tr>
<tr><td {td_}><b>Billed / paid</b></td><td {td_}>$2,460.00 / $0.00</td></tr>
</table>
<p><b>Our decision.</b> We did not pay this claim. Your plan's 2026 FEHB brochure lists intravenous ketamine for
chronic pain as a service that is not covered (Section 6, General exclusions). We did not decide whether the care
was medically necessary.</p>
<p><b>If you disagree.</b> You may ask us to reconsider this decision. Write to us and tell us why; include this
letter and any records from your doctor. See Section 8 of the brochure for the steps. Mail your request to:</p>
<p style="margin-left:30px">Bluewater Federal Health Benefit Plan<br>Reconsideration Unit<br>PO Box 92007<br>
Richmond, VA 23286</p>
<p>If we do not change our decision, you may ask the U.S. Office of Personnel Management (OPM) to review it within
90 days after the date of our letter upholding the denial.</p>
<p>Questions? Call 1-888-555-0146, Monday to Friday.</p>
<p style="font:11px Arial;color:#555">FICTIONAL SAMPLE: every person, plan, provider, address and number in this
message is invented.</p>
</body></html>"""
    msg.add_alternative(html, subtype="html")
    msg.get_payload()[1].add_related(logo_png("Bluewater FHBP"), "image", "png", cid=cid)
    with open(out, "wb") as f:
        f.write(bytes(msg))
    return eml_text(out)


case(num=9, lang="en", ext="eml", build=build_09,
     slug="fehb-ketamine-pain-exclusion-html-email-inline-logo",
     key=key(None,
             "FICTIONAL: invented enrollee, carrier and numbers. An FEHB carrier's decision letter sent as an HTML "
             "e-mail (multipart/alternative with a related inline logo, UTF-8 subject encoded): IV ketamine for "
             "CRPS (96365, 96366, J3490) excluded by the brochure. The letter's own date (November 30) differs from "
             "the e-mail's Date header (December 1). No window stated (\"See Section 8 of the brochure\"): the FEHB "
             "rule's 6 months from the notice date. Traps: the Date header, OPM's 90 days, the web address.",
             patient_name="Nathaniel Q. Abara", member_id="R41556021", claim_number="FB-2026-1104-3391",
             notice_date="2026-11-30", service_dates=["2026-10-14", "2026-10-15"],
             procedure_codes=["96365", "96366", "J3490"], diagnosis_codes=["G90.512"],
             denial_category="not_covered", plan_type="fehb", urgent=False, appeal_deadline="2027-05-30",
             deadline_basis="5 CFR 890.105(b)(1)",
             appeals_address="Bluewater Federal Health Benefit Plan, Reconsideration Unit, PO Box 92007, "
                             "Richmond, VA 23286"),
     anchors=dict(notice_date="November 30, 2026",
                  service_dates=[("October 14, 2026", "2026-10-14"), ("October 15, 2026", "2026-10-15")],
                  denial_category="as a service that is not covered",
                  plan_type="Federal Employees Health Benefits (FEHB) Program", deadline=("rule",)))


# =========================================================================================== 10
def build_10(out, td, rng):
    import textwrap

    def head(n):
        return [f"{'NORTHGATE POLYTECHNIC UNIVERSITY STUDENT HEALTH INSURANCE PLAN':<68}Page {n} of 2",
                "Underwritten by Academic Shield Insurance Company",
                f"Insured: Priyanka V. Raghunathan{'':<10}Member ID: NPU-SH-26-004412",
                "-" * 80, ""]

    def para(t, indent=0):
        return textwrap.wrap(t, 80 - indent, initial_indent=" " * indent, subsequent_indent=" " * indent) + [""]

    p1 = head(1)
    p1 += ["CLAIM DETERMINATION - NOTICE OF DENIAL", "",
           "Date of letter ..........: 19/11/2026",
           "All dates in this letter are shown as DD/MM/YYYY (day/month/year).", "",
           "Priyanka V. Raghunathan", "Residence Hall C, Room 412", "60 Tideway Road", "Quincy, MA 02169", "",
           "Student ID ..............: 00481277",
           "Claim reference .........: ASIC-7719-2604-18",
           "Provider ................: Harbourside Counselling Associates",
           "Claim received ..........: 02/11/2026", ""]
    p1 += ["  Date of service   Code    Charged    Paid    Reason",
           "  ---------------   -----   --------   -----   ------"]
    for dt in ("12/06/2026", "19/06/2026", "26/06/2026"):
        p1.append(f"  {dt:<16}  90834   $150.00    $0.00   CO-29")
    p1 += ["", "  Diagnosis: F43.10", ""]
    p1 += para("Why we denied this claim: the claim was received after the plan's time limit for filing. Claims "
               "must reach us within 90 days of the date of service, and this claim reached us on 02/11/2026. "
               "Reason code CO-29 means that the time limit for filing has expired.")
    p1 += para("This student health insurance coverage is individual health insurance coverage under federal "
               "law. Academic Shield Insurance Company is the insurer.")
    p1 += para("(continued on page 2)")
    p2 = head(2)
    p2 += ["YOUR RIGHT TO APPEAL", ""]
    p2 += para("You may appeal within 180 days of receiving this letter. If you had a good reason for filing late "
               "(for example, you were in hospital, or your provider sent the claim to the wrong insurer), send "
               "proof of it with your appeal. Mail your appeal to:")
    p2 += ["    Academic Shield Insurance Company", "    Student Plan Appeals",
           "    2200 Commonwealth Avenue, Suite 900", "    Boston, MA 02135", ""]
    p2 += para("Questions about enrolment or your ID card go to the Student Health Insurance Office, 14 College "
               "Walk, Quincy, MA 02171; that office cannot accept appeals.")
    p2 += para("If we uphold our decision, you may ask for an external review by an independent review "
               "organisation within 4 months after you receive our final decision. For help, call the Massachusetts "
               "consumer assistance line at 1-800-555-0135 or Academic Shield at 1-800-555-0136.")
    p2 += ["", "FICTIONAL SAMPLE: every person, plan, provider, address and number in this letter is invented."]
    text = "\n".join(p1) + "\n\f\n" + "\n".join(p2) + "\n"
    with open(out, "w", encoding="utf-8", newline="\r\n") as f:
        f.write(text)
    return text


case(num=10, lang="en", ext="txt", build=build_10,
     slug="student-plan-timely-filing-day-first-plain-text-form-feeds",
     key=key(None,
             "FICTIONAL: invented student, university plan, insurer and numbers. A student health plan's denial as "
             "80-column plain text (CRLF) with a form feed between its two pages and a header repeated on each: "
             "psychotherapy (90834) in June denied for late filing (CO-29). Dates are day first, as the letter says. "
             "Student health insurance is keyed individual_aca (the letter calls it individual coverage). Window "
             "stated: 180 days of receipt, counted from the letter date. Traps: 12/06/2026 (12 June, not December "
             "6), the claim received date 02/11/2026, student ID, 90-day filing limit, the enrolment office, "
             "4-month external review.",
             patient_name="Priyanka V. Raghunathan", member_id="NPU-SH-26-004412", claim_number="ASIC-7719-2604-18",
             notice_date="2026-11-19", service_dates=["2026-06-12", "2026-06-19", "2026-06-26"],
             procedure_codes=["90834"], diagnosis_codes=["F43.10"], carc_codes=["CO-29"],
             denial_category="timely_filing", plan_type="individual_aca", urgent=False,
             appeal_deadline="2027-05-18", deadline_basis="within 180 days of receiving this letter",
             appeals_address="Academic Shield Insurance Company, Student Plan Appeals, 2200 Commonwealth Avenue, "
                             "Suite 900, Boston, MA 02135"),
     dayfirst=True,
     anchors=dict(notice_date="19/11/2026",
                  service_dates=[("12/06/2026", "2026-06-12"), ("19/06/2026", "2026-06-19"),
                                 ("26/06/2026", "2026-06-26")],
                  denial_category="received after the plan's time limit for filing",
                  plan_type="student health insurance coverage is individual health insurance coverage",
                  deadline=("days", 180)))


# =========================================================================================== 11
def docx_textbox(paragraph, lines_, x_in, y_in, w_in, h_in, font="Arial", size_pt=11):
    """An address in a floating text box (DrawingML), as window-envelope letter templates place it."""
    from docx.oxml import parse_xml
    emu = 914400
    runs = "".join(
        f'<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>'
        f'<w:sz w:val="{int(size_pt * 2)}"/></w:rPr><w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>'
        for t in lines_)
    xml = f'''<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0"
 locked="1" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="page"><wp:posOffset>{int(x_in * emu)}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="page"><wp:posOffset>{int(y_in * emu)}</wp:posOffset></wp:positionV>
<wp:extent cx="{int(w_in * emu)}" cy="{int(h_in * emu)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapTopAndBottom/><wp:docPr id="7" name="Recipient address"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>
<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{int(w_in * emu)}" cy="{int(h_in * emu)}"/>
</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{runs}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t" anchorCtr="0">
<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'''
    paragraph._p.append(parse_xml(xml))


def build_11(out, td, rng):
    import docx
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from render import docx_text
    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(1)
    sec.top_margin = Inches(0.9)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(6)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("MARROWSTONE COUNTY")
    r.bold = True; r.font.size = Pt(14); r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x3D)
    hp2 = sec.header.add_paragraph()
    r = hp2.add_run("Human Resources - Employee Benefits Division - County Employee Health Benefit Plan\n"
                    "501 Courthouse Square, Port Hadlock, WA 98339 - 360-555-0112 - benefits@marrowstone-county.example")
    r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.add_run(FICTIONAL_EN).font.size = Pt(7.5)
    p = d.add_paragraph("November 19, 2026")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sp = d.add_paragraph()
    sp.paragraph_format.space_after = Pt(92)
    docx_textbox(sp, ["Rosalind T. Achterberg", "88 Kala Point Drive", "Port Townsend, WA 98368"],
                 1.0, 1.75, 3.4, 0.9)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Member", "Rosalind T. Achterberg"), ("Member ID", "MCE-55190-00"), ("Date of birth", "04/11/1983"),
                 ("Claim number", "MC-26-112-00871"), ("Claim submitted", "November 6, 2026"),
                 ("Provider", "Olympic Peninsula Ketamine Clinic")]:
        row = t.add_row().cells
        row[0].text, row[1].text = a, b
        row[0].paragraphs[0].runs[0].bold = True
    d.add_paragraph()
    d.add_paragraph("Dear Ms. Achterberg:")
    d.add_paragraph("The Marrowstone County Employee Health Benefit Plan is a governmental plan sponsored by "
                    "Marrowstone County; it is not subject to ERISA. We reviewed the claim above and did not pay "
                    "the lines below.")
    t2 = d.add_table(rows=1, cols=5)
    t2.style = "Table Grid"
    for c, h in zip(t2.rows[0].cells, ["Date of service", "Code", "Billed", "Paid", "Adjustment"]):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    for dt in ("11/02/2026", "11/04/2026"):
        for code, amt in (("96365", "$700.00"), ("J3490", "$55.00")):
            cells = t2.add_row().cells
            for c, v in zip(cells, [dt, code, amt, "$0.00", "CO-16 / M119"]):
                c.text = v
    d.add_paragraph("Diagnosis code on the claim: F33.2")
    d.add_paragraph("Why: CO-16 means the claim is missing information we need to pay it. The drug billed under "
                    "J3490 must be reported with its National Drug Code (NDC), the drug's name and the dose given "
                    "(remark M119). Once the claim has them we can decide it.")
    d.add_paragraph("What you can do: your provider may send a corrected claim with the NDC within 365 days of the "
                    "date of service; this is usually the fastest way. You may also appeal within 180 days after "
                    "you receive this notice. Send your appeal to:")
    for i, line in enumerate(["Marrowstone County Benefits Division", "Attn: Plan Appeals Committee",
                              "501 Courthouse Square, Room 214", "Port Hadlock, WA 98339"]):
        q = d.add_paragraph(line)
        q.paragraph_format.left_indent = Inches(0.5)
        q.paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    d.add_paragraph("If the Committee upholds this decision, you may ask for an external review by an independent "
                    "review organization within 4 months after you receive its decision. For help, call the "
                    "Washington insurance consumer line at 1-800-555-0138.")
    d.add_paragraph("Sincerely,\nPlan Appeals Coordinator\nEmployee Benefits Division")
    d.core_properties.author = "FICTIONAL"
    d.core_properties.title = "FICTIONAL sample notice"
    d.save(out)
    return docx_text(out)


case(num=11, lang="en", ext="docx", build=build_11,
     slug="county-plan-ketamine-missing-ndc-word-address-text-box",
     key=key(None,
             "FICTIONAL: invented county, member and numbers. A county employees' plan (governmental) letter in "
             "Word: two ketamine infusion days (96365, J3490) denied for a billing error, the NDC missing for J3490 "
             "(CO-16, M119). The recipient's address sits in a floating text box (a window-envelope template); the "
             "body's table also names her. Window stated: 180 days after receipt, counted from the letter date. "
             "Traps: date of birth, claim submitted date, 365 days for a corrected claim, the header's office "
             "(the appeals block adds Room 214 and an Attn line), 4-month external review.",
             patient_name="Rosalind T. Achterberg", member_id="MCE-55190-00", claim_number="MC-26-112-00871",
             notice_date="2026-11-19", service_dates=["2026-11-02", "2026-11-04"],
             procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"], carc_codes=["CO-16"],
             denial_category="coding_billing", plan_type="governmental", urgent=False,
             appeal_deadline="2027-05-18", deadline_basis="within 180 days after you receive this notice",
             appeals_address="Marrowstone County Benefits Division, Attn: Plan Appeals Committee, "
                             "501 Courthouse Square, Room 214, Port Hadlock, WA 98339"),
     anchors=dict(notice_date="November 19, 2026",
                  service_dates=[("11/02/2026", "2026-11-02"), ("11/04/2026", "2026-11-04")],
                  denial_category="must be reported with its National Drug Code (NDC)",
                  plan_type="is a governmental plan sponsored by Marrowstone County", deadline=("days", 180)))


# =========================================================================================== 12
def build_12(out, td, rng):
    f = "DejaSans"
    body = style(f, 8.6, leading=11)
    small = style(f, 7.6, leading=9.4)
    h1 = style(f, 13, leading=16, bold=True)
    h2 = style(f, 10, leading=12.5, bold=True, space_before=4)
    url = "https://members.northfork-health.example/claims/NF-26-1108-55271"

    def browser(c, doc):
        c.saveState()
        c.setFont("LibSans", 7.5)
        c.drawString(28, letter[1] - 22, "12/3/26, 9:14 AM")
        c.drawCentredString(letter[0] / 2, letter[1] - 22, "Claim details | Northfork Health Cooperative")
        c.drawString(28, 18, url)
        c.drawRightString(letter[0] - 28, 18, f"{c.getPageNumber()}/2")
        c.restoreState()

    nav_bg = colors.Color(0.05, 0.32, 0.36)
    s = []
    nav = Table([[Paragraph('<font color="white"><b>Northfork Health Cooperative</b></font>', style(f, 10)),
                  Paragraph('<font color="white">Home &nbsp; Claims &nbsp; Benefits &nbsp; Messages &nbsp; ID card '
                            '&nbsp; Sign out</font>', style(f, 8, align="right"))]], colWidths=[250, 300])
    nav.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), nav_bg), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                             ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s.append(nav)
    s.append(P("Signed in as Beatriz Holloway &nbsp;|&nbsp; Claims &gt; Claim details &nbsp;|&nbsp; FICTIONAL SAMPLE "
               "PAGE", small))
    s.append(P("Recent claims for your family", h2))
    s.append(table([["Claim #", "Patient", "Provider", "Service date", "Status"],
                    ["NF-26-1108-55271", "Beatriz A. Holloway", "Cedar Hollow Therapy Group", "10/27/2026", "Denied"],
                    ["NF-26-1029-41180", "Elena M. Holloway", "Pine Street Pediatrics", "10/22/2026", "Paid"],
                    ["NF-26-1015-39022", "Beatriz A. Holloway", "Alder Lab Services", "10/09/2026", "Paid"]],
                   [94, 106, 160, 70, 60], small, grid=0.3, head_bg=colors.Color(0.9, 0.95, 0.95)))
    s.append(P("Claim details: NF-26-1108-55271", h1))
    info = [["Patient", "Beatriz A. Holloway", "Member ID", "NHC-6620-1187-01"],
            ["Plan", "Northfork Silver 3500, an individual plan bought through the Health Insurance Marketplace",
             "Claim received", "11/06/2026"],
            ["Provider", "Cedar Hollow Therapy Group", "EOB issued", "November 17, 2026"]]
    s.append(table(info, [56, 250, 70, 120], small, head=False, grid=0.3,
                   extra=[("FONTNAME", (0, 0), (0, -1), "DejaSans-B"), ("FONTNAME", (2, 0), (2, -1), "DejaSans-B")]))
    s.append(Spacer(1, 4))
    s.append(table([["Service date", "Service code", "Billed", "Allowed", "Plan paid", "You owe", "Reason"],
                    ["10/27/2026", "90837", "$160.00", "$0.00", "$0.00", "$160.00", "CO-22"],
                    ["11/03/2026", "90837", "$160.00", "$0.00", "$0.00", "$160.00", "CO-22"]],
                   [66, 66, 60, 60, 60, 60, 60], small, grid=0.3, head_bg=colors.Color(0.9, 0.95, 0.95)))
    s.append(P("Diagnosis: F43.12", small))
    s.append(P("<b>Why this claim was denied (CO-22).</b> This care may be covered by another plan. Our records show "
               "other coverage that pays first, so the claim is on hold under coordination of benefits. Update your "
               "other-coverage information in the portal, or send us the other plan's explanation of benefits.",
               body))
    s.append(P("Your right to appeal", h2))
    s.append(P("If you think we made a mistake, you or your provider can file an appeal. Include the claim number "
               "and any papers that show you have no other coverage. Mail your appeal to:", body))
    s.append(lines(["Northfork Health Cooperative", "Attn: Grievances &amp; Appeals", "PO Box 44871",
                    "Spokane, WA 99228"], style(f, 8.6, leading=11, left=24)))
    s.append(P("Correspondence address (not for appeals): PO Box 44870, Spokane, WA 99228.", body))
    s.append(P("You can also ask for an independent external review after our final appeal decision. Call "
               "1-877-555-0189 (TTY 711) with questions.", body))
    s.append(PageBreak())
    s.append(P("Help and notices", h2))
    s.append(P("Language help is available free of charge: call 1-877-555-0189. Northfork Health Cooperative does "
               "not discriminate on the basis of race, color, national origin, sex, age or disability.", body))
    s.append(P(FICTIONAL_EN, small))
    s.append(P("&copy; 2026 Northfork Health Cooperative &nbsp; Privacy &nbsp; Terms &nbsp; Accessibility", small))
    build_pdf(out, s, margins=(30, 30, 36, 34), on_page=browser)
    return pdf_text(out)


case(num=12, lang="en", ext="pdf", build=build_12,
     slug="marketplace-portal-claim-coordination-of-benefits-browser-print",
     key=key(None,
             "FICTIONAL: invented family, insurer and numbers. A Marketplace plan's member-portal claim page printed "
             "from a browser to PDF (the browser's date, title, address and page count in the margins): a "
             "psychotherapy claim (90837 on two dates) denied under coordination of benefits (CO-22), below a list "
             "of the family's claims. The notice date is the EOB issue date. No window stated: the individual-market "
             "rule's 180 days from it. Traps: the print date 12/3/26, the claim received date, the family list "
             "(a child's paid claim, another paid claim), the correspondence PO box, the URL.",
             patient_name="Beatriz A. Holloway", member_id="NHC-6620-1187-01", claim_number="NF-26-1108-55271",
             notice_date="2026-11-17", service_dates=["2026-10-27", "2026-11-03"], procedure_codes=["90837"],
             diagnosis_codes=["F43.12"], carc_codes=["CO-22"], denial_category="coordination_of_benefits",
             plan_type="individual_aca", urgent=False, appeal_deadline="2027-05-16",
             deadline_basis="45 CFR 147.136(b)(3)",
             appeals_address="Northfork Health Cooperative, Attn: Grievances & Appeals, PO Box 44871, "
                             "Spokane, WA 99228"),
     anchors=dict(notice_date="November 17, 2026",
                  service_dates=[("10/27/2026", "2026-10-27"), ("11/03/2026", "2026-11-03")],
                  denial_category="other coverage that pays first, so the claim is on hold under coordination of benefits",
                  plan_type="individual plan bought through the Health Insurance Marketplace", deadline=("rule",)))
