"""The 18 notices of set 42: content blocks, key facts and the anchors the self-check uses. All FICTIONAL."""
from datetime import date as D

MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]


def us(d):
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def lng(d):
    return f"{MON[d.month - 1]} {d.day}, {d.year}"


def shrt(d):
    return f"{MON[d.month - 1][:3]} {d.day}, {d.year}"


def es(d):
    return f"{d.day} de {MES[d.month - 1]} de {d.year}"


def dm(d):
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


FIC = "FICTIONAL SAMPLE - not a real notice. Every name, number, plan and address on it is invented."
FIC_ES = "MUESTRA FICTICIA - no es un aviso real. Todos los nombres, números, planes y direcciones son inventados."
NO_CPT = ("Service codes are shown by number only.")


def case(**kw):
    kw.setdefault("service_dates", None)
    kw.setdefault("carc_codes", None)
    kw.setdefault("procedure_codes", None)
    kw.setdefault("diagnosis_codes", None)
    kw.setdefault("traps", [])
    kw.setdefault("urgent", False)
    kw.setdefault("urg_ev", None)
    kw.setdefault("extra", {})
    kw.setdefault("sd_printed", None)
    return kw


CASES = []

# ------------------------------------------------------------------ 01
n01 = D(2026, 11, 23)
CASES.append(case(
    n=1, slug="ur-vendor-for-insured-employer-php-continued-stay-urgent-two-dates-textpdf", lang="en",
    kind="pdf", device=None,
    patient_name="Renata Vukovich", member_id="TMH-447100832", claim_number="UR-2611-77314",
    notice_date=n01, nd_label="Date this notice was mailed", nd_printed=lng(n01),
    procedure_codes=["H0035"], diagnosis_codes=["F33.2", "F41.1"],
    denial_category="medical_necessity", cat_ev="does not meet the medical necessity criteria",
    plan_type="employer_erisa", plan_ev="Employee Retirement Income Security Act",
    urgent=True, urg_ev="urgent concurrent review",
    window=("days", 180, "within 180 days from the date you receive this notice"),
    addr=["Tamarack Mutual Health Insurance Company", "Attn: Member Appeals and Grievances", "PO Box 40218",
          "Harrisburg, PA 17106"],
    traps=["November 20, 2026", "November 21, 2026", "5 business days", "900 Ridge Pike", "GRP-008812",
           "November 9, 2026"],
    note="A utilization-review vendor writes for an insured employer plan (ERISA): a concurrent review of a "
         "partial hospitalization stay; days after November 21 are not authorized (a lower level, IOP, is named). "
         "Request for continued care, so no service dates or CARC. Two dates: the determination (Nov 20) and the "
         "mailing (Nov 23, the notice date). Urgent: decided as an urgent concurrent review. Window stated from "
         "receipt, counted from the notice date. Traps: the decision date, the last covered day, the admission "
         "date, the 5-business-day peer-to-peer offer, the vendor's letterhead office, the group number.",
    blocks=[
        ("title", "Keystone Peak Review Services, LLC"),
        ("small", "Utilization management on behalf of Tamarack Mutual Health Insurance Company. 900 Ridge Pike, "
                  "Suite 300, Conshohocken, PA 19428. Phone 1-555-0114. www.keystonepeak-review.example"),
        ("small", FIC),
        ("rule",),
        ("addr", ["Renata Vukovich", "41 Quarry Lane, Apt 3", "Lansdale, PA 19446"]),
        ("boxkv", [("Date of determination", lng(D(2026, 11, 20))),
                   ("Date this notice was mailed", lng(n01)),
                   ("Member", "Renata Vukovich"),
                   ("Member ID", "TMH-447100832"),
                   ("Group", "GRP-008812 (Corliss Hardware Supply Co.)"),
                   ("Review reference", "UR-2611-77314"),
                   ("Facility", "Brightwater Behavioral Hospital, Partial Hospitalization Program"),
                   ("Level of care requested", "Partial hospitalization, continued stay (HCPCS H0035)"),
                   ("Diagnoses submitted", "F33.2, F41.1")]),
        ("h", "Notice of adverse determination: continued stay"),
        ("p", "Dear Ms. Vukovich: Keystone Peak Review Services reviews requests for behavioral health care for "
              "Tamarack Mutual Health Insurance Company, which insures your employer's group health plan. That "
              "plan is governed by the Employee Retirement Income Security Act (ERISA). On November 19, 2026 "
              "Brightwater Behavioral Hospital asked us to approve more days of partial hospitalization for you. "
              "You were admitted to the program on November 9, 2026."),
        ("p", "This was an urgent concurrent review, and we told the program of our decision by telephone on the "
              "day it was made. Days of partial hospitalization through November 21, 2026 remain approved. Days "
              "after November 21, 2026 are not approved."),
        ("h", "Why we made this decision"),
        ("p", "A board-certified psychiatrist reviewed the records. The request does not meet the medical necessity "
              "criteria of the plan's behavioral health level-of-care guideline for continued partial "
              "hospitalization. The records show that your mood has improved, that you have had no thoughts of "
              "harming yourself for more than a week, and that you are taking part in treatment each day. Your "
              "care could continue safely in an intensive outpatient program (IOP), three or more days a week. "
              "You may ask for a free copy of the guideline and of the records we used."),
        ("p", "Your doctor may talk with our reviewer. A peer-to-peer conversation can be scheduled within 5 "
              "business days of this notice by calling 1-555-0115. A peer-to-peer conversation is not an appeal "
              "and does not stop the appeal time limit."),
        ("h", "Your right to appeal"),
        ("p", "You or your authorized representative may appeal within 180 days from the date you receive this "
              "notice. Because your care is ongoing, you may ask for an expedited appeal, which will be decided "
              "within 72 hours; you may ask for an expedited external review at the same time. Send a written "
              "appeal, with any records you want us to consider, to:"),
        ("addr", ["Tamarack Mutual Health Insurance Company", "Attn: Member Appeals and Grievances",
                  "PO Box 40218", "Harrisburg, PA 17106"]),
        ("p", "Appeals may also be faxed to 1-555-0116. Do not send appeals to Keystone Peak's office in "
              "Conshohocken. You may also bring a civil action under section 502(a) of ERISA after the appeal is "
              "decided."),
        ("small", "Pennsylvania's consumer assistance program can help you for free: 1-555-0117. " + FIC),
    ]))

# ------------------------------------------------------------------ 02
n02 = D(2026, 11, 12)
CASES.append(case(
    n=2, slug="bh-carveout-self-funded-eob-tms-visit-cap-codes-legend-page2-composite-black-imagepdf", lang="en",
    kind="imgpdf", device="composite_black",
    patient_name="Ingrid S. Halloran", member_id="HCS-0049217-03", claim_number="CBH 2611 048 552",
    notice_date=n02, nd_label="Statement date", nd_printed=us(n02),
    service_dates=[D(2026, 10, 28), D(2026, 10, 29), D(2026, 10, 30)],
    procedure_codes=["90868"], diagnosis_codes=["F33.2"], carc_codes=["CO-119"],
    denial_category="benefit_limit", cat_ev="Benefit maximum",
    plan_type="employer_erisa", plan_ev="self-funded",
    window=("days", 180, "180 days from the date you receive this statement"),
    addr=["Halvorsen Cold Storage Employee Welfare Benefit Plan", "c/o Cedarline Behavioral Health Solutions",
          "Attn: Behavioral Health Appeals", "PO Box 7731", "Fort Collins, CO 80527"],
    traps=["HCS-0049217-01", "Peter J. Halloran", "CO-45", "CO-50", "PO Box 7720", "7T118", "10/26/2026",
           "10/27/2026"],
    note="A behavioral-health carve-out's EOB for a self-funded ERISA plan, 2 pages, to the subscriber about his "
         "adult daughter. TMS: five sessions on one claim, the first two paid (T1 = CO-45), the last three denied "
         "with only the remark code T4; the legend on page 2 says T4 = CO-119, a 36-session yearly maximum. The "
         "legend also lists codes not used on this statement (CO-50). Traps: the subscriber and his -01 ID, the "
         "group, the paid days, the claims box.",
    blocks=[
        ("title", "Cedarline Behavioral Health Solutions"),
        ("small", "Mental health and substance use benefits for the Halvorsen Cold Storage Employee Welfare Benefit "
                  "Plan. " + FIC),
        ("h", "BEHAVIORAL HEALTH EXPLANATION OF BENEFITS - THIS IS NOT A BILL"),
        ("addr", ["Peter J. Halloran", "818 Larimer Bend Road", "Loveland, CO 80537"]),
        ("kv", [("Statement date", us(n02)), ("Subscriber", "Peter J. Halloran"),
                ("Subscriber ID", "HCS-0049217-01"), ("Patient", "Ingrid S. Halloran"),
                ("Patient ID", "HCS-0049217-03"), ("Group", "7T118"), ("Claim number", "CBH 2611 048 552"),
                ("Provider", "Front Range Neuromodulation Clinic"), ("Diagnosis", "F33.2")]),
        ("table", ["Date of service", "Code", "Billed", "Allowed", "Plan paid", "You owe", "Remark"],
         [["10/26/2026", "90868", "$310.00", "$228.00", "$182.40", "$45.60", "T1"],
          ["10/27/2026", "90868", "$310.00", "$228.00", "$182.40", "$45.60", "T1"],
          ["10/28/2026", "90868", "$310.00", "$0.00", "$0.00", "$0.00", "T4"],
          ["10/29/2026", "90868", "$310.00", "$0.00", "$0.00", "$0.00", "T4"],
          ["10/30/2026", "90868", "$310.00", "$0.00", "$0.00", "$0.00", "T4"]]),
        ("p", "Totals for this claim: billed $1,550.00; plan paid $364.80; you owe $91.20. See page 2 for what "
              "each remark code means. The Halvorsen Cold Storage Employee Welfare Benefit Plan is a self-funded "
              "group health plan: Halvorsen Cold Storage, Inc. pays the benefits and is the plan administrator, "
              "and Cedarline processes behavioral health claims for it. The plan is governed by ERISA."),
        ("page",),
        ("h", "Page 2 - Remark code legend"),
        ("small", "This list explains the codes that may appear on Cedarline statements. Only the codes printed "
                  "beside your services apply to this claim."),
        ("table", ["Remark", "Claim adjustment code", "What it means"],
         [["T1", "CO-45", "The charge is more than the allowed amount; you do not owe the difference."],
          ["T4", "CO-119", "Benefit maximum reached: the plan covers 36 TMS sessions a calendar year."],
          ["T6", "CO-197", "Precertification was required and not obtained."],
          ["T7", "CO-50", "Not medically necessary under the plan's guidelines."]]),
        ("h", "If you disagree"),
        ("p", "You have 180 days from the date you receive this statement to ask for an appeal. Tell us why you "
              "disagree and send any records or letters that support the appeal. Mail your appeal to:"),
        ("addr", ["Halvorsen Cold Storage Employee Welfare Benefit Plan", "c/o Cedarline Behavioral Health Solutions",
                  "Attn: Behavioral Health Appeals", "PO Box 7731", "Fort Collins, CO 80527"]),
        ("p", "Claims and corrected bills go to PO Box 7720; appeals sent there are delayed. Questions: "
              "1-555-0121. After a final denial you may ask for an external review, and you may bring a civil "
              "action under section 502(a) of ERISA."),
        ("small", FIC),
    ]))

