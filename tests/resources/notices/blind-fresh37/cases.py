"""The 18 FICTIONAL notices of set 37: content blocks, keys and check anchors.

Every person, plan, provider, number and address is invented. Codes by number only; services in my own words.
"""
from kit import D, us, longd, abbr, caps, es, dmy, add_months

R_ERISA = "29 CFR 2560.503-1(h)(3)(i)"
R_CHURCH = "26 CFR 54.9815-2719(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)"


def c01():
    n, s1, s2 = D("2026-11-18"), D("2026-10-27"), D("2026-10-29")
    p1, p2 = D("2026-10-20"), D("2026-10-22")
    basis = "Your written appeal must be filed within 180 days after you receive this Explanation of Benefits"
    blocks = [
        ("title", "CEDAR RIDGE MUTUAL HEALTH INSURANCE COMPANY"),
        ("small", "Claims Office: 4100 Bee Cave Road, Austin, TX 78746   |   Member Services 1-555-0142"),
        ("p", "FICTIONAL SAMPLE - NOT A REAL PLAN, PERSON OR CLAIM"),
        ("h", "EXPLANATION OF BENEFITS - THIS IS NOT A BILL", {"bar": True}),
        ("kv", [("Date Prepared:", us(n)), ("Patient:", "DESMOND A. OKAFOR-REYES"),
                ("Member ID:", "CRM 774 219 05"), ("Group No.:", "0088143"),
                ("Coverage:", "LONE OAK CERAMICS, INC. EMPLOYEE BENEFIT PLAN - EMPLOYER GROUP PPO (INSURED)"),
                ("Claim No.:", "2026 1104 7731"), ("Provider:", "HILLCOUNTRY NEUROMODULATION CENTER"),
                ("Claim Received:", us(D("2026-11-04")))], {"box": True, "lw": 0.3}),
        ("table", ["Line", "Service Date", "Code", "Service", "Dx", "Billed", "Plan Paid", "Adj."],
         [["1", us(p1), "90868", "Magnetic stimulation session", "F33.2", "$310.00", "$150.72", "-"],
          ["2", us(p2), "90868", "Magnetic stimulation session", "F33.2", "$310.00", "$150.72", "-"],
          ["3", us(p2), "99213", "Office visit, established", "F33.2", "$145.00", "$78.10", "-"],
          ["4", us(s1), "90868", "Magnetic stimulation session", "F33.2", "$310.00", "$0.00", "CO-119"],
          ["5", us(s2), "90868", "Magnetic stimulation session", "F33.2", "$310.00", "$0.00", "CO-119"]],
         {"grid": True}),
        ("p", "CO-119: The benefit maximum for this period has been reached. Your plan pays for up to 30 "
              "magnetic stimulation sessions in a calendar year; lines 4 and 5 are sessions 31 and 32 and are "
              "not payable. You owe $620.00 for these lines."),
        ("h", "YOUR RIGHT TO APPEAL"),
        ("p", f"If you disagree with how this claim was processed, you may appeal. {basis}. If waiting would "
              "seriously jeopardize your health, ask for an expedited appeal and we will decide within 72 hours."),
        ("p", "Mail your appeal to:"),
        ("addr", ["Cedar Ridge Mutual Health Insurance Company", "Attn: Member Appeals Unit", "PO Box 30417",
                  "Austin, TX 78755-0417"], {"indent": 40}),
        ("p", "After our final decision you may ask for an independent external review. You also have the right "
              "to bring a civil action under section 502(a) of ERISA following an adverse decision on appeal."),
    ]
    return dict(
        num="01", slug="employer-insured-eob-caps-tms-session-cap-camera-date-imprint-photo", lang="en",
        kind="jpg", device=("date_imprint", "'26 12 03"), blocks=blocks,
        note="FICTIONAL. An insured employer PPO's EOB in capitals (ERISA), five lines: two TMS sessions (90868) "
             "past the 30-session yearly maximum (CO-119, benefit_limit), paid sessions and a paid 99213. Photo "
             "by a compact camera on a kraft shipping box with its orange date imprint. Stated 180 days. Traps: "
             "the imprint '26 12 03, paid lines and their dates, group number, claim received date, claims "
             "office, 72 hours.",
        keys=dict(patient_name="DESMOND A. OKAFOR-REYES", member_id="CRM 774 219 05", claim_number="2026 1104 7731",
                  notice_date=n, service_dates=[s1, s2], procedure_codes=["90868"], diagnosis_codes=["F33.2"],
                  carc_codes=["CO-119"], denial_category="benefit_limit", plan_type="employer_erisa",
                  urgent=False),
        notice=("Date Prepared:", us(n)), services=[us(s1), us(s2)], window=("days", 180, basis),
        addr=["Cedar Ridge Mutual Health Insurance Company", "Attn: Member Appeals Unit", "PO Box 30417",
              "Austin, TX 78755-0417"],
        traps=["'26 12 03", "0088143", "99213", us(p1), "11/04/2026", "4100 Bee Cave Road", "72 hours"],
        ev=["benefit maximum", "EMPLOYER GROUP PPO", "ERISA"])


def c02():
    n, s1, s2 = D("2026-11-20"), D("2026-10-06"), D("2026-10-09")
    basis = "The Plan must receive your appeal within 180 days of the date you receive this notice"
    blocks = [
        ("p", "NORTHGATE BENEFIT ADMINISTRATORS, LLC - CLAIM DETERMINATION NOTICE (FICTIONAL SAMPLE)"),
        ("p", "Halvorsen Marine Supply Co. Employee Health Plan is a self-funded group health plan sponsored by "
              "Halvorsen Marine Supply Co. Northgate Benefit Administrators, LLC processes claims for the Plan as "
              "its third-party administrator and does not insure it."),
        ("kv", [("Date of this notice:", longd(n)), ("Subscriber:", "Gunnar Brandt"),
                ("Subscriber ID:", "NBA-204-883-17-01"), ("Patient:", "Marisol Theodora Brandt (spouse)"),
                ("Patient ID:", "NBA-204-883-17-02"), ("Claim reference:", "NBA-26-5513907"),
                ("Group:", "HMS-4410")]),
        ("p", "Dear Mr. Brandt,"),
        ("p", f"We reviewed the claim that Lakeview Interventional Psychiatry sent for the esketamine nasal spray "
              f"treatments your spouse received in the office on {longd(s1)} and {longd(s2)}, with the monitoring "
              "time after each dose. The Plan will not pay these charges."),
        ("table", ["Date", "Code", "Units", "What was billed", "Billed", "Status"],
         [[us(s1), "J0013", "84", "Esketamine, per mg", "$1,512.00", "Denied CO-197"],
          [us(s1), "99415", "1", "Staff monitoring, first hour", "$95.00", "Denied CO-197"],
          [us(s1), "99416", "1", "Staff monitoring, added hour", "$60.00", "Denied CO-197"],
          [us(s2), "J0013", "84", "Esketamine, per mg", "$1,512.00", "Denied CO-197"],
          [us(s2), "99415", "1", "Staff monitoring, first hour", "$95.00", "Denied CO-197"],
          [us(s2), "99416", "1", "Staff monitoring, added hour", "$60.00", "Denied CO-197"]]),
        ("p", "Why: the Plan requires prior authorization for esketamine given in a provider's office. We have no "
              "authorization on file for these dates (adjustment code CO-197). The diagnosis on the claim was "
              "F32.2."),
        ("p", f"Your right to appeal: you or someone you name in writing may appeal. {basis}. Send it to "
              "Halvorsen Marine Supply Co. Employee Health Plan, c/o Northgate Benefit Administrators, "
              "Appeals Review Unit, PO Box 66218, Milwaukee, WI 53266-0218. Please do not send appeals to our "
              "claims address, PO Box 66200."),
        ("p", "You may ask for copies of all documents relevant to your claim free of charge. If your appeal is "
              "denied, you may have the right to an external review and to bring a civil action under section "
              "502(a) of the Employee Retirement Income Security Act (ERISA). Questions: 1-555-0108."),
    ]
    email = dict(
        frm='"Gunnar Brandt" <gbrandt@halvorsenmarine.example>',
        to='"Benefits Help Desk" <benefits@halvorsenmarine.example>',
        date="Mon, 30 Nov 2026 08:14:22 -0600",
        subject="FW: Claim determination notice - reference NBA-26-5513907",
        note=["Hi Deb,", "Forwarding what Northgate sent about Marisol's nasal spray treatments. Who do I talk to "
              "about appealing this? Her doctor says the office thought it was approved.", "Thanks,", "Gunnar",
              "Gunnar Brandt | Warehouse Lead | ext. 0119"],
        fwd=["From: Northgate Benefit Administrators <no-reply@northgatebenefits.example>",
             "Sent: Monday, November 23, 2026 4:02 PM",
             "To: Gunnar Brandt <gbrandt@halvorsenmarine.example>",
             "Subject: Claim determination notice - reference NBA-26-5513907"])
    return dict(
        num="02", slug="self-funded-tpa-outlook-forward-spravato-no-auth-eml",
        lang="en", kind="eml", blocks=blocks, email=email,
        note="FICTIONAL. The subscriber forwards (Outlook style, HTML and plain parts) a TPA's notice about his "
             "wife's claim to his employer's benefits desk. Self-funded employer plan (ERISA). Esketamine "
             "(J0013) with monitoring (99415, 99416) on 2 days, no prior authorization (CO-197). Stated 180 days. "
             "Traps: the subscriber and his -01 ID, group, the Date header (30 Nov), the Sent line (23 Nov), "
             "the claims box.",
        keys=dict(patient_name="Marisol Theodora Brandt", member_id="NBA-204-883-17-02",
                  claim_number="NBA-26-5513907", notice_date=n, service_dates=[s1, s2],
                  procedure_codes=["J0013", "99415", "99416"], diagnosis_codes=["F32.2"], carc_codes=["CO-197"],
                  denial_category="prior_authorization", plan_type="employer_erisa", urgent=False),
        notice=("Date of this notice:", longd(n)), services=[longd(s1), longd(s2)], window=("days", 180, basis),
        addr=["Halvorsen Marine Supply Co. Employee Health Plan", "c/o Northgate Benefit Administrators",
              "Appeals Review Unit", "PO Box 66218", "Milwaukee, WI 53266-0218"],
        traps=["Gunnar Brandt", "NBA-204-883-17-01", "HMS-4410", "30 Nov 2026", "November 23, 2026",
               "PO Box 66200"],
        ev=["prior authorization", "self-funded group health plan", "ERISA"])


