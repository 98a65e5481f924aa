"""Blind intake set 23, notices 01-12 (English). FICTIONAL: every person, plan, provider, address and number
is invented; phones are 1-555-01xx and web or e-mail addresses end in .example. Codes are named by number only,
services in my own words.

Each case: num, slug, lang, kind ('image' with a device, or 'pdf', 'docx', 'html', 'eml', 'txt'), the content
(blocks for the renderer, or a build function writing the file), the key, the deadline spec, and anchors: the
notice's own words each keyed date, category, plan type and urgency is read from.
"""
import textwrap

FICT_EN = "FICTIONAL SAMPLE - invented people, plan, provider and numbers; not a real notice."

CASES = []


def case(**kw):
    CASES.append(kw)
    return kw


# ---------------------------------------------------------------------------------------------- 01
case(
    num="01", slug="employer-insured-ketamine-necessity-panorama-seams", lang="en",
    kind="image", device="panorama", ext="jpg",
    style=dict(face="sans", size=9.6, page="legal", margin=0.7, tint="#e3ecf3",
               footer=FICT_EN + "  Page {page}"),
    blocks=[
        ("letterhead", "Tamarack Mutual Health Insurance Company",
         ["1200 Superior Street, Duluth, MN 55802", "Customer service 1-555-0112 &middot; tamarackmutual.example"],
         ["<b>EXPLANATION OF BENEFITS</b>", "THIS IS NOT A BILL", "FICTIONAL SAMPLE"]),
        ("kv", [("Subscriber:", "Gideon A. Barre"), ("Statement date:", "November 19, 2026"),
                ("Subscriber ID:", "TMH884203317-01"), ("Group no.:", "0077152"),
                ("Plan:", "Corliss Freight Lines Group Health Plan (insured by Tamarack Mutual)"),
                ("Claims on this statement:", "2")], 2),
        ("addr", ["GIDEON A BARRE", "418 W 4TH ST APT 2", "DULUTH MN 55806"]),
        ("spacer", 6),
        ("banner", "Claim 26-3301-778104 &nbsp;&nbsp; Patient: Gideon A. Barre (self) &nbsp;&nbsp; Status: PAID"),
        ("small", "Provider: North Shore Family Medicine &nbsp; Received 10/21/2026 &nbsp; Diagnosis: M54.50"),
        ("table", ["Date of service", "Code", "Billed", "Allowed", "Plan paid", "Adjustment", "You owe"],
         [["10/14/2026", "99213", "$168.00", "$112.40", "$89.92", "CO-45 PR-2", "$22.48"]],
         {"widths": [0.16, 0.1, 0.13, 0.13, 0.13, 0.2, 0.15]}),
        ("banner", "Claim 26-3302-119562 &nbsp;&nbsp; Patient: Delphine R. Okonkwo-Barre (spouse) &nbsp;&nbsp; "
                   "Status: PARTLY DENIED"),
        ("small", "Member ID: TMH884203317-02 &nbsp; Provider: Lakeshore Infusion Partners, PLLC (in network) "
                  "&nbsp; Patient account LIP-00458 &nbsp; Received 10/29/2026 &nbsp; Diagnosis: F33.2"),
        ("table", ["Date of service", "Code", "Billed", "Allowed", "Plan paid", "Adjustment", "You owe"],
         [["10/20/2026", "99214", "$245.00", "$168.30", "$134.64", "CO-45 PR-2", "$33.66"],
          ["10/20/2026", "96365", "$610.00", "$0.00", "$0.00", "CO-50", "$0.00"],
          ["10/20/2026", "J3490", "$180.00", "$0.00", "$0.00", "CO-50", "$0.00"],
          ["10/22/2026", "96365", "$610.00", "$0.00", "$0.00", "CO-50", "$0.00"],
          ["10/22/2026", "J3490", "$180.00", "$0.00", "$0.00", "CO-50", "$0.00"],
          ["10/27/2026", "96365", "$610.00", "$0.00", "$0.00", "CO-50", "$0.00"],
          ["10/27/2026", "J3490", "$180.00", "$0.00", "$0.00", "CO-50", "$0.00"],
          ["<b>Totals</b>", "", "<b>$2,615.00</b>", "", "<b>$134.64</b>", "", "<b>$33.66</b>"]],
         {"widths": [0.16, 0.1, 0.13, 0.13, 0.13, 0.2, 0.15]}),
        ("small", "J3490 lines: ketamine, NDC 55555-0143-10, 0.5 mg/kg over 40 minutes."),
        ("h", "What the adjustment codes mean"),
        ("small", "CO-45: the charge is more than the amount your provider agreed to accept. PR-2: your "
                  "coinsurance. CO-50: we find the service was not medically necessary; under its network "
                  "contract the provider may not bill you for these lines."),
        ("h", "Why we denied the ketamine infusions"),
        ("p", "A psychiatrist on our medical review staff read the records sent with the claim against our "
              "medical policy MH-219 (ketamine and esketamine for mood disorders). The records describe one "
              "antidepressant trial in the current episode; the policy asks for at least two adequate trials "
              "of different drugs and a course of psychotherapy before intravenous ketamine. For that reason "
              "the infusions on 10/20, 10/22 and 10/27/2026 are not medically necessary under the plan. The "
              "office visit on 10/20/2026 was paid. You may ask for a free copy of the policy, the reviewer's "
              "notes and the codes' meanings."),
        ("h", "Your right to appeal"),
        ("p", "This plan is an employer group health plan, insured by Tamarack Mutual and governed by ERISA. "
              "If you disagree, you or someone you name may ask for an appeal within 180 days after you "
              "receive this notice. Send your letter, this statement and any records to:"),
        ("addr", ["Tamarack Mutual Health Insurance Company", "Attn: Member Appeals", "PO Box 60418",
                  "Duluth, MN 55806-0418"]),
        ("p", "or fax 1-555-0147. Do not send appeals to the claims address (PO Box 60400). We will decide "
              "within 60 days after we receive your appeal. If the treatment is urgent, call 1-555-0112 and "
              "ask for an expedited appeal. If we deny your appeal you may ask for an external review within "
              "4 months of our final decision, and you have the right to bring a civil action under section "
              "502(a) of ERISA."),
    ],
    key=dict(patient_name="Delphine R. Okonkwo-Barre", member_id="TMH884203317-02",
             claim_number="26-3302-119562", notice_date="2026-11-19",
             service_dates=["2026-10-20", "2026-10-22", "2026-10-27"], procedure_codes=["96365", "J3490"],
             diagnosis_codes=["F33.2"], carc_codes=["CO-50"], denial_category="medical_necessity",
             plan_type="employer_erisa", urgent=False,
             appeals_address="Tamarack Mutual Health Insurance Company, Attn: Member Appeals, PO Box 60418, "
                             "Duluth, MN 55806-0418"),
    deadline=("days", 180, "within 180 days after you receive this notice"),
    anchors=dict(notice_date=("Statement date: November 19, 2026", "November 19, 2026"),
                 service_dates=["10/20/2026", "10/22/2026", "10/27/2026"],
                 denial_category="not medically necessary under the plan",
                 plan_type="employer group health plan, insured by Tamarack Mutual and governed by ERISA"),
    note="FICTIONAL: invented family, plan, provider and numbers. Insured employer (ERISA) family EOB on a "
         "legal-size page: the subscriber's paid visit, then his spouse's claim with a paid office visit and "
         "three days of IV ketamine (96365, J3490) denied as not medically necessary (CO-50). A phone "
         "panorama of the long page: three stitching seams where the strips shift sideways, change exposure "
         "and scale a little, one with a few rows of pixels repeated; wood desk at the sides. Window stated: "
         "180 days after receipt. Traps: subscriber's name and ID, group no., patient account, NDC, claims "
         "received, the paid 99213/99214 lines and M54.50, claims PO box, 60 days, 4 months, letterhead office.",
)