# ------------------------------------------------------------------ 03
n03 = D(2026, 11, 16)
CASES.append(case(
    n=3, slug="county-mental-health-plan-noabd-therapy-reduced-handwritten-golden-light-photo", lang="en",
    kind="jpeg", device="golden_hour",
    patient_name="Tobias Renfro-Acheampong", member_id="MCBH-2208417", claim_number="TAR-26-110943",
    notice_date=n03, nd_label="Date of notice", nd_printed=lng(n03),
    procedure_codes=["90837"], diagnosis_codes=["F43.12"],
    denial_category="medical_necessity", cat_ev="does not meet medical necessity criteria",
    plan_type="medicaid", plan_ev="Medicaid",
    window=("days", 60, "within 60 calendar days from the date on this notice"),
    addr=["Marlow County Behavioral Health Plan", "Attn: Grievances and Appeals Unit", "1180 Harbor View Road",
          "Room 214", "Marlow, CA 95501"],
    traps=["94417203C", "November 30, 2026", "10 days", "120 calendar days", "90853", "400 Civic Center Plaza",
           "11/19"],
    note="A county mental health plan (Medicaid specialty mental health, managed care) modifies a request: weekly "
         "individual therapy (90837) cut to every other week. A request before care, so no service dates or "
         "CARC. The client ID is keyed, not the state Medicaid ID. Handwritten blue-ink notes in the margin (a "
         "call on 11/19). Traps: Medicaid ID, the change's effective date, the 10-day continued-benefits limit, "
         "the 120-day state hearing, the group therapy offered instead (90853), the administration office.",
    blocks=[
        ("title", "Marlow County Behavioral Health Plan"),
        ("small", "Specialty Mental Health Services for Medicaid members. Administration: 400 Civic Center Plaza, "
                  "Marlow, CA 95501. Access line 1-555-0122. " + FIC),
        ("h", "NOTICE OF ADVERSE BENEFIT DETERMINATION - MODIFICATION OF REQUESTED SERVICES"),
        ("kv", [("Date of notice", lng(n03)), ("Client name", "Tobias Renfro-Acheampong"),
                ("Client ID", "MCBH-2208417"), ("Medicaid ID (CIN)", "94417203C"),
                ("Authorization request", "TAR-26-110943"), ("Provider", "Eastshore Counseling Collaborative"),
                ("Diagnosis", "F43.12")]),
        ("p", "Your provider asked Marlow County Behavioral Health Plan to approve individual psychotherapy, "
              "60-minute sessions (90837), once a week for 26 weeks. We approved 90837 every other week for 12 "
              "weeks instead. We also approved a weekly skills group (90853) if you wish to attend."),
        ("p", "Reason: the request for weekly sessions does not meet medical necessity criteria. Your provider's "
              "records show fewer nightmares and steady attendance, and your goals can be met with sessions every "
              "other week. The criteria used were the county plan's Outpatient Specialty Mental Health Criteria, "
              "which you may ask for at no cost."),
        ("p", "This change takes effect on November 30, 2026."),
        ("h", "Your right to appeal"),
        ("p", "You must file an appeal within 60 calendar days from the date on this notice. You may call the "
              "access line, or write to:"),
        ("addr", ["Marlow County Behavioral Health Plan", "Attn: Grievances and Appeals Unit",
                  "1180 Harbor View Road", "Room 214", "Marlow, CA 95501"]),
        ("p", "Keep your services while you appeal: file within 10 days from the date of this notice, or before "
              "the change takes effect, and ask for your services to continue. If the plan upholds its decision "
              "you may ask for a State Hearing within 120 calendar days from the date of the plan's appeal "
              "decision."),
        ("small", "Free language help and free help from the county's patients' rights advocate: 1-555-0123. " + FIC),
        ("hand", "called 11/19 - talked to Renee\nask re aid paid pending!", 0.52, 0.165, 4, (25, 45, 150)),
        ("hand", "appeal this! weekly helped", 0.50, 0.60, -3, (25, 45, 150)),
    ]))

# ------------------------------------------------------------------ 04
n04 = D(2026, 11, 30)
CASES.append(case(
    n=4, slug="student-plan-administrator-email-iop-no-precert-eml", lang="en",
    kind="eml", device=None,
    patient_name="Amara Oyelaran-Birch", member_id="NGU26-00418832", claim_number="CBS-26-300871",
    notice_date=n04, nd_label="Notice date", nd_printed=lng(n04),
    service_dates=[D(2026, 11, 2), D(2026, 11, 4), D(2026, 11, 6), D(2026, 11, 9)],
    procedure_codes=["S9480"], diagnosis_codes=["F50.2"], carc_codes=["CO-197"],
    denial_category="prior_authorization", cat_ev="precertification",
    plan_type="individual_aca", plan_ev="Student Health Insurance Plan",
    window=("days", 180, "within 180 days after you receive this notice"),
    addr=["Northgate University Student Health Insurance Plan", "c/o Campus Benefit Services, Inc.",
          "Attn: Student Plan Appeals", "55 Lyceum Square", "Suite 800", "Providence, RI 02903"],
    traps=["N00936612", "72 hours", "1 Dec 2026", "Juniper Mutual Life & Health Insurance Company"],
    note="A student plan's administrator e-mails the notice (multipart: plain and HTML). IOP on 4 days (S9480; "
         "F50.2) without precertification (CO-197). Student plans are keyed individual_aca (set 32's "
         "convention). Traps: the e-mail's Date header (1 Dec), the student ID, the insurer, the 72-hour urgent "
         "appeal.",
    extra={"from": "Campus Benefit Services <notices@cbs-studentplans.example>",
           "to": "Amara Oyelaran-Birch <amara.ob@student.northgate.example>",
           "date": "Tue, 01 Dec 2026 07:12:09 -0500",
           "subject": "Claim CBS-26-300871: Explanation of Benefits and notice of denial"},
    blocks=[
        ("p", "Hello Amara, a claim for your care has been processed. The notice below explains what was not paid "
              "and how to appeal. You can also read it in the member portal."),
        ("title", "Campus Benefit Services, Inc. - Notice of Claim Denial"),
        ("small", "Administrator for the Northgate University Student Health Insurance Plan, underwritten by Juniper "
                  "Mutual Life & Health Insurance Company. " + FIC),
        ("kv", [("Notice date", lng(n04)), ("Insured student", "Amara Oyelaran-Birch"),
                ("Member ID", "NGU26-00418832"), ("Student ID", "N00936612"),
                ("Claim number", "CBS-26-300871"), ("Provider", "Harborlight Eating Disorder Center, Intensive "
                                                            "Outpatient Program"),
                ("Diagnosis", "F50.2")]),
        ("table", ["Service date", "Code", "Charge", "Paid", "Adjustment"],
         [["11/02/2026", "S9480", "$640.00", "$0.00", "CO-197"],
          ["11/04/2026", "S9480", "$640.00", "$0.00", "CO-197"],
          ["11/06/2026", "S9480", "$640.00", "$0.00", "CO-197"],
          ["11/09/2026", "S9480", "$640.00", "$0.00", "CO-197"]]),
        ("p", "Why this claim was denied: the plan requires precertification before intensive outpatient "
              "treatment begins, and no precertification was requested for these dates. If your provider asks "
              "for a retroactive review and sends the clinical records, we will look at the claim again."),
        ("p", "How to appeal: you must submit an appeal within 180 days after you receive this notice. If a delay "
              "would seriously harm your health, you may ask for an urgent appeal, decided within 72 hours. "
              "Write to:"),
        ("addr", ["Northgate University Student Health Insurance Plan", "c/o Campus Benefit Services, Inc.",
                  "Attn: Student Plan Appeals", "55 Lyceum Square", "Suite 800", "Providence, RI 02903"]),
        ("p", "You may also ask for an external review after our final decision. Questions: 1-555-0124, "
              "appeals@cbs-studentplans.example."),
        ("small", FIC),
    ]))