def c03():
    n = D("2026-11-06")
    ds = [D("2026-09-28"), D("2026-09-29"), D("2026-09-30"), D("2026-10-01")]
    basis = "You have 180 days from the date you receive this notice to ask for an internal appeal"
    blocks = [
        ("kv", [("Explanation of Benefits issued", longd(n)), ("Claim number", "R26-31177025"),
                ("Patient", "Keon Ashby-Lindqvist"), ("Member ID", "RBH8830192714"),
                ("Plan", "Bluewater Select Silver 2 - an individual plan bought through the Health Insurance "
                         "Marketplace"),
                ("Provider", "Juniper Path Behavioral Health (in network)"), ("Diagnosis", "F33.1")]),
        ("table", ["Date of service", "Code", "Service", "Billed", "You may owe", "Status", "Code"],
         [[us(d), "S9480", "Intensive outpatient program, per day", "$425.00", "$425.00", "Denied", "CO-50"]
          for d in ds]),
        ("p", "Why we denied it: We compared the records your provider sent with our behavioral health "
              "level-of-care criteria. The records did not show that you needed intensive outpatient treatment "
              "on these days; they describe symptoms that could be treated with weekly outpatient therapy. "
              "The service was not medically necessary."),
        ("p", f"How to appeal: {basis}. You can send your appeal through this portal, or mail it to Riverbend "
              "Health Insurance Co., Appeals and Grievances, 2250 Commerce Park Dr., Suite 300, Boise, ID 83709. "
              "If your situation is urgent, call 1-555-0117 to ask for an expedited appeal."),
    ]
    return dict(
        num="03", slug="marketplace-portal-cards-three-claims-iop-four-days-medical-necessity-html", lang="en",
        kind="html", blocks=blocks,
        note="FICTIONAL. A Marketplace plan's member portal (cards and a definition list), three claims listed, "
             "one denied: intensive outpatient days (S9480) on 4 days, not medically necessary (CO-50). Stated "
             "180 days. Traps: the paid and in-process claims with their codes and dates, the last sign-in stamp.",
        keys=dict(patient_name="Keon Ashby-Lindqvist", member_id="RBH8830192714", claim_number="R26-31177025",
                  notice_date=n, service_dates=ds, procedure_codes=["S9480"], diagnosis_codes=["F33.1"],
                  carc_codes=["CO-50"], denial_category="medical_necessity", plan_type="individual_aca",
                  urgent=False),
        notice=("Explanation of Benefits issued", longd(n)), services=[us(d) for d in ds],
        window=("days", 180, basis),
        addr=["Riverbend Health Insurance Co.", "Appeals and Grievances", "2250 Commerce Park Dr.", "Suite 300",
              "Boise, ID 83709"],
        traps=["R26-30918844", "R26-31402210", "90837", "90834", "12/05/2026"],
        ev=["not medically necessary", "Health Insurance Marketplace"])


def c04():
    n, s1, s2 = D("2026-11-09"), D("2026-10-05"), D("2026-10-19")
    dl = D("2027-05-10")
    basis = f"Your appeal must be received by {longd(dl)}"
    sections = [
        ("1. Member", [("Name", "Yui Nakashima-Ortiz"), ("Member ID", "ALU-SHIP-2026-041877"),
                       ("Student ID", "A00729315"), ("Plan", "Alderbrook University Student Health Insurance Plan, "
                                                             "2026-2027 policy year")]),
        ("2. Claim", [("Claim number", "PLH 7710 4432 09"),
                      ("Provider", "Cobblestone Counseling Collective (not in the plan's network)"),
                      ("Dates of service", f"{longd(s1)} and {longd(s2)}"),
                      ("Procedure code", "90837 (individual psychotherapy, long session)"),
                      ("Diagnosis code", "F43.10")]),
        ("3. Decision", [("Decision issued on", longd(n)), ("Decision", "Denied; adjustment reason code CO-242")]),
        ("4. Reason", [("Why", "The provider does not take part in the plan's network. Under the plan, services "
                               "from providers outside the network are covered only for emergencies or when we "
                               "approve them in advance because no network provider is available.")]),
        ("5. Deadline to appeal", [("Deadline", f"{basis}. We decide standard appeals within 30 days; urgent "
                                                "appeals within 72 hours.")]),
        ("6. Where to send your appeal", [("Mail", "Pinecrest Life & Health Insurance Company | Student Plan "
                                                   "Appeals | Attention: Grievance Coordinator | PO Box 8812 | "
                                                   "Hartford, CT 06102")]),
        ("7. Other help", [("Help", "After our final decision you may ask for an external review within 4 months. "
                                    "Student health insurance questions: 1-555-0163; shipappeals@pinecrest.example.")]),
    ]
    return dict(
        num="04", slug="student-plan-numbered-boxed-sections-psychotherapy-out-of-network-stated-date-pdf",
        lang="en", kind="pdf", sections=sections,
        head=["PINECREST LIFE & HEALTH INSURANCE COMPANY", "Underwriter of the Alderbrook University Student Health "
              "Insurance Plan", "NOTICE OF ADVERSE BENEFIT DETERMINATION - FICTIONAL SAMPLE"],
        note="FICTIONAL. A student health insurance plan's notice as a form of seven numbered boxed sections (text "
             "PDF). Psychotherapy (90837) on 2 days with an out-of-network counselor (CO-242). Stated date May 10, "
             "2027. Traps: student ID, 30 days, 72 hours, 4 months.",
        keys=dict(patient_name="Yui Nakashima-Ortiz", member_id="ALU-SHIP-2026-041877",
                  claim_number="PLH 7710 4432 09", notice_date=n, service_dates=[s1, s2],
                  procedure_codes=["90837"], diagnosis_codes=["F43.10"], carc_codes=["CO-242"],
                  denial_category="out_of_network", plan_type="individual_aca", urgent=False),
        notice=("Decision issued on", longd(n)), services=[longd(s1), longd(s2)],
        window=("date", dl, basis),
        addr=["Pinecrest Life & Health Insurance Company", "Student Plan Appeals", "Attention: Grievance Coordinator",
              "PO Box 8812", "Hartford, CT 06102"],
        traps=["A00729315", "30 days", "72 hours", "4 months"],
        ev=["not in the plan's network", "Student Health Insurance Plan"])


