"""Cases 01-09 (English). All people, plans, numbers and addresses are FICTIONAL."""

FICT = "FICTIONAL SAMPLE - not a real notice. All names, numbers and addresses are invented."


def sidebar_page(side, body, x_body=62, body_w=114, size=9.5):
    """Lines of a left sidebar and a wrapped body column, set side by side on the same lines."""
    from render import wrap
    blines = []
    for item in body:
        kind, text = item[0], item[1]
        if kind == "p":
            blines += [(l, {}) for l in wrap(text, body_w, size, {})] + [("", {})]
        elif kind == "b":
            blines.append((text, {"bold": True}))
        elif kind == "l":
            blines.append((text, {}))
    els = []
    n = max(len(side), len(blines))
    for i in range(n):
        s = side[i] if i < len(side) else ""
        b, bo = blines[i] if i < len(blines) else ("", {})
        cells = []
        if s:
            cells.append((0, s))
        if b:
            cells.append((x_body, b))
        if bo.get("bold") and not s:
            els.append(("t", b, {"x": x_body, "bold": True, "size": size}))
        elif cells:
            els.append(("cols", cells, {"size": size}))
        else:
            els.append(("gap", 4.6))
    return els


# ---------------------------------------------------------------- 01
c01_side = [
    "HARROWGATE", "BENEFIT SERVICES", "", "Third-party administrator", "for self-funded plans", "",
    "Member services", "555-0114 (TTY 711)", "Mon-Fri 8 a.m.-6 p.m.", "",
    "Claims mailing address", "(new claims only - not", "for appeals):", "Harrowgate Benefit Services",
    "Claims Intake", "PO Box 4400", "Marlow Springs, OH 43999", "",
    "Help in your language:", "555-0115", "", "Your plan pays claims;", "Harrowgate processes them",
    "for the plan and does not", "insure them.",
]
c01_body = [
    ("l", "November 9, 2026"), ("l", ""),
    ("l", "Marisol T. Okafor"), ("l", "4418 Sycamore Bend Road"), ("l", "Tilden Grove, OH 43998"), ("l", ""),
    ("b", "NOTICE OF ADVERSE BENEFIT DETERMINATION"), ("l", ""),
    ("l", "Plan: Kestrel Foundry Employee Health Plan"),
    ("l", "Member: Marisol T. Okafor        Date of birth: 11/10/1979"),
    ("l", "Member ID: KFH-FICT-204871       Group: 00K-7710"),
    ("l", "Claim number: HBS-26-0917734     Received: 10/28/2026"),
    ("l", "Provider: Quiet Harbor Infusion Center"),
    ("l", "Dates of service: 10/19/2026 and 10/22/2026"),
    ("l", "Services: 96365, 96366, J3490 (ketamine, 55 mg)   Diagnosis: F33.2"), ("l", ""),
    ("p", "Dear Ms. Okafor:"),
    ("p", "Harrowgate Benefit Services administers claims for the Kestrel Foundry Employee Health Plan, a "
          "self-funded group health plan sponsored by your employer and governed by ERISA. We reviewed the claim "
          "above for two intravenous ketamine infusions and the plan will not pay for them."),
    ("p", "Reason: the plan's medical reviewer, a board-certified psychiatrist, found that the infusions were not "
          "medically necessary under the plan's Clinical Policy BH-114 (Ketamine for Mood Disorders). The policy "
          "asks for two adequate antidepressant trials in the current episode and a documented course of "
          "augmentation. The records sent with the claim show one trial in the current episode; the earlier trials "
          "are from 2019. The plan provision relied on is Section 7.2 (Medically Necessary Services) of the "
          "Summary Plan Description. The policy is free on request."),
    ("p", "If you disagree, you or someone you name in writing may appeal. Your appeal must be filed "
          "within 180 days after you receive this notice. Send it, with any records you want considered, to:"),
    ("l", "Kestrel Foundry Employee Health Plan"),
    ("l", "c/o Harrowgate Benefit Services"),
    ("l", "Appeal Review Unit"),
    ("l", "PO Box 4471"),
    ("l", "Marlow Springs, OH 43999"), ("l", "Fax: 555-0116"), ("l", ""),
    ("p", "If your care is urgent, call us and ask for an expedited appeal, decided within 72 hours. After the "
          "plan's final decision you may ask for an independent external review, and you have the right to bring "
          "a civil action under section 502(a) of ERISA. The Employee Benefits Security Administration can help: "
          "555-0117 (fictional number)."),
    ("l", "Sincerely,"), ("l", "Appeals Coordinator, Harrowgate Benefit Services"),
]
c01_pages = [
    [("t", "Harrowgate Benefit Services  |  Administrator for the Kestrel Foundry Employee Health Plan",
      {"size": 8, "grey": True}), ("rule", {"thick": True}), ("gap", 3)]
    + sidebar_page(c01_side, c01_body)
    + [("gap", 4), ("rule", {}), ("t", "Letter ID HBS-L-55120-K   Mailed 11/10/2026   Page 1 of 1", {"size": 7.5}),
       ("t", FICT, {"size": 7.5})]
]

