"""Notices 01-12 of set 22, in English. FICTIONAL: every person, plan, provider, address and number is invented.
Each case: its content (blocks for render.py, or raw text), the device that makes the file, its key, and anchors
(the words of the notice each keyed fact is read from)."""

FOOT = "FICTIONAL SAMPLE - invented member, plan and numbers - page {page}"

# ---------------------------------------------------------------------------------------------------------------
C01 = dict(
    n="01", slug="employer-insured-ketamine-necessity-photo-led-flicker-bands", lang="en", ext="jpg",
    device="led_flicker", dpi=300,
    docs=[dict(style=dict(font="libserif", size=9.0, accent="#123e6b"), footer=FOOT, margins=0.6, blocks=[
        ("lh", "Cobalt Ridge Health", ["Cobalt Ridge Health Insurance Company",
                                       "2200 Meridian Parkway, Suite 400, Overland Park, KS 66211",
                                       "Member Services 1-555-0141 (TTY 711)"],
         ["FICTIONAL SAMPLE NOTICE", "www.cobaltridge.example"]),
        ("lines", ["November 18, 2026"]),
        ("lines", ["Theodora M. Vasquez-Lindqvist", "418 Larkspur Court", "Olathe, KS 66062"]),
        ("kv", [("Member", "Theodora M. Vasquez-Lindqvist"), ("Member ID", "CRH 448 201 377-01"),
                ("Group number", "GRP-0071524"), ("Claim number", "2026-1102-55871-K"),
                ("Provider", "Northgate Infusion Associates (provider account NIA-88410)"),
                ("Claim received", "October 30, 2026")], {"box": True, "colw": (0.26, 0.74)}),
        ("title", "Notice of Adverse Benefit Determination"),
        ("p", "Dear Ms. Vasquez-Lindqvist:"),
        ("p", "We reviewed the claim Northgate Infusion Associates sent us for the care listed below. Your coverage "
              "is a group health plan sponsored by your employer, Harlow & Penn Logistics, Inc., and insured by "
              "Cobalt Ridge Health Insurance Company. We paid the office visit. We did not pay the infusion lines."),
        ("table", ["Date of service", "Code", "What it was", "Billed", "Plan paid", "Adjustment"], [
            ["10/06/2026", "99214", "office visit, established patient", "$210.00", "$148.20", "PR-2 coinsurance"],
            ["10/06/2026", "96365", "IV infusion, first hour", "$480.00", "$0.00", "CO-50"],
            ["10/06/2026", "J3490", "ketamine 40 mg, NDC 99999-0142-01", "$65.00", "$0.00", "CO-50"],
            ["10/09/2026", "96365", "IV infusion, first hour", "$480.00", "$0.00", "CO-50"],
            ["10/09/2026", "J3490", "ketamine 40 mg, NDC 99999-0142-01", "$65.00", "$0.00", "CO-50"],
            ["10/13/2026", "96365", "IV infusion, first hour", "$480.00", "$0.00", "CO-50"],
            ["10/13/2026", "J3490", "ketamine 40 mg, NDC 99999-0142-01", "$65.00", "$0.00", "CO-50"]],
         {"widths": [0.15, 0.09, 0.33, 0.12, 0.12, 0.19]}),
        ("p", "Diagnosis code on the claim: F33.2."),
        ("h", "Why we denied the infusion lines"),
        ("p", "Our medical director, a board-certified psychiatrist, reviewed the claim against Cobalt Ridge Clinical "
              "Policy BH-112 (intravenous ketamine). The records sent with the claim do not show that the infusions "
              "were medically necessary: the policy asks for at least two adequate antidepressant trials from "
              "different classes, each at a full dose for at least 6 weeks, and the notes list one trial only. "
              "Adjustment code CO-50 means the service was not medically necessary. You may ask for a free copy of "
              "the policy, of the diagnosis and treatment codes with their meanings, and of the records we used."),
        ("h", "Your right to appeal"),
        ("p", "You have 180 days from the date you receive this letter to file an appeal. Ask in writing and tell us "
              "why you disagree; send any records that support the claim. We will decide your appeal within 60 days "
              "after we receive it. If waiting could seriously harm your health, you or your doctor may ask for an "
              "urgent appeal by calling 1-555-0143."),
        ("p", "Send your written appeal to:"),
        ("lines", ["Cobalt Ridge Health", "Attn: Member Appeals", "PO Box 30917", "Wichita, KS 67201-0917"]),
        ("p", "Or fax it to 1-555-0142. Do not send appeals to our Overland Park office."),
        ("p", "If we uphold the denial, you may ask for an external review within 4 months after you receive our "
              "final decision. The plan is subject to ERISA; you may also bring a civil action under section 502(a) "
              "after the appeal. Free help: state consumer assistance program, 1-555-0149."),
    ])],
    key=dict(patient_name="Theodora M. Vasquez-Lindqvist", member_id="CRH 448 201 377-01",
             claim_number="2026-1102-55871-K", notice_date="2026-11-18",
             service_dates=["2026-10-06", "2026-10-09", "2026-10-13"], procedure_codes=["96365", "J3490"],
             diagnosis_codes=["F33.2"], carc_codes=["CO-50"], denial_category="medical_necessity",
             plan_type="employer_erisa", urgent=False,
             appeals_address="Cobalt Ridge Health, Attn: Member Appeals, PO Box 30917, Wichita, KS 67201-0917"),
    anchors=dict(notice_date="November 18, 2026", service_dates=["10/06/2026", "10/09/2026", "10/13/2026"],
                 denial_category="do not show that the infusions were medically necessary",
                 plan_type="group health plan sponsored by your employer"),
    deadline=("days", 180, "180 days from the date you receive this letter"),
    note="Insured employer group plan (ERISA) claim: three days of IV ketamine (96365, J3490) denied as not "
         "medically necessary (CO-50). Photographed on a grey desk mat under LED ceiling lights whose flicker the "
         "phone's rolling shutter caught as dark and light bands across the page. Window stated: 180 days from "
         "receipt, counted from the notice date. Traps: the paid 99214 line (PR-2), claim received date, group "
         "number, provider account number, NDC, the 60-day decision clock, 4 months for external review, the "
         "letterhead office.",
)

