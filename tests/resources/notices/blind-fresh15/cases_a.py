"""Cases 01-09 of the intake15 blind set. Everything here is FICTIONAL."""
from render import Page

FICT = "FICTIONAL SAMPLE NOTICE - invented plan, people and numbers - not a real document"


def c01():
    """Insured employer plan letter with a boxed 'claim at a glance' panel, photographed curled on a table."""
    p = Page()
    p.text(54, 58, "Cardinal Ridge", "serif-b", 20)
    p.text(54, 74, "HEALTH INSURANCE COMPANY", "sans", 8.5)
    p.lines(54, 92, ["One Cardinal Plaza, Westover, OH 43998", "Member Services 1-555-0131 (TTY 711)"], "sans", 8)
    # boxed panel, right column
    bx, by, bw = 330, 48, 228
    p.rect(bx, by, bw, 136, lw=0.9)
    p.rect(bx, by, bw, 16, lw=0.9, fill=(0.2, 0.2, 0.2))
    p.text(bx + 6, by + 11.5, "YOUR CLAIM AT A GLANCE", "sans-b", 8.5, color=(255, 255, 255))
    p.kv(bx + 6, by + 30, [
        ("Member", "Dolores M. Whitcomb"),
        ("Member ID", "CRH-FICT-40218867"),
        ("Group", "00417-B Tri-County Tool & Die"),
        ("Date of birth", "11/14/1968"),
        ("Claim number", "2026-1104-558213"),
        ("Provider", "Lakeshore Ketamine & Wellness"),
        ("Dates of service", "10/06/2026, 10/09/2026,"),
        ("", "10/13/2026"),
        ("Amount billed", "$2,340.00"),
    ], 74, "sans", 8.2, lead=11.6)
    y = 210
    p.text(54, y, "November 12, 2026", "serif", 11)
    y = p.lines(54, y + 28, ["Dolores M. Whitcomb", "88 Linden Court, Apt. 4", "Brookhollow, OH 43996"], "serif", 11, 14)
    y += 12
    p.text(54, y, "Re: Notice of adverse benefit determination - intravenous ketamine infusions", "serif-b", 11)
    y += 24
    p.text(54, y, "Dear Ms. Whitcomb:", "serif", 11)
    y += 20
    body = [
        "We reviewed the claim Lakeshore Ketamine & Wellness sent us for intravenous ketamine infusions (procedure "
        "codes 96365 and J3490) given on October 6, 9 and 13, 2026, for major depressive disorder, recurrent, "
        "severe without psychotic features (diagnosis code F33.2). We are not able to pay this claim.",
        "Why: Your plan pays for services that are medically necessary as defined in your certificate of coverage. "
        "A board-certified psychiatrist who was not involved in any earlier decision on this claim reviewed the "
        "records we received. Our clinical policy BH-114, Ketamine and Esketamine for Depression, asks for "
        "documentation of at least three adequate antidepressant trials in the current episode and a baseline "
        "depression rating score. The records show two trials and no baseline score, so the infusions did not "
        "meet the policy and are considered not medically necessary.",
        "You may ask for a free copy of policy BH-114, the reviewer's notes and every document we relied on.",
        "Your right to appeal: You have 180 days from the date you receive this letter to ask for an appeal. "
        "Send a written appeal, with any records you would like us to consider, to:",
    ]
    for b in body:
        y = p.para(54, y, 504, b, "serif", 10.5, 13.4) + 7
    y = p.lines(90, y, ["Cardinal Ridge Health Insurance Company", "Member Appeals", "PO Box 7720",
                        "Fennimore Falls, OH 43999"], "serif", 10.5, 13.2) + 6
    tail = [
        "Please do not send appeals to our Westover office at the top of this letter. If waiting for a standard "
        "appeal could seriously harm your health, call us at 1-555-0131 and ask for an urgent appeal; we decide "
        "those within 72 hours. Your employer's plan is an insured group health plan governed by ERISA; after "
        "our final decision you may ask for an external review and have the right to bring a civil action under "
        "section 502(a) of ERISA.",
        "Sincerely,",
    ]
    for b in tail:
        y = p.para(54, y, 504, b, "serif", 10.5, 13.4) + 6
    p.lines(54, y + 8, ["Utilization Management Department", "Cardinal Ridge Health Insurance Company"], "serif", 10.5, 13)
    p.text(54, 760, FICT, "sans", 7.5)
    p.text(558, 760, "CRH-ABD-07", "sans", 7.5, align="r")
    key = dict(
        patient_name="Dolores M. Whitcomb", member_id="CRH-FICT-40218867", claim_number="2026-1104-558213",
        notice_date="2026-11-12", service_dates=["2026-10-06", "2026-10-09", "2026-10-13"],
        procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"], denial_category="medical_necessity",
        plan_type="employer_erisa", urgent=False, appeal_deadline="2027-05-11",
        deadline_basis="180 days from the date you receive this letter",
        appeals_address="Cardinal Ridge Health Insurance Company, Member Appeals, PO Box 7720, Fennimore Falls, OH 43999",
    )
    note = ("Insured employer (ERISA) letter photographed in low light: the sheet curls, a thumb holds its left edge, "
            "a dark table edge along the bottom, perspective. The facts sit in a boxed dark-headed panel at the top "
            "right, beside the letterhead; service dates wrap inside the panel and are repeated in the body as "
            "'October 6, 9 and 13, 2026'. DOB 11/14/1968 two days after the notice. Letterhead office not for appeals.")
    return dict(slug="01-employer-insured-letter-photo-curled", kind="photo", ext="jpg", pages=[p], key=key,
                note=note, photo=dict(seed=101, dpi=180, out=(1800, 2400),
                                      corners=[(0.07, 0.07), (0.93, 0.05), (0.95, 0.93), (0.05, 0.95)], curl=0.035,
                                      rot=-1.6, dim=0.72, vignette=0.45, light=(1.0, 0.93, 0.80),
                                      thumb=(0.055, 0.58, 0.045, 0.085, 15),
                                      edge=dict(poly=[(0, 0.955), (1, 0.935), (1, 1), (0, 1)], color=(34, 30, 28)),
                                      shadow=dict(poly=[(0.55, 0), (1, 0), (1, 0.55), (0.8, 0.35)], depth=0.35, blur=80)))


