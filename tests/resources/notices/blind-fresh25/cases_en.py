"""FICTIONAL set 25, English notices 01-12. Every person, plan, number and address is invented."""
FIC = "FICTIONAL SAMPLE - invented people, plans and numbers; not a real notice."

CASES = []


def add(**c):
    CASES.append(c)


# 01 ---------------------------------------------------------------------------------------------------
add(num="01", slug="employer-insured-ketamine-necessity-photo-wrinkled-paper", ext="jpg", device="wrinkled",
    lang="en", kind="pdf", font="serif", size=9.2,
    note="An insured employer (ERISA) plan's letter to the subscriber denying his wife's IV ketamine on three days "
         "as not medically necessary (CO-50). A phone photo of the page after it was crumpled and smoothed out. "
         "Window stated: 180 days after receipt. Traps: the subscriber (addressee) and his -01 ID, claim received "
         "date, DOB, the claims PO box, 72 hours, 4 months for external review, a paid visit line.",
    blocks=[
        ("h", "Larkspur Mutual Health Insurance Company"),
        ("small", "Claims Office: PO Box 40233, Columbus, OH 43240-0233  |  Member line 1-555-0131  |  larkspur.example"),
        ("small", FIC),
        ("a", ["Gideon Whitcombe", "88 Sable Ridge Court", "Dublin, OH 43017"]),
        ("kv", [("Date of notice", "November 19, 2026"), ("Subscriber", "Gideon Whitcombe, ID LMH 448120937-01"),
                ("Patient", "Marisol Whitcombe-Ferreira"), ("Patient member ID", "LMH 448120937-02"),
                ("Patient date of birth", "04/02/1984"), ("Claim number", "2026-3317-0482"),
                ("Claim received", "October 30, 2026"), ("Group", "Tesseract Freight Lines, Inc. - group 71150")]),
        ("p", "Dear Mr. Whitcombe: we reviewed the claim below for care your wife received at Quiet Harbor "
              "Infusion Center. We will not pay the infusion lines. The group health plan is an employee benefit "
              "plan under ERISA, insured by Larkspur Mutual."),
        ("t", ["Date of service", "Code", "Diagnosis", "Billed", "Paid", "Reason"],
         [["10/06/2026", "96365", "F33.2", "$410.00", "$0.00", "CO-50"],
          ["10/06/2026", "J3490", "F33.2", "$95.00", "$0.00", "CO-50"],
          ["10/08/2026", "96365", "F33.2", "$410.00", "$0.00", "CO-50"],
          ["10/13/2026", "96365", "F33.2", "$410.00", "$0.00", "CO-50"],
          ["09/29/2026", "99204", "F33.2", "$260.00", "$208.00", "PR-3 copay"]]),
        ("p", "Why we denied it: CO-50. Our medical director found the ketamine infusions not medically necessary "
              "under our clinical policy for intravenous ketamine, because the records do not show two adequate "
              "antidepressant trials at full dose. The consultation on 09/29/2026 was paid."),
        ("h", "Your right to appeal"),
        ("p", "You have 180 days after you receive this letter to ask for an appeal. If your care is urgent, ask "
              "for an expedited appeal and we will decide within 72 hours. After our final decision you may ask for "
              "an external review within 4 months. Do not send appeals to the Claims Office."),
        ("p", "Send your written appeal to:"),
        ("a", ["Larkspur Mutual Health Insurance Company", "Member Appeals Unit", "PO Box 40917",
               "Columbus, OH 43240-0917"]),
    ],
    key=dict(patient_name="Marisol Whitcombe-Ferreira", member_id="LMH 448120937-02", claim_number="2026-3317-0482",
             notice_date="2026-11-19", service_dates=["2026-10-06", "2026-10-08", "2026-10-13"],
             procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"], carc_codes=["CO-50"],
             denial_category="medical_necessity", plan_type="employer_erisa", urgent=False),
    anchors=dict(notice_date="November 19, 2026", service_dates=["10/06/2026", "10/08/2026", "10/13/2026"],
                 category="not medically necessary", plan="employee benefit plan under ERISA"),
    deadline=("days", 180, "You have 180 days after you receive this letter to ask for an appeal"),
    address=["Larkspur Mutual Health Insurance Company", "Member Appeals Unit", "PO Box 40917",
             "Columbus, OH 43240-0917"])