# ---------------------------------------------------------------------------------------------- 02
case(
    num="02", slug="tricare-ect-other-insurance-fax-zebra-dither", lang="en",
    kind="image", device="zebra_fax", ext="tif",
    style=dict(face="sans", size=10, page="letter", margin=0.75, tint="#c8c8c8", head_tint="#b0b0b0",
               zebra_tint="#d0d0d0", footer=FICT_EN + "  Page {page} of 2"),
    blocks=[
        ("letterhead", "Palisade Military Health Administrators",
         ["TRICARE East Region claims processor (FICTIONAL)", "Claims: PO Box 77100, Columbia, SC 29202-7100",
          "1-555-0131 &middot; palisademha.example"],
         ["<b>TRICARE SUMMARY STATEMENT</b>", "Explanation of benefits", "FICTIONAL SAMPLE"]),
        ("banner", "THIS IS NOT A BILL &nbsp;&nbsp; Date of notice: 13 NOV 2026"),
        ("kv", [("Sponsor:", "MSG Darnell K. Whitcombe"), ("Sponsor DoD ID:", "1587220941"),
                ("Patient (beneficiary):", "Arwen J. Whitcombe"), ("DoD Benefits Number:", "30218844517"),
                ("Relationship to sponsor:", "Spouse"), ("Program:", "TRICARE Select"),
                ("Claim received:", "24 OCT 2026"), ("Region:", "East")], 2),
        ("addr", ["ARWEN J WHITCOMBE", "1604 SANDHILL FARM RD", "ELGIN SC 29045"]),
        ("h", "Claims for your family processed this period"),
        ("table", ["Claim number", "Patient", "Service date", "Code", "Dx", "Billed", "TRICARE paid", "Reason"],
         [["26 318 40552 100", "Arwen J. Whitcombe", "06 OCT 2026", "90870", "F33.2", "$1,150.00", "$0.00",
           "CO-22"],
          ["26 318 40552 100", "Arwen J. Whitcombe", "08 OCT 2026", "90870", "F33.2", "$1,150.00", "$0.00",
           "CO-22"],
          ["26 318 40552 100", "Arwen J. Whitcombe", "13 OCT 2026", "90870", "F33.2", "$1,150.00", "$0.00",
           "CO-22"],
          ["26 301 77481 002", "Darnell K. Whitcombe", "21 OCT 2026", "99213", "M25.561", "$150.00", "$97.15",
           "PR-3"]],
         {"zebra": True, "widths": [0.17, 0.17, 0.12, 0.08, 0.09, 0.12, 0.12, 0.1], "size": 8.5}),
        ("small", "Provider on claim 26 318 40552 100: Palmetto Ridge Behavioral Hospital (network). Provider on "
                  "claim 26 301 77481 002: Lexington Orthopedic Associates."),
        ("h", "Why claim 26 318 40552 100 was not paid"),
        ("p", "CO-22: another health plan may pay first (coordination of benefits). Our records show the "
              "patient has other health insurance (OHI) through her employer, Carolina Textile Cooperative "
              "Health Plan, since 01 MAR 2026. By law TRICARE pays after other health insurance. Send us the "
              "other plan's explanation of benefits for these electroconvulsive therapy sessions, or tell us "
              "that the other coverage ended, and we will process the claim again."),
        ("p", "Claim 26 301 77481 002 was paid; PR-3 is the sponsor's copayment."),
        ("pagebreak",),
        ("h", "Your right to ask for a reconsideration"),
        ("p", "If you disagree with this decision, you may ask us to reconsider it. Your request must be "
              "postmarked or received within 90 days of the date of this notice. Say why you disagree and "
              "include a copy of this statement and any records. Mail it to:"),
        ("addr", ["Palisade Military Health Administrators", "TRICARE East Reconsiderations", "PO Box 77120",
                  "Columbia, SC 29202-7120"]),
        ("p", "Do not send reconsideration requests to the claims address on page 1. If we uphold our "
              "decision, we will tell you about the next level: a formal review by the Defense Health Agency, "
              "asked for within 60 days of our reconsideration decision where $50 or more is in dispute."),
        ("p", "Other information: claims must be filed within one year of the date of service. For free help "
              "with this notice, contact a Beneficiary Counseling and Assistance Coordinator (BCAC) at a "
              "military hospital or clinic, or call us at 1-555-0131."),
        ("small", "TRICARE is the health program of the uniformed services (10 USC chapter 55; 32 CFR part 199)."),
    ],
    key=dict(patient_name="Arwen J. Whitcombe", member_id="30218844517", claim_number="26 318 40552 100",
             notice_date="2026-11-13", service_dates=["2026-10-06", "2026-10-08", "2026-10-13"],
             procedure_codes=["90870"], diagnosis_codes=["F33.2"], carc_codes=["CO-22"],
             denial_category="coordination_of_benefits", plan_type="tricare", urgent=False,
             appeals_address="Palisade Military Health Administrators, TRICARE East Reconsiderations, "
                             "PO Box 77120, Columbia, SC 29202-7120"),
    deadline=("days", 90, "postmarked or received within 90 days of the date of this notice"),
    anchors=dict(notice_date=("Date of notice: 13 NOV 2026", "13 NOV 2026"),
                 service_dates=["06 OCT 2026", "08 OCT 2026", "13 OCT 2026"],
                 denial_category="another health plan may pay first (coordination of benefits)",
                 plan_type="Program: TRICARE Select"),
    note="FICTIONAL: invented family, contractor, provider and numbers. TRICARE Select summary statement for a "
         "sponsor's spouse: three electroconvulsive therapy sessions (90870) not paid because other health "
         "insurance pays first (CO-22, coordination of benefits); the sponsor's own visit paid on another "
         "claim. A fine-mode fax TIFF (204 x 196, 2 pages) sent in the machine's photo mode: the grey header "
         "rows, banner and zebra-shaded table rows dithered into dot screens behind the text, a fax header "
         "line on each page. Window stated: postmarked or received within 90 days of the notice date. Traps: "
         "sponsor's DoD ID, claim received 24 OCT, OHI since 01 MAR 2026, the sponsor's paid 99213 row "
         "(M25.561, PR-3), claims PO box, 60 days for the DHA formal review, one-year filing limit, the fax "
         "header's date.",
)

# ---------------------------------------------------------------------------------------------- 03
case(
    num="03", slug="medicare-advantage-tms-out-of-network-request-photo-hdr-ghost", lang="en",
    kind="image", device="hdr_ghost", ext="jpg",
    style=dict(face="serif", size=9.8, page="letter", margin=0.7, tint="#e8e8e8",
               footer="FICTIONAL SAMPLE - invented member, plan and numbers. H5521_DND_2026  Page {page}"),
    blocks=[
        ("letterhead", "Bright Harbor Health Plans",
         ["Bright Harbor Medicare Advantage (HMO)", "Member Services: PO Box 1180, Manchester, NH 03105",
          "1-555-0158 (TTY 711), 8 a.m. to 8 p.m., 7 days a week"],
         ["FICTIONAL SAMPLE", "Contract H5521-004"]),
        ("right", "Date: November 23, 2026"),
        ("addr", ["THEODORA M KESSLING", "27 BIRCH HOLLOW LN", "KEENE NH 03431"]),
        ("title", "Notice of Denial of Medical Coverage"),
        ("kv", [("Member name:", "Theodora M. Kessling"), ("Member ID:", "BHM 55920 4471"),
                ("Date of birth:", "11/02/1951"), ("Reference #:", "OD-2611-88402"),
                ("Requested by:", "Westfield Neuromodulation Center"),
                ("Service requested:", "TMS course: CPT 90867 x 1, 90868 x 35"),
                ("Diagnosis:", "F33.1"), ("Requested start:", "12/07/2026"),
                ("Request received:", "11/16/2026"), ("Type of review:", "Standard")], 2),
        ("p", "We have <b>denied</b> the medical care listed above that you or your doctor asked for."),
        ("h", "Why did we deny your request?"),
        ("p", "Bright Harbor Medicare Advantage is an HMO. Except for emergency and urgently needed care, the "
              "plan covers care only from providers in its network. Westfield Neuromodulation Center is not in "
              "our network, and network providers in your area give TMS (Monadnock Behavioral Health in Keene, "
              "4 miles from your home, can see you within 3 weeks). We did not decide whether TMS is medically "
              "necessary for you; if a network provider sends a request, we will review it."),
        ("h", "You have the right to appeal our decision"),
        ("p", "You may ask us to review this decision by asking for an appeal. Ask for an appeal within 65 "
              "days from the date of this notice. We can give you more time if you have a good reason for "
              "missing the deadline."),
        ("p", "<b>Standard appeal:</b> we will answer within 30 days. <b>Fast appeal:</b> if you or your doctor "
              "believe waiting could seriously harm your health, ask for a fast appeal; we will answer within "
              "72 hours. Call 1-555-0158 to ask for a fast appeal."),
        ("p", "<b>How to ask for a standard appeal.</b> Mail or deliver your written appeal to:"),
        ("addr", ["Bright Harbor Health Plans", "Appeals and Grievances Department",
                  "400 Ferry Landing Road, Suite 210", "Portsmouth, NH 03801"]),
        ("p", "or fax it to 1-555-0159. Keep a copy. If we say no to any part of your appeal, we will send your "
              "case to an independent review entity automatically."),
        ("small", "Get help: call your State Health Insurance Assistance Program (SHIP) at 1-555-0157."),
    ],
    key=dict(patient_name="Theodora M. Kessling", member_id="BHM 55920 4471", claim_number="OD-2611-88402",
             notice_date="2026-11-23", procedure_codes=["90867", "90868"], diagnosis_codes=["F33.1"],
             denial_category="out_of_network", plan_type="medicare_advantage", urgent=False,
             appeals_address="Bright Harbor Health Plans, Appeals and Grievances Department, "
                             "400 Ferry Landing Road, Suite 210, Portsmouth, NH 03801"),
    deadline=("days", 65, "within 65 days from the date of this notice"),
    anchors=dict(notice_date=("Date: November 23, 2026", "November 23, 2026"),
                 denial_category="Westfield Neuromodulation Center is not in our network",
                 plan_type="Bright Harbor Medicare Advantage (HMO)"),
    note="FICTIONAL: invented member, plan, clinic and numbers. Medicare Advantage HMO denial of a requested TMS "
         "course (90867, 90868) at a non-network clinic (out of network; necessity not decided), before care. "
         "A phone photo on a tabletop whose HDR merge ghosted: two frames a few pixels apart blended unevenly, "
         "so the print shows a faint double in places, with tone-mapping halos and a warm lamp. Window stated: "
         "65 days from the notice date. Traps: date of birth 11/02/1951, request received 11/16/2026, requested "
         "start 12/07/2026, contract no., member services PO box, 30 days and 72 hours, IRE.",
)