def c05():
    n, s1 = D("2026-10-30"), D("2026-09-16")
    paras = [
        "COVENANT STEWARDSHIP BENEFITS BOARD",
        "Health Plan of the Evangelical Fellowship of the Ozarks (FICTIONAL SAMPLE)",
        "1400 Chapel Hill Road, Springfield, MO 65804  -  1-555-0151",
        f"Springfield, Missouri, {longd(n)}",
        "Ms. Ruth Ellen Abernathy-Sosa",
        "2217 Persimmon Lane",
        "Joplin, MO 64801",
        "Re: Participant ID CSB-0049-2281-3; claim 26-09-118402",
        "Dear Ms. Abernathy-Sosa:",
        f"We have finished our review of the claim Ozark Spine and Pain Associates sent for the nerve blocks you "
        f"received on {longd(s1)}: blocks of the medial branch nerves to two levels of the joints in your neck, "
        "billed with procedure codes 64490 and 64491 and diagnosis code M47.812. We are sorry to tell you that "
        "the claim has been denied (adjustment code CO-50).",
        "Our reviewing physician, who is board certified in anesthesiology and pain medicine, found that the "
        "records sent to us do not show at least three months of neck pain that did not improve with physical "
        "therapy and medicines, which the Plan's medical policy for these blocks requires. For that reason the "
        "Plan considers the blocks not medically necessary.",
        "The Health Plan is a church plan, as the Internal Revenue Code defines one in section 414(e), and it has "
        "not elected to be covered by ERISA.",
        "You may ask the Benefits Board to look at this decision again. How and when to ask is explained in "
        "Article 9 of your Summary Plan Booklet. We decide requests for review within 60 days of receiving them. "
        "Please mail your request for review to: Covenant Stewardship Benefits Board, Appeals Committee, Attn: "
        "Claims Review Nurse, PO Box 11590, Springfield, MO 65808.",
        "You may ask for the policy we used and for copies of the records we reviewed, free of charge. If you have "
        "questions, call us at 1-555-0151.",
        "In His service,",
        "Marian Okonkwo-Hale, RN, Claims Review",
    ]
    return dict(
        num="05", slug="church-plan-word-letter-in-sentences-cervical-medial-branch-blocks-docx", lang="en",
        kind="docx", paras=paras,
        note="FICTIONAL. A church plan (not ERISA) writes a Word letter with every fact in sentences: cervical "
             "medial branch blocks (64490, 64491; M47.812) on one day, not medically necessary (CO-50). No "
             "window printed (it points to the booklet): the church rule, 180 days. Traps: letterhead office, "
             "home address, 60 days.",
        keys=dict(patient_name="Ruth Ellen Abernathy-Sosa", member_id="CSB-0049-2281-3", claim_number="26-09-118402",
                  notice_date=n, service_dates=[s1], procedure_codes=["64490", "64491"],
                  diagnosis_codes=["M47.812"], carc_codes=["CO-50"], denial_category="medical_necessity",
                  plan_type="church", urgent=False),
        notice=("Springfield, Missouri,", longd(n)), services=[longd(s1)], window=("rule", 180, R_CHURCH),
        addr=["Covenant Stewardship Benefits Board", "Appeals Committee", "Attn: Claims Review Nurse",
              "PO Box 11590", "Springfield, MO 65808"],
        traps=["1400 Chapel Hill Road", "2217 Persimmon Lane", "60 days"],
        ev=["not medically necessary", "church plan"])


def c06():
    n = D("2026-11-03")
    ds = [D("2026-10-13"), D("2026-10-15"), D("2026-10-20")]
    basis = "You have 180 days after you receive this notice to file a first-level appeal"
    rows = [[us(D("2026-10-06")), "90792", "F33.2", "$380.00", "$262.00", "PAID", ""]]
    for d in ds:
        rows.append([us(d), "90870", "F32.A", "$690.00", "$0.00", "DENIED", "CO-11"])
        rows.append([us(d), "00104", "F32.A", "$520.00", "$0.00", "DENIED", "CO-11"])
    blocks = [
        ("title", "STATE OF NEBRASKA EMPLOYEE HEALTH BENEFIT PLAN"),
        ("p", "A governmental plan for state employees - claims administered by Great Plains Claims Services - "
              "FICTIONAL SAMPLE"),
        ("h", "NOTICE OF CLAIM DETERMINATION", {"bar": True}),
        ("kv", [("DATE ISSUED", us(n)), ("MEMBER", "TOBIAS QUINN MARSHALL-WEBB"), ("MEMBER NUMBER", "NSE 5502-1187-3"),
                ("CLAIM NUMBER", "GPC-2611-004518"), ("AGENCY", "DEPT. OF TRANSPORTATION, DISTRICT 4"),
                ("PROVIDER", "PLATTE VALLEY PSYCHIATRIC HOSPITAL")], {"grid": True, "lw": 0.34}),
        ("table", ["DATE", "CODE", "DX", "BILLED", "PAID", "STATUS", "REASON"], rows, {"grid": True}),
        ("p", "REASON CO-11: THE DIAGNOSIS BILLED DOES NOT SUPPORT THE PROCEDURE. THE PLAN PAYS ELECTROCONVULSIVE "
              "THERAPY AND ITS ANESTHESIA FOR THE DIAGNOSES LISTED IN MEDICAL POLICY BH-14; THIS CLAIM CARRIES AN "
              "UNSPECIFIED DEPRESSION CODE. YOUR PROVIDER MAY SEND A CORRECTED CLAIM. A CORRECTED CLAIM IS NOT AN "
              "APPEAL."),
        ("h", "APPEAL RIGHTS", {"bar": True}),
        ("p", f"{basis.upper()}. WRITE TO:"),
        ("addr", ["STATE OF NEBRASKA EMPLOYEE HEALTH BENEFIT PLAN", "C/O GREAT PLAINS CLAIMS SERVICES",
                  "APPEALS DEPARTMENT", "PO BOX 82710", "LINCOLN, NE 68501-2710"], {"indent": 40}),
        ("p", "AFTER THE SECOND-LEVEL APPEAL YOU MAY REQUEST AN EXTERNAL REVIEW WITHIN 4 MONTHS. QUESTIONS: "
              "1-555-0133."),
    ]
    return dict(
        num="06", slug="state-employees-plan-caps-red-dropout-scan-ect-diagnosis-mismatch-png", lang="en",
        kind="png", device=("dropout",), blocks=blocks, accent=(228, 52, 52), fill=(252, 212, 212),
        note="FICTIONAL. A state employees' plan (governmental) notice in capitals on a red form, scanned in "
             "red-dropout mode so the form's rules and shading are faint ghosts. ECT (90870) and its anesthesia "
             "(00104) on 3 days, diagnosis F32.A does not support the procedure (CO-11): coding_billing. Stated 180 "
             "days. Traps: a paid 90792 line with F33.2 and its date, a corrected claim that is no appeal, 4 months.",
        keys=dict(patient_name="TOBIAS QUINN MARSHALL-WEBB", member_id="NSE 5502-1187-3",
                  claim_number="GPC-2611-004518", notice_date=n, service_dates=ds,
                  procedure_codes=["90870", "00104"], diagnosis_codes=["F32.A"], carc_codes=["CO-11"],
                  denial_category="coding_billing", plan_type="governmental", urgent=False),
        notice=("DATE ISSUED", us(n)), services=[us(d) for d in ds], window=("days", 180, basis.upper()),
        addr=["STATE OF NEBRASKA EMPLOYEE HEALTH BENEFIT PLAN", "C/O GREAT PLAINS CLAIMS SERVICES",
              "APPEALS DEPARTMENT", "PO BOX 82710", "LINCOLN, NE 68501-2710"],
        traps=["90792", "F33.2", "10/06/2026", "4 MONTHS", "CORRECTED CLAIM IS NOT AN APPEAL"],
        ev=["DIAGNOSIS BILLED DOES NOT SUPPORT THE PROCEDURE", "governmental plan for state employees"])