# ---------------------------------------------------------------------------------------------------------------
C02_P = dict(style=dict(font="dvsans", size=9.8, accent="#222222", fill="#eeeeee"), footer=FOOT, margins=0.8)
C02 = dict(
    n="02", slug="tricare-psychotherapy-no-referral-fax-roller-slip", lang="en", ext="tif", device="fax_slip",
    fax_header=["NOV-26-2026 09:14  FROM: SFHS CLAIMS 1-555-0157   TO: 1-555-0133   P.01/02",
                "NOV-26-2026 09:15  FROM: SFHS CLAIMS 1-555-0157   TO: 1-555-0133   P.02/02"],
    docs=[dict(C02_P, blocks=[
        ("lh", "Sentinel Federal Health Services", ["TRICARE Prime Claims Processing, West Region",
                                                    "Claims: PO Box 7040, Madison, WI 53707-7040",
                                                    "Customer service 1-555-0158"],
         ["FICTIONAL SAMPLE", "Explanation of action on your claim"]),
        ("title", "TRICARE Claim Determination"),
        ("grid", [[("Beneficiary", "Kendra L. Ashby-Morrow"), ("Beneficiary DoD Benefits Number", "12904471823"),
                   ("Date of notice", "24 NOV 2026")],
                  [("Sponsor", "SSG Darnell R. Morrow"), ("Sponsor DoD ID", "1562330941"),
                   ("Claim number", "TRW-26-318-0477")],
                  [("Program", "TRICARE Prime, active-duty family member"),
                   ("Provider", "Riverbend Counseling Group, PLLC (non-network)"), ("Date received", "02 NOV 2026")]]),
        ("p", "Dear Beneficiary:"),
        ("p", "This notice explains what TRICARE did with the claim listed below. TRICARE is the health care program "
              "of the Defense Health Agency for uniformed service members, retirees and their families."),
        ("table", ["Service date", "Code", "Dx", "Billed", "Allowed", "Paid", "Remark"], [
            ["26 SEP 2026", "90791", "F43.12", "$260.00", "$181.40", "$181.40", "Paid, referral R-2609-55019"],
            ["03 OCT 2026", "90837", "F43.12", "$195.00", "$0.00", "$0.00", "CO-197"],
            ["10 OCT 2026", "90837", "F43.12", "$195.00", "$0.00", "$0.00", "CO-197"],
            ["17 OCT 2026", "90837", "F43.12", "$195.00", "$0.00", "$0.00", "CO-197"]],
         {"widths": [0.16, 0.1, 0.1, 0.11, 0.11, 0.11, 0.31]}),
        ("h", "Why the psychotherapy visits were not paid"),
        ("p", "As a TRICARE Prime enrollee you needed a referral from your primary care manager (PCM) and an "
              "authorization from us before ongoing psychotherapy with a non-network provider. No referral or "
              "authorization was on file for these visits. Remark CO-197 means the authorization was absent. The "
              "intake evaluation on 26 SEP 2026 was paid under referral R-2609-55019, which covered that one "
              "evaluation only."),
        ("p", "You are not responsible for the denied amounts if the provider is a network provider. A non-network "
              "provider may bill you up to the allowed amount."),
        ("pb",),
        ("h", "How to request a reconsideration"),
        ("p", "If you disagree, you or your representative may request a reconsideration. Your request must be "
              "postmarked or received within 90 days of the date of this notice. Include a copy of this notice, the "
              "referral or authorization if one was issued, and any records that support your request. Mail it to:"),
        ("lines", ["Sentinel Federal Health Services", "TRICARE Reconsiderations", "PO Box 7042",
                   "Madison, WI 53707-7042"]),
        ("p", "Claims correspondence sent to PO Box 7040 is not treated as a reconsideration request."),
        ("p", "If the reconsideration upholds this decision and the amount in dispute is $50 or more, you may ask "
              "the Defense Health Agency for a formal review within 60 days of the date of the reconsideration "
              "decision. A TRICARE claim must be filed within one year of the date of service."),
        ("p", "Beneficiary Counseling and Assistance Coordinators (BCACs) at military hospitals and clinics can "
              "help you with this request at no cost. Call 1-555-0159."),
        ("small", "FICTIONAL SAMPLE: every person, number and address on this notice was invented for a test set."),
    ])],
    key=dict(patient_name="Kendra L. Ashby-Morrow", member_id="12904471823", claim_number="TRW-26-318-0477",
             notice_date="2026-11-24", service_dates=["2026-10-03", "2026-10-10", "2026-10-17"],
             procedure_codes=["90837"], diagnosis_codes=["F43.12"], carc_codes=["CO-197"],
             denial_category="prior_authorization", plan_type="tricare", urgent=False,
             appeals_address="Sentinel Federal Health Services, TRICARE Reconsiderations, PO Box 7042, "
                             "Madison, WI 53707-7042"),
    anchors=dict(notice_date="24 NOV 2026", service_dates=["03 OCT 2026", "10 OCT 2026", "17 OCT 2026"],
                 denial_category="No referral or authorization was on file",
                 plan_type="TRICARE Prime, active-duty family member"),
    deadline=("days", 90, "within 90 days of the date of this notice"),
    note="TRICARE Prime claim for a sponsor's spouse: three psychotherapy visits (90837) with a non-network "
         "provider denied for no referral or authorization (CO-197). Two-page fine-mode fax TIFF (204 x 196 dpi, "
         "Group 3) whose feed roller slipped: three bands of the page squeezed or stretched and a skew that grows "
         "down the sheet. Window stated: 90 days of the date of the notice. Traps: the fax header NOV-26-2026, "
         "date received 02 NOV 2026, the sponsor's DoD ID, the paid 90791 evaluation with its referral number, "
         "the claims PO box, 60 days for a formal review, the one-year filing limit.",
)

# ---------------------------------------------------------------------------------------------------------------
C03 = dict(
    n="03", slug="county-plan-epidural-precert-carbonless-copy-scan", lang="en", ext="jpg", device="carbonless",
    dpi=200,
    docs=[dict(style=dict(font="libsans", size=9.6, ink="#ff0000", label_ink="#ff0000", value_ink="#0000ff",
                          value_font="libmono", rule="#ff0000", accent="#ff0000", fill="#ffffff"),
               footer="FORM SV-14 PART 3 MEMBER COPY - FICTIONAL SAMPLE", margins=0.7, blocks=[
        ("lh", "Sauk Valley Employees Health Plan", ["A governmental plan for county and municipal employees",
                                                     "Claims: PO Box 2290, Rockford, IL 61105 (claims only)",
                                                     "Questions: 1-555-0121"],
         ["FORM SV-14 (rev. 3/26)", "PART 3 - MEMBER COPY", "FICTIONAL SAMPLE"]),
        ("title", "NOTICE OF CLAIM DETERMINATION"),
        ("grid", [[("1. MEMBER NAME", "Wendell P. Haugaard"), ("2. MEMBER ID", "SVC-004417-00"),
                   ("3. DATE OF BIRTH", "07/14/1969")],
                  [("4. CLAIM NO.", "4471-2206-93"), ("5. DATE OF NOTICE", "11/19/2026"),
                   ("6. DATE RECEIVED", "10/28/2026")],
                  [("7. PROVIDER", "Rock River Spine & Pain Center"),
                   ("8. EMPLOYER / UNIT", "Stephenson County Highway Dept."), ("9. GROUP", "SV-GOV-210")]]),
        ("h", "10. SERVICES ON THIS CLAIM"),
        ("table", ["DOS", "CODE", "DX", "BILLED", "ALLOWED", "PAID", "REASON"], [
            ["10/14/2026", "99214", "M54.50", "225.00", "151.10", "120.88", "PR-3"],
            ["10/21/2026", "62323", "M51.26", "1,480.00", "0.00", "0.00", "CO-197"],
            ["10/21/2026", "J1040", "M51.26", "38.00", "0.00", "0.00", "CO-197"]],
         {"widths": [0.15, 0.11, 0.11, 0.14, 0.14, 0.13, 0.22]}),
        ("h", "11. REASON FOR DENIAL"),
        ("vp", "CO-197 PRECERTIFICATION ABSENT. LUMBAR EPIDURAL INJECTIONS REQUIRE PRIOR APPROVAL FROM THE PLAN'S "
               "UTILIZATION REVIEW UNIT UNDER SECTION 6.3 OF THE PLAN DOCUMENT. NO REQUEST WAS RECEIVED BEFORE THE "
               "10/21/2026 INJECTION. THE OFFICE VISIT OF 10/14/2026 WAS PAID (COPAY PR-3)."),
        ("h", "12. YOUR RIGHT TO APPEAL"),
        ("p", "The Sauk Valley Employees Health Plan is a governmental plan; it is not subject to ERISA. You or your "
              "authorized representative may appeal this determination in writing within 60 days of the date of "
              "this notice (box 5). State why you disagree and include any records you want considered. The "
              "Appeals Committee meets monthly and decides within 30 days of the meeting at which your appeal is "
              "heard. If the Committee upholds the denial you may request an external review within 4 months of "
              "its decision."),
        ("p", "Mail appeals to:"),
        ("lines", ["Sauk Valley Employees Health Plan", "Appeals Committee", "410 W. Liberty Street, Room 214",
                   "Freeport, IL 61032"]),
        ("p", "Do not mail appeals to the claims PO box shown above."),
    ])],
    key=dict(patient_name="Wendell P. Haugaard", member_id="SVC-004417-00", claim_number="4471-2206-93",
             notice_date="2026-11-19", service_dates=["2026-10-21"], procedure_codes=["62323", "J1040"],
             diagnosis_codes=["M51.26"], carc_codes=["CO-197"], denial_category="prior_authorization",
             plan_type="governmental", urgent=False,
             appeals_address="Sauk Valley Employees Health Plan, Appeals Committee, 410 W. Liberty Street, "
                             "Room 214, Freeport, IL 61032"),
    anchors=dict(notice_date="11/19/2026", service_dates=["10/21/2026"],
                 denial_category="PRECERTIFICATION ABSENT", plan_type="is a governmental plan"),
    deadline=("days", 60, "within 60 days of the date of this notice"),
    note="County and municipal employees' plan (governmental) claim: a lumbar epidural injection (62323) and its "
         "drug (J1040) denied for no precertification (CO-197). Scan (200 dpi colour) of the member's carbonless "
         "copy, saved by the scanner as JPEG: the form printed in red on canary paper, the typed fill-ins pressed through in pale uneven blue, "
         "set a little off the form's boxes. Window stated: 60 days of the date of this notice. Traps: date of birth, "
         "date received, the paid 99214 line (M54.50, PR-3), group and employer unit, the claims PO box, 30-day "
         "decision, 4 months for external review.",
)

