"""Set 31's notices as data. FICTIONAL: every person, plan, provider, number and address is invented.

Each function returns a dict: its printed lines (a leading '#' is bold, a tab separates cells), the file kind and
image device, the key's facts, and the anchors make_set.check() tests the key against.
Dates are written by the helpers below, so the printed text and the key come from one value.
"""
from datetime import date, timedelta

MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]


def us(d): return f"{d.month:02d}/{d.day:02d}/{d.year}"
def long(d): return f"{MON_EN[d.month - 1]} {d.day}, {d.year}"
def abbr(d): return f"{MON_EN[d.month - 1][:3]} {d.day}, {d.year}"
def dlong(d): return f"{d.day} {MON_EN[d.month - 1]} {d.year}"
def dmon(d): return f"{d.day:02d}-{MON_EN[d.month - 1][:3]}-{d.year}"
def es(d): return f"{d.day} de {MON_ES[d.month - 1]} de {d.year}"
def iso(d): return d.isoformat()
def faxd(d): return f"{MON_EN[d.month - 1][:3].upper()}-{d.day:02d}-{d.year}"


FMT = {"us": us, "long": long, "abbr": abbr, "dlong": dlong, "dmon": dmon, "es": es, "iso": iso, "faxd": faxd}
D = date
FICT_EN = "FICTIONAL SAMPLE - invented people, plan and numbers; not a real notice."
FICT_ES = "MUESTRA FICTICIA - personas, plan y números inventados; no es un aviso real."


# ----------------------------------------------------------------------------------------------------------- 01
def c01():
    nd = D(2026, 11, 9)
    s_paid, s_den = D(2026, 9, 14), D(2026, 10, 6)
    due = nd + timedelta(days=120)
    lines = [
        "#Medicare Summary Notice for Part B (Medical Insurance)",
        FICT_EN,
        "",
        "#LORETTA VASQUEZ-HILL\tNotice Date: " + long(nd),
        "2217 Tamarack Court\tMedicare Number: 5EG4-TE6-MK72",
        "Rapid City, SD 57701\tClaims processed August 1 - October 31, 2026",
        "",
        "#Your Claims & Costs This Period",
        "Did Medicare approve all services?  NO - See claim 2 below.",
        "Total you may be billed: $1,146.00",
        "",
        "#Claim 1 of 2 - Claim number 26-28791-0433-217",
        "Black Hills Behavioral Associates, PC, service on " + us(s_paid),
        "Service provided\tApproved?\tMedicare paid\tYou may be billed",
        "Office visit, established patient (99214)\tYes\t$96.14\t$24.54",
        "Added psychotherapy, 30 min (90833)\tYes\t$58.02\t$14.81",
        "",
        "#Claim 2 of 2 - Claim number 26-29105-0871-044",
        "Blue Heron Interventional Pain, PLLC, service on " + us(s_den),
        "Service provided\tApproved?\tMedicare paid\tYou may be billed",
        "Nerve block, neck facet joint, first level (64490)\tNo  A\t$0.00\t$612.00",
        "Nerve block, neck facet joint, added level (64491)\tNo  A\t$0.00\t$534.00",
        "",
        "#Notes for Claim 2",
        "A  Medicare won't pay for these services because the records sent do not show they",
        "   were reasonable and necessary for your condition (not medically necessary).",
        "   If you signed no advance notice, the provider may not bill you.",
        "",
        "#How to Handle Denied Claims or File an Appeal",
        "If you disagree with a coverage or payment decision on this notice, you may appeal.",
        "Appeals must be filed by " + long(due) + ". Circle the services you disagree with,",
        "explain why on this page or a separate sheet, sign it, and send it with a copy of this",
        "notice to the Medicare contractor below. Keep a copy for your records.",
        "#Send your redetermination request to:",
        "Keystone Plains Medicare Services",
        "Part B Redeterminations",
        "PO Box 70155",
        "Harrisburg, PA 17106",
        "Questions about this notice: 1-555-0142 (TTY 1-555-0143). The Medicare office above",
        "does not take appeals by phone. Your own address is shown only for mailing.",
    ]
    return dict(
        n=1, slug="original-medicare-msn-facet-block-necessity-pill-bottle-photo", lang="en", kind="jpg",
        device="pill_bottle", lines=lines, tabs={2: [120, 980], 4: [120, 1000, 1200, 1400]},
        key=dict(patient_name="LORETTA VASQUEZ-HILL", member_id="5EG4-TE6-MK72",
                 claim_number="26-29105-0871-044", procedure_codes=["64490", "64491"],
                 denial_category="medical_necessity", plan_type="medicare", urgent=False),
        nd=("Notice Date:", long(nd), nd), sd=[(us(s_den), s_den)],
        cat_ev=["reasonable and necessary"], plan_ev=["Medicare Summary Notice"],
        window=("date", long(due), due, "Appeals must be filed by " + long(due)),
        addr=["Keystone Plains Medicare Services", "Part B Redeterminations", "PO Box 70155", "Harrisburg, PA 17106"],
        traps=["26-28791-0433-217", "99214", us(s_paid), "August 1 - October 31, 2026", "2217 Tamarack Court"],
        note="FICTIONAL. An Original Medicare Summary Notice of two claims: claim 2, a neck facet nerve block at two "
             "levels (64490, 64491) on 10/06/2026, is not reasonable and necessary; claim 1 (99214, 90833, "
             "09/14/2026) was paid. No CARC or diagnosis printed. Photographed on a kitchen counter with an orange "
             "prescription bottle lying on the bottom margin and its shadow. Window stated as a date (notice + 120 "
             "days). Traps: the paid claim, the processing period, the member's own address.")


# ----------------------------------------------------------------------------------------------------------- 02
def c02():
    nd = D(2026, 11, 20)
    rec, start, dob = D(2026, 11, 18), D(2026, 12, 1), D(1949, 2, 27)
    due = nd + timedelta(days=65)
    lines = [
        "#HARBORVIEW ADVANTAGE PLAN (HMO)",
        "4400 Shoreline Boulevard, Suite 300, Tacoma, WA 98402  *  Utilization Management",
        FICT_EN,
        "",
        "#NOTICE OF DENIAL OF MEDICAL COVERAGE",
        "Date: " + us(nd),
        "Name: Bartholomew Okonkwo-Reyes\tMember number: HVA004917263",
        "Date of birth: " + us(dob) + "\tMedicare Beneficiary ID: 7QK2-WN4-TX81",
        "Case number: UM-26-1120-0487\tRequested by: Dr. Selma Arvidsson, MD",
        "",
        "#Your request was denied",
        "We have denied the medical services listed below that you or your doctor asked for.",
        "Service requested: a course of repetitive transcranial magnetic stimulation for",
        "depression - treatment planning (90867) and daily treatment sessions (90868),",
        "diagnosis F33.2, planned to begin " + us(start) + ". We received the request on " + us(rec) + ".",
        "",
        "#Why we denied your request",
        "Our physician reviewer found the treatment is not medically necessary for you at this",
        "time. The records do not show two antidepressant trials at an adequate dose and length",
        "during this episode, which our TMS coverage criteria require.",
        "",
        "#We made this decision on an expedited (fast) basis",
        "because your doctor told us that waiting could seriously harm your health.",
        "",
        "#You have the right to appeal our decision",
        "You must ask for an appeal within 65 calendar days of the date of this notice.",
        "We can give you more time if you have a good reason for missing the deadline.",
        "Fast appeals are decided within 72 hours. You, your doctor or your representative",
        "may ask. Call 1-555-0117 or fax a fast appeal to 1-555-0118.",
        "#Mail a standard appeal to:",
        "Harborview Advantage Plan",
        "Attn: Appeals and Grievances Department",
        "PO Box 33918",
        "Tacoma, WA 98433",
        "Do not mail appeals to the Utilization Management office in our letterhead.",
        "cc: Puget Mind Neuromodulation Center, 1180 Pacific Avenue, Tacoma, WA 98402",
    ]
    return dict(
        n=2, slug="medicare-advantage-tms-request-expedited-autoreduced-fax-tiff", lang="en", kind="tif",
        device="fax_autoreduce", lines=lines, tabs=[120, 820],
        fax_header=f"{faxd(nd)} 14:32  FROM: HARBORVIEW ADV UM  1-555-0117   TO: 15550163   P.001/001",
        key=dict(patient_name="Bartholomew Okonkwo-Reyes", member_id="HVA004917263", claim_number="UM-26-1120-0487",
                 procedure_codes=["90867", "90868"], diagnosis_codes=["F33.2"],
                 denial_category="medical_necessity", plan_type="medicare_advantage", urgent=True),
        nd=("Date:", us(nd), nd), sd=[],
        cat_ev=["not medically necessary"], plan_ev=["ADVANTAGE PLAN (HMO)", "Medicare Beneficiary ID"],
        urg_ev="expedited (fast) basis",
        window=("days", 65, "You must ask for an appeal within 65 calendar days of the date of this notice"),
        addr=["Harborview Advantage Plan", "Attn: Appeals and Grievances Department", "PO Box 33918",
              "Tacoma, WA 98433"],
        traps=["7QK2-WN4-TX81", us(dob), us(rec), us(start), "72 hours", "4400 Shoreline Boulevard"],
        note="FICTIONAL. A Medicare Advantage HMO's notice of denial of medical coverage for a planned TMS course "
             "(90867, 90868; F33.2), not medically necessary, decided on an expedited basis. A request before "
             "care: no service dates or CARC. A legal-length page faxed in fine mode; the receiving machine's "
             "auto-reduce squeezed it to letter length (79% vertically only), 1-bit G4 TIFF with the sender's "
             "header line. Window stated: 65 calendar days. Traps: the Medicare Beneficiary ID, DOB, received "
             "date, planned start, the letterhead and the clinic's addresses, 72 hours.")