def c07():
    n = D("2026-11-16")
    basis = "YOUR REQUEST MUST BE RECEIVED WITHIN 90 DAYS OF THE DATE THIS NOTICE WAS MAILED"
    return dict(
        num="07", slug="medicaid-fee-for-service-caps-mainframe-text-ketamine-not-covered-fair-hearing-txt",
        lang="en", kind="txt",
        note="FICTIONAL. A fee-for-service Medicaid agency's prior authorization decision as a fixed-width, "
             "all-capitals text file with CRLF line ends and ASCII boxes. IV ketamine before care (96365, 96366, "
             "J3490; F33.2) is not a covered service: not_covered. No plan appeal: the fair hearing's stated 90 "
             "days from mailing and the hearing office's address are keyed. Traps: DOB, Medicaid ID is the "
             "member ID here, 28 days for court, the agency's street office.",
        keys=dict(patient_name="LORETTA MAE JEFFERSON-PIKE", member_id="0041 7729 815", claim_number="PA-2026-1180-4471",
                  notice_date=n, procedure_codes=["96365", "96366", "J3490"], diagnosis_codes=["F33.2"],
                  denial_category="not_covered", plan_type="medicaid", urgent=False),
        notice=("LETTER DATE:", us(n)), services=[], window=("days", 90, basis),
        addr=["IDAHO MEDICAL ASSISTANCE PROGRAM", "HEARINGS COORDINATOR", "PO BOX 44019", "BOISE, ID 83711-4019"],
        traps=["04/12/1971", "28 DAYS", "3232 ELDER STREET"],
        ev=["NOT A COVERED SERVICE", "FEE-FOR-SERVICE"])


def c07_text(c):
    n = c["keys"]["notice_date"]
    basis = c["window"][2]
    b1, b2 = basis.rsplit(" THIS ", 1)
    b2 = "THIS " + b2
    W = 78
    bar = "+" + "-" * (W - 2) + "+"

    def box(t):
        return "| " + t.ljust(W - 4) + " |"
    L = [bar, box("IDAHO MEDICAL ASSISTANCE PROGRAM - MEDICAID FEE-FOR-SERVICE"),
         box("FICTIONAL SAMPLE - NOT A REAL AGENCY NOTICE"),
         box("3232 ELDER STREET, BOISE, ID 83705    PHONE 1-555-0129"), bar, "",
         "NOTICE OF DECISION: PRIOR AUTHORIZATION REQUEST", "=" * 46, "",
         f"LETTER DATE:        {us(n)}",
         "PARTICIPANT:        LORETTA MAE JEFFERSON-PIKE",
         "MEDICAID ID:        0041 7729 815",
         "DATE OF BIRTH:      04/12/1971",
         "PA NUMBER:          PA-2026-1180-4471",
         "REQUESTING PROVIDER: TREASURE VALLEY INFUSION CLINIC",
         "", "SERVICE REQUESTED:", "  SERIES OF 6 INTRAVENOUS KETAMINE INFUSIONS",
         "  CODES: 96365  96366  J3490          DIAGNOSIS: F33.2", "",
         "DECISION:           DENIED", "",
         "REASON FOR DECISION:",
         "  INTRAVENOUS KETAMINE FOR DEPRESSION IS NOT A COVERED SERVICE UNDER THE",
         "  IDAHO MEDICAID STATE PLAN. SEE THE MEDICAID PROVIDER HANDBOOK, SECTION ON",
         "  NON-COVERED SERVICES. THIS DECISION IS NOT ABOUT WHETHER THE TREATMENT",
         "  COULD HELP YOU.", "",
         "YOUR RIGHT TO A FAIR HEARING",
         "-" * 28,
         "  IF YOU DISAGREE WITH THIS DECISION YOU MAY ASK FOR A FAIR HEARING.",
         "  " + b1,
         "  " + b2 + ". SEND YOUR WRITTEN REQUEST TO:", "",
         "      IDAHO MEDICAL ASSISTANCE PROGRAM",
         "      HEARINGS COORDINATOR",
         "      PO BOX 44019",
         "      BOISE, ID 83711-4019", "",
         "  OR FAX IT TO 1-555-0130. YOU MAY HAVE SOMEONE HELP YOU OR SPEAK FOR YOU.",
         "  IF YOU DISAGREE WITH THE HEARING OFFICER'S FINAL ORDER YOU MAY ASK A",
         "  DISTRICT COURT TO REVIEW IT WITHIN 28 DAYS OF THAT ORDER.", "",
         bar, box("THIS IS NOT A BILL.  KEEP THIS NOTICE FOR YOUR RECORDS."), bar, ""]
    return "\r\n".join(L)


def c08():
    n = D("2026-11-25")
    basis = "You have 60 days from the date of this notice to ask for an appeal"
    blocks = [
        ("title", "Prairie Star Community Health Plan"),
        ("small", "Oklahoma Medicaid managed care plan - FICTIONAL SAMPLE - 1-555-0155 (TTY 711)"),
        ("h", "NOTICE OF ADVERSE BENEFIT DETERMINATION"),
        ("kv", [("Date sent:", longd(n)), ("Member:", "Shanice Oduya-Bellamy"), ("Plan member ID:", "PSC-900417236"),
                ("Medicaid ID:", "S0088412903"), ("Date of birth:", us(D("1994-02-09"))),
                ("Authorization number:", "UM-26-1125-0871")]),
        ("p", "Your provider, Redbud Behavioral Hospital, asked us to approve 10 more days of partial "
              "hospitalization (H0035) for bipolar depression (F31.4). We approved 4 days, November 23 through "
              "November 26, 2026. We denied the other 6 days."),
        ("p", "Why: Based on our level-of-care criteria for partial hospitalization, the records show you can now "
              "be treated safely in an intensive outpatient program three days a week. The additional days are "
              "not medically necessary at this level of care."),
        ("p", "We made this decision on an expedited (fast) basis because your provider told us that waiting "
              "could seriously harm your health."),
        ("h", "Your right to appeal"),
        ("p", f"{basis}. Call us, or write to Prairie Star Community Health Plan, Attn: Appeals and Grievances, "
              "5100 N. Classen Blvd., Suite 410, Oklahoma City, OK 73118. You can ask for a fast appeal."),
        ("p", "To keep getting the denied days while we decide, you must appeal within 10 days of this notice. "
              "After our appeal decision you may ask for a State Fair Hearing within 120 days."),
    ]
    return dict(
        num="08", slug="medicaid-managed-care-chat-screenshot-php-days-reduced-expedited-png", lang="en",
        kind="png", device=("chat", "Tasha", [("Got this letter from Prairie Star today", True)],
                            [("I can look at it after work", False)], "Thu, Dec 3"),
        blocks=blocks, size=40,
        note="FICTIONAL. A Medicaid managed-care plan's expedited notice of adverse benefit determination, "
             "photographed and sent in a text-message thread (phone screenshot). 6 more days of partial "
             "hospitalization (H0035; F31.4) denied as a lower level would do: medical_necessity; urgent. Request "
             "before (further) care: no service dates or CARC. Stated 60 days. Traps: the thread's 'Thu, Dec 3', "
             "Medicaid ID, DOB, approved days, 10 days, 120 days.",
        keys=dict(patient_name="Shanice Oduya-Bellamy", member_id="PSC-900417236", claim_number="UM-26-1125-0871",
                  notice_date=n, procedure_codes=["H0035"], diagnosis_codes=["F31.4"],
                  denial_category="medical_necessity", plan_type="medicaid", urgent=True),
        notice=("Date sent:", longd(n)), services=[], window=("days", 60, basis),
        addr=["Prairie Star Community Health Plan", "Attn: Appeals and Grievances", "5100 N. Classen Blvd.",
              "Suite 410", "Oklahoma City, OK 73118"],
        traps=["Thu, Dec 3", "S0088412903", "02/09/1994", "10 days", "120 days"],
        ev=["not medically necessary", "Medicaid managed care plan", "expedited (fast) basis"])