# 02 ---------------------------------------------------------------------------------------------------
add(num="02", slug="self-funded-tpa-tms-no-prior-auth-photocopy-scan", ext="pdf", device="photocopy_scan",
    lang="en", kind="pdf", font="sans", size=9.5,
    note="A self-funded employer plan's TPA notice denying TMS on three days for no precertification (CO-197). "
         "An image-only PDF of a third-generation photocopy (grey cast, toner speckle, the copier lid's dark edge). "
         "No window stated (the SPD): ERISA rule, 180 days. Traps: date printed, patient account, check number, "
         "a paid office visit, the TPA's correspondence office.",
    blocks=[
        ("h", "Bluestem Benefit Administrators"),
        ("small", "Third-party administrator for the Harrow Valley Manufacturing Employee Health Plan (self-funded). "
                  "Correspondence: 90 Elm Loop, Wichita, KS 67202. Phone 1-555-0144. " + FIC),
        ("kv", [("Participant / patient", "Desmond Oyelaran"), ("Member ID", "BBA-0071-55823"),
                ("Claim no.", "TP26-118-40265"), ("Date issued", "11/12/2026"), ("Date printed", "11/14/2026"),
                ("Provider", "Sunflower Neuromodulation Clinic"), ("Patient account", "88213"),
                ("Check/EFT no.", "0040178832")]),
        ("h", "Explanation of benefits"),
        ("t", ["Service date", "Procedure", "Dx", "Charge", "Plan paid", "Adj. code"],
         [["10/01/2026", "99214", "F33.1", "$180.00", "$144.00", "PR-2"],
          ["10/05/2026", "90867", "F33.1", "$525.00", "$0.00", "CO-197"],
          ["10/06/2026", "90868", "F33.1", "$310.00", "$0.00", "CO-197"],
          ["10/07/2026", "90868", "F33.1", "$310.00", "$0.00", "CO-197"]]),
        ("p", "CO-197: the plan requires precertification for transcranial magnetic stimulation and none was "
              "obtained before the treatment began. The plan is sponsored by your employer and is governed by ERISA."),
        ("p", "Also on this statement (your family): Amara Oyelaran, member ID BBA-0071-55824, claim TP26-118-40301, "
              "10/02/2026, 90791, F41.1: paid in full, nothing to appeal."),
        ("p", "Appeal rights: you may appeal this adverse benefit determination. The time limit for filing and the "
              "plan's procedures are in your Summary Plan Description, Section 9. Mail your appeal to:"),
        ("a", ["Harrow Valley Manufacturing Employee Health Plan", "c/o Bluestem Benefit Administrators",
               "Appeals Committee", "2210 Prairie Gate Road, Suite 300", "Topeka, KS 66614"]),
        ("p", "You may also have a right to an external review after the appeal. Questions: 1-555-0144."),
    ],
    key=dict(patient_name="Desmond Oyelaran", member_id="BBA-0071-55823", claim_number="TP26-118-40265",
             notice_date="2026-11-12", service_dates=["2026-10-05", "2026-10-06", "2026-10-07"],
             procedure_codes=["90867", "90868"], diagnosis_codes=["F33.1"], carc_codes=["CO-197"],
             denial_category="prior_authorization", plan_type="employer_erisa", urgent=False),
    anchors=dict(notice_date="11/12/2026", service_dates=["10/05/2026", "10/06/2026", "10/07/2026"],
                 category="requires precertification", plan="governed by ERISA"),
    deadline=("rule",),
    address=["Harrow Valley Manufacturing Employee Health Plan", "c/o Bluestem Benefit Administrators",
             "Appeals Committee", "2210 Prairie Gate Road, Suite 300", "Topeka, KS 66614"])

# 03 ---------------------------------------------------------------------------------------------------
add(num="03", slug="medicare-advantage-spravato-step-therapy-request-text-pdf", ext="pdf", device=None,
    lang="en", kind="pdf", font="serif", size=10.5,
    note="A Medicare Advantage plan's denial of a request before care: supervised esketamine (G2083; F33.2) until "
         "two other antidepressant steps are tried (step therapy). Text PDF. Window stated: 65 calendar days from "
         "the notice. Traps: the Medicare Number, request received date, the offer of a fast appeal (not urgency), "
         "the IRE, the doctor's office.",
    blocks=[
        ("h", "Silverbirch Advantage Plus (HMO) - Notice of Denial of Medical Coverage"),
        ("small", "A Medicare Advantage plan. " + FIC),
        ("kv", [("Date", "November 23, 2026"), ("Name", "Theodora Vance-Mulligan"),
                ("Member number", "SBA 90021 4471"), ("Medicare Number", "1EG4-TE5-MK72"),
                ("Request number", "PA-26-0093381"), ("Request received", "November 18, 2026"),
                ("Requested by", "Dr. Fenwick Adeyemi, Lakeshore Behavioral Associates")]),
        ("p", "We have denied the medical care your doctor asked for: esketamine nasal spray taken under "
              "supervision in the doctor's office (code G2083), for diagnosis F33.2."),
        ("p", "Why: our plan uses step therapy for this drug. Before it is covered you must first try two "
              "antidepressants from different classes and one augmentation agent. Our records show one trial."),
        ("h", "If you disagree"),
        ("p", "You have the right to ask us to change this decision. You must ask for an appeal within 65 calendar "
              "days from the date of this notice. If your doctor says waiting could seriously harm your health, ask "
              "for a fast appeal and we will answer within 72 hours. If we keep our denial, your case goes to an "
              "Independent Review Entity automatically."),
        ("p", "Mail or fax your written appeal to:"),
        ("a", ["Silverbirch Advantage Plus", "Appeals and Grievances Department", "PO Box 77310",
               "Pittsburgh, PA 15215-7310", "Fax 1-555-0156"]),
        ("p", "Member Services: 1-555-0157, TTY 711, 8 a.m. to 8 p.m."),
    ],
    key=dict(patient_name="Theodora Vance-Mulligan", member_id="SBA 90021 4471", claim_number="PA-26-0093381",
             notice_date="2026-11-23", procedure_codes=["G2083"], diagnosis_codes=["F33.2"],
             denial_category="step_therapy", plan_type="medicare_advantage", urgent=False),
    anchors=dict(notice_date="November 23, 2026", category="step therapy", plan="A Medicare Advantage plan"),
    deadline=("days", 65, "You must ask for an appeal within 65 calendar days from the date of this notice"),
    address=["Silverbirch Advantage Plus", "Appeals and Grievances Department", "PO Box 77310",
             "Pittsburgh, PA 15215-7310"])