# ----------------------------------------------------------------------------------------------------------- 03
def c03():
    nd, rec, dob = D(2026, 11, 17), D(2026, 11, 14), D(1952, 6, 3)
    lines = [
        "#NorthArc Pharmacy Solutions  |  on behalf of Cascade Senior Rx (PDP)",
        "NorthArc Pharmacy Solutions, 9 Ridgeline Parkway, Meridian, ID 83642",
        FICT_EN,
        "",
        "#Notice of Denial of Medicare Prescription Drug Coverage",
        "#ABOUT YOU\t#ABOUT THIS DECISION",
        "Enrollee: Wilhelmina Sato-Brennan\tDate of notice: " + long(nd),
        "Member ID: RXP 8842 1907 55\tCoverage determination no.: CD-2611-775301",
        "Date of birth: " + us(dob) + "\tRequest received: " + long(rec),
        "Medicare Number: 3TR9-HD1-YC64\tType of review: standard",
        "Prescriber: Owen Takahashi, MD\tDrug: brexpiprazole 1 mg tablets, 30 per 30 days",
        "",
        "#What we decided",
        "We denied your request for brexpiprazole 1 mg, which your prescriber asked us to cover",
        "as an add-on treatment for major depression. Under our plan's step therapy rule, this",
        "drug is covered only after you have tried aripiprazole, a drug on our Drug List for",
        "the same use, or your prescriber tells us why it would not work or would harm you.",
        "We found no record of an aripiprazole trial and no statement from your prescriber.",
        "",
        "#Your right to ask for a redetermination",
        "If you disagree, you or your prescriber may ask us to review this decision. You have",
        "65 days from the date of this notice to ask for a redetermination. If you need a fast",
        "decision because waiting may seriously harm your health, ask for an expedited review;",
        "we decide those within 72 hours.",
        "#Mail your written request to:",
        "Cascade Senior Rx",
        "c/o NorthArc Pharmacy Solutions",
        "Attn: Part D Redeterminations",
        "PO Box 61440",
        "Boise, ID 83711",
        "Fax: 1-555-0124. Do not send redetermination requests to the pharmacy claims address,",
        "PO Box 61002, Boise, ID 83711.",
        "If we say no again, your case can go on to an independent review entity. Questions?",
        "Call 1-555-0125, 8 a.m. to 8 p.m., seven days a week.",
    ]
    return dict(
        n=3, slug="part-d-brexpiprazole-step-therapy-two-column-text-pdf", lang="en", kind="pdf",
        device=None, lines=lines, tabs=[54, 310],
        key=dict(patient_name="Wilhelmina Sato-Brennan", member_id="RXP 8842 1907 55", claim_number="CD-2611-775301",
                 denial_category="step_therapy", plan_type="medicare_part_d", urgent=False),
        nd=("Date of notice:", long(nd), nd), sd=[],
        cat_ev=["step therapy"], plan_ev=["Medicare Prescription Drug Coverage", "(PDP)"],
        window=("days", 65, "You have 65 days from the date of this notice to ask for a redetermination"),
        addr=["Cascade Senior Rx", "c/o NorthArc Pharmacy Solutions", "Attn: Part D Redeterminations",
              "PO Box 61440", "Boise, ID 83711"],
        traps=["3TR9-HD1-YC64", long(rec), us(dob), "PO Box 61002", "9 Ridgeline Parkway", "72 hours"],
        note="FICTIONAL. A Part D plan's pharmacy benefit manager denies brexpiprazole as an add-on for depression "
             "under step therapy (aripiprazole first). A standard coverage determination: no service dates, codes "
             "or CARC. Text PDF with a two-column box. Window stated: 65 days. Traps: Medicare Number, received "
             "date, DOB, the pharmacy claims box, the PBM's letterhead, 72 hours.")


# ----------------------------------------------------------------------------------------------------------- 04
def c04():
    nd, rec, dob, eff = D(2026, 11, 23), D(2026, 11, 19), D(1987, 8, 4), D(2026, 12, 3)
    lines = [
        "#Buckeye Commons Health Plan",
        "A Medicaid managed care plan  *  2150 Ridgeview Parkway, Columbus, OH 43215",
        FICT_EN,
        "",
        "#NOTICE OF ADVERSE BENEFIT DETERMINATION",
        "Date: " + long(nd),
        "",
        "Tobias Wren-Adeyemi",
        "48 Alum Creek Lane, Apt 2",
        "Columbus, OH 43205",
        "",
        "Member: Tobias Wren-Adeyemi          Medicaid ID: 110498237715",
        "Date of birth: " + us(dob) + "         Authorization request: 2026-PA-0093381",
        "",
        "Dear Tobias Wren-Adeyemi:",
        "On " + long(rec) + ", Dr. Hannelore Vance asked us to approve a continuation course of",
        "electroconvulsive therapy, 12 treatments (90870), for severe recurrent major",
        "depression (F33.2). We have denied this request. Our reviewing psychiatrist decided",
        "the treatment is not medically necessary because your records do not show relapse",
        "after the first course ended. This decision takes effect on " + long(eff) + ".",
        "",
        "#YOUR RIGHT TO APPEAL",
        "You have 60 calendar days from the date on this notice to ask for an appeal. You can",
        "ask by phone at 1-555-0131 or in writing. If you need a fast decision, tell us; fast",
        "appeals are decided within 72 hours.",
        "Send a written appeal to:",
        "Buckeye Commons Health Plan",
        "Attn: Member Appeals",
        "1800 Lockbourne Road, Mail Stop 4B",
        "Columbus, OH 43207",
        "",
        "If you want your services to continue during the appeal, you must ask within 10",
        "calendar days of this notice or before the date the decision takes effect.",
        "After the appeal you may ask for a state hearing within 120 calendar days of our",
        "appeal decision. State Hearings Office, PO Box 18220, Columbus, OH 43218.",
    ]
    return dict(
        n=4, slug="medicaid-mco-ect-continuation-request-cockled-paper-png", lang="en", kind="png",
        device="cockled", lines=lines, tabs=[120],
        key=dict(patient_name="Tobias Wren-Adeyemi", member_id="110498237715", claim_number="2026-PA-0093381",
                 procedure_codes=["90870"], diagnosis_codes=["F33.2"],
                 denial_category="medical_necessity", plan_type="medicaid", urgent=False),
        nd=("Date:", long(nd), nd), sd=[],
        cat_ev=["not medically necessary"], plan_ev=["Medicaid managed care plan"],
        window=("days", 60, "You have 60 calendar days from the date on this notice to ask for an appeal"),
        addr=["Buckeye Commons Health Plan", "Attn: Member Appeals", "1800 Lockbourne Road, Mail Stop 4B",
              "Columbus, OH 43207"],
        traps=[us(dob), long(rec), long(eff), "10\ncalendar days", "120 calendar days", "2150 Ridgeview Parkway",
               "48 Alum Creek Lane", "PO Box 18220"],
        note="FICTIONAL. An Ohio Medicaid managed-care plan denies a continuation course of ECT (90870; F33.2) "
             "before care: not medically necessary. No service dates or CARC. A letter that got wet and dried "
             "cockled: the paper ripples, shaded as the scanner's lamp crossed it; grey PNG. Window stated: 60 "
             "calendar days. Traps: DOB, received and effective dates, 10 and 120 days, letterhead, the member's "
             "address and the hearings office.")