# ---------------------------------------------------------------------------------------------- 04
case(
    num="04", slug="original-medicare-redetermination-psychotherapy-coding-text-pdf", lang="en",
    kind="pdf", ext="pdf",
    style=dict(face="serif", size=10.5, page="letter", margin=0.9, tint="#eeeeee",
               footer=FICT_EN + "  Page {page}"),
    blocks=[
        ("letterhead", "Granite Ridge Medicare Services",
         ["A Medicare Administrative Contractor for Part B (FICTIONAL)", "PO Box 6620, Fargo, ND 58108-6620",
          "Beneficiary line 1-555-0161"],
         ["<b>MEDICARE REDETERMINATION NOTICE</b>", "FICTIONAL SAMPLE"]),
        ("right", "November 6, 2026"),
        ("addr", ["WALTER E FENWICK-OSEI", "1190 PRAIRIE ROSE DR", "BISMARCK ND 58503"]),
        ("spacer", 6),
        ("kv", [("Beneficiary:", "Walter E. Fenwick-Osei"), ("Medicare Number:", "4TQ7-RM2-HX51"),
                ("Claim number:", "2226287140850"), ("Redetermination case number:", "R-26-0091347"),
                ("Provider:", "Missouri Slope Counseling Group, PLLC"),
                ("First decision:", "Medicare Summary Notice dated 08/31/2026"),
                ("Your request received:", "10/03/2026")], 1),
        ("p", "Dear Mr. Fenwick-Osei:"),
        ("p", "This letter answers your request for a redetermination of your Original Medicare (Part B) "
              "claim, which we received on October 3, 2026. A person who took no part in the first decision "
              "reviewed the claim and the records. We have decided that the first decision on the "
              "psychotherapy lines was correct. This decision is <b>unfavorable</b>."),
        ("table", ["Date of service", "Code", "What it is", "Decision"],
         [["08/12/2026", "99214", "office visit, established patient", "paid on the first decision (not appealed)"],
          ["08/12/2026", "90837", "psychotherapy, 60 minutes", "not paid: decision upheld"],
          ["08/26/2026", "99214", "office visit, established patient", "paid on the first decision (not appealed)"],
          ["08/26/2026", "90837", "psychotherapy, 60 minutes", "not paid: decision upheld"]],
         {"widths": [0.17, 0.1, 0.35, 0.38]}),
        ("p", "Diagnosis on the claim: F33.1."),
        ("h", "Why we made this decision"),
        ("p", "On each date the same practitioner billed an office visit (99214) and a 60-minute "
              "psychotherapy session (90837). When psychotherapy is given in the same visit as an evaluation "
              "and management service, Medicare pays it only under an add-on psychotherapy code (90833, 90836 "
              "or 90838) billed with the visit; 90837 is not payable with an evaluation and management service "
              "by the same practitioner on the same day. The records support 53 minutes of psychotherapy "
              "separate from the visit. This is a billing code problem, not a finding about whether you needed "
              "the care. The provider may send a corrected claim with the add-on code; a corrected claim is not "
              "an appeal."),
        ("p", "Who is responsible: because the provider billed a code Medicare does not pay in this situation, "
              "you do not have to pay the provider for these lines."),
        ("h", "If you disagree with this decision"),
        ("p", "You may ask for a reconsideration by a Qualified Independent Contractor (QIC). You must file "
              "your request in writing within 180 days of receiving this notice. We assume you received this "
              "notice 5 days after the date at the top of the letter unless you show otherwise. (You had 120 "
              "days to ask us for this redetermination; that step is finished.) Use the enclosed "
              "reconsideration request form or write a letter with your name, your Medicare Number, the claim "
              "number and the dates of service. Send it to the QIC, not to us:"),
        ("addr", ["Keystone Plains Reconsideration Services", "Part B QIC, North Region", "PO Box 30215",
                  "Harrisburg, PA 17105-0215"]),
        ("p", "The QIC will generally decide within 60 days of receiving your request. If you need help, call "
              "your State Health Insurance Assistance Program at 1-555-0162."),
        ("p", "Sincerely,<br/>Appeals Department, Granite Ridge Medicare Services"),
    ],
    key=dict(patient_name="Walter E. Fenwick-Osei", member_id="4TQ7-RM2-HX51", claim_number="2226287140850",
             notice_date="2026-11-06", service_dates=["2026-08-12", "2026-08-26"], procedure_codes=["90837"],
             diagnosis_codes=["F33.1"], denial_category="coding_billing", plan_type="medicare", urgent=False,
             appeals_address="Keystone Plains Reconsideration Services, Part B QIC, North Region, PO Box 30215, "
                             "Harrisburg, PA 17105-0215"),
    deadline=("days", 180, "within 180 days of receiving this notice"),
    anchors=dict(notice_date=("November 6, 2026 WALTER E FENWICK-OSEI", "November 6, 2026"),
                 service_dates=["08/12/2026", "08/26/2026"],
                 denial_category="This is a billing code problem",
                 plan_type="Original Medicare (Part B)"),
    note="FICTIONAL: invented beneficiary, contractor, QIC, provider and numbers. Original Medicare Part B "
         "redetermination (second stage) upholding the denial of two 60-minute psychotherapy lines (90837) "
         "billed beside an office visit on the same day: a coding problem (the add-on code applies). Text PDF "
         "letter, dateline alone on its line at the right. The next step is the QIC reconsideration: window "
         "stated, 180 days of receiving the notice (counted from the notice date, no mailing days); address the "
         "QIC's. Traps: redetermination case number, MSN date 08/31/2026, request received 10/03/2026, the "
         "spent 120 days, the paid 99214 lines on the same dates, the 5-day receipt presumption, 60 days, the "
         "contractor's own PO box.",
)