# ------------------------------------------------------------------ 05
n05 = D(2026, 11, 5)
CASES.append(case(
    n=5, slug="marketplace-portal-print-view-three-claims-ketamine-experimental-html", lang="en",
    kind="html", device=None,
    patient_name="Calloway J. Pruitt", member_id="BHC8841902277", claim_number="2026-1021-K-7730",
    notice_date=n05, nd_label="Statement issued", nd_printed=us(n05),
    service_dates=[D(2026, 10, 14), D(2026, 10, 21)],
    procedure_codes=["96365", "J3490", "96366"], diagnosis_codes=["F33.2"], carc_codes=["CO-55"],
    denial_category="experimental_investigational", cat_ev="experimental or investigational",
    plan_type="individual_aca", plan_ev="Health Insurance Marketplace",
    window=("days", 180, "180 days from the date you receive this statement"),
    addr=["Bluestem Health Cooperative", "Appeals and Grievances", "PO Box 26119", "Wichita, KS 67201"],
    traps=["12/03/2026", "99214", "90834", "CO-45", "2026-1007-P-1182", "2026-1020-T-4409", "10/07/2026", "10/20/2026"],
    note="A Marketplace co-op's portal 'print view' of a statement of three claims; one denied: IV ketamine on two "
         "days (96365, J3490, 96366; F33.2) as experimental (CO-55). Traps: the paid claims, their codes and "
         "dates, the print stamp.",
    blocks=[
        ("title", "Claims Statement - print view"),
        ("small", "Bluestem Health Cooperative, Silver 2 EPO, a plan sold on the Health Insurance Marketplace. " + FIC),
        ("kv", [("Member", "Calloway J. Pruitt"), ("Member ID", "BHC8841902277"),
                ("Statement issued", us(n05)), ("Statement period", "10/01/2026 - 10/31/2026")]),
        ("h", "Claim 2026-1007-P-1182 - Paid"),
        ("table", ["Service date", "Code", "Provider", "Billed", "Plan paid", "Your share", "Code"],
         [["10/07/2026", "99214", "Prairie Psychiatry Group", "$245.00", "$131.00", "$40.00", "CO-45"]]),
        ("h", "Claim 2026-1021-K-7730 - Denied"),
        ("table", ["Service date", "Code", "Provider", "Billed", "Plan paid", "Your share", "Code"],
         [["10/14/2026", "96365", "Clearwater Infusion Center", "$390.00", "$0.00", "$390.00", "CO-55"],
          ["10/14/2026", "J3490", "Clearwater Infusion Center", "$85.00", "$0.00", "$85.00", "CO-55"],
          ["10/14/2026", "96366", "Clearwater Infusion Center", "$120.00", "$0.00", "$120.00", "CO-55"],
          ["10/21/2026", "96365", "Clearwater Infusion Center", "$390.00", "$0.00", "$390.00", "CO-55"],
          ["10/21/2026", "J3490", "Clearwater Infusion Center", "$85.00", "$0.00", "$85.00", "CO-55"]]),
        ("kv", [("Diagnosis on claim", "F33.2"),
                ("Reason", "Ketamine given by vein for depression is considered experimental or investigational "
                           "under the plan's medical policy MP-BH-031 and is not covered.")]),
        ("h", "Claim 2026-1020-T-4409 - Paid"),
        ("table", ["Service date", "Code", "Provider", "Billed", "Plan paid", "Your share", "Code"],
         [["10/20/2026", "90834", "Sunflower Counseling", "$150.00", "$92.00", "$30.00", "CO-45"]]),
        ("h", "Appeal rights"),
        ("p", "You have 180 days from the date you receive this statement to file an internal appeal of a denied "
              "claim. Urgent appeals are decided within 72 hours. After our final decision you may ask for an "
              "independent external review. Send appeals to:"),
        ("addr", ["Bluestem Health Cooperative", "Appeals and Grievances", "PO Box 26119", "Wichita, KS 67201"]),
        ("small", "Member services 1-555-0125. " + FIC),
    ]))

# ------------------------------------------------------------------ 06
n06 = D(2026, 11, 24)
CASES.append(case(
    n=6, slug="medicare-advantage-idn-spravato-step-therapy-water-glass-photo", lang="en",
    kind="jpeg", device="water_glass",
    patient_name="Florence M. Abernathy-Quist", member_id="HBM 5520 1187 04", claim_number="PA-HB-2611-06524",
    notice_date=n06, nd_label="Date", nd_printed=lng(n06),
    procedure_codes=["G2083"], diagnosis_codes=["F33.2"],
    denial_category="step_therapy", cat_ev="step therapy",
    plan_type="medicare_advantage", plan_ev="Medicare Advantage",
    window=("days", 65, "within 65 calendar days from the date of this notice"),
    addr=["Heron Bay Medicare Advantage", "Attn: Part C Appeals", "3100 Tidewater Boulevard", "Mail Stop 4C",
          "Norfolk, VA 23502"],
    traps=["4XK7-TR2-MN88", "72 hours", "7 calendar days", "2210 Colley Avenue"],
    note="A Medicare Advantage plan's Notice of Denial of Medical Coverage: supervised esketamine (G2083; F33.2) "
         "before care, step therapy. The plan's member number is keyed, not the Medicare Number. A glass of "
         "water stands on the page (over the 'what happens next' paragraph). Traps: the Medicare Number, the "
         "72-hour and 7-day decision times, the prescriber's office.",
    blocks=[
        ("title", "Notice of Denial of Medical Coverage"),
        ("small", "Heron Bay Medicare Advantage (HMO), a Medicare Advantage plan. " + FIC),
        ("kv", [("Date", lng(n06)), ("Member name", "Florence M. Abernathy-Quist"),
                ("Member number", "HBM 5520 1187 04"), ("Medicare Number", "4XK7-TR2-MN88"),
                ("Request number", "PA-HB-2611-06524")]),
        ("p", "Your request for esketamine nasal spray given in the office with two hours of observation "
              "(G2083), for diagnosis F33.2, asked for by Dr. Imani Castellanos, 2210 Colley Avenue, Norfolk, "
              "VA 23517, is denied."),
        ("h", "Why we denied your request"),
        ("p", "Esketamine given in a doctor's office is a Part B drug under our step therapy program. Before we "
              "cover it, our records must show that you tried and did not respond to two oral antidepressants "
              "and one augmentation drug for an adequate time. We found records of one antidepressant trial. "
              "If your doctor sends records of the other trials, you may ask us again."),
        ("h", "You have the right to appeal our decision"),
        ("p", "You must ask for a plan appeal within 65 calendar days from the date of this notice. We will "
              "decide a standard appeal about a Part B drug within 7 calendar days, and a fast appeal within 72 "
              "hours if your doctor says waiting could seriously harm your health. Mail or deliver your written "
              "appeal to:"),
        ("addr", ["Heron Bay Medicare Advantage", "Attn: Part C Appeals", "3100 Tidewater Boulevard",
                  "Mail Stop 4C", "Norfolk, VA 23502"]),
        ("mark", "glass"),
        ("h", "What happens next"),
        ("p", "If we keep our decision in full or in part, we will send your case to an independent review "
              "organization for a new and impartial review. You do not have to ask for this. You may also "
              "get help from your State Health Insurance Assistance Program at 1-555-0126."),
        ("small", "Member services 1-555-0127, 8 a.m. to 8 p.m., seven days a week. TTY 711. " + FIC),
    ]))