# ---------------------------------------------------------------------------------------------------------------
C04_STYLE = dict(font="libsans", size=10.2, accent="#2f5d1e")
C04 = dict(
    n="04", slug="medicare-advantage-tms-out-of-network-photo-backlit-window", lang="en", ext="jpg",
    device="backlit", dpi=300,
    docs=[dict(style=C04_STYLE, footer=FOOT, margins=0.75, blocks=[
        ("lh", "Bluestem Health Plans", ["Bluestem Senior Advantage (HMO)",
                                         "Member Services: PO Box 82110, Lincoln, NE 68501",
                                         "1-555-0161 (TTY 711), 8 a.m. to 8 p.m., seven days a week"],
         ["FICTIONAL SAMPLE", "Plan contract H4417-012"]),
        ("lines", ["November 12, 2026"]),
        ("lines", ["Lorraine B. Petrakis", "2715 Sumner Street", "Lincoln, NE 68502"]),
        ("title", "Notice of Denial of Payment"),
        ("kv", [("Member name", "Lorraine B. Petrakis"), ("Member ID", "BSA 20917745"),
                ("Date of birth", "03/03/1950"), ("Claim number", "26-311-004981"),
                ("Provider", "Northshore Neuromodulation Center"),
                ("Date we received the claim", "October 22, 2026")], {"colw": (0.3, 0.7)}),
        ("p", "We have denied payment for the medical services listed below that you received from Northshore "
              "Neuromodulation Center."),
        ("table", ["Date of service", "Code", "Service", "Amount billed"], [
            ["10/02/2026", "90867", "TMS, first session with motor threshold mapping", "$420.00"],
            ["10/05/2026", "90868", "TMS session", "$310.00"],
            ["10/06/2026", "90868", "TMS session", "$310.00"],
            ["10/07/2026", "90868", "TMS session", "$310.00"],
            ["10/08/2026", "90868", "TMS session", "$310.00"]], {"widths": [0.2, 0.12, 0.5, 0.18]}),
        ("p", "Diagnosis code on the claim: F33.2."),
        ("h", "Why did we deny your payment request?"),
        ("p", "Bluestem Senior Advantage is an HMO. Except for emergencies, urgently needed care and dialysis away "
              "from home, the plan pays only for care from providers in its network unless the plan approved "
              "out-of-network care in advance. Northshore Neuromodulation Center is not in our network, and we have "
              "no record of a request to approve out-of-network care. Two clinics in our network in Lincoln offer "
              "this therapy. We did not decide whether the therapy was medically necessary."),
        ("h", "You have the right to appeal our decision"),
        ("p", "You have the right to ask Bluestem Health Plans to review our decision by asking us for an appeal "
              "(a reconsideration). You must ask within 65 days from the date of this notice. We can give you more "
              "time if you have a good reason for missing the deadline."),
        ("p", "Send your written appeal to: Bluestem Health Plans, Appeals and Grievances Department, 1900 Prairie "
              "Gate Road, Mail Stop 4B, Lincoln, NE 68521. You may also fax it to 1-555-0163."),
        ("p", "We will answer an appeal about payment within 60 days. If we do not decide fully in your favor, we "
              "will send your case to an Independent Review Entity automatically."),
        ("small", "Bluestem Senior Advantage (HMO) is a Medicare Advantage plan with a Medicare contract. "
                  "FICTIONAL SAMPLE: the plan, the member and every number here were invented."),
    ])],
    back=dict(style=C04_STYLE, footer=FOOT, margins=0.75, blocks=[
        ("title", "Get help with your appeal"),
        ("p", "You can ask someone to act for you, such as a relative, friend, lawyer or doctor. Fill out the "
              "appointment of representative form and send it with your appeal. " * 2),
        ("h", "What to send"),
        ("p", "A letter that says why you think we should pay, the notes from the provider, and anything else that "
              "helps show your case. Keep a copy of everything you send. " * 3),
        ("h", "State Health Insurance Assistance Program"),
        ("p", "Free counseling about Medicare appeals is available from your state program. Counselors can help you "
              "write your appeal and gather records. " * 3),
        ("h", "Other languages and formats"),
        ("p", "Call Member Services to get this notice in another language, in large print or in braille. " * 4),
    ]),
    key=dict(patient_name="Lorraine B. Petrakis", member_id="BSA 20917745", claim_number="26-311-004981",
             notice_date="2026-11-12",
             service_dates=["2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07", "2026-10-08"],
             procedure_codes=["90867", "90868"], diagnosis_codes=["F33.2"], denial_category="out_of_network",
             plan_type="medicare_advantage", urgent=False,
             appeals_address="Bluestem Health Plans, Appeals and Grievances Department, 1900 Prairie Gate Road, "
                             "Mail Stop 4B, Lincoln, NE 68521"),
    anchors=dict(notice_date="November 12, 2026",
                 service_dates=["10/02/2026", "10/05/2026", "10/06/2026", "10/07/2026", "10/08/2026"],
                 denial_category="Northshore Neuromodulation Center is not in our network",
                 plan_type="is a Medicare Advantage plan"),
    deadline=("days", 65, "within 65 days from the date of this notice"),
    note="Medicare Advantage HMO payment denial: a TMS course (90867, 90868) at an out-of-network clinic without "
         "plan approval (out of network). Photo of the letter held up against a window: backlit, the back page's "
         "print showing through mirrored, the window's mullion shading a band of the sheet, fingers at both "
         "edges. Window stated: 65 days from the date of this notice. Traps: plan contract number, date of birth, "
         "date the claim was received, member services PO box, the 60-day decision, the IRE.",
)