# ---------------------------------------------------------------------------------------------- 05
case(
    num="05", slug="part-d-brexpiprazole-step-therapy-expedited-photo-cracked-lens", lang="en",
    kind="image", device="cracked_lens", ext="jpg",
    style=dict(face="sans", size=9.8, page="letter", margin=0.75, tint="#e6eef0",
               footer="FICTIONAL SAMPLE - invented enrollee, plan and numbers.  Y0555_CDN_2026  Page {page}"),
    blocks=[
        ("letterhead", "Meridian Crest Prescription Plans",
         ["Meridian Crest Rx (PDP), a Medicare prescription drug plan", "Customer care 1-555-0163, TTY 711",
          "meridiancrest.example"], ["FICTIONAL SAMPLE"]),
        ("right", "Date: November 30, 2026"),
        ("addr", ["CLEMENT A ROURKE", "66 QUARRY VIEW RD", "NORMAN OK 73069"]),
        ("title", "Notice of Denial of Medicare Prescription Drug Coverage"),
        ("kv", [("Enrollee:", "Clement A. Rourke"), ("Member ID:", "MCR-7740-18853-01"),
                ("Date of birth:", "01/19/1949"), ("Case number:", "CD-26-1130-0457"),
                ("Drug requested:", "Rexulti (brexpiprazole) 1 mg tablet, 30 per 30 days"),
                ("Prescriber:", "Lenora Tsosie, MD"),
                ("Rx BIN / PCN / Group:", "610555 / MCRX / MCPDP01"),
                ("Request received:", "November 29, 2026, 4:12 p.m.")], 1),
        ("p", "We made this decision on an expedited (fast) basis because your prescriber told us that waiting "
              "could seriously harm your health."),
        ("h", "Why did we deny your request?"),
        ("p", "Rexulti is on our Drug List with a step therapy requirement: before we cover it, you must have "
              "tried aripiprazole, the drug our plan covers first for this use, or your prescriber must tell "
              "us why aripiprazole would not work for you or would harm you. Our records show no claim for "
              "aripiprazole in the past 365 days, and the request did not say why you cannot take it."),
        ("p", "Your prescriber can ask us for an exception to the step therapy rule by sending a statement "
              "that supports it."),
        ("h", "You have the right to ask us to review our decision"),
        ("p", "You have 65 days from the date of this notice to ask for a redetermination (an appeal). We will "
              "decide a standard appeal within 7 days and a fast appeal within 72 hours. Mail your written "
              "request to:"),
        ("addr", ["Meridian Crest Prescription Plans", "Attn: Part D Redeterminations", "PO Box 248810",
                  "Oklahoma City, OK 73124-8810"]),
        ("p", "or fax it to 1-555-0164. For a fast appeal you may also call 1-555-0163. If we say no, you can ask "
              "an Independent Review Entity to review our decision."),
        ("small", "Help: your State Health Insurance Assistance Program, 1-555-0165."),
    ],
    key=dict(patient_name="Clement A. Rourke", member_id="MCR-7740-18853-01", claim_number="CD-26-1130-0457",
             notice_date="2026-11-30", denial_category="step_therapy", plan_type="medicare_part_d", urgent=True,
             appeals_address="Meridian Crest Prescription Plans, Attn: Part D Redeterminations, PO Box 248810, "
                             "Oklahoma City, OK 73124-8810"),
    deadline=("days", 65, "65 days from the date of this notice"),
    anchors=dict(notice_date=("Date: November 30, 2026", "November 30, 2026"),
                 denial_category="with a step therapy requirement",
                 plan_type="Meridian Crest Rx (PDP), a Medicare prescription drug plan",
                 urgent="We made this decision on an expedited (fast) basis"),
    note="FICTIONAL: invented enrollee, plan, prescriber and numbers. Part D (PDP) expedited coverage "
         "determination denying an augmenting antipsychotic for step therapy (aripiprazole first); urgent. A "
         "phone photo taken through a cracked camera-lens cover: thin bright cracks across the frame with a "
         "small shifted band along each, a streak of flare and a little haze; the page on a grey tabletop. "
         "Window stated: 65 days from the notice date. Traps: date of birth, request received 11/29/2026 "
         "4:12 p.m., Rx BIN/PCN/group, 7 days and 72 hours, the IRE. No service dates or codes are printed.",
)

# ---------------------------------------------------------------------------------------------- 06
case(
    num="06", slug="fehb-tms-session-limit-word-nested-table", lang="en",
    kind="docx", ext="docx",
    style=dict(face="Cambria", size=10.5, footer="FICTIONAL SAMPLE - invented enrollee, family, plan and numbers."),
    blocks=[
        ("letterhead", "Chesapeake Civil Service Health Benefit Plan",
         ["A health benefits plan for federal employees and annuitants under the FEHB Program (FICTIONAL)",
          "Claims: PO Box 11920, Annapolis, MD 21404-1920  |  1-555-0171"], ["FICTIONAL SAMPLE"]),
        ("right", "November 12, 2026"),
        ("addr", ["Samuel P. Holt", "3 Seneca Court", "Rockville, MD 20850"]),
        ("p", "<b>Re: Claim no. 26-301-5589-7710 for Nadia S. Varghese-Holt</b>"),
        ("boxed", [
            ("kv", [("Enrollee:", "Samuel P. Holt"), ("Enrollee ID:", "CSH 4410 2875 01"),
                    ("Patient:", "Nadia S. Varghese-Holt (daughter)"), ("Patient ID:", "CSH 4410 2875 03"),
                    ("Claim no.:", "26-301-5589-7710"), ("Provider:", "Potomac TMS Institute"),
                    ("Date received:", "11/07/2026")], 1),
            ("table", ["Date of service", "Code", "Session", "Billed", "Paid", "Reason"],
             [["11/02/2026", "90868", "31", "$325.00", "$0.00", "CO-119"],
              ["11/03/2026", "90868", "32", "$325.00", "$0.00", "CO-119"],
              ["11/04/2026", "90868", "33", "$325.00", "$0.00", "CO-119"],
              ["11/05/2026", "90868", "34", "$325.00", "$0.00", "CO-119"]]),
            ("p", "Diagnosis billed: F32.2"),
        ], "Claim summary"),
        ("p", "Dear Mr. Holt:"),
        ("p", "We have processed the claim for transcranial magnetic stimulation (TMS) that your daughter "
              "received from Potomac TMS Institute. We did not pay the four sessions listed above."),
        ("p", "<b>Why.</b> Section 5(a) of our 2026 brochure limits TMS to 30 treatment sessions per calendar "
              "year. Our records show 30 sessions paid between 09/21/2026 and 10/30/2026 on claims "
              "26-266-4410-0021 and 26-289-4410-0057, so sessions 31 to 34 are over the limit (CO-119: benefit "
              "maximum reached). We did not review whether these sessions were medically necessary. You may ask "
              "for a free copy of the brochure section and of the records we used."),
        ("p", "<b>Your right to ask us to reconsider.</b> If you disagree, you may ask us in writing to "
              "reconsider within 6 months from the date of this letter. Include this letter and any records "
              "(for example, your doctor's statement that more sessions are needed). Write to:"),
        ("addr", ["Chesapeake Civil Service Health Benefit Plan", "Reconsideration Unit",
                  "2500 Severn Avenue, Mail Stop 4C", "Annapolis, MD 21403"]),
        ("p", "We will answer within 30 days. If we affirm our decision, or do not answer in time, you may ask "
              "the U.S. Office of Personnel Management (OPM) to review it within 90 days of our reply. Do not "
              "send your request for reconsideration to the claims PO box above."),
        ("p", "Sincerely,<br/>Claims Review, Chesapeake Civil Service Health Benefit Plan"),
    ],
    key=dict(patient_name="Nadia S. Varghese-Holt", member_id="CSH 4410 2875 03", claim_number="26-301-5589-7710",
             notice_date="2026-11-12", service_dates=["2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05"],
             procedure_codes=["90868"], diagnosis_codes=["F32.2"], carc_codes=["CO-119"],
             denial_category="other", plan_type="fehb", urgent=False,
             appeals_address="Chesapeake Civil Service Health Benefit Plan, Reconsideration Unit, "
                             "2500 Severn Avenue, Mail Stop 4C, Annapolis, MD 21403"),
    deadline=("months", 6, "within 6 months from the date of this letter"),
    anchors=dict(notice_date=("November 12, 2026 Samuel P. Holt", "November 12, 2026"),
                 service_dates=["11/02/2026", "11/03/2026", "11/04/2026", "11/05/2026"],
                 denial_category="CO-119: benefit maximum reached",
                 plan_type="under the FEHB Program"),
    note="FICTIONAL: invented enrollee, daughter, plan, provider and numbers. FEHB carrier's letter to the "
         "enrollee about his adult daughter's TMS sessions 31-34 (90868) over the brochure's 30-session yearly "
         "limit (CO-119, keyed other as the conventions do for a benefit maximum). Word file: letterhead in the "
         "page header, dateline right-aligned, the claim summary a boxed cell holding a nested label table and "
         "a nested service table. Window stated: 6 months from the letter's date (calendar months). Traps: the "
         "enrollee (addressee) and his ID, date received, the 30 paid sessions' date range and claim numbers, "
         "30 days, OPM's 90 days, the claims PO box.",
)

