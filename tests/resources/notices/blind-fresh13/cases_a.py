"""Cases 01-09 of the intake13 blind set. Everything here is FICTIONAL."""
FICT = "FICTIONAL SAMPLE: every person, plan, number and address in this document is invented."
FICT_ES = "MUESTRA FICTICIA: todas las personas, planes, números y direcciones de este documento son inventados."

CASES = []

# 01 state employees' plan decision written as a memo ------------------------------------------------------------
CASES.append(dict(
    slug="01-state-employees-memo", fmt="pdf", lang="en",
    opts=dict(family="serif", size=10.5, footer="LSEHP form CR-M4 (rev. 03/2025)        Printed 11/13/2026 08:14        {page}/{pages}"),
    items=[
        ("h", "LAKESHORE STATE EMPLOYEES HEALTH PLAN", 14),
        ("l", "A self-insured governmental plan of the State Employee Benefits Board"),
        ("l", "Office: 2200 Capitol Loop, Ferrin Falls, MN 55998   |   Member line 555-0141"),
        ("l", FICT),
        ("hr",),
        ("h", "M E M O R A N D U M", 13),
        ("sp",),
        ("kv", "TO:", "Corinne Abernathy-Vale, enrollee (Enrollee ID NAR-FICT-220914)"),
        ("kv", "FROM:", "Clinical Review Unit, Utilization Management"),
        ("kv", "CC:", "Pinecrest Mind & Body Clinic (rendering provider)"),
        ("kv", "DATE:", "November 12, 2026"),
        ("kv", "RE:", "Decision on claim SHBP-26-0418827 (memo ref. MR-2026-11-0412)"),
        ("kv", "Employee No.:", "0048812   Agency: Dept. of Natural Resources"),
        ("kv", "Date of birth on file:", "11/14/1968"),
        ("hr",),
        ("p", "This memo is the plan's decision on the claim your provider filed for intravenous ketamine infusions "
              "(CPT 96365, HCPCS J3490) that you received on October 6, 2026 and October 9, 2026, billed with "
              "diagnosis F33.2 (major depressive disorder, recurrent, severe without psychotic features)."),
        ("b", "Decision: DENIED"),
        ("p", "Reason: the plan's medical policy MP-114 covers ketamine infusion only after documented failure of "
              "electroconvulsive therapy or a documented reason it cannot be used. The records sent with the claim do "
              "not show this, so the reviewer found the infusions not medically necessary under the plan's criteria. "
              "The reviewer was a board-certified psychiatrist."),
        ("p", "You may ask for the plan's criteria, the reviewer's notes and all documents relevant to your claim, free of charge."),
        ("b", "Your right to appeal"),
        ("p", "You may ask for an internal appeal within 180 days after you receive this memo. Include this memo, "
              "a letter saying why you disagree, and any records you want the plan to consider. Send appeals to:"),
        ("l", "    Lakeshore State Employees Health Plan"),
        ("l", "    Attn: Appeals Coordinator"),
        ("l", "    77 Tamarack Avenue, Suite 410"),
        ("l", "    Ferrin Falls, MN 55999"),
        ("p", "The Capitol Loop office above does not accept appeals. After the internal appeal you may ask for an "
              "independent external review within 4 months of the final decision."),
        ("p", "If your health would be in serious danger by waiting, call 555-0141 and ask for an urgent appeal."),
    ],
    key=dict(patient_name="Corinne Abernathy-Vale", member_id="NAR-FICT-220914", claim_number="SHBP-26-0418827",
             notice_date="2026-11-12", service_dates=["2026-10-06", "2026-10-09"], procedure_codes=["96365", "J3490"],
             diagnosis_codes=["F33.2"], denial_category="medical_necessity", plan_type="governmental", urgent=False,
             deadline=("days", 180), deadline_basis="within 180 days after you receive this memo",
             appeals_address="Lakeshore State Employees Health Plan, Attn: Appeals Coordinator, 77 Tamarack Avenue, Suite 410, Ferrin Falls, MN 55999"),
    printed=["November 12, 2026", "October 6, 2026", "October 9, 2026"],
    note="State employees' plan decision laid out as a memorandum (TO/FROM/DATE/RE). Employee number and a memo "
         "reference that looks like a claim number beside the claim; DOB 11/14/1968 two days after the notice; "
         "print date 11/13/2026 in the footer; letterhead office not for appeals. 180 days from receipt counted from "
         "the notice date.",
))