def c09():
    n = D("2026-11-10")
    s1, s2, p0 = D("2026-10-07"), D("2026-10-14"), D("2026-09-30")
    basis = "You may appeal within 180 days of receiving this letter"
    rows = [[abbr(p0), "99204", "New patient visit", "$260.00", "$182.00", "Paid"]]
    for d in (s1, s2):
        rows += [[abbr(d), "96365", "IV infusion, first hour", "$350.00", "$0.00", "CO-55"],
                 [abbr(d), "96366", "IV infusion, added hour", "$120.00", "$0.00", "CO-55"],
                 [abbr(d), "J3490", "Drug (ketamine)", "$95.00", "$0.00", "CO-55"]]
    blocks = [
        ("title", "Summit Crest Insurance Company"),
        ("small", "Group health coverage for Tri-County Asphalt Paving, Inc. employees - FICTIONAL SAMPLE"),
        ("h", "Claim Decision Letter"),
        ("kv", [("Issued:", longd(n)), ("Member:", "Bartholomew Ng-Castellanos"), ("ID number:", "SCI-448810273-00"),
                ("SSN on file:", "XXX-XX-6204", "redact"), ("Claim:", "SC2611-07-33815"),
                ("Provider:", "Elm Street Ketamine and Wellness"), ("Refund account:", "Checking ****4471", "redact")]),
        ("table", ["Date", "Code", "Service", "Billed", "Paid", "Adj."], rows),
        ("p", "Diagnosis on the claim: F33.2. Why the infusions were denied: under Medical Policy MP-2.118, "
              "intravenous ketamine for depression is considered experimental or investigational; we do not find "
              "its safety and long-term benefit established. The new patient visit was paid."),
        ("p", f"{basis}. Write to Summit Crest Insurance Company, Appeals Department, Mail Stop AP-2, "
              "8800 W. Dodge Rd., Omaha, NE 68114, or fax 1-555-0122."),
        ("p", "Your plan is an employer group health plan governed by ERISA; you may bring a civil action under "
              "section 502(a) after an adverse decision on appeal. Urgent appeals are decided within 72 hours."),
    ]
    return dict(
        num="09", slug="employer-insured-letter-marker-redacted-ketamine-experimental-photo", lang="en",
        kind="jpg", device=("marker",), blocks=blocks,
        note="FICTIONAL. An insured employer plan's claim decision letter (ERISA): the member blacked out his SSN "
             "and bank lines with a permanent marker before photographing it on a green cutting mat. IV ketamine "
             "(96365, 96366, J3490; F33.2) on 2 days, experimental (CO-55); a paid 99204 visit. Stated 180 days. "
             "Traps: the paid line and its date, 72 hours, the fax.",
        keys=dict(patient_name="Bartholomew Ng-Castellanos", member_id="SCI-448810273-00",
                  claim_number="SC2611-07-33815", notice_date=n, service_dates=[s1, s2],
                  procedure_codes=["96365", "96366", "J3490"], diagnosis_codes=["F33.2"], carc_codes=["CO-55"],
                  denial_category="experimental_investigational", plan_type="employer_erisa", urgent=False),
        notice=("Issued:", longd(n)), services=[abbr(s1), abbr(s2)], window=("days", 180, basis),
        addr=["Summit Crest Insurance Company", "Appeals Department", "Mail Stop AP-2", "8800 W. Dodge Rd.",
              "Omaha, NE 68114"],
        traps=["99204", abbr(p0), "72 hours"],
        ev=["experimental or investigational", "employer group health plan", "ERISA"])


def c10():
    n, s1, s2 = D("2026-11-02"), D("2026-03-10"), D("2026-03-24")
    basis = "YOU HAVE 180 DAYS FOLLOWING RECEIPT OF THIS NOTICE TO APPEAL"
    blocks = [
        ("title", "DUNMORE LOGISTICS GROUP HEALTH BENEFIT PLAN"),
        ("p", "PLAN ADMINISTRATOR: DUNMORE LOGISTICS GROUP, INC., BENEFITS DEPARTMENT. THE PLAN IS SELF-FUNDED BY "
              "THE COMPANY AND IS GOVERNED BY ERISA. FICTIONAL SAMPLE."),
        ("kv", [("NOTICE MAILED:", us(n)), ("PARTICIPANT:", "ELEANOR VOSKUIJLEN-HART"),
                ("PARTICIPANT NO.:", "DLG-0031-77420"), ("CLAIM:", "DL-26-0921-3360"),
                ("CLAIM RECEIVED:", us(D("2026-10-28"))), ("PROVIDER:", "RIVERMARK TRAUMA THERAPY, PLLC")]),
        ("table", ["SERVICE DATE", "CPT", "DIAGNOSIS", "CHARGE", "PAID", "CODE"],
         [[us(s1), "90837", "F43.12", "$210.00", "$0.00", "CO-29"],
          [us(s2), "90837", "F43.12", "$210.00", "$0.00", "CO-29"]]),
        ("p", "EXPLANATION: CO-29. THE TIME LIMIT FOR FILING HAS EXPIRED. UNDER PLAN SECTION 7.2, CLAIMS MUST BE "
              "FILED WITHIN 120 DAYS AFTER THE DATE OF SERVICE. THIS CLAIM REACHED US ON 10/28/2026. IF THE CLAIM "
              "WAS SENT ON TIME, OR YOU COULD NOT FILE IT SOONER, TELL US WHY IN YOUR APPEAL."),
        ("p", f"{basis}. SEND YOUR APPEAL TO: DUNMORE LOGISTICS GROUP HEALTH BENEFIT PLAN, PLAN ADMINISTRATOR - "
              "APPEALS, 455 TERMINAL WAY, BUILDING C, ALLENTOWN, PA 18109. PHONE 1-555-0146."),
    ]
    return dict(
        num="10", slug="self-funded-employer-caps-toner-save-print-scan-psychotherapy-late-filing-tif",
        lang="en", kind="tif", device=("toner_save",), blocks=blocks, family="serif",
        note="FICTIONAL. A self-administered, self-funded employer plan's notice in capitals (ERISA), printed in "
             "toner-save mode (dotted strokes) and scanned to a grey TIFF. Psychotherapy (90837; F43.12) on 2 days "
             "in March, filed late (CO-29): timely_filing. Stated 180 days. Traps: the claim received date, the "
             "120-day filing limit.",
        keys=dict(patient_name="ELEANOR VOSKUIJLEN-HART", member_id="DLG-0031-77420", claim_number="DL-26-0921-3360",
                  notice_date=n, service_dates=[s1, s2], procedure_codes=["90837"], diagnosis_codes=["F43.12"],
                  carc_codes=["CO-29"], denial_category="timely_filing", plan_type="employer_erisa", urgent=False),
        notice=("NOTICE MAILED:", us(n)), services=[us(s1), us(s2)], window=("days", 180, basis),
        addr=["DUNMORE LOGISTICS GROUP HEALTH BENEFIT PLAN", "PLAN ADMINISTRATOR - APPEALS", "455 TERMINAL WAY",
              "BUILDING C", "ALLENTOWN, PA 18109"],
        traps=["10/28/2026", "120 DAYS"],
        ev=["TIME LIMIT FOR FILING HAS EXPIRED", "SELF-FUNDED", "ERISA"])


def c11():
    n = D("2026-11-12")
    basis = "You must write to us within 6 months from the date of this letter"
    blocks = [
        ("title", "FEMBA Health Benefit Plan"),
        ("small", "Federal Employees Mutual Benefit Association - a plan in the Federal Employees Health Benefits "
                  "(FEHB) Program - FICTIONAL SAMPLE"),
        ("kv", [("Letter date:", longd(n)), ("Member:", "Abdirahman K. Farah-Lundgren"), ("Member ID:", "R77120443"),
                ("Enrollment code:", "431"), ("Prior approval number:", "PA26-118-20457")]),
        ("p", "Dear Mr. Farah-Lundgren:"),
        ("p", "Dr. Imogen Sato asked us to approve esketamine nasal spray (J0013, with monitoring billed as 99415) "
              "twice a week for major depressive disorder, recurrent, severe (F33.2). We cannot approve it now."),
        ("p", "Our clinical policy asks that members first try two antidepressants from different classes and "
              "then one augmentation medicine (an atypical antipsychotic or lithium) for at least 6 weeks. Your "
              "records show two antidepressant trials but no augmentation trial. Because this step has not been "
              "completed, the request does not meet our step therapy requirement."),
        ("p", f"If you disagree, you may ask us to reconsider. {basis}. Send your request to FEMBA Health Benefit "
              "Plan, Attn: Disputed Claims Reconsideration, PO Box 9104, Arlington, VA 22219."),
        ("p", "If we do not change our decision, you may ask the Office of Personnel Management (OPM) to review "
              "it within 90 days of our reconsideration decision. Questions: 1-555-0161."),
    ]
    return dict(
        num="11", slug="fehb-letter-in-spiral-planner-spravato-step-therapy-photo", lang="en", kind="jpg",
        device=("planner", "DECEMBER 2026"), blocks=blocks, size=36,
        note="FICTIONAL. An FEHB carrier's pre-service letter kept in an open spiral planner beside a month grid "
             "and photographed. Esketamine (J0013, 99415; F33.2) before care, step therapy not met. No service "
             "dates or CARC. Stated 6 months from the letter. Traps: enrollment code, the planner's month, OPM's "
             "90 days, 6 weeks.",
        keys=dict(patient_name="Abdirahman K. Farah-Lundgren", member_id="R77120443", claim_number="PA26-118-20457",
                  notice_date=n, procedure_codes=["J0013", "99415"], diagnosis_codes=["F33.2"],
                  denial_category="step_therapy", plan_type="fehb", urgent=False),
        notice=("Letter date:", longd(n)), services=[], window=("months", 6, basis),
        addr=["FEMBA Health Benefit Plan", "Attn: Disputed Claims Reconsideration", "PO Box 9104",
              "Arlington, VA 22219"],
        traps=["431", "DECEMBER 2026", "90 days", "6 weeks"],
        ev=["step therapy", "Federal Employees Health Benefits"])