CASE01 = dict(
    n=1, slug="tpa-sidebar-letter", fmt="pdf", lang="en", pages=c01_pages,
    note="Self-funded employer plan letter from a third-party administrator (administrator: Harrowgate Benefit "
         "Services; plan: Kestrel Foundry Employee Health Plan). Left sidebar with a claims PO Box (not for appeals) "
         "set beside the body on the same lines; DOB one day after the notice; 'Received' and 'Mailed' dates; "
         "deadline counted from receipt, keyed from the notice date.",
    key=dict(patient_name="Marisol T. Okafor", member_id="KFH-FICT-204871", claim_number="HBS-26-0917734",
             notice_date="2026-11-09", service_dates=["2026-10-19", "2026-10-22"],
             procedure_codes=["96365", "96366", "J3490"], diagnosis_codes=["F33.2"],
             denial_category="medical_necessity", plan_type="employer_erisa", urgent=False,
             appeal_deadline="2027-05-08", deadline_basis="within 180 days after you receive this notice",
             appeals_address="Kestrel Foundry Employee Health Plan, c/o Harrowgate Benefit Services, Appeal Review "
                             "Unit, PO Box 4471, Marlow Springs, OH 43999"),
)

# ---------------------------------------------------------------- 02  Original Medicare summary (scan)
c02_p1 = [
    ("t", "Medicare Summary Notice for Part B (Medical Insurance)", {"size": 15, "bold": True}),
    ("t", "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", {"size": 9}),
    ("t", FICT, {"size": 8}),
    ("gap", 3), ("rule", {"thick": True}),
    ("cols", [(0, "EVERETT J POMEROY"), (105, "Medicare Number  4FICT-TN8-RW62")], {"size": 10, "bold": True}),
    ("cols", [(0, "27 QUARRY HILL LN"), (105, "Date of this notice  November 3, 2026")], {"size": 10}),
    ("cols", [(0, "FENNIMORE BLUFF WI 53998"), (105, "Claims and services processed")], {"size": 10}),
    ("cols", [(105, "between August 1 - October 31, 2026")], {"size": 10}),
    ("rule", {}), ("gap", 2),
    ("t", "Your Deductible Status: You have met your Part B deductible of $283.00 for 2026.", {"size": 10}),
    ("t", "Did Medicare Approve All Services?  NO - Medicare denied some services. See page 2.", {"size": 10, "bold": True}),
    ("t", "Total You May Be Billed:  $1,188.00", {"size": 10}), ("gap", 3),
    ("bar", "Your Claims for Part B (Medical Insurance)", {"size": 11}),
    ("t", "Brightwater Psychiatric Associates, (555) 0122", {"bold": True, "size": 10}),
    ("t", "Service provided on September 15, 2026  Claim number 26303-914102-11", {"size": 9.5}),
    ("cols", [(0, "Service"), (92, "Approved?"), (115, "Medicare Paid"), (145, "You May Be Billed")], {"size": 9, "bold": True}),
    ("cols", [(0, "Office visit, established patient (99214)"), (92, "Yes"), (115, "$102.46"), (145, "$26.12")], {"size": 9}),
    ("cols", [(0, "Psychotherapy added to a visit (90833)"), (92, "Yes"), (115, "$57.20"), (145, "$14.58")], {"size": 9}),
    ("gap", 3),
    ("t", "Lakeview Neuromodulation Center, (555) 0127", {"bold": True, "size": 10}),
    ("t", "Service provided on October 5, 2026 - October 7, 2026  Claim number 26303-914477-05", {"size": 9.5}),
    ("cols", [(0, "Service"), (92, "Approved?"), (115, "Medicare Paid"), (145, "You May Be Billed")], {"size": 9, "bold": True}),
    ("cols", [(0, "10/05/26  Magnetic brain stimulation session (90868)"), (92, "No  A"), (115, "$0.00"), (145, "$396.00")], {"size": 9}),
    ("cols", [(0, "10/06/26  Magnetic brain stimulation session (90868)"), (92, "No  A"), (115, "$0.00"), (145, "$396.00")], {"size": 9}),
    ("cols", [(0, "10/07/26  Magnetic brain stimulation session (90868)"), (92, "No  A"), (115, "$0.00"), (145, "$396.00")], {"size": 9}),
    ("gap", 3),
    ("t", "Notes for Claims Above", {"bold": True, "size": 10}),
    ("w", "A  This service is denied because the information provided does not show it is reasonable and necessary "
          "for your condition. The local coverage determination for transcranial magnetic stimulation asks for records "
          "of the failed antidepressant trials, and none came with the claim. You may be billed.", {"size": 9}),
    ("gap", 6), ("t", "Page 1 of 2", {"size": 8, "right": True}),
]
c02_p2 = [
    ("t", "Everett J. Pomeroy   Medicare Number 4FICT-TN8-RW62   Page 2 of 2", {"size": 9}),
    ("rule", {"thick": True}), ("gap", 2),
    ("bar", "How to Handle Denied Claims or File an Appeal", {"size": 11}),
    ("w", "If you disagree with a coverage decision or payment decision made by Medicare on this notice, you can "
          "appeal. Appeals must be filed by March 8, 2027. Follow these steps:", {"size": 10}),
    ("w", "1. Circle the service(s) you disagree with on this notice. 2. Explain in writing why you disagree, or "
          "send a Redetermination Request Form (CMS-20027). 3. Include your name, phone number and Medicare Number "
          "on this page. Sign it. Keep a copy. 4. Send this page, or a copy, and any information that supports "
          "your appeal to the Medicare contractor at:", {"size": 10}),
    ("t", "Great Lakes Medicare Services", {"x": 15, "size": 10}),
    ("t", "Part B Redeterminations", {"x": 15, "size": 10}),
    ("t", "PO Box 6620", {"x": 15, "size": 10}),
    ("t", "Fennimore Bluff, WI 53999", {"x": 15, "size": 10}), ("gap", 2),
    ("w", "Do not send appeals to the customer service address on page 1 of your last notice (PO Box 6600); mail "
          "sent there is returned. If you need more time, you may ask for an extension and explain why.", {"size": 10}),
    ("gap", 2),
    ("cols", [(0, "Your name: _______________________"), (95, "Phone: (____) ________")], {"size": 10}),
    ("cols", [(0, "Signature: _______________________"), (95, "Date: __________")], {"size": 10}),
    ("gap", 3),
    ("bar", "Get Help", {"size": 11}),
    ("w", "Call Medicare at 555-0128 (fictional number) for questions about this notice. Your State Health Insurance "
          "Assistance Program gives free counseling: Wisconsin SHIP at 555-0129 (fictional number).", {"size": 10}),
    ("gap", 6), ("t", FICT, {"size": 8}),
]