# ------------------------------------------------------------------ 07
n07 = D(2026, 11, 3)
CASES.append(case(
    n=7, slug="original-medicare-msn-tms-other-insurance-first-notes-legend-ccd-smear-photo", lang="en",
    kind="jpeg", device="ccd_smear",
    patient_name="OSWIN P DELACROIX", member_id="7QD4-WP1-KR63", claim_number="22630800451270",
    notice_date=n07, nd_label="Date of this Notice", nd_printed=lng(n07),
    service_dates=[D(2026, 10, 5), D(2026, 10, 6), D(2026, 10, 7)],
    sd_printed=["10/05/26", "10/06/26", "10/07/26"],
    procedure_codes=["90868"],
    denial_category="coordination_of_benefits", cat_ev="must pay first",
    plan_type="medicare", plan_ev="Medicare Summary Notice for Part B",
    window=("date", D(2027, 3, 8), "file an appeal by March 8, 2027"),
    addr=["Allegheny Medicare Administrators", "Part B Redeterminations", "PO Box 3390", "Mechanicsburg, PA 17055"],
    traps=["October 30, 2026", "22630900117388", "90834", "10/12/26"],
    note="An Original Medicare summary notice (Part B), two claims: TMS on three days (90868) not paid because "
         "the records show a group health plan that must pay first (note A): coordination_of_benefits. The MSN "
         "prints no diagnosis code and no CARC, so neither is keyed; the Medicare Number is the only member "
         "number. A compact camera's CCD smear: a lamp in the frame throws a bright vertical column. Traps: the "
         "claims-processed range, the paid claim, its code and date.",
    blocks=[
        ("title", "Medicare Summary Notice for Part B (Medical Insurance)"),
        ("small", "The Official Summary of Your Medicare Claims. " + FIC),
        ("addr", ["OSWIN P DELACROIX", "77 TANNERY HILL RD", "CARLISLE PA 17013"]),
        ("kv", [("Date of this Notice", lng(n07)), ("Medicare Number", "7QD4-WP1-KR63"),
                ("Claims processed", "between August 1 and October 30, 2026")]),
        ("h", "Your Claims for Part B"),
        ("p", "Susquehanna TMS Associates, claim number 22630800451270"),
        ("table", ["Service date", "Service", "Approved?", "Billed", "Medicare paid", "You may be billed", "See"],
         [["10/05/26", "Brain stimulation, later session (90868)", "No", "$295.00", "$0.00", "$0.00", "A"],
          ["10/06/26", "Brain stimulation, later session (90868)", "No", "$295.00", "$0.00", "$0.00", "A"],
          ["10/07/26", "Brain stimulation, later session (90868)", "No", "$295.00", "$0.00", "$0.00", "A"]]),
        ("p", "Cumberland Valley Therapy, claim number 22630900117388"),
        ("table", ["Service date", "Service", "Approved?", "Billed", "Medicare paid", "You may be billed", "See"],
         [["10/12/26", "Talk therapy, 45 minutes (90834)", "Yes", "$140.00", "$84.61", "$21.15", "B"]]),
        ("h", "Notes for Claims Above"),
        ("p", "A  Medicare did not pay for these services because our records show that you have group health "
              "plan coverage through your spouse's current employment, which must pay first. Ask the provider to "
              "bill that plan. If that coverage has ended, tell us when."),
        ("p", "B  This amount is your 20% coinsurance."),
        ("h", "How to Handle Denied Claims or File an Appeal"),
        ("p", "If you disagree with a coverage decision on this notice, file an appeal by March 8, 2027. Circle "
              "the services you disagree with, explain why, sign, and send this page with any records to:"),
        ("addr", ["Allegheny Medicare Administrators", "Part B Redeterminations", "PO Box 3390",
                  "Mechanicsburg, PA 17055"]),
        ("small", "Call 1-555-0128 for help. " + FIC),
    ]))

# ------------------------------------------------------------------ 08
n08 = D(2026, 11, 18)
CASES.append(case(
    n=8, slug="part-d-pbm-large-print-three-pages-step-therapy-expedited-imagepdf", lang="en",
    kind="imgpdf", device="large_print_feeder",
    patient_name="Gwendolyn R. Osei", member_id="PMR-71034458", claim_number="CD-26-1118-4402",
    notice_date=n08, nd_label="Date of this notice", nd_printed=lng(n08),
    diagnosis_codes=["F33.2"],
    denial_category="step_therapy", cat_ev="step therapy",
    plan_type="medicare_part_d", plan_ev="Medicare prescription drug plan",
    urgent=True, urg_ev="expedited (fast) basis",
    window=("days", 65, "within 65 days from the date of this notice"),
    addr=["Pinecrest Medicare Rx", "Attn: Part D Redeterminations", "PO Box 52880", "Phoenix, AZ 85072"],
    traps=["2HT9-EK5-PW41", "72 hours", "24 hours", "7000 East Camelback Road"],
    note="A Part D plan's coverage-determination denial written by its pharmacy benefit manager, in the large "
         "print the member asked for (three pages, image-only PDF from a sheet feeder). Brexpiprazole before "
         "care: step therapy; decided on an expedited basis. No procedure code. Traps: the Medicare Number, the "
         "PBM's office, the 72- and 24-hour times.",
    blocks=[
        ("title", "Notice of Denial of Medicare Prescription Drug Coverage"),
        ("p", "LARGE PRINT COPY. " + FIC),
        ("p", "Pinecrest Medicare Rx (PDP), a Medicare prescription drug plan. Ridgeview Pharmacy Solutions, "
              "7000 East Camelback Road, Scottsdale, AZ 85251, makes coverage decisions for Pinecrest."),
        ("kv", [("Date of this notice", lng(n08)), ("Enrollee", "Gwendolyn R. Osei"),
                ("Member ID", "PMR-71034458"), ("Medicare Number", "2HT9-EK5-PW41"),
                ("Case number", "CD-26-1118-4402")]),
        ("p", "We have denied your request for brexpiprazole 1 mg tablets, one a day, asked for by your "
              "prescriber for diagnosis F33.2."),
        ("p", "We made this decision on an expedited (fast) basis because your prescriber told us that waiting "
              "could seriously harm your health."),
        ("page",),
        ("h", "Why we denied your request"),
        ("p", "This drug is covered by our plan under a step therapy rule. Before we cover it, you must first try "
              "aripiprazole, a drug on our Drug List, for at least four weeks, unless your prescriber tells us "
              "why it would not work for you or would harm you. We did not receive that information."),
        ("h", "You have the right to ask us to review our decision"),
        ("p", "You must ask for a redetermination within 65 days from the date of this notice. A standard "
              "redetermination is decided within 7 days; a fast one within 72 hours."),
        ("page",),
        ("p", "Write to:"),
        ("addr", ["Pinecrest Medicare Rx", "Attn: Part D Redeterminations", "PO Box 52880", "Phoenix, AZ 85072"]),
        ("p", "Or call 1-555-0131. Your prescriber may ask for you. If your prescriber asks us for an exception "
              "to the step therapy rule and gives us a statement, we decide a fast exception request within 24 "
              "hours of getting the statement."),
        ("p", FIC),
    ]))

# ------------------------------------------------------------------ 09
n09 = D(2026, 11, 9)
CASES.append(case(
    n=9, slug="fehb-spouse-psychotherapy-diagnosis-mismatch-reason-legend-page2-docx", lang="en",
    kind="docx", device=None,
    patient_name="Yolanda Ellingwood", member_id="R41672930-02", claim_number="FS 26 318 004 771",
    notice_date=n09, nd_label="Date of this letter", nd_printed=lng(n09),
    service_dates=[D(2026, 10, 8), D(2026, 10, 15), D(2026, 10, 22)],
    procedure_codes=["90837"], diagnosis_codes=["Z63.0"], carc_codes=["CO-11"],
    denial_category="coding_billing", cat_ev="diagnosis code",
    plan_type="fehb", plan_ev="Federal Employees Health Benefits",
    window=("months", 6, "within 6 months from the date of this letter"),
    addr=["Federal Sentinel Health Benefit Plan", "Reconsideration Unit", "PO Box 14470", "Lexington, KY 40512"],
    traps=["R41672930-01", "Marcus D. Ellingwood", "October 29, 2026", "90 days", "CO-16"],
    note="An FEHB carrier's letter in Word to the enrollee about his spouse: three 60-minute therapy sessions "
         "(90837) billed with Z63.0; each line shows only reason 8C, explained on page 2 (CO-11, the diagnosis "
         "does not support the service): coding_billing. Window 6 months, keyed as the same day 6 calendar "
         "months on. Traps: the enrollee and his -01 ID, the received date, OPM's 90 days, an unused legend code.",
    blocks=[
        ("title", "Federal Sentinel Health Benefit Plan"),
        ("small", "A health plan for federal employees under the Federal Employees Health Benefits (FEHB) Program. "
                  + FIC),
        ("addr", ["Marcus D. Ellingwood", "3306 Bramblewood Court", "Frankfort, KY 40601"]),
        ("kv", [("Date of this letter", lng(n09)), ("Enrollee", "Marcus D. Ellingwood"),
                ("Enrollee ID", "R41672930-01"), ("Patient", "Yolanda Ellingwood"),
                ("Patient ID", "R41672930-02"), ("Claim", "FS 26 318 004 771"),
                ("Date we received your claim", lng(D(2026, 10, 29)))]),
        ("p", "Dear Mr. Ellingwood: we have processed the claim from Bluegrass Family Therapy for your wife, "
              "Yolanda Ellingwood. We did not pay the services below. The reason code beside each line is "
              "explained on the next page."),
        ("table", ["Date of service", "Service code", "Diagnosis billed", "Amount billed", "We paid", "Reason"],
         [["10/08/2026", "90837", "Z63.0", "$180.00", "$0.00", "8C"],
          ["10/15/2026", "90837", "Z63.0", "$180.00", "$0.00", "8C"],
          ["10/22/2026", "90837", "Z63.0", "$180.00", "$0.00", "8C"]]),
        ("p", "If you disagree, you must ask us in writing to reconsider within 6 months from the date of this "
              "letter. Send your request and any medical records to:"),
        ("addr", ["Federal Sentinel Health Benefit Plan", "Reconsideration Unit", "PO Box 14470",
                  "Lexington, KY 40512"]),
        ("p", "If we do not change our decision, you may ask the Office of Personnel Management (OPM) to review "
              "it within 90 days of our reconsideration decision. See Section 8 of the plan brochure."),
        ("page",),
        ("h", "Explanation of reason codes"),
        ("table", ["Reason", "Adjustment code", "Meaning"],
         [["8C", "CO-11", "The diagnosis code billed does not support this service. The provider may send a "
                          "corrected claim with the diagnosis that was treated."],
          ["8F", "CO-16", "The claim lacks information we need to process it."]]),
        ("small", "Customer service 1-555-0132. " + FIC),
    ]))

