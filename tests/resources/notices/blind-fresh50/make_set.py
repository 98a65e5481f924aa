"""FICTIONAL blind intake set 50 generator. Run: /work/main/.venv/bin/python make_set.py
Rebuilds every NN-* notice and key here and self-checks that every keyed value is printed on its notice."""
import zlib, datetime as dt, json, os, glob, sys, io, random, math, calendar
from email.message import EmailMessage
from email.utils import format_datetime
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
import docx

HERE = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
D = dt.date
MES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
def us(d): return d.strftime("%m/%d/%Y")
def lng(d): return f"{calendar.month_name[d.month]} {d.day}, {d.year}"
def es(d): return f"{d.day} de {MES[d.month-1]} de {d.year}"
def esn(d): return d.strftime("%d/%m/%Y")
def plus(d, n): return d + dt.timedelta(days=n)
def months(d, n):
    m = d.month - 1 + n; y = d.year + m // 12; m = m % 12 + 1
    return D(y, m, min(d.day, calendar.monthrange(y, m)[1]))
FICT = "FICTIONAL SAMPLE - invented people, plan and numbers - not a real notice"
FICTES = "MUESTRA FICTICIA - personas, plan y números inventados - no es un aviso real"
CASES = []
def case(**k): CASES.append(k)

# ---------------------------------------------------------------- 01 Part D CD, two-column text PDF
nd = D(2026, 11, 12); dl = plus(nd, 65)
case(n="01", slug="part-d-pbm-coverage-determination-non-formulary-antidepressant-sidebar-text-pdf", fmt="pdf2col", lang="en",
 left=[FICT, "", "Corvane Pharmacy Solutions, on behalf of", "LAKESHORE RX PLAN (PDP)", "", lng(nd), "",
  "Harriet V. Okonkwo-Lind", "41 Tern Street, Apt 2", "Duluth, MN 55802", "",
  "NOTICE OF DENIAL OF MEDICARE", "PRESCRIPTION DRUG COVERAGE", "",
  "Dear Harriet V. Okonkwo-Lind:", "We have denied the drug you or your", "prescriber asked for: zuranolone 50 mg",
  "capsules, 14 capsules for 14 days.", "", "Why we denied it: this drug is not on", "our Drug List (formulary), and no",
  "formulary exception was supported by a", "statement from your prescriber.", "",
  "Your right to appeal. You must ask for", "a redetermination within 65 days from", "the date of this notice. Mail or fax",
  "your written request to:", "  Lakeshore Rx Plan", "  Attn: Part D Redeterminations", "  PO Box 0417",
  "  Dayton, OH 45401", "  Fax: 1-555-0132", "If your health could be seriously harmed", "by waiting, ask for a fast (expedited)",
  "redetermination: we decide in 72 hours."],
 right=["YOUR REQUEST", "Member ID:", "LRX884102937", "Coverage determination #:", "CD-26-1187734",
  "Request received:", us(D(2026, 11, 10)), "Type: standard", "Prescriber:", "Dr. Anneliese Porter (sample)",
  "Phone 1-555-0141", "", "QUESTIONS?", "Member Services", "1-555-0139, TTY 711", "www.lakeshorerx.example"],
 key=dict(patient_name="Harriet V. Okonkwo-Lind", member_id="LRX884102937", claim_number="CD-26-1187734",
  notice_date=nd, service_dates=[], procedure_codes=[], diagnosis_codes=[], carc_codes=[], denial_category="not_covered",
  plan_type="medicare_part_d", urgent=False, appeal_deadline=dl, deadline_basis="You must ask for a redetermination within 65 days from the date of this notice",
  appeals_address="Lakeshore Rx Plan, Attn: Part D Redeterminations, PO Box 0417, Dayton, OH 45401", appeals_fax="1-555-0132"),
 note="Part D coverage determination (pre-service drug request, no claim: the CD number is the claim number), a sidebar column beside the letter; 65 days printed. The request-received date is no notice date.")

# ---------------------------------------------------------------- 02 TPA EOB, three claims, multipage text PDF
nd = D(2026, 10, 28); dl = plus(nd, 180)
case(n="02", slug="self-funded-tpa-family-eob-three-claims-tms-session-cap-two-page-text-pdf", fmt="pdf", lang="en",
 pages=[[FICT, "", "MERIDEL BENEFIT ADMINISTRATORS", "Third-party administrator for the self-funded", "Cobalt Ridge Manufacturing Employee Health Plan", "",
  "STATEMENT OF CLAIMS PROCESSED (this is not a bill)", "Statement date: " + us(nd), "Subscriber: Dmitri A. Fairweather     Group: CRM-0091", "",
  "Claim 26-3301-4418 - Patient: Lucia M. Fairweather (spouse)  ID CRM-552180-02 - Status: PAID",
  "   Service 09/14/2026   Code 90834   Dx F41.1   Billed $150.00   Plan paid $96.00   PR-2 $24.00", "",
  "Claim 26-3301-5127 - Patient: Lucia M. Fairweather (spouse)  ID CRM-552180-02 - Status: DENIED",
  "   Service 09/29/2026   Code 90868   Dx F33.2   Billed $310.00   Plan paid $0.00   CO-119",
  "   Service 09/30/2026   Code 90868   Dx F33.2   Billed $310.00   Plan paid $0.00   CO-119",
  "   Service 10/01/2026   Code 90868   Dx F33.2   Billed $310.00   Plan paid $0.00   CO-119",
  "   Note: the plan year maximum of 30 TMS sessions was reached on 09/25/2026.", "",
  "Claim 26-3302-0096 - Patient: Dmitri A. Fairweather (self)  ID CRM-552180-01 - Status: PAID",
  "   Service 10/02/2026   Code 99213   Dx I10   Billed $140.00   Plan paid $62.10   PR-3 $30.00", "",
  "Code key: CO-119 = the benefit maximum for this service was reached. PR-2 = your coinsurance.", "PR-3 = your copay.", "",
  "(continued on page 2)"],
 [FICT, "", "Page 2 of 2 - Cobalt Ridge Manufacturing Employee Health Plan", "",
  "IF YOU DISAGREE", "You have 180 days after you receive this statement to appeal a denied claim.",
  "Send your written appeal, with this statement and any records, to:", "",
  "   Cobalt Ridge Manufacturing Employee Health Plan", "   c/o Meridel Benefit Administrators", "   Appeals Unit", "   PO Box 4471", "   Omaha, NE 68103", "",
  "Appeals fax: 1-555-0147.  Do not send appeals to our claims office at 18 Dodge Plaza, Omaha, NE 68102.",
  "After the plan's final decision you may ask for an external review within 4 months.",
  "Questions: 1-555-0146, www.meridelbenefits.example"]],
 key=dict(patient_name="Lucia M. Fairweather", member_id="CRM-552180-02", claim_number="26-3301-5127", notice_date=nd,
  service_dates=[D(2026, 9, 29), D(2026, 9, 30), D(2026, 10, 1)], procedure_codes=["90868"], diagnosis_codes=["F33.2"], carc_codes=["CO-119"],
  denial_category="benefit_limit", plan_type="employer_erisa", urgent=False, appeal_deadline=dl,
  deadline_basis="You have 180 days after you receive this statement to appeal a denied claim",
  appeals_address="Cobalt Ridge Manufacturing Employee Health Plan c/o Meridel Benefit Administrators, Appeals Unit, PO Box 4471, Omaha, NE 68103", appeals_fax="1-555-0147"),
 note="TPA statement of three claims (two paid), one denied for a TMS session cap (CO-119); claims office address is not for appeals; 180 days from receipt counted from the statement date (item 7).")