CASE02 = dict(
    n=2, slug="original-medicare-summary-scan", fmt="scan", lang="en", pages=[c02_p1, c02_p2],
    scan=dict(angles=[0.5, -0.4]),
    note="Original Medicare summary-style notice, two-page image-only scan. Two claims: the psychiatry claim is "
         "approved (its dates and codes are not the denial's); the TMS claim of three sessions is denied. No "
         "diagnosis code printed (key left out), no CARC printed. Stated appeal date (March 8, 2027). The "
         "'processed between' period and a customer-service PO Box that is not for appeals.",
    key=dict(patient_name="Everett J. Pomeroy", member_id="4FICT-TN8-RW62", claim_number="26303-914477-05",
             notice_date="2026-11-03", service_dates=["2026-10-05", "2026-10-06", "2026-10-07"],
             procedure_codes=["90868"], denial_category="medical_necessity", plan_type="medicare", urgent=False,
             appeal_deadline="2027-03-08", deadline_basis="Appeals must be filed by March 8, 2027",
             appeals_address="Great Lakes Medicare Services, Part B Redeterminations, PO Box 6620, Fennimore Bluff, "
                             "WI 53999"),
)

# ---------------------------------------------------------------- 03  Medicaid MCO, phone photo, ECT
c03 = [
    ("t", "SUNRIDGE COMMUNITY HEALTH PLAN", {"size": 16, "bold": True}),
    ("t", "A Medicaid managed care plan  *  88 Palo Verde Plaza, Copper Wells, AZ 85998  *  555-0131", {"size": 9}),
    ("t", FICT, {"size": 8}), ("rule", {"thick": True}), ("gap", 2),
    ("t", "NOTICE OF ADVERSE BENEFIT DETERMINATION", {"size": 13, "bold": True, "center": True}),
    ("gap", 2),
    ("cols", [(0, "Date of notice:"), (40, "November 16, 2026")], {"size": 11}),
    ("cols", [(0, "Member:"), (40, "Denise Farrow-Oyelaran")], {"size": 11}),
    ("cols", [(0, "Member ID:"), (40, "SRH-FICT-7731905")], {"size": 11}),
    ("cols", [(0, "Birth date:"), (40, "November 14, 1986")], {"size": 11}),
    ("cols", [(0, "Claim #:"), (40, "4410-2226-981")], {"size": 11}),
    ("cols", [(0, "Provider:"), (40, "Mesa Verde Behavioral Hospital")], {"size": 11}),
    ("gap", 2),
    ("w", "We have denied payment for electroconvulsive therapy (ECT, code 90870) you received on October 26, "
          "October 28 and October 30, 2026 for major depressive disorder, recurrent, severe (F33.2).", {"size": 11}),
    ("w", "Why: Our medical director reviewed the hospital records. Sunridge's criteria for ECT were not met: the "
          "records do not show a psychiatric evaluation of the risks and benefits of ECT or the written consent "
          "required before the first treatment. We did not find the service medically necessary as billed.", {"size": 11}),
    ("w", "Your right to appeal: You may ask us to look at this decision again. You must ask within 60 calendar "
          "days from the date on this notice. You can call 555-0131 or write to:", {"size": 11}),
    ("t", "Sunridge Community Health Plan", {"x": 12, "size": 11}),
    ("t", "Grievance and Appeals Department", {"x": 12, "size": 11}),
    ("t", "2200 Cordell Avenue, Suite 410", {"x": 12, "size": 11}),
    ("t", "Copper Wells, AZ 85999", {"x": 12, "size": 11}),
    ("gap", 2),
    ("w", "If you are getting a service that we are reducing or stopping and you want it to continue during your "
          "appeal, you must ask within 10 days. If we do not decide in your favor, you may ask for a State fair "
          "hearing within 120 days of our appeal decision. A fast appeal is available if waiting could seriously "
          "harm your health.", {"size": 11}),
    ("gap", 2), ("t", "Page 1 of 2                                       SRH-NABD-03 (rev. 2025)", {"size": 8}),
]

CASE03 = dict(
    n=3, slug="medicaid-mco-ect-photo", fmt="photo", lang="en", pages=[c03],
    photo=dict(fmt="jpg", angle=-2.6, bg=(120, 118, 112), tint=(0.95, 0.98, 1.0), shadow="top", keystone=0.06,
               crease=True),
    note="Medicaid managed-care notice photographed on a grey counter (JPEG, -2.6 degrees, keystone, cool light, "
         "shadow across the top, a fold crease). ECT denied after the care; DOB two days before the notice; the "
         "10-day continuation and 120-day fair hearing are not the appeal deadline; letterhead address not for appeals.",
    key=dict(patient_name="Denise Farrow-Oyelaran", member_id="SRH-FICT-7731905", claim_number="4410-2226-981",
             notice_date="2026-11-16", service_dates=["2026-10-26", "2026-10-28", "2026-10-30"],
             procedure_codes=["90870"], diagnosis_codes=["F33.2"], denial_category="medical_necessity",
             plan_type="medicaid", urgent=False, appeal_deadline="2027-01-15",
             deadline_basis="within 60 calendar days from the date on this notice",
             appeals_address="Sunridge Community Health Plan, Grievance and Appeals Department, 2200 Cordell Avenue, "
                             "Suite 410, Copper Wells, AZ 85999"),
)