def _idn_pages():
    p = Page()
    p.text(306, 50, "Summit Crest Medicare Advantage Plan", "sans-b", 13, align="c")
    p.text(306, 64, "2800 Larkspur Parkway, Cedar Hollow, MN 55998", "sans", 8.5, align="c")
    p.text(306, 94, "Notice of Denial of Medical Coverage (or Payment)", "sans-b", 14, align="c")
    y = p.kv(72, 124, [
        ("Date:", "November 18, 2026"),
        ("Member name:", "Harold B. Ostrowski"),
        ("Member number:", "MBR-FICT-7731046"),
        ("Claim number:", "86-2611-004417"),
        ("Provider:", "Brightwater TMS Center"),
    ], 110, "sans", 10, 14)
    y += 8
    y = p.para(72, y, 468, "We have denied payment for the medical services listed below that you received from "
               "Brightwater TMS Center. You do not have to pay for these services while this decision stands; the "
               "provider may not bill you more than your plan cost-sharing.", "sans", 10, 13) + 8
    y = p.table(72, y, [("Date of service", 92), ("Service", 170), ("Code", 56), ("Billed", 70), ("Plan paid", 80)], [
        ["10/19/2026", "Transcranial magnetic stimulation", "90868", "$310.00", "$0.00"],
        ["10/20/2026", "Transcranial magnetic stimulation", "90868", "$310.00", "$0.00"],
        ["10/21/2026", "Transcranial magnetic stimulation", "90868", "$310.00", "$0.00"],
    ], size=9.5) + 10
    y = p.text(72, y + 4, "Diagnosis on the claim: F33.1", "sans", 10) + 18
    p.text(72, y, "Why did we deny payment?", "sans-b", 11)
    y = p.para(72, y + 16, 468,
               "We denied payment because the services were not medically necessary under Medicare's coverage rules "
               "as our plan applies them. Our TMS coverage guideline asks for a trial of at least two antidepressants "
               "from different classes and a standardized depression score before treatment begins. The records we "
               "received list one antidepressant trial and no PHQ-9 or HAM-D score. A physician with expertise in "
               "psychiatry reviewed this decision.", "sans", 10, 13) + 10
    p.text(72, y, "You have the right to appeal our decision", "sans-b", 11)
    y = p.para(72, y + 16, 468,
               "If you want to appeal, you must ask for a Plan Reconsideration within 65 days from the date of this "
               "notice. We can give you more time if you have a good reason for missing the deadline. See page 2 "
               "for how to ask.", "sans", 10, 13)
    p.text(72, 748, FICT, "sans", 7.5)
    p.text(540, 748, "Page 1 of 2", "sans", 7.5, align="r")
    q = Page()
    q.text(72, 60, "How to ask for a Plan Reconsideration", "sans-b", 12)
    y = q.para(72, 80, 468, "You, your doctor, or someone you name to act for you may ask. A request for payment is "
               "always decided as a standard request, within 60 days. Write to us at:", "sans", 10, 13) + 6
    y = q.lines(108, y, ["Summit Crest Medicare Advantage Plan", "Appeals and Grievances Department",
                         "2800 Larkspur Parkway, Mail Stop 14B", "Cedar Hollow, MN 55999"], "sans", 10, 13) + 6
    y = q.para(72, y, 468, "or fax your request to 1-555-0177. Include your name, member number, the claim number "
               "and why you disagree, with any records from your doctor.", "sans", 10, 13) + 8
    y = q.para(72, y, 468, "Do not send appeals to our Member Services mailbox, PO Box 1190, Cedar Hollow, MN 55998; "
               "that box is for questions and claims only.", "sans", 10, 13) + 8
    q.text(72, y, "What happens next", "sans-b", 11)
    y = q.para(72, y + 16, 468, "If we keep our decision, we send your case to an independent review entity "
               "automatically. You do not need to ask for this.", "sans", 10, 13) + 8
    q.text(72, y, "Get help", "sans-b", 11)
    q.para(72, y + 16, 468, "Call Summit Crest Member Services at 1-555-0174 (TTY 711), 8 a.m. to 8 p.m., seven days "
           "a week. Your State Health Insurance Assistance Program gives free counseling.", "sans", 10, 13)
    q.text(72, 748, FICT, "sans", 7.5)
    q.text(540, 748, "Page 2 of 2", "sans", 7.5, align="r")
    return [p, q]


def c02():
    key = dict(
        patient_name="Harold B. Ostrowski", member_id="MBR-FICT-7731046", claim_number="86-2611-004417",
        notice_date="2026-11-18", service_dates=["2026-10-19", "2026-10-20", "2026-10-21"],
        procedure_codes=["90868"], diagnosis_codes=["F33.1"], denial_category="medical_necessity",
        plan_type="medicare_advantage", urgent=False, appeal_deadline="2027-01-22",
        deadline_basis="within 65 days from the date of this notice",
        appeals_address="Summit Crest Medicare Advantage Plan, Appeals and Grievances Department, "
                        "2800 Larkspur Parkway, Mail Stop 14B, Cedar Hollow, MN 55999",
    )
    note = ("Medicare Advantage payment denial (Integrated Denial Notice style) that the plan faxed to the TMS clinic, "
            "the clinic faxed on to the member's advocate, and the advocate printed and scanned: image-only PDF, two "
            "pages, two stacked fax header lines (11/18/2026 and NOV-20-2026) above the notice, 1-bit stair-stepped "
            "text then a grey skewed scan. Member Services PO box not for appeals.")
    headers = ["11/18/2026 16:42  SUMMIT CREST UM     5550177 -> 5550143          P.00{n}/002",
               "NOV-20-2026 09:14  FROM:BRIGHTWATER TMS 555-0143   TO:5550119   P.{n}/2"]
    return dict(slug="02-medicare-advantage-denial-fax-rescanned", kind="faxscan", ext="pdf", pages=_idn_pages(),
                key=key, note=note, headers=headers, seed=202)