# 02 packet with a table of contents, denial on page 3, dependant spouse -------------------------------------------
CASES.append(dict(
    slug="02-toc-packet-dependant-spouse", fmt="pdf", lang="en",
    opts=dict(family="sans", size=10, footer="Harborline Health Insurance Company  -  HHL-ABD-PKT  -  page {page} of {pages}"),
    items=[
        ("h", "Harborline Health Insurance Company", 16),
        ("l", "Group Health Coverage  |  P.O. Box 30500, Mill Haven, OR 97998"),
        ("l", FICT),
        ("sp",), ("sp",),
        ("h", "Your Benefit Determination Packet", 14),
        ("l", "Prepared for: Desmond Okafor-Reyes (subscriber)"),
        ("l", "Packet date: 09-Nov-2026"),
        ("sp",),
        ("b", "Contents"),
        ("t", [["Section", "What it is", "Page"],
               ["1", "Contents (this page)", "1"],
               ["2", "Words we use in this packet", "2"],
               ["3", "Notice of Adverse Benefit Determination", "3"],
               ["4", "How to appeal and where to send it", "3"]], [0.15, 0.65, 0.2]),
        ("p", "Keep this packet. Please read section 3 carefully: it explains a decision about a claim for a member "
              "of your family."),
        ("pg",),
        ("h", "2. Words we use in this packet", 13),
        ("p", "Subscriber: the employee who enrolled in the group plan. Dependent: a spouse or child covered under the "
              "subscriber's enrollment; each has a member ID ending in their own suffix."),
        ("p", "Claim number: the number we gave a bill when we received it. Reference number: the number of a phone "
              "call or letter; it is not a claim number."),
        ("p", "Prior authorization: approval from us before certain services are given. Adverse benefit determination: "
              "a decision not to pay for all or part of a claim."),
        ("p", "Date of service: the day the care was given. Received date: the day we received the claim."),
        ("pg",),
        ("h", "3. Notice of Adverse Benefit Determination", 13),
        ("kv", "Date of this notice:", "09-Nov-2026"),
        ("kv", "Subscriber:", "Desmond Okafor-Reyes, ID HHL-FICT-553102-01"),
        ("kv", "Patient (dependent spouse):", "Lena Okafor-Reyes"),
        ("kv", "Patient member ID:", "HHL-FICT-553102-02"),
        ("kv", "Patient date of birth:", "11/11/1983"),
        ("kv", "Group number:", "G-77140 (Brightwater Logistics, Inc.)"),
        ("kv", "Claim number:", "26-318-004471"),
        ("kv", "Reference number:", "26-318-900127"),
        ("kv", "Provider:", "Cascade TMS Center"),
        ("kv", "Dates of service:", "20-Oct-2026, 23-Oct-2026"),
        ("kv", "Services:", "90868 transcranial magnetic stimulation, subsequent delivery"),
        ("kv", "Diagnosis:", "F33.1"),
        ("kv", "Received date:", "02-Nov-2026"),
        ("p", "We denied this claim because these services need prior authorization under your plan and no "
              "authorization was requested or approved before the dates of service. Your plan's certificate, section 7.2, "
              "lists TMS as a service that needs prior authorization."),
        ("h", "4. How to appeal and where to send it", 12),
        ("p", "You have 180 days from the date you receive this notice to file an appeal. Your plan is governed by "
              "ERISA; after a final denial you may have the right to an external review and to bring a civil action "
              "under section 502(a) of ERISA. Mail your appeal to:"),
        ("l", "  Harborline Health Insurance Company"),
        ("l", "  Attn: Member Appeals"),
        ("l", "  PO Box 30518"),
        ("l", "  Mill Haven, OR 97999"),
        ("p", "Do not send appeals to the claims P.O. Box 30500 printed on page 1."),
    ],
    key=dict(patient_name="Lena Okafor-Reyes", member_id="HHL-FICT-553102-02", claim_number="26-318-004471",
             notice_date="2026-11-09", service_dates=["2026-10-20", "2026-10-23"], procedure_codes=["90868"],
             diagnosis_codes=["F33.1"], denial_category="prior_authorization", plan_type="employer_erisa", urgent=False,
             deadline=("days", 180), deadline_basis="180 days from the date you receive this notice",
             appeals_address="Harborline Health Insurance Company, Attn: Member Appeals, PO Box 30518, Mill Haven, OR 97999"),
    printed=["09-Nov-2026", "20-Oct-2026", "23-Oct-2026"],
    note="Three-page packet: page 1 a table of contents addressed to the subscriber, page 2 a glossary, the denial on "
         "page 3. The PATIENT is the subscriber's spouse (dependent), with her own member ID suffix -02; the "
         "subscriber's ID ends -01. Dates written 09-Nov-2026; a reference number shaped like the claim number; "
         "DOB 11/11/1983 two days after the notice; received date 02-Nov-2026; claims P.O. Box not for appeals.",
))