# ----------------------------------------------------------------------------------------------------------- 05
def c05():
    nd, dob = D(2026, 11, 16), D(2015, 4, 9)
    s1, s2, paid = D(2026, 10, 28), D(2026, 11, 4), D(2026, 10, 21)
    due = nd + timedelta(days=60)
    lines = [
        "#LONE STAR KIDS HEALTH PLAN",
        "Children's Health Insurance Program (CHIP)  -  Member Services, 7600 Metric Blvd, Austin, TX 78758",
        FICT_EN,
        "",
        "Mailed on: " + long(nd),
        "",
        "To the parent or guardian of Ezekiel Quintero",
        "Marisol Quintero, 311 Pecan Hollow Drive, Round Rock, TX 78664",
        "",
        "#Explanation of denied claim",
        "Child's name\tEzekiel Quintero",
        "Child's CHIP member ID\tCHP-5520193-01",
        "Household case number\t7710294433 (not a member ID)",
        "Date of birth\t" + us(dob),
        "Claim number\t2026 318 44071",
        "Provider\tHill Country Child & Family Counseling",
        "",
        "Date of service\tCode\tDiagnosis\tBilled\tPaid\tAdjustment",
        us(paid) + "\t90834\tF43.23\t$140.00\t$92.00\t-",
        us(s1) + "\t90834\tF43.23\t$140.00\t$0.00\tCO-119",
        us(s2) + "\t90834\tF43.23\t$140.00\t$0.00\tCO-119",
        "",
        "CO-119: Your child's plan covers up to 20 outpatient therapy visits each benefit year.",
        "The visits on the two lines marked CO-119 were visits 21 and 22, beyond that maximum.",
        "The visit on " + us(paid) + " (visit 20) was paid and is not part of this denial.",
        "",
        "#If you disagree",
        "You or your child's representative may ask for an appeal within 60 days from the date",
        "this letter was mailed. Write to:",
        "Lone Star Kids Health Plan, Appeals Unit, PO Box 149207, Austin, TX 78714.",
        "If we keep our decision, you may ask the state for an independent review; the appeal",
        "decision letter will explain how. Questions: 1-555-0136 (TTY 711).",
    ]
    return dict(
        n=5, slug="chip-child-therapy-visit-cap-paperclipped-scan-png", lang="en", kind="png",
        device="paperclip", lines=lines, tabs={2: [120, 560], 6: [120, 400, 560, 760, 960, 1160]},
        key=dict(patient_name="Ezekiel Quintero", member_id="CHP-5520193-01", claim_number="2026 318 44071",
                 procedure_codes=["90834"], diagnosis_codes=["F43.23"], carc_codes=["CO-119"],
                 denial_category="benefit_limit", plan_type="chip", urgent=False),
        nd=("Mailed on:", long(nd), nd), sd=[(us(s1), s1), (us(s2), s2)],
        cat_ev=["CO-119", "maximum"], plan_ev=["Children's Health Insurance Program (CHIP)"],
        window=("days", 60, "may ask for an appeal within 60 days from the date\nthis letter was mailed"),
        addr=["Lone Star Kids Health Plan", "Appeals Unit", "PO Box 149207", "Austin, TX 78714"],
        traps=["Marisol Quintero", "7710294433", us(dob), us(paid), "7600 Metric Blvd", "311 Pecan Hollow Drive"],
        note="FICTIONAL. A separate CHIP plan's letter to a mother about her son's therapy visits 21 and 22 "
             "(90834; F43.23) past the 20-visit benefit-year maximum (CO-119): benefit_limit. Visit 20 paid. "
             "Scanned grey with a second sheet paper-clipped behind it: the clip and its shadow at the top "
             "right, the back sheet's edges along the top and left. Window stated: 60 days from mailing. Traps: the mother, the household "
             "case number, DOB, the paid line, Member Services' and the family's addresses.")


# ----------------------------------------------------------------------------------------------------------- 06
def c06():
    nd = D(2026, 11, 5)
    p1, p2, d1, d2 = D(2026, 9, 30), D(2026, 10, 2), D(2026, 10, 14), D(2026, 10, 21)
    lines = [
        "#TRICARE EXPLANATION OF BENEFITS",
        "This is not a bill.   TRICARE East Claims Processing (FICTIONAL), PO Box 46200, Conway, SC 29528",
        FICT_EN,
        "",
        "Date of notice: " + us(nd) + "\tBeneficiary: CASSIDY R LINDQVIST",
        "Program: TRICARE Select\tDoD Benefits Number: 11874402915",
        "Sponsor: DARNELL LINDQVIST\tSponsor DoD ID: 1620938471",
        "",
        "#CLAIM 2026287 00412 - PAID",
        "Mercy Lake Counseling   " + us(p1) + "   90837   F33.2   billed $210.00   paid $151.20",
        "#CLAIM 2026290 00388 - PAID",
        "Dr. Anika Rosales      " + us(p2) + "   99214   F33.2   billed $180.00   paid $118.47",
        "#CLAIM 2026301 00917 - DENIED",
        "Clearwater Infusion Clinic, LLC",
        "Service dates\tProcedure\tDiagnosis\tBilled\tAllowed\tRemark",
        us(d1) + "\t96365\tF33.2\t$380.00\t$0.00\tCO-56",
        us(d1) + "\tJ3490\tF33.2\t$95.00\t$0.00\tCO-56",
        us(d2) + "\t96365\tF33.2\t$380.00\t$0.00\tCO-56",
        us(d2) + "\tJ3490\tF33.2\t$95.00\t$0.00\tCO-56",
        "CO-56: Ketamine given by vein for depression is unproven under TRICARE policy and is",
        "not a covered benefit. You may be billed for the denied amount.",
        "",
        "#RIGHT TO APPEAL",
        "If you disagree with the denial, you must file your request for reconsideration within",
        "90 days from the date of this notice. Include a copy of this EOB and any new records.",
        "Send reconsideration requests to:",
        "TRICARE East Claims Processing",
        "Attn: Reconsiderations",
        "PO Box 46140",
        "Conway, SC 29528",
        "Claims go to PO Box 46200 - that box does not handle appeals.",
        "Help: a Beneficiary Counseling and Assistance Coordinator, or call 1-555-0151.",
    ]
    return dict(
        n=6, slug="tricare-select-ketamine-unproven-three-claim-eob-staggered-sensor-pdf", lang="en", kind="pdfimg",
        device="stagger", lines=lines, tabs={2: [120, 900], 6: [120, 380, 600, 820, 1040, 1260]},
        key=dict(patient_name="CASSIDY R LINDQVIST", member_id="11874402915", claim_number="2026301 00917",
                 procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"], carc_codes=["CO-56"],
                 denial_category="experimental_investigational", plan_type="tricare", urgent=False),
        nd=("Date of notice:", us(nd), nd), sd=[(us(d1), d1), (us(d2), d2)],
        cat_ev=["unproven"], plan_ev=["TRICARE Select"],
        window=("days", 90, "you must file your request for reconsideration within\n90 days from the date of this notice"),
        addr=["TRICARE East Claims Processing", "Attn: Reconsiderations", "PO Box 46140", "Conway, SC 29528"],
        traps=["DARNELL LINDQVIST", "1620938471", "2026287 00412", "2026290 00388", us(p1), us(p2), "90837",
               "99214", "PO Box 46200"],
        note="FICTIONAL. A TRICARE Select EOB of three claims for a sponsor's spouse: the third, IV ketamine for "
             "depression on 2 days (96365, J3490; F33.2), is denied as unproven (CO-56); two are paid. Image-only "
             "PDF from a sheet-fed scanner whose staggered sensor rows are out of line (odd pixel columns a few "
             "rows low: combed edges). Window stated: 90 days. Traps: sponsor and his DoD ID, the paid claims, "
             "their dates and codes, the claims box.")


