"""Generate the sample denial notices used by tests/test_intake.py and scripts/intake_accuracy.py.

ALL PEOPLE, PAYERS, PLANS, ADDRESSES AND NUMBERS IN THESE NOTICES ARE FICTIONAL. Any resemblance to a real
person, insurer or claim is a coincidence. They were written by hand for appeal-kit's tests, in the shapes
real notices take (letters, EOB tables, CMS-style Medicare notices), without copying any real notice.

Run from anywhere:  /tmp/venv/bin/python tests/resources/notices/make_notices.py
Writes, next to this script, each notice (.txt, .pdf, .docx, .jpg) and <name>.expected.json with the facts a
careful person would copy from it. "deadline_basis" in the expected JSON is a substring the basis must contain.
Needs reportlab, python-docx and Pillow; the output is deterministic (fixed random seed).
"""
from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype")
FICTION = "FICTIONAL SAMPLE FOR SOFTWARE TESTING - all names, plans and numbers are invented."


def plus(d: str, days: int = 0, months: int = 0) -> str:
    x = date.fromisoformat(d)
    if months:
        m = x.month - 1 + months
        x = x.replace(year=x.year + m // 12, month=m % 12 + 1)
    return (x + timedelta(days=days)).isoformat()


NOTICES: list[dict] = []


def notice(name: str, fmt: str, text: str, expected: dict, **opts) -> None:
    NOTICES.append({"name": name, "fmt": fmt, "text": text.strip("\n") + f"\n\n{FICTION}\n", "expected": expected,
                    **opts})


# 01: employer plan (ERISA), a plain letter; DOB and service date above the letter date in the text.
notice("01_erisa_letter", "txt", """
Northwind Mutual Health Insurance Company
PO Box 44120, Columbus, OH 43204

Patient: Dana R. Whitcombe          Date of Birth: July 14, 1984
Member ID: NWM-883-20417            Group: 5520
Claim Number: 2026-0311-48872
Date of Service: February 17, 2026

March 3, 2026

Dear Dana R. Whitcombe:

We reviewed the claim your provider, Lakeview Infusion Clinic, sent for intravenous ketamine infusion
(CPT 96365 and 96366) for major depressive disorder, recurrent, severe (ICD-10 F33.2).

We have denied this claim. The service is not medically necessary: the records do not show that the
criteria in our clinical policy were met.

Your plan is sponsored by your employer and is governed by the Employee Retirement Income Security Act
(ERISA). You have the right to appeal this decision. You must file your appeal within 180 days after you
receive this letter. We will decide a post-service appeal within 60 days. If we uphold our decision you
may ask for an external review within 4 months. If your situation is urgent you may ask for an expedited
appeal, which we decide within 72 hours. You also have the right to bring a civil action under
section 502(a) of ERISA.

Sincerely,
Appeals Unit, Northwind Mutual Health Insurance Company
""", {
    "patient_name": "Dana R. Whitcombe", "member_id": "NWM-883-20417", "claim_number": "2026-0311-48872",
    "insurer": "Northwind Mutual Health Insurance Company", "notice_date": "2026-03-03",
    "service_dates": ["2026-02-17"], "procedure_codes": ["96365", "96366"], "diagnosis_codes": ["F33.2"],
    "carc_codes": [], "denial_category": "medical_necessity", "plan_type": "employer_erisa", "urgent": False,
    "appeal_deadline": plus("2026-03-03", 180), "deadline_basis": "within 180 days after you receive",
})

# 02: Medicare Advantage integrated denial notice (PDF with a text layer), numeric dates, no stated window.
notice("02_medicare_advantage_idn", "pdf", """
Harborlight Senior Advantage (HMO)
A Medicare Advantage plan offered by Harborlight Health Plans, Inc.

            Notice of Denial of Medical Coverage (or Payment)

Date: 03/12/2026                                Member number: H7712 04459 01
Name: Gerald P. Okonkwo                         Date of birth: 11/02/1951
Request reference #: PA-26-0090113

We have denied the medical services/items listed below that you or your doctor requested:
esketamine nasal spray (J0013) with observation visits (G2082), requested to start on 03/16/2026,
for treatment-resistant depression (F32.2).

Why did we deny your request?
Esketamine is a covered drug, but prior authorization requires a trial of at least two different oral
antidepressants at an adequate dose and duration. Your records show one trial. The plan's step therapy
criteria were not met.

You have the right to ask Harborlight Senior Advantage to reconsider this decision. Ask for a standard
or fast (expedited) reconsideration by writing or calling us. If we say no again, your case is sent
automatically to an independent review organization.
""", {
    "patient_name": "Gerald P. Okonkwo", "member_id": "H7712 04459 01", "claim_number": "PA-26-0090113",
    "insurer": "Harborlight Senior Advantage", "notice_date": "2026-03-12",
    "service_dates": ["2026-03-16"], "procedure_codes": ["J0013", "G2082"], "diagnosis_codes": ["F32.2"],
    "carc_codes": [], "denial_category": "step_therapy", "plan_type": "medicare_advantage", "urgent": False,
    "appeal_deadline": plus("2026-03-12", 65), "deadline_basis": "42 CFR 422.582",
}, font="Helvetica")

# 03: Marketplace plan EOB with a service-line table and CARCs; ID with spaces; ISO dates.
notice("03_marketplace_eob", "pdf", """
CASCADE VALLEY HEALTH PLAN               EXPLANATION OF BENEFITS
Silver 3500 Individual Plan - purchased through the Health Insurance Marketplace
THIS IS NOT A BILL

Statement date: 2026-04-08
Member: Priya Anand-Castellanos          Member ID: CVX 448 2291 07
Claim #: 26098-771204-00                 Provider: Evergreen Mood Clinic
Patient date of birth: 1990-05-21        Claim received: 2026-03-30

Service Date   Code    Description                Billed     Allowed   Plan Paid   Reason
2026-03-09     96365   IV infusion, first hour    1,450.00   0.00      0.00        CO-50
2026-03-09     J3490   Unclassified drug            180.00   0.00      0.00        CO-50
2026-03-12     96365   IV infusion, first hour    1,450.00   0.00      0.00        CO-50
2026-03-12     99214   Office visit                 210.00   142.00    113.60      PR-2
Totals                                            3,290.00   142.00    113.60

Reason codes
CO-50  The plan considers these services not medically necessary.
PR-2   Coinsurance: the amount you owe under your plan.

Diagnosis: F33.1

Your right to appeal: If you disagree with this decision you may file an internal appeal. Your request
must be made within 180 days of the date you receive this statement. After the internal appeal you may
request an external review by an independent review organization.
""", {
    "patient_name": "Priya Anand-Castellanos", "member_id": "CVX 448 2291 07", "claim_number": "26098-771204-00",
    "insurer": "CASCADE VALLEY HEALTH PLAN", "notice_date": "2026-04-08",
    "service_dates": ["2026-03-09", "2026-03-12"], "procedure_codes": ["96365", "J3490", "99214"],
    "diagnosis_codes": ["F33.1"], "carc_codes": ["CO-50", "PR-2"], "denial_category": "medical_necessity",
    "plan_type": "individual_aca", "urgent": False, "appeal_deadline": plus("2026-04-08", 180),
    "deadline_basis": "within 180 days of the date you receive",
}, font="Courier")

# 04: Medicaid managed care, DOCX with a table; "3 Mar 2026"; stated 60-day window and the fair hearing.
notice("04_medicaid_mco", "docx", """
Sunmesa Community Care
Medicaid Managed Care Plan

NOTICE OF ADVERSE BENEFIT DETERMINATION

3 Mar 2026

Enrollee name: Luz Marina Quintero-Vega
Medicaid ID: 6004 1182 337
Case number: SCC-ABD-552190

Dear Luz Marina Quintero-Vega:

Your provider asked us to approve esketamine nasal spray (HCPCS J0013) for you, to start on 3/10/2026.
We denied this request on 3 Mar 2026. The reason: our step therapy policy requires that you first try two
preferred antidepressants for at least six weeks each before esketamine is approved.

TABLE:Item|Code|Diagnosis
TABLE:Esketamine nasal spray 84 mg|J0013|F33.2

You have 60 days from the date of this notice to ask for an appeal with Sunmesa Community Care.
If we do not decide in your favor, you can ask for a State Fair Hearing within 120 days of our appeal
decision. If your health is at risk you may ask for a fast appeal.
""", {
    "patient_name": "Luz Marina Quintero-Vega", "member_id": "6004 1182 337", "claim_number": "SCC-ABD-552190",
    "insurer": "Sunmesa Community Care", "notice_date": "2026-03-03", "service_dates": ["2026-03-10"],
    "procedure_codes": ["J0013"], "diagnosis_codes": ["F33.2"], "carc_codes": [],
    "denial_category": "step_therapy", "plan_type": "medicaid", "urgent": False,
    "appeal_deadline": plus("2026-03-03", 60), "deadline_basis": "60 days from the date of this notice",
})

# 05: FEHB plan, "Sept. 9, 2026", exclusion; deadline from the rule (the letter gives none in days).
notice("05_fehb_exclusion", "txt", """
Capitol Federal Employee Benefit Plan
Administered by Meridian Benefit Administrators, LLC

Sept. 9, 2026

RE: Enrollee: Marcus T. Hollingsworth
    Enrollee ID #: R1-5528-0049
    Claim No.: FE26-0907-3310
    Dates of service: Aug. 4, 2026 - Aug. 6, 2026

Dear Mr. Hollingsworth:

Thank you for your claim for ketamine infusion services (96365, 96366) for chronic pain syndrome (G89.4).
This claim is denied. Your plan brochure excludes ketamine infusion for pain; it is not a covered benefit
under your Federal Employees Health Benefits plan (adjustment reason code 204).

You may ask us to reconsider. Write to us at the address above and include this letter. If we deny your
request, you may ask the U.S. Office of Personnel Management (OPM) to review it.
""", {
    "patient_name": "Marcus T. Hollingsworth", "member_id": "R1-5528-0049", "claim_number": "FE26-0907-3310",
    "insurer": "Capitol Federal Employee Benefit Plan", "notice_date": "2026-09-09",
    "service_dates": ["2026-08-04", "2026-08-06"], "procedure_codes": ["96365", "96366"],
    "diagnosis_codes": ["G89.4"], "carc_codes": ["CO-204"], "denial_category": "not_covered", "plan_type": "fehb",
    "urgent": False, "appeal_deadline": plus("2026-09-09", months=6), "deadline_basis": "5 CFR 890.105",
})

# 06: Medicare Part D coverage determination, stated 65 days, urgent (expedited) request.
notice("06_part_d_denial", "pdf", """
Bayfront Rx Advantage (PDP)

Notice of Denial of Medicare Prescription Drug Coverage

Date: September 9, 2026
Enrollee's name: Evelyn S. Marchetti          Member ID: BRX09917735
Date of birth: September 1, 1948
Coverage determination #: CD-2026-0912-7781

We have denied your expedited request for the following prescription drug: an off-label compounded
ketamine troche, requested on September 8, 2026.

We denied this request because: the drug is being used for an indication that is not medically accepted.
Off-label use that is not supported by the compendia is excluded from Part D coverage.

If you disagree with our coverage decision, you have the right to ask us for a redetermination (appeal).
You must ask for a redetermination within 65 days from the date of this notice. Your request was handled
as an expedited request; you can ask for a fast appeal again if waiting could seriously harm your health.
""", {
    "patient_name": "Evelyn S. Marchetti", "member_id": "BRX09917735", "claim_number": "CD-2026-0912-7781",
    "insurer": "Bayfront Rx Advantage", "notice_date": "2026-09-09", "service_dates": [],
    "procedure_codes": [], "diagnosis_codes": [], "carc_codes": [], "denial_category": "experimental_investigational",
    "plan_type": "medicare_part_d", "urgent": True, "appeal_deadline": plus("2026-09-09", 65),
    "deadline_basis": "within 65 days from the date of this notice",
}, font="Times-Roman")

# 07: Original Medicare summary notice with a table and "appeal by" date.
notice("07_original_medicare_msn", "txt", """
Medicare Summary Notice for Part B (Medical Insurance)
The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services

ROSALIND A. FEATHERSTONE                  Date of This Notice: June 2, 2026
418 CORMORANT LANE                        Medicare Number: 1EG4-TE5-MK73
NORFOLK, VA 23503                         Claims Processed Between: March 1 - May 31, 2026

If you disagree with a coverage decision, you must file an appeal by October 5, 2026.

Claim number: 26-114-5520-887
Provider: Tidewater Psychiatric Associates

Dates of Service     Service Provided & Billing Code          Amount Charged   Medicare Approved   See Notes
04/14/2026           IV infusion, first hour (96365)           $1,200.00        $0.00               A
04/21/2026           IV infusion, first hour (96365)           $1,200.00        $0.00               A

Notes for Claims Above
A  This item or service is not covered when performed for this condition. Medicare does not pay for
   services that are not reasonable and necessary (CO-50).

Diagnosis on claim: F33.2

Original Medicare: to appeal, fill out a Redetermination Request Form and send it to the Medicare
Administrative Contractor at the address on page 1.
""", {
    "patient_name": "Rosalind A. Featherstone", "member_id": "1EG4-TE5-MK73", "claim_number": "26-114-5520-887",
    "insurer": "Centers for Medicare & Medicaid Services", "notice_date": "2026-06-02", "service_dates": ["2026-04-14", "2026-04-21"],
    "procedure_codes": ["96365"], "diagnosis_codes": ["F33.2"], "carc_codes": ["CO-50"],
    "denial_category": "medical_necessity", "plan_type": "medicare", "urgent": False,
    "appeal_deadline": "2026-10-05", "deadline_basis": "by October 5, 2026",
})

# 08: scanned letter (image-only PDF), employer plan, out of network, CARC without group code.
notice("08_scanned_out_of_network", "scan", """
Granite Peak Health Benefits
Claims Administrator for the Tolliver Manufacturing Employee Health Plan

04/15/2026

Member Name: Samuel J. Oduya
Member ID: TMP-55819-02
Claim Number: 77260415-0032
Patient DOB: 02/28/1979
Date(s) of Service: 03/20/2026

Dear Samuel J. Oduya:

We processed the claim from Brightwater Ketamine Center for 96365 (diagnosis F43.12). The provider is not
in your plan's network, and your plan does not pay for non-network services except emergencies.
Claim adjustment reason code: 242.

You may appeal within 180 days of receiving this notice. Your employer's plan is subject to ERISA.
""", {
    "patient_name": "Samuel J. Oduya", "member_id": "TMP-55819-02", "claim_number": "77260415-0032",
    "insurer": "Granite Peak Health Benefits", "notice_date": "2026-04-15", "service_dates": ["2026-03-20"],
    "procedure_codes": ["96365"], "diagnosis_codes": ["F43.12"], "carc_codes": ["CO-242"],
    "denial_category": "out_of_network", "plan_type": "employer_erisa", "urgent": False,
    "appeal_deadline": plus("2026-04-15", 180), "deadline_basis": "within 180 days of receiving",
})

# 09: phone photo (JPEG, tilted, low contrast, noisy, stored sideways with an EXIF orientation tag).
notice("09_photo_prior_auth", "photo", """
Lumen Bay Health Insurance

May 5, 2026

Member: Teodora Vasquez-Hale
Member ID: LBH 7730 4418
Claim #: 5512-0419-88
Service date: April 2, 2026

We denied this claim because no prior authorization was obtained
before the service was provided. Reason code CO-197.
Service billed: 96365 for F33.2.

You must file an appeal within 60 calendar days from the date
on this letter. This is an individual plan bought on the Marketplace.
""", {
    "patient_name": "Teodora Vasquez-Hale", "member_id": "LBH 7730 4418", "claim_number": "5512-0419-88",
    "insurer": "Lumen Bay Health Insurance", "notice_date": "2026-05-05", "service_dates": ["2026-04-02"],
    "procedure_codes": ["96365"], "diagnosis_codes": ["F33.2"], "carc_codes": ["CO-197"],
    "denial_category": "prior_authorization", "plan_type": "individual_aca", "urgent": False,
    "appeal_deadline": plus("2026-05-05", 60), "deadline_basis": "within 60 calendar days",
})

# 10: letter to the provider; date received and DOB before the letter date; urgent pre-service request.
notice("10_provider_letter_urgent", "txt", """
Redwood Crest Health Plan, Inc.
Utilization Management Department

Date received: 2026-02-06
Date of notice: 2026-02-09

To: Ingrid Sorensen, MD, Coastal Neuro-Psychiatry
Re: Patient name: Kwame Asante-Boateng
    Date of birth: 1977-10-30
    ID #: RCH-00418-7726
    Authorization #: UM26-020633

Dear Dr. Sorensen:

This is our decision on your urgent pre-service request for intravenous ketamine (96365, 96366,
J3490) for Mr. Asante-Boateng, planned to start 2026-02-16, for complex regional pain syndrome of
the right lower limb (G90.521) and recurrent severe depression (F33.2).

We reviewed this as an expedited request. The request is denied: ketamine infusion for these conditions
is considered experimental and investigational under our policy, because there is insufficient evidence
of long-term benefit.

The member or you on the member's behalf may appeal within 180 days of receipt of this notice. Because
this request is urgent, an expedited appeal will be decided within 72 hours. This group health plan is
offered through the member's employer.
""", {
    "patient_name": "Kwame Asante-Boateng", "member_id": "RCH-00418-7726", "claim_number": "UM26-020633",
    "insurer": "Redwood Crest Health Plan, Inc.", "notice_date": "2026-02-09", "service_dates": ["2026-02-16"],
    "procedure_codes": ["96365", "96366", "J3490"], "diagnosis_codes": ["G90.521", "F33.2"], "carc_codes": [],
    "denial_category": "experimental_investigational", "plan_type": "employer_erisa", "urgent": True,
    "appeal_deadline": plus("2026-02-09", 180), "deadline_basis": "within 180 days of receipt",
})

# 11: third-party administrator EOB, timely filing (CO-29), "Date processed" and a DOS column.
notice("11_tpa_timely_filing", "pdf", """
Keystone Benefit Administrators
on behalf of the Allegheny Steelworkers Health & Welfare Fund (a self-funded group health plan)

Explanation of Benefits                 Date processed: 07/21/2026

Subscriber: HOLLIS, BRENDA K             Subscriber ID: ASW 0093 3321
Patient: Hollis, Brenda K                Claim ID: K26-202-00871

DOS          CPT/HCPCS   Billed      Paid     Adj Code
01/06/2026   96365       950.00      0.00     CO-29
01/06/2026   96375       120.00      0.00     CO-29

CO-29: The time limit for filing has expired. Claims must be received within 90 days of the date of
service; this claim was received on 07/01/2026.

Appeal rights: You or your authorized representative may request a review within 180 days after you
receive this notice. This plan is governed by ERISA.
""", {
    "patient_name": "Brenda K Hollis", "member_id": "ASW 0093 3321", "claim_number": "K26-202-00871",
    "insurer": "Keystone Benefit Administrators", "notice_date": "2026-07-21", "service_dates": ["2026-01-06"],
    "procedure_codes": ["96365", "96375"], "diagnosis_codes": [], "carc_codes": ["CO-29"],
    "denial_category": "timely_filing", "plan_type": "employer_erisa", "urgent": False,
    "appeal_deadline": plus("2026-07-21", 180), "deadline_basis": "within 180 days after you",
}, font="Courier")

# 12: coding problem (retired S0013 after 2026-01-01), DOCX; "Mar. 3, 2026"; employer plan, no stated window.
notice("12_coding_retired_code", "docx", """
Prairie Shield Insurance Co.

Mar. 3, 2026

Claim reference: PSI-2026-44107
Member: Olufemi Adeyemi-Barnes
Member ID: PSI 220 918 553
Group Number: 80012 (your employer group plan)

Dear Olufemi Adeyemi-Barnes:

We could not pay the claim from Meadowlark Behavioral Health for services on 01/14/2026 and 01/21/2026.

TABLE:Date of service|Procedure code|Units|Reason code
TABLE:01/14/2026|S0013|84|CO-16
TABLE:01/21/2026|S0013|84|CO-16

Reason: the claim lacks information or has a billing error. The procedure code billed is invalid for the
date of service. Your provider may send a corrected claim. Diagnosis code: F33.2.

If you disagree, you can appeal. Your plan's appeal procedures and time limits are in your
Summary Plan Description.
""", {
    "patient_name": "Olufemi Adeyemi-Barnes", "member_id": "PSI 220 918 553", "claim_number": "PSI-2026-44107",
    "insurer": "Prairie Shield Insurance Co.", "notice_date": "2026-03-03",
    "service_dates": ["2026-01-14", "2026-01-21"], "procedure_codes": ["S0013"], "diagnosis_codes": ["F33.2"],
    "carc_codes": ["CO-16"], "denial_category": "coding_billing", "plan_type": "employer_erisa", "urgent": False,
    "appeal_deadline": plus("2026-03-03", 180), "deadline_basis": "29 CFR 2560.503-1",
})

# 13: Medicaid notice from a state agency, scanned at a lower resolution; "March 3, 2026" written in words.
notice("13_state_medicaid_scan", "scan", """
State of Franklin Department of Health Services
Medicaid Program - Notice of Action

Notice Date: April 27, 2026

Recipient: Hannah Oyelaran-Whitby
Recipient ID: 77-4410-2289
Request ID: FR-NOA-0426-1187

Your doctor asked Medicaid to pay for ketamine infusions (96365) starting May 4, 2026.
This request is denied because it is not medically necessary: the documents sent do not meet the
program's criteria for treatment-resistant depression (F33.2).

You may ask for a fair hearing. Your request must be received within 30 days of the date of this notice.
""", {
    "patient_name": "Hannah Oyelaran-Whitby", "member_id": "77-4410-2289", "claim_number": "FR-NOA-0426-1187",
    "insurer": "State of Franklin Department of Health Services", "notice_date": "2026-04-27",
    "service_dates": ["2026-05-04"], "procedure_codes": ["96365"], "diagnosis_codes": ["F33.2"], "carc_codes": [],
    "denial_category": "medical_necessity", "plan_type": "medicaid", "urgent": False,
    "appeal_deadline": plus("2026-04-27", 30), "deadline_basis": "within 30 days of the date of this notice",
}, dpi=150)


# ---------------------------------------------------------------------------------------------- writers

def plain(text: str) -> list[str]:
    """Table rows ("TABLE:a|b") as cells apart by spaces; pipes elsewhere are part of the text."""
    return [ln[6:].replace("|", "    ") if ln.startswith("TABLE:") else ln for ln in text.splitlines()]


def write_txt(n: dict, out: Path) -> None:
    out.write_text("\n".join(plain(n["text"])) + "\n", encoding="utf-8")


def write_pdf(n: dict, out: Path) -> None:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    font = n.get("font", "Helvetica")
    c = canvas.Canvas(str(out), pagesize=letter, invariant=1)
    c.setTitle(n["name"])
    y = 740
    size = 8.6 if font == "Courier" else 9.5
    for line in plain(n["text"]):
        c.setFont(font, size)
        c.drawString(40, y, line)
        y -= size * 1.45
        if y < 50:
            c.showPage()
            y = 740
    c.save()


def write_docx(n: dict, out: Path) -> None:
    import docx

    d = docx.Document()
    lines = n["text"].splitlines()
    # the letterhead goes in the page header, the way letter templates do it
    header_lines = []
    while lines and lines[0].strip():
        header_lines.append(lines.pop(0))
    hdr = d.sections[0].header
    hdr.paragraphs[0].text = header_lines[0]
    for extra in header_lines[1:]:
        hdr.add_paragraph(extra)
    rows: list[list[str]] = []
    for line in lines + [""]:
        if line.startswith("TABLE:"):
            rows.append(line[6:].split("|"))
            continue
        if rows:
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            for i, r in enumerate(rows):
                for j, cell in enumerate(r):
                    t.cell(i, j).text = cell
            rows = []
        d.add_paragraph(line)
    d.core_properties.author = "appeal-kit tests"
    d.save(str(out))


def render_page(n: dict, dpi: int = 200):
    from PIL import Image, ImageDraw, ImageFont

    width, height = int(8.5 * dpi), int(11 * dpi)
    img = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(img)
    px = round(10.5 / 72 * dpi)
    sans = ImageFont.truetype(str(FONT_DIR / "liberation2" / "LiberationSans-Regular.ttf"), px)
    y = dpi // 2
    for line in plain(n["text"]):
        draw.text((dpi * 0.6, y), line, font=sans, fill=0)
        y += round(px * 1.5)
    return img


def write_scan(n: dict, out: Path) -> None:
    dpi = n.get("dpi", 200)
    img = render_page(n, dpi)
    rnd = random.Random(n["name"])
    img = img.rotate(rnd.uniform(-0.6, 0.6), fillcolor=250, resample=3)
    img.save(out, "PDF", resolution=dpi)  # one image per page, no text layer


def write_photo(n: dict, out: Path) -> None:
    from PIL import Image, ImageEnhance, ImageFilter

    page = render_page(n, 170).crop((0, 0, int(8.5 * 170), int(5.2 * 170)))
    page = page.convert("RGB")
    # desk around the sheet, a slight tilt, lower contrast, uneven light, sensor noise, a bit of blur
    canvas = Image.new("RGB", (page.width + 160, page.height + 160), (96, 82, 70))
    canvas.paste(page, (80, 80))
    canvas = canvas.rotate(1.5, fillcolor=(96, 82, 70), resample=Image.BICUBIC)
    canvas = ImageEnhance.Contrast(canvas).enhance(0.6)
    canvas = ImageEnhance.Brightness(canvas).enhance(0.92)
    noise = Image.effect_noise(canvas.size, 22).convert("RGB")
    canvas = Image.blend(canvas, noise, 0.12)
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.6))
    # stored sideways, as phones do, with EXIF orientation 6 ("rotate 90 degrees clockwise to view")
    stored = canvas.rotate(90, expand=True)
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x010F] = "FictionalPhone"
    stored.save(out, "JPEG", quality=82, exif=exif.tobytes())


WRITERS = {"txt": (".txt", write_txt), "pdf": (".pdf", write_pdf), "docx": (".docx", write_docx),
           "scan": (".pdf", write_scan), "photo": (".jpg", write_photo)}


def main() -> None:
    for n in NOTICES:
        suffix, writer = WRITERS[n["fmt"]]
        out = HERE / f"{n['name']}{suffix}"
        writer(n, out)
        (HERE / f"{n['name']}.expected.json").write_text(
            json.dumps({"file": out.name, "_note": "fictional; deadline_basis is a substring to find", **n["expected"]},
                       indent=2) + "\n", encoding="utf-8")
        print(out.name)


if __name__ == "__main__":
    main()