# 04 ---------------------------------------------------------------------------------------------------
add(num="04", slug="fehb-psychotherapy-out-of-network-forwarded-email", ext="eml", device=None,
    lang="en", kind="eml",
    note="An FEHB carrier's letter forwarded as an e-mail by the patient to her counsellor, with a note on top. "
         "Psychotherapy on three days from a non-Plan provider (CO-242). Window stated: 6 months from the initial "
         "decision. Traps: the Date header (December 1), the forwarder's own note with another claim number and "
         "date, OPM's 90 days, the carrier's claims address.",
    headers=[("From", "Ruth-Ann Delacroix <ruthann.d@mail.example>"),
             ("To", "Counselor Ibsen <intake@stillwatercounseling.example>"),
             ("Date", "Tue, 01 Dec 2026 20:14:09 -0500"),
             ("Subject", "Fwd: FEHB claim decision - can you help with the appeal?"),
             ("Message-ID", "<set25-04@mail.example>")],
    pre=["Hi, this is the letter I mentioned (FICTIONAL sample). The other one, claim 77-0031-44 from December 29, "
         "2025, was paid in the end, so ignore that. Could we talk on the 8th?", "Ruth-Ann", "",
         "---------- Forwarded message ----------",
         "From: Keystone Federal Benefit Plan <no-reply@keystonefbp.example>",
         "Date: Tue, 17 Nov 2026 09:02:00 -0500", "Subject: Your claim decision", ""],
    blocks=[
        ("h", "Keystone Federal Benefit Plan - FEHB Program"),
        ("small", FIC),
        ("p", "November 17, 2026"),
        ("kv", [("Enrollee and patient", "Ruth-Ann Delacroix"), ("Enrollee ID", "K90338471"),
                ("Claim", "KFB-26-0718814")]),
        ("p", "We denied payment for the psychotherapy you received from Stillwater Counseling on October 2, 2026, "
              "October 9, 2026 and October 16, 2026 (procedure 90837, diagnosis F43.12). Reason CO-242: the provider is "
              "not a Plan provider, and your HMO option covers care only from Plan providers except in an emergency."),
        ("p", "If you disagree, write to us within 6 months from the date of our initial decision and ask us to "
              "reconsider. If we do not change our decision you may ask the U.S. Office of Personnel Management to "
              "review it within 90 days of our reconsideration decision. Do not send requests for reconsideration "
              "to the claims address (PO Box 3100)."),
        ("p", "Send your request for reconsideration to:"),
        ("a", ["Keystone Federal Benefit Plan", "FEHB Reconsiderations", "PO Box 3309",
               "Harrisburg, PA 17105-3309"]),
        ("p", "Customer service: 1-555-0162."),
    ],
    key=dict(patient_name="Ruth-Ann Delacroix", member_id="K90338471", claim_number="KFB-26-0718814",
             notice_date="2026-11-17", service_dates=["2026-10-02", "2026-10-09", "2026-10-16"],
             procedure_codes=["90837"], diagnosis_codes=["F43.12"], carc_codes=["CO-242"],
             denial_category="out_of_network", plan_type="fehb", urgent=False),
    anchors=dict(notice_date="November 17, 2026",
                 service_dates=["October 2, 2026", "October 9, 2026", "October 16, 2026"],
                 category="not a Plan provider", plan="FEHB Program"),
    deadline=("months", 6, "within 6 months from the date of our initial decision"),
    address=["Keystone Federal Benefit Plan", "FEHB Reconsiderations", "PO Box 3309", "Harrisburg, PA 17105-3309"])