# 03 landscape remittance advice, several patients, one denied ----------------------------------------------------
CASES.append(dict(
    slug="03-remittance-several-patients-landscape", fmt="pdf", lang="en",
    opts=dict(family="sans", size=9, land=True, footer="Cobalt Benefit Administrators, Inc. - Provider Remittance Advice - page {page} of {pages}"),
    items=[
        ("h", "COBALT BENEFIT ADMINISTRATORS, INC.   -   PROVIDER REMITTANCE ADVICE", 13),
        ("l", "Third-party administrator for the Grayson Tool & Die Employee Health Plan (self-funded ERISA group health plan). " + FICT),
        ("kv", "Payee:", "Northgate Infusion Partners, 18 Larch Row, Calder Springs, CO 80997   NPI 0000000000 (fictional)"),
        ("kv", "Remittance date:", "2026/11/18"),
        ("kv", "EFT trace no.:", "0099812771"),
        ("kv", "Payer claim office:", "PO Box 1180, Calder Springs, CO 80998 (claims and corrected claims only)"),
        ("sp",),
        ("t", [["Patient / Member ID", "DOB", "Claim no.", "Svc date", "Code", "Dx", "Billed", "Allowed", "Paid", "Adj.", "Remark"],
               ["Hollis Braddock / GTD-FICT-40233", "03/02/1961", "CBA2631800709", "10/28/2026", "99214", "F41.1", "180.00", "122.40", "97.92", "CO-45", ""],
               ["Yvette Marchand / GTD-FICT-40917", "11/19/1979", "CBA2631800712", "11/02/2026", "96365", "F33.2", "650.00", "0.00", "0.00", "CO-50", "N115"],
               ["", "", "", "11/05/2026", "J3490", "F33.2", "310.00", "0.00", "0.00", "CO-50", "N115"],
               ["Teodoro Lind / GTD-FICT-41102", "07/30/1992", "CBA2631800715", "11/03/2026", "90837", "F43.10", "240.00", "168.00", "134.40", "CO-45", ""]],
         [0.16, 0.07, 0.1, 0.07, 0.06, 0.06, 0.08, 0.08, 0.08, 0.08, 0.12]),
        ("kv", "Totals:", "billed 1,380.00   paid 232.32"),
        ("b", "Adjustment and remark codes on this remittance"),
        ("t", [["Code", "Meaning"],
               ["CO-45", "Charge exceeds fee schedule / maximum allowable (contractual)."],
               ["CO-50", "Non-covered: not deemed a medical necessity by the payer."],
               ["N115", "This decision was based on a local or plan medical policy; the policy is available on request."]],
         [0.12, 0.88]),
        ("b", "Appeal rights for denied lines"),
        ("p", "A provider acting for the member, or the member, may appeal a denied line within 180 days of the "
              "remittance date. Appeals of a denied line go to: Grayson Tool & Die Employee Health Plan c/o Cobalt Benefit "
              "Administrators, Inc., Attn: Provider Appeals, 5100 Ridgeback Parkway, Suite 300, Calder Springs, CO 80999. "
              "Do not send appeals to the claim office PO Box 1180."),
    ],
    key=dict(patient_name="Yvette Marchand", member_id="GTD-FICT-40917", claim_number="CBA2631800712",
             notice_date="2026-11-18", service_dates=["2026-11-02", "2026-11-05"], procedure_codes=["96365", "J3490"],
             diagnosis_codes=["F33.2"], carc_codes=["CO-50"], denial_category="medical_necessity", plan_type="employer_erisa",
             urgent=False, deadline=("days", 180), deadline_basis="within 180 days of the remittance date",
             appeals_address="Grayson Tool & Die Employee Health Plan c/o Cobalt Benefit Administrators, Inc., Attn: Provider Appeals, 5100 Ridgeback Parkway, Suite 300, Calder Springs, CO 80999"),
    printed=["2026/11/18", "11/02/2026", "11/05/2026"],
    note="Landscape provider remittance advice (TPA for a self-funded ERISA plan) listing three patients; only Yvette "
         "Marchand's claim is denied (CO-50, remark N115: N115 is a remark code, not a CARC). The other two are paid "
         "(CO-45 contractual) and their names, IDs, dates and codes are not in the key. Her second line has no claim "
         "number of its own. Remittance date year-first 2026/11/18; EFT trace number looks like a claim number; her DOB "
         "11/19/1979 is the day after the notice. Administrator Cobalt Benefit Administrators, Inc.; plan Grayson Tool "
         "& Die Employee Health Plan.",
))