# ---------------------------------------------------------------------------------------------- 07
case(
    num="07", slug="medicaid-mco-ketamine-not-covered-document-camera-4k", lang="en",
    kind="image", device="doc_camera", ext="jpg",
    style=dict(face="dejavu", size=9.2, page="letter", margin=0.7, tint="#dcebe0",
               footer=FICT_EN + "  Page {page}"),
    blocks=[
        ("letterhead", "Cuyahoga Valley Community Health Plan",
         ["An Ohio Medicaid managed care plan (FICTIONAL)", "Correspondence: PO Box 94520, Cleveland, OH 44101-4520",
          "Member Services 1-555-0176 (TTY 711)"], ["FICTIONAL SAMPLE", "Notice #: NABD-26-118842"]),
        ("title", "Notice of Adverse Benefit Determination"),
        ("kv", [("Date of this notice:", "November 25, 2026"), ("Member:", "Jerome T. Waddell"),
                ("Member ID:", "CVC 661 8204"), ("Date of birth:", "04/09/1987"),
                ("Claim number:", "2633007781-0"), ("Claim received:", "11/16/2026"),
                ("Provider:", "Lakefront Ketamine &amp; Wellness, LLC"), ("County case no.:", "2207159")], 2),
        ("p", "We denied payment for the services listed below."),
        ("table", ["Date of service", "Code", "Service", "Billed", "Status", "Reason code"],
         [["11/03/2026", "96365", "IV infusion, first hour", "$550.00", "Denied", "CO-204"],
          ["11/03/2026", "J3490", "drug without its own code (ketamine)", "$140.00", "Denied", "CO-204"],
          ["11/10/2026", "96365", "IV infusion, first hour", "$550.00", "Denied", "CO-204"],
          ["11/10/2026", "J3490", "drug without its own code (ketamine)", "$140.00", "Denied", "CO-204"]],
         {"widths": [0.15, 0.09, 0.36, 0.12, 0.11, 0.17]}),
        ("p", "Diagnoses on the claim: F33.2, F41.1"),
        ("h", "Why we made this decision"),
        ("p", "Intravenous ketamine for depression is not a covered benefit of the Ohio Medicaid program, and "
              "our plan covers the services in the state's Medicaid benefit package. CO-204 means the service is "
              "not covered under your benefit plan. This is a decision about what the benefit package includes, "
              "not about your medical need. You may ask for a free copy of the rules and records we used."),
        ("h", "Your right to appeal"),
        ("p", "If you disagree, you or someone you name can ask us for an appeal. You must ask within 60 "
              "calendar days from the date on this notice. Call 1-555-0176, fax 1-555-0177, or mail your appeal "
              "to the Appeals Department (not the PO Box above):"),
        ("addr", ["Cuyahoga Valley Community Health Plan", "Appeals Department", "1900 East Ninth Street, 12th Floor",
                  "Cleveland, OH 44114"]),
        ("p", "We will decide within 30 calendar days. This notice is about payment for care you already "
              "received, so there are no services to continue during the appeal (for services you are getting "
              "now, you would have to ask within 10 days to keep them). If we uphold our decision, you may ask "
              "for a state hearing within 120 calendar days from the date of our appeal decision."),
    ],
    key=dict(patient_name="Jerome T. Waddell", member_id="CVC 661 8204", claim_number="2633007781-0",
             notice_date="2026-11-25", service_dates=["2026-11-03", "2026-11-10"],
             procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2", "F41.1"], carc_codes=["CO-204"],
             denial_category="not_covered", plan_type="medicaid", urgent=False,
             appeals_address="Cuyahoga Valley Community Health Plan, Appeals Department, "
                             "1900 East Ninth Street, 12th Floor, Cleveland, OH 44114"),
    deadline=("days", 60, "within 60 calendar days from the date on this notice"),
    anchors=dict(notice_date=("Date of this notice: November 25, 2026", "November 25, 2026"),
                 service_dates=["11/03/2026", "11/10/2026"],
                 denial_category="is not a covered benefit of the Ohio Medicaid program",
                 plan_type="An Ohio Medicaid managed care plan"),
    note="FICTIONAL: invented member, plan, clinic and numbers. Medicaid managed care notice of adverse benefit "
         "determination: IV ketamine (96365, J3490) on two days denied as not a covered benefit (CO-204). A "
         "frame from a clinic's 4K overhead document camera (3840 x 2160): the page portrait in a landscape "
         "frame on a dark mat, the ring light's reflection on the paper, slight barrel distortion and sensor "
         "noise, the camera's time stamp burned into a corner. Window stated: 60 calendar days from the notice "
         "date. Traps: notice no., date of birth, claim received, county case no., correspondence PO box, 30 "
         "days, 10 days to keep services, 120 days for the state hearing, the camera's time stamp.",
)

# ---------------------------------------------------------------------------------------------- 08

def build_08(path):
    css = textwrap.dedent("""\
        body{font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d2733;margin:0}
        header{background:#0b4f6c;color:#fff;padding:10px 24px;display:flex;justify-content:space-between}
        nav a{color:#fff;margin-right:16px;text-decoration:none}
        main{display:grid;grid-template-columns:240px 1fr;gap:24px;padding:16px 24px}
        aside{border-right:1px solid #ccd;padding-right:16px;font-size:13px}
        table{border-collapse:collapse;width:100%;margin:8px 0 16px}
        th,td{border:1px solid #b9c3cc;padding:4px 8px;text-align:left}
        th{background:#e4edf3}
        .facts{display:grid;grid-template-columns:200px 1fr;row-gap:4px}
        .facts div:nth-child(odd){font-weight:bold}
        .letter{border:1px solid #b9c3cc;padding:12px 16px;background:#fbfcfd}
        .modal{position:fixed;top:30%;left:30%;background:#fff;border:2px solid #333;padding:20px}
        @media print{nav,.noprint{display:none}}
        """)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Claim C-2026-1104-55193 | Bluebonnet Exchange Health member portal (FICTIONAL)</title>
<style>{css}</style>
<script>window.portalSession = {{member: "BXH8825014702", timeout: 900}};</script>
</head><body>
<header><div><strong>Bluebonnet Exchange Health</strong> &middot; Member portal &middot; FICTIONAL SAMPLE</div>
<div>Signed in as PRIYA RAMASWAMY-COLE &middot; Printed 12/03/2026 8:15 PM</div></header>
<nav class="noprint"><a href="#">Home</a><a href="#">Claims</a><a href="#">Benefits</a><a href="#">Messages</a></nav>
<main>
<aside>
<h3>Recent messages</h3>
<p>11/21/2026 &mdash; New document: decision letter for claim C-2026-1104-55193</p>
<p>11/18/2026 &mdash; Your December premium is due 12/01/2026</p>
<h3>Help</h3>
<p>Member Services 1-555-0133<br>portal.bluebonnet.example</p>
</aside>
<section>
<h2>Claims</h2>
<table>
<tr><th>Claim</th><th>Member</th><th>Dates</th><th>Provider</th><th>Status</th><th>You may owe</th></tr>
<tr><td>C-2026-1118-60312</td><td>Arjun Cole (dependent)</td><td>11/18/2026</td><td>Hill Country Pediatrics</td><td>Paid</td><td>$25.00</td></tr>
<tr><td>C-2026-1104-55193</td><td>Priya Ramaswamy-Cole</td><td>11/02/2026 - 11/06/2026</td><td>Riverbend Neuromodulation Clinic</td><td>Denied</td><td>$0.00</td></tr>
<tr><td>C-2026-1009-41877</td><td>Priya Ramaswamy-Cole</td><td>10/09/2026</td><td>Riverbend Neuromodulation Clinic</td><td>Paid</td><td>$40.00</td></tr>
</table>
<h2>Claim details: C-2026-1104-55193</h2>
<div class="facts">
<div>Member</div><div>Priya Ramaswamy-Cole</div>
<div>Member ID</div><div>BXH8825014702</div>
<div>Plan</div><div>Bluebonnet Silver 70 HMO, an individual plan bought through the Health Insurance Marketplace (HealthCare.gov)</div>
<div>Provider</div><div>Riverbend Neuromodulation Clinic</div>
<div>Claim received</div><div>11/09/2026</div>
<div>Decision letter date</div><div>11/20/2026</div>
<div>Diagnosis</div><div>F33.2</div>
</div>
<table>
<tr><th>Date of service</th><th>Code</th><th>Units</th><th>Billed</th><th>Allowed</th><th>Status</th><th>Reason</th></tr>
<tr><td>11/02/2026</td><td>90867</td><td>1</td><td>$480.00</td><td>$0.00</td><td>Denied</td><td>CO-55</td></tr>
<tr><td>11/02/2026</td><td>90868</td><td>9</td><td>$2,475.00</td><td>$0.00</td><td>Denied</td><td>CO-55</td></tr>
<tr><td>11/03/2026</td><td>90868</td><td>10</td><td>$2,750.00</td><td>$0.00</td><td>Denied</td><td>CO-55</td></tr>
<tr><td>11/04/2026</td><td>90868</td><td>10</td><td>$2,750.00</td><td>$0.00</td><td>Denied</td><td>CO-55</td></tr>
<tr><td>11/05/2026</td><td>90868</td><td>10</td><td>$2,750.00</td><td>$0.00</td><td>Denied</td><td>CO-55</td></tr>
<tr><td>11/06/2026</td><td>90868</td><td>10</td><td>$2,750.00</td><td>$0.00</td><td>Denied</td><td>CO-55</td></tr>
</table>
<h2>Decision letter</h2>
<div class="letter">
<p>Dear Priya Ramaswamy-Cole,</p>
<p>We denied this claim. Accelerated TMS, in which many sessions are given each day over a few days (such as the
50-session, five-day course on this claim), is considered experimental or investigational under our medical
policy BXH-PSY-041: the evidence does not yet show that it works as well as standard once-daily TMS. Reason code
CO-55 means the plan considers the treatment experimental or investigational. You may ask for the policy and the
records we used, free of charge.</p>
<p><strong>Your appeal rights.</strong> You must file your internal appeal by May 19, 2027 (180 days from the
decision letter date). Mail it to Bluebonnet Exchange Health, Attn: Internal Appeals, PO Box 201977, Austin, TX
78720-1977, or fax it to 1-555-0134. We will decide within 60 days. If your health could be seriously harmed by
waiting, ask for an expedited appeal. After our final decision you may ask for an external review within 4
months.</p>
<p>FICTIONAL SAMPLE: invented member, plan, clinic and numbers.</p>
</div>
<p class="noprint"><button>Start an appeal</button> <button>Download EOB (PDF)</button></p>
</section>
</main>
<div class="modal" hidden><p>Your session will expire in 2 minutes. Claim C-2026-0000-00000 draft not saved.</p></div>
<footer><p>portal.bluebonnet.example/claims/C-2026-1104-55193 &middot; page 1 of 1 &middot; FICTIONAL SAMPLE</p></footer>
</body></html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)