# ---------------------------------------------------------------- 03 MSN, image PDF scan with misfeed
nd = D(2026, 11, 2); dl = plus(nd, 120)
case(n="03", slug="original-medicare-msn-two-claims-epidural-injection-misfeed-scan-pdf", fmt="scanpdf", defect="misfeed", lang="en",
 lines=[FICT, "", "Medicare Summary Notice for Part B (Medical Insurance)", "", "Ambrose T. Quillfeather",
  "Medicare Number: 4TQ8-HN2-WX17", "Date of this notice: " + lng(nd), "Claims processed from August 3 - October 31, 2026", "",
  "If you disagree with a decision, you must file an appeal by " + lng(dl) + ".", "",
  "Claim number 26-118-40213-00   Lakeview Spine Clinic (sample)",
  "  Service date     Code    Approved?   Medicare paid   Notes", "  09/21/2026       64483   Yes         $412.33", "",
  "Claim number 26-125-77810-00   Lakeview Spine Clinic (sample)",
  "  Service date     Code    Approved?   Medicare paid   Notes", "  10/12/2026       64483   No          $0.00           A",
  "  10/12/2026       64484   No          $0.00           A", "",
  "Notes: A - Medicare does not pay for this service because the records did not show it was",
  "medically needed for you (a repeat injection within weeks of the last one).", "",
  "HOW TO APPEAL. Circle the items you disagree with, explain why, sign, and send this notice",
  "or a redetermination request form to:", "   Sample Medicare Administrative Contractor", "   Part B Redeterminations",
  "   PO Box 0188", "   Harrisburg, PA 17105", "Keep a copy. Questions: 1-555-0190."],
 key=dict(patient_name="Ambrose T. Quillfeather", member_id="4TQ8-HN2-WX17", claim_number="26-125-77810-00", notice_date=nd,
  service_dates=[D(2026, 10, 12)], procedure_codes=["64483", "64484"], diagnosis_codes=[], carc_codes=[], denial_category="medical_necessity",
  plan_type="medicare", urgent=False, appeal_deadline=dl, deadline_basis="you must file an appeal by " + lng(dl),
  appeals_address="Sample Medicare Administrative Contractor, Part B Redeterminations, PO Box 0188, Harrisburg, PA 17105", appeals_fax=None),
 stated=True, note="Original Medicare MSN, one claim approved and one denied (no CARC, no diagnosis on an MSN); the deadline printed as a date. Image-only PDF of a scan where the sheet slipped in the feeder: a band of rows (the notes paragraph) is stretched and jittered.")

# ---------------------------------------------------------------- 04 Medicaid MCO pre-service, JPEG duvet
nd = D(2026, 10, 30); dl = plus(nd, 60)
case(n="04", slug="medicaid-plan-ketamine-infusion-request-investigational-duvet-photo", fmt="jpg", defect="duvet", lang="en",
 lines=[FICT, "", "BAYFRONT COMMUNITY HEALTH PLAN  -  a Medicaid managed care plan", "1200 Harbor Loop, Tampa, FL 33602   (our office: not for appeals)", "",
  lng(nd), "", "Roberta N. Castellano-Pike", "77 Egret Court", "Clearwater, FL 33755", "",
  "NOTICE OF ADVERSE BENEFIT DETERMINATION", "Medicaid ID: MA-7730418265        Reference #: UM-26-448190", "",
  "Your provider, Rivermoss Wellness (sample), asked us to approve six ketamine infusions",
  "(codes 96365 and J3490) for your depression (diagnosis F33.2). We denied this request.",
  "Reason: our medical policy considers IV ketamine for depression investigational: it is",
  "not proven to work as well as covered treatments.", "",
  "You have 60 days from the date of this notice to ask us for an appeal. Write to:",
  "   Bayfront Community Health Plan, Grievance and Appeals Department,",
  "   5400 Causeway Blvd, Suite 300, Tampa, FL 33619      Fax 1-555-0161", "",
  "To keep getting a service we already approved while you appeal, you must ask within 10",
  "days. After our appeal decision you may ask for a state fair hearing.",
  "Help: Member Services 1-555-0160 (TTY 711)."],
 key=dict(patient_name="Roberta N. Castellano-Pike", member_id="MA-7730418265", claim_number="UM-26-448190", notice_date=nd,
  service_dates=[], procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"], carc_codes=[], denial_category="experimental_investigational",
  plan_type="medicaid", urgent=False, appeal_deadline=dl, deadline_basis="You have 60 days from the date of this notice to ask us for an appeal",
  appeals_address="Bayfront Community Health Plan, Grievance and Appeals Department, 5400 Causeway Blvd, Suite 300, Tampa, FL 33619", appeals_fax="1-555-0161"),
 note="Medicaid MCO pre-service denial (no claim: the reference number; no dates of care); the letterhead office is not the appeals address; the 10-day continuation limit is no appeal deadline. Phone photo of the letter lying on a rumpled duvet: soft fold shading across the page.")

# ---------------------------------------------------------------- 05 church plan DOCX, stated date
nd = D(2026, 11, 9); dl = plus(nd, 180)
case(n="05", slug="church-plan-psychotherapy-visit-maximum-stated-date-docx", fmt="docx", lang="en",
 lines=[FICT, "EVENSTAR MINISTRIES BENEFIT TRUST", "A church plan. This plan is not governed by ERISA.", "",
  "Date: " + lng(nd), "", "Josiah R. Pennington-Hale", "902 Larkspur Lane", "Salina, KS 67401", "",
  "Participant ID: EMB-204719", "Claim number: EV2610-88214", "", "Dear Mr. Pennington-Hale,",
  "We processed the claim below from Prairie Light Counseling (sample). The plan pays up to 20 outpatient psychotherapy visits each plan year; those visits were used by September 29, 2026, so we did not pay these visits (adjustment CO-119).", "",
  "TABLE"],
 table=[["Date of service", "Code", "Diagnosis", "Charge", "Plan paid", "Adjustment"],
        ["10/06/2026", "90837", "F43.10", "$180.00", "$0.00", "CO-119"],
        ["10/13/2026", "90837", "F43.10", "$180.00", "$0.00", "CO-119"],
        ["10/20/2026", "90837", "F43.10", "$180.00", "$0.00", "CO-119"]],
 after=["", "How to appeal. Your appeal must be received by " + lng(dl) + ". Send it to:",
  "Evenstar Ministries Benefit Trust", "Benefit Appeals Committee", "415 Vesper Avenue", "Wichita, KS 67202", "",
  "You may also ask for an external review after our final decision. Questions: 1-555-0150."],
 key=dict(patient_name="Josiah R. Pennington-Hale", member_id="EMB-204719", claim_number="EV2610-88214", notice_date=nd,
  service_dates=[D(2026, 10, 6), D(2026, 10, 13), D(2026, 10, 20)], procedure_codes=["90837"], diagnosis_codes=["F43.10"], carc_codes=["CO-119"],
  denial_category="benefit_limit", plan_type="church", urgent=False, appeal_deadline=dl, deadline_basis="Your appeal must be received by " + lng(dl),
  appeals_address="Evenstar Ministries Benefit Trust, Benefit Appeals Committee, 415 Vesper Avenue, Wichita, KS 67202", appeals_fax=None),
 stated=True, note="Church plan (not ERISA) letter in Word with a table; visit maximum CO-119; the deadline printed as a date (it happens to be 180 days). The 'used by' date is no date of care.")