def c12():
    n = D("2026-11-13")
    ds = [D("2026-10-02"), D("2026-10-09"), D("2026-10-16")]
    basis = "YOU MAY FILE AN APPEAL WITHIN 180 DAYS FROM THE DATE YOU RECEIVE THIS EXPLANATION OF BENEFITS"
    rows = [[us(ds[0]), "99213", "OFFICE VISIT", "$140.00", "$96.20", "PAID", ""]]
    rows += [[us(d), "90901", "BIOFEEDBACK TRAINING", "$165.00", "$0.00", "DENIED", "CO-204"] for d in ds]
    blocks = [
        ("title", "CANYONLANDS HEALTH ALLIANCE"),
        ("p", "BRONZE 6000 HSA - INDIVIDUAL COVERAGE THROUGH THE HEALTH INSURANCE MARKETPLACE - FICTIONAL SAMPLE"),
        ("h", "EXPLANATION OF BENEFITS"),
        ("kv", [("DATE OF STATEMENT", us(n)), ("MEMBER", "PRISCILLA JOY DEVEREAUX"), ("MEMBER ID", "CHA-6612-39084"),
                ("CLAIM", "CH26319-04418"), ("PROVIDER", "MESA VERDE PAIN AND RECOVERY"),
                ("DIAGNOSIS", "G89.4")], {"lw": 0.33}),
        ("table", ["DATE", "CODE", "SERVICE", "BILLED", "PLAN PAID", "STATUS", "REMARK"], rows),
        ("p", "CO-204: BIOFEEDBACK IS NOT COVERED UNDER YOUR PLAN. SEE YOUR EVIDENCE OF COVERAGE, SECTION 8, "
              "EXCLUSIONS, ITEM 6. YOU OWE THE PROVIDER $495.00 FOR THESE SERVICES."),
        ("p", f"{basis}. MAIL IT TO: CANYONLANDS HEALTH ALLIANCE, GRIEVANCES & APPEALS, 3250 S. RAINBOW BLVD., "
              "LAS VEGAS, NV 89146. YOU MAY ALSO ASK FOR AN EXTERNAL REVIEW AFTER OUR FINAL DECISION. "
              "MEMBER SERVICES 1-555-0170."),
    ]
    return dict(
        num="12", slug="marketplace-eob-caps-vintage-filter-photo-biofeedback-excluded", lang="en", kind="jpg",
        device=("vintage",), blocks=blocks,
        note="FICTIONAL. A Marketplace plan's EOB in capitals, photographed and run through a photo editor's "
             "vintage filter (lifted blacks, teal-orange toning, grain). Biofeedback (90901; G89.4) on 3 days "
             "excluded (CO-204): not_covered; a paid 99213 on the first day. Stated 180 days. Traps: the paid "
             "line, the HSA name's 6000.",
        keys=dict(patient_name="PRISCILLA JOY DEVEREAUX", member_id="CHA-6612-39084", claim_number="CH26319-04418",
                  notice_date=n, service_dates=ds, procedure_codes=["90901"], diagnosis_codes=["G89.4"],
                  carc_codes=["CO-204"], denial_category="not_covered", plan_type="individual_aca", urgent=False),
        notice=("DATE OF STATEMENT", us(n)), services=[us(d) for d in ds], window=("days", 180, basis),
        addr=["CANYONLANDS HEALTH ALLIANCE", "GRIEVANCES & APPEALS", "3250 S. RAINBOW BLVD.", "LAS VEGAS, NV 89146"],
        traps=["99213", "$495.00"],
        ev=["NOT COVERED UNDER YOUR PLAN", "HEALTH INSURANCE MARKETPLACE"])


# ------------------------------------------------------------------ Spanish
def c13():
    n, s1 = D("2026-11-23"), D("2026-10-21")
    basis = ("Usted tiene 180 días a partir de la fecha en que reciba este aviso para presentar una apelación "
             "interna")
    blocks = [
        ("p", "SOL DEL VALLE SEGUROS DE SALUD - AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS (MUESTRA FICTICIA)"),
        ("kv", [("Fecha de la carta:", es(n)), ("Asegurado:", "Rigoberto Núñez Castañeda"),
                ("Número de miembro:", "SVS-55081274-01"), ("Número de reclamación:", "SV 2026 1117 0093"),
                ("Plan:", "Plata 94, plan individual comprado en el Mercado de Seguros Médicos"),
                ("Proveedor:", "Centro de Dolor y Trauma Santa Rita")]),
        ("p", f"Estimado señor Núñez: Revisamos la reclamación por el bloqueo del ganglio estrellado que le "
              f"hicieron el {es(s1)} (código de procedimiento 64510, diagnóstico F43.12). La reclamación fue "
              "negada con el código CO-56."),
        ("p", "Motivo: según nuestra política médica MP-PS-031, el bloqueo del ganglio estrellado para el trastorno "
              "de estrés postraumático se considera experimental o en investigación, porque todavía no se ha "
              "demostrado que sea eficaz para esta condición."),
        ("p", f"Su derecho a apelar: {basis}. Envíela a: Sol del Valle Seguros de Salud, Departamento de "
              "Apelaciones, Apartado Postal 27740, Tucson, AZ 85726. Si su salud corre peligro, pida una apelación "
              "acelerada; la decidiremos en 72 horas."),
        ("p", "Después de nuestra decisión final, puede pedir una revisión externa independiente dentro de 4 "
              "meses. Llame al 1-555-0112 (línea gratuita) si necesita ayuda."),
    ]
    email = dict(
        frm="Itzel Núñez <itzel.nunez@correo.example>",
        to="Centro Legal Comunitario <ayuda@centrolegal.example>",
        date="Wed, 02 Dec 2026 18:31:09 -0700",
        subject="Fwd: Aviso de determinación sobre su reclamación",
        note=["Buenas tardes:", "Les reenvío la carta del seguro de mi papá. Él no lee inglés y no sabemos qué hacer "
              "con la negación del bloqueo. ¿Nos pueden ayudar?", "Muchas gracias,", "Itzel Núñez"],
        fwd=["---------- Forwarded message ---------",
             "De: Sol del Valle Seguros de Salud <avisos@soldelvalle.example>",
             "Date: mar, 24 nov 2026 a las 9:05",
             "Subject: Aviso de determinación sobre su reclamación",
             "To: <rnunez.castaneda@correo.example>"])
    return dict(
        num="13", slug="es-marketplace-gmail-forward-by-daughter-stellate-ganglion-block-experimental-eml",
        lang="es", kind="eml", blocks=blocks, email=email,
        note="FICTIONAL. A Marketplace plan's Spanish notice, forwarded Gmail style by the member's daughter to a "
             "legal aid group. Stellate ganglion block (64510; F43.12) on one day, experimental (CO-56). Stated "
             "180 días from receipt. Traps: the daughter, the Date header (2 Dec), the forwarded date (24 nov), "
             "72 horas, 4 meses.",
        keys=dict(patient_name="Rigoberto Núñez Castañeda", member_id="SVS-55081274-01",
                  claim_number="SV 2026 1117 0093", notice_date=n, service_dates=[s1], procedure_codes=["64510"],
                  diagnosis_codes=["F43.12"], carc_codes=["CO-56"], denial_category="experimental_investigational",
                  plan_type="individual_aca", urgent=False),
        notice=("Fecha de la carta:", es(n)), services=[es(s1)], window=("days", 180, basis),
        addr=["Sol del Valle Seguros de Salud", "Departamento de Apelaciones", "Apartado Postal 27740",
              "Tucson, AZ 85726"],
        traps=["Itzel Núñez", "02 Dec 2026", "24 nov 2026", "72 horas", "4 meses"],
        ev=["experimental o en investigación", "Mercado de Seguros Médicos"])