# ---------------------------------------------------------------- 04  fax to the provider, Spravato
c04_cover = [
    ("t", "F A X", {"size": 30, "bold": True}), ("gap", 3),
    ("t", "ClearPath Behavioral Health", {"size": 14, "bold": True}),
    ("t", "Utilization Management  -  behavioral health reviews for Pinecrest Assurance Company", {"size": 11}),
    ("gap", 4),
    ("cols", [(0, "Date:"), (30, "11/20/2026")], {"size": 13}),
    ("cols", [(0, "To:"), (30, "Northgate Mood Clinic - Billing / UR")], {"size": 13}),
    ("cols", [(0, "Fax:"), (30, "555-0143")], {"size": 13}),
    ("cols", [(0, "From:"), (30, "ClearPath UM, Care Reviewer K. Abernethy")], {"size": 13}),
    ("cols", [(0, "Pages:"), (30, "2 (including cover)")], {"size": 13}),
    ("cols", [(0, "Re:"), (30, "Retrospective review - adverse determination")], {"size": 13}),
    ("gap", 8),
    ("w", "CONFIDENTIAL: This fax contains protected health information. If you received it in error, call "
          "555-0145 and destroy it.", {"size": 12}),
    ("gap", 6), ("t", FICT, {"size": 10}),
]
c04_body = [
    ("t", "ClearPath Behavioral Health  -  for Pinecrest Assurance Company", {"size": 12, "bold": True}),
    ("t", "RETROSPECTIVE REVIEW: ADVERSE DETERMINATION (PROVIDER COPY)", {"size": 12, "bold": True}),
    ("gap", 2),
    ("cols", [(0, "Letter date: 11/19/2026"), (95, "Case #: UM-2611-08812")], {"size": 12}),
    ("cols", [(0, "Member: Gregory Lindqvist"), (95, "DOB: 11/21/1971")], {"size": 12}),
    ("cols", [(0, "Member ID: BHX-FICT-330218"), (95, "Claim #: BX-7730941")], {"size": 12}),
    ("cols", [(0, "Group: Alder Tool & Die (insured)"), (95, "Dx: F32.2")], {"size": 12}),
    ("t", "Provider: Northgate Mood Clinic, NPI on file", {"size": 12}),
    ("gap", 2),
    ("t", "Services reviewed:", {"size": 12, "bold": True}),
    ("t", "  10/27/2026, 10/29/2026, 11/03/2026:  J0013 x 84,  99415,  99416", {"size": 12}),
    ("gap", 2),
    ("w", "Determination: NOT APPROVED. Dear Provider: after the eight-week induction, the member's plan covers "
          "esketamine sessions at most once a week unless the record shows a relapse. The notes sent show "
          "twice-weekly sessions with a stable PHQ-9 of 9 to 11 and no relapse. The reviewing psychiatrist found "
          "the second weekly session not medically necessary (Pinecrest policy MP-B-221).", {"size": 12}),
    ("w", "Appeal: the member, or the provider acting for the member, may appeal within 180 days of the date "
          "the member receives this notice. A copy was mailed to the member. Send appeals to:", {"size": 12}),
    ("t", "ClearPath Behavioral Health, Appeals Department", {"x": 10, "size": 12}),
    ("t", "PO Box 90817, Dunmore Flats, PA 18999", {"x": 10, "size": 12}),
    ("w", "A peer-to-peer conversation is available within 14 days: 555-0146. Do not mail appeals to the claims "
          "address on the member's ID card.", {"size": 12}),
    ("t", FICT, {"size": 10}),
]

CASE04 = dict(
    n=4, slug="carveout-fax-to-provider", fmt="fax", lang="en", pages=[c04_cover, c04_body],
    fax_header="NOV-20-2026 14:07  FROM: CLEARPATH UM 555-0144  TO: 5550143   P.{page}/{pages}",
    note="1-bit fax TIFF (204 x 98 dpi) from a behavioral-health carve-out reviewing for an insured employer plan, "
         "addressed to the clinic (provider copy). Cover sheet dated a day after the letter; DOB two days after the "
         "letter date; case number beside the claim number; Spravato (J0013) sessions given after the care.",
    key=dict(patient_name="Gregory Lindqvist", member_id="BHX-FICT-330218", claim_number="BX-7730941",
             notice_date="2026-11-19", service_dates=["2026-10-27", "2026-10-29", "2026-11-03"],
             procedure_codes=["J0013", "99415", "99416"], diagnosis_codes=["F32.2"],
             denial_category="medical_necessity", plan_type="employer_erisa", urgent=False,
             appeal_deadline="2027-05-18",
             deadline_basis="within 180 days of the date the member receives this notice",
             appeals_address="ClearPath Behavioral Health, Appeals Department, PO Box 90817, Dunmore Flats, PA 18999"),
)