# ---------------------------------------------------------------- 06 FEHB HTML e-mail
nd = D(2026, 11, 16); dl = months(nd, 6)
case(n="06", slug="fehb-carrier-tms-no-precertification-html-email-eml", fmt="eml_html", lang="en",
 hdr=dict(From="Federal Civilian Mutual <notices@fcmba.example>", To="p.whitcombe@mail.example", Subject="Your claim FM-26-0931175: decision letter",
          Date=dt.datetime(2026, 11, 18, 9, 12, tzinfo=dt.timezone.utc)),
 lines=[FICT, "Federal Civilian Mutual Benefit Association - an FEHB plan carrier (sample)", "", "Letter date: " + lng(nd), "",
  "Member: Priyanka S. Whitcombe-Arden", "Member ID: R48813907", "Claim: FM-26-0931175", "Provider: Tidewater Brain Health (sample)", "",
  "ROWS",
  "We denied these services because they were not precertified before treatment began, as the FEHB brochure requires (adjustment CO-197). Diagnosis on the claim: F33.1.", "",
  "If you disagree, ask us to reconsider within 6 months from the date of this letter. Write to: Federal Civilian Mutual Benefit Association, Reconsideration Unit, PO Box 7702, Arlington, VA 22204, or fax 1-555-0173.",
  "If we do not change our decision, you may ask OPM to review it within 90 days of our reconsideration decision.", "",
  "This e-mail was sent from an unmonitored address."],
 rows=[["Service date", "Code", "Billed", "Paid", "Code"], ["10/05/2026", "90867", "$420.00", "$0.00", "CO-197"],
       ["10/06/2026", "90868", "$310.00", "$0.00", "CO-197"], ["10/07/2026", "90868", "$310.00", "$0.00", "CO-197"]],
 key=dict(patient_name="Priyanka S. Whitcombe-Arden", member_id="R48813907", claim_number="FM-26-0931175", notice_date=nd,
  service_dates=[D(2026, 10, 5), D(2026, 10, 6), D(2026, 10, 7)], procedure_codes=["90867", "90868"], diagnosis_codes=["F33.1"], carc_codes=["CO-197"],
  denial_category="prior_authorization", plan_type="fehb", urgent=False, appeal_deadline=dl,
  deadline_basis="ask us to reconsider within 6 months from the date of this letter",
  appeals_address="Federal Civilian Mutual Benefit Association, Reconsideration Unit, PO Box 7702, Arlington, VA 22204", appeals_fax="1-555-0173"),
 note="FEHB carrier's denial as an HTML e-mail (table of lines); the letter date wins over the e-mail's Date; OPM's 90 days is a later level.")

# ---------------------------------------------------------------- 07 TRICARE, PNG with coins, partial denial
nd = D(2026, 11, 4); dl = plus(nd, 90)
case(n="07", slug="tricare-family-member-esketamine-line-denied-office-visit-paid-coins-photo", fmt="png", defect="coins", lang="en",
 lines=[FICT, "", "TRICARE East - Palisade Federal Health Services (sample regional contractor)", "",
  "TRICARE EXPLANATION OF BENEFITS", "Date of notice: " + us(nd), "", "Sponsor: SSG Wallace Abernathy-Voss",
  "Patient: Corinne D. Abernathy-Voss (active-duty family member)", "DoD Benefits Number: 10934478201",
  "Claim Number: TE26308-771402", "Provider: Harborview Psychiatry (sample)", "",
  "Date        Service   Diagnosis   Billed     Allowed    Paid      Remark",
  "10/08/2026  99214     F32.2       $165.00    $118.40    $118.40   PAID",
  "10/08/2026  J0013     F32.2       $1,480.00  $0.00      $0.00     DENIED - no prior authorization", "",
  "The esketamine nasal spray needs prior authorization under TRICARE rules. None was on file.", "",
  "APPEAL: You must request a reconsideration within 90 days from the date of this notice.",
  "Mail it to: Palisade Federal Health Services, TRICARE East Appeals, PO Box 0870,",
  "Columbia, SC 29202.  Fax: 1-555-0188.", "Beneficiary counseling: 1-555-0187."],
 key=dict(patient_name="Corinne D. Abernathy-Voss", member_id="10934478201", claim_number="TE26308-771402", notice_date=nd,
  service_dates=[D(2026, 10, 8)], procedure_codes=["J0013"], diagnosis_codes=["F32.2"], carc_codes=[], denial_category="prior_authorization",
  plan_type="tricare", urgent=False, appeal_deadline=dl, deadline_basis="You must request a reconsideration within 90 days from the date of this notice",
  appeals_address="Palisade Federal Health Services, TRICARE East Appeals, PO Box 0870, Columbia, SC 29202", appeals_fax="1-555-0188"),
 note="TRICARE EOB denying one line of two (office visit paid, esketamine denied: 99214 is none of the denial's); no CARC printed. Phone photo on a dark slate with two coins lying on the sheet's margins.")

# ---------------------------------------------------------------- 08 short-term .txt
nd = D(2026, 10, 22); dl = plus(nd, 60)
case(n="08", slug="short-term-policy-radiofrequency-ablation-pre-existing-exclusion-txt", fmt="txt", lang="en",
 lines=[FICT, "", "PINEWRIGHT ASSURANCE COMPANY", "Short-Term Medical Insurance (short-term, limited-duration policy)", "",
  "October 22, 2026", "", "Gideon M. Tarrasco", "3 Quarry Row", "Bangor, ME 04401", "",
  "Policy number: STM-4418-2093-7", "Claim: PW-C-26-550913", "", "Dear Gideon M. Tarrasco:", "",
  "We reviewed the claim from Northwoods Pain Center (sample) for radiofrequency nerve ablation on",
  "09/30/2026 (codes 64635 and 64636, diagnosis M47.816). We will not pay it. Your records show",
  "treatment for this back condition in the 12 months before the policy began, so the",
  "pre-existing condition exclusion applies (adjustment code CO-96).", "",
  "This policy is not comprehensive coverage and is not subject to the federal appeal and external",
  "review rules. You may ask us to review this decision within 60 days of the date of this letter.",
  "Write to:", "    Pinewright Assurance Company", "    Attn: Claim Review", "    9 Larchmont Plaza, Floor 4", "    Hartford, CT 06103", "",
  "Customer care: 1-555-0121  |  claims@pinewright.example"],
 key=dict(patient_name="Gideon M. Tarrasco", member_id="STM-4418-2093-7", claim_number="PW-C-26-550913", notice_date=nd,
  service_dates=[D(2026, 9, 30)], procedure_codes=["64635", "64636"], diagnosis_codes=["M47.816"], carc_codes=["CO-96"], denial_category="not_covered",
  plan_type="short_term", urgent=False, appeal_deadline=dl, deadline_basis="You may ask us to review this decision within 60 days of the date of this letter",
  appeals_address="Pinewright Assurance Company, Attn: Claim Review, 9 Larchmont Plaza, Floor 4, Hartford, CT 06103", appeals_fax=None),
 note="Short-term policy, plain text; the policy number is the member ID (no member number printed, item 10); a review the notice calls by another name is the appeal.")

# ---------------------------------------------------------------- 09 reviewer fax, marketplace, expedited
nd = D(2026, 11, 19); dl = plus(nd, 180)
case(n="09", slug="marketplace-ur-vendor-fax-expedited-tms-not-necessary-cover-sheet-text-pdf", fmt="pdf", lang="en",
 pages=[[FICT, "", "HALBERD UTILIZATION REVIEW (sample)  -  FAX", "", "Date: 11/20/2026", "To: Dr. Felix Ambrose, Cascade TMS Center (sample)",
  "Fax: 1-555-0115", "From: Halberd UR, peer review desk", "Pages: 3 including cover", "", "Re: determination enclosed. CONFIDENTIAL."],
 [FICT, "", "Sunward Health Insurance Co.  -  Sunward Health Exchange Silver 70 (a Marketplace plan)", "Review performed by Halberd Utilization Review", "",
  "Date of notice: " + lng(nd), "", "EXPEDITED PRE-SERVICE DETERMINATION: DENIED", "",
  "Member name: Tobias J. Ferreira-Lund", "Member ID: SWX-10047723-01", "Case number: UR-26-6650381",
  "Requested: TMS course, codes 90867 and 90868, diagnosis F33.2 (urgent request)", "",
  "A board-certified psychiatrist reviewed the request. It does not meet the plan's criteria:",
  "the records show two antidepressant trials, and the criteria ask for four, so the",
  "treatment is not medically necessary at this time."],
 [FICT, "", "Page 3", "YOUR APPEAL RIGHTS", "You may appeal within 180 days of receipt of this notice.",
  "Because this request is urgent you may ask for an expedited appeal (decided within 72 hours).", "Send appeals to:",
  "   Sunward Health Insurance Co., Appeals and Grievances, PO Box 2093, Phoenix, AZ 85001",
  "   Expedited appeals fax: 1-555-0112", "You may also ask for an external review at the same time for urgent care."]],
 key=dict(patient_name="Tobias J. Ferreira-Lund", member_id="SWX-10047723-01", claim_number="UR-26-6650381", notice_date=nd,
  service_dates=[], procedure_codes=["90867", "90868"], diagnosis_codes=["F33.2"], carc_codes=[], denial_category="medical_necessity",
  plan_type="individual_aca", urgent=True, appeal_deadline=dl, deadline_basis="You may appeal within 180 days of receipt of this notice",
  appeals_address="Sunward Health Insurance Co., Appeals and Grievances, PO Box 2093, Phoenix, AZ 85001", appeals_fax="1-555-0112"),
 note="Reviewer's fax to the provider: cover sheet dated the next day (the fax's date, not the notice's; the provider's fax is not the appeals fax); expedited pre-service TMS denial for a Marketplace member.")