# ---------------------------------------------------------------------------------------------------------------
C05 = dict(
    n="05", slug="fehb-ketamine-experimental-laser-ghost-scan-pdf", lang="en", ext="pdf", device="laser_ghost",
    dpi=300,
    docs=[dict(style=dict(font="dvserif", size=10.6, accent="#202020"), footer=FOOT, margins=0.9, blocks=[
        ("lh", "Capitol Workers Health Benefit Plan",
         ["A plan of the Federal Employees Health Benefits (FEHB) Program",
          "Claims Office: 88 Front Street, Harrisburg, PA 17101", "1-555-0171"],
         ["FICTIONAL SAMPLE", "capitolworkers.example"]),
        ("lines", ["November 5, 2026"]),
        ("lines", ["Gideon F. Nakashima", "1150 Locust Lane, Apt 3C", "Camp Hill, PA 17011"]),
        ("kv", [("Enrollee", "Gideon F. Nakashima (self)"), ("Enrollee ID", "R7719-4402-05"),
                ("Claim number", "0932-6611-478"), ("Provider", "Susquehanna Ketamine & Wellness, LLC"),
                ("Received", "10/02/2026")], {"colw": (0.25, 0.75)}),
        ("p", "Dear Mr. Nakashima:"),
        ("p", "We have completed our review of the claim for intravenous ketamine infusions you received for "
              "treatment-resistant depression. We cannot pay these charges."),
        ("table", ["Date of service", "Procedures", "Diagnosis", "Charge", "Paid"], [
            ["09/14/2026", "96365, J3490", "F33.2", "$545.00", "$0.00"],
            ["09/17/2026", "96365, J3490", "F33.2", "$545.00", "$0.00"],
            ["09/21/2026", "96365, J3490", "F33.2", "$545.00", "$0.00"],
            ["09/24/2026", "96365, J3490", "F33.2", "$545.00", "$0.00"]], {"widths": [0.22, 0.26, 0.18, 0.17, 0.17]}),
        ("h", "Reason"),
        ("p", "The plan's brochure excludes services, drugs and supplies that are experimental or investigational "
              "(Section 6, General exclusions). Ketamine is approved by the Food and Drug Administration as an "
              "anesthetic; its use by intravenous infusion for depression is not an approved use, and our medical "
              "policy MP-0417 classes it as experimental or investigational for that use. Esketamine nasal spray, "
              "which is approved for treatment-resistant depression, is a covered alternative under the plan's "
              "medical benefit."),
        ("pb",),
        ("h", "Your right to ask us to reconsider"),
        ("p", "If you disagree with this decision, you may ask us to reconsider it. Your request must be in writing "
              "and must reach us within 6 months from the date of this decision. Tell us why you believe the "
              "decision is wrong and include the medical records, letters from your doctor and published studies "
              "you want us to consider. Write to:"),
        ("lines", ["Capitol Workers Health Benefit Plan", "Reconsideration Unit", "PO Box 61408",
                   "Harrisburg, PA 17106-1408"]),
        ("p", "We will reply within 30 days of receiving your request. If we uphold our decision, or do not answer "
              "in time, you may ask the U.S. Office of Personnel Management (OPM) to review it. You must write to "
              "OPM within 90 days after the date of our reconsideration decision. The brochure explains the "
              "disputed claims process in Section 8."),
        ("p", "Do not send a reconsideration request to the Claims Office on Front Street."),
        ("small", "FICTIONAL SAMPLE: Capitol Workers Health Benefit Plan and every person and number here are "
                  "invented."),
    ])],
    key=dict(patient_name="Gideon F. Nakashima", member_id="R7719-4402-05", claim_number="0932-6611-478",
             notice_date="2026-11-05", service_dates=["2026-09-14", "2026-09-17", "2026-09-21", "2026-09-24"],
             procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"],
             denial_category="experimental_investigational", plan_type="fehb", urgent=False,
             appeals_address="Capitol Workers Health Benefit Plan, Reconsideration Unit, PO Box 61408, "
                             "Harrisburg, PA 17106-1408"),
    anchors=dict(notice_date="November 5, 2026",
                 service_dates=["09/14/2026", "09/17/2026", "09/21/2026", "09/24/2026"],
                 denial_category="experimental or investigational for that use",
                 plan_type="Federal Employees Health Benefits (FEHB) Program"),
    deadline=("months", 6, "within 6 months from the date of this decision"),
    note="FEHB claim: four days of IV ketamine for depression (96365, J3490) excluded as experimental or "
         "investigational. Two-page image-only PDF scanned at 300 dpi grey from a laser print whose drum left a "
         "faint ghost of the page about 94 mm lower and a faded toner band down the page. Window stated: 6 months "
         "from the date of the decision (counted as calendar months). Traps: received date, the claims office, "
         "OPM's 90 days, the 30-day reply; the address is on page 2.",
)

# ---------------------------------------------------------------------------------------------------------------
C06 = dict(
    n="06", slug="marketplace-spravato-step-therapy-expedited-photo-on-newspaper", lang="en", ext="jpg",
    device="on_newspaper", dpi=300,
    docs=[dict(style=dict(font="libsans", size=9.8, accent="#0b5f73"), footer=FOOT, margins=0.7, blocks=[
        ("lh", "Lakeshore Individual Health",
         ["Individual and family plans sold on the Health Insurance Marketplace",
          "Utilization Management, 300 N. Water Street, Milwaukee, WI 53202", "1-555-0181"],
         ["FICTIONAL SAMPLE", "lakeshorehealth.example"]),
        ("title", "Prior Authorization Decision: Denied"),
        ("kv", [("Date of this notice", "November 24, 2026"), ("Member", "Esther Y. Mwangi"),
                ("Member ID", "LSH-771 0294 88"), ("Date of birth", "11/02/1987"),
                ("Authorization request number", "PA-2611-30482"), ("Request received", "November 21, 2026"),
                ("Requested by", "Dr. Anil Thekkedath, Bayview Behavioral Health"),
                ("Requested start", "December 1, 2026")], {"box": True, "colw": (0.34, 0.66)}),
        ("p", "You or your doctor asked for a fast (expedited) decision because waiting could seriously harm your "
              "health. We made this decision on an expedited basis, within 72 hours of receiving the request."),
        ("table", ["Code", "Service requested", "Quantity", "Decision"], [
            ["J0013", "esketamine nasal spray, 1 mg", "784 units", "Denied"],
            ["99415", "observation by clinical staff after a dose, first hour", "12", "Denied"],
            ["99416", "each further 30 minutes of observation", "12", "Denied"]], {"widths": [0.12, 0.56, 0.14, 0.18]}),
        ("p", "Diagnosis on the request: F33.2"),
        ("h", "Why we denied it"),
        ("p", "Your plan covers esketamine nasal spray only after step therapy: the member must first have tried, "
              "without enough response, two antidepressants from different classes at an adequate dose for at least "
              "6 weeks each, and one augmentation strategy (for example lithium or an atypical antipsychotic). The "
              "request shows trials of sertraline and escitalopram, which are from the same class, and no "
              "augmentation trial. Because the required steps were not met, the request was denied under the plan's "
              "step therapy protocol ST-BH-04."),
        ("p", "Your doctor may also ask for a step therapy exception, in which we consider whether the required "
              "drugs would be ineffective or harmful for you."),
        ("h", "If you disagree: your appeal rights"),
        ("p", "You must ask for an appeal within 180 days of the date you receive this notice. Because your doctor "
              "said your situation is urgent, you may ask for an expedited appeal by calling 1-555-0183; we will "
              "decide it within 72 hours. You may ask for an expedited external review at the same time."),
        ("p", "Written appeals go to: Lakeshore Individual Health, Grievance and Appeals, 55 Harbor Point Drive, "
              "Floor 6, Milwaukee, WI 53202. Fax: 1-555-0184."),
        ("small", "This plan is an individual health insurance policy you bought through the Health Insurance "
                  "Marketplace. FICTIONAL SAMPLE: every name and number on this page was invented."),
    ])],
    key=dict(patient_name="Esther Y. Mwangi", member_id="LSH-771 0294 88", claim_number="PA-2611-30482",
             notice_date="2026-11-24", procedure_codes=["J0013", "99415", "99416"], diagnosis_codes=["F33.2"],
             denial_category="step_therapy", plan_type="individual_aca", urgent=True,
             appeals_address="Lakeshore Individual Health, Grievance and Appeals, 55 Harbor Point Drive, Floor 6, "
                             "Milwaukee, WI 53202"),
    anchors=dict(notice_date="November 24, 2026", denial_category="step therapy",
                 plan_type="individual health insurance policy you bought through the Health Insurance Marketplace",
                 urgent="We made this decision on an expedited basis"),
    deadline=("days", 180, "within 180 days of the date you receive this notice"),
    note="Marketplace individual plan, expedited prior authorization: Spravato (J0013 with 99415, 99416) denied "
         "under step therapy; urgent (decided on an expedited basis). Photographed from above lying on an open "
         "newspaper, the newsprint all round the sheet, a shadow along one edge. No service dates (a request). "
         "Window stated: 180 days of receipt, counted from the notice date. Traps: date of birth 11/02/1987, "
         "request received, requested start December 1, 2026, the utilization management office, 72 hours, "
         "the newspaper's words.",
)