def c14():
    n = D("2026-12-01")
    basis = "Tiene 60 días a partir de la fecha de este aviso para pedir una apelación"
    blocks = [
        ("title", "Plan de Salud Comunitario Río Grande"),
        ("small", "Plan de atención administrada de Medicaid de Texas - MUESTRA FICTICIA - 1-555-0138"),
        ("h", "AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS"),
        ("kv", [("Fecha de este aviso:", es(n)), ("Miembro:", "María Guadalupe Ibáñez Ortega"),
                ("Número de miembro del plan:", "RGC-7730419"), ("Número de Medicaid:", "521884307"),
                ("Fecha de nacimiento:", dmy(D("1988-03-14"))), ("Número de autorización:", "AUT-26-1130-5582")]),
        ("p", "Su médico pidió que aprobáramos 36 sesiones de estimulación magnética transcraneal (códigos 90867 y "
              "90868) para depresión mayor recurrente grave (F33.2). Negamos la solicitud."),
        ("p", "Motivo: no se cumplen los criterios de necesidad médica del plan. Sus expedientes no muestran un "
              "tratamiento de psicoterapia junto con los medicamentos que probó."),
        ("p", "Tomamos esta decisión de manera acelerada (rápida) porque su médico nos dijo que esperar podría "
              "poner en grave peligro su salud."),
        ("p", f"{basis}. Escriba a: Plan de Salud Comunitario Río Grande, Atención: Departamento de Apelaciones, "
              "1200 E. Nolana Ave., Suite 5, McAllen, TX 78504."),
        ("p", "Si ya recibía este servicio y quiere seguir recibiéndolo durante la apelación, debe apelar dentro de "
              "10 días. Después de la apelación puede pedir una audiencia imparcial estatal dentro de 120 días."),
    ]
    return dict(
        num="14", slug="es-medicaid-managed-care-scanner-app-live-preview-tms-expedited-png", lang="es", kind="png",
        device=("scanner_app", "8:17"), blocks=blocks, size=38,
        note="FICTIONAL. A Texas Medicaid managed-care plan's Spanish expedited notice, captured as a screenshot of "
             "a phone scanner app's live view (blue detection frame, hint pill, shutter). TMS before care (90867, "
             "90868; F33.2), medical_necessity; urgent. Stated 60 días. Traps: Medicaid number, DOB 14/03/1988, "
             "10 días, 120 días, the status-bar time.",
        keys=dict(patient_name="María Guadalupe Ibáñez Ortega", member_id="RGC-7730419",
                  claim_number="AUT-26-1130-5582", notice_date=n, procedure_codes=["90867", "90868"],
                  diagnosis_codes=["F33.2"], denial_category="medical_necessity", plan_type="medicaid", urgent=True),
        notice=("Fecha de este aviso:", es(n)), services=[], window=("days", 60, basis),
        addr=["Plan de Salud Comunitario Río Grande", "Atención: Departamento de Apelaciones", "1200 E. Nolana Ave.",
              "Suite 5", "McAllen, TX 78504"],
        traps=["521884307", "14/03/1988", "10 días", "120 días"],
        ev=["criterios de necesidad médica", "atención administrada de Medicaid", "manera acelerada"])


def c15():
    n = D("2026-11-19")
    paid = [D("2026-10-21"), D("2026-10-22")]
    ds = [D("2026-10-26"), D("2026-10-27"), D("2026-10-28")]
    basis = "Tiene 180 días después de recibir este aviso para presentar una apelación"
    rows = [[dmy(d), "S9480", "Programa intensivo ambulatorio, por día", "$410,00", "$287,00", "Pagado", ""]
            for d in paid]
    rows += [[dmy(d), "S9480", "Programa intensivo ambulatorio, por día", "$410,00", "$0,00", "Negado", "CO-198"]
             for d in ds]
    blocks = [
        ("title", "Aseguradora Horizonte Pacífico"),
        ("small", "Plan de salud grupal de su empleador, Viñedos Santa Inés, LLC (plan asegurado, sujeto a ERISA) - "
                  "MUESTRA FICTICIA"),
        ("h", "EXPLICACIÓN DE BENEFICIOS - ESTO NO ES UNA FACTURA"),
        ("kv", [("Fecha del estado de cuenta:", dmy(n)), ("Paciente:", "JOSEFINA ARÉVALO DE LA PEÑA"),
                ("Identificación del miembro:", "AHP-30917-4485"), ("Reclamación:", "HP-26-884019"),
                ("Proveedor:", "Clínica Serenidad del Valle"), ("Diagnóstico:", "F33.1"),
                ("Formato de fechas:", "dd/mm/aaaa")]),
        ("table", ["Fecha", "Código", "Servicio", "Cargo", "Pagado", "Estado", "Ajuste"], rows),
        ("p", "CO-198: los días de servicio exceden la autorización aprobada. Se aprobaron 8 días de programa "
              "intensivo ambulatorio; los días del 26 al 28 de octubre no fueron autorizados."),
        ("p", f"{basis}. Envíela a: Aseguradora Horizonte Pacífico, Unidad de Apelaciones, Atención: Revisión "
              "Clínica, PO Box 51980, Fresno, CA 93755. Servicios al miembro: 1-555-0127."),
    ]
    return dict(
        num="15", slug="es-employer-insured-eob-caps-browser-print-preview-screenshot-iop-auth-exceeded-png",
        lang="es", kind="png",
        device=("print_preview", "4/12/26, 21:07", "Portal de Miembros - Explicación de beneficios",
                "https://miembros.horizontepacifico.example/eob/HP-26-884019"),
        blocks=blocks,
        note="FICTIONAL. An insured employer plan's Spanish EOB (ERISA) in a desktop screenshot of a browser's "
             "print preview in Spanish, with the browser's header and footer. Five lines, dates day first: 3 "
             "intensive outpatient days (S9480; F33.1) beyond the authorized days (CO-198): prior_authorization; "
             "2 paid days. Stated 180 días from receipt. Traps: the print header 4/12/26, paid days.",
        keys=dict(patient_name="JOSEFINA ARÉVALO DE LA PEÑA", member_id="AHP-30917-4485", claim_number="HP-26-884019",
                  notice_date=n, service_dates=ds, procedure_codes=["S9480"], diagnosis_codes=["F33.1"],
                  carc_codes=["CO-198"], denial_category="prior_authorization", plan_type="employer_erisa",
                  urgent=False),
        notice=("Fecha del estado de cuenta:", dmy(n)), services=[dmy(d) for d in ds], window=("days", 180, basis),
        addr=["Aseguradora Horizonte Pacífico", "Unidad de Apelaciones", "Atención: Revisión Clínica", "PO Box 51980",
              "Fresno, CA 93755"],
        traps=["4/12/26, 21:07", dmy(paid[0]), dmy(paid[1])],
        ev=["exceden la autorización", "Plan de salud grupal de su empleador", "ERISA"])


def c16():
    n, s1, s2 = D("2026-10-16"), D("2026-09-14"), D("2026-09-28")
    rows = []
    for d in (s1, s2):
        rows.append([dmy(d), "20553", "Inyecciones en puntos gatillo", "M79.18", "$240,00", "$168,00", ""])
        rows.append([dmy(d), "99213", "Consulta, paciente establecido", "M79.18", "$130,00", "$0,00", "CO-97"])
    blocks = [
        ("title", "Administradora Costa Azul de Beneficios"),
        ("small", "Administrador externo del Plan de Beneficios Médicos para Empleados de Transportes Caribe Sur, un "
                  "plan autofinanciado por el empleador y sujeto a ERISA - MUESTRA FICTICIA"),
        ("h", "EXPLICACIÓN DE BENEFICIOS - ESTO NO ES UNA FACTURA"),
        ("kv", [("Fecha de la explicación:", es(n)), ("Paciente:", "Héctor Maldonado Quiñones"),
                ("Número de miembro:", "TCS-118-40297"), ("Número de reclamación:", "CAB 2610 0447 12"),
                ("Proveedor:", "Clínica de Dolor Bahía Norte"), ("Fechas:", "día/mes/año")]),
        ("table", ["Fecha", "Código", "Servicio", "Diagnóstico", "Cargo", "Pagado", "Ajuste"], rows),
        ("p", "CO-97: el pago de la consulta ya está incluido en el pago del procedimiento hecho el mismo día "
              "(inyecciones en puntos gatillo). Si la consulta fue un servicio aparte, su proveedor puede enviar "
              "una reclamación corregida."),
        ("p", "Si no está de acuerdo, puede apelar. Los plazos y el procedimiento se describen en la Descripción "
              "Resumida del Plan, sección 11. Envíe su apelación a: Plan de Beneficios Médicos para Empleados de "
              "Transportes Caribe Sur, a/c Administradora Costa Azul de Beneficios, Unidad de Apelaciones, "
              "PO Box 025577, Miami, FL 33102-5577. Teléfono: 1-555-0104."),
        ("perf", "- - - Desprenda aquí - - -", {"tag": "torn"}),
        ("p", "CUPÓN DE PAGO. Devuelva esta parte con su pago a: Administradora Costa Azul de Beneficios, Cobros, "
              "PO Box 025590, Miami, FL 33102. Cantidad adeudada: $260,00.", {"tag": "torn"}),
    ]
    return dict(
        num="16", slug="es-self-funded-tpa-eob-torn-payment-stub-scan-visit-bundled-image-pdf", lang="es", kind="pdf",
        device=("torn_stub",), blocks=blocks, height=2200,
        note="FICTIONAL. A TPA's Spanish EOB for a self-funded employer plan (ERISA), four lines, its payment stub "
             "torn off unevenly along the perforation, flatbed-scanned to an image-only PDF. The visit (99213; "
             "M79.18) on 2 days bundled into trigger point injections (CO-97): coding_billing; the 20553 lines "
             "paid. No window printed (points to the SPD): ERISA rule, 180 days. Traps: the paid 20553 lines.",
        keys=dict(patient_name="Héctor Maldonado Quiñones", member_id="TCS-118-40297", claim_number="CAB 2610 0447 12",
                  notice_date=n, service_dates=[s1, s2], procedure_codes=["99213"], diagnosis_codes=["M79.18"],
                  carc_codes=["CO-97"], denial_category="coding_billing", plan_type="employer_erisa", urgent=False),
        notice=("Fecha de la explicación:", es(n)), services=[dmy(s1), dmy(s2)], window=("rule", 180, R_ERISA),
        addr=["Plan de Beneficios Médicos para Empleados de Transportes Caribe Sur",
              "a/c Administradora Costa Azul de Beneficios", "Unidad de Apelaciones", "PO Box 025577",
              "Miami, FL 33102-5577"],
        traps=["20553"],
        ev=["ya está incluido en el pago del procedimiento", "autofinanciado por el empleador", "ERISA"])