# ---------------------------------------------------------------- 10 governmental EOB, TIFF cellophane, partial
nd = D(2026, 11, 6); dl = plus(nd, 180)
case(n="10", slug="county-employees-plan-ketamine-lines-denied-visit-paid-cellophane-sleeve-tiff", fmt="tif", defect="cellophane", lang="en",
 lines=[FICT, "", "TAMARACK COUNTY EMPLOYEES HEALTH PLAN", "a self-funded governmental plan for county employees", "",
  "EXPLANATION OF BENEFITS                  Processed: " + lng(nd), "",
  "Member: Wendolyn P. Strand           Member ID: TCE-0071835", "Claim: TC-26-91044-3             Provider: Salish Sea Infusion (sample)", "",
  "Service     Code    Dx      Charged    Plan paid   Your share   Adj.",
  "10/19/2026  99214   F33.2   $170.00    $84.20      $21.05       PR-2",
  "10/19/2026  96365   F33.2   $600.00    $0.00       $0.00        CO-55",
  "10/19/2026  J3490   F33.2   $240.00    $0.00       $0.00        CO-55", "",
  "CO-55: the plan treats this service (ketamine infusion for depression) as experimental.", "PR-2: your coinsurance.", "",
  "To appeal a denied service, write to: Tamarack County Employees Health Plan, Benefits Appeals,",
  "300 Courthouse Square, Room 212, Bellingham, WA 98225. Include this statement.", "Questions: 1-555-0105."],
 key=dict(patient_name="Wendolyn P. Strand", member_id="TCE-0071835", claim_number="TC-26-91044-3", notice_date=nd,
  service_dates=[D(2026, 10, 19)], procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"], carc_codes=["CO-55"],
  denial_category="experimental_investigational", plan_type="governmental", urgent=False, appeal_deadline=dl,
  deadline_basis="45 CFR 147.136(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)",
  appeals_address="Tamarack County Employees Health Plan, Benefits Appeals, 300 Courthouse Square, Room 212, Bellingham, WA 98225", appeals_fax=None),
 computed=True, note="County plan EOB: the office visit paid (99214, PR-2 not the denial's), the two ketamine lines denied CO-55; no window printed, the governmental rule's 180 days. TIFF photo of the page inside a crinkled cellophane sleeve: streaks of glare.")

# ---------------------------------------------------------------- 11 MA, forwarded attached message
nd = D(2026, 11, 13); dl = plus(nd, 65)
case(n="11", slug="medicare-advantage-esketamine-visits-denied-forwarded-by-clinic-attached-eml", fmt="eml_fwd", lang="en",
 hdr=dict(From="Northgate Psychiatry front desk <frontdesk@northgatepsych.example>", To="lorraine.h@mail.example",
          Subject="Fwd: Notice of denial of payment", Date=dt.datetime(2026, 11, 24, 15, 40, tzinfo=dt.timezone.utc)),
 note_body="Hi Lorraine, the plan sent us the letter below on your Spravato visits. Call us at 1-555-0114 if you want help with the appeal.\n-- Northgate Psychiatry (sample)",
 inner=dict(From="Cedar Vale Medicare Advantage <noreply@cedarvale.example>", To="frontdesk@northgatepsych.example",
            Subject="Notice of Denial of Payment - CV26-1017-44520", Date=dt.datetime(2026, 11, 14, 7, 5, tzinfo=dt.timezone.utc)),
 lines=[FICT, "", "CEDAR VALE MEDICARE ADVANTAGE (HMO)", "NOTICE OF DENIAL OF PAYMENT", "", "Date: " + lng(nd), "",
  "Member name: Lorraine E. Haverbrook", "Member ID: CVM-38811207", "Claim number: CV26-1017-44520", "",
  "We denied payment for the services below (code G2083, diagnosis F33.2), given on 10/12/2026 and 10/15/2026",
  "by Northgate Psychiatry. Reason (CO-50): our reviewer found the records did not show the treatment was",
  "medically necessary (no depression rating scores after the first month).", "",
  "You must ask for an appeal within 65 days of the date of this notice. Send it to:",
  "Cedar Vale Medicare Advantage", "Appeals Department", "PO Box 5560", "Des Moines, IA 50306", "Fax: 1-555-0119"],
 key=dict(patient_name="Lorraine E. Haverbrook", member_id="CVM-38811207", claim_number="CV26-1017-44520", notice_date=nd,
  service_dates=[D(2026, 10, 12), D(2026, 10, 15)], procedure_codes=["G2083"], diagnosis_codes=["F33.2"], carc_codes=["CO-50"],
  denial_category="medical_necessity", plan_type="medicare_advantage", urgent=False, appeal_deadline=dl,
  deadline_basis="You must ask for an appeal within 65 days of the date of this notice",
  appeals_address="Cedar Vale Medicare Advantage, Appeals Department, PO Box 5560, Des Moines, IA 50306", appeals_fax="1-555-0119"),
 note="Medicare Advantage payment denial, a plain-text e-mail forwarded by the clinic as an attached message (message/rfc822); the clinic's phone is not the appeals fax; both e-mail dates are later than the letter's date.")

# ---------------------------------------------------------------- 12 Medicaid FFS, scan PDF, only mailing date
nd = D(2026, 11, 5); dl = plus(nd, 90)
case(n="12", slug="medicaid-fee-for-service-family-therapy-no-prior-auth-hearing-first-scan-pdf", fmt="scanpdf", defect="misfeed2", lang="en",
 lines=[FICT, "", "STATE DEPARTMENT OF HUMAN SERVICES (sample) - MEDICAL ASSISTANCE DIVISION", "Fee-for-service Medicaid", "",
  "Date mailed: " + us(nd), "", "Marisol K. Brightwater-Oduya", "1180 Alder St", "Eugene, OR 97401", "",
  "Recipient ID: 7741902215", "Claim (ICN): 2026305118720", "",
  "NOTICE OF ACTION - CLAIM DENIED", "Services: family psychotherapy, code 90847, on 10/14/2026 and 10/21/2026; diagnosis F43.12.",
  "Reason: no prior authorization was on file for these services.", "",
  "Your right to a hearing. You do not have an appeal with a health plan: the state fair hearing",
  "is how you appeal. You may ask for a hearing within 90 days of the date this notice was mailed.",
  "Send your request to:", "   Office of Administrative Hearings (sample)", "   Medical Assistance Hearings", "   PO Box 0914",
  "   Salem, OR 97309", "   Fax 1-555-0126", "", "Free legal help: 1-555-0127."],
 key=dict(patient_name="Marisol K. Brightwater-Oduya", member_id="7741902215", claim_number="2026305118720", notice_date=nd,
  service_dates=[D(2026, 10, 14), D(2026, 10, 21)], procedure_codes=["90847"], diagnosis_codes=["F43.12"], carc_codes=[], denial_category="prior_authorization",
  plan_type="medicaid", urgent=False, appeal_deadline=dl, deadline_basis="You may ask for a hearing within 90 days of the date this notice was mailed",
  appeals_address="Office of Administrative Hearings (sample), Medical Assistance Hearings, PO Box 0914, Salem, OR 97309", appeals_fax="1-555-0126"),
 note="Fee-for-service Medicaid notice of action: the hearing is the first step; its only date is the mailing date (item 2). Image-only PDF scan whose sheet jammed and slipped twice in the feeder: two thin bands stretched and shifted sideways.")