# ----------------------------------------------------------------------------------------------------------- 07
def c07():
    nd, s1, s2, adm = D(2026, 11, 13), D(2026, 10, 7), D(2026, 10, 9), D(2026, 10, 6)
    lines = [
        "#FEDERAL GUARDIAN BENEFIT PLAN",
        "A health benefits plan for federal employees, annuitants and their families (FEHB)",
        "Claims Office: 500 Monocacy Boulevard, Frederick, MD 21701",
        FICT_EN,
        "",
        "Letter date: " + long(nd),
        "",
        "Imogen Castellanos-Pike",
        "72 Sugarloaf Terrace",
        "Germantown, MD 20874",
        "",
        "Re: Member ID R48291736, claim FG-26-3108-55290",
        "",
        "Dear Ms. Castellanos-Pike:",
        "We reviewed the claim from Linganore Psychiatric Hospital for electroconvulsive",
        "therapy (90870) with anesthesia (00104), given on " + long(s1) + " and " + long(s2) + ",",
        "for major depression, recurrent, severe with psychotic features (F33.3). We cannot pay",
        "it. Your plan brochure requires precertification for ECT, and no one asked us to",
        "precertify these treatments before they were given (CO-197). You were admitted on",
        long(adm) + "; that inpatient stay was precertified and is processed separately.",
        "",
        "If you disagree, you may ask us in writing to reconsider our decision within 6 months",
        "from the date of this letter. Send your request, with the reasons and any records, to",
        "Federal Guardian Benefit Plan, Reconsideration Unit, 2250 Commerce Park Drive,",
        "Suite 410, Frederick, MD 21704.",
        "If we do not change our decision, you may ask the Federal Employee Insurance Review",
        "Office, PO Box 40115, Washington, DC 20044, to review it within 90 days after our",
        "reconsideration decision. Questions: 1-555-0160.",
        "",
        "Sincerely,",
        "Claims Review Department",
    ]
    return dict(
        n=7, slug="fehb-ect-no-precertification-glass-desk-reflection-photo", lang="en", kind="jpg",
        device="reflection", lines=lines, tabs=[120],
        key=dict(patient_name="Imogen Castellanos-Pike", member_id="R48291736", claim_number="FG-26-3108-55290",
                 procedure_codes=["90870", "00104"], diagnosis_codes=["F33.3"], carc_codes=["CO-197"],
                 denial_category="prior_authorization", plan_type="fehb", urgent=False),
        nd=("Letter date:", long(nd), nd), sd=[(long(s1), s1), (long(s2), s2)],
        cat_ev=["precertification", "CO-197"], plan_ev=["(FEHB)"],
        window=("months", 6, "within 6 months\nfrom the date of this letter"),
        addr=["Federal Guardian Benefit Plan", "Reconsideration Unit", "2250 Commerce Park Drive", "Suite 410",
              "Frederick, MD 21704"],
        traps=[long(adm), "90 days", "500 Monocacy Boulevard", "PO Box 40115", "72 Sugarloaf Terrace"],
        note="FICTIONAL. An FEHB carrier's letter: ECT with anesthesia on 2 days (90870, 00104; F33.3) without the "
             "precertification its brochure requires (CO-197): prior_authorization. Facts in sentences. "
             "Photographed on a glass-topped desk that reflects a bright window (panes, bars and a tree) over "
             "part of the page. Window stated: 6 months (calendar). Traps: the precertified admission date, "
             "OPM-style review office and 90 days, the claims office and home addresses.")


# ----------------------------------------------------------------------------------------------------------- 08
def c08():
    nd, pr = D(2026, 11, 24), D(2026, 12, 5)
    p1, d1, d2 = D(2026, 10, 6), D(2026, 10, 20), D(2026, 10, 27)
    due = nd + timedelta(days=65)
    lines = [
        "#Sunfield Medicare Advantage PPO - Member Portal",
        "Home | Claims | Benefits | Messages | Sign out",
        "Printed " + us(pr) + " 9:14 PM by member",
        FICT_EN,
        "#Claim details",
        "Member: Ruthanne Obi-Kowalczyk\tMember ID: MAP 7712 0038",
        "Notice date: " + us(nd) + "\tPlan: Sunfield Medicare Advantage PPO",
        "#Your recent claims",
        "Claim\tProvider\tDate of service\tCode\tStatus",
        "C26-2981-10077\tLakeshore Psychiatry\t" + us(p1) + "\t99214\tPaid",
        "C26-3019-88412\tLakeshore Psychiatry\t" + us(d1) + "\tG2083\tDenied",
        "C26-3019-88412\tLakeshore Psychiatry\t" + us(d2) + "\tG2083\tDenied",
        "#Claim C26-3019-88412",
        "Diagnosis: F33.2\tAdjustment: CO-197",
        "Why it was denied: Supervised esketamine nasal spray visits require approval from the",
        "plan before they are given. No prior authorization was on file for these dates.",
        "#Appeal this decision",
        "Appeal by: " + long(due),
        "Ask in writing, or use the Appeals form in Messages. Mail to:",
        "Sunfield Medicare Advantage PPO, Attn: Part C Appeals, PO Box 21877, Eagan, MN 55121",
        "Claims mailing address (not for appeals): PO Box 21800, Eagan, MN 55121",
        "Questions? 1-555-0171, 8 a.m. to 8 p.m. Central time.",
    ]
    return dict(
        n=8, slug="medicare-advantage-ppo-spravato-no-authorization-portal-html", lang="en", kind="html",
        device=None, lines=lines, tabs=None,
        key=dict(patient_name="Ruthanne Obi-Kowalczyk", member_id="MAP 7712 0038", claim_number="C26-3019-88412",
                 procedure_codes=["G2083"], diagnosis_codes=["F33.2"], carc_codes=["CO-197"],
                 denial_category="prior_authorization", plan_type="medicare_advantage", urgent=False),
        nd=("Notice date:", us(nd), nd), sd=[(us(d1), d1), (us(d2), d2)],
        cat_ev=["prior authorization"], plan_ev=["Medicare Advantage PPO"],
        window=("date", long(due), due, "Appeal by: " + long(due)),
        addr=["Sunfield Medicare Advantage PPO", "Attn: Part C Appeals", "PO Box 21877", "Eagan, MN 55121"],
        traps=["C26-2981-10077", us(p1), "99214", us(pr), "PO Box 21800"],
        note="FICTIONAL. A Medicare Advantage PPO member portal's claim page: supervised esketamine visits (G2083; "
             "F33.2) on 2 days denied for no prior authorization (CO-197); a paid visit listed above them. HTML "
             "with navigation, a print stamp, a table, a script and a hidden stale banner. Window stated as a "
             "date (notice + 65). Traps: the paid claim, its date and code, the print date, the claims box.")