case(
    num="08", slug="marketplace-accelerated-tms-experimental-saved-portal-page", lang="en",
    kind="html", ext="html", build=build_08,
    key=dict(patient_name="Priya Ramaswamy-Cole", member_id="BXH8825014702", claim_number="C-2026-1104-55193",
             notice_date="2026-11-20",
             service_dates=["2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06"],
             procedure_codes=["90867", "90868"], diagnosis_codes=["F33.2"], carc_codes=["CO-55"],
             denial_category="experimental_investigational", plan_type="individual_aca", urgent=False,
             appeals_address="Bluebonnet Exchange Health, Attn: Internal Appeals, PO Box 201977, Austin, TX "
                             "78720-1977"),
    deadline=("date", "2027-05-19", "You must file your internal appeal by May 19, 2027"),
    anchors=dict(notice_date=("Decision letter date 11/20/2026", "11/20/2026"),
                 service_dates=["11/02/2026", "11/03/2026", "11/04/2026", "11/05/2026", "11/06/2026"],
                 denial_category="is considered experimental or investigational",
                 plan_type="an individual plan bought through the Health Insurance Marketplace"),
    note="FICTIONAL: invented member, son, plan, clinic and numbers. A Marketplace member portal's claim page "
         "saved from the browser as .html: a claims list (the son's paid claim, the member's earlier paid "
         "claim) over the detail of the denied claim, an accelerated TMS course (90867, 90868 on five days) "
         "denied as experimental or investigational (CO-55), with the decision letter's text. Facts in a CSS "
         "grid of label and value cells; a hidden session modal with another claim number; a script. Deadline "
         "stated as a date (May 19, 2027, 180 days from the letter). Traps: print date 12/03/2026, the "
         "sidebar's message dates (11/21, 11/18, 12/01), claim received 11/09/2026, the list's other claims "
         "and the range 11/02/2026 - 11/06/2026, 60 days, 4 months.",
)

# ---------------------------------------------------------------------------------------------- 09

def build_09(path):
    from email.message import EmailMessage
    from email.utils import formataddr
    msg = EmailMessage()
    msg["From"] = formataddr(("Ridgeback University Student Health Insurance Plan", "no-reply@ridgebackshp.example"))
    msg["To"] = "tomas.eberhardt-lin@students.ridgeback.example"
    msg["Date"] = "Tue, 01 Dec 2026 07:02:11 -0600"
    msg["Subject"] = "You have 2 new claim documents (claim 7718 2260 4419)"
    msg["Message-ID"] = "<20261201070211.4419@ridgebackshp.example>"
    plain = textwrap.dedent("""\
        FICTIONAL SAMPLE - invented student, plan, provider and numbers.

        Hello Tomás,

        Two claims on your Ridgeback University Student Health Insurance Plan were processed. Sign in at
        ridgebackshp.example to see them, or read them below.

        ---------------------------------------------------------------
        DOCUMENT 1 OF 2 - CLAIM 7718 2260 3391 - PAID
        ---------------------------------------------------------------
        Date of service 09/15/2026, code 90837, Hana Wexler, PsyD (in network).
        Plan paid $118.40. You owe $20.00 (copay).

        ---------------------------------------------------------------
        DOCUMENT 2 OF 2 - NOTICE OF ADVERSE BENEFIT DETERMINATION
        ---------------------------------------------------------------
        Notice date:      November 30, 2026
        Member:           Tomás Eberhardt-Lin
        Member ID:        RUS-26-048815
        Policy period:    08/15/2025 - 08/14/2026
        Claim number:     7718 2260 4419
        Provider:         Prairie Gate Counseling, LLC
        Claim received:   10/27/2026

        Date of service   Code    Billed     Paid    Reason
        03/10/2026        90837   $190.00    $0.00   CO-29
        03/17/2026        90837   $190.00    $0.00   CO-29
        03/24/2026        90837   $190.00    $0.00   CO-29
        Diagnosis: F41.1

        Why we denied this claim: the plan must receive a claim within 180 days after the date of service
        (policy section 7.2). This claim reached us on October 27, 2026, more than 180 days after the last
        date of service. CO-29: the time limit for filing has expired. If the claim was sent on time, send
        proof, such as a clearinghouse acceptance report dated before 09/20/2026.

        The Ridgeback University Student Health Insurance Plan is a student health insurance plan, a type of
        individual health insurance coverage, underwritten by Corvid Life & Health Insurance Co.

        Your right to appeal: You have 180 days from the date you receive this notice to file an appeal.
        Mail or fax your appeal to:
            Corvid Life & Health Insurance Co.
            Student Plan Appeals
            PO Box 7450
            Madison, WI 53707-7450
            Fax 1-555-0184
        We will decide within 60 days. After our final decision you may ask for an external review within
        4 months. Questions: 1-555-0183.

        Please do not reply to this e-mail; this mailbox is not monitored.
        """)
    rows = "".join(
        f"<tr><td>{dte}</td><td>90837</td><td>$190.00</td><td>$0.00</td><td>CO-29</td></tr>"
        for dte in ("03/10/2026", "03/17/2026", "03/24/2026"))
    html_body = f"""<!DOCTYPE html><html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<p style="color:#888">FICTIONAL SAMPLE - invented student, plan, provider and numbers.</p>
<p>Hello Tomás,</p>
<p>Two claims on your Ridgeback University Student Health Insurance Plan were processed. Sign in at
ridgebackshp.example to see them, or read them below.</p>
<h3 style="background:#e8f0e8;padding:4px">Document 1 of 2 &middot; Claim 7718 2260 3391 &middot; Paid</h3>
<p>Date of service 09/15/2026, code 90837, Hana Wexler, PsyD (in network). Plan paid $118.40. You owe $20.00 (copay).</p>
<h3 style="background:#f3e3e3;padding:4px">Document 2 of 2 &middot; Notice of adverse benefit determination</h3>
<table style="border-collapse:collapse">
<tr><td><b>Notice date:</b></td><td>November 30, 2026</td></tr>
<tr><td><b>Member:</b></td><td>Tomás Eberhardt-Lin</td></tr>
<tr><td><b>Member ID:</b></td><td>RUS-26-048815</td></tr>
<tr><td><b>Policy period:</b></td><td>08/15/2025 - 08/14/2026</td></tr>
<tr><td><b>Claim number:</b></td><td>7718 2260 4419</td></tr>
<tr><td><b>Provider:</b></td><td>Prairie Gate Counseling, LLC</td></tr>
<tr><td><b>Claim received:</b></td><td>10/27/2026</td></tr>
</table>
<table border="1" style="border-collapse:collapse;margin-top:8px">
<tr><th>Date of service</th><th>Code</th><th>Billed</th><th>Paid</th><th>Reason</th></tr>{rows}
</table>
<p>Diagnosis: F41.1</p>
<p><b>Why we denied this claim:</b> the plan must receive a claim within 180 days after the date of service
(policy section 7.2). This claim reached us on October 27, 2026, more than 180 days after the last date of
service. CO-29: the time limit for filing has expired. If the claim was sent on time, send proof, such as a
clearinghouse acceptance report dated before 09/20/2026.</p>
<p>The Ridgeback University Student Health Insurance Plan is a student health insurance plan, a type of
individual health insurance coverage, underwritten by Corvid Life &amp; Health Insurance Co.</p>
<p><b>Your right to appeal:</b> You have 180 days from the date you receive this notice to file an appeal.
Mail or fax your appeal to:<br>Corvid Life &amp; Health Insurance Co.<br>Student Plan Appeals<br>PO Box 7450<br>
Madison, WI 53707-7450<br>Fax 1-555-0184</p>
<p>We will decide within 60 days. After our final decision you may ask for an external review within 4 months.
Questions: 1-555-0183.</p>
<p style="color:#888">Please do not reply to this e-mail; this mailbox is not monitored.</p>
</body></html>"""
    msg.set_content(plain, charset="utf-8", cte="quoted-printable")
    msg.add_alternative(html_body, subtype="html", charset="utf-8", cte="quoted-printable")
    with open(path, "wb") as f:
        f.write(bytes(msg))