def c03():
    p = Page()
    p.text(54, 56, "Lone Pine Health Plans", "sans-b", 16)
    p.text(54, 70, "A Health Insurance Marketplace plan  |  lonepinehealth.example", "sans", 8.5)
    p.text(558, 56, "Explanation of Benefits", "sans-b", 13, align="r")
    p.text(558, 70, "THIS IS NOT A BILL", "sans-b", 9, align="r")
    p.rect(54, 84, 504, 70, lw=0.8)
    p.kv(62, 100, [("Member:", "Rafael Quintero"), ("Member ID:", "LPH-FICT-300981-00"),
                   ("Date of birth:", "11/22/1979"), ("Plan:", "Lone Pine Silver 70 HMO")], 70, "sans", 9, 12.5)
    p.kv(320, 100, [("Statement date:", "11/20/2026"), ("Claims processed:", "10/01/2026 - 11/15/2026"),
                    ("Deductible met:", "$1,350.00 of $3,000.00"), ("Out-of-pocket met:", "$1,890.00 of $8,700.00")],
         96, "sans", 9, 12.5)
    p.text(54, 176, "Claims processed in this period", "sans-b", 11)
    cols = [("Claim number", 84), ("Provider", 98), ("Service\ndate", 50), ("Code", 38), ("Billed", 48),
            ("Allowed", 48), ("Plan\npaid", 44), ("You\nowe", 40), ("Adj.\ncodes", 54)]
    rows = [
        ["E26-4470-11562", "Desert Sage\nBehavioral Health", "10/14/2026", "90837", "210.00", "142.50", "112.50",
         "30.00", "CO-45"],
        ["E26-4471-09823", "Mesa Infusion\nPartners", "10/28/2026", "96365", "650.00", "0.00", "0.00", "0.00",
         "CO-197"],
        ["", "", "10/28/2026", "96366", "240.00", "0.00", "0.00", "0.00", "CO-197"],
        ["", "", "10/28/2026", "J3490", "180.00", "0.00", "0.00", "0.00", "CO-197"],
        ["E26-4475-00412", "Desert Sage\nBehavioral Health", "11/02/2026", "90837", "210.00", "142.50", "112.50",
         "30.00", "CO-45"],
        ["Totals", "", "", "", "1,490.00", "285.00", "225.00", "60.00", ""],
    ]
    y = p.table(54, 184, cols, rows, size=8, head_fill=(0.82, 0.86, 0.9)) + 20
    p.text(54, y, "Claim E26-4471-09823: Mesa Infusion Partners - DENIED", "sans-b", 10)
    y = p.kv(54, y + 15, [("Diagnosis:", "F32.2"), ("Status:", "Denied - no plan payment")], 70, "sans", 9, 12.5) + 4
    y = p.para(54, y, 504, "CO-197: Precertification/authorization absent. Your plan requires prior authorization for "
               "infusion therapy given in an outpatient clinic. No authorization was on file for the services on "
               "this claim. Because Mesa Infusion Partners is in your network, you do not owe the denied amount.",
               "sans", 9, 12) + 6
    y = p.para(54, y, 504, "CO-45: The charge is more than the amount your plan allows for an in-network provider. "
               "You do not owe the difference.", "sans", 9, 12) + 14
    p.text(54, y, "Your right to appeal", "sans-b", 11)
    y = p.para(54, y + 15, 504, "If you disagree with how we processed a claim on this statement, you or someone you "
               "name may file an appeal within 180 days after you receive this statement. Mail your appeal to Lone "
               "Pine Health Plans, Grievance and Appeals Unit, PO Box 30419, Saguaro Flats, AZ 85999, or fax it to "
               "1-555-0159. Tell us the claim number and why you disagree, and include any records that support "
               "your appeal. For an urgent situation call 1-555-0158; urgent appeals are decided within 72 hours.",
               "sans", 9, 12) + 6
    y = p.para(54, y, 504, "After our final decision you may ask for an external review by an independent reviewer. "
               "Claims and general correspondence go to PO Box 30400, Saguaro Flats, AZ 85998; that box does not "
               "accept appeals.", "sans", 9, 12)
    p.text(54, 752, FICT, "sans", 7.5)
    p.text(558, 752, "EOB-MKT 11/2026   Page 1 of 1", "sans", 7.5, align="r")
    key = dict(
        patient_name="Rafael Quintero", member_id="LPH-FICT-300981-00", claim_number="E26-4471-09823",
        notice_date="2026-11-20", service_dates=["2026-10-28"], procedure_codes=["96365", "96366", "J3490"],
        diagnosis_codes=["F32.2"], carc_codes=["CO-197"], denial_category="prior_authorization",
        plan_type="individual_aca", urgent=False, appeal_deadline="2027-05-19",
        deadline_basis="within 180 days after you receive this statement",
        appeals_address="Lone Pine Health Plans, Grievance and Appeals Unit, PO Box 30419, Saguaro Flats, AZ 85999",
    )
    note = ("Marketplace EOB, text PDF: three claims in a gridded table, two paid (CO-45, their dates 10/14 and 11/02 "
            "and code 90837 not in the key), the denied claim's two further lines without a claim number; a "
            "'Claims processed' period beside the statement date; DOB two days after; appeals address in a "
            "sentence; claims box not for appeals.")
    return dict(slug="03-marketplace-eob-three-claims", kind="pdf", ext="pdf", pages=[p], key=key, note=note)