# ----------------------------------------------------------------------------------------------------------- 09
def c09():
    nd = D(2026, 11, 9)
    ds = [D(2026, 11, 2), D(2026, 11, 3), D(2026, 11, 4)]
    due = nd + timedelta(days=180)
    lines = [
        "Hi Corinne,",
        "",
        "Forwarding the denial the TPA sent me. The letter was attached and I pasted it below.",
        "My TMS doctor says sessions 31 to 33 were part of the same course. Can we talk Tuesday?",
        "",
        "Desmond",
        "",
        "---------- Forwarded message ---------",
        "From: Pinecrest Benefit Administrators <noreply@pinecrest-tpa.example>",
        "Date: Tue, 10 Nov 2026 10:02:41 -0500",
        "Subject: Claim determination - TPA 2026 1104 733",
        "To: Desmond Albright-Nakamura <d.albright@mailbox.example>",
        "",
        "Meridian Tool & Die Employee Health Plan (a self-funded group health plan)",
        "Administered by Pinecrest Benefit Administrators, 300 Monument Avenue, Dayton, OH 45402",
        FICT_EN,
        "",
        "Date of notice: " + long(nd),
        "Participant: Desmond Albright-Nakamura",
        "Member ID: PBA-44019-27",
        "Group: MTD-0045",
        "Claim: TPA 2026 1104 733",
        "Provider: Miami Valley TMS Center",
        "",
        "Service date | Code | Diagnosis | Charge | Paid | Reason",
        us(ds[0]) + " | 90868 | F33.1 | $325.00 | $0.00 | CO-119",
        us(ds[1]) + " | 90868 | F33.1 | $325.00 | $0.00 | CO-119",
        us(ds[2]) + " | 90868 | F33.1 | $325.00 | $0.00 | CO-119",
        "",
        "CO-119: The plan pays for up to 30 transcranial magnetic stimulation sessions per",
        "calendar year. These sessions are numbers 31, 32 and 33 this year, beyond that maximum.",
        "",
        "Your right to appeal and the time limits for it are described in your Summary Plan",
        "Description. You may also request, free of charge, copies of the documents relevant",
        "to this claim. Written appeals should be sent to:",
        "Meridian Tool & Die Employee Health Plan",
        "c/o Pinecrest Benefit Administrators",
        "Attn: Appeals",
        "PO Box 5120",
        "Dayton, OH 45401",
        "New claims and corrected claims go to PO Box 5100, Dayton, OH 45401 (not appeals).",
        "Questions: 1-555-0177.",
    ]
    return dict(
        n=9, slug="self-funded-tpa-tms-session-cap-forwarded-email", lang="en", kind="eml",
        device=None, lines=lines, tabs=None,
        headers=dict(From="Desmond Albright-Nakamura <d.albright@mailbox.example>",
                     To="Corinne Batiste <cbatiste@advocates.example>",
                     Date="Tue, 01 Dec 2026 19:47:05 -0500",
                     Subject="Fwd: Claim determination - TPA 2026 1104 733"),
        key=dict(patient_name="Desmond Albright-Nakamura", member_id="PBA-44019-27", claim_number="TPA 2026 1104 733",
                 procedure_codes=["90868"], diagnosis_codes=["F33.1"], carc_codes=["CO-119"],
                 denial_category="benefit_limit", plan_type="employer_erisa", urgent=False),
        nd=("Date of notice:", long(nd), nd), sd=[(us(d), d) for d in ds],
        cat_ev=["CO-119", "maximum"], plan_ev=["self-funded group health plan"],
        window=("rule", "employer_erisa"),
        addr=["Meridian Tool & Die Employee Health Plan", "c/o Pinecrest Benefit Administrators", "Attn: Appeals",
              "PO Box 5120", "Dayton, OH 45401"],
        traps=["Tue, 10 Nov 2026", "Tue, 01 Dec 2026", "MTD-0045", "PO Box 5100", "300 Monument Avenue",
               "Corinne Batiste"],
        note="FICTIONAL. A self-funded employer plan's administrator denies TMS sessions 31-33 (90868; F33.1) "
             "past the 30-session yearly maximum (CO-119): benefit_limit. The member forwards the message to his "
             "advocate (plain-text .eml, the forwarded block not quoted). No window printed (points to the SPD): "
             "ERISA rule, 180 days from the notice date. Traps: both e-mail dates, the group, the claims box, the "
             "TPA's office, the advocate.")


# ----------------------------------------------------------------------------------------------------------- 10
def c10():
    nd = D(2026, 11, 4)
    ds = [D(2026, 10, 8), D(2026, 10, 15), D(2026, 10, 22)]
    lines = [
        "EVERGREEN STATE EMPLOYEES' HEALTH PLAN",
        "Public Employees Benefits Office - PO Box 41185 - Olympia, WA 98504",
        FICT_EN,
        "",
        "Date mailed: " + long(nd),
        "",
        "PRIYA RAMANATHAN-ELLIS",
        "1930 Cooper Point Road NW",
        "Olympia, WA 98502",
        "",
        "Subscriber ID: SEHP-0093-11847          Claim reference: 26-1029-40012",
        "",
        "Dear Priya Ramanathan-Ellis,",
        "",
        "We have finished processing a claim from Sound Trauma Therapy Collective for",
        "psychotherapy sessions of 60 minutes (procedure code 90837) on October 8, 15 and",
        "22, 2026, for chronic post-traumatic stress disorder (diagnosis code F43.12). The",
        "plan will not pay these sessions. The provider is not in the Evergreen Classic",
        "network, and your plan option pays only for in-network providers except in an",
        "emergency (adjustment reason CO-242).",
        "",
        "Because you are covered through a state employer plan, you may appeal. You have 180",
        "days from the date you receive this letter to file an appeal. Please mail your",
        "appeal and any records that support it to Evergreen State Employees' Health Plan,",
        "Member Appeals, 601 Capitol Way South, Room 214, Olympia, WA 98501. Questions",
        "about eligibility go to the Public Employees Benefits Office at the address above;",
        "that office does not decide appeals.",
        "",
        "Member Services: 1-555-0184",
    ]
    return dict(
        n=10, slug="state-employees-plan-psychotherapy-out-of-network-plain-text", lang="en", kind="txt",
        device=None, lines=lines, tabs=None,
        key=dict(patient_name="PRIYA RAMANATHAN-ELLIS", member_id="SEHP-0093-11847", claim_number="26-1029-40012",
                 procedure_codes=["90837"], diagnosis_codes=["F43.12"], carc_codes=["CO-242"],
                 denial_category="out_of_network", plan_type="governmental", urgent=False),
        nd=("Date mailed:", long(nd), nd), sd=[("list", "October 8, 15 and\n22, 2026", ds)],
        cat_ev=["not in the Evergreen Classic\nnetwork"], plan_ev=["state employer plan"],
        window=("days", 180, "You have 180\ndays from the date you receive this letter to file an appeal"),
        addr=["Evergreen State Employees' Health Plan", "Member Appeals", "601 Capitol Way South", "Room 214",
              "Olympia, WA 98501"],
        traps=["PO Box 41185", "1930 Cooper Point Road NW"],
        note="FICTIONAL. A state employees' plan (governmental) letter in plain text: psychotherapy on three days "
             "written as one list, 'October 8, 15 and 22, 2026', wrapped across lines (90837; F43.12), out of "
             "network (CO-242). Facts and the appeals address inside sentences. Window stated: 180 days from "
             "receipt. Traps: the benefits office's box (not for appeals), the member's address.")


# ----------------------------------------------------------------------------------------------------------- 11
def c11():
    nd, reached = D(2026, 11, 19), D(2026, 10, 30)
    ds = [D(2026, 3, 3), D(2026, 3, 5), D(2026, 3, 10)]
    lines = [
        "#Keelson Mutual Life Insurance Company",
        "Underwriter of the Northbridge University Student Health Insurance Plan",
        FICT_EN,
        "",
        "#CLAIM DETERMINATION NOTICE",
        "Date of issue: " + dlong(nd),
        "Student (insured): Anneliese Mbeki-Halvorsen\tStudent ID / Insured ID: NBU2026-118734",
        "Claim number: KM-55019-2026\tPolicy year: 1 August 2025 - 31 July 2026",
        "Provider: Riverside Adolescent & Young Adult Program\tThis claim reached us on: " + dlong(reached),
        "",
        "Date of service\tService\tCode\tDiagnosis\tReason",
        dmon(ds[0]) + "\tIntensive outpatient program, per day\tS9480\tF50.2\tCO-29",
        dmon(ds[1]) + "\tIntensive outpatient program, per day\tS9480\tF50.2\tCO-29",
        dmon(ds[2]) + "\tIntensive outpatient program, per day\tS9480\tF50.2\tCO-29",
        "",
        "#Explanation",
        "CO-29: The policy requires claims to be filed within 180 days of the date of service.",
        "This claim was filed after that limit, so it cannot be paid. If the claim was sent",
        "earlier, send proof of the first submission with your appeal.",
        "",
        "#Appeal rights",
        "You may appeal within 180 days after you receive this notice. Send it to:",
        "Keelson Mutual Life Insurance Company",
        "Student Health Appeals",
        "77 Harbor Street, Floor 9",
        "Boston, MA 02110",
        "After the final appeal you may ask for an independent external review within 4 months.",
        "Student Health Services at 1-555-0188 can help you prepare an appeal.",
    ]
    return dict(
        n=11, slug="student-plan-iop-late-filing-word-table", lang="en", kind="docx",
        device=None, lines=lines, tabs=None,
        key=dict(patient_name="Anneliese Mbeki-Halvorsen", member_id="NBU2026-118734", claim_number="KM-55019-2026",
                 procedure_codes=["S9480"], diagnosis_codes=["F50.2"], carc_codes=["CO-29"],
                 denial_category="timely_filing", plan_type="individual_aca", urgent=False),
        nd=("Date of issue:", dlong(nd), nd), sd=[(dmon(d), d) for d in ds],
        cat_ev=["CO-29", "filed after that limit"], plan_ev=["Student Health Insurance Plan"],
        window=("days", 180, "You may appeal within 180 days after you receive this notice"),
        addr=["Keelson Mutual Life Insurance Company", "Student Health Appeals", "77 Harbor Street, Floor 9",
              "Boston, MA 02110"],
        traps=[dlong(reached), "1 August 2025 - 31 July 2026", "4 months"],
        note="FICTIONAL. A university student health plan (individual_aca by the set's convention) denies three "
             "intensive outpatient program days (S9480; F50.2) in March 2026 as filed late (CO-29): timely_filing. "
             "Word file with two tables; dates written day first in words and as 03-Mar-2026. Window stated: 180 "
             "days after receipt. Traps: the day the claim reached the insurer, the policy year, 4 months.")