# ---------------------------------------------------------------- 05  Marketplace portal printout
c05 = [
    ("cols", [(-10, "11/24/26, 9:14 AM"), (75, "Claim details | MyMeadowlark")], {"size": 8}),
    ("gap", 2),
    ("t", "Meadowlark Health Plans", {"size": 16, "bold": True}),
    ("cols", [(0, "Home   Claims   Benefits   ID Card   Messages   Find Care"), (140, "Sign out")], {"size": 9}),
    ("rule", {}),
    ("t", "Signed in as Anjali Ruiz-Hartmann  |  Member ID MLK-FICT-55012944  |  Date of birth 11/13/1992", {"size": 8.5}),
    ("t", "Plan: Meadowlark Silver 3500 EPO (Marketplace, 2026)", {"size": 8.5}),
    ("gap", 3),
    ("t", "Claims  >  All claims for Anjali", {"size": 11, "bold": True}),
    ("cols", [(0, "Claim #"), (32, "Service date"), (58, "Provider"), (112, "Billed"), (132, "Plan paid"), (153, "Status")], {"size": 8.5, "bold": True}),
    ("rule", {}),
    ("cols", [(0, "MLK26-5518802"), (32, "10/02/2026"), (58, "Tarrow Creek Family Medicine"), (112, "$214.00"), (132, "$141.33"), (153, "Paid")], {"size": 8.5}),
    ("cols", [(0, "MLK26-5520417"), (32, "10/02/2026"), (58, "Northstar Lab Services"), (112, "$88.00"), (132, "$61.90"), (153, "Paid")], {"size": 8.5}),
    ("cols", [(0, "MLK26-5561190"), (32, "10/07/2026"), (58, "Willa Brandt, LCSW"), (112, "$540.00"), (132, "$0.00"), (153, "Denied")], {"size": 8.5}),
    ("rule", {}), ("gap", 3),
    ("t", "Claim MLK26-5561190  -  Denied", {"size": 12, "bold": True}),
    ("cols", [(0, "EOB date"), (40, "11/12/2026")], {"size": 9}),
    ("cols", [(0, "Patient"), (40, "Anjali Ruiz-Hartmann")], {"size": 9}),
    ("cols", [(0, "Provider"), (40, "Willa Brandt, LCSW (out of network)")], {"size": 9}),
    ("cols", [(0, "Received"), (40, "10/30/2026")], {"size": 9}),
    ("cols", [(0, "Diagnosis"), (40, "F41.1, F43.10")], {"size": 9}),
    ("gap", 1),
    ("cols", [(0, "Date"), (25, "Code"), (45, "Billed"), (70, "Allowed"), (95, "Plan paid"), (120, "Adjustment")], {"size": 8.5, "bold": True}),
    ("cols", [(0, "10/07/2026"), (25, "90837"), (45, "$180.00"), (70, "$0.00"), (95, "$0.00"), (120, "CO-242")], {"size": 8.5}),
    ("cols", [(0, "10/14/2026"), (25, "90837"), (45, "$180.00"), (70, "$0.00"), (95, "$0.00"), (120, "CO-242")], {"size": 8.5}),
    ("cols", [(0, "10/21/2026"), (25, "90837"), (45, "$180.00"), (70, "$0.00"), (95, "$0.00"), (120, "CO-242")], {"size": 8.5}),
    ("gap", 2),
    ("w", "Why wasn't this paid? CO-242: the services were given by a provider outside your plan's network. Your "
          "EPO plan pays out-of-network care only in an emergency or with an approved network exception. You owe "
          "the provider's full charge of $540.00.", {"size": 9}),
    ("w", "Appeal this decision. You have 180 days from the date of this EOB to file an appeal. You can appeal "
          "online (Messages > New > Appeal), by fax to 555-0151, or by mail to: Meadowlark Health Plans, Attn: "
          "Appeals & Grievances, PO Box 30118, Tarrow Creek, GA 30999. Do not mail appeals to the claims address "
          "(PO Box 30110). If your plan upholds its decision, you can ask for an external review.", {"size": 9}),
    ("w", "If you were told no in-network therapist could see you within 10 business days, tell us in your "
          "appeal: you may qualify for a network exception.", {"size": 9}),
    ("gap", 4), ("t", FICT, {"size": 8}),
    ("gap", 6),
    ("cols", [(-10, "https://members.meadowlark-health.example/claims/MLK26-5561190"), (150, "1/1")], {"size": 8}),
]

CASE05 = dict(
    n=5, slug="marketplace-portal-claims-printout", fmt="pdf", lang="en", pages=[c05],
    note="Marketplace (individual EPO) member portal printed from a browser: print timestamp and URL in the margins, "
         "a signed-in bar with the DOB one day after the EOB date, a claims list with two paid claims (not the "
         "denial) over the detail of the denied psychotherapy claim (CO-242). Deadline counted from the EOB date; "
         "appeals address inside a sentence; a claims PO Box not for appeals.",
    key=dict(patient_name="Anjali Ruiz-Hartmann", member_id="MLK-FICT-55012944", claim_number="MLK26-5561190",
             notice_date="2026-11-12", service_dates=["2026-10-07", "2026-10-14", "2026-10-21"],
             procedure_codes=["90837"], diagnosis_codes=["F41.1", "F43.10"], carc_codes=["CO-242"],
             denial_category="out_of_network", plan_type="individual_aca", urgent=False,
             appeal_deadline="2027-05-11", deadline_basis="You have 180 days from the date of this EOB to file an appeal",
             appeals_address="Meadowlark Health Plans, Attn: Appeals & Grievances, PO Box 30118, Tarrow Creek, GA 30999"),
)