# 05 ---------------------------------------------------------------------------------------------------
add(num="05", slug="medicaid-mco-ect-expedited-necessity-photo-plastic-sleeve", ext="jpg", device="sleeve_glare",
    lang="en", kind="pdf", font="sans", size=9.3,
    note="An Ohio Medicaid managed care plan's expedited decision denying ECT (90870; F33.3) as not medically "
         "necessary, before care; urgent. A phone photo of the page in a clear plastic sheet protector (bluish "
         "sheen, glare streaks), a little keystone. Window stated: 60 calendar days from the notice. Traps: request "
         "received 11/23, DOB, 10 days to keep services, 120 days for the state hearing, the plan's office.",
    blocks=[
        ("h", "Cardinal Ridge Community Health"),
        ("small", "Ohio Medicaid managed care plan. 300 Gateway Blvd, Dayton, OH 45402. 1-555-0171. " + FIC),
        ("h", "NOTICE OF ADVERSE BENEFIT DETERMINATION"),
        ("kv", [("Notice date", "November 25, 2026"), ("Member", "Jalen Q. Birchfield"),
                ("Medicaid member ID", "MMIS 104839277"), ("Date of birth", "12/01/1990"),
                ("Reference number", "UM-2026-55108"), ("Request received", "11/23/2026"),
                ("Service asked for", "Electroconvulsive therapy, 90870 (diagnosis F33.3)")]),
        ("p", "Your provider asked us to decide quickly. We made this decision on an expedited (fast) basis. "
              "Decision: denied. The service is not medically necessary: the records do not show that the criteria "
              "in our behavioral health guideline are met."),
        ("p", "Your right to appeal: you have 60 calendar days from the date on this notice to ask for a plan "
              "appeal. To keep services you already receive, appeal within 10 days. After the plan appeal you may "
              "ask for a state hearing within 120 days."),
        ("p", "Send appeals to:"),
        ("a", ["Cardinal Ridge Community Health", "Appeals Department", "PO Box 18450", "Columbus, OH 43218-8450"]),
    ],
    key=dict(patient_name="Jalen Q. Birchfield", member_id="MMIS 104839277", claim_number="UM-2026-55108",
             notice_date="2026-11-25", procedure_codes=["90870"], diagnosis_codes=["F33.3"],
             denial_category="medical_necessity", plan_type="medicaid", urgent=True),
    anchors=dict(notice_date="November 25, 2026", category="not medically necessary",
                 plan="Ohio Medicaid managed care plan",
                 urgent="We made this decision on an expedited (fast) basis"),
    deadline=("days", 60, "you have 60 calendar days from the date on this notice to ask for a plan appeal"),
    address=["Cardinal Ridge Community Health", "Appeals Department", "PO Box 18450", "Columbus, OH 43218-8450"])

# 06 ---------------------------------------------------------------------------------------------------
add(num="06", slug="original-medicare-msn-tms-necessity-toner-starved-fax", ext="tif", device="toner_fax",
    fax_header="NOV 24 2026 08:14  FROM 1-555-0142  CLINIC FAX  P.{page}/{pages}",
    lang="en", kind="pdf", font="mono", size=9.5,
    note="An Original Medicare summary notice (Part B) denying TMS on three days as not medically necessary. "
         "A 1-bit Group 3 standard-mode fax from a machine low on toner (broken strokes, a pale band). Window "
         "stated as a date: March 20, 2027. Traps: the fax header date, the processing period, the paid claim, "
         "the patient only in the capitalised address block, the QIC's 180 days.",
    blocks=[
        ("h", "Medicare Summary Notice for Part B (Medical Services)"),
        ("small", "FICTIONAL SAMPLE - not a real Medicare notice. Prairie Plains Medicare Administrative Services."),
        ("a", ["WALTER J HOLLOWAY", "1207 LINDEN ST", "SIOUX FALLS SD 57104"]),
        ("kv", [("Notice date", "November 20, 2026"), ("Medicare Number", "3TR7-QW2-HN48"),
                ("Claims processed", "August 21 - November 19, 2026")]),
        ("p", "Claim number 26-3304-871-220 - Prairie Mind Neurostim, provider. Service approved? No."),
        ("t", ["Service date", "Code", "Approved", "You may be billed", "Note"],
         [["09/08/2026", "90868", "No", "$0.00", "A"], ["09/09/2026", "90868", "No", "$0.00", "A"],
          ["09/10/2026", "90868", "No", "$0.00", "A"]]),
        ("p", "Note A: Medicare does not pay for items or services it finds not medically necessary for your "
              "condition. Your provider gave you a notice first, so you may be billed."),
        ("p", "Claim number 26-3288-104-117 (Dr. Lena Ostrowski, 08/26/2026, 99214) was approved and paid."),
        ("h", "How to handle denials"),
        ("p", "If you disagree with a decision on this notice, you must file an appeal by March 20, 2027. "
              "Circle the items you disagree with, explain why, sign and send this notice to:"),
        ("a", ["Prairie Plains Medicare Administrative Services", "Part B Redeterminations", "PO Box 6620",
               "Fargo, ND 58108-6620"]),
        ("p", "A later reconsideration by a qualified independent contractor must be asked within 180 days. "
              "Questions: 1-555-0148."),
    ],
    key=dict(patient_name="WALTER J HOLLOWAY", member_id="3TR7-QW2-HN48", claim_number="26-3304-871-220",
             notice_date="2026-11-20", service_dates=["2026-09-08", "2026-09-09", "2026-09-10"],
             procedure_codes=["90868"], denial_category="medical_necessity", plan_type="medicare", urgent=False),
    anchors=dict(notice_date="November 20, 2026", service_dates=["09/08/2026", "09/09/2026", "09/10/2026"],
                 category="not medically necessary", plan="Medicare Summary Notice for Part B"),
    deadline=("date", "2027-03-20", "you must file an appeal by March 20, 2027", "March 20, 2027"),
    address=["Prairie Plains Medicare Administrative Services", "Part B Redeterminations", "PO Box 6620",
             "Fargo, ND 58108-6620"])