# 04 Marketplace notice with footnotes, scanned ---------------------------------------------------------------
CASES.append(dict(
    slug="04-marketplace-footnotes-scan", fmt="scan", lang="en", angle=-0.7,
    opts=dict(family="serif", size=10.5),
    items=[
        ("h", "Bluewater Exchange Health Plans", 15),
        ("l", "Individual & Family Coverage sold through the Health Insurance Marketplace"),
        ("l", FICT),
        ("sp",),
        ("l", "November 10, 2026"),
        ("sp",),
        ("l", "Priya Ramanathan-Cole"),
        ("l", "41 Heron Slough Road"),
        ("l", "Port Averill, WA 98998"),
        ("sp",),
        ("l", "Member ID: BWX-FICT-7730215      Claim: BX 2611 0452 88"),
        ("l", "Plan: Bluewater Silver 3500 (EPO)      Date of birth: 11/08/1977"),
        ("sp",),
        ("p", "Dear Priya Ramanathan-Cole:"),
        ("p", "We reviewed the claim for the intravenous ketamine infusions you received on 10/27/2026 from Sound "
              "Pain Associates (CPT 96365, 96366, HCPCS J3490; diagnosis G90.512). We will not pay this claim. "
              "Your policy excludes ketamine infusion for chronic pain conditions (Exclusion 4.12).\u00b9 This is not a "
              "decision about whether the care was right for you."),
        ("p", "You can ask us for the documents we used, free of charge.\u00b2 You have the right to appeal.\u00b3"),
        ("p", "Sincerely,"),
        ("p", "Member Determinations, Bluewater Exchange Health Plans"),
        ("at", 600),
        ("hr",),
        ("s", "\u00b9 Policy form BW-IND-2026, Part 4, Exclusion 4.12: \"Ketamine infusion therapy for the treatment of pain "
              "syndromes.\""),
        ("s", "\u00b2 Call Member Services at 555-0163 (TTY 711)."),
        ("s", "\u00b3 You must file within 180 days after you receive this notice. Send a written appeal to Bluewater "
              "Exchange Health Plans, Grievances and Appeals Department, 900 Sounding Way, Mail Stop 4B, Port Averill, "
              "WA 98999. After our final decision you may ask for an external review within 4 months."),
        ("s", "\u2074 Claims and premium payments: PO Box 9180, Port Averill, WA 98997. Appeals sent there are delayed."),
    ],
    key=dict(patient_name="Priya Ramanathan-Cole", member_id="BWX-FICT-7730215", claim_number="BX 2611 0452 88",
             notice_date="2026-11-10", service_dates=["2026-10-27"], procedure_codes=["96365", "96366", "J3490"],
             diagnosis_codes=["G90.512"], denial_category="not_covered", plan_type="individual_aca", urgent=False,
             deadline=("days", 180), deadline_basis="within 180 days after you receive this notice",
             appeals_address="Bluewater Exchange Health Plans, Grievances and Appeals Department, 900 Sounding Way, Mail Stop 4B, Port Averill, WA 98999"),
    printed=["November 10, 2026", "10/27/2026"],
    note="Image-only scan (-0.7 degrees, specks, shading) of a Marketplace (individual) plan letter whose appeal "
         "rights, deadline and address are only in footnotes at the foot of the page. Claim number in groups (compare "
         "without spaces); DOB 11/08/1977 two days before the notice; a claims PO Box in another footnote.",
))