# ---------------------------------------------------------------- 13 es marketplace EOB, multipage text PDF
nd = D(2026, 11, 3); dl = plus(nd, 180)
case(n="13", slug="es-marketplace-eob-ketamine-infusions-no-prior-auth-two-page-text-pdf", fmt="pdf", lang="es",
 pages=[[FICTES, "", "ASEGURADORA SOLANO SALUD", "Plan del Mercado de Seguros Médicos - Bronce 60", "",
  "EXPLICACIÓN DE BENEFICIOS (esto no es una factura)", "Fecha: " + es(nd), "Las fechas se escriben DD/MM/AAAA.", "",
  "Asegurado(a): Inés Valdovinos Arrieta", "ID de miembro: SSM-6620418-00", "Número de reclamación: SS-26-0477129",
  "Proveedor: Clínica Mesa Serena (muestra)", "",
  "Fecha      Código   Diagnóstico   Cargo       Pagado   Ajuste",
  "06/10/2026 96365    F33.2         $550.00     $0.00    CO-197",
  "06/10/2026 96366    F33.2         $210.00     $0.00    CO-197",
  "06/10/2026 J3490    F33.2         $180.00     $0.00    CO-197",
  "09/10/2026 96365    F33.2         $550.00     $0.00    CO-197",
  "09/10/2026 J3490    F33.2         $180.00     $0.00    CO-197", "",
  "CO-197: no se obtuvo la autorización previa que el plan exige.", "(sigue en la página 2)"],
 [FICTES, "", "Página 2 de 2", "SUS DERECHOS DE APELACIÓN",
  "Puede apelar dentro de 180 días a partir de la fecha de este aviso. Envíe su apelación a:",
  "   Aseguradora Solano Salud", "   Departamento de Apelaciones", "   Apartado Postal 3318", "   San Antonio, TX 78265",
  "   Fax: 1-555-0155", "Después de la decisión final puede pedir una revisión externa dentro de 4 meses.",
  "Servicio al cliente: 1-555-0154"]],
 key=dict(patient_name="Inés Valdovinos Arrieta", member_id="SSM-6620418-00", claim_number="SS-26-0477129", notice_date=nd,
  service_dates=[D(2026, 10, 6), D(2026, 10, 9)], procedure_codes=["96365", "96366", "J3490"], diagnosis_codes=["F33.2"], carc_codes=["CO-197"],
  denial_category="prior_authorization", plan_type="individual_aca", urgent=False, appeal_deadline=dl,
  deadline_basis="Puede apelar dentro de 180 días a partir de la fecha de este aviso",
  appeals_address="Aseguradora Solano Salud, Departamento de Apelaciones, Apartado Postal 3318, San Antonio, TX 78265", appeals_fax="1-555-0155"),
 note="Spanish Marketplace EOB over two pages, day-first dates in the table (the notice says DD/MM/AAAA), ketamine infusions without prior authorization.")

# ---------------------------------------------------------------- 14 es CHIP DOCX
nd = D(2026, 11, 10); dl = plus(nd, 60)
case(n="14", slug="es-chip-child-psychotherapy-no-prior-auth-letter-to-parent-docx", fmt="docx", lang="es",
 lines=[FICTES, "PLAN INFANTIL BAHÍA CLARA", "Programa de Seguro Médico para Niños (CHIP) - plan separado, no es Medicaid", "",
  "Fecha del aviso: " + es(nd), "", "Sra. Lucía Lindén (madre)", "415 Calle Gaviota", "Corpus Christi, TX 78411", "",
  "Paciente (menor): Mateo Quiroga Lindén", "ID de miembro: BCK-40927716", "Número de reclamación: RC-26-3390015", "",
  "Estimada Sra. Lindén:", "No pagaremos las sesiones de psicoterapia de su hijo que se indican abajo, porque el proveedor no pidió la autorización previa que exige el plan (código CO-197). Diagnóstico: F43.10.", "", "TABLE"],
 table=[["Fecha del servicio", "Código", "Cargo", "Pagado"], ["14 de octubre de 2026", "90834", "$130.00", "$0.00"], ["21 de octubre de 2026", "90834", "$130.00", "$0.00"]],
 after=["", "Cómo apelar: puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Envíela a:",
  "Plan Infantil Bahía Clara", "Unidad de Apelaciones", "77 Calle Marina, Suite 5", "Corpus Christi, TX 78401", "",
  "No se ofrece audiencia imparcial estatal porque este plan no es Medicaid; después de nuestra decisión puede pedir la revisión del estado.",
  "Teléfono: 1-555-0165"],
 key=dict(patient_name="Mateo Quiroga Lindén", member_id="BCK-40927716", claim_number="RC-26-3390015", notice_date=nd,
  service_dates=[D(2026, 10, 14), D(2026, 10, 21)], procedure_codes=["90834"], diagnosis_codes=["F43.10"], carc_codes=["CO-197"],
  denial_category="prior_authorization", plan_type="chip", urgent=False, appeal_deadline=dl,
  deadline_basis="puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso",
  appeals_address="Plan Infantil Bahía Clara, Unidad de Apelaciones, 77 Calle Marina, Suite 5, Corpus Christi, TX 78401", appeals_fax=None),
 note="Separate CHIP, Spanish Word letter to the parent about the child's psychotherapy (the child is the patient); the fair hearing is named only to deny it.")

# ---------------------------------------------------------------- 15 es Medicaid appeal resolution, JPEG ink blot
nd = D(2026, 11, 6); dl = plus(nd, 120)
case(n="15", slug="es-medicaid-plan-appeal-resolution-tms-upheld-fair-hearing-ink-blot-photo", fmt="jpg", defect="inkblot", lang="es",
 lines=[FICTES, "", "PLAN DE SALUD COMUNITARIO ALAMEDA  -  plan de Medicaid", "", "AVISO DE RESOLUCIÓN DE LA APELACIÓN",
  "Fecha: " + es(nd), "", "Miembro: Rosalba Echeverría Tunstall", "Número de identificación de Medicaid: 9920417736",
  "Número de reclamación: AL-26-551208", "Número de apelación: APL-26-00913", "",
  "Usted apeló la denegación de las sesiones de EMT (código 90868, diagnóstico F33.2) de los días",
  "25, 26 y 27 de agosto de 2026 (código de ajuste CO-50: no es médicamente necesario).",
  "Decisión: Mantenemos la denegación. No hay otra apelación con el plan.", "",
  "Si no está de acuerdo, puede pedir una audiencia imparcial estatal dentro de 120 días a partir",
  "de la fecha de este aviso. Envíe su solicitud a:", "   Oficina de Audiencias Imparciales del Estado (muestra)",
  "   Unidad de Medicaid", "   Apartado Postal 1470", "   Sacramento, CA 95812", "   Fax: 1-555-0134", "",
  "No envíe la solicitud de audiencia al plan. Servicios al Miembro: 1-555-0133."],
 key=dict(patient_name="Rosalba Echeverría Tunstall", member_id="9920417736", claim_number="AL-26-551208", notice_date=nd,
  service_dates=[D(2026, 8, 25), D(2026, 8, 26), D(2026, 8, 27)], procedure_codes=["90868"], diagnosis_codes=["F33.2"], carc_codes=["CO-50"],
  denial_category="medical_necessity", plan_type="medicaid", urgent=False, appeal_deadline=dl,
  deadline_basis="puede pedir una audiencia imparcial estatal dentro de 120 días a partir de la fecha de este aviso",
  appeals_address="Oficina de Audiencias Imparciales del Estado (muestra), Unidad de Medicaid, Apartado Postal 1470, Sacramento, CA 95812", appeals_fax="1-555-0134"),
 note="Spanish Medicaid plan's notice of appeal resolution, upheld: the next level (state fair hearing, 120 days printed) is the deadline and its office the address (item 1); the claim number, not the appeal number (item 3). Phone photo with a fountain-pen ink blot and spatter in the right margin.")