def c04():
    p = Page()
    p.text(54, 54, "KEYSTONE BENEFIT ADMINISTRATORS, INC.", "sans-b", 13)
    p.text(54, 67, "600 Market Row, Suite 12, Harrowgate, PA 17998  |  Customer Service 1-555-0121", "sans", 8)
    p.text(54, 79, "Claims administrator for the Halvorsen Manufacturing Employee Health Plan (self-funded)", "sans-i", 8)
    p.line(54, 86, 558, 86, 1.2)
    p.text(306, 106, "EXPLANATION OF BENEFITS AND NOTICE OF ADVERSE BENEFIT DETERMINATION", "sans-b", 10.5,
           align="c")
    p.rect(54, 116, 250, 62, lw=0.7)
    p.rect(308, 116, 250, 62, lw=0.7)
    p.kv(60, 130, [("Participant:", "Terrence Adebayo"), ("Participant ID:", "KBA-FICT-55810293"),
                   ("Group:", "Halvorsen Mfg. (HMC-0441)"), ("Relationship:", "Employee (self)")], 78, "sans", 8.8, 12)
    p.kv(314, 130, [("Claim #:", "KB26-338-01772"), ("Received:", "11/04/2026"),
                    ("Notice date:", "11/16/2026"), ("Provider:", "Allegheny Neuromodulation")], 66, "sans", 8.8, 12)
    y = p.table(54, 194, [("Line", 30), ("Date of service", 76), ("Code", 44), ("Service", 104), ("Billed", 52),
                          ("Allowed", 52), ("Paid", 52), ("Adj.", 46), ("Note", 48)], [
        ["1", "10/26/2026", "90868", "TMS session 20", "285.00", "190.00", "152.00", "CO-45", "A"],
        ["2", "10/27/2026", "90868", "TMS session 21", "285.00", "0.00", "0.00", "CO-50", "B"],
        ["3", "10/28/2026", "90868", "TMS session 22", "285.00", "0.00", "0.00", "CO-50", "B"],
        ["4", "10/29/2026", "90868", "TMS session 23", "285.00", "0.00", "0.00", "CO-50", "B"],
    ], size=8.6) + 8
    y = p.text(54, y + 4, "Diagnosis: F33.2     Claim total billed $1,140.00   Plan paid $152.00   "
               "Your share $38.00", "sans", 8.8) + 18
    for b in [
        "A - Paid at the plan's allowed amount after your 20% coinsurance.",
        "B - Denied. The plan's medical policy for transcranial magnetic stimulation covers treatment after the 20th "
        "session only when the record shows at least a 25% improvement on a standardized depression scale by then. "
        "The PHQ-9 scores sent with the claim (21 at baseline, 19 at session 20) do not show that improvement. A "
        "psychiatrist reviewed the records and found continued treatment not medically necessary under the plan.",
        "You may ask for the medical policy, the reviewer's notes and all documents relevant to this claim, free of "
        "charge.",
    ]:
        y = p.para(54, y, 504, b, "sans", 9, 12) + 5
    y += 6
    p.text(54, y, "HOW TO APPEAL", "sans-b", 10)
    y = p.para(54, y + 14, 504, "You or your authorized representative may appeal within 180 days of the date of "
               "this notice. Send your written appeal to:", "sans", 9, 12) + 3
    y = p.lines(90, y, ["Halvorsen Manufacturing Employee Health Plan", "c/o Keystone Benefit Administrators, Inc.",
                        "Appeals Department", "PO Box 5512", "Granite Bend, PA 17999"], "sans", 9, 11.6) + 5
    y = p.para(54, y, 504, "The plan is self-funded by your employer and governed by ERISA; Keystone administers "
               "claims and does not insure the plan. If your appeal is denied you may ask for an external review and "
               "may bring a civil action under ERISA section 502(a). Urgent appeals: call 1-555-0121.", "sans", 9, 12)
    p.text(54, 756, FICT, "sans", 7)
    key = dict(
        patient_name="Terrence Adebayo", member_id="KBA-FICT-55810293", claim_number="KB26-338-01772",
        notice_date="2026-11-16", service_dates=["2026-10-27", "2026-10-28", "2026-10-29"], procedure_codes=["90868"],
        diagnosis_codes=["F33.2"], carc_codes=["CO-50"], denial_category="medical_necessity",
        plan_type="employer_erisa", urgent=False, appeal_deadline="2027-05-15",
        deadline_basis="within 180 days of the date of this notice",
        appeals_address="Halvorsen Manufacturing Employee Health Plan, c/o Keystone Benefit Administrators, Inc., "
                        "Appeals Department, PO Box 5512, Granite Bend, PA 17999",
    )
    note = ("Self-funded employer plan via TPA (administrator Keystone Benefit Administrators, Inc.; plan Halvorsen "
            "Manufacturing Employee Health Plan). EOB page photographed as a PNG in dim evening light with a shadow "
            "of the phone across the middle, on a dark desk. Two side-by-side boxes of facts; one claim whose first "
            "line (10/26/2026, CO-45) was paid and whose lines 2-4 were denied: only the denied lines' dates and "
            "CO-50 are in the key. 'Received: 11/04/2026' beside the notice date.")
    return dict(slug="04-tpa-tms-partial-denial-photo-dim", kind="photo", ext="png", pages=[p], key=key, note=note,
                photo=dict(seed=404, dpi=170, out=(1600, 2100),
                           corners=[(0.1, 0.04), (0.9, 0.07), (0.92, 0.97), (0.07, 0.95)], curl=0.0, rot=2.2,
                           dim=0.62, vignette=0.5, light=(0.92, 0.95, 1.0), bg=(46, 44, 48), bg_texture="plain",
                           shadow=dict(poly=[(0.3, 0.45), (0.75, 0.42), (0.78, 0.62), (0.28, 0.66)], depth=0.4,
                                       blur=40)))