# 05 tri-fold mailer, Medicare Advantage IDN, scanned in landscape -------------------------------------------------
CASES.append(dict(
    slug="05-ma-idn-trifold-mailer-scan", fmt="scan", lang="en", angle=0.5,
    opts=dict(family="sans", size=9, land=True, ncols=3, gutter=40),
    items=[
        ("b", "Saguaro Senior Advantage (HMO)"),
        ("l", "PO Box 7000, Dry Wells, AZ 85998"),
        ("sp",), ("sp",),
        ("l", "Walter Nakamura-Price"),
        ("l", "2290 Ocotillo Bend"),
        ("l", "Dry Wells, AZ 85997"),
        ("sp",), ("sp",),
        ("l", "IMPORTANT: decision about your"),
        ("l", "Medicare coverage enclosed"),
        ("sp",),
        ("s", FICT),
        ("col",),
        ("h", "Notice of Denial of Medical Coverage (or Payment)", 11),
        ("kv", "Date:", "November 16, 2026"),
        ("kv", "Member name:", "Walter Nakamura-Price"),
        ("kv", "Member ID:", "SSA-FICT-0098841"),
        ("kv", "Claim #:", "8826-1104-77"),
        ("kv", "Birth date:", "11/18/1951"),
        ("p", "We have denied payment for the transcranial magnetic stimulation (CPT 90868, diagnosis F33.2) you "
              "received on 10/14/2026, 10/16/2026 and 10/19/2026 from Mesa Verde Neuromodulation."),
        ("p", "Why: Mesa Verde Neuromodulation is not in our plan's network. As an HMO member you must use plan "
              "providers except for emergencies, urgently needed care or services we approve in advance, and none "
              "of these applied."),
        ("col",),
        ("b", "You have the right to appeal"),
        ("p", "If you disagree, you may ask for an appeal (a reconsideration). You must ask for an appeal within 65 "
              "days of the date of this notice. We can give you more time if you have a good reason."),
        ("b", "How to ask for a standard appeal"),
        ("p", "Write to:"),
        ("l", "Saguaro Senior Advantage"),
        ("l", "Attn: Reconsideration Unit"),
        ("l", "PO Box 7120"),
        ("l", "Dry Wells, AZ 85999"),
        ("p", "Or call 555-0177 (TTY 711). If we keep our denial, your case is sent to an independent review entity "
              "automatically."),
        ("p", "Fast appeals are for care you have not yet received; this notice is about payment."),
    ],
    key=dict(patient_name="Walter Nakamura-Price", member_id="SSA-FICT-0098841", claim_number="8826-1104-77",
             notice_date="2026-11-16", service_dates=["2026-10-14", "2026-10-16", "2026-10-19"], procedure_codes=["90868"],
             diagnosis_codes=["F33.2"], denial_category="out_of_network", plan_type="medicare_advantage", urgent=False,
             deadline=("days", 65), deadline_basis="within 65 days of the date of this notice",
             appeals_address="Saguaro Senior Advantage, Attn: Reconsideration Unit, PO Box 7120, Dry Wells, AZ 85999"),
    printed=["November 16, 2026", "10/14/2026", "10/16/2026", "10/19/2026"],
    note="Tri-fold mailer scanned flat in landscape: three panels side by side (mailing panel with return and member "
         "address, the decision, the appeal rights). Medicare Advantage IDN-style payment denial, out of network. "
         "Return PO Box 7000 not for appeals; DOB 11/18/1951 two days after the notice.",
))