# ----------------------------------------------------------------------------------------------------------- 12
def c12():
    nd, dob, eff = D(2026, 11, 27), D(1979, 11, 27), D(2026, 12, 10)
    lines = [
        "#STATE OF WISCONSIN MEDICAL ASSISTANCE PROGRAM (FICTIONAL SAMPLE)",
        "Division of Medicaid Services - Prior Authorization Unit",
        "410 Prairie Lane, Madison, WI 53703",
        FICT_EN,
        "",
        "#NOTICE OF ACTION ON YOUR PRIOR AUTHORIZATION REQUEST",
        "Date of Notice: " + us(nd),
        "Member: CLEMENTINE ADUBA-FAIRWEATHER",
        "Medicaid ID: 4410 2937 861     Date of birth: " + us(dob),
        "PA number: PA 2026-31-07744",
        "Provider: Driftless Pain Medicine, SC",
        "",
        "#Action: DENIED",
        "Service: intravenous ketamine infusions, 6 sessions (96365, J3490)",
        "Diagnosis: complex regional pain syndrome I of the left arm (G90.512)",
        "Reason: Ketamine infusion for pain is not a covered service under the Wisconsin",
        "Medicaid State Plan. This is a fee-for-service Medicaid benefit decision; there is no",
        "health plan appeal. This action takes effect " + us(eff) + ".",
        "",
        "#YOUR RIGHT TO A FAIR HEARING",
        "If you disagree, you must ask for a fair hearing within 90 days of the date this",
        "notice was mailed. Send your signed request to:",
        "Office of Administrative Hearings",
        "Medicaid Hearings Section",
        "PO Box 7410",
        "Madison, WI 53707",
        "Services you already receive continue only if you ask within 10 days.",
        "Free legal help: 1-555-0192. Do not send hearing requests to the PA Unit above.",
    ]
    return dict(
        n=12, slug="medicaid-ffs-ketamine-crps-not-covered-cold-light-vignette-photo", lang="en", kind="jpg",
        device="cold_vignette", lines=lines, tabs=[120],
        key=dict(patient_name="CLEMENTINE ADUBA-FAIRWEATHER", member_id="4410 2937 861",
                 claim_number="PA 2026-31-07744", procedure_codes=["96365", "J3490"], diagnosis_codes=["G90.512"],
                 denial_category="not_covered", plan_type="medicaid", urgent=False),
        nd=("Date of Notice:", us(nd), nd), sd=[],
        cat_ev=["not a covered service"], plan_ev=["fee-for-service Medicaid"],
        window=("days", 90, "you must ask for a fair hearing within 90 days of the date this\nnotice was mailed"),
        addr=["Office of Administrative Hearings", "Medicaid Hearings Section", "PO Box 7410", "Madison, WI 53707"],
        traps=[us(dob), us(eff), "10 days", "410 Prairie Lane"],
        note="FICTIONAL. A fee-for-service Medicaid agency denies prior authorization for IV ketamine for CRPS of "
             "the left arm (96365, J3490; G90.512): not a covered service. A request before care: no service "
             "dates or CARC; the first step is the fair hearing. Phone photo under a cold LED ceiling light: a "
             "blue cast, strong vignetting and colour noise. Window stated: 90 days from mailing. Traps: the DOB "
             "(same day and month as the notice, 11/27/1979), the effective date, 10 days, the PA unit's office.")


# ----------------------------------------------------------------------------------------------------------- 13
def c13():
    nd, rec = D(2026, 11, 6), D(2026, 10, 29)
    ds = [D(2026, 10, 14), D(2026, 10, 21)]
    lines = [
        "#Plan Medicare Advantage Río Bravo (HMO)",
        "Oficina central: 8700 Wurzbach Road, San Antonio, TX 78240",
        FICT_ES,
        "",
        "#AVISO DE DENEGACIÓN DE PAGO",
        "Fecha del aviso: " + es(nd),
        "Miembro: Graciela Montoya Beltrán",
        "Número de miembro: 884120573",
        "Número de Medicare (no es su número del plan): 6PW3-KD8-RN17",
        "Número de reclamo: 2026-10-3371-08",
        "Proveedor: Centro de Terapia Alameda (fuera de la red)",
        "",
        "Recibimos el reclamo el " + es(rec) + ". Se trata de psicoterapia de grupo (90853)",
        "para trastorno de ansiedad generalizada (F41.1), dada el " + es(ds[0]) + " y el",
        es(ds[1]) + ". No podemos pagarla porque el proveedor no pertenece a la red",
        "de nuestro plan HMO y no hubo remisión ni emergencia. Código de ajuste: CO-242.",
        "",
        "#Su derecho a apelar",
        "Si no está de acuerdo, puede pedir una apelación (reconsideración) dentro de 65 días",
        "calendario a partir de la fecha de este aviso. Envíe su solicitud por escrito a:",
        "Plan Medicare Advantage Río Bravo",
        "Atención: Departamento de Apelaciones",
        "Apartado Postal 41109",
        "San Antonio, TX 78229",
        "Si mantenemos la denegación, su caso pasa solo a una entidad de revisión independiente.",
        "Preguntas: 1-555-0113 (TTY 711), de 8 a. m. a 8 p. m.",
        "",
        "Página 1 de 2",
    ]
    return dict(
        n=13, slug="medicare-advantage-terapia-grupo-fuera-de-red-hoja-encima-foto", lang="es", kind="jpg",
        device="overlap", lines=lines, tabs=[120],
        key=dict(patient_name="Graciela Montoya Beltrán", member_id="884120573", claim_number="2026-10-3371-08",
                 procedure_codes=["90853"], diagnosis_codes=["F41.1"], carc_codes=["CO-242"],
                 denial_category="out_of_network", plan_type="medicare_advantage", urgent=False),
        nd=("Fecha del aviso:", es(nd), nd), sd=[(es(d), d) for d in ds],
        cat_ev=["no pertenece a la red", "CO-242"], plan_ev=["Medicare Advantage"],
        window=("days", 65, "dentro de 65 días\ncalendario a partir de la fecha de este aviso"),
        addr=["Plan Medicare Advantage Río Bravo", "Atención: Departamento de Apelaciones", "Apartado Postal 41109",
              "San Antonio, TX 78229"],
        traps=["6PW3-KD8-RN17", es(rec), "8700 Wurzbach Road"],
        note="FICTIONAL. Spanish. A Medicare Advantage HMO denies payment for group psychotherapy on 2 days "
             "(90853; F41.1) by a provider outside its network (CO-242). Phone photo of page 1 with page 2 lying "
             "across its lower right corner (it covers the end of the phone line and the blank foot; no keyed field). Window stated: "
             "65 días calendario. Traps: the Medicare number, the day the claim was received, the main office.")