# ---------------------------------------------------------------- 16 es TPA final internal decision, HTML eml
nd = D(2026, 11, 12); dl = months(nd, 4)
case(n="16", slug="es-self-funded-tpa-final-internal-decision-spinal-stimulator-trial-html-eml", fmt="eml_html", lang="es",
 hdr=dict(From="Servicios Administrativos Cordillera <avisos@cordillera-tpa.example>", To="egaldamez@correo.example",
          Subject="Decisión sobre su apelación de nivel 2", Date=dt.datetime(2026, 11, 13, 16, 20, tzinfo=dt.timezone.utc)),
 lines=[FICTES, "Servicios Administrativos Cordillera, administrador del Plan de Salud para Empleados de Frutícola del Valle Norte (plan autofinanciado)", "",
  "Decisión final de la apelación interna", "Fecha de la decisión: " + es(nd), "Fecha de envío: " + es(plus(nd, 1)), "",
  "Asegurado: Ernesto Galdámez Prieto", "ID de miembro: FVN-220318-01", "Número de reclamación: CSA-26-7731405", "Número de apelación: APL2-26-0412", "",
  "Revisamos su apelación de nivel 2 sobre la prueba de estimulador de médula espinal (código 63650) del 2 de septiembre de 2026, diagnóstico G89.4 (código de ajuste CO-50).",
  "Decisión: Mantenemos la denegación. No hay otra apelación interna.", "",
  "Puede pedir una revisión externa dentro de 4 meses a partir de la fecha de esta decisión. Envíe el formulario de solicitud a:",
  "ADDR", "", "Preguntas: 1-555-0108."],
 addr=["Organización de Revisión Independiente Ceiba (muestra)", "500 Calle Puente, Suite 12", "Austin, TX 78701", "Fax: 1-555-0109"],
 key=dict(patient_name="Ernesto Galdámez Prieto", member_id="FVN-220318-01", claim_number="CSA-26-7731405", notice_date=nd,
  service_dates=[D(2026, 9, 2)], procedure_codes=["63650"], diagnosis_codes=["G89.4"], carc_codes=["CO-50"], denial_category="medical_necessity",
  plan_type="employer_erisa", urgent=False, appeal_deadline=dl,
  deadline_basis="Puede pedir una revisión externa dentro de 4 meses a partir de la fecha de esta decisión",
  appeals_address="Organización de Revisión Independiente Ceiba (muestra), 500 Calle Puente, Suite 12, Austin, TX 78701", appeals_fax="1-555-0109"),
 note="Spanish TPA final internal decision (HTML e-mail): external review 4 months printed from the decision date; decision date over the 'Fecha de envío' (items 1, 2, 13); the original claim number, not the appeal's.")

# ---------------------------------------------------------------- 17 es governmental, scan PDF lid open
nd = D(2026, 11, 2); dl = plus(nd, 180)
case(n="17", slug="es-county-government-plan-esketamine-not-necessary-sand-on-scanner-glass-pdf", fmt="scanpdf", defect="sand", lang="es",
 lines=[FICTES, "", "PLAN DE SALUD DE EMPLEADOS DEL CONDADO DE ARROYO SECO", "plan autofinanciado del gobierno del condado", "",
  "Fecha del aviso: " + es(nd), "", "Asegurada: Yolanda Marroquín Ashby", "ID de miembro: CAS-77104-03",
  "Reclamación: AS-26-0098817", "Proveedor: Centro Médico Llano Alto (muestra)", "",
  "Servicios denegados (código de ajuste CO-50, no es médicamente necesario):",
  "  19 de octubre de 2026   J0013 (84 unidades)   diagnóstico F33.1",
  "  22 de octubre de 2026   J0013 (84 unidades)   diagnóstico F33.1", "",
  "Motivo: el expediente no muestra dos tratamientos antidepresivos previos completos.", "",
  "Puede apelar dentro de 180 días a partir de la fecha de este aviso. Envíe su apelación a:",
  "   Plan de Salud de Empleados del Condado de Arroyo Seco", "   Comité de Apelaciones", "   210 Calle Cívica, Piso 3",
  "   Las Cruces, NM 88001", "", "Teléfono: 1-555-0102"],
 key=dict(patient_name="Yolanda Marroquín Ashby", member_id="CAS-77104-03", claim_number="AS-26-0098817", notice_date=nd,
  service_dates=[D(2026, 10, 19), D(2026, 10, 22)], procedure_codes=["J0013"], diagnosis_codes=["F33.1"], carc_codes=["CO-50"],
  denial_category="medical_necessity", plan_type="governmental", urgent=False, appeal_deadline=dl,
  deadline_basis="Puede apelar dentro de 180 días a partir de la fecha de este aviso",
  appeals_address="Plan de Salud de Empleados del Condado de Arroyo Seco, Comité de Apelaciones, 210 Calle Cívica, Piso 3, Las Cruces, NM 88001", appeals_fax=None),
 note="Spanish county (governmental) plan denying esketamine. Image-only PDF of a flatbed scan with beach sand left on the glass: dark grains settled in a drift along the bottom and scattered over the page, a few large ones.")

# ---------------------------------------------------------------- 18 es MA portal printout .txt
nd = D(2026, 11, 17); dl = plus(nd, 65)
case(n="18", slug="es-medicare-advantage-portal-printout-ect-not-necessary-txt", fmt="txt", lang="es",
 lines=[FICTES, "Impreso el 30/11/2026 10:14  |  miembros.saludmayor.example/avisos/3310485", "",
  "SALUD MAYOR ALTAVISTA (HMO) - un plan Medicare Advantage", "Inicio  >  Mis reclamaciones  >  Aviso de denegación", "",
  "Fecha del aviso:      " + es(nd), "Miembro:              Aurelio Benavídez Crane", "Número de miembro:    SMA-50338192",
  "Reclamación:          SMA-R-26-3310485", "", "Servicios denegados:",
  "  20 de octubre de 2026   90870 y 00104   F33.3   CO-50", "  23 de octubre de 2026   90870 y 00104   F33.3   CO-50", "",
  "Motivo: no encontramos en el expediente la evaluación que muestra que la terapia electroconvulsiva era",
  "médicamente necesaria.", "",
  "Tiene derecho a apelar. Debe pedir la apelación dentro de 65 días a partir de la fecha de este aviso.",
  "Envíela a: Salud Mayor Altavista, Departamento de Apelaciones, Apartado Postal 2260, El Paso, TX 79998.",
  "Fax: 1-555-0177", "", "Cerrar sesión  |  Ayuda  |  Privacidad", "Página 1 de 1"],
 key=dict(patient_name="Aurelio Benavídez Crane", member_id="SMA-50338192", claim_number="SMA-R-26-3310485", notice_date=nd,
  service_dates=[D(2026, 10, 20), D(2026, 10, 23)], procedure_codes=["90870", "00104"], diagnosis_codes=["F33.3"], carc_codes=["CO-50"],
  denial_category="medical_necessity", plan_type="medicare_advantage", urgent=False, appeal_deadline=dl,
  deadline_basis="Debe pedir la apelación dentro de 65 días a partir de la fecha de este aviso",
  appeals_address="Salud Mayor Altavista, Departamento de Apelaciones, Apartado Postal 2260, El Paso, TX 79998", appeals_fax="1-555-0177"),
 note="Spanish Medicare Advantage portal page saved as text (print stamp 30/11/2026 is no notice date); ECT with its anesthesia code.")

# ================================================================ rendering
def all_text(c):
    t = []
    for k in ("left", "right", "lines", "after", "addr", "note_body"):
        v = c.get(k)
        if v: t += v if isinstance(v, list) else [v]
    for p in c.get("pages", []): t += p
    for r in c.get("table", []) + c.get("rows", []): t.append("  ".join(r))
    return "\n".join(t)

def lines_of(c):
    out = []
    for l in c.get("lines", []):
        if l == "TABLE":
            w = [max(len(r[i]) for r in c["table"]) + 3 for i in range(len(c["table"][0]))]
            out += ["".join(x.ljust(w[i]) for i, x in enumerate(r)) for r in c["table"]]
        else: out.append(l)
    return out + c.get("after", [])

def text_pdf(path, pages, twocol=None):
    cv = canvas.Canvas(path, pagesize=letter, invariant=1)
    if twocol:
        left, right = twocol; pages = [None]
    for p in pages:
        y = 750
        if twocol:
            cv.setFont("Helvetica", 10)
            for l in left: cv.drawString(54, y, l); y -= 13.5
            cv.setFillGray(0.92); cv.rect(372, 420, 190, 340, fill=1, stroke=0); cv.setFillGray(0)
            y = 745
            for l in right:
                cv.setFont("Helvetica-Bold" if l.isupper() else "Helvetica", 9.5); cv.drawString(382, y, l); y -= 13
        else:
            for i, l in enumerate(p):
                cv.setFont("Helvetica-Bold" if (l.isupper() and len(l) > 3) else "Helvetica", 9.5); cv.drawString(48, y, l); y -= 14
        cv.showPage()
    cv.save()