# ---------------------------------------------------------------------------------------------------------------
C07 = dict(
    n="07", slug="part-d-nonformulary-antidepressant-photo-torn-and-taped", lang="en", ext="jpg",
    device="torn_taped", dpi=300, tear=0.563,
    docs=[dict(style=dict(font="dvsans", size=9.6, accent="#5a2a6e"), footer=FOOT, margins=0.75, blocks=[
        ("lh", "Crescent Rx", ["Crescent Rx Part D Plan (PDP)",
                               "Crescent Pharmacy Solutions, Coverage Determinations",
                               "2400 E. Camelback Road, Phoenix, AZ 85016"],
         ["FICTIONAL SAMPLE", "Customer Service 1-555-0191, TTY 711"]),
        ("lines", ["Date: November 17, 2026"]),
        ("title", "Notice of Denial of Medicare Prescription Drug Coverage"),
        ("kv", [("Name", "Bernadette A. Kowalczyk"), ("Member number", "CRX9930174"),
                ("Date of birth", "11/17/1948"), ("Request number", "CD-26-1117-5509"),
                ("Drug requested", "Auvelity (dextromethorphan-bupropion) 45 mg-105 mg extended-release tablets, "
                                   "60 tablets per 30 days"),
                ("Prescriber", "Dr. Yvonne Castellane"), ("Date we received your request", "11/12/2026"),
                ("Pharmacy billing", "Rx BIN 610999, PCN CRXD, Group PDP17")], {"colw": (0.3, 0.7)}),
        ("p", "We have denied your request for the prescription drug listed above. We made this decision under "
              "the standard time frame."),
        ("h", "Why did we deny your request?"),
        ("p", "The drug you asked for is not on our Drug List (formulary). We cover a drug that is not on the Drug "
              "List only when you or your prescriber show that the drugs on our list that treat your condition "
              "would not be as effective for you or would cause you harm. We did not receive a statement from your "
              "prescriber with that information. Drugs on our list for your condition include bupropion "
              "extended-release, sertraline, mirtazapine and vortioxetine."),
        ("space", 14),
        ("h", "You have the right to ask us to review our decision"),
        ("p", "If you disagree, you can ask for a redetermination (an appeal). You have 65 days from the date of "
              "this notice to ask for a redetermination. If you miss the deadline, you must tell us why you are "
              "late."),
        ("p", "Standard appeal: mail your written request to Crescent Pharmacy Solutions, Part D Redeterminations, "
              "PO Box 52718, Phoenix, AZ 85072-2718, or fax it to 1-555-0193."),
        ("p", "Fast appeal: if waiting 7 days could seriously harm your health, ask for a fast appeal by phone; we "
              "will decide within 72 hours. If we say no again, your case can go to the Independent Review Entity."),
        ("small", "Crescent Rx Part D Plan (PDP) is a stand-alone Medicare prescription drug plan with a Medicare "
                  "contract. FICTIONAL SAMPLE: every person, drug plan and number here was invented."),
    ])],
    key=dict(patient_name="Bernadette A. Kowalczyk", member_id="CRX9930174", claim_number="CD-26-1117-5509",
             notice_date="2026-11-17", denial_category="not_covered", plan_type="medicare_part_d", urgent=False,
             appeals_address="Crescent Pharmacy Solutions, Part D Redeterminations, PO Box 52718, Phoenix, "
                             "AZ 85072-2718"),
    anchors=dict(notice_date="November 17, 2026", denial_category="is not on our Drug List",
                 plan_type="Medicare prescription drug plan"),
    deadline=("days", 65, "65 days from the date of this notice"),
    note="Part D coverage determination (standard): a non-formulary antidepressant (Auvelity) denied as not on the "
         "Drug List (not covered; a formulary exception is the answer). No codes or service dates are printed. "
         "Photo of a page torn across and taped back together with three strips of clear tape, the halves a "
         "little out of line, on a green cutting mat. Window stated: 65 days from the date of this notice. Traps: "
         "date of birth 11/17/1948 (the notice's month and day), request received 11/12/2026, Rx BIN, PCN and "
         "group, prescriber, the coverage-determinations office, 7 days and 72 hours, the IRE.",
)