# ----------------------------------------------------------------------------------------------------------- 14
def c14():
    nd, dob, rec, eff = D(2026, 11, 12), D(1972, 11, 12), D(2026, 11, 2), D(2026, 11, 27)
    lines = [
        "#ESTADO DE CONNECTICUT - DEPARTAMENTO DE SERVICIOS SOCIALES (MUESTRA)",
        "Programa Medicaid de pago por servicio - Unidad de Autorizaciones Previas",
        "140 Asylum Hill Road, Hartford, CT 06105",
        FICT_ES,
        "",
        "#AVISO DE DENEGACIÓN DE SERVICIOS",
        "Fecha de la notificación: " + es(nd),
        "Nombre del beneficiario: Aurelio Sandoval Peña",
        "Número de identificación de Medicaid: 0702 5519 384",
        "Fecha de nacimiento: 12/11/1972",
        "Número de solicitud: PA-26-112-0588",
        "",
        "El " + es(rec) + " su médico, la Dra. Inés Carrasco, pidió autorización para un",
        "tratamiento de estimulación magnética transcraneal: planificación (90867) y",
        "sesiones diarias (90868), por depresión mayor recurrente grave (F33.2).",
        "Hemos denegado la solicitud porque el tratamiento no es médicamente necesario según",
        "los criterios del programa: no consta una prueba de psicoterapia durante este episodio.",
        "Esta decisión entra en vigor el " + es(eff) + ".",
        "",
        "#Cómo pedir una audiencia imparcial estatal",
        "Usted no tiene una apelación previa con un plan: la audiencia es el primer paso.",
        "Tiene 60 días a partir de la fecha de esta notificación para pedir una audiencia",
        "imparcial estatal. Envíe su pedido firmado a:",
        "Oficina de Audiencias Administrativas",
        "Unidad de Audiencias de Medicaid",
        "Apartado Postal 2030",
        "Hartford, CT 06145",
        "Continuación de beneficios: si ya recibe este servicio, puede seguir recibiéndolo si",
        "pide la audiencia dentro de 10 días. Ayuda legal gratuita: 1-555-0195.",
    ]
    return dict(
        n=14, slug="medicaid-pago-por-servicio-emt-necesidad-sello-azul-pdf-imagen", lang="es", kind="pdfimg",
        device="seal", lines=lines, tabs=[120],
        key=dict(patient_name="Aurelio Sandoval Peña", member_id="0702 5519 384", claim_number="PA-26-112-0588",
                 procedure_codes=["90867", "90868"], diagnosis_codes=["F33.2"],
                 denial_category="medical_necessity", plan_type="medicaid", urgent=False),
        nd=("Fecha de la notificación:", es(nd), nd), sd=[],
        cat_ev=["no es médicamente necesario"], plan_ev=["Programa Medicaid de pago por servicio"],
        window=("days", 60, "Tiene 60 días a partir de la fecha de esta notificación para pedir una audiencia\n"
                            "imparcial estatal"),
        addr=["Oficina de Audiencias Administrativas", "Unidad de Audiencias de Medicaid", "Apartado Postal 2030",
              "Hartford, CT 06145"],
        traps=["12/11/1972", es(rec), es(eff), "10 días", "140 Asylum Hill Road"],
        note="FICTIONAL. Spanish. A fee-for-service Medicaid agency denies prior authorization for TMS (90867, "
             "90868; F33.2): not medically necessary. No plan appeal: the state fair hearing is the first step, "
             "asked within 60 days. A request before care: no service dates or CARC. Image-only PDF of a colour "
             "scan: the office's round blue ink seal stamped across the lower half. Traps: the DOB 12/11/1972 "
             "(day first, the notice's own day and month), received and effective dates, 10 días.")


# ----------------------------------------------------------------------------------------------------------- 15
def c15():
    nd, rec, dob = D(2026, 11, 25), D(2026, 11, 24), D(1956, 3, 30)
    lines = [
        "#Plan de Medicamentos Recetados Sierra Azul (PDP)",
        "Un plan de medicamentos de Medicare  -  2900 Tulare Street, Fresno, CA 93721",
        FICT_ES,
        "",
        "#AVISO DE DENEGACIÓN DE COBERTURA DE MEDICAMENTOS",
        "Fecha: " + es(nd),
        "Para: Esperanza Villalobos Ruiz",
        "ID de miembro: SAZ 330 918 442",
        "Número de Medicare: 2HN5-QA7-VP30 (no lo use como ID del plan)",
        "Número de caso: CD-26-11-60317",
        "Fecha de nacimiento: " + es(dob),
        "",
        "Recibimos la solicitud de su médico el " + es(rec) + " para cubrir",
        "dextrometorfano con bupropión, tabletas de liberación prolongada, para la depresión.",
        "Tomamos esta decisión de forma acelerada (rápida) porque su médico dijo que esperar",
        "podría dañar gravemente su salud.",
        "#Decisión: denegada",
        "Este medicamento no está en la Lista de Medicamentos (formulario) de nuestro plan, y",
        "no recibimos la declaración de su médico que pide una excepción al formulario.",
        "",
        "#Su derecho a pedir una redeterminación",
        "Tiene 65 días a partir de la fecha de este aviso para pedirnos una redeterminación.",
        "Una redeterminación rápida se decide en 72 horas. Envíe su solicitud a:",
        "Plan de Medicamentos Recetados Sierra Azul",
        "Atención: Redeterminaciones de la Parte D",
        "Apartado Postal 9120",
        "Fresno, CA 93792",
        "Fax: 1-555-0121. Teléfono: 1-555-0122 (TTY 711).",
    ]
    return dict(
        n=15, slug="parte-d-dextrometorfano-bupropion-fuera-de-formulario-escaneo-negativo", lang="es", kind="jpg",
        device="negative", lines=lines, tabs=[120],
        key=dict(patient_name="Esperanza Villalobos Ruiz", member_id="SAZ 330 918 442", claim_number="CD-26-11-60317",
                 denial_category="not_covered", plan_type="medicare_part_d", urgent=True),
        nd=("Fecha:", es(nd), nd), sd=[],
        cat_ev=["no está en la Lista de Medicamentos"], plan_ev=["(PDP)", "plan de medicamentos de Medicare"],
        urg_ev="forma acelerada (rápida)",
        window=("days", 65, "Tiene 65 días a partir de la fecha de este aviso para pedirnos una redeterminación"),
        addr=["Plan de Medicamentos Recetados Sierra Azul", "Atención: Redeterminaciones de la Parte D",
              "Apartado Postal 9120", "Fresno, CA 93792"],
        traps=["2HN5-QA7-VP30", es(rec), es(dob), "72 horas", "2900 Tulare Street"],
        note="FICTIONAL. Spanish. A Part D plan denies, on an expedited basis, dextromethorphan with bupropion for "
             "depression: not on the Drug List and no exception statement received (not_covered, the formulary "
             "row). No codes, dates of care or CARC. The scanner was left in film mode: the page is a negative "
             "(white text on black), grey JPEG. Window stated: 65 días. Traps: Medicare number, received date, "
             "DOB, 72 horas, the letterhead address.")


# ----------------------------------------------------------------------------------------------------------- 16
def c16():
    nd, rec = D(2026, 11, 20), D(2026, 11, 10)
    ds = [D(2026, 11, 3), D(2026, 11, 4), D(2026, 11, 5)]
    due = D(2027, 5, 19)
    lines = [
        "#Aseguradora Camino Real  -  Plan Individual Solar Oro",
        "Plan de salud calificado del Mercado de Seguros Médicos  -  4100 NW 79th Avenue, Doral, FL 33166",
        FICT_ES,
        "",
        "#EXPLICACIÓN DE BENEFICIOS - RECLAMACIÓN DENEGADA",
        "#DATOS DEL ASEGURADO\t#DATOS DE LA RECLAMACIÓN",
        "Asegurado(a): Benicio Alarcón Duarte\tFecha de emisión: " + es(nd),
        "Número de identificación del asegurado:\tNúmero de reclamación: 2026 1102 5589 3",
        "CRX-7719-0452-01\tRecibida el: " + es(rec),
        "Titular de la póliza: Marta Duarte Ibáñez\tProveedor: Programa Intensivo Bahía Clara",
        "",
        "Servicio: programa ambulatorio intensivo de salud mental (S9480) los días 3, 4 y 5 de",
        "noviembre de 2026. Diagnóstico: F33.1. Cargo total: 1.650,00 USD. Pagado: 0,00 USD.",
        "Código de ajuste: CO-242 - el proveedor está fuera de la red de su plan EPO, y su plan",
        "no paga servicios fuera de la red salvo emergencias.",
        "",
        "#Cómo apelar",
        "Debe presentar su apelación a más tardar el " + es(due) + ". Puede pedir una excepción",
        "por falta de proveedores en la red si no encontró uno disponible. Envíela a:",
        "Aseguradora Camino Real",
        "Atención: Apelaciones de Miembros",
        "1220 Ponce de León Boulevard, Suite 500",
        "Coral Gables, FL 33134",
        "Si mantenemos la denegación, puede pedir una revisión externa dentro de 4 meses.",
        "Servicios al Miembro: 1-555-0138.",
    ]
    return dict(
        n=16, slug="mercado-iop-fuera-de-red-dos-columnas-pdf-texto", lang="es", kind="pdf",
        device=None, lines=lines, tabs=[54, 320],
        key=dict(patient_name="Benicio Alarcón Duarte", member_id="CRX-7719-0452-01", claim_number="2026 1102 5589 3",
                 procedure_codes=["S9480"], diagnosis_codes=["F33.1"], carc_codes=["CO-242"],
                 denial_category="out_of_network", plan_type="individual_aca", urgent=False),
        nd=("Fecha de emisión:", es(nd), nd), sd=[("list", "los días 3, 4 y 5 de\nnoviembre de 2026", ds)],
        cat_ev=["fuera de la red", "CO-242"], plan_ev=["Mercado de Seguros Médicos"],
        window=("date", es(due), due, "Debe presentar su apelación a más tardar el " + es(due)),
        addr=["Aseguradora Camino Real", "Atención: Apelaciones de Miembros", "1220 Ponce de León Boulevard, Suite 500",
              "Coral Gables, FL 33134"],
        traps=["Marta Duarte Ibáñez", es(rec), "4 meses", "4100 NW 79th Avenue"],
        note="FICTIONAL. Spanish. A Marketplace EPO plan's EOB: an intensive outpatient mental health program "
             "(S9480; F33.1) on 'los días 3, 4 y 5 de noviembre de 2026', wrapped, out of network (CO-242). "
             "Text PDF with a two-column box whose member ID wraps under its label; decimal commas. Window "
             "stated as a date, 19 de mayo de 2027 (notice + 180). Traps: the policyholder, received date, "
             "4 meses, the letterhead address.")