# ------------------------------------------------------------------ 10
n10 = D(2026, 11, 10)
CASES.append(case(
    n=10, slug="tricare-contractor-eob-stellate-ganglion-block-unproven-concrete-noon-photo", lang="en",
    kind="jpeg", device="concrete_noon",
    patient_name="Kiersten L. Solheim", member_id="30418827702", claim_number="TE26-3081-55012",
    notice_date=n10, nd_label="Date of notice", nd_printed=us(n10),
    service_dates=[D(2026, 10, 19), D(2026, 11, 2)],
    procedure_codes=["64510"], diagnosis_codes=["F43.12"], carc_codes=["CO-55"],
    denial_category="experimental_investigational", cat_ev="unproven",
    plan_type="tricare", plan_ev="TRICARE",
    window=("days", 90, "within 90 days of the date of this notice"),
    addr=["Tidewater Federal Health Services", "TRICARE East Appeals", "PO Box 8870", "Columbia, SC 29202"],
    traps=["1418830021", "Brandt E. Solheim", "$50", "PO Box 8801"],
    note="A TRICARE regional contractor's explanation of benefits for a sponsor's spouse: stellate ganglion "
         "blocks for PTSD on two days (64510; F43.12) unproven (CO-55): experimental_investigational. The "
         "patient's own DoD benefits number is keyed, not the sponsor's DoD ID. Photographed on a concrete step "
         "in hard noon sun, one corner lifting. Traps: the sponsor and his ID, the claims box, the $50 limit.",
    blocks=[
        ("title", "TRICARE Explanation of Benefits"),
        ("small", "Tidewater Federal Health Services, TRICARE East Region contractor. This is not a bill. " + FIC),
        ("kv", [("Date of notice", us(n10)), ("Sponsor", "Brandt E. Solheim"), ("Sponsor DoD ID", "1418830021"),
                ("Patient", "Kiersten L. Solheim"), ("Patient DoD benefits number", "30418827702"),
                ("Claim number", "TE26-3081-55012"), ("Diagnosis", "F43.12")]),
        ("table", ["Service date", "Procedure", "Provider", "Billed", "TRICARE paid", "Code"],
         [["10/19/2026", "64510", "Lowcountry Pain Institute", "$1,150.00", "$0.00", "CO-55"],
          ["11/02/2026", "64510", "Lowcountry Pain Institute", "$1,150.00", "$0.00", "CO-55"]]),
        ("p", "Message: stellate ganglion block for post-traumatic stress disorder is unproven under TRICARE "
              "policy and cannot be cost-shared."),
        ("h", "Appeal rights"),
        ("p", "You may ask for a reconsideration. Your request must be postmarked or received within 90 days of "
              "the date of this notice. Include a copy of this notice and any records. Send it to:"),
        ("addr", ["Tidewater Federal Health Services", "TRICARE East Appeals", "PO Box 8870",
                  "Columbia, SC 29202"]),
        ("p", "Do not send appeals to the claims address, PO Box 8801. Formal reviews need $50 or more in "
              "dispute. Beneficiary Counseling and Assistance Coordinators can help: 1-555-0133."),
        ("small", FIC),
    ]))

# ------------------------------------------------------------------ 11
n11 = D(2026, 11, 30)
CASES.append(case(
    n=11, slug="church-plan-php-continued-stay-denied-business-days-salt-pepper-tiff", lang="en",
    kind="tiff", device="salt_pepper",
    patient_name="Eliana Korhonen", member_id="ECP-20417-2", claim_number="CH-26-114-0327",
    notice_date=n11, nd_label="Letter date", nd_printed=lng(n11),
    service_dates=[D(2026, 10, 28), D(2026, 10, 29), D(2026, 10, 30)],
    procedure_codes=["H0035"], diagnosis_codes=["F32.2"], carc_codes=["CO-50"],
    denial_category="medical_necessity", cat_ev="not medically necessary",
    plan_type="church", plan_ev="church plan",
    window=("bdays", 15, "within 15 business days from the date you receive this letter"),
    addr=["Prairie Covenant Benefits Board", "Attn: Benefit Review Committee", "2207 Lindgren Avenue", "Suite 5",
          "Sioux Falls, SD 57105"],
    traps=["10/26/2026", "10/27/2026", "30 days", "118 Chapel Street"],
    note="A grandfathered church plan (not ERISA) reviews a partial hospitalization stay after the fact: days 1-2 "
         "paid, the continued stay on days 3-5 denied because intensive outpatient care would have done (H0035; "
         "F32.2; CO-50): medical_necessity. Window in business days from receipt: 15 business days counted from "
         "the letter date, Monday to Friday (no federal holiday falls in it). Greyscale TIFF from a scanner with "
         "failing sensor cells (salt-and-pepper). Traps: the paid days, the 30-day decision time, the letterhead.",
    blocks=[
        ("title", "Prairie Covenant Benefits Board"),
        ("small", "118 Chapel Street, Mitchell, SD 57301. Health plan for pastors, lay staff and their families. "
                  + FIC),
        ("kv", [("Letter date", lng(n11)), ("Plan member", "Eliana Korhonen"), ("Member number", "ECP-20417-2"),
                ("Claim", "CH-26-114-0327"), ("Program", "Dakota Heights Partial Hospitalization Program")]),
        ("p", "Dear Ms. Korhonen: The Prairie Covenant Health Plan is a church plan. It is not subject to ERISA, "
              "and it is a grandfathered plan. This letter explains our review of your partial hospitalization "
              "claim (H0035, diagnosis F32.2)."),
        ("table", ["Day", "Date", "Code", "Decision", "Adjustment"],
         [["1", "10/26/2026", "H0035", "Paid", "-"],
          ["2", "10/27/2026", "H0035", "Paid", "-"],
          ["3", "10/28/2026", "H0035", "Denied", "CO-50"],
          ["4", "10/29/2026", "H0035", "Denied", "CO-50"],
          ["5", "10/30/2026", "H0035", "Denied", "CO-50"]]),
        ("p", "Our reviewing psychiatrist found the continued stay after day 2 not medically necessary: your "
              "symptoms had eased, you were sleeping and eating again, and you could have been treated in an "
              "intensive outpatient program at a lower level of care."),
        ("p", "You may ask the Benefit Review Committee to review this decision within 15 business days from the "
              "date you receive this letter. The Committee decides within 30 days. Send your request to:"),
        ("addr", ["Prairie Covenant Benefits Board", "Attn: Benefit Review Committee", "2207 Lindgren Avenue",
                  "Suite 5", "Sioux Falls, SD 57105"]),
        ("small", "Questions: 1-555-0134. " + FIC),
    ]))