# ---------------------------------------------------------------------------------------------------------------
C08 = dict(
    n="08", slug="original-medicare-spravato-wrong-code-portal-printout", lang="en", ext="pdf", device="pdf",
    docs=[dict(style=dict(font="libsans", size=9.4, accent="#0a3d91", fill="#eef2fa"),
               header="12/2/26, 8:47 PM                                                            "
                      "Claim details | MyMedicare.example",
               footer="https://www.mymedicare.example/claims/part-b/21226330147520                         {page}/1",
               margins=0.6, blocks=[
        ("lines", ["**MyMedicare.example**   |   Home  >  Claims  >  Claim details",
                   "Signed in as CLARENCE W ABERNATHY   |   Log out   |   FICTIONAL SAMPLE SITE"]),
        ("hr",),
        ("title", "Part B claim details"),
        ("kv", [("Beneficiary", "Clarence W. Abernathy"), ("Medicare Number", "4TW8-JK2-PL93"),
                ("Claim number", "21226330147520"), ("Provider", "Pinecrest Psychiatry Group"),
                ("Claim type", "Part B (medical)"), ("Claim processed", "11/10/2026"),
                ("Included on your Medicare Summary Notice dated", "11/16/2026")],
         {"box": True, "colw": (0.42, 0.58)}),
        ("h", "Services on this claim"),
        ("table", ["Service date", "Code", "Service", "Charged", "Medicare approved", "Medicare paid",
                   "You may be billed", "Note"], [
            ["10/21/2026", "99214", "office visit, established patient", "$185.00", "$118.42", "$92.86", "$23.68",
             "A"],
            ["10/21/2026", "G2083", "esketamine visit with observation, more than 56 mg", "$1,412.00", "$0.00",
             "$0.00", "$0.00", "B"],
            ["10/24/2026", "G2083", "esketamine visit with observation, more than 56 mg", "$1,412.00", "$0.00",
             "$0.00", "$0.00", "B"]],
         {"widths": [0.11, 0.08, 0.27, 0.1, 0.1, 0.1, 0.1, 0.06]}),
        ("h", "Notes for this claim"),
        ("p", "A. This amount is your coinsurance."),
        ("p", "B. The information provided does not support the code billed. The records show a dose of 56 mg, and "
              "this code is for a dose of more than 56 mg. Your provider may not bill you for this service. The "
              "provider may send a corrected claim with the right code."),
        ("h", "How to appeal this claim"),
        ("p", "If you disagree with a coverage or payment decision on this claim, you can ask for a "
              "redetermination (an appeal). You must file an appeal by 03/16/2027."),
        ("p", "Send your appeal to the contractor that handled the claim: Heartland Medicare Services, Part B "
              "Redeterminations, PO Box 6702, Indianapolis, IN 46206-6702. Circle the items you disagree with on a "
              "copy of your Medicare Summary Notice, explain why, and include your name, phone number and Medicare "
              "Number."),
        ("h", "Other claims in the last 90 days"),
        ("table", ["Claim number", "Provider", "Service date", "Status"], [
            ["21226329881140", "Lakeside Family Medicine", "10/08/2026", "Processed: Medicare paid $84.12"],
            ["21226331002236", "Pinecrest Psychiatry Group", "11/04/2026", "Processing"]],
         {"widths": [0.22, 0.33, 0.15, 0.3]}),
        ("small", "FICTIONAL SAMPLE: MyMedicare.example is an invented site; the beneficiary, providers and every "
                  "number were made up for a test set. Call 1-555-0105 with questions."),
    ])],
    key=dict(patient_name="Clarence W. Abernathy", member_id="4TW8-JK2-PL93", claim_number="21226330147520",
             notice_date="2026-11-16", service_dates=["2026-10-21", "2026-10-24"], procedure_codes=["G2083"],
             denial_category="coding_billing", plan_type="medicare", urgent=False,
             appeals_address="Heartland Medicare Services, Part B Redeterminations, PO Box 6702, Indianapolis, "
                             "IN 46206-6702"),
    anchors=dict(notice_date="11/16/2026", service_dates=["10/21/2026", "10/24/2026"],
                 denial_category="does not support the code billed", plan_type="Part B (medical)"),
    deadline=("date", "03/16/2027", "file an appeal by 03/16/2027"),
    note="Original Medicare Part B claim page printed from a (fictional) beneficiary portal to PDF: two "
         "esketamine visits billed G2083 (over 56 mg) while the records show 56 mg, so not paid (coding: a "
         "corrected claim). The notice date is the Medicare Summary Notice's date the page names. Deadline stated "
         "as a date. Traps: the browser's print date 12/2/26, claim processed 11/10/2026, the paid 99214 line, "
         "the other claims list (numbers, dates, a paid claim), the name in capitals in the sign-in line.",
)

# ---------------------------------------------------------------------------------------------------------------
C09_INNER = """Redwood Collegiate Health Plan
Student Health Insurance Plan for Northbay University
Administered by Baywater Student Benefits Administrators
FICTIONAL SAMPLE - invented student, plan and numbers

November 20, 2026

Ines K. Halvorsen
Student ID: 004417789
Member ID: NBU-22718840
Claim number: RCH-2026-0483317
Provider: Mira Solano, PsyD (Solano Psychology Collective)
Claim received: 10/27/2026

Dear Ines K. Halvorsen,

We processed the claim above for outpatient mental health services and
denied the following lines:

  Date of service   Code    Diagnosis   Billed     Paid    Reason
  09/29/2026        90837   F41.1       $220.00    $0.00   CO-242
  10/06/2026        90837   F41.1       $220.00    $0.00   CO-242
  10/13/2026        90837   F41.1       $220.00    $0.00   CO-242

Why: Dr. Solano is not a network provider of this plan (CO-242). The plan
pays for outpatient therapy with an out-of-network provider only when no
network provider can see you within 14 days and within 30 miles of campus.
Our records show three network therapists within 10 miles of campus with
openings in September. The intake visit of 09/22/2026 was billed on a
separate claim.

Your plan is student health insurance coverage, a kind of individual
health insurance coverage, for enrolled students of Northbay University.
Policy period: 08/15/2026 to 08/14/2027.

How to appeal: You or someone you name may appeal within 180 days after
you receive this notice. Send a written appeal, with any records you want
us to consider, to:

    Redwood Collegiate Health Plan
    c/o Baywater Student Benefits Administrators
    Appeals Unit
    PO Box 14490
    Sacramento, CA 95851

We will decide your appeal within 60 days. If we uphold the denial, you may
ask for an external review within 4 months after our final decision. For
free help, call the state consumer assistance line at 1-555-0129.

Member Services, Redwood Collegiate Health Plan, 1-555-0128
FICTIONAL SAMPLE
"""

C09 = dict(
    n="09", slug="student-plan-therapy-out-of-network-eml-forwarded-as-attachment", lang="en", ext="eml",
    device="eml_attached",
    outer=dict(frm=("Ines Halvorsen", "ines.halvorsen@students.northbay.example"),
               to=("Casework Desk", "help@patientadvocates.example"), date="Thu, 03 Dec 2026 22:41:07 -0800",
               subject="Fwd: Claim decision RCH-2026-0483317 (FICTIONAL)",
               body="Hi,\n\nThe insurance email is attached (I forwarded it as an attachment so nothing gets cut "
                    "off). They denied my therapy with Dr. Solano. My next appointment is 12/08/2026. Can you help "
                    "me appeal?\n\nThanks,\nInes\n\n-- \nFICTIONAL SAMPLE: invented people and addresses.\n"),
    inner=dict(frm=("Redwood Collegiate Health Plan", "no-reply@redwoodcollegiate.example"),
               to=("Ines K. Halvorsen", "ines.halvorsen@students.northbay.example"),
               date="Fri, 20 Nov 2026 06:02:11 -0800", subject="Your claim determination notice (FICTIONAL)",
               body=C09_INNER),
    key=dict(patient_name="Ines K. Halvorsen", member_id="NBU-22718840", claim_number="RCH-2026-0483317",
             notice_date="2026-11-20", service_dates=["2026-09-29", "2026-10-06", "2026-10-13"],
             procedure_codes=["90837"], diagnosis_codes=["F41.1"], carc_codes=["CO-242"],
             denial_category="out_of_network", plan_type="individual_aca", urgent=False,
             appeals_address="Redwood Collegiate Health Plan, c/o Baywater Student Benefits Administrators, "
                             "Appeals Unit, PO Box 14490, Sacramento, CA 95851"),
    anchors=dict(notice_date="November 20, 2026", service_dates=["09/29/2026", "10/06/2026", "10/13/2026"],
                 denial_category="is not a network provider",
                 plan_type="a kind of individual health insurance coverage"),
    deadline=("days", 180, "within 180 days after you receive this notice"),
    note="Student health plan (keyed individual_aca) claim: three psychotherapy visits (90837) with an "
         "out-of-network psychologist denied (CO-242, out of network). An e-mail from the student to an advocate "
         "that forwards the plan's e-mail as an attachment (message/rfc822 inside multipart/mixed): the notice is "
         "only in the attached message. Window stated: 180 days after receipt, counted from the notice date. "
         "Traps: the outer Date (3 Dec) and the next appointment 12/08/2026, student ID, claim received, the intake "
         "visit of 09/22/2026 on another claim, policy period, 4 months for external review.",
)