# ---------------------------------------------------------------- 06  FEHB secure message (TXT)
c06_txt = """\
Capitol Workforce Health Benefit Plan - Secure Message Center
Printed from the member website on 11/25/2026 at 07:52 PM
===========================================================================

From:     Claims Review, Capitol Workforce Health Benefit Plan
To:       Harold B. Nakashima
Sent:     11/18/2026 04:31 PM
Subject:  Decision on your claim 2026-318-770214

---------------------------------------------------------------------------
Message
---------------------------------------------------------------------------

Dear Mr. Nakashima,

This message is your written notice of our decision on the claim below. A
paper copy was not mailed; you can print this page.

  Enrollee ................. Harold B. Nakashima
  Enrollee ID .............. R-FICT-60148823
  Date of birth ............ 11/17/1958
  Enrollment code .......... 4K2 (Self Plus One)
  Claim .................... 2026-318-770214
  Provider ................. Greyford Pain & Infusion Associates
  Dates of service ......... 10/13/2026, 10/20/2026
  Billed ................... 96365, J3490 (ketamine) on each date
  Diagnoses ................ G90.512, G89.4

We reviewed these intravenous ketamine infusions for complex regional pain
syndrome. Our 2026 brochure (Section 6, General exclusions) excludes services
that are experimental or investigational. Our medical policy MP-411 considers
ketamine infusion for chronic pain investigational because its long-term
benefit has not been shown in well-designed trials. We are therefore denying
the claim. This decision is not based on a limit in your benefits for the
infusion service itself.

If you disagree
---------------
You may ask us to reconsider. You have 6 months from the date of this
decision to write to us. Include this message, the reasons you disagree and
any records or studies you want us to consider. Send your request to:

    Capitol Workforce Health Benefit Plan
    Attn: Reconsideration Unit
    PO Box 14422
    Greyford, VA 22999

If we uphold the denial, or do not answer within 30 days, you may ask the
U.S. Office of Personnel Management (OPM) to review it within 90 days of our
decision. Your brochure (Section 8) explains the steps. For urgent care
claims call us at 555-0161 and we will review your request quickly.

Our claims office at 500 Federal Way, Greyford, VA 22998 does not handle
reconsiderations.

Claims Review
Capitol Workforce Health Benefit Plan (FEHB carrier)

---------------------------------------------------------------------------
FICTIONAL SAMPLE - not a real notice. All names, numbers and addresses are
invented.
Message ID 88172-CW   Page 1 of 1
"""

CASE06 = dict(
    n=6, slug="fehb-secure-message-print", fmt="txt", lang="en", text=c06_txt,
    note="FEHB carrier's secure-message page saved as plain text: print date (11/25) above the sent date (11/18), "
         "DOB the day before, dotted-leader labels with 'Enrollee' for the member, ketamine for CRPS excluded as "
         "investigational, 6 months from the decision (calendar months), OPM's 90 days after.",
    key=dict(patient_name="Harold B. Nakashima", member_id="R-FICT-60148823", claim_number="2026-318-770214",
             notice_date="2026-11-18", service_dates=["2026-10-13", "2026-10-20"],
             procedure_codes=["96365", "J3490"], diagnosis_codes=["G90.512", "G89.4"],
             denial_category="experimental_investigational", plan_type="fehb", urgent=False,
             appeal_deadline="2027-05-18", deadline_basis="You have 6 months from the date of this decision",
             appeals_address="Capitol Workforce Health Benefit Plan, Attn: Reconsideration Unit, PO Box 14422, "
                             "Greyford, VA 22999"),
)

# ---------------------------------------------------------------- 07  TRICARE EOB, scanned, two pages
c07_p1 = [
    ("t", "Meridian Federal Health Services", {"size": 15, "bold": True}),
    ("t", "TRICARE West Region contractor  |  PO Box 22000, Sand Hollow, NV 89998", {"size": 9}),
    ("t", FICT, {"size": 8}), ("rule", {"thick": True}),
    ("t", "TRICARE EXPLANATION OF BENEFITS", {"size": 13, "bold": True, "center": True}),
    ("t", "This is a statement of the action taken on your TRICARE claim. Keep it for your records.", {"size": 9, "center": True}),
    ("gap", 3),
    ("box", 27, {}),
    ("cols", [(3, "Date of notice"), (60, "Sponsor"), (118, "Beneficiary (patient)")], {"size": 9, "bold": True}),
    ("cols", [(3, "November 14, 2026"), (60, "SSgt Dominic R. Dunn, USAF"), (118, "Leticia M. Ferreira-Dunn")], {"size": 10}),
    ("cols", [(3, "Claim number (ICN)"), (60, "Sponsor DoD ID"), (118, "DoD Benefits Number")], {"size": 9, "bold": True}),
    ("cols", [(3, "2026318M04412"), (60, "FICT-99204-17"), (118, "FICT-44821-30")], {"size": 10}),
    ("cols", [(3, "Plan"), (60, "Received"), (118, "Beneficiary DOB")], {"size": 9, "bold": True}),
    ("cols", [(3, "TRICARE Select"), (60, "10/29/2026"), (118, "11/16/1985")], {"size": 10}),
    ("gap", 6),
    ("t", "Provider: Juniper Flats Pain Medicine, 18 Mesa Court, Juniper Flats, NV 89997", {"size": 10}),
    ("t", "Diagnosis codes on claim: G89.4, M79.7", {"size": 10}), ("gap", 2),
    ("cols", [(0, "Service date"), (30, "Code"), (48, "Service"), (105, "Billed"), (125, "Allowed"), (148, "Remark")], {"size": 9, "bold": True}),
    ("rule", {}),
    ("cols", [(0, "10/08/2026"), (30, "96365"), (48, "IV infusion, first hour"), (105, "$650.00"), (125, "$0.00"), (148, "1")], {"size": 9}),
    ("cols", [(0, "10/08/2026"), (30, "J3490"), (48, "Drug, unclassified (ketamine)"), (105, "$140.00"), (125, "$0.00"), (148, "1")], {"size": 9}),
    ("cols", [(0, "10/15/2026"), (30, "96365"), (48, "IV infusion, first hour"), (105, "$650.00"), (125, "$0.00"), (148, "1")], {"size": 9}),
    ("cols", [(0, "10/15/2026"), (30, "J3490"), (48, "Drug, unclassified (ketamine)"), (105, "$140.00"), (125, "$0.00"), (148, "1")], {"size": 9}),
    ("rule", {}),
    ("cols", [(48, "Totals"), (105, "$1,580.00"), (125, "$0.00")], {"size": 9, "bold": True}),
    ("gap", 3),
    ("t", "Remarks", {"size": 10, "bold": True}),
    ("w", "1  TRICARE cannot pay for this service. Ketamine infusion for chronic pain is considered unproven: "
          "TRICARE does not cover drugs, devices or procedures whose safety and effectiveness for this use "
          "have not been established by reliable evidence (32 CFR 199.4(g)(15)). The beneficiary may be billed.", {"size": 9.5}),
    ("gap", 6), ("t", "Continued on page 2", {"size": 8, "right": True}),
]
c07_p2 = [
    ("t", "Leticia M. Ferreira-Dunn  -  ICN 2026318M04412  -  page 2 of 2", {"size": 9}),
    ("rule", {"thick": True}),
    ("t", "YOUR APPEAL RIGHTS", {"size": 12, "bold": True}),
    ("w", "If you disagree with this decision, you may request a reconsideration. Your request must be "
          "postmarked or received within 90 days of the date of this notice. Tell us why you disagree and send a "
          "copy of this explanation of benefits and any new information, such as your doctor's records. Only the "
          "beneficiary, a parent or guardian of a minor, a participating provider, or a representative appointed in "
          "writing may appeal.", {"size": 10}),
    ("t", "Mail reconsideration requests to:", {"size": 10}),
    ("t", "Meridian Federal Health Services", {"x": 14, "size": 10}),
    ("t", "TRICARE Appeals", {"x": 14, "size": 10}),
    ("t", "PO Box 22018", {"x": 14, "size": 10}),
    ("t", "Sand Hollow, NV 89999", {"x": 14, "size": 10}),
    ("gap", 2),
    ("w", "Claims and correspondence go to PO Box 22000, not to the appeals box. For help, contact a Beneficiary "
          "Counseling and Assistance Coordinator (BCAC) at the nearest military hospital or clinic, or call "
          "555-0171. Medical-necessity appeals that are upheld may be reviewed again by the TRICARE Quality "
          "Monitoring Contractor.", {"size": 10}),
    ("gap", 4), ("t", FICT, {"size": 8}),
]