# ------------------------------------------------------------------ 12
n12 = D(2026, 11, 6)
CASES.append(case(
    n=12, slug="state-employees-plan-tpa-genicular-nerve-blocks-out-of-network-no-window-txt", lang="en",
    kind="txt", device=None,
    patient_name="DOLORES YBARRA-WHITLOCK", member_id="NSE660183-1", claim_number="PV 2610 77 4418",
    notice_date=n12, nd_label="LETTER DATE", nd_printed=us(n12),
    service_dates=[D(2026, 10, 13), D(2026, 10, 27)],
    procedure_codes=["64454"], diagnosis_codes=["M17.11", "G89.29"], carc_codes=["CO-242"],
    denial_category="out_of_network", cat_ev="OUT-OF-NETWORK",
    plan_type="governmental", plan_ev="STATE EMPLOYEES",
    window=("rule", "governmental"),
    addr=["NEBRASKA STATE EMPLOYEES' HEALTH PLAN", "C/O PLATTE VALLEY BENEFIT ADMINISTRATORS", "ATTN: APPEALS",
          "PO BOX 31640", "OMAHA, NE 68131"],
    traps=["10/30/2026", "NSE660183-0", "RAMON WHITLOCK", "PO BOX 31600", "77002", "CO-45"],
    note="A state employees' plan (not ERISA) writes through its TPA in capitals, plain text: genicular nerve "
         "blocks on two days (64454; M17.11, G89.29) by an out-of-network doctor (CO-242). No time limit is "
         "printed (it points to the plan booklet): the governmental rule, 180 days. The imaging-guidance line "
         "(77002) was paid and is not keyed. Traps: the received date, the employee (her husband) and his -0 ID, the claims box, the paid line's CO-45.",
    blocks=[
        ("title", "PLATTE VALLEY BENEFIT ADMINISTRATORS"),
        ("p", "CLAIMS ADMINISTRATOR FOR THE NEBRASKA STATE EMPLOYEES' HEALTH PLAN (A FICTIONAL SAMPLE PLAN). "
              "CLAIMS: PO BOX 31600, OMAHA, NE 68131. " + FIC.upper()),
        ("kv", [("LETTER DATE", us(n12)), ("DATE RECEIVED", "10/30/2026"), ("EMPLOYEE", "RAMON WHITLOCK"),
                ("EMPLOYEE ID", "NSE660183-0"), ("PATIENT", "DOLORES YBARRA-WHITLOCK"),
                ("MEMBER ID", "NSE660183-1"), ("CLAIM NO", "PV 2610 77 4418"),
                ("PROVIDER", "BLUFFS ORTHOPEDIC PAIN CENTER (NOT IN NETWORK)"), ("DIAGNOSIS", "M17.11, G89.29")]),
        ("table", ["DOS", "CODE", "BILLED", "ALLOWED", "PAID", "ADJ"],
         [["10/13/2026", "64454", "$1,420.00", "$0.00", "$0.00", "CO-242"],
          ["10/13/2026", "77002", "$260.00", "$118.00", "$94.40", "CO-45"],
          ["10/27/2026", "64454", "$1,420.00", "$0.00", "$0.00", "CO-242"]]),
        ("p", "THE NERVE BLOCKS WERE GIVEN BY AN OUT-OF-NETWORK PROVIDER. YOUR PLAN OPTION (STATE HMO) PAYS FOR "
              "OUT-OF-NETWORK CARE ONLY IN AN EMERGENCY OR WITH A REFERRAL APPROVED IN ADVANCE. THE IMAGING "
              "GUIDANCE WAS PAID UNDER THE FACILITY'S CONTRACT."),
        ("p", "APPEALS: SEE YOUR PLAN BOOKLET, SECTION 9, FOR THE TIME LIMITS. MAIL A WRITTEN APPEAL TO:"),
        ("addr", ["NEBRASKA STATE EMPLOYEES' HEALTH PLAN", "C/O PLATTE VALLEY BENEFIT ADMINISTRATORS",
                  "ATTN: APPEALS", "PO BOX 31640", "OMAHA, NE 68131"]),
        ("p", "CUSTOMER SERVICE 1-555-0135."),
    ]))

# ------------------------------------------------------------------ 13
n13 = D(2026, 11, 18)
CASES.append(case(
    n=13, slug="es-chip-php-days-reduced-two-dates-handwritten-towel-photo", lang="es",
    kind="jpeg", device="towel",
    patient_name="Mateo Quiñones Ledesma", member_id="RC-CHIP-40177263", claim_number="AUT-2611-08815",
    notice_date=n13, nd_label="Fecha de envío", nd_printed=es(n13),
    procedure_codes=["H0035"], diagnosis_codes=["F32.2"],
    denial_category="medical_necessity", cat_ev="necesidad médica",
    plan_type="chip", plan_ev="CHIP",
    window=("days", 60, "60 días a partir de la fecha de envío de este aviso"),
    addr=["Plan de Salud Infantil Río Claro", "Atención: Departamento de Apelaciones", "Apartado Postal 9120",
          "Laredo, TX 78042"],
    traps=["17 de noviembre de 2026", "03/06/2011", "Araceli Ledesma", "S9480", "1-555-0137"],
    note="Un plan CHIP separado (no Medicaid) reduce los días pedidos de hospitalización parcial de un "
         "adolescente (H0035; F32.2): 4 de 10 días, luego IOP (S9480): medical_necessity. Solicitud antes del "
         "servicio: sin fechas de servicio ni CARC. Dos fechas: la decisión (17 nov.) y el envío (18 nov., la "
         "fecha del aviso, desde la que cuenta el plazo). Foto sobre una toalla de rizo, con notas a mano en "
         "lápiz. Trampas: la fecha de decisión, la fecha de nacimiento, la madre, el IOP, el teléfono anotado.",
    blocks=[
        ("title", "Plan de Salud Infantil Río Claro"),
        ("small", "Programa de Seguro Médico para Niños (CHIP) de Texas - plan separado, no Medicaid. " + FIC_ES),
        ("h", "AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS - REDUCCIÓN DE SERVICIOS"),
        ("addr", ["Sra. Araceli Ledesma", "1419 Calle Zaragoza", "Laredo, TX 78040"]),
        ("kv", [("Fecha de la decisión", es(D(2026, 11, 17))), ("Fecha de envío", es(n13)),
                ("Miembro", "Mateo Quiñones Ledesma"), ("Fecha de nacimiento", "03/06/2011"),
                ("Número de miembro", "RC-CHIP-40177263"), ("Número de autorización", "AUT-2611-08815"),
                ("Diagnóstico", "F32.2")]),
        ("p", "Estimada Sra. Ledesma: el programa Horizonte Juvenil pidió 10 días más de hospitalización parcial "
              "(H0035) para su hijo Mateo. Aprobamos 4 días. Después, Mateo puede seguir en un programa "
              "intensivo ambulatorio (S9480), que también aprobamos."),
        ("p", "Motivo: los 6 días restantes no cumplen los criterios de necesidad médica del plan para la "
              "hospitalización parcial. Las notas muestran que Mateo ya no tiene pensamientos de hacerse daño y "
              "que asiste a la escuela medio día."),
        ("h", "Cómo apelar"),
        ("p", "Tiene 60 días a partir de la fecha de envío de este aviso para pedir una apelación. Llame al "
              "1-555-0136 o escriba a:"),
        ("addr", ["Plan de Salud Infantil Río Claro", "Atención: Departamento de Apelaciones",
                  "Apartado Postal 9120", "Laredo, TX 78042"]),
        ("p", "Si el plan mantiene su decisión, puede pedir que una organización de revisión independiente del "
              "estado revise el caso."),
        ("small", FIC_ES),
        ("hand", "llamar lunes 8am\nDra. Salas 1-555-0137", 0.53, 0.21, 3, (70, 70, 75)),
        ("hand", "¿por qué solo 4?", 0.58, 0.57, -2, (70, 70, 75)),
    ]))