def page_image(lines, size=28):
    W, H = 1700, 2200
    im = Image.new("L", (W, H), 255); dr = ImageDraw.Draw(im)
    f = ImageFont.truetype(FONT, size); fb = ImageFont.truetype(FONTB, size)
    fm = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", size - 4)
    y = 110
    for l in lines:
        bold = l[:1].isalpha() and l.isupper() and len(l) > 3
        mono = "  " in l.strip()
        dr.text((95, y), l, font=fm if mono else (fb if bold else f), fill=20); y += int(size * 1.5)
    return im

def place(page, bg, angle, rng):
    """paper onto a background, rotated, as RGB photo"""
    p = page.convert("RGB").rotate(angle, expand=True, fillcolor=(0, 0, 0), resample=Image.BICUBIC)
    mask = Image.new("L", page.size, 255).rotate(angle, expand=True, fillcolor=0)
    W, H = p.size[0] + 160, p.size[1] + 160
    bg = bg.resize((W, H)); bg.paste(p, (80, 80), mask)
    return bg

def dev_duvet(page, rng):
    a = np.asarray(page, dtype=np.float32)
    H, W = a.shape; y, x = np.mgrid[0:H, 0:W]
    shade = 1 - 0.22 * (np.sin(x / 170.0 + y / 420.0) ** 2) * (0.6 + 0.4 * np.sin(y / 260.0 + 1.3))
    a = (a * shade)[..., None] * np.array([1.0, 0.98, 0.93])
    pg = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    bgY, bgX = np.mgrid[0:H + 160, 0:W + 160]
    fab = 150 + 40 * np.sin(bgX / 60.0 + np.sin(bgY / 90.0) * 3) + rng.normal(0, 6, bgX.shape)
    bg = Image.fromarray(np.clip(np.stack([fab * 0.8, fab * 0.88, fab], -1), 0, 255).astype(np.uint8))
    out = place(Image.fromarray(np.asarray(pg.convert("L"))), bg, 2.2, rng)
    # keep the tint: blend colour shading back
    o = np.asarray(out, dtype=np.float32) * np.array([1.0, 0.98, 0.92])
    return Image.fromarray(np.clip(o + rng.normal(0, 4, o.shape), 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))

def dev_coins(page, rng):
    H, W = page.size[1], page.size[0]
    rgb = page.convert("RGB"); dr = ImageDraw.Draw(rgb)
    for (cx, cy, r, col) in [(W - 70, 1600, 58, (184, 115, 70)), (W - 150, 1700, 66, (170, 170, 165)), (40, H - 120, 52, (190, 160, 80))]:
        dr.ellipse((cx - r + 6, cy - r + 8, cx + r + 6, cy + r + 8), fill=(120, 120, 120))
        dr.ellipse((cx - r, cy - r, cx + r, cy + r), fill=col, outline=tuple(int(v * 0.7) for v in col), width=5)
        dr.ellipse((cx - r * 0.6, cy - r * 0.6, cx + r * 0.6, cy + r * 0.6), outline=tuple(int(v * 0.8) for v in col), width=3)
    slate = rng.normal(55, 8, (H + 160, W + 160)); slate = np.stack([slate, slate * 1.02, slate * 1.08], -1)
    out = place(rgb.convert("L"), Image.fromarray(np.clip(slate, 0, 255).astype(np.uint8)), -1.4, rng)
    # paste coins colour again: simple approach, recolour via original rgb rotated
    p = rgb.rotate(-1.4, expand=True, fillcolor=(0, 0, 0), resample=Image.BICUBIC)
    mask = Image.new("L", rgb.size, 255).rotate(-1.4, expand=True, fillcolor=0)
    out.paste(p, (80, 80), mask)
    return out.filter(ImageFilter.GaussianBlur(0.5))

def dev_cellophane(page, rng):
    a = np.asarray(page, dtype=np.float32) * 0.93 + 6
    H, W = a.shape; glare = Image.new("L", (W, H), 0); dr = ImageDraw.Draw(glare)
    for _ in range(9):
        x, y = rng.uniform(0, W), rng.uniform(0, H); pts = [(x, y)]
        for _ in range(6):
            x += rng.uniform(-60, 220); y += rng.uniform(-120, 160); pts.append((x, y))
        dr.line(pts, fill=int(rng.uniform(170, 255)), width=int(rng.uniform(8, 22)))
    g = np.asarray(glare.filter(ImageFilter.GaussianBlur(7)), dtype=np.float32) / 255.0
    a = a * (1 - 0.8 * g) + 250 * 0.8 * g
    a = a * (0.9 + 0.1 * np.asarray(Image.fromarray((g * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(40)), dtype=np.float32) / 255.0)
    return Image.fromarray(np.clip(a + rng.normal(0, 3, a.shape), 0, 255).astype(np.uint8)).convert("RGB")

def dev_inkblot(page, rng):
    rgb = page.convert("RGB"); H, W = rgb.size[1], rgb.size[0]
    blot = Image.new("L", (W, H), 0); dr = ImageDraw.Draw(blot)
    cx, cy = W - 95, 700
    for _ in range(14):
        r = rng.uniform(12, 38); ox, oy = rng.normal(0, 18, 2); dr.ellipse((cx + ox - r, cy + oy - r, cx + ox + r, cy + oy + r), fill=255)
    for _ in range(25):
        ang = rng.uniform(0, 2 * math.pi); d = rng.uniform(50, 120); r = rng.uniform(2, 7)
        x, y = cx + d * math.cos(ang), cy + d * math.sin(ang)
        if x < W - 8: dr.ellipse((x - r, y - r, x + r, y + r), fill=255)
    m = np.asarray(blot.filter(ImageFilter.GaussianBlur(1.5)), dtype=np.float32)[..., None] / 255.0
    a = np.asarray(rgb, dtype=np.float32); ink = np.array([20, 28, 95], dtype=np.float32)
    a = a * (1 - m) + ink * m
    bg = Image.fromarray(np.clip(rng.normal(200, 10, (H + 160, W + 160, 3)) * np.array([0.95, 0.9, 0.8]), 0, 255).astype(np.uint8))
    page2 = Image.fromarray(a.astype(np.uint8))
    p = page2.rotate(1.8, expand=True, fillcolor=(0, 0, 0), resample=Image.BICUBIC)
    mask = Image.new("L", page2.size, 255).rotate(1.8, expand=True, fillcolor=0)
    bg.paste(p, (80, 80), mask)
    return bg.filter(ImageFilter.GaussianBlur(0.7))

def dev_misfeed(page, rng, bands):
    a = np.asarray(page, dtype=np.float32)
    H, W = a.shape; rows = []
    y = 0
    for (y0, y1, k) in bands:
        rows += [a[i] for i in range(y, y0)]
        n = int((y1 - y0) * k)
        for j in range(n):
            src = a[y0 + int(j / k)]; sh = int(round(2.5 * math.sin(j / 7.0)))
            rows.append(np.roll(src, sh))
        y = y1
    rows += [a[i] for i in range(y, H)]
    out = np.stack(rows)[:H + 200]
    out = out * 0.96 + rng.normal(0, 5, out.shape) + 4
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))

def dev_lidopen(page, rng):
    a = np.asarray(page, dtype=np.float32)
    H, W = a.shape; x = np.arange(W)[None, :]
    fall = np.clip((x - (W - 260)) / 260.0, 0, 1) ** 1.6
    a = a * (1 - 0.75 * fall)
    big = np.full((H + 240, W + 300), 8.0) + rng.normal(0, 3, (H + 240, W + 300))
    big[60:60 + H, 70:70 + W] = a
    return Image.fromarray(np.clip(big + rng.normal(0, 2, big.shape), 0, 255).astype(np.uint8))