# ---------------------------------------------------------------------------------------------------------------
C10 = dict(
    n="10", slug="church-plan-tms-timely-filing-word-dot-leaders", lang="en", ext="docx", device="docx",
    docs=[dict(style=dict(word_font="Cambria", size=10.5, accent="#5b3a1a"), footer="FICTIONAL SAMPLE - invented "
               "people, plan and numbers", blocks=[
        ("lh", "Mission Hills Conference Benefits Board", ["Clergy and Lay Employees Health Plan",
                                                           "1420 Chapel Ridge Road, Suite 210, Nashville, TN 37215",
                                                           "Benefits Office 1-555-0114"], ["FICTIONAL SAMPLE"]),
        ("p", "November 30, 2026"),
        ("lines", ["Rev. Marcus Delacroix", "88 Hollow Oak Drive", "Franklin, TN 37064"]),
        ("p", "**Re: Claim for Ruth-Ann Delacroix (spouse)**"),
        ("kv", [("Plan participant", "Rev. Marcus Delacroix"), ("Participant ID", "MHC-30077-00"),
                ("Patient", "Ruth-Ann Delacroix"), ("Patient ID", "MHC-30077-02"),
                ("Claim number", "MHB 26 0917 3321"), ("Provider", "Harpeth Valley TMS & Mood Clinic"),
                ("Claim received", "October 20, 2026")], {"leader": True, "tab": 2.4}),
        ("p", "Dear Rev. Delacroix:"),
        ("p", "The Plan has processed the claim listed above for your wife's treatment sessions. The Plan did not "
              "pay them."),
        ("table", ["Date of service", "Code", "Diagnosis", "Charge", "Plan paid", "Reason"], [
            ["04/06/2026", "90868", "F33.1", "$300.00", "$0.00", "CO-29"],
            ["04/08/2026", "90868", "F33.1", "$300.00", "$0.00", "CO-29"],
            ["04/10/2026", "90868", "F33.1", "$300.00", "$0.00", "CO-29"]]),
        ("p", "The Plan received this claim on October 20, 2026, more than 180 days after the dates of service. "
              "Section 7.2 of the Plan Document requires claims to be filed within 180 days of the date of service "
              "unless it was not reasonably possible to file sooner. Adjustment code CO-29 means the time limit for "
              "filing has expired. Because the claim was filed late, the Plan did not review whether the sessions "
              "were covered or medically necessary."),
        ("p", "The Clergy and Lay Employees Health Plan is a church plan maintained by the Mission Hills Conference "
              "for its clergy and lay employees. As a church plan it is not subject to ERISA; your rights are set "
              "out in the Plan Document."),
        ("h", "Requesting a review"),
        ("p", "If you believe the claim was filed on time, or that there was good cause for the delay (for "
              "example, the provider sent it to the wrong plan first), you may request a review within 60 days "
              "after you receive this letter. Send the request and any proof of earlier filing to:"),
        ("lines", ["Mission Hills Conference Benefits Board", "Attention: Claims Review Committee",
                   "1420 Chapel Ridge Road, Suite 210", "Nashville, TN 37215"]),
        ("p", "The Committee will decide within 60 days of receiving your request. If the denial involved medical "
              "judgment, you may then ask for an external review by an independent review organization within "
              "4 months of the Committee's decision."),
        ("p", "Sincerely,"),
        ("p", "Claims Staff, Mission Hills Conference Benefits Board"),
        ("small", "FICTIONAL SAMPLE: the Board, the Plan, the family and every number in this letter were invented."),
    ])],
    key=dict(patient_name="Ruth-Ann Delacroix", member_id="MHC-30077-02", claim_number="MHB 26 0917 3321",
             notice_date="2026-11-30", service_dates=["2026-04-06", "2026-04-08", "2026-04-10"],
             procedure_codes=["90868"], diagnosis_codes=["F33.1"], carc_codes=["CO-29"],
             denial_category="timely_filing", plan_type="church", urgent=False,
             appeals_address="Mission Hills Conference Benefits Board, Attention: Claims Review Committee, "
                             "1420 Chapel Ridge Road, Suite 210, Nashville, TN 37215"),
    anchors=dict(notice_date="November 30, 2026", service_dates=["04/06/2026", "04/08/2026", "04/10/2026"],
                 denial_category="the time limit for filing has expired", plan_type="is a church plan"),
    deadline=("days", 60, "within 60 days after you receive this letter"),
    note="Church plan claim for the participant's spouse: three TMS sessions (90868) filed late (CO-29, timely "
         "filing). Word letter, its label block in tab stops with dot leaders (Patient ........ name), the "
         "letterhead in the page header. Window stated: 60 days after receipt, counted from the notice date. Traps: "
         "the participant's name and ID (addressee), claim received October 20, 2026, the 180-day filing limit, "
         "the 60-day decision, 4 months for external review, the letterhead's street is also the appeals street.",
)

# ---------------------------------------------------------------------------------------------------------------
C11_TEXT = """Summit Benefit Administrators - Member Message Center
Conversation: "Claim SBA-CLM-2611-08852 - family counseling"
Printed from the member portal 12/01/2026 07:55 PM
FICTIONAL SAMPLE - invented people, plan and numbers
==============================================================================

[4] From: Summit Benefit Administrators (automatic reply)
    Sent: 11/13/2026 9:02 AM
    --------------------------------------------------------------------------
    Thank you for your message. A member advocate will reply within 2
    business days. Please do not reply to this automatic message.

[3] From: Annika Lindgren
    Sent: 11/12/2026 10:18 PM
    --------------------------------------------------------------------------
    Tobias has no other insurance. His father's plan ended in 2024. What do
    I need to send you so the claim is paid?

[2] From: Summit Benefit Administrators, Claims Department
    Sent: 11/10/2026 2:15 PM
    Attached notice (text of the PDF follows)
    --------------------------------------------------------------------------
    NOTICE OF CLAIM DETERMINATION
    Kettering Tool & Die Employee Health Plan
    Claims administered by Summit Benefit Administrators, Inc.
    6100 Far Hills Avenue, Centerville, OH 45459

    Notice date:      November 9, 2026
    Subscriber:       Annika Lindgren          Subscriber ID: KTD-55021-01
    Patient:          Tobias R. Lindgren (dependent son)
    Patient ID:       KTD-55021-03
    Claim number:     SBA-CLM-2611-08852
    Provider:         Great Miami Family Counseling, LLC
    Claim received:   10/19/2026

    Line  Date of service  Code   Dx      Billed    Paid    Adj. code
    1     09/15/2026       90847  F43.23  $190.00   $0.00   CO-22
    2     09/29/2026       90847  F43.23  $190.00   $0.00   CO-22
    3     10/06/2026       90846  F43.23  $170.00   $0.00   CO-22

    Why these lines were denied: Our records show that Tobias may have other
    group health coverage through his father's employer, and that coverage
    would pay before this Plan (coordination of benefits). Code CO-22 means
    the care may be covered by another payer. Please complete the Other
    Coverage Questionnaire at summitbenefits.example/cob or call us; if there
    is no other coverage we will reprocess the claim.

    The Kettering Tool & Die Employee Health Plan is a self-funded group
    health plan sponsored by Kettering Tool & Die Co. and governed by ERISA.
    Summit Benefit Administrators processes claims for the Plan and does not
    insure its benefits.

    Your right to appeal: You may appeal this determination in writing. The
    time limit for filing an appeal is explained in your Summary Plan
    Description. Send your appeal to:

        Kettering Tool & Die Employee Health Plan
        c/o Summit Benefit Administrators
        Appeals Department
        PO Box 4470
        Dayton, OH 45401-4470

    Do not send appeals to our Centerville claims office. After the Plan's
    final decision on appeal you may have the right to an external review
    and to bring a civil action under section 502(a) of ERISA.
    Questions: 1-555-0118.

[1] From: Annika Lindgren
    Sent: 11/02/2026 7:41 PM
    --------------------------------------------------------------------------
    Hello, I have not heard anything about Tobias's counseling claim from
    September. The counselor's office says it is stuck. My member ID is
    KTD-55021-01.

==============================================================================
Page 1 of 1                                        FICTIONAL SAMPLE
"""