# ------------------------------------------------------------------ 14
n14 = D(2026, 11, 12)
CASES.append(case(
    n=14, slug="es-medicaid-mco-spravato-no-prior-auth-shoe-print-scan-png", lang="es",
    kind="png", device="shoe_print",
    patient_name="Esperanza Villalobos Tadeo", member_id="SPD-88210347", claim_number="SPD-R-2610-55871",
    notice_date=n14, nd_label="Fecha del aviso", nd_printed=es(n14),
    service_dates=[D(2026, 10, 6), D(2026, 10, 9)], sd_printed=["06/10/2026", "09/10/2026"],
    procedure_codes=["J0013", "99415"], diagnosis_codes=["F33.2"], carc_codes=["CO-197"],
    denial_category="prior_authorization", cat_ev="autorización previa",
    plan_type="medicaid", plan_ev="Medicaid",
    window=("days", 60, "60 días calendario a partir de la fecha de este aviso"),
    addr=["Salud Plena del Desierto", "Atención: Apelaciones de Miembros", "5001 Avenida Montaño NE", "Suite 300",
          "Albuquerque, NM 87109"],
    traps=["6640129935", "10 días", "120 días", "99213"],
    note="Un plan de Medicaid administrado (Nuevo México) niega un reclamo de esketamina en consultorio en dos "
         "días (J0013, 99415; F33.2) sin autorización previa (CO-197). Fechas día/mes/año, como dice la tabla. "
         "Se usa el número de miembro del plan, no el de Medicaid. Escaneo en PNG con la huella polvorienta de "
         "un zapato. Trampas: el número de Medicaid, 10 días, 120 días, la consulta pagada (99213).",
    blocks=[
        ("title", "Salud Plena del Desierto"),
        ("small", "Plan de Medicaid administrado de Nuevo México. " + FIC_ES),
        ("h", "AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS"),
        ("kv", [("Fecha del aviso", es(n14)), ("Nombre del miembro", "Esperanza Villalobos Tadeo"),
                ("Número de miembro", "SPD-88210347"), ("Número de Medicaid", "6640129935"),
                ("Número de reclamo", "SPD-R-2610-55871"), ("Diagnóstico", "F33.2")]),
        ("p", "Las fechas están escritas día/mes/año (dd/mm/aaaa)."),
        ("table", ["Fecha", "Código", "Servicio", "Cobrado", "Pagado", "Motivo"],
         [["06/10/2026", "J0013", "Esketamina nasal, 84 unidades", "$1.020,00", "$0,00", "CO-197"],
          ["06/10/2026", "99415", "Observación por personal clínico", "$95,00", "$0,00", "CO-197"],
          ["06/10/2026", "99213", "Consulta de seguimiento", "$110,00", "$64,00", "Pagado"],
          ["09/10/2026", "J0013", "Esketamina nasal, 84 unidades", "$1.020,00", "$0,00", "CO-197"],
          ["09/10/2026", "99415", "Observación por personal clínico", "$95,00", "$0,00", "CO-197"]]),
        ("p", "Motivo: este medicamento necesita autorización previa del plan antes de darse. No recibimos una "
              "solicitud de autorización previa para estas fechas."),
        ("h", "Su derecho a apelar"),
        ("p", "Tiene 60 días calendario a partir de la fecha de este aviso para apelar. Si quiere seguir "
              "recibiendo un servicio ya aprobado mientras apela, debe apelar dentro de 10 días. Después de la "
              "apelación puede pedir una audiencia imparcial estatal dentro de 120 días. Envíe su apelación a:"),
        ("addr", ["Salud Plena del Desierto", "Atención: Apelaciones de Miembros", "5001 Avenida Montaño NE",
                  "Suite 300", "Albuquerque, NM 87109"]),
        ("small", "Servicios al miembro: 1-555-0138. " + FIC_ES),
    ]))

# ------------------------------------------------------------------ 15
n15 = D(2026, 11, 20)
CASES.append(case(
    n=15, slug="es-county-mental-health-plan-out-of-network-codes-legend-forwarded-eml", lang="es",
    kind="eml", device=None,
    patient_name="Rosaura Benítez Cárdenas", member_id="VS-MH-0773416", claim_number="VSC-2610-22918",
    notice_date=n15, nd_label="Fecha del aviso", nd_printed=es(n15),
    service_dates=[D(2026, 10, 1), D(2026, 10, 8), D(2026, 10, 15)],
    sd_printed=["01/10/2026", "08/10/2026", "15/10/2026"],
    procedure_codes=["90834"], diagnosis_codes=["F41.1"], carc_codes=["CO-242"],
    denial_category="out_of_network", cat_ev="fuera de la red",
    plan_type="medicaid", plan_ev="Medi-Cal",
    window=("days", 60, "dentro de 60 días a partir de la fecha de este aviso"),
    addr=["Plan de Salud Mental del Condado de Valle Seco", "Atención: Unidad de Quejas y Apelaciones",
          "220 Calle Olivo", "Piso 2", "Valle Seco, CA 93901"],
    traps=["95120438A", "Lidia Cárdenas", "23 nov 2026", "90791", "CO-45", "24/09/2026", "27 Nov 2026"],
    note="Un plan de salud mental del condado (Medi-Cal, atención administrada) niega tres sesiones de "
         "psicoterapia (90834; F41.1) con un proveedor fuera de la red; cada línea lleva solo el código R07, "
         "explicado en la clave al final (R07 = CO-242). La hija reenvía el correo a una clínica legal. "
         "Trampas: la hija, las fechas del correo y del reenvío, el número de Medi-Cal, la evaluación pagada "
         "(90791, R02 = CO-45).",
    extra={"from": "Lidia Cárdenas <lidia.cardenas@correo.example>",
           "to": "Clínica Legal Comunitaria <ayuda@clinicalegal.example>",
           "date": "Fri, 27 Nov 2026 18:40:22 -0800",
           "subject": "RV: Aviso del plan de salud mental de mi mamá",
           "fwd_from": "Plan de Salud Mental del Condado de Valle Seco <avisos@vallesecomh.example>",
           "fwd_date": "lun, 23 nov 2026 a las 9:05",
           "fwd_to": "Rosaura Benítez <rosaura.benitez@correo.example>",
           "intro": "Hola, les mando el aviso que recibió mi mamá, Rosaura Benítez Cárdenas. Ella me pidió "
                    "ayuda para apelar. Gracias, Lidia Cárdenas"},
    blocks=[
        ("title", "Plan de Salud Mental del Condado de Valle Seco"),
        ("small", "Servicios especializados de salud mental para miembros de Medi-Cal. " + FIC_ES),
        ("h", "AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS - DENEGACIÓN DE PAGO"),
        ("kv", [("Fecha del aviso", es(n15)), ("Cliente", "Rosaura Benítez Cárdenas"),
                ("Número de cliente", "VS-MH-0773416"), ("CIN de Medi-Cal", "95120438A"),
                ("Número de reclamo", "VSC-2610-22918"), ("Proveedor", "Centro Terapéutico Alameda"),
                ("Diagnóstico", "F41.1")]),
        ("table", ["Fecha (dd/mm/aaaa)", "Código", "Cobrado", "Pagado", "Código de motivo"],
         [["24/09/2026", "90791", "$220,00", "$168,00", "R02"],
          ["01/10/2026", "90834", "$150,00", "$0,00", "R07"],
          ["08/10/2026", "90834", "$150,00", "$0,00", "R07"],
          ["15/10/2026", "90834", "$150,00", "$0,00", "R07"]]),
        ("h", "Su derecho a apelar"),
        ("p", "Si no está de acuerdo, debe pedir la apelación dentro de 60 días a partir de la fecha de este "
              "aviso. Puede llamar al 1-555-0139 o escribir a:"),
        ("addr", ["Plan de Salud Mental del Condado de Valle Seco", "Atención: Unidad de Quejas y Apelaciones",
                  "220 Calle Olivo", "Piso 2", "Valle Seco, CA 93901"]),
        ("p", "Después de la apelación puede pedir una audiencia estatal."),
        ("h", "Clave de los códigos de motivo"),
        ("table", ["Código", "Código de ajuste", "Qué significa"],
         [["R02", "CO-45", "El cargo es mayor que la cantidad permitida; usted no debe la diferencia."],
          ["R07", "CO-242", "Servicio dado por un proveedor fuera de la red del plan sin autorización del plan."]]),
        ("small", FIC_ES),
    ]))

# ------------------------------------------------------------------ 16
n16 = D(2026, 11, 16)
CASES.append(case(
    n=16, slug="es-chip-statement-three-claims-family-therapy-filed-late-bayer-camera-png", lang="es",
    kind="png", device="bayer",
    patient_name="Valentina Ruiz Ocampo", member_id="HZN-5531870-04", claim_number="HZ 2611 09 3378",
    notice_date=n16, nd_label="Fecha del estado de cuenta", nd_printed=dm(n16),
    service_dates=[D(2026, 3, 3), D(2026, 3, 10)], sd_printed=["03/03/2026", "10/03/2026"],
    procedure_codes=["90847"], diagnosis_codes=["F43.23"], carc_codes=["CO-29"],
    denial_category="timely_filing", cat_ev="fuera del plazo",
    plan_type="chip", plan_ev="CHIP",
    window=("days", 60, "dentro de 60 días a partir de la fecha de este estado de cuenta"),
    addr=["CHIP Horizonte Niños", "Atención: Apelaciones", "Apartado Postal 44120", "Tampa, FL 33631"],
    traps=["Hernán Ruiz", "180 días", "90791", "90832", "02/09/2026", "05/10/2026", "HZ 2609 14 0021", "HZ 2610 22 7154"],
    note="Un estado de cuenta de un plan CHIP separado con tres reclamos de una niña; uno negado: terapia "
         "familiar en marzo (90847; F43.23) presentada fuera del plazo (CO-29). Fechas día/mes/año. Foto con "
         "una cámara de documentos barata (artefactos de mosaico Bayer). Trampas: el padre, los reclamos "
         "pagados, sus códigos y fechas.",
    blocks=[
        ("title", "CHIP Horizonte Niños"),
        ("small", "Programa CHIP de Florida (plan separado, no Medicaid). Estado de cuenta de reclamos. " + FIC_ES),
        ("addr", ["Sr. Hernán Ruiz", "2716 Calle Palmeras", "Tampa, FL 33614"]),
        ("kv", [("Fecha del estado de cuenta", dm(n16)), ("Niña", "Valentina Ruiz Ocampo"),
                ("Número de miembro", "HZN-5531870-04"), ("Formato de fechas", "día/mes/año")]),
        ("h", "Reclamo HZ 2609 14 0021 - Pagado"),
        ("table", ["Fecha", "Código", "Proveedor", "Cobrado", "Pagado", "Motivo"],
         [["02/09/2026", "90791", "Consejería Bahía", "$200,00", "$150,00", "CO-45"]]),
        ("h", "Reclamo HZ 2611 09 3378 - Negado"),
        ("table", ["Fecha", "Código", "Proveedor", "Cobrado", "Pagado", "Motivo"],
         [["03/03/2026", "90847", "Consejería Bahía", "$160,00", "$0,00", "CO-29"],
          ["10/03/2026", "90847", "Consejería Bahía", "$160,00", "$0,00", "CO-29"]]),
        ("p", "Diagnóstico: F43.23. Motivo: el proveedor presentó el reclamo fuera del plazo de 180 días "
              "después de la fecha del servicio. Usted no debe pagar estos servicios a un proveedor de la red."),
        ("h", "Reclamo HZ 2610 22 7154 - Pagado"),
        ("table", ["Fecha", "Código", "Proveedor", "Cobrado", "Pagado", "Motivo"],
         [["05/10/2026", "90832", "Consejería Bahía", "$90,00", "$72,00", "CO-45"]]),
        ("h", "Si no está de acuerdo"),
        ("p", "Puede apelar dentro de 60 días a partir de la fecha de este estado de cuenta. Envíe su apelación "
              "a:"),
        ("addr", ["CHIP Horizonte Niños", "Atención: Apelaciones", "Apartado Postal 44120", "Tampa, FL 33631"]),
        ("small", "Servicios a miembros 1-555-0141. " + FIC_ES),
    ]))