# 07 ---------------------------------------------------------------------------------------------------
add(num="07", slug="church-plan-radiofrequency-ablation-experimental-word", ext="docx", device=None,
    lang="en", kind="docx",
    header_lines=["Lantern Conference Benefits Board - a church plan (not subject to ERISA)",
                  "1408 Chapel Mill Drive, Nashville, TN 37215 | 1-555-0183 | " + FIC],
    note="A church plan's letter in Word denying lumbar medial branch radiofrequency ablation (64635, 64636; "
         "M47.816) on one day as experimental (CO-55). Letterhead in the page header. Window stated: 180 days "
         "following receipt. Traps: the Board's December meeting date, the plan year, the claims office, the "
         "external review's 4 months.",
    blocks=[
        ("p", "Date of this letter: November 13, 2026"),
        ("a", ["Abner T. Kowalczyk", "55 Vestry Lane", "Franklin, TN 37064"]),
        ("kv", [("Plan member", "Abner T. Kowalczyk"), ("Member ID", "LCB-22917-00"), ("Claim", "C26-004418"),
                ("Plan year", "July 1, 2026 - June 30, 2027")]),
        ("p", "Dear Mr. Kowalczyk,"),
        ("p", "The Board's claims office received Dr. Yates's claim for the procedure on September 29, 2026:"),
        ("t", ["Date", "Code", "Diagnosis", "Adjustment"],
         [["09/29/2026", "64635", "M47.816", "CO-55"], ["09/29/2026", "64636", "M47.816", "CO-55"]]),
        ("p", "The plan excludes services it considers experimental or investigational. Our medical reviewer "
              "found that radiofrequency ablation repeated within six months is investigational under the plan's "
              "policy. The claim is denied."),
        ("p", "Appeal: you may ask the Claims Review Committee to reconsider within 180 days following your receipt "
              "of this letter. The Committee next meets on December 9, 2026. If the Committee upholds the denial you "
              "may ask for an external review within 4 months."),
        ("p", "Address your appeal to:"),
        ("a", ["Lantern Conference Benefits Board", "Claims Review Committee", "1408 Chapel Mill Drive, Room 210",
               "Nashville, TN 37215"]),
        ("p", "Claims submissions (not appeals): PO Box 1190, Nashville, TN 37202."),
    ],
    key=dict(patient_name="Abner T. Kowalczyk", member_id="LCB-22917-00", claim_number="C26-004418",
             notice_date="2026-11-13", service_dates=["2026-09-29"], procedure_codes=["64635", "64636"],
             diagnosis_codes=["M47.816"], carc_codes=["CO-55"], denial_category="experimental_investigational",
             plan_type="church", urgent=False),
    anchors=dict(notice_date="November 13, 2026", service_dates=["09/29/2026"],
                 category="experimental or investigational", plan="a church plan"),
    deadline=("days", 180, "within 180 days following your receipt of this letter"),
    address=["Lantern Conference Benefits Board", "Claims Review Committee", "1408 Chapel Mill Drive, Room 210",
             "Nashville, TN 37215"])