def c05():
    p = Page()
    p.text(54, 52, "Riverbend Community Health Plan", "serif-b", 15)
    p.text(54, 66, "A Medicaid health plan  *  Member Services 1-555-0140  *  TTY 711", "serif", 8.5)
    p.text(54, 78, "Utilization Management, 77 Harbor Drive, Millbrook Junction, MI 48998", "serif", 8.5)
    p.rect(54, 90, 504, 22, lw=1, fill=(0.1, 0.1, 0.1))
    p.text(306, 105, "NOTICE OF ADVERSE BENEFIT DETERMINATION", "sans-b", 12, color=(255, 255, 255), align="c")
    # boxed form grid, 3 x 3
    cells = [("Date of notice", "11/23/2026"), ("Member name", "Cheryl Ann Pokorny"), ("Medicaid ID", "FICT-MI-4402917"),
             ("Date of birth", "11/25/1971"), ("Authorization #", "PA-26-118-30554"), ("Request received", "11/16/2026"),
             ("Requesting provider", "Anil Varghese, MD"), ("Practice", "Great Lakes Behavioral Assoc."),
             ("Type of request", "Standard (pre-service)")]
    for i, (lab, val) in enumerate(cells):
        cx, cy = 54 + (i % 3) * 168, 120 + (i // 3) * 34
        p.rect(cx, cy, 168, 34, lw=0.7)
        p.text(cx + 4, cy + 11, lab, "sans", 7.5)
        p.text(cx + 4, cy + 27, val, "sans-b", 10)
    y = 240
    p.text(54, y, "What we decided", "sans-b", 11)
    y = p.para(54, y + 15, 504, "Riverbend Community Health Plan has DENIED the request for maintenance "
               "electroconvulsive therapy (ECT), procedure code 90870, eight treatments over twelve weeks, for the "
               "diagnosis F33.3 (major depressive disorder, recurrent, severe with psychotic symptoms).", "serif",
               10.5, 13.5) + 8
    p.text(54, y, "Why we decided this", "sans-b", 11)
    y = p.para(54, y + 15, 504, "The plan covers maintenance ECT when the member had a full response to an acute "
               "course and has relapsed, or is at high risk of relapse, on medication alone. The records sent show "
               "that the acute course ended in August 2026 with a partial response, and no relapse-prevention trial "
               "of medication after it. A psychiatrist reviewed the request. Based on the plan's medical necessity "
               "criteria, the service is not medically necessary at this time. Your doctor may talk with our "
               "reviewer by calling 1-555-0142.", "serif", 10.5, 13.5) + 8
    p.text(54, y, "Your right to appeal", "sans-b", 11)
    y = p.para(54, y + 15, 504, "You have 60 calendar days from the date on this notice to ask for an appeal. You "
               "can call us or write to us. Someone you choose, including your doctor, can appeal for you with your "
               "written permission. Mail or bring your appeal to:", "serif", 10.5, 13.5) + 4
    y = p.lines(96, y, ["Riverbend Community Health Plan", "Attn: Appeals Coordinator", "410 Tamarack Street, Suite 300",
                        "Millbrook Junction, MI 48999"], "serif", 10.5, 13.2) + 6
    y = p.para(54, y, 504, "Do not send appeals to the Utilization Management address at the top of this page. If "
               "waiting could seriously harm your health, ask for a fast (expedited) appeal; we decide those within "
               "72 hours. This notice does not end or reduce a service you are getting now, so continuation of "
               "benefits during an appeal does not apply. If we uphold our decision, you may ask for a State Fair "
               "Hearing within 120 days of the date of our appeal decision.", "serif", 10.5, 13.5)
    p.text(54, 752, FICT, "sans", 7.5)
    p.text(558, 752, "RCHP-NABD 2026", "sans", 7.5, align="r")
    key = dict(
        patient_name="Cheryl Ann Pokorny", member_id="FICT-MI-4402917", claim_number="PA-26-118-30554",
        notice_date="2026-11-23", procedure_codes=["90870"], diagnosis_codes=["F33.3"],
        denial_category="medical_necessity", plan_type="medicaid", urgent=False, appeal_deadline="2027-01-22",
        deadline_basis="60 calendar days from the date on this notice",
        appeals_address="Riverbend Community Health Plan, Attn: Appeals Coordinator, 410 Tamarack Street, Suite 300, "
                        "Millbrook Junction, MI 48999",
    )
    note = ("Medicaid managed-care notice of adverse benefit determination for a pre-service ECT request, as an "
            "image-only PDF of a photocopy (grey paper, darker edges, a toner streak, skew): a 3 x 3 boxed grid with "
            "small labels over bold values, under a dark title bar. No service dates (not given yet). Authorization "
            "# keyed as the claim number. DOB two days after the notice; 'Request received' a week before. The UM "
            "office is not for appeals; continuation of benefits and the 120-day fair hearing are not the window.")
    return dict(slug="05-medicaid-mco-ect-photocopy-scan", kind="scan", ext="pdf", pages=[p], key=key, note=note,
                scan=dict(seed=505, skew=-0.7, specks=220, shade=24, blur=0.6, photocopy=True, streak=True))


def c06():
    html = """<html><head><meta charset="utf-8"><title>Coverage decision</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="640" cellpadding="0" cellspacing="0"><tr><td style="background:#1d4e3a;color:#fff;padding:12px">
<b style="font-size:18px">Evergreen Senior Rx</b><br>Medicare Prescription Drug Plan &middot; pharmacy benefits managed by ScriptBridge Pharmacy Solutions</td></tr>
<tr><td style="padding:10px;font-size:11px;color:#a00">FICTIONAL SAMPLE NOTICE - invented plan, people and numbers - not a real document</td></tr>
<tr><td style="padding:12px">
<h2 style="font-size:17px">Notice of Denial of Medicare Prescription Drug Coverage</h2>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;font-size:13px">
<tr><td><b>Date of notice</b></td><td>November 24, 2026</td></tr>
<tr><td><b>Enrollee</b></td><td>Beatrice L. Hollingsworth</td></tr>
<tr><td><b>Member ID</b></td><td>ESR-FICT-80234411</td></tr>
<tr><td><b>Date of birth</b></td><td>11/26/1949</td></tr>
<tr><td><b>Case ID</b></td><td>CD-2611-66320</td></tr>
<tr><td><b>Drug requested</b></td><td>Auvelity (dextromethorphan-bupropion) 45 mg/105 mg extended-release tablets, #60 per 30 days</td></tr>
<tr><td><b>Prescriber</b></td><td>Naomi Feld, MD</td></tr>
<tr><td><b>Request received</b></td><td>November 22, 2026 (standard request)</td></tr>
</table>
<p>Dear Ms. Hollingsworth,</p>
<p>We have denied the prescription drug you or your prescriber asked for. <b>Why:</b> Auvelity is not on our Drug List
(formulary) for 2026, and your prescriber did not send a statement supporting an exception. Drugs on our Drug List
that treat depression include bupropion, sertraline, escitalopram, duloxetine and mirtazapine. You and your
prescriber may ask us for a formulary exception; your prescriber's statement should explain why the drugs on our
list would not be as effective for you or would cause you harm.</p>
<h3 style="font-size:15px">You have the right to ask us for a redetermination (appeal)</h3>
<p>You must ask within 65 days from the date of this notice. We can give you more time if you have a good reason.
If you or your prescriber believe waiting up to 7 days could seriously harm your health, ask for a fast
redetermination; we answer those within 72 hours.</p>
<p>How to ask: call 1-555-0166 (TTY 711), fax 1-555-0167, or write to:</p>
<p style="margin-left:30px">Evergreen Senior Rx<br>Part D Appeals<br>PO Box 61190<br>Laramie Springs, WY 82999</p>
<p>Please do not mail appeals to our pharmacy claims address (Evergreen Senior Rx (PDP), Pharmacy Claims, PO Box 61100, Laramie Springs, WY 82998); mail sent there is not reviewed as an appeal.</p>
<p>If we say no again, your case goes to an independent review entity only if you ask; the letter with our decision
will tell you how.</p>
<p>Sincerely,<br>Coverage Determinations Team<br>Evergreen Senior Rx</p>
</td></tr></table></body></html>"""
    headers = {
        "From": "Evergreen Senior Rx via ScriptBridge <notices@scriptbridge-rx.example>",
        "To": "Beatrice Hollingsworth <bea.hollingsworth@mailbox.example>",
        "Date": "Wed, 25 Nov 2026 06:02:41 -0700",
        "Subject": "Your Medicare drug coverage decision - Case CD-2611-66320",
        "Message-ID": "<cd-2611-66320.notice@scriptbridge-rx.example>",
    }
    key = dict(
        patient_name="Beatrice L. Hollingsworth", member_id="ESR-FICT-80234411", claim_number="CD-2611-66320",
        notice_date="2026-11-24", denial_category="not_covered", plan_type="medicare_part_d", urgent=False,
        appeal_deadline="2027-01-28", deadline_basis="within 65 days from the date of this notice",
        appeals_address="Evergreen Senior Rx, Part D Appeals, PO Box 61190, Laramie Springs, WY 82999",
    )
    note = ("Part D coverage determination (a drug not on the formulary: keyed not_covered, per docs/domain.md) "
            "e-mailed by the PBM: HTML only, base64, facts in a two-column bordered table. Case ID keyed as the "
            "claim number. E-mail Date the day after the notice, 'Request received' two days before, DOB two days "
            "after. No codes and no service dates. The pharmacy-claims box (with the '(PDP)' tag) is not for "
            "appeals. Standard request: urgent false.")
    return dict(slug="06-part-d-formulary-html-email", kind="eml", ext="eml", key=key, note=note,
                eml=dict(headers=headers, parts=[("html", html, "base64", "utf-8")]))


def c07():
    cover = Page()
    cover.text(72, 70, "FAX", "sans-b", 40)
    cover.text(72, 96, "Capitol Service Benefit Association - Provider Correspondence", "sans-b", 12)
    cover.kv(72, 140, [("Date:", "11/17/2026"), ("To:", "Dr. Ingrid Lindqvist"),
                       ("Organization:", "Harbor Point Ketamine Clinic"), ("Fax:", "555-0162"),
                       ("From:", "FEHB Claims Review, CSBA"), ("Fax:", "555-0188"),
                       ("Pages:", "3 (including cover)"), ("Re:", "Claim determination letter")], 100, "sans", 12, 22)
    cover.para(72, 340, 468, "CONFIDENTIALITY NOTICE: This fax contains protected health information. If you "
               "received it in error, call 1-555-0188 and destroy every page.", "sans", 10, 13)
    cover.text(72, 740, FICT, "sans", 8)
    p = Page()
    p.text(72, 60, "Capitol Service Benefit Association", "serif-b", 15)
    p.text(72, 75, "A Federal Employees Health Benefits Program carrier", "serif-i", 9.5)
    p.text(72, 87, "1750 Constitution Row, Potomac Ridge, VA 22998", "serif", 9.5)
    p.text(72, 120, "November 13, 2026", "serif", 11)
    p.lines(72, 146, ["Ingrid Lindqvist, MD", "Harbor Point Ketamine Clinic", "410 Wharf Street",
                      "Kittery Landing, ME 03999"], "serif", 11, 13.5)
    y = p.kv(72, 216, [("RE:", "Enrollee: Marcus O. Feldstein"), ("", "Enrollee ID: R7-FICT-99102834"),
                       ("", "Patient: Marcus O. Feldstein (self)"), ("", "Claim #: 2026 3150 7781 02"),
                       ("", "Dates of service: 10/15/2026 and 10/22/2026")], 34, "serif", 11, 13.5) + 10
    p.text(72, y, "Dear Dr. Lindqvist:", "serif", 11)
    y += 20
    for b in [
        "We have completed our review of the claim you submitted for intravenous ketamine infusions (96365, J3490) "
        "given to our member on the dates above, for chronic post-traumatic stress disorder (F43.12).",
        "The claim is denied. The Plan's brochure excludes services, drugs and supplies that are experimental or "
        "investigational. Our medical policy MP-2.117 considers intravenous ketamine for post-traumatic stress "
        "disorder investigational, because its safety and effectiveness for this use have not been shown in "
        "published, controlled studies of adequate size. Ketamine is approved by the FDA as an anesthetic.",
        "As a network provider you may not bill the member for these services unless the member agreed in writing, "
        "before treatment, to pay for a service the Plan considers investigational.",
    ]:
        y = p.para(72, y, 468, b, "serif", 11, 14) + 8
    p.text(72, 750, FICT, "serif", 8)
    p.text(540, 750, "Page 1 of 2", "serif", 8, align="r")
    q = Page()
    q.text(72, 60, "Marcus O. Feldstein - Claim # 2026 3150 7781 02 - page 2", "serif-i", 9.5)
    q.text(72, 92, "Reconsideration", "serif-b", 12)
    y = 110
    for b in [
        "The member, or you acting for the member with the member's written consent, may ask us to reconsider this "
        "decision. The request must be in writing and made within 6 months from the date of this letter. Include "
        "the claim number, the reasons the decision should change, and any medical records and published studies "
        "that support the request. Send it to:",
    ]:
        y = q.para(72, y, 468, b, "serif", 11, 14) + 4
    y = q.lines(108, y, ["Capitol Service Benefit Association", "FEHB Reconsiderations", "PO Box 14087",
                         "Potomac Ridge, VA 22999"], "serif", 11, 13.5) + 8
    for b in [
        "Reconsideration requests sent to the claims address (PO Box 14000) are delayed and are not treated as "
        "received until they reach the reconsideration unit.",
        "If we affirm our denial, the member may ask the U.S. Office of Personnel Management to review it within "
        "90 days of the date of our reconsideration decision, as described in section 8 of the FEHB brochure.",
        "Sincerely,",
        "Provider Claims Review, Capitol Service Benefit Association",
    ]:
        y = q.para(72, y, 468, b, "serif", 11, 14) + 8
    q.text(72, 750, FICT, "serif", 8)
    q.text(540, 750, "Page 2 of 2", "serif", 8, align="r")
    key = dict(
        patient_name="Marcus O. Feldstein", member_id="R7-FICT-99102834", claim_number="2026 3150 7781 02",
        notice_date="2026-11-13", service_dates=["2026-10-15", "2026-10-22"], procedure_codes=["96365", "J3490"],
        diagnosis_codes=["F43.12"], denial_category="experimental_investigational", plan_type="fehb", urgent=False,
        appeal_deadline="2027-05-13", deadline_basis="within 6 months from the date of this letter",
        appeals_address="Capitol Service Benefit Association, FEHB Reconsiderations, PO Box 14087, "
                        "Potomac Ridge, VA 22999",
    )
    note = ("FEHB carrier's letter to the provider, received as a three-page fax (fine mode 204 x 196 dpi, 1-bit, "
            "Group 4 TIFF): a cover sheet dated 11/17/2026, then the letter dated November 13, 2026. Claim number in "
            "groups with spaces (keyed as printed). 6 calendar months from the letter; OPM's 90 days is the next "
            "level; the carrier's street office and claims box are not for reconsiderations.")
    headers = ["NOV 17 2026 10:31   CSBA FEHB CLAIMS   5550188            P. {n}/3"]
    return dict(slug="07-fehb-provider-letter-fax-fine", kind="fax", ext="tif", pages=[cover, p, q], key=key, note=note,
                headers=headers, fine=True, seed=707)


def c08():
    p = Page()
    p.rect(40, 40, 532, 40, lw=0, fill=(0.12, 0.2, 0.35))
    p.text(52, 60, "TRICARE", "sans-b", 18, color=(255, 255, 255))
    p.text(52, 74, "Explanation of Benefits", "sans", 9, color=(255, 255, 255))
    p.text(560, 60, "Frontier Military Health Services", "sans-b", 10, color=(255, 255, 255), align="r")
    p.text(560, 73, "TRICARE West Region contractor", "sans", 8.5, color=(255, 255, 255), align="r")
    p.text(40, 98, "THIS IS NOT A BILL. Keep this notice for your records.", "sans-b", 9)
    p.rect(40, 106, 262, 76, lw=0.8)
    p.rect(310, 106, 262, 76, lw=0.8)
    p.text(46, 118, "SPONSOR", "sans-b", 8)
    p.kv(46, 132, [("Name:", "Daniel R. Kowalczyk"), ("DoD ID:", "FICT-1290448213"), ("Plan:", "TRICARE Prime"),
                   ("Branch:", "USAF")], 60, "sans", 8.6, 12)
    p.text(316, 118, "BENEFICIARY (PATIENT)", "sans-b", 8)
    p.kv(316, 132, [("Name:", "Angela M. Kowalczyk"), ("DoD Benefits Number:", "FICT-30418827701"),
                    ("Date of birth:", "11/21/1988"), ("EOB date:", "11/19/2026")], 104, "sans", 8.6, 12)
    y = p.table(40, 196, [("Claim number", 86), ("Service\ndate", 56), ("Provider", 104), ("Code", 38),
                          ("Billed", 50), ("TRICARE\nallowed", 56), ("TRICARE\npaid", 52), ("Patient\npays", 46),
                          ("Re-\nmark", 44)], [
        ["2026275F01902", "10/01/2026", "Sagebrush Counseling\nGroup", "90791", "240.00", "168.35", "134.68", "33.67",
         "1"],
        ["2026301F04471", "10/08/2026", "Sagebrush Counseling\nGroup", "90837", "195.00", "0.00", "0.00", "0.00", "2"],
        ["", "10/15/2026", "Sagebrush Counseling\nGroup", "90837", "195.00", "0.00", "0.00", "0.00", "2"],
    ], size=8.2) + 6
    p.text(40, y + 8, "Diagnosis (all lines): F43.10", "sans", 8.6)
    y += 28
    p.text(40, y, "Remarks", "sans-b", 9.5)
    y = p.para(40, y + 13, 532, "1  Paid at the TRICARE-allowable charge. The amount under Patient pays is your "
               "cost-share.", "sans", 8.6, 11.5) + 3
    y = p.para(40, y, 532, "2  Denied. Under TRICARE Prime, outpatient mental health care after the first eight "
               "visits needs a referral or authorization. None was on file for claim 2026301F04471. You are not "
               "responsible for these charges if the provider is a network provider.", "sans", 8.6, 11.5) + 10
    p.text(40, y, "If you disagree", "sans-b", 9.5)
    y = p.para(40, y + 13, 532, "You may ask for a reconsideration. Your request must be postmarked or received within "
               "90 days of the date of this EOB. Say which claim and why you disagree, and include a copy of this "
               "EOB and any records. Send it to:", "sans", 8.6, 11.5) + 2
    y = p.lines(80, y, ["Frontier Military Health Services", "TRICARE West Appeals", "PO Box 20650",
                        "Juniper Mesa, NV 89999"], "sans", 8.6, 11.2) + 4
    p.para(40, y, 532, "Claims and correspondence go to PO Box 20600, Juniper Mesa, NV 89998. Do not send "
           "reconsideration requests there. A Beneficiary Counseling and Assistance Coordinator at your military "
           "hospital or clinic can help for free.", "sans", 8.6, 11.5)
    p.text(40, 760, FICT, "sans", 7.5)
    key = dict(
        patient_name="Angela M. Kowalczyk", member_id="FICT-30418827701", claim_number="2026301F04471",
        notice_date="2026-11-19", service_dates=["2026-10-08", "2026-10-15"], procedure_codes=["90837"],
        diagnosis_codes=["F43.10"], denial_category="prior_authorization", plan_type="tricare", urgent=False,
        appeal_deadline="2027-02-17", deadline_basis="postmarked or received within 90 days of the date of this EOB",
        appeals_address="Frontier Military Health Services, TRICARE West Appeals, PO Box 20650, Juniper Mesa, NV 89999",
    )
    note = ("TRICARE EOB photographed at an angle on a wooden table with a tungsten cast and a shadow along the top: "
            "sponsor and beneficiary boxes side by side (the beneficiary, the sponsor's spouse, is the patient; her "
            "DoD Benefits Number is the member ID, not the sponsor's DoD ID). Claims table: one paid claim (10/01, "
            "90791) and the denied claim's two rows, the second without a claim number. Remark 2 (no referral or "
            "authorization) keyed prior_authorization. DOB two days after the EOB date.")
    return dict(slug="08-tricare-eob-photo-table", kind="photo", ext="jpg", pages=[p], key=key, note=note,
                photo=dict(seed=808, dpi=180, out=(1800, 2350),
                           corners=[(0.12, 0.08), (0.9, 0.04), (0.96, 0.94), (0.04, 0.97)], curl=0.015, rot=1.1,
                           dim=0.8, vignette=0.35, light=(1.0, 0.88, 0.7),
                           shadow=dict(poly=[(0, 0), (1, 0), (1, 0.12), (0, 0.2)], depth=0.5, blur=50)))


def c09():
    t = """NORTHSTAR GOVERNMENT HEALTH ADMINISTRATORS - MEDICARE PART B (JURISDICTION 9Z)        ** FICTIONAL **
PROVIDER PORTAL  >  CLAIM STATUS  >  REMITTANCE DETAIL                PRINTED 11/24/2026 08:12 CT
FICTIONAL SAMPLE NOTICE - invented contractor, provider, beneficiaries and numbers - not a real document
==========================================================================================================
PAYEE: LAKEVIEW PSYCHIATRY & INFUSION PC        NPI 1003881455        PTAN 0447192
REMITTANCE DATE: 11/23/2026        EFT TRACE: 8830041177        REMIT #: 2611-0093
----------------------------------------------------------------------------------------------------------
NAME                 MBI           ICN               SERV DATE   PROC   BILLED   ALLOWED   PAID    ADJ
SOTELO, GRACE        2FICT7WK39    2226324118830     10/13/2026  99214  185.00   128.41    100.69  CO-45
                                                                                            PR-2  25.68
PETTIGREW, WALTER J  1FICT4WK73    2226330412870     10/20/2026  96365  650.00     0.00      0.00  CO-50
                                                     10/20/2026  J3490  210.00     0.00      0.00  CO-50
NAKAMURA-REYES, LIN  3FICT9PX08    2226331100457     10/27/2026  90792  340.00   221.17    173.41  CO-45
                                                                                            PR-2  44.23
----------------------------------------------------------------------------------------------------------
TOTALS               CLAIMS: 3                                           1,385.00 349.58   274.10

SELECTED CLAIM DETAIL
  Beneficiary ......................... Walter J. Pettigrew
  Medicare Beneficiary Identifier ..... 1FICT4WK73
  Internal control number (ICN) ....... 2226330412870
  Patient account ..................... LPI-55047
  Date(s) of service .................. 10/20/2026
  Diagnosis codes ..................... F33.2, Z79.899
  Claim status ........................ DENIED (MOA MA01)
  Group/reason ........................ CO-50
  Remark .............................. N180 - This item or service does not meet the criteria for the
                                        category under which it was billed.
  Explanation ......................... Intravenous ketamine (96365 with J3490) for treatment-resistant
                                        depression is not reasonable and necessary under the contractor's
                                        local coverage rules. The beneficiary may not be billed unless a
                                        valid Advance Beneficiary Notice (ABN) was signed before the service
                                        (modifier GA); none was reported on this claim.

REDETERMINATION RIGHTS
  If you disagree with this determination, you may request a redetermination. The request must be filed
  within 120 days from the date you receive this notice of initial determination. The notice is presumed
  received 5 days after the remittance date unless there is evidence otherwise. Send the signed request
  (form CMS-20027 or a letter) with supporting records to:

      Northstar Government Health Administrators
      Part B Redeterminations
      PO Box 7108
      Cobblestone, IN 46999

  Do not mail redetermination requests to the claims address (PO Box 7100, Cobblestone, IN 46998) or the
  provider enrollment office. Redeterminations can also be filed through this portal (Appeals > New).

  The beneficiary received a Medicare Summary Notice for this claim and has the same appeal rights.
----------------------------------------------------------------------------------------------------------
Northstar GHA is a FICTIONAL Medicare Administrative Contractor.   Page 1 of 1
"""
    key = dict(
        patient_name="Walter J. Pettigrew", member_id="1FICT4WK73", claim_number="2226330412870",
        notice_date="2026-11-23", service_dates=["2026-10-20"], procedure_codes=["96365", "J3490"],
        diagnosis_codes=["F33.2", "Z79.899"], carc_codes=["CO-50"], denial_category="medical_necessity",
        plan_type="medicare", urgent=False, appeal_deadline="2027-03-23",
        deadline_basis="within 120 days from the date you receive this notice of initial determination",
        appeals_address="Northstar Government Health Administrators, Part B Redeterminations, PO Box 7108, "
                        "Cobblestone, IN 46999",
    )
    note = ("Original Medicare Part B remittance detail from a contractor's provider portal, printed to plain text "
            "(fixed width): three beneficiaries, two paid (CO-45 with PR-2), one denied CO-50 (names in capitals, last "
            "name first, in the list; the selected claim's detail gives the name in mixed case). Print date 11/24 "
            "above the remittance date. MBI (with FICT) is the member ID, the ICN the claim number. 120 days counted "
            "from the remittance date without the presumed 5 days of mail. Claims box not for appeals.")
    return dict(slug="09-medicare-partb-remittance-portal-txt", kind="txt", ext="txt", text=t, key=key, note=note)


CASES = [c01, c02, c03, c04, c05, c06, c07, c08, c09]