# ------------------------------------------------------------------ 17
n17 = D(2026, 11, 24)
CASES.append(case(
    n=17, slug="es-medicaid-mco-puerto-rico-therapy-visit-cap-legend-page2-stated-date-textpdf", lang="es",
    kind="pdf", device=None,
    patient_name="Wilfredo Santiago Irizarry", member_id="BOH-3307165", claim_number="BS26-11-004512",
    notice_date=n17, nd_label="Fecha del aviso", nd_printed=es(n17),
    service_dates=[D(2026, 11, 3), D(2026, 11, 10)], sd_printed=["03/11/2026", "10/11/2026"],
    procedure_codes=["90834"], diagnosis_codes=["F33.1"], carc_codes=["CO-119"],
    denial_category="benefit_limit", cat_ev="límite",
    plan_type="medicaid", plan_ev="Medicaid",
    window=("date", D(2027, 1, 23), "a más tardar el 23 de enero de 2027"),
    addr=["Plan Bohío Salud", "Atención: Unidad de Apelaciones", "Apartado Postal 70344", "San Juan, PR 00936"],
    traps=["0091772345", "27/10/2026", "10 días", "120 días", "CO-45", "CO-96"],
    note="Un plan de Medicaid administrado de Puerto Rico, en PDF de texto de dos páginas: dos sesiones de "
         "psicoterapia (90834; F33.1) negadas con el código L3, explicado en la página 2 (CO-119, límite de 20 "
         "visitas al año): benefit_limit. Fecha límite escrita. Trampas: el número MPI, la visita 20 pagada "
         "(27/10/2026, L1 = CO-45), 10 y 120 días, un código de la clave no usado (CO-96).",
    blocks=[
        ("title", "Plan Bohío Salud"),
        ("small", "Organización de cuidado coordinado del programa Medicaid de Puerto Rico. " + FIC_ES),
        ("h", "Aviso de determinación adversa de beneficios"),
        ("kv", [("Fecha del aviso", es(n17)), ("Beneficiario", "Wilfredo Santiago Irizarry"),
                ("Número de afiliado", "BOH-3307165"), ("Número MPI", "0091772345"),
                ("Número de reclamación", "BS26-11-004512"), ("Proveedor", "Centro de Salud Conductual Ceiba"),
                ("Diagnóstico", "F33.1")]),
        ("table", ["Fecha (día/mes/año)", "Código", "Visita", "Facturado", "Pagado", "Código de explicación"],
         [["27/10/2026", "90834", "20", "$95.00", "$61.00", "L1"],
          ["03/11/2026", "90834", "21", "$95.00", "$0.00", "L3"],
          ["10/11/2026", "90834", "22", "$95.00", "$0.00", "L3"]]),
        ("p", "Los códigos de explicación están en la página 2."),
        ("h", "Cómo apelar"),
        ("p", "Si no está de acuerdo, pida una apelación a más tardar el 23 de enero de 2027. Si quiere seguir "
              "recibiendo servicios ya aprobados mientras apela, apele dentro de 10 días. Luego puede pedir una "
              "audiencia administrativa dentro de 120 días de la decisión del plan. Envíe su apelación a:"),
        ("addr", ["Plan Bohío Salud", "Atención: Unidad de Apelaciones", "Apartado Postal 70344",
                  "San Juan, PR 00936"]),
        ("page",),
        ("h", "Página 2 - Clave de códigos de explicación"),
        ("table", ["Código", "Código de ajuste", "Explicación"],
         [["L1", "CO-45", "Pagado según la tarifa contratada."],
          ["L3", "CO-119", "Se alcanzó el límite del beneficio: su plan cubre 20 visitas de psicoterapia al año."],
          ["L5", "CO-96", "Servicio no cubierto por su plan."]]),
        ("small", "Servicios al afiliado 1-555-0142. " + FIC_ES),
    ]))

# ------------------------------------------------------------------ 18
n18 = D(2026, 11, 20)
CASES.append(case(
    n=18, slug="es-medicaid-fee-for-service-ect-prior-auth-denied-two-dates-infrared-photo", lang="es",
    kind="jpeg", device="infrared",
    patient_name="Aurelio Chávez Montoya", member_id="MT4408172936", claim_number="PA-MT-2611-30458",
    notice_date=n18, nd_label="Fecha de envío", nd_printed=es(n18),
    procedure_codes=["90870", "00104"], diagnosis_codes=["F33.2"],
    denial_category="medical_necessity", cat_ev="necesidad médica",
    plan_type="medicaid", plan_ev="Medicaid",
    window=("days", 90, "90 días a partir de la fecha de envío de este aviso"),
    addr=["Oficina de Audiencias Imparciales", "Departamento de Atención Médica de Montana",
          "Apartado Postal 202951", "Helena, MT 59620"],
    traps=["19 de noviembre de 2026", "14/02/1968", "10 días", "111 North Sanders Street"],
    note="Medicaid de pago por servicio (Montana, la agencia del estado) niega antes del servicio una serie de "
         "TEC con anestesia (90870, 00104; F33.2): medical_necessity. Sin plan ni apelación al plan: la "
         "audiencia imparcial es el primer paso, y su plazo y dirección son los que se usan. Dos fechas: la "
         "decisión (19 nov.) y el envío (20 nov., la fecha del aviso). Foto con la cámara infrarroja nocturna "
         "de un teléfono. Trampas: la fecha de decisión, la fecha de nacimiento, 10 días, la oficina del "
         "programa.",
    blocks=[
        ("title", "Departamento de Atención Médica de Montana"),
        ("small", "Programa Medicaid - pago por servicio. 111 North Sanders Street, Helena, MT 59601. " + FIC_ES),
        ("h", "AVISO DE DENEGACIÓN DE AUTORIZACIÓN PREVIA"),
        ("kv", [("Fecha de la decisión", es(D(2026, 11, 19))), ("Fecha de envío", es(n18)),
                ("Nombre", "Aurelio Chávez Montoya"), ("Fecha de nacimiento", "14/02/1968"),
                ("Número de Medicaid", "MT4408172936"), ("Número de solicitud", "PA-MT-2611-30458")]),
        ("p", "Su médico pidió autorización para 12 tratamientos de terapia electroconvulsiva (90870) con "
              "anestesia (00104), diagnóstico F33.2. Negamos la solicitud."),
        ("p", "Motivo: los registros no muestran necesidad médica según los criterios del programa: no incluyen "
              "la evaluación de anestesia ni la escala de depresión de los últimos 30 días."),
        ("h", "Su derecho a una audiencia imparcial estatal"),
        ("p", "En Medicaid de pago por servicio no hay un plan ni una apelación previa: la audiencia es el "
              "primer paso."),
        ("p", "Tiene 90 días a partir de la fecha de envío de este aviso para pedir una audiencia imparcial "
              "estatal. Si ya recibe este servicio y pide la audiencia dentro de 10 días, puede seguir "
              "recibiéndolo. Envíe su pedido a:"),
        ("addr", ["Oficina de Audiencias Imparciales", "Departamento de Atención Médica de Montana",
                  "Apartado Postal 202951", "Helena, MT 59620"]),
        ("small", "Ayuda gratis: 1-555-0144. " + FIC_ES),
    ]))