# 08 ---------------------------------------------------------------------------------------------------
add(num="08", slug="tricare-select-ketamine-unproven-photo-barrel-lens", ext="jpg", device="barrel_lens",
    lang="en", kind="pdf", font="sans", size=9.0,
    note="A TRICARE Select regional contractor's denial of a spouse's IV ketamine (96365, J3490; F33.2) on three "
         "days as unproven. A close phone photo through a cheap wide-angle lens: barrel distortion, dark vignette. "
         "Window stated: 90 days from the notice. Traps: the sponsor and his DoD ID, the processed date, TQMC.",
    blocks=[
        ("h", "Eastgate Federal Health Services"),
        ("small", "TRICARE East Region contractor (FICTIONAL). " + FIC),
        ("kv", [("Date of this notice", "November 18, 2026"), ("Beneficiary", "Corinne M. Abernathy"),
                ("DoD Benefits Number", "20448193761"), ("Sponsor", "SSgt Daniel Abernathy"),
                ("Sponsor DoD ID", "1593027744"), ("Claim number", "TE-2026-3381-0072"),
                ("Program", "TRICARE Select"), ("Processed", "11/16/2026")]),
        ("t", ["From", "Code", "Diagnosis", "Allowed", "Remark"],
         [["10/20/2026", "96365", "F33.2", "$0.00", "unproven"], ["10/20/2026", "J3490", "F33.2", "$0.00", "unproven"],
          ["10/22/2026", "96365", "F33.2", "$0.00", "unproven"], ["10/24/2026", "96365", "F33.2", "$0.00", "unproven"]]),
        ("p", "TRICARE does not cover ketamine infusions for depression: the treatment is unproven under TRICARE "
              "policy."),
        ("p", "Reconsideration: you must request a reconsideration within 90 days from the date of this notice. A "
              "later review by the TRICARE Quality Monitoring Contractor has its own 90 days. Write to:"),
        ("a", ["Eastgate Federal Health Services", "TRICARE Reconsiderations", "PO Box 870255",
               "Charleston, SC 29487-0255"]),
        ("small", "Questions: 1-555-0119."),
    ],
    key=dict(patient_name="Corinne M. Abernathy", member_id="20448193761", claim_number="TE-2026-3381-0072",
             notice_date="2026-11-18", service_dates=["2026-10-20", "2026-10-22", "2026-10-24"],
             procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"],
             denial_category="experimental_investigational", plan_type="tricare", urgent=False),
    anchors=dict(notice_date="November 18, 2026", service_dates=["10/20/2026", "10/22/2026", "10/24/2026"],
                 category="unproven", plan="TRICARE Select"),
    deadline=("days", 90, "you must request a reconsideration within 90 days from the date of this notice"),
    address=["Eastgate Federal Health Services", "TRICARE Reconsiderations", "PO Box 870255",
             "Charleston, SC 29487-0255"])

# 09 ---------------------------------------------------------------------------------------------------
add(num="09", slug="part-d-augmentation-step-therapy-plain-text", ext="txt", device=None,
    lang="en", kind="txt",
    note="A Part D plan's coverage determination in plain text (a fixed-width print of a PBM system) denying an "
         "augmentation antipsychotic for depression until a preferred one is tried: step therapy. No codes or "
         "service dates printed. No window printed: Part D rule, 65 days from the notice. Traps: request received, "
         "Rx BIN and PCN, the prescriber's fax, 72 hours.",
    blocks=[
        ("h", "MERIDIAN TRAIL RX (PDP) - MEDICARE PRESCRIPTION DRUG PLAN"),
        ("h", "COVERAGE DETERMINATION - REQUEST DENIED      " + FIC),
        ("kv", [("RUN DATE", "11/25/2026 02:10"), ("NOTICE DATE", "11/24/2026"), ("ENROLLEE", "Harriet O. Lindqvist"),
                ("MEMBER ID", "MTR55820194"), ("REQUEST NO", "CD-2026-1187265"), ("RECEIVED", "11/21/2026"),
                ("RX BIN / PCN", "610999 / MTRPD"), ("PRESCRIBER FAX", "1-555-0124")]),
        ("p", "DRUG REQUESTED: an atypical antipsychotic as add-on therapy for major depression, 2 mg daily."),
        ("p", "DECISION: DENIED. This drug is covered only after you have tried the preferred drug in the same "
              "class (aripiprazole) and it did not work or you could not take it (step therapy). Your prescriber "
              "did not send a statement that you tried it."),
        ("p", "YOUR RIGHT TO APPEAL: ask for a redetermination. If waiting could harm your health, ask for a "
              "fast redetermination (72 hours). Send your request to:"),
        ("a", ["Meridian Trail Rx", "Part D Redeterminations", "PO Box 51208", "Phoenix, AZ 85076-1208"]),
        ("p", "FAX 1-555-0125  PHONE 1-555-0126"),
    ],
    key=dict(patient_name="Harriet O. Lindqvist", member_id="MTR55820194", claim_number="CD-2026-1187265",
             notice_date="2026-11-24", denial_category="step_therapy", plan_type="medicare_part_d", urgent=False),
    anchors=dict(notice_date="11/24/2026", category="(step therapy)", plan="MEDICARE PRESCRIPTION DRUG PLAN"),
    deadline=("rule",),
    address=["Meridian Trail Rx", "Part D Redeterminations", "PO Box 51208", "Phoenix, AZ 85076-1208"])