case(
    num="09", slug="student-plan-psychotherapy-timely-filing-eml-two-documents", lang="en",
    kind="eml", ext="eml", build=build_09,
    key=dict(patient_name="Tomás Eberhardt-Lin", member_id="RUS-26-048815", claim_number="7718 2260 4419",
             notice_date="2026-11-30", service_dates=["2026-03-10", "2026-03-17", "2026-03-24"],
             procedure_codes=["90837"], diagnosis_codes=["F41.1"], carc_codes=["CO-29"],
             denial_category="timely_filing", plan_type="individual_aca", urgent=False,
             appeals_address="Corvid Life & Health Insurance Co., Student Plan Appeals, PO Box 7450, Madison, "
                             "WI 53707-7450"),
    deadline=("days", 180, "You have 180 days from the date you receive this notice to file an appeal"),
    anchors=dict(notice_date=("Notice date: November 30, 2026", "November 30, 2026"),
                 service_dates=["03/10/2026", "03/17/2026", "03/24/2026"],
                 denial_category="the time limit for filing has expired",
                 plan_type="a type of individual health insurance coverage"),
    note="FICTIONAL: invented student, plan, insurer, providers and numbers. A student health plan's e-mail "
         "(multipart/alternative, plain and HTML, quoted-printable UTF-8) carrying two documents: a paid claim "
         "first (another claim number, 09/15/2026, 90837), then the notice denying three psychotherapy sessions "
         "(90837) filed after the 180-day filing limit (CO-29, timely filing). Window stated: 180 days from "
         "receipt (counted from the notice date). Traps: the e-mail's Date (1 Dec), the paid claim, policy "
         "period, claim received 10/27/2026, the 180-day filing limit (not the appeal window), proof dated "
         "before 09/20/2026, 60 days, 4 months.",
)

# ---------------------------------------------------------------------------------------------- 10