CASE07 = dict(
    n=7, slug="tricare-eob-boxed-scan", fmt="scan", lang="en", pages=[c07_p1, c07_p2],
    scan=dict(angles=[-0.8, 0.3]),
    note="TRICARE regional contractor's explanation of benefits, image-only two-page scan. A boxed header with three "
         "columns (notice date / sponsor / beneficiary) over rows of labels and values; the sponsor's DoD ID beside "
         "the beneficiary's DoD Benefits Number; DOB two days after the notice; ketamine for chronic pain unproven; "
         "90 days from the notice, postmarked or received. Claims PO Box 22000 not for appeals.",
    key=dict(patient_name="Leticia M. Ferreira-Dunn", member_id="FICT-44821-30", claim_number="2026318M04412",
             notice_date="2026-11-14", service_dates=["2026-10-08", "2026-10-15"],
             procedure_codes=["96365", "J3490"], diagnosis_codes=["G89.4", "M79.7"],
             denial_category="experimental_investigational", plan_type="tricare", urgent=False,
             appeal_deadline="2027-02-12", deadline_basis="postmarked or received within 90 days of the date of this notice",
             appeals_address="Meridian Federal Health Services, TRICARE Appeals, PO Box 22018, Sand Hollow, NV 89999"),
)

# ---------------------------------------------------------------- 08  Part D expedited step therapy (DOCX)
c08_docx = [
    ("h", "Crestline Rx Medicare Prescription Drug Plan"),
    ("p", "1900 Ledger Street, Larkspur Ridge, TX 75998  |  Member Services 555-0181 (TTY 711)"),
    ("p", FICT),
    ("title", "Notice of Denial of Medicare Prescription Drug Coverage"),
    ("table", [["Date:", "11/21/2026"],
               ["Enrollee's name:", "Beatrice Okonkwo-Laine"],
               ["Member number:", "PDX-FICT-0092137"],
               ["Date of birth:", "11/23/1950"],
               ["Request #:", "CD-26-1147903"],
               ["Request received:", "11/20/2026 3:12 PM"],
               ["Drug requested:", "milnacipran (Savella) 50 mg tablets, 60 per 30 days"],
               ["Prescriber:", "Dr. Owen Castellano, Larkspur Ridge Pain Clinic"]]),
    ("p", "We have denied the drug you or your prescriber asked for. You or your doctor asked for a fast "
          "(expedited) decision, and we made this decision within 24 hours of getting the request."),
    ("p", "Why we denied your request: Our plan covers milnacipran for fibromyalgia only after you have tried "
          "two preferred drugs, duloxetine and pregabalin, and they did not work or you could not take them "
          "(step therapy). Our records show a pharmacy claim for duloxetine in 2025 but none for pregabalin. Your "
          "prescriber's statement did not say why pregabalin would not be as effective or would cause harm."),
    ("p", "What you can do: You have the right to ask us for a redetermination (appeal) of our decision. You "
          "must ask for a redetermination within 65 days from the date of this notice. We can give you more time "
          "if you have a good reason for missing the deadline."),
    ("p", "How to ask for a redetermination: You, your prescriber or your representative may call 555-0181, "
          "fax 555-0183, or write to:"),
    ("addr", ["Crestline Rx Medicare Prescription Drug Plan", "Attn: Part D Appeals", "PO Box 61150",
              "Larkspur Ridge, TX 75999"]),
    ("p", "If your health could be seriously harmed by waiting 7 days, ask for a fast redetermination; we will "
          "answer within 72 hours. Pharmacy claims go to PO Box 61100, which cannot accept appeals."),
    ("p", "Crestline Rx Standard (PDP) is a stand-alone Medicare Part D plan with a Medicare contract. "
          "Enrollment depends on contract renewal."),
    ("footer", "Form CRX-CD-DEN-2026   Page 1 of 1   " + FICT),
]