# 10 ---------------------------------------------------------------------------------------------------
add(num="10", slug="marketplace-ketamine-exclusion-final-internal-portal-html", ext="html", device=None,
    lang="en", kind="html",
    note="A Marketplace plan's member portal page, printed to HTML: the final internal appeal decision upholding "
         "the denial of IV ketamine for chronic pain (96365, J3490; G89.4) on three days under a plan exclusion "
         "(CO-204). The external review is next: its organisation's address. Window stated: four months from "
         "receipt of the final decision. Traps: the appeal number, appeal received, print date, a hidden "
         "dependent tab, a paid claim in the list, the first denial date.",
    key=dict(patient_name="Imogen Castellanos-Reyes", member_id="CRH-60318842-01", claim_number="26-CR-0418877",
             notice_date="2026-11-16", service_dates=["2026-08-11", "2026-08-13", "2026-08-18"],
             procedure_codes=["96365", "J3490"], diagnosis_codes=["G89.4"], carc_codes=["CO-204"],
             denial_category="not_covered", plan_type="individual_aca", urgent=False),
    anchors=dict(notice_date="November 16, 2026", service_dates=["08/11/2026", "08/13/2026", "08/18/2026"],
                 category="excluded from coverage", plan="Health Insurance Marketplace"),
    deadline=("months", 4, "You have four months from the date you receive this final decision to ask for an external review"),
    address=["Mountain Line Independent Review", "External Review Intake", "1770 Tamarack Street, Suite 5",
             "Denver, CO 80202"])

# 11 ---------------------------------------------------------------------------------------------------
add(num="11", slug="state-employees-psychotherapy-late-filing-green-paper-100dpi-scan", ext="tif",
    device="green_lowres_scan", lang="en", kind="pdf", font="sans", size=11.5,
    note="A state employees' plan (governmental) statement denying two psychotherapy sessions (90834; F41.1) for "
         "late filing (CO-29). An 8-bit greyscale LZW TIFF scanned at 100 dpi from green paper. Window stated: 180 "
         "days from the statement date. Traps: the filing limit date, the claim received date, the plan's office.",
    blocks=[
        ("h", "Kettle River State Employees Benefit Trust"),
        ("small", "A governmental plan for Minnesota state employees. " + FIC),
        ("kv", [("Statement date", "November 9, 2026"), ("Member", "Priya N. Ramaswamy-Holt"),
                ("Member ID", "KRS 7720 4419 0"), ("Claim", "1126-550-2290"), ("Claim received", "10/28/2026")]),
        ("t", ["Service", "Code", "Dx", "Paid", "Adjustment"],
         [["03/04/2026", "90834", "F41.1", "$0.00", "CO-29"], ["03/11/2026", "90834", "F41.1", "$0.00", "CO-29"]]),
        ("p", "CO-29: the time limit for filing has expired. Claims must reach us within 180 days of the service "
              "(by 08/31/2026 and 09/07/2026 here)."),
        ("p", "You may appeal within 180 days from the statement date. Write to:"),
        ("a", ["Kettle River State Employees Benefit Trust", "Appeals Unit", "400 Capitol Square, Room 118",
               "St. Paul, MN 55155"]),
        ("small", "Phone 1-555-0139"),
    ],
    key=dict(patient_name="Priya N. Ramaswamy-Holt", member_id="KRS 7720 4419 0", claim_number="1126-550-2290",
             notice_date="2026-11-09", service_dates=["2026-03-04", "2026-03-11"], procedure_codes=["90834"],
             diagnosis_codes=["F41.1"], carc_codes=["CO-29"], denial_category="timely_filing",
             plan_type="governmental", urgent=False),
    anchors=dict(notice_date="November 9, 2026", service_dates=["03/04/2026", "03/11/2026"],
                 category="time limit for filing has expired", plan="A governmental plan"),
    deadline=("days", 180, "You may appeal within 180 days from the statement date"),
    address=["Kettle River State Employees Benefit Trust", "Appeals Unit", "400 Capitol Square, Room 118",
             "St. Paul, MN 55155"])