# 06 FEHB letter whose date is only in the footer ---------------------------------------------------------------
CASES.append(dict(
    slug="06-fehb-date-in-footer", fmt="pdf", lang="en",
    opts=dict(family="sans", size=10, footer="KFEBA-DN-3   Issued 11/17/2026   Page {page} of {pages}"),
    items=[
        ("h", "Keystone Federal Employees Benefit Association", 14),
        ("l", "A health plan in the Federal Employees Health Benefits (FEHB) Program"),
        ("l", "Member Services 555-0152  |  www.kfeba.example"),
        ("l", FICT),
        ("sp",),
        ("l", "Marisol Ventura"),
        ("l", "16 Quarry Hill Court"),
        ("l", "New Lisle, PA 17998"),
        ("sp",),
        ("kv", "Enrollee:", "Marisol Ventura"),
        ("kv", "Member ID:", "KFB-FICT-R48812207"),
        ("kv", "Enrollment code:", "K41 (Self Only)"),
        ("kv", "Claim no.:", "4471-2026-31990"),
        ("kv", "Date(s) of service:", "10/29/2026"),
        ("kv", "Service billed:", "96365, J3490"),
        ("kv", "Diagnosis:", "F43.12"),
        ("kv", "Birth date:", "11/15/1986"),
        ("sp",),
        ("p", "Dear Ms. Ventura:"),
        ("p", "We have reviewed the claim from Allegheny Ridge Wellness for an intravenous ketamine infusion. Our "
              "brochure (Section 6, General exclusions) excludes services that are experimental or investigational. "
              "Ketamine infusion for post-traumatic stress disorder is not approved by the FDA for that use and our "
              "medical director found that the evidence does not yet establish it as standard care, so we consider it "
              "investigational and will not pay the claim."),
        ("b", "Your right to ask us to reconsider"),
        ("p", "If you disagree, write to us within 6 months of the date of this letter and ask us to reconsider. "
              "Send your request, this letter and any new evidence to: Keystone Federal Employees Benefit Association, "
              "Attn: Reconsideration Requests, 1500 Granary Street, Suite 800, New Lisle, PA 17999."),
        ("p", "If we do not change our decision, you may ask the U.S. Office of Personnel Management (OPM) to review "
              "it within 90 days of our reconsideration decision, as your FEHB brochure, Section 8, explains."),
        ("p", "Sincerely,"),
        ("p", "Claims Review Department"),
    ],
    key=dict(patient_name="Marisol Ventura", member_id="KFB-FICT-R48812207", claim_number="4471-2026-31990",
             notice_date="2026-11-17", service_dates=["2026-10-29"], procedure_codes=["96365", "J3490"],
             diagnosis_codes=["F43.12"], denial_category="experimental_investigational", plan_type="fehb", urgent=False,
             deadline=("months", 6), deadline_basis="within 6 months of the date of this letter",
             appeals_address="Keystone Federal Employees Benefit Association, Attn: Reconsideration Requests, 1500 Granary Street, Suite 800, New Lisle, PA 17999"),
    printed=["11/17/2026", "10/29/2026"],
    note="FEHB carrier letter with no date line at the top: the only date of the letter is 'Issued 11/17/2026' in the "
         "page footer. Enrollment code beside the member ID; DOB 11/15/1986 two days before; 6 calendar months.",
))