def dev_sand(page, rng):
    a = np.asarray(page, dtype=np.float32).copy(); H, W = a.shape
    im = Image.fromarray(a.astype(np.uint8)); dr = ImageDraw.Draw(im)
    n = 1400
    ys = np.concatenate([rng.uniform(0, H, n // 6), H - np.abs(rng.normal(0, 110, n - n // 6))])
    xs = rng.uniform(0, W, n)
    for x, y in zip(xs, ys):
        r = rng.choice([1, 1, 1.5, 2]) if y < H - 300 else rng.uniform(1, 5)
        g = int(rng.uniform(40, 150))
        dr.ellipse((x - r, y - r * rng.uniform(0.6, 1.0), x + r, y + r), fill=g)
    a = np.asarray(im, dtype=np.float32) * 0.97 + rng.normal(0, 3, (H, W)) + 3
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))

def image_for(c, rng):
    pg = page_image(lines_of(c))
    d = c["defect"]
    if d == "duvet": return dev_duvet(pg, rng)
    if d == "coins": return dev_coins(pg, rng)
    if d == "cellophane": return dev_cellophane(pg, rng)
    if d == "inkblot": return dev_inkblot(pg, rng)
    if d == "misfeed": return dev_misfeed(pg, rng, [(945, 1035, 1.45)])
    if d == "misfeed2": return dev_misfeed(pg, rng, [(446, 490, 1.6), (862, 902, 1.8)])
    if d == "sand": return dev_sand(pg, rng)

def fixzip(data, path):
    import zipfile
    zin = zipfile.ZipFile(io.BytesIO(data)); out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for i in zin.infolist():
            zi = zipfile.ZipInfo(i.filename, (2026, 11, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(i.filename))
    open(path, "wb").write(out.getvalue())

def html_of(c):
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;")
    parts = ["<!DOCTYPE html><html><head><meta charset='utf-8'><style>td{padding:2px 10px}</style></head><body>"]
    for l in c["lines"]:
        if l == "ROWS":
            parts.append("<table border='1'>" + "".join("<tr>" + "".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>" for r in c["rows"]) + "</table>")
        elif l == "ADDR":
            parts.append("<p>" + "<br>".join(esc(x) for x in c["addr"]) + "</p>")
        elif l: parts.append(f"<p>{esc(l)}</p>")
    parts.append("</body></html>")
    return "\n".join(parts)

def eml_headers(m, h):
    for k in ("From", "To", "Subject"): m[k] = h[k]
    m["Date"] = format_datetime(h["Date"]); m["Message-ID"] = "<%s@sample.example>" % zlib.crc32(h["Subject"].encode())

def build(c):
    stem = f"{c['n']}-{c['slug']}"; rng = np.random.default_rng(5000 + int(c["n"]))
    f = c["fmt"]
    if f == "pdf2col": ext = "pdf"; text_pdf(os.path.join(HERE, stem + ".pdf"), None, (c["left"], c["right"]))
    elif f == "pdf": ext = "pdf"; text_pdf(os.path.join(HERE, stem + ".pdf"), c["pages"])
    elif f == "txt":
        ext = "txt"; open(os.path.join(HERE, stem + ".txt"), "w", encoding="utf-8").write("\n".join(c["lines"]) + "\n")
    elif f in ("jpg", "png", "tif"):
        ext = f; im = image_for(c, rng); p = os.path.join(HERE, stem + "." + f)
        if f == "jpg": im.save(p, quality=80)
        elif f == "png": im.save(p, optimize=True)
        else: im.save(p, compression="tiff_deflate", dpi=(200, 200))
    elif f == "scanpdf":
        ext = "pdf"; image_for(c, rng).save(os.path.join(HERE, stem + ".pdf"), "PDF", resolution=200.0,
            creationDate=__import__("time").strptime("2026-11-20", "%Y-%m-%d"), modDate=__import__("time").strptime("2026-11-20", "%Y-%m-%d"))
    elif f == "docx":
        ext = "docx"; d = docx.Document()
        for l in c["lines"]:
            if l == "TABLE":
                t = d.add_table(rows=0, cols=len(c["table"][0])); t.style = "Table Grid"
                for r in c["table"]:
                    cells = t.add_row().cells
                    for i, x in enumerate(r): cells[i].text = x
            else:
                p = d.add_paragraph(l)
                if l.isupper() and len(l) > 3: p.runs[0].bold = True
        for l in c["after"]: d.add_paragraph(l)
        cp = d.core_properties; cp.author = "sample"; cp.created = cp.modified = dt.datetime(2026, 11, 1)
        buf = io.BytesIO(); d.save(buf); fixzip(buf.getvalue(), os.path.join(HERE, stem + ".docx"))
    elif f == "eml_html":
        ext = "eml"; m = EmailMessage(); eml_headers(m, c["hdr"])
        m.set_content("This message has an HTML letter. If you cannot see it, sign in to your account.")
        m.add_alternative(html_of(c), subtype="html"); m.set_boundary("=_sample_alt_%s" % c["n"])
        open(os.path.join(HERE, stem + ".eml"), "wb").write(bytes(m))
    elif f == "eml_fwd":
        ext = "eml"; inner = EmailMessage(); eml_headers(inner, c["inner"]); inner.set_content("\n".join(c["lines"]) + "\n")
        m = EmailMessage(); eml_headers(m, c["hdr"]); m.set_content(c["note_body"] + "\n")
        m.add_attachment(inner); m.set_boundary("=_sample_mix_%s" % c["n"])
        open(os.path.join(HERE, stem + ".eml"), "wb").write(bytes(m))
    key = {"file": f"{stem}.{ext}", "_note": "FICTIONAL. " + c["note"]}
    for k, v in c["key"].items():
        if isinstance(v, dt.date): v = v.isoformat()
        elif isinstance(v, list): v = [x.isoformat() if isinstance(x, dt.date) else x for x in v]
        key[k] = v
    json.dump(key, open(os.path.join(HERE, stem + ".expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    return key

def date_forms(d): return [us(d), lng(d), es(d), esn(d), f"{d.day}, {d.day + 1}", ]

def check(c):
    t = all_text(c); k = c["key"]; bad = []
    flat = " ".join(t.replace("   ", " ").split())
    for f in ("patient_name", "member_id", "claim_number", "appeals_fax"):
        if k[f] and k[f] not in t: bad.append(f)
    for f in ("procedure_codes", "diagnosis_codes", "carc_codes"):
        for v in k[f]:
            if v not in t: bad.append(f"{f}:{v}")
    def has_date(d):
        if any(x in t for x in (us(d), lng(d), es(d), esn(d))): return True
        # a list of days of one month ("los días 25, 26 y 27 de agosto de 2026")
        return f"{d.day}" in t and f"de {MES[d.month-1]} de {d.year}" in t and "días" in t
    if not has_date(k["notice_date"]): bad.append("notice_date")
    for d in k["service_dates"]:
        if not has_date(d): bad.append(f"service_date:{d}")
    if c.get("stated") and not has_date(k["appeal_deadline"]): bad.append("appeal_deadline")
    if k["appeals_address"]:
        for part in k["appeals_address"].split(", "):
            if part not in flat: bad.append(f"address:{part}")
    if not c.get("computed") and k["deadline_basis"] and k["deadline_basis"] not in flat: bad.append("deadline_basis")
    return bad

if __name__ == "__main__":
    want = sys.argv[1:]
    if not want:
        for p in glob.glob(os.path.join(HERE, "[0-9][0-9]-*")): os.remove(p)
    fails = 0; nfields = 0; es_n = 0
    for c in CASES:
        if want and c["n"] not in want: continue
        key = build(c); bad = check(c)
        nfields += len([k for k in key if k not in ("file", "_note")]); es_n += c["lang"] == "es"
        print(c["n"], key["file"], "OK" if not bad else "MISSING " + ", ".join(bad))
        fails += bool(bad)
    print(f"{len(CASES)} notices ({es_n} in Spanish), {nfields} keyed fields; self-check: " + ("all keys found" if not fails else f"{fails} notices FAIL"))
    sys.exit(1 if fails else 0)