def c17():
    n = D("2026-11-30")
    s1, s2 = D("2026-10-08"), D("2026-10-22")
    dl = D("2027-06-01")
    basis = f"Puede presentar una apelación a más tardar el {es(dl)}"
    blocks = [
        ("kv", [("Emitido el", es(n)), ("Número de reclamación", "EST-26-7710338"), ("Paciente", "Ximena Beltrán Solís"),
                ("Identificación del miembro", "CSE-4471-2093"),
                ("Plan", "Plan de Salud para Empleados del Estado de Colorado (plan del gobierno estatal para sus "
                         "empleados)"),
                ("Proveedor", "Consultorio de Psicología Alameda"), ("Diagnóstico", "F41.1")]),
        ("table", ["Fecha (día/mes/año)", "Código", "Servicio", "Cargo", "Pagado", "Estado", "Ajuste"],
         [[dmy(d), "90834", "Psicoterapia, 45 minutos", "$150,00", "$0,00", "Negado", "CO-22"] for d in (s1, s2)]),
        ("p", "Motivo: nuestros registros muestran que usted tiene otra cobertura, el plan del empleador de su "
              "cónyuge, que debe pagar primero (coordinación de beneficios). Envíenos la explicación de beneficios "
              "del otro plan, o díganos si esa cobertura terminó."),
        ("p", f"{basis}. Envíela a: Plan de Salud para Empleados del Estado de Colorado, Oficina de Apelaciones, "
              "4100 Grant St., Piso 3, Denver, CO 80203. Teléfono 1-555-0177."),
    ]
    return dict(
        num="17", slug="es-state-employees-plan-portal-page-psychotherapy-other-coverage-primary-stated-date-html",
        lang="es", kind="html", blocks=blocks,
        note="FICTIONAL. A state employees' plan (governmental) member portal in Spanish, a claim's detail beside a "
             "list of claims. Psychotherapy (90834; F41.1) on 2 days, the spouse's employer plan pays first (CO-22): "
             "coordination_of_benefits. Dates day first. Stated date 1 de junio de 2027. Traps: the paid claim and "
             "its 90791, the last session stamp 04/12/2026.",
        keys=dict(patient_name="Ximena Beltrán Solís", member_id="CSE-4471-2093", claim_number="EST-26-7710338",
                  notice_date=n, service_dates=[s1, s2], procedure_codes=["90834"], diagnosis_codes=["F41.1"],
                  carc_codes=["CO-22"], denial_category="coordination_of_benefits", plan_type="governmental",
                  urgent=False),
        notice=("Emitido el", es(n)), services=[dmy(s1), dmy(s2)], window=("date", dl, basis),
        addr=["Plan de Salud para Empleados del Estado de Colorado", "Oficina de Apelaciones", "4100 Grant St.",
              "Piso 3", "Denver, CO 80203"],
        traps=["EST-26-6604127", "90791", "04/12/2026"],
        ev=["coordinación de beneficios", "plan del gobierno estatal"])


def c18():
    n = D("2026-11-20")
    basis = "Debemos recibir su pedido dentro de 45 días a partir de la fecha de envío de este aviso"
    blocks = [
        ("title", "DIVISIÓN DE MEDICAID DE NEVADA"),
        ("p", "PROGRAMA DE PAGO POR SERVICIO (FEE-FOR-SERVICE)"),
        ("p", "MUESTRA FICTICIA - NO ES UN AVISO REAL"),
        ("h", "AVISO DE DECISIÓN SOBRE UNA SOLICITUD DE AUTORIZACIÓN"),
        ("kv", [("FECHA DE ESTE AVISO:", es(n).upper()), ("BENEFICIARIO:", "ANTONIO REYES VILLALOBOS"),
                ("NÚMERO DE MEDICAID:", "88120437719"), ("FECHA DE NACIMIENTO:", dmy(D("1958-11-20"))),
                ("NÚMERO DE SOLICITUD:", "NV-PA-26-331907"), ("PROVEEDOR:", "CENTRO DE SALUD MENTAL DESIERTO ALTO")]),
        ("p", "SERVICIO PEDIDO: 12 SESIONES MÁS DE PSICOTERAPIA INDIVIDUAL (CÓDIGO 90837), DIAGNÓSTICO F43.10."),
        ("p", "DECISIÓN: NEGADO. USTED YA RECIBIÓ LAS 26 SESIONES DE PSICOTERAPIA QUE EL PROGRAMA CUBRE POR AÑO "
              "CALENDARIO. SE ALCANZÓ EL LÍMITE DEL BENEFICIO Y NO HAY UNA EXCEPCIÓN APROBADA."),
        ("h", "SU DERECHO A UNA AUDIENCIA IMPARCIAL ESTATAL"),
        ("p", f"PUEDE PEDIR UNA AUDIENCIA IMPARCIAL ESTATAL. {basis.upper()}. ENVÍELO A: OFICINA DE AUDIENCIAS DE "
              "MEDICAID, 2750 N. DECATUR BLVD., SUITE 200, LAS VEGAS, NV 89108. TAMBIÉN PUEDE LLAMAR AL 1-555-0149."),
        ("p", "SI NO ESTÁ DE ACUERDO CON LA DECISIÓN DE LA AUDIENCIA, PUEDE ACUDIR AL TRIBUNAL DENTRO DE 30 DÍAS."),
    ]
    return dict(
        num="18", slug="es-medicaid-fee-for-service-caps-finger-over-lens-photo-psychotherapy-limit-image-pdf",
        lang="es", kind="pdf", device=("finger",), blocks=blocks, size=33,
        note="FICTIONAL. A Nevada fee-for-service Medicaid notice in Spanish capitals, photographed with a fingertip "
             "over a corner of the lens, saved as an image-only PDF. 12 more psychotherapy sessions (90837; F43.10) "
             "refused: the yearly 26-session limit reached, benefit_limit; before care, no CARC printed. No plan "
             "appeal: the fair hearing's stated 45 días from mailing and its office are keyed. Traps: DOB "
             "20/11/1958 (the notice's day and month), court's 30 días.",
        keys=dict(patient_name="ANTONIO REYES VILLALOBOS", member_id="88120437719", claim_number="NV-PA-26-331907",
                  notice_date=n, procedure_codes=["90837"], diagnosis_codes=["F43.10"],
                  denial_category="benefit_limit", plan_type="medicaid", urgent=False),
        notice=("FECHA DE ESTE AVISO:", es(n).upper()), services=[], window=("days", 45, basis.upper()),
        addr=["OFICINA DE AUDIENCIAS DE MEDICAID", "2750 N. DECATUR BLVD.", "SUITE 200", "LAS VEGAS, NV 89108"],
        traps=["20/11/1958", "30 DÍAS"],
        ev=["LÍMITE DEL BENEFICIO", "PAGO POR SERVICIO"])


ALL = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18]