# 07 TRICARE letter photographed at an angle under warm light --------------------------------------------------
CASES.append(dict(
    slug="07-tricare-photo-warm-light", fmt="photo", lang="en", ext="jpg", angle=4.5,
    photo=dict(warm=(255, 214, 160), shadow="band", keystone=0.07),
    opts=dict(family="sans", size=11),
    items=[
        ("h", "Pacific Crest Health Partners", 15),
        ("l", "TRICARE West Region contractor (fictional) for the Defense Health Agency"),
        ("l", FICT),
        ("sp",),
        ("l", "13 Nov 2026"),
        ("sp",),
        ("kv", "Beneficiary:", "Renata Kowalczyk"),
        ("kv", "DoD Benefits No.:", "FICT-DBN-3390218847"),
        ("kv", "Sponsor:", "SSG Tomasz Kowalczyk"),
        ("kv", "Claim number:", "PCHP-26-1109-4432"),
        ("kv", "Services:", "90868 on 10/19/2026 and 10/26/2026"),
        ("kv", "Diagnosis:", "F33.1"),
        ("sp",),
        ("p", "Dear Renata Kowalczyk:"),
        ("p", "We reviewed the claim for transcranial magnetic stimulation. A physician reviewer found the records "
              "do not show the TRICARE criteria were met (failure of at least two antidepressant trials at adequate "
              "dose and length), so the sessions are not medically necessary and are denied."),
        ("b", "Reconsideration"),
        ("p", "You may ask for a reconsideration. Your request must be postmarked or received by February 11, 2027. "
              "Mail it to:"),
        ("l", "  Pacific Crest Health Partners"),
        ("l", "  TRICARE Appeals, Attn: Reconsiderations"),
        ("l", "  PO Box 202117"),
        ("l", "  Fennimore Bay, CA 95999"),
        ("p", "Questions: 555-0138. A Beneficiary Counseling and Assistance Coordinator can help you for free."),
    ],
    key=dict(patient_name="Renata Kowalczyk", member_id="FICT-DBN-3390218847", claim_number="PCHP-26-1109-4432",
             notice_date="2026-11-13", service_dates=["2026-10-19", "2026-10-26"], procedure_codes=["90868"],
             diagnosis_codes=["F33.1"], denial_category="medical_necessity", plan_type="tricare", urgent=False,
             deadline=("date", "2027-02-11"), deadline_basis="must be postmarked or received by February 11, 2027",
             appeals_address="Pacific Crest Health Partners, TRICARE Appeals, Attn: Reconsiderations, PO Box 202117, Fennimore Bay, CA 95999"),
    printed=["13 Nov 2026", "10/19/2026", "10/26/2026", "February 11, 2027"],
    note="Phone photo (JPEG) at about 6 degrees with a strong keystone, warm (tungsten) light and a shadow band down "
         "the right side. TRICARE reconsideration rights with a stated deadline date (90 days). The beneficiary is "
         "the sponsor's spouse; the sponsor's name is not the patient. Day-month-year '13 Nov 2026' date line.",
))

# 08 Part D coverage determination received by fax (1-bit TIFF) -----------------------------------------------
CASES.append(dict(
    slug="08-part-d-step-therapy-fax", fmt="fax", lang="en",
    faxhdr="NOV-20-2026 16:42  FROM: MERIDIAN RX 555-0190   TO: 555-0119   P.{page}/{pages}",
    opts=dict(family="sans", size=11),
    items=[
        ("h", "Meridian Rx Solutions (PDP)", 15),
        ("l", "Medicare Prescription Drug Plan"),
        ("l", FICT),
        ("sp",),
        ("h", "Notice of Denial of Medicare Prescription Drug Coverage", 12),
        ("kv", "Date:", "11/20/2026"),
        ("kv", "Enrollee's name:", "Gerald Fontenot-Hale"),
        ("kv", "Member ID:", "MRX-FICT-66120934"),
        ("kv", "Request #:", "CD-26-1120-0031"),
        ("kv", "Date request received:", "11/18/2026"),
        ("kv", "Date of birth:", "11/22/1944"),
        ("kv", "Drug:", "Auvelity (dextromethorphan-bupropion) ER tablets"),
        ("kv", "Prescriber:", "Dr. Ines Calloway (fax 555-0119)"),
        ("sp",),
        ("p", "We denied your request for the drug listed above. Auvelity is on our Drug List with a step therapy "
              "requirement: our records must show that you tried two preferred generic antidepressants first. We did "
              "not find these trials in your claims history or the prescriber's statement."),
        ("b", "You have the right to request a redetermination (appeal)"),
        ("p", "If you want to appeal, you must ask within 65 days from the date of this notice. You, your prescriber "
              "or your representative may ask. Standard written requests go to:"),
        ("l", "  Meridian Rx Solutions"),
        ("l", "  Attn: Part D Redeterminations"),
        ("l", "  PO Box 59013"),
        ("l", "  Orchard Glen, TX 75999"),
        ("p", "For a fast (expedited) decision call 555-0190. Pharmacy claims: PO Box 59000 (not for appeals)."),
    ],
    key=dict(patient_name="Gerald Fontenot-Hale", member_id="MRX-FICT-66120934", claim_number="CD-26-1120-0031",
             notice_date="2026-11-20", denial_category="step_therapy", plan_type="medicare_part_d", urgent=False,
             deadline=("days", 65), deadline_basis="within 65 days from the date of this notice",
             appeals_address="Meridian Rx Solutions, Attn: Part D Redeterminations, PO Box 59013, Orchard Glen, TX 75999"),
    printed=["11/20/2026"],
    note="1-bit Group 4 fax TIFF in standard mode (204 x 98 dpi), one page with a fax header line. Part D coverage "
         "determination denied for step therapy; no service dates, procedure or diagnosis codes (keys left out); the "
         "Request # is the claim_number. Date request received 11/18/2026; DOB 11/22/1944; pharmacy-claims PO Box "
         "not for appeals; the '(PDP)' tag is not part of the plan name.",
))