C11 = dict(
    n="11", slug="self-funded-tpa-family-therapy-cob-message-thread-text", lang="en", ext="txt", device="txt",
    text=C11_TEXT,
    key=dict(patient_name="Tobias R. Lindgren", member_id="KTD-55021-03", claim_number="SBA-CLM-2611-08852",
             notice_date="2026-11-09", service_dates=["2026-09-15", "2026-09-29", "2026-10-06"],
             procedure_codes=["90847", "90846"], diagnosis_codes=["F43.23"], carc_codes=["CO-22"],
             denial_category="coordination_of_benefits", plan_type="employer_erisa", urgent=False,
             appeals_address="Kettering Tool & Die Employee Health Plan, c/o Summit Benefit Administrators, "
                             "Appeals Department, PO Box 4470, Dayton, OH 45401-4470"),
    anchors=dict(notice_date="November 9, 2026", service_dates=["09/15/2026", "09/29/2026", "10/06/2026"],
                 denial_category="coordination of benefits", plan_type="self-funded group"),
    deadline=("rule",),
    note="Self-funded employer plan (ERISA) through a TPA: a teenager's family therapy (90847, 90846) denied "
         "because other coverage may be primary (CO-22, coordination of benefits). A member-portal message thread "
         "printed as plain text, newest first: the notice is the text of a PDF inside the claims department's "
         "message. No window stated (it points to the SPD): the ERISA rule, 180 days from the notice date. Traps: "
         "the print date and each message's Sent date, the subscriber's name and ID (also quoted in the mother's "
         "message), claim received, the Centerville claims office.",
)

# ---------------------------------------------------------------------------------------------------------------
C12 = dict(
    n="12", slug="medicaid-ffs-tms-necessity-hearing-text-pdf-tear-off-form", lang="en", ext="pdf", device="pdf",
    docs=[dict(style=dict(font="libserif", size=10.2, accent="#1f3b57", fill="#f0f0f0"), footer=FOOT, margins=0.75,
               blocks=[
        ("lh", "Department of Family and Health Services", ["Division of Medical Assistance (Medicaid)",
                                                            "900 Capitol Avenue, Cheyenne, WY 82001",
                                                            "Recipient Help Line 1-555-0125"],
         ["NOTICE OF ACTION", "FICTIONAL SAMPLE"]),
        ("title", "Notice of Denial of Prior Authorization"),
        ("kv", [("Notice date", "November 23, 2026"), ("Recipient", "Latisha D. Brookover"),
                ("Medicaid ID", "6620441907"), ("Household case no.", "HH-2231907"),
                ("Date of birth", "04/30/1984"), ("Prior authorization request no.", "PA 26-334-7781"),
                ("Provider", "High Plains Neurotherapy, Casper"), ("Date request received", "11/06/2026")],
         {"box": True, "colw": (0.36, 0.64)}),
        ("p", "Dear Latisha D. Brookover:"),
        ("p", "Your provider asked the Medical Assistance program to approve the services below. Your Medical "
              "Assistance coverage is fee-for-service: the Division pays providers directly and there is no health "
              "plan between you and the Division. We have denied the request."),
        ("table", ["Procedure", "Service", "Units requested", "Units approved"], [
            ["90867", "TMS, first treatment with motor threshold", "1", "0"],
            ["90868", "TMS, later treatment", "35", "0"]], {"widths": [0.16, 0.5, 0.17, 0.17]}),
        ("p", "Diagnosis on the request: F33.2"),
        ("h", "Why we made this decision"),
        ("p", "The program covers transcranial magnetic stimulation when it is medically necessary under medical "
              "criteria MC-22. The criteria require that the recipient has not responded to at least four "
              "antidepressant trials, two of them from different classes, and to a trial of psychotherapy. The "
              "records sent show two antidepressant trials and no psychotherapy, so the services are not medically "
              "necessary under those criteria. Rule: Medical Assistance Rules, Chapter 26, Section 4."),
        ("pb",),
        ("h", "Your right to a fair hearing"),
        ("p", "If you disagree with this decision, you may ask for a state fair hearing. There is no other appeal "
              "step first: a fair hearing is how you appeal a Medical Assistance decision. Your hearing request "
              "must be received within 90 days of the notice date shown above. You may ask by phone at 1-555-0126, "
              "or by mail with the form below."),
        ("p", "Your provider may ask for a peer-to-peer review with our medical consultant within 10 business days. "
              "That review is not an appeal and does not change your hearing deadline."),
        ("p", "You may speak for yourself or have a lawyer, a relative, a friend or another person speak for you. "
              "Free legal help: 1-555-0127."),
        ("dash",),
        ("center", "- - - - - - - - - - Cut here and mail the part below - - - - - - - - - -"),
        ("h", "REQUEST FOR A STATE FAIR HEARING"),
        ("p", "Mail this form to:"),
        ("lines", ["Office of Administrative Hearings", "Medical Assistance Hearings Unit",
                   "2020 Carey Avenue, Suite 600", "Cheyenne, WY 82002"]),
        ("grid", [[("Recipient name", " "), ("Medicaid ID", " "), ("PA request no.", "PA 26-334-7781")],
                  [("Signature", " "), ("Date", " "), ("Phone", " ")]]),
        ("small", "FICTIONAL SAMPLE: the Department, the recipient, the provider and every number are invented."),
    ])],
    key=dict(patient_name="Latisha D. Brookover", member_id="6620441907", claim_number="PA 26-334-7781",
             notice_date="2026-11-23", procedure_codes=["90867", "90868"], diagnosis_codes=["F33.2"],
             denial_category="medical_necessity", plan_type="medicaid", urgent=False,
             appeals_address="Office of Administrative Hearings, Medical Assistance Hearings Unit, 2020 Carey "
                             "Avenue, Suite 600, Cheyenne, WY 82002"),
    anchors=dict(notice_date="November 23, 2026", denial_category="the services are not medically necessary",
                 plan_type="Medical Assistance (Medicaid)"),
    deadline=("days", 90, "within 90 days of the notice date"),
    note="Medicaid fee-for-service prior authorization (state agency): a TMS course (90867, 90868) denied as not "
         "medically necessary. Text PDF with a dashed cut line and a tear-off hearing request form at the foot; the "
         "fair hearing is the first and only step, so its stated window (90 days of the notice date) and the "
         "hearing office's address are keyed. No service dates (a request). Traps: household case number, date of "
         "birth, date the request was received, the Division's letterhead address, the provider's 10 business days "
         "for a peer-to-peer review, the request number again in the form.",
)

CASES = [C01, C02, C03, C04, C05, C06, C07, C08, C09, C10, C11, C12]