def build_10(path):
    W = 78
    sep = "=" * W

    def head(page):
        left = "COVENANT SHEPHERD BENEFITS BOARD"
        right = "RUN DATE 11/17/2026 02:14"
        l2 = "HEALTH PLAN FOR CLERGY AND LAY EMPLOYEES"
        r2 = f"PAGE {page} OF 2"
        return [left + " " * (W - len(left) - len(right)) + right,
                l2 + " " * (W - len(l2) - len(r2)) + r2,
                "Claims Service Center, PO Box 2210, New Britain, CT 06050   1-555-0141",
                "*** FICTIONAL SAMPLE - INVENTED PEOPLE, PLAN, PROVIDER AND NUMBERS ***", sep]

    def wrap(t):
        return textwrap.wrap(t, W)

    lines = head(1) + [
        "LETTER DATE ........: 11/16/2026",
        "PARTICIPANT ........: Rev. Anders Holmqvist      ID: CSB-440918",
        "PATIENT ............: Maren Holmqvist (spouse)   ID: CSB-440918-S",
        "CLAIM NUMBER .......: 2026-10-5538-1",
        "PROVIDER ...........: Harbor Light Psychiatry, PC",
        "RECEIVED ...........: 10/30/2026",
        sep, "",
        "Rev. Anders Holmqvist",
        "41 Chapel Hill Road",
        "Middletown, CT 06457", "",
        "Dear Rev. Holmqvist:", "",
    ] + wrap("We processed the claim above for care your wife, Maren Holmqvist, received. The Plan did not "
             "pay the lines below.") + [
        "",
        "DATE OF SVC  CODE   UNITS  BILLED      ALLOWED  PAID    ADJ     STATUS",
        "-----------  -----  -----  ----------  -------  ------  ------  ------",
        "10/13/2026   J0013     84  $1,428.00     $0.00   $0.00  CO-197  DENIED",
        "10/13/2026   99415      1    $180.00     $0.00   $0.00  CO-197  DENIED",
        "10/13/2026   99416      2    $190.00     $0.00   $0.00  CO-197  DENIED",
        "10/16/2026   J0013     84  $1,428.00     $0.00   $0.00  CO-197  DENIED",
        "10/16/2026   99415      1    $180.00     $0.00   $0.00  CO-197  DENIED",
        "10/16/2026   99416      2    $190.00     $0.00   $0.00  CO-197  DENIED",
        "DIAGNOSIS: F33.2", "",
        "REASON:",
    ] + wrap("Esketamine nasal spray (Spravato) and the observation time billed with it must be precertified "
             "under the Plan (Plan Document, Article 6.4). The Plan has no precertification on file for these "
             "dates. CO-197: precertification or authorization was absent. Your provider may ask for a "
             "retrospective authorization within 60 days of this letter; that request is not an appeal.") + [
        "", "\f"] + head(2) + [
        "YOUR RIGHT TO APPEAL", "",
    ] + wrap("The Plan is a church plan as defined in section 3(33) of ERISA and has not elected to be covered by "
             "ERISA. Its claims and appeals procedures are in the Plan Document, Article 11.") + [""] + wrap(
        "You may appeal within 180 days after you receive this letter. Send your written appeal, with a copy of "
        "this letter and any records, to:") + [
        "",
        "    Covenant Shepherd Benefits Board",
        "    Health Plan Appeals Committee",
        "    88 Cathedral Square, Suite 300",
        "    Hartford, CT 06103", "",
    ] + wrap("Do not send appeals to the Claims Service Center in New Britain. The Committee meets monthly and "
             "will decide within 60 days of receiving your appeal. If the care is urgent, call 1-555-0142 and ask "
             "for an expedited review. After a final decision you may ask for an independent external review "
             "within 4 months.") + ["", "Claims Service Center", "Covenant Shepherd Benefits Board", sep,
                                     "END OF LETTER - FICTIONAL SAMPLE"]
    with open(path, "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("utf-8"))


case(
    num="10", slug="church-plan-spravato-no-precert-report-text", lang="en",
    kind="txt", ext="txt", build=build_10,
    key=dict(patient_name="Maren Holmqvist", member_id="CSB-440918-S", claim_number="2026-10-5538-1",
             notice_date="2026-11-16", service_dates=["2026-10-13", "2026-10-16"],
             procedure_codes=["J0013", "99415", "99416"], diagnosis_codes=["F33.2"], carc_codes=["CO-197"],
             denial_category="prior_authorization", plan_type="church", urgent=False,
             appeals_address="Covenant Shepherd Benefits Board, Health Plan Appeals Committee, "
                             "88 Cathedral Square, Suite 300, Hartford, CT 06103"),
    deadline=("days", 180, "You may appeal within 180 days after you receive this letter"),
    anchors=dict(notice_date=("LETTER DATE ........: 11/16/2026", "11/16/2026"),
                 service_dates=["10/13/2026", "10/16/2026"],
                 denial_category="must be precertified under the Plan",
                 plan_type="The Plan is a church plan"),
    note="FICTIONAL: invented clergy family, plan, provider and numbers. A church plan (not under ERISA) letter "
         "printed by a claims system as plain text (CRLF, 78 columns, a form feed and a repeated run header "
         "between its two pages, dotted labels): the participant's wife's Spravato sessions (J0013, 99415, "
         "99416) on two days denied for no precertification (CO-197). Window stated: 180 days after receipt. "
         "Traps: RUN DATE 11/17/2026 02:14, the participant's name and ID (addressee), received 10/30/2026, the "
         "60-day retrospective authorization (not an appeal), the Claims Service Center's PO box, 60 days, 4 "
         "months.",
)

# ---------------------------------------------------------------------------------------------- 11
case(
    num="11", slug="self-funded-tpa-radiofrequency-modifier-landscape-eob-pdf", lang="en",
    kind="pdf", ext="pdf",
    style=dict(face="condensed", size=9.5, page="landscape", margin=0.6, tint="#f0e6d8",
               footer=FICT_EN + "  Page {page}"),
    blocks=[
        ("letterhead", "Millrace Benefit Administrators, Inc.",
         ["Third-party administrator for self-funded employer health plans (FICTIONAL)",
          "Claims: PO Box 5100, Boise, ID 83705-0100  |  1-555-0188  |  millrace.example"],
         ["<b>EXPLANATION OF BENEFITS</b>", "FICTIONAL SAMPLE"]),
        ("kv", [("Plan:", "Hollister Valley Foods Employee Health Plan"), ("EOB date:", "11/24/2026"),
                ("Plan sponsor:", "Hollister Valley Foods, Inc."), ("Claim:", "MBA-26-44817-02"),
                ("Employee:", "Gwendolyn Ashby-Noor"), ("Member ID:", "HVF 20871 5530"),
                ("Patient:", "Gwendolyn Ashby-Noor (self)"), ("Received:", "11/12/2026"),
                ("Provider:", "Snake River Spine &amp; Pain Center"), ("Provider check/EFT no.:", "000-88412")], 2),
        ("table", ["Date", "Service", "Code", "Modifier", "Billed", "Allowed", "Paid", "Adj.", "Remark"],
         [["10/21/2026", "nerve destruction by heat, lumbar facet, first level", "64635", "(none)", "$2,400.00",
           "$0.00", "$0.00", "CO-4", "M2"],
          ["10/21/2026", "same, each further level", "64636", "(none)", "$1,100.00", "$0.00", "$0.00", "CO-4",
           "M2"]],
         {"widths": [0.09, 0.3, 0.07, 0.08, 0.1, 0.08, 0.08, 0.08, 0.07]}),
        ("p", "Diagnosis: M47.816"),
        ("p", "<b>Why this claim was denied.</b> The claim does not show whether the procedure was done on one "
              "side or both. A procedure on both sides must be billed with modifier 50 (or RT and LT on separate "
              "lines). CO-4: the procedure code is inconsistent with the modifier used, or a required modifier "
              "is missing. The provider may send a corrected claim to the claims PO Box 5100; a corrected claim "
              "is not an appeal."),
        ("boxed", [
            ("table", ["Claim", "Patient", "Date", "Code", "Billed", "Paid", "Adj.", "Status"],
             [["MBA-26-43990-01", "Gwendolyn Ashby-Noor", "09/30/2026", "99204", "$310.00", "$0.00", "PR-1",
               "Paid to deductible"]], {"widths": [0.15, 0.19, 0.12, 0.08, 0.11, 0.09, 0.08, 0.14]}),
        ], "Also processed this period (for your records)"),
        ("p", "<b>Your appeal rights.</b> The Plan is a self-funded group health plan sponsored by your employer "
              "and governed by ERISA; Millrace processes its claims but does not insure them. You may appeal "
              "this decision. The time limit for filing an appeal and the full procedure are in your Summary "
              "Plan Description (SPD). Send appeals to: Hollister Valley Foods Employee Health Plan, c/o "
              "Millrace Benefit Administrators, Appeals Unit, PO Box 5150, Boise, ID 83705-0150. You have the "
              "right to bring a civil action under section 502(a) of ERISA after the appeal, and to ask for an "
              "external review within 4 months of a final internal denial."),
    ],
    key=dict(patient_name="Gwendolyn Ashby-Noor", member_id="HVF 20871 5530", claim_number="MBA-26-44817-02",
             notice_date="2026-11-24", service_dates=["2026-10-21"], procedure_codes=["64635", "64636"],
             diagnosis_codes=["M47.816"], carc_codes=["CO-4"], denial_category="coding_billing",
             plan_type="employer_erisa", urgent=False,
             appeals_address="Hollister Valley Foods Employee Health Plan, c/o Millrace Benefit Administrators, "
                             "Appeals Unit, PO Box 5150, Boise, ID 83705-0150"),
    deadline=("rule", "employer_erisa"),
    anchors=dict(notice_date=("EOB date: 11/24/2026", "11/24/2026"), service_dates=["10/21/2026"],
                 denial_category="a required modifier is missing",
                 plan_type="self-funded group health plan sponsored by your employer and governed by ERISA"),
    note="FICTIONAL: invented member, employer, TPA, provider and numbers. A TPA's landscape EOB (text PDF) for a "
         "self-funded employer plan: lumbar facet radiofrequency ablation (64635, 64636) denied because no "
         "side modifier was billed (CO-4, coding); a boxed table below lists another claim paid to the "
         "deductible. No window stated (the SPD): the ERISA rule, 180 days from the notice date. Traps: the "
         "provider's check/EFT number, received 11/12/2026, the remark code M2, the paid claim's number, date, "
         "99204 and PR-1, the claims PO box for corrected claims, 4 months.",
)

# ---------------------------------------------------------------------------------------------- 12
case(
    num="12", slug="school-employees-trust-ketamine-crps-final-decision-clip-binder-scan", lang="en",
    kind="image", device="binder_scan", ext="pdf",
    style=dict(face="serif", size=10.5, page="letter", margin=0.85, tint="#ececec",
               footer=FICT_EN + "  Page {page} of 2"),
    blocks=[
        ("letterhead", "Lakes Region School Employees' Health Trust",
         ["A governmental plan for public school employees (FICTIONAL)",
          "Benefits Office: 9 Academy Street, Laconia, NH 03246  |  1-555-0191"],
         ["<b>FINAL INTERNAL APPEAL DECISION</b>", "FICTIONAL SAMPLE"]),
        ("right", "Decision date: November 20, 2026"),
        ("addr", ["Corinne A. Delacroix-Haynes", "14 Weirs Boulevard", "Laconia, NH 03246"]),
        ("spacer", 4),
        ("kv", [("Member:", "Corinne A. Delacroix-Haynes"), ("Member ID:", "LRS-0301-5509"),
                ("Claim number:", "2026 0914 7712"), ("Appeal number:", "LRA-26-0331"),
                ("Provider:", "Lakes Region Pain &amp; Infusion"), ("Diagnosis:", "G90.521"),
                ("First denial:", "09/28/2026"), ("Appeal received:", "10/15/2026")], 2),
        ("table", ["Date of service", "Codes billed", "Status"],
         [["09/08/2026", "96365, 96366, J3490", "denied: upheld"],
          ["09/09/2026", "96365, 96366, J3490", "denied: upheld"],
          ["09/10/2026", "96365, 96366, J3490", "denied: upheld"],
          ["09/11/2026", "96365, 96366, J3490", "denied: upheld"],
          ["09/12/2026", "96365, 96366, J3490", "denied: upheld"]],
         {"widths": [0.25, 0.45, 0.3]}),
        ("p", "Dear Ms. Delacroix-Haynes:"),
        ("p", "The Trust's Appeals Committee has reviewed your appeal of our denial of the five days of "
              "intravenous ketamine infusions listed above. The Committee upholds the denial. This is the "
              "Trust's final internal decision on this claim."),
        ("h", "Reason for the decision"),
        ("p", "Medical Policy LR-RX-112 classifies intravenous ketamine for complex regional pain syndrome as "
              "experimental or investigational: the published studies are small and short, and the policy "
              "finds their results too uncertain to show a lasting benefit. A board-certified pain medicine "
              "physician who took no part in the first decision reviewed your records and the studies you sent "
              "and agreed. You may ask for copies of the policy, the reviewer's report and all documents "
              "relevant to your claim, free of charge."),
        ("pagebreak",),
        ("h", "Your right to an external review"),
        ("p", "You may ask for an independent external review of this decision by a reviewer who does not work "
              "for the Trust. You must ask within four months after the date you receive this notice. Send "
              "your request, with this letter, to:"),
        ("addr", ["Harbormaster Independent Review", "External Review Coordinator",
                  "77 Loon Pond Road, Suite 5", "Meredith, NH 03253"]),
        ("p", "Do not send your external review request to the Benefits Office. If your doctor certifies that "
              "waiting could seriously jeopardize your health, ask for an expedited external review by calling "
              "1-555-0193."),
        ("p", "Your internal appeal had to be filed within 180 days of the first notice; that step is complete. "
              "The Trust is a governmental plan, so ERISA does not apply to it; you may also have rights under "
              "state law."),
        ("p", "Sincerely,<br/>Appeals Committee, Lakes Region School Employees' Health Trust"),
    ],
    key=dict(patient_name="Corinne A. Delacroix-Haynes", member_id="LRS-0301-5509", claim_number="2026 0914 7712",
             notice_date="2026-11-20",
             service_dates=["2026-09-08", "2026-09-09", "2026-09-10", "2026-09-11", "2026-09-12"],
             procedure_codes=["96365", "96366", "J3490"], diagnosis_codes=["G90.521"],
             denial_category="experimental_investigational", plan_type="governmental", urgent=False,
             appeals_address="Harbormaster Independent Review, External Review Coordinator, "
                             "77 Loon Pond Road, Suite 5, Meredith, NH 03253"),
    deadline=("months", 4, "within four months after the date you receive this notice"),
    anchors=dict(notice_date=("Decision date: November 20, 2026", "November 20, 2026"),
                 service_dates=["09/08/2026", "09/09/2026", "09/10/2026", "09/11/2026", "09/12/2026"],
                 denial_category="as experimental or investigational",
                 plan_type="A governmental plan for public school employees"),
    note="FICTIONAL: invented member, trust, reviewer and numbers. A public school employees' trust "
         "(governmental plan) final internal appeal decision upholding the denial of five days of IV ketamine "
         "for CRPS of the right leg (96365, 96366, J3490; G90.521) as experimental or investigational; the next "
         "step is external review. An image-only PDF of two pages scanned at 300 dpi grey while still held in a "
         "clip binder: the left edge lifts off the glass, so lines bow and shrink toward the spine in a dark "
         "gutter, a little blur there. Window stated: external review within four months after receipt "
         "(calendar months from the notice date); the address is the review organisation's, on page 2. Traps: "
         "appeal number, first denial 09/28/2026, appeal received 10/15/2026, the spent 180 days, the Benefits "
         "Office.",
)