# 09 student plan, Word, day-first with hint ----------------------------------------------------------------
CASES.append(dict(
    slug="09-student-plan-dayfirst-docx", fmt="docx", lang="en",
    footer="Quillon Mutual Life - Aldergate University SHIP - " + FICT,
    items=[
        ("h", "Aldergate University Student Health Insurance Plan"),
        ("l", "Underwritten by Quillon Mutual Life Insurance Company (fictional)"),
        ("l", FICT),
        ("l", "International Student Insurance Office. Date format used in this document: DD.MM.YYYY."),
        ("kv", "Letter date", "05.11.2026"),
        ("kv", "Student / insured", "Kwame Asante-Boateng"),
        ("kv", "Member ID", "QML-FICT-SH-448210"),
        ("kv", "Student ID", "U2024-55810"),
        ("kv", "Date of birth", "06.11.2001"),
        ("kv", "Claim", "2026-SH-0091735"),
        ("kv", "Provider", "Brannock Ketamine Wellness (non-network)"),
        ("t", [["Date of service", "Code", "Diagnosis", "Billed", "Plan pays"],
               ["13.10.2026", "96365", "F33.2", "$700.00", "$0.00"],
               ["13.10.2026", "J3490", "F33.2", "$240.00", "$0.00"],
               ["20.10.2026", "96365", "F33.2", "$700.00", "$0.00"],
               ["20.10.2026", "J3490", "F33.2", "$240.00", "$0.00"]], [0.25, 0.15, 0.2, 0.2, 0.2]),
        ("p", "Dear Kwame Asante-Boateng,"),
        ("p", "The provider above is not in the plan's network. Your plan covers non-network care only for "
              "emergencies and when no network provider can give the service; no such exception was requested, so "
              "these charges are denied as out of network."),
        ("p", "You may appeal within 180 days of receiving this letter. Send your appeal to:"),
        ("l", "Quillon Mutual Life Insurance Company"),
        ("l", "Student Health Appeals, Attn: Aldergate Plan Team"),
        ("l", "18 Wexford Commons, Suite 1200"),
        ("l", "Brannock, MA 02999"),
        ("p", "Questions: the campus insurance office, 555-0127, or studentplan@quillon.example."),
    ],
    key=dict(patient_name="Kwame Asante-Boateng", member_id="QML-FICT-SH-448210", claim_number="2026-SH-0091735",
             notice_date="2026-11-05", service_dates=["2026-10-13", "2026-10-20"], procedure_codes=["96365", "J3490"],
             diagnosis_codes=["F33.2"], denial_category="out_of_network", plan_type="individual_aca", urgent=False,
             deadline=("days", 180), deadline_basis="within 180 days of receiving this letter",
             appeals_address="Quillon Mutual Life Insurance Company, Student Health Appeals, Attn: Aldergate Plan Team, 18 Wexford Commons, Suite 1200, Brannock, MA 02999"),
    printed=["05.11.2026", "13.10.2026", "20.10.2026"],
    note="Word letter from a university's international student insurance office (student health plan, individual "
         "market) with dates written with dots and a hint: 'DD.MM.YYYY'. 05.11.2026 is 5 November and DOB 06.11.2001 "
         "6 November (each reads two ways); the service dates 13.10 and 20.10 can only be day-first. Student ID beside "
         "member ID; service table with two lines a day; out of network.",
))