CASE08 = dict(
    n=8, slug="part-d-expedited-step-therapy-docx", fmt="docx", lang="en", docx=c08_docx,
    note="Medicare Part D coverage-determination denial in Word (label/value table), expedited (urgent): a fast "
         "decision was asked for and made. Step therapy for milnacipran (fibromyalgia pain). The Request # is the "
         "claim number; request received the day before, DOB two days after; no service dates, procedure or "
         "diagnosis codes printed (keys left out). Pharmacy-claims PO Box not for appeals.",
    key=dict(patient_name="Beatrice Okonkwo-Laine", member_id="PDX-FICT-0092137", claim_number="CD-26-1147903",
             notice_date="2026-11-21", denial_category="step_therapy", plan_type="medicare_part_d", urgent=True,
             appeal_deadline="2027-01-25", deadline_basis="within 65 days from the date of this notice",
             appeals_address="Crestline Rx Medicare Prescription Drug Plan, Attn: Part D Appeals, PO Box 61150, "
                             "Larkspur Ridge, TX 75999"),
)

# ---------------------------------------------------------------- 09  county plan remittance e-mail to provider
c09_body = """\
Good afternoon,

Your remittance for Ridgeback County Employee Health Plan claims processed
this cycle is below. Tallis Plan Administrators processes claims for the
County's self-funded plan for public employees and retirees; the County, not
Tallis, pays them.

REMITTANCE ADVICE - PROVIDER COPY
Payee:            Pinebrook Counseling Group, PLLC
Remittance date:  11/17/2026
EFT trace:        0001177420
Total paid:       $118.40

----------------------------------------------------------------------------
Claim 7026-1104-31290   Patient: Irene Castell   ID CTY-FICT-118877
  11/03/2026  90834   Billed $150.00  Allowed $118.40  Paid $118.40
  Dx F41.1
----------------------------------------------------------------------------
Claim 7026-1104-33871   Patient: Lionel Abara    ID CTY-FICT-118204
  DOB 11/16/1984
  11/02/2026  90837   Billed $195.00  Allowed $0.00    Paid $0.00   CO-11
  11/09/2026  90837   Billed $195.00  Allowed $0.00    Paid $0.00   CO-11
  Dx Z13.31
  Claim status: DENIED
----------------------------------------------------------------------------

CO-11  The diagnosis is inconsistent with the procedure. The claim gives only a
       screening code (Z13.31) for 60-minute psychotherapy sessions. Send a
       corrected claim with the diagnosis being treated.

Corrected claims: submit through the portal within 365 days of the date of
service. This is not an appeal.

Review of this decision: a provider may request a review of this adjustment
within 90 days of the remittance date. The member may also appeal; the
member's letter was mailed separately. Requests for review go to:

    Ridgeback County Employee Health Plan
    c/o Tallis Plan Administrators
    Provider Appeals
    PO Box 7719
    Oxbow Falls, MT 59999

Thanks,
Provider Services
Tallis Plan Administrators
300 Ranch Gate Road, Oxbow Falls, MT 59998  |  555-0191

FICTIONAL SAMPLE - not a real notice. All names, numbers and addresses are
invented.
"""

CASE09 = dict(
    n=9, slug="county-plan-remittance-email-provider", fmt="eml", lang="en",
    eml=dict(kind="plain", subject="Remittance 11/17/2026 - Pinebrook Counseling Group (Ridgeback County plan)",
             sender="Tallis Provider Services <provider.services@tallis-tpa.example>",
             to="Billing <billing@pinebrook-counseling.example>", date="Wed, 18 Nov 2026 13:22:05 -0700",
             body=c09_body),
    note="Governmental plan (county employees' self-funded plan) remittance e-mailed to the provider (text/plain, "
         "7bit), administered by Tallis Plan Administrators. Two patients: the paid claim's patient, ID, date, code "
         "and diagnosis are not the denial's. CO-11 coding denial with a screening diagnosis; e-mail date a day after "
         "the remittance date; DOB a day before; the corrected-claim 365 days is not the appeal window; the "
         "signature's office is not for appeals.",
    key=dict(patient_name="Lionel Abara", member_id="CTY-FICT-118204", claim_number="7026-1104-33871",
             notice_date="2026-11-17", service_dates=["2026-11-02", "2026-11-09"], procedure_codes=["90837"],
             diagnosis_codes=["Z13.31"], carc_codes=["CO-11"], denial_category="coding_billing",
             plan_type="governmental", urgent=False, appeal_deadline="2027-02-15",
             deadline_basis="within 90 days of the remittance date",
             appeals_address="Ridgeback County Employee Health Plan, c/o Tallis Plan Administrators, Provider Appeals, "
                             "PO Box 7719, Oxbow Falls, MT 59999"),
)

CASES = [CASE01, CASE02, CASE03, CASE04, CASE05, CASE06, CASE07, CASE08, CASE09]