# ----------------------------------------------------------------------------------------------------------- 17
def c17():
    nd, dob, s1 = D(2026, 11, 18), D(2014, 7, 22), D(2026, 10, 30)
    lines = [
        "#Plan de Salud Infantil Arcoíris",
        "Programa de Seguro Médico para Niños (CHIP) del estado de Georgia",
        "Oficina de servicios: 1000 Peachtree Industrial Blvd, Duluth, GA 30097",
        FICT_ES,
        "",
        "Fecha de la carta: " + es(nd),
        "",
        "Sra. Rosa Serrano (madre)",
        "Asunto: reclamo de su hija Valentina Ochoa Serrano",
        "Niña asegurada: Valentina Ochoa Serrano",
        "Número de miembro de la niña: ARC-20931-774",
        "Número de reclamo: 26-303-71902",
        "Fecha de nacimiento: " + es(dob),
        "",
        "El proveedor Desarrollo Infantil Piedmont nos envió el reclamo de una evaluación",
        "psicológica con pruebas (96130 y 96131) hecha el " + es(s1) + ", por trastorno",
        "por déficit de atención con hiperactividad (F90.2). No la pagamos porque esta",
        "evaluación necesita autorización previa y no se pidió antes del servicio (CO-197).",
        "",
        "#Si no está de acuerdo",
        "Puede pedir una apelación dentro de 60 días a partir de la fecha de esta carta.",
        "Escriba a:",
        "Plan de Salud Infantil Arcoíris",
        "Atención: Unidad de Apelaciones",
        "3355 Lenox Road, Oficina 210",
        "Atlanta, GA 30326",
        "Si mantenemos la decisión, el estado puede revisarla; le diremos cómo pedirlo.",
        "Teléfono: 1-555-0147.",
    ]
    return dict(
        n=17, slug="chip-evaluacion-psicologica-sin-autorizacion-reduccion-de-ruido-foto", lang="es", kind="jpg",
        device="denoise_smear", lines=lines, tabs=[120],
        key=dict(patient_name="Valentina Ochoa Serrano", member_id="ARC-20931-774", claim_number="26-303-71902",
                 procedure_codes=["96130", "96131"], diagnosis_codes=["F90.2"],
                 carc_codes=["CO-197"], denial_category="prior_authorization", plan_type="chip", urgent=False),
        nd=("Fecha de la carta:", es(nd), nd), sd=[(es(s1), s1)],
        cat_ev=["autorización previa", "CO-197"], plan_ev=["(CHIP)"],
        window=("days", 60, "Puede pedir una apelación dentro de 60 días a partir de la fecha de esta carta"),
        addr=["Plan de Salud Infantil Arcoíris", "Atención: Unidad de Apelaciones", "3355 Lenox Road, Oficina 210",
              "Atlanta, GA 30326"],
        traps=["Rosa Serrano", es(dob), "1000 Peachtree Industrial Blvd"],
        note="FICTIONAL. Spanish. A separate CHIP plan's letter to a mother: her daughter's psychological testing "
             "(96130, 96131; F90.2) on 30 October 2026 needed prior authorization (CO-197). Phone photo in a dim "
             "room; the phone's noise reduction smeared fine detail into flat patches. Window stated: 60 días "
             "from the letter. Traps: the mother, the child's DOB, the service office.")


# ----------------------------------------------------------------------------------------------------------- 18
def c18():
    nd, s1 = D(2026, 10, 29), D(2026, 10, 6)
    lines = [
        "#TRICARE Select - Contratista Regional Este (FICTICIO)",
        "Aviso de reclamación en español, a pedido del beneficiario",
        FICT_ES,
        "",
        "#AVISO DE DECISIÓN SOBRE SU RECLAMACIÓN",
        "Fecha del aviso: " + es(nd),
        "Beneficiario: Ramón Echevarría Colón (retirado)",
        "Número de beneficios del DoD (DBN): 10447283916",
        "DoD ID de la tarjeta: 1298475530",
        "Núm. de reclamación: 26 298 04417 00",
        "Proveedor: Clínica del Dolor Caribe, Bayamón, PR",
        "",
        "Servicio: bloqueo del ganglio estrellado guiado por imagen (64510), dado el",
        es(s1) + ", para trastorno de estrés postraumático crónico (F43.12).",
        "Decisión: denegado. TRICARE considera este uso del bloqueo como no comprobado para el",
        "trastorno de estrés postraumático, por lo que no es un beneficio cubierto. Código de ajuste:",
        "CO-56.",
        "",
        "#Reconsideración",
        "Si no está de acuerdo, su solicitud de reconsideración debe tener matasellos o",
        "recibirse dentro de 90 días a partir de la fecha de este aviso. Envíela a:",
        "Contratista Regional Este de TRICARE",
        "Atención: Reconsideraciones",
        "Apartado Postal 7031",
        "Guaynabo, PR 00970",
        "Las reclamaciones nuevas van al Apartado Postal 7000, Guaynabo, PR 00970 (no apelaciones).",
        "Ayuda: Coordinador de Asesoramiento y Asistencia al Beneficiario (BCAC), 1-555-0154.",
    ]
    return dict(
        n=18, slug="tricare-bloqueo-ganglio-estrellado-no-comprobado-correo-html", lang="es", kind="eml_html",
        device=None, lines=lines, tabs=None,
        headers=dict(From="TRICARE Este - Avisos (FICTICIO) <avisos@tricare-este.example>",
                     To="Ramón Echevarría Colón <recolon@correo.example>",
                     Date="Mon, 02 Nov 2026 08:15:00 -0400",
                     Subject="Aviso de decisión: reclamación 26 298 04417 00"),
        key=dict(patient_name="Ramón Echevarría Colón", member_id="10447283916", claim_number="26 298 04417 00",
                 procedure_codes=["64510"], diagnosis_codes=["F43.12"], carc_codes=["CO-56"],
                 denial_category="experimental_investigational", plan_type="tricare", urgent=False),
        nd=("Fecha del aviso:", es(nd), nd), sd=[(es(s1), s1)],
        cat_ev=["no comprobado", "CO-56"], plan_ev=["TRICARE Select"],
        window=("days", 90, "debe tener matasellos o\nrecibirse dentro de 90 días a partir de la fecha de este aviso"),
        addr=["Contratista Regional Este de TRICARE", "Atención: Reconsideraciones", "Apartado Postal 7031",
              "Guaynabo, PR 00970"],
        traps=["1298475530", "Apartado Postal 7000", "Mon, 02 Nov 2026"],
        note="FICTIONAL. Spanish. A TRICARE Select notice e-mailed (HTML only, quoted-printable) to a retiree: an "
             "image-guided stellate ganglion block for chronic PTSD (64510; F43.12) is unproven, not a covered "
             "benefit (CO-56): experimental_investigational. Window stated: 90 días. Traps: the card's DoD ID "
             "(the DBN is keyed), the e-mail's Date header, the new-claims box.")


CASES = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18]