# 12 ---------------------------------------------------------------------------------------------------
add(num="12", slug="student-plan-esketamine-units-coding-photo-night-mode", ext="jpg", device="night_mode",
    lang="en", kind="pdf", font="serif", size=10,
    note="A student health plan (individual) denying esketamine (J0013) on two days for a billing error in the "
         "units (CO-16). A phone night-mode photo on a bedspread under a sodium lamp (orange cast, smeared noise "
         "reduction). Window stated: 180 days of receiving the notice. Traps: the policy period, the plan's "
         "university office, 4 months.",
    blocks=[
        ("h", "Halcyon University Student Health Insurance Plan"),
        ("small", "Underwritten by Orrin Life & Health. An individual student health plan. " + FIC),
        ("kv", [("Notice date", "November 21, 2026"), ("Student", "Tobias Nwachukwu-Lee"),
                ("Member ID", "HUS0099312"), ("Claim", "SH-26-77104"), ("Policy period", "08/15/2026 - 08/14/2027")]),
        ("t", ["Date", "Code", "Dx", "Units", "Reason"],
         [["10/27/2026", "J0013", "F33.2", "1", "CO-16"], ["10/30/2026", "J0013", "F33.2", "1", "CO-16"]]),
        ("p", "CO-16: the claim has a billing error. The units must equal the milligrams given; a corrected claim "
              "from the clinic can be paid."),
        ("p", "You may appeal within 180 days of receiving this notice, to:"),
        ("a", ["Orrin Life & Health", "Student Plan Appeals", "PO Box 2297", "Ithaca, NY 14851-2297"]),
        ("small", "External review: 4 months after a final decision. Student Health Office, 1-555-0108."),
    ],
    key=dict(patient_name="Tobias Nwachukwu-Lee", member_id="HUS0099312", claim_number="SH-26-77104",
             notice_date="2026-11-21", service_dates=["2026-10-27", "2026-10-30"], procedure_codes=["J0013"],
             diagnosis_codes=["F33.2"], carc_codes=["CO-16"], denial_category="coding_billing",
             plan_type="individual_aca", urgent=False),
    anchors=dict(notice_date="November 21, 2026", service_dates=["10/27/2026", "10/30/2026"],
                 category="billing error", plan="individual student health plan"),
    deadline=("days", 180, "You may appeal within 180 days of receiving this notice"),
    address=["Orrin Life & Health", "Student Plan Appeals", "PO Box 2297", "Ithaca, NY 14851-2297"])


def html_10():
    return """<!DOCTYPE html><html lang="en"><head><title>Claim detail - Cobalt Ridge Health</title>
<style>.tab-hidden{display:none}.card{border:1px solid #ccc;padding:8px}</style>
<script>var lastClaim = "26-CR-0399999";</script></head><body>
<div class="topbar">Cobalt Ridge Health member portal - FICTIONAL SAMPLE - printed 12/02/2026 9:12 PM</div>
<nav><a href="https://members.cobaltridge.example/claims">Claims</a> | <span>Imogen Castellanos-Reyes</span>
 | <span hidden>Dependent: Luca Castellanos, ID CRH-60318842-02</span></nav>
<h2>My claims</h2>
<table><tr><th>Claim</th><th>Date of service</th><th>Status</th></tr>
<tr><td>26-CR-0402210</td><td>07/30/2026</td><td>Paid</td></tr>
<tr><td>26-CR-0418877</td><td>08/11/2026 - 08/18/2026</td><td>Denied - appeal decided</td></tr></table>
<div class="card"><h3>Claim 26-CR-0418877</h3>
<p>Member ID: CRH-60318842-01 &middot; Plan: Cobalt Ridge Silver 3000, bought through the Health Insurance
Marketplace (individual coverage)</p>
<table><tr><th>Service date</th><th>Code</th><th>Diagnosis</th><th>Adjustment</th></tr>
<tr><td>08/11/2026</td><td>96365</td><td>G89.4</td><td>CO-204</td></tr>
<tr><td>08/11/2026</td><td>J3490</td><td>G89.4</td><td>CO-204</td></tr>
<tr><td>08/13/2026</td><td>96365</td><td>G89.4</td><td>CO-204</td></tr>
<tr><td>08/18/2026</td><td>96365</td><td>G89.4</td><td>CO-204</td></tr></table>
<p>First denial: 09/02/2026. Appeal number APL-2026-01457, appeal received 10/05/2026.</p></div>
<details open><summary>Decision letter</summary>
<p>November 16, 2026</p>
<p>Dear Imogen Castellanos-Reyes,</p>
<p>This is our final internal appeal decision. We reviewed your appeal of claim 26-CR-0418877 and uphold the
denial. Ketamine infusions for chronic pain are excluded from coverage under section 4.12 of your policy.</p>
<p>You have four months from the date you receive this final decision to ask for an external review by an
independent review organization. Send your request to:</p>
<p>Mountain Line Independent Review<br>External Review Intake<br>1770 Tamarack Street, Suite 5<br>Denver, CO 80202</p>
<p>Cobalt Ridge Health Appeals, PO Box 5502, Denver, CO 80217 handled your internal appeal; it is now closed.
Questions: 1-555-0166. FICTIONAL SAMPLE.</p></details>
<aside><h4>Messages</h4><p>11/20/2026 - Your EOB is ready.</p></aside>
</body></html>
"""
