"""Set 47 notices: the data. Everything here is FICTIONAL.
Markup of `lines`: '# ' heading, '|' table row (first row of a run is the header), '@page' page break,
'' blank line, anything else a paragraph."""
from datetime import date as D

F_EN = "FICTIONAL SAMPLE - invented people, plan and numbers; not a real notice."
F_ES = "MUESTRA FICTICIA - personas, plan y números inventados; no es un aviso real."

CASES = []


def case(**kw):
    CASES.append(kw)


# 01 ------------------------------------------------------------------------------------------
case(num="01", slug="self-funded-tpa-eob-ketamine-infusions-not-necessary-led-glare-photo", kind="jpg",
     device="led_glare", lang="en",
     lines=[
         "KEYSTONE BENEFIT ADMINISTRATORS, INC.",
         "2200 Market Street, Camp Hill, PA 17011  |  Member line 1-555-0111",
         F_EN,
         "# EXPLANATION OF BENEFITS - THIS IS NOT A BILL",
         "|Statement date|Member|Member ID|Group",
         "|10/28/2026|DANA R. OKAFOR|KBA 7730 1185 02|88-4410",
         "Subscriber: THOMAS OKAFOR (KBA 7730 1185 01). Plan: Harborline Logistics Employee Health Plan.",
         "Claim number: 26-3041-77812    Provider: Riverbend Infusion Partners (out of area: no)",
         "|Date of service|Code|Diagnosis|Billed|Allowed|Plan paid|Adj. code|Status",
         "|09/29/2026|99214|F33.2|$210.00|$148.00|$118.40|PR-3|PAID",
         "|09/29/2026|96365|F33.2|$410.00|$0.00|$0.00|CO-50|DENIED",
         "|09/29/2026|J3490|F33.2|$95.00|$0.00|$0.00|CO-50|DENIED",
         "|10/02/2026|96365|F33.2|$410.00|$0.00|$0.00|CO-50|DENIED",
         "|10/02/2026|96366|F33.2|$160.00|$0.00|$0.00|CO-50|DENIED",
         "|10/02/2026|J3490|F33.2|$95.00|$0.00|$0.00|CO-50|DENIED",
         "CO-50: the plan's reviewer found that intravenous ketamine for depression does not meet the plan's "
         "medical necessity criteria for your condition. PR-3: your copay for the office visit.",
         "About your plan: this plan is self-funded by Harborline Logistics, Inc. and is governed by ERISA. "
         "Keystone Benefit Administrators processes claims for the plan but does not insure its benefits. "
         "Send new claims (not appeals) to PO Box 30990, Harrisburg, PA 17105.",
         "# YOUR RIGHT TO APPEAL",
         "You or your authorized representative may appeal within 180 days from the date you receive this "
         "notice. You may ask for the criteria used and for copies of your claim file free of charge. If your "
         "doctor says waiting would seriously harm your health, ask for an urgent appeal; it is decided within "
         "72 hours.",
         "Mail your written appeal to:",
         "Harborline Logistics Employee Health Plan",
         "c/o Keystone Benefit Administrators, Inc.",
         "Attn: Appeals Unit",
         "PO Box 30118",
         "Harrisburg, PA 17105-0118",
         "Questions: 1-555-0111, Monday to Friday. Web: members.keystone-tpa.example",
     ],
     key=dict(patient_name="DANA R. OKAFOR", member_id="KBA 7730 1185 02", claim_number="26-3041-77812",
              notice_date=D(2026, 10, 28), service_dates=[D(2026, 9, 29), D(2026, 10, 2)],
              procedure_codes=["96365", "J3490", "96366"], diagnosis_codes=["F33.2"], carc_codes=["CO-50"],
              denial_category="medical_necessity", plan_type="employer_erisa", urgent=False),
     nd=("Statement date", "10/28/2026"), sd=["09/29/2026", "10/02/2026"],
     window=("days", 180, "appeal within 180 days from the date you receive this notice"),
     addr=["Harborline Logistics Employee Health Plan", "c/o Keystone Benefit Administrators, Inc.",
           "Attn: Appeals Unit", "PO Box 30118", "Harrisburg, PA 17105-0118"],
     evidence=dict(category="medical necessity", plan="self-funded", urgent=None),
     traps=["KBA 7730 1185 01", "THOMAS OKAFOR", "88-4410", "99214", "PR-3", "PO Box 30990", "2200 Market Street",
            "72 hours"],
     note="A self-funded employer plan's EOB from its TPA, in capitals, one claim of six lines: an office visit "
          "paid, IV ketamine on 2 days denied as not medically necessary (CO-50). Photographed on a glossy "
          "sheet under a ceiling LED panel whose reflection washes out a rectangle of the page. Stated 180 days "
          "from receipt, counted from the statement date.")

# 02 ------------------------------------------------------------------------------------------
case(num="02", slug="part-d-pbm-coverage-determination-auvelity-step-therapy-boxed-text-pdf", kind="pdf",
     device=None, lang="en",
     lines=[
         "Crestmark Pharmacy Solutions - pharmacy benefit manager for Meridian Silver Rx (PDP)",
         F_EN,
         "# Notice of Denial of Medicare Prescription Drug Coverage",
         "|Date|Enrollee|Member ID|Medicare Number",
         "|November 9, 2026|Harold J. Pennington|MSR00418277|7TK4-WE2-PN58",
         "|Request number|Drug requested|Prescriber|Diagnosis given",
         "|CD-2026-1104-55318|Auvelity (dextromethorphan-bupropion) ER 45-105 mg, 60 tablets a month|"
         "Dr. Nadia Greve, 1-555-0142|F33.1",
         "We have denied the drug you asked for. Meridian Silver Rx covers Auvelity only under its step therapy "
         "rule: you must first have tried two of the drugs listed below, at a full dose for at least six weeks "
         "each, without enough benefit. The records your prescriber sent show one trial (escitalopram). "
         "Drugs that must be tried first: sertraline, escitalopram, bupropion XL, venlafaxine ER.",
         "Your prescriber can send us the dates and doses of another trial, or explain why those drugs are "
         "not right for you. A statement like that can change this decision.",
         "# You have the right to ask for a redetermination (appeal)",
         "You must ask for a redetermination within 65 days from the date of this notice. We can give you more "
         "time if you have a good reason for being late. If waiting could seriously harm your health, ask for a "
         "fast redetermination; we will answer within 72 hours.",
         "Send your written request to: Crestmark Pharmacy Solutions, Attn: Part D Redeterminations, "
         "PO Box 52180, Phoenix, AZ 85072-2180. Fax 1-555-0134. Do not send appeals to your prescriber's office "
         "at 41 Linden Row, Tempe, AZ 85281.",
         "Help: Meridian Silver Rx member services 1-555-0130 (TTY 711), www.meridiansilver.example.",
     ],
     key=dict(patient_name="Harold J. Pennington", member_id="MSR00418277", claim_number="CD-2026-1104-55318",
              notice_date=D(2026, 11, 9), diagnosis_codes=["F33.1"], denial_category="step_therapy",
              plan_type="medicare_part_d", urgent=False),
     nd=("Date", "November 9, 2026"), sd=[],
     window=("days", 65, "within 65 days from the date of this notice"),
     addr=["Crestmark Pharmacy Solutions", "Attn: Part D Redeterminations", "PO Box 52180", "Phoenix, AZ 85072-2180"],
     evidence=dict(category="step therapy", plan="Medicare Prescription Drug", urgent=None),
     traps=["7TK4-WE2-PN58", "72 hours", "41 Linden Row"],
     note="A Part D plan's coverage determination denial sent by its pharmacy benefit manager, the facts in boxed "
          "header tables: Auvelity refused under step therapy, before any fill (no service dates, codes or "
          "CARCs). Stated 65 days.")

# 03 ------------------------------------------------------------------------------------------
case(num="03", slug="original-medicare-msn-three-page-adf-scan-facet-injections-pdf", kind="pdfimg",
     device="adf_three", lang="en",
     lines=[
         "Medicare Summary Notice for Part B (Medical Insurance)",
         F_EN,
         "THE OFFICIAL U.S. HEALTH INSURANCE SUMMARY NOTICE - FICTIONAL COPY",
         "|Patient|Medicare Number|Date of this notice",
         "|EVELYN R. STRAUSS|2QW7-RT5-MK83|November 4, 2026",
         "Claims and services processed between August 1 - October 31, 2026.",
         "# Your Deductible Status",
         "You have met your Part B deductible for 2026.",
         "# Did Medicare approve all services?",
         "NO. Medicare denied some services. See page 2 for details and page 3 for how to appeal.",
         "# Total you may be billed: $1,146.00",
         "Be aware of fraud! If you do not recognize a provider or date, call 1-555-0150.",
         "@page",
         "# Page 2 of 3: Your claims",
         "Claim 1. Provider: Elm Hollow Counseling, 18 Cedar Lane, Dubuque, IA 52001. Claim number "
         "12-26258-311-402.",
         "|Service date|Service and code|Approved?|You may be billed",
         "|09/14/2026|Psychotherapy session (90837)|Yes|$31.52",
         "Claim 2. Provider: Lakeshore Pain Specialists, 900 River Road, Davenport, IA 52801. Claim number "
         "12-26287-044-610.",
         "|Service date|Service and code|Approved?|You may be billed",
         "|10/06/2026|Facet joint injection, lumbar, first level (64493)|No (a)|$486.00",
         "|10/06/2026|Facet joint injection, lumbar, added level (64494)|No (a)|$187.00",
         "|10/20/2026|Facet joint injection, lumbar, first level (64493)|No (a)|$473.00",
         "(a) Medicare won't cover these services because the information provided does not support the need "
         "for them: they were not reasonable and necessary under Medicare's coverage rules.",
         "@page",
         "# Page 3 of 3: How to handle denied claims or file an appeal",
         "If you disagree with any claims decisions, you can file an appeal. Your appeal must be received by "
         "March 4, 2027. Circle the services you disagree with on page 2, explain why, and sign below.",
         "Send this notice, or a copy, to:",
         "Prairie Medicare Claims Services",
         "Redeterminations Unit",
         "PO Box 7204",
         "Topeka, KS 66601-7204",
         "Name: ____________   Medicare Number: ____________   Phone: ____________",
         "Get help: 1-555-0150 (TTY 1-555-0151). State health insurance counseling: 1-555-0152.",
     ],
     key=dict(patient_name="EVELYN R. STRAUSS", member_id="2QW7-RT5-MK83", claim_number="12-26287-044-610",
              notice_date=D(2026, 11, 4), service_dates=[D(2026, 10, 6), D(2026, 10, 20)],
              procedure_codes=["64493", "64494"], denial_category="medical_necessity", plan_type="medicare",
              urgent=False),
     nd=("Date of this notice", "November 4, 2026"), sd=["10/06/2026", "10/20/2026"],
     window=("date", D(2027, 3, 4), "Your appeal must be received by March 4, 2027"),
     addr=["Prairie Medicare Claims Services", "Redeterminations Unit", "PO Box 7204", "Topeka, KS 66601-7204"],
     evidence=dict(category="not reasonable and necessary", plan="Medicare Summary Notice", urgent=None),
     traps=["12-26258-311-402", "90837", "09/14/2026", "October 31, 2026"],
     note="An Original Medicare summary notice (Part B) over three pages, in an image-only PDF from an office "
          "sheet feeder: each page fed at its own small slant, the third with the magenta cast of a failing lamp. "
          "Two claims: psychotherapy approved, lumbar facet injections on 2 days denied as not reasonable and "
          "necessary. No diagnosis codes or CARCs printed, so none keyed. Stated date March 4, 2027.")

# 04 ------------------------------------------------------------------------------------------
case(num="04", slug="tricare-eob-dependent-psychotherapy-other-insurance-first-hand-held-photo", kind="jpg",
     device="hand_bedspread", lang="en",
     lines=[
         "TRICARE East - Summit Federal Health Services (a fictional regional contractor)",
         F_EN,
         "# TRICARE Explanation of Benefits",
         "Issue Date: 10/30/2026",
         "Beneficiary: Kayla M. Brandt    DoD Benefits Number (DBN): 10293384756",
         "Sponsor: SFC Marcus A. Brandt    Sponsor SSN: XXX-XX-4417    Program: TRICARE Select",
         "Claim Number: TE26-3308-11945    Provider: Magnolia Behavioral Health, PLLC",
         "|Date of Service|Procedure|Diagnosis|Billed|Allowed|Paid|Reason",
         "|10/08/2026|90834|F41.1|$165.00|$0.00|$0.00|CO-22",
         "|10/15/2026|90834|F41.1|$165.00|$0.00|$0.00|CO-22",
         "CO-22: Our records show you have other health insurance. By law TRICARE pays after your other "
         "coverage. Have the provider bill your other health insurance first, then send us its explanation of "
         "benefits. If the other coverage has ended, send proof of the end date.",
         "# Appeal rights",
         "If you disagree, you may ask for a reconsideration. Your request must be postmarked or received "
         "within 90 days from the date of this notice. Send a copy of this EOB with your request to:",
         "Summit Federal Health Services, Attn: TRICARE Appeals, PO Box 8812, Augusta, GA 30903-8812",
         "Help with appeals: your Beneficiary Counseling and Assistance Coordinator, or 1-555-0160.",
     ],
     key=dict(patient_name="Kayla M. Brandt", member_id="10293384756", claim_number="TE26-3308-11945",
              notice_date=D(2026, 10, 30), service_dates=[D(2026, 10, 8), D(2026, 10, 15)],
              procedure_codes=["90834"], diagnosis_codes=["F41.1"], carc_codes=["CO-22"],
              denial_category="coordination_of_benefits", plan_type="tricare", urgent=False),
     nd=("Issue Date", "10/30/2026"), sd=["10/08/2026", "10/15/2026"],
     window=("days", 90, "postmarked or received within 90 days from the date of this notice"),
     addr=["Summit Federal Health Services", "Attn: TRICARE Appeals", "PO Box 8812", "Augusta, GA 30903-8812"],
     evidence=dict(category="other health insurance", plan="TRICARE", urgent=None),
     traps=["SFC Marcus A. Brandt", "XXX-XX-4417"],
     note="A TRICARE Select EOB for a service member's daughter: psychotherapy on 2 days denied because other "
          "health insurance pays first (CO-22): coordination_of_benefits. The DoD Benefits Number is the member "
          "ID. Photographed held in one hand over a patterned bedspread, fingers over the left margin. Stated "
          "90 days from the date of the notice.")

# 05 ------------------------------------------------------------------------------------------
case(num="05", slug="fehb-carrier-letter-psychologist-out-of-network-hmo-docx", kind="docx",
     device=None, lang="en",
     lines=[
         "Capitol Mutual Benefit Plan - a fictional FEHB carrier - 1400 Constitution Way, Silver Spring, MD 20910",
         F_EN,
         "October 22, 2026",
         "Rosa Lindqvist",
         "77 Quarry Hill Court",
         "Frederick, MD 21702",
         "Re: Member ID R71128406, claim FE-26-0917-4402",
         "Dear Ms. Lindqvist:",
         "We have processed the claim from Dr. Alan Brisco, a licensed psychologist, for psychotherapy sessions "
         "(procedure code 90837, diagnosis F43.10) he gave you on September 15, 22 and 29, 2026. We are unable "
         "to pay this claim. You are enrolled in the Standard HMO option of our Federal Employees Health "
         "Benefits plan, and that option does not pay for care from providers outside its network except in an "
         "emergency. Dr. Brisco is not in our network (adjustment code CO-242).",
         "If you believe we are wrong, you may ask us to reconsider. Under the FEHB disputed-claims process, "
         "you must ask us in writing to reconsider within 6 months from the date of this letter. Tell us why you "
         "believe the decision is wrong and send any records, such as a list of network psychologists you "
         "tried who could not see you.",
         "Mail your request for reconsideration to:",
         "Capitol Mutual Benefit Plan",
         "FEHB Reconsideration Unit",
         "1400 Constitution Way, Suite 300",
         "Silver Spring, MD 20910",
         "If we uphold our decision, you may then ask the Office of Personnel Management to review it within "
         "90 days of our reconsideration decision.",
         "Sincerely,",
         "Member Services, Capitol Mutual Benefit Plan, 1-555-0170, capitolmutual.example",
     ],
     key=dict(patient_name="Rosa Lindqvist", member_id="R71128406", claim_number="FE-26-0917-4402",
              notice_date=D(2026, 10, 22), service_dates=[D(2026, 9, 15), D(2026, 9, 22), D(2026, 9, 29)],
              procedure_codes=["90837"], diagnosis_codes=["F43.10"], carc_codes=["CO-242"],
              denial_category="out_of_network", plan_type="fehb", urgent=False),
     nd=(None, "October 22, 2026"), sd=["September 15, 22 and 29, 2026"],
     window=("months", 6, "within 6 months from the date of this letter"),
     addr=["Capitol Mutual Benefit Plan", "FEHB Reconsideration Unit", "1400 Constitution Way, Suite 300",
           "Silver Spring, MD 20910"],
     evidence=dict(category="not in our network", plan="Federal Employees Health Benefits", urgent=None),
     traps=["90 days", "77 Quarry Hill Court"],
     note="An FEHB carrier's letter (Word), the facts in sentences, dated by its date line only: an "
          "out-of-network psychologist on 3 days written as one list (90837; F43.10; CO-242): out_of_network. "
          "Stated 6 months from the letter's date.")

# 06 ------------------------------------------------------------------------------------------
case(num="06", slug="student-plan-portal-three-claims-therapy-visit-maximum-html", kind="html",
     device=None, lang="en",
     lines=[
         "# Ridgeview State University Student Health Insurance Plan - Claims",
         F_EN,
         "Underwritten by Alder Peak Insurance Co. Signed in as Jonah T. Whitcomb. Student ID S00471992.",
         "|Claim|Provider|Dates|Status",
         "|CLM 26-77104|Campus Counseling Center|10/05/2026|Paid",
         "|CLM 26-77311|Northside Therapy Group|10/19/2026 - 10/26/2026|Denied",
         "|CLM 26-76990|Ridgeview Urgent Care|09/28/2026|Pending",
         "# Explanation of Benefits: CLM 26-77311",
         "Member: Jonah T. Whitcomb    Member ID: RSU-26-008841    EOB issued: 11/02/2026",
         "|Date of service|Code|Diagnosis|Charge|Plan paid|Remark",
         "|10/19/2026|90834|F41.1|$140.00|$0.00|CO-119",
         "|10/26/2026|90834|F41.1|$140.00|$0.00|CO-119",
         "CO-119: Your plan pays for up to 20 outpatient therapy visits per policy year. You reached the benefit "
         "maximum on October 12, 2026, so these visits are not paid.",
         "# Appeals",
         "You have 180 days after you receive this Explanation of Benefits to file an appeal. Appeals go to: "
         "Alder Peak Insurance Co., Student Plan Appeals, PO Box 4417, Columbus, OH 43216-4417. "
         "Questions: 1-555-0180 or help@alderpeak.example.",
         "Printed 12/03/2026 9:14 PM from portal.alderpeak.example",
     ],
     key=dict(patient_name="Jonah T. Whitcomb", member_id="RSU-26-008841", claim_number="CLM 26-77311",
              notice_date=D(2026, 11, 2), service_dates=[D(2026, 10, 19), D(2026, 10, 26)],
              procedure_codes=["90834"], diagnosis_codes=["F41.1"], carc_codes=["CO-119"],
              denial_category="benefit_limit", plan_type="individual_aca", urgent=False),
     nd=("EOB issued", "11/02/2026"), sd=["10/19/2026", "10/26/2026"],
     window=("days", 180, "You have 180 days after you receive this Explanation of Benefits to file an appeal"),
     addr=["Alder Peak Insurance Co.", "Student Plan Appeals", "PO Box 4417", "Columbus, OH 43216-4417"],
     evidence=dict(category="benefit maximum", plan="Student Health Insurance Plan", urgent=None),
     traps=["S00471992", "CLM 26-77104", "CLM 26-76990", "12/03/2026", "10/05/2026", "October 12, 2026"],
     note="A student health plan's portal page (HTML): a list of 3 claims over one claim's EOB; therapy on 2 "
          "days past the 20-visit maximum (CO-119): benefit_limit. Stated 180 days after receipt.")

# 07 ------------------------------------------------------------------------------------------
case(num="07", slug="church-plan-secure-message-forwarded-nerve-blocks-no-auth-eml", kind="eml",
     device=None, lang="en",
     lines=[
         "# Cornerstone Fellowship Ministries Benefit Plan - Secure Message",
         F_EN,
         "Date of notice: October 16, 2026",
         "Member: Miriam K. Sato    Member ID: CFM-009312    Claim: CF26-44190",
         "Dear Miriam K. Sato,",
         "We reviewed the claim from Ashgrove Headache Clinic for greater occipital nerve blocks (64405) given on "
         "10/01/2026 and 10/05/2026 for chronic migraine (G43.709). The plan requires prior authorization for "
         "nerve blocks, and none was requested before these visits, so the claim is denied (CO-197).",
         "This plan is a church plan sponsored by Cornerstone Fellowship Ministries. It is not subject to ERISA. "
         "Your rights to appeal, and the time you have to file, are described in the Plan Document.",
         "To appeal, write to: Cornerstone Fellowship Ministries Benefit Plan, Attn: Benefits Appeals "
         "Committee, 8100 Heritage Parkway, Nashville, TN 37211.",
         "Benefits Office: 1-555-0190, benefits@cfm-plan.example",
     ],
     extra=dict(frm="Miriam Sato <miriam.sato@mailbox.example>", to="Billing <billing@ashgrove-clinic.example>",
                date="Wed, 02 Dec 2026 08:41:12 -0600", subject="Fwd: Secure message: claim CF26-44190",
                intro="Hi Renee, this came through the plan's portal. Can you help me appeal? Miriam",
                fwd_from="Cornerstone Benefits <no-reply@cfm-plan.example>",
                fwd_date="Friday, October 16, 2026 3:02 PM"),
     key=dict(patient_name="Miriam K. Sato", member_id="CFM-009312", claim_number="CF26-44190",
              notice_date=D(2026, 10, 16), service_dates=[D(2026, 10, 1), D(2026, 10, 5)],
              procedure_codes=["64405"], diagnosis_codes=["G43.709"], carc_codes=["CO-197"],
              denial_category="prior_authorization", plan_type="church", urgent=False),
     nd=("Date of notice", "October 16, 2026"), sd=["10/01/2026", "10/05/2026"],
     window=("rule", 180, "26 CFR 54.9815-2719(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)"),
     addr=["Cornerstone Fellowship Ministries Benefit Plan", "Attn: Benefits Appeals Committee",
           "8100 Heritage Parkway", "Nashville, TN 37211"],
     evidence=dict(category="prior authorization", plan="church plan", urgent=None),
     traps=["02 Dec 2026", "Renee"],
     note="A church plan's secure message (not ERISA), forwarded by the patient from her portal to her clinic's "
          "billing office as an e-mail: occipital nerve blocks on 2 days without prior authorization (CO-197). "
          "No time limit printed (it points to the Plan Document): church rule, 180 days.")

# 08 ------------------------------------------------------------------------------------------
case(num="08", slug="short-term-policy-iop-pre-existing-exclusion-folded-half-photo", kind="jpg",
     device="half_fold", lang="en",
     lines=[
         "PINECREST INDEMNITY CO. - Bridgewell Short-Term Medical",
         "450 Ridge Road, Omaha, NE 68114",
         F_EN,
         "Letter date: November 12, 2026",
         "Insured: Trevor L. Ashby    Policy number: STM-5581-2207    Claim: PI-26-100482",
         "# Claim determination",
         "We have completed our review of the claim from Prairie Light Recovery for intensive outpatient program "
         "days (S9480) on 10/12/2026, 10/13/2026 and 10/14/2026, diagnosis F33.1.",
         "Your short-term medical policy excludes care for a pre-existing condition: a condition for which you "
         "had treatment or advice in the 24 months before your coverage began. Your records show treatment for "
         "depression in 2025. The claim is therefore not covered (adjustment CO-51).",
         "This policy is not comprehensive health insurance and is not subject to the Affordable Care Act's "
         "appeal rules. Your coverage term is 364 days.",
         "# How to ask for a review",
         "You may request a review within 60 days of the date of this letter. Send your request and any medical "
         "records to: Pinecrest Indemnity Co., Claim Review Department, 450 Ridge Road, Suite 210, "
         "Omaha, NE 68114. Phone 1-555-0121.",
     ],
     key=dict(patient_name="Trevor L. Ashby", member_id="STM-5581-2207", claim_number="PI-26-100482",
              notice_date=D(2026, 11, 12), service_dates=[D(2026, 10, 12), D(2026, 10, 13), D(2026, 10, 14)],
              procedure_codes=["S9480"], diagnosis_codes=["F33.1"], carc_codes=["CO-51"],
              denial_category="not_covered", plan_type="short_term", urgent=False),
     nd=("Letter date", "November 12, 2026"), sd=["10/12/2026", "10/13/2026", "10/14/2026"],
     window=("days", 60, "request a review within 60 days of the date of this letter"),
     addr=["Pinecrest Indemnity Co.", "Claim Review Department", "450 Ridge Road, Suite 210", "Omaha, NE 68114"],
     evidence=dict(category="pre-existing condition", plan="short-term medical", urgent=None),
     traps=["24 months", "364 days"],
     note="A short-term medical policy's letter: IOP on 3 days refused under the pre-existing condition "
          "exclusion (CO-51): not_covered. The letterhead and the review address share a street, only the "
          "second has the suite. Photographed after being folded in half: the two halves tilt differently, with "
          "a shaded crease between. Stated 60 days.")

# 09 ------------------------------------------------------------------------------------------
case(num="09", slug="self-funded-final-internal-decision-tms-upheld-external-review-portal-html", kind="html",
     device=None, lang="en",
     lines=[
         "# Northgate Administrative Services - Message Center",
         F_EN,
         "Tidewater Shipbuilders Health Benefit Plan (self-funded; Northgate is the claims administrator)",
         "# Final internal adverse benefit determination (Level 2 appeal)",
         "|Decision date|November 6, 2026",
         "|Member|Gregory A. Tillman",
         "|Member ID|NAS-615-22983-01",
         "|Original claim number|NG-2026-081744",
         "|Appeal reference|APL-26-3319",
         "We received your second-level appeal on September 30, 2026. A board-certified psychiatrist who took no "
         "part in the earlier decisions reviewed it.",
         "|Date of service|Code|Diagnosis|Adjustment",
         "|08/10/2026|90867|F33.2|CO-50",
         "|08/11/2026|90868|F33.2|CO-50",
         "|08/12/2026|90868|F33.2|CO-50",
         "Decision: the denial is UPHELD. Transcranial magnetic stimulation was not medically necessary because "
         "the plan's criteria require four failed antidepressant trials and the records show two.",
         "This is the final decision on your internal appeals. No further internal appeal is available under "
         "the plan, which is governed by ERISA.",
         "You may request an external review within 4 months after the date of this notice. Send your request "
         "for external review to: Northgate Administrative Services, External Review Coordinator, PO Box 61077, "
         "Norfolk, VA 23501-1077.",
         "Do not send external review requests to our Appeals Unit, PO Box 61020, Norfolk, VA 23501.",
         "Questions: 1-555-0122, portal.northgate-tpa.example",
     ],
     key=dict(patient_name="Gregory A. Tillman", member_id="NAS-615-22983-01", claim_number="NG-2026-081744",
              notice_date=D(2026, 11, 6), service_dates=[D(2026, 8, 10), D(2026, 8, 11), D(2026, 8, 12)],
              procedure_codes=["90867", "90868"], diagnosis_codes=["F33.2"], carc_codes=["CO-50"],
              denial_category="medical_necessity", plan_type="employer_erisa", urgent=False),
     nd=("Decision date", "November 6, 2026"), sd=["08/10/2026", "08/11/2026", "08/12/2026"],
     window=("months", 4, "request an external review within 4 months after the date of this notice"),
     addr=["Northgate Administrative Services", "External Review Coordinator", "PO Box 61077",
           "Norfolk, VA 23501-1077"],
     evidence=dict(category="not medically necessary", plan="self-funded", urgent=None),
     traps=["APL-26-3319", "September 30, 2026", "PO Box 61020"],
     note="A self-funded plan's final internal appeal decision shown in its administrator's portal (HTML): TMS "
          "upheld as not medically necessary. Per docs/intake.md's contract the deadline is the external "
          "review's stated 4 months from the decision, the address the external review's, the claim number the "
          "original claim's (not the appeal reference).")

# 10 ------------------------------------------------------------------------------------------
case(num="10", slug="medicare-advantage-expedited-spravato-denial-backlit-show-through-photo", kind="jpg",
     device="backlit", lang="en",
     lines=[
         "Silverleaf Advantage HMO (a fictional Medicare Advantage plan)",
         F_EN,
         "# Notice of Denial of Medical Coverage",
         "Date: November 18, 2026",
         "Name: Lorraine B. Osei    Member number: SLA44017725",
         "Medicare Number: 3HX8-YU1-RN44    Request number: OD-26-118834",
         "# Your request was denied",
         "We denied the esketamine nasal spray treatment (J0013) with the required monitoring (G2083) that "
         "Dr. Priya Nandakumar asked for to treat your depression (F33.2). It was not medically necessary "
         "because the records do not show the depression scores our coverage criteria ask for.",
         "We made this decision on an expedited (fast) basis because your doctor told us that waiting could "
         "seriously harm your health.",
         "# You have the right to appeal our decision",
         "If you want to appeal, you must ask for an appeal within 65 days of the date of this notice. "
         "You may ask for a fast appeal: we will decide within 72 hours.",
         "Send a written appeal to: Silverleaf Advantage HMO, Appeals and Grievances Department, PO Box 9070, "
         "Sacramento, CA 95820-9070. Fax 1-555-0124. Member services 1-555-0123 (TTY 711).",
     ],
     key=dict(patient_name="Lorraine B. Osei", member_id="SLA44017725", claim_number="OD-26-118834",
              notice_date=D(2026, 11, 18), procedure_codes=["J0013", "G2083"], diagnosis_codes=["F33.2"],
              denial_category="medical_necessity", plan_type="medicare_advantage", urgent=True),
     nd=("Date", "November 18, 2026"), sd=[],
     window=("days", 65, "you must ask for an appeal within 65 days of the date of this notice"),
     addr=["Silverleaf Advantage HMO", "Appeals and Grievances Department", "PO Box 9070",
           "Sacramento, CA 95820-9070"],
     evidence=dict(category="not medically necessary", plan="Medicare Advantage", urgent="expedited (fast) basis"),
     traps=["3HX8-YU1-RN44", "72 hours"],
     note="A Medicare Advantage plan's denial of Spravato before care, decided on an expedited basis (urgent). "
          "Photographed held up against a ceiling lamp: the back of the sheet (a page of plan information) "
          "shows through mirrored. Stated 65 days.")

# 11 ------------------------------------------------------------------------------------------
case(num="11", slug="es-marketplace-psychiatrist-out-of-network-granite-warm-light-photo", kind="jpg",
     device="granite_warm", lang="es",
     lines=[
         "ASEGURADORA MESA VERDE - Plan Sol Bronce 4500 (Mercado de Seguros Médicos)",
         F_ES,
         "# Aviso de denegación de reclamo",
         "Fecha de la notificación: 9 de noviembre de 2026",
         "Asegurada: Yesenia Carrasco Ibarra    Número de miembro: MVA-880134-01",
         "Fecha de nacimiento: 09/11/1984    Número de reclamo: MV26-52207",
         "Las fechas de la tabla están escritas día/mes/año.",
         "|Fecha de servicio|Código|Diagnóstico|Cargo|Pagado|Ajuste",
         "|14/10/2026|90792|F33.1|$380.00|$0.00|CO-242",
         "|21/10/2026|99214|F33.1|$220.00|$0.00|CO-242",
         "Motivo: la Dra. Inés Vallarta no pertenece a la red de su plan, y su plan EPO no paga la atención "
         "fuera de la red salvo en una emergencia (CO-242).",
         "# Su derecho a apelar",
         "Usted tiene 180 días a partir de la fecha de este aviso para presentar una apelación. Envíela a: "
         "Aseguradora Mesa Verde, Departamento de Apelaciones, Apartado Postal 22190, Albuquerque, NM 87154.",
         "Ayuda en español: 1-555-0125, www.mesaverde-seguros.example",
     ],
     key=dict(patient_name="Yesenia Carrasco Ibarra", member_id="MVA-880134-01", claim_number="MV26-52207",
              notice_date=D(2026, 11, 9), service_dates=[D(2026, 10, 14), D(2026, 10, 21)],
              procedure_codes=["90792", "99214"], diagnosis_codes=["F33.1"], carc_codes=["CO-242"],
              denial_category="out_of_network", plan_type="individual_aca", urgent=False),
     nd=("Fecha de la notificación", "9 de noviembre de 2026"), sd=["14/10/2026", "21/10/2026"],
     window=("days", 180, "Usted tiene 180 días a partir de la fecha de este aviso"),
     addr=["Aseguradora Mesa Verde", "Departamento de Apelaciones", "Apartado Postal 22190", "Albuquerque, NM 87154"],
     evidence=dict(category="fuera de la red", plan="Mercado de Seguros", urgent=None),
     traps=["09/11/1984"],
     note="A Marketplace EPO's claim denial in Spanish: a psychiatric evaluation and a follow-up visit out of "
          "network (CO-242). The date of birth 09/11/1984 shares the notice's day and month (9 November). "
          "Photographed on a speckled granite counter under a warm kitchen bulb (strong orange cast). Stated "
          "180 días.")

# 12 ------------------------------------------------------------------------------------------
case(num="12", slug="county-employees-plan-tms-late-filing-platen-speckle-copy-tiff", kind="tif",
     device="platen_speckle", lang="en",
     lines=[
         "ALDER COUNTY EMPLOYEES' HEALTH PLAN",
         "Human Resources - Employee Benefits",
         F_EN,
         "Date Issued: 11/05/2026",
         "Employee/Patient: CURTIS W BEAUMONT    ID: AC-0072214",
         "Claim No.: MCE 26 10 3377",
         "|Service Date|Code|Dx|Billed|Paid|Reason",
         "|03/09/2026|90868|F33.2|$325.00|$0.00|CO-29",
         "|03/10/2026|90868|F33.2|$325.00|$0.00|CO-29",
         "REASON CO-29: THE CLAIM WAS RECEIVED 10/21/2026, AFTER THE PLAN'S LIMIT OF 180 DAYS FROM THE DATE "
         "OF SERVICE FOR FILING CLAIMS.",
         "THIS PLAN IS SPONSORED BY ALDER COUNTY, A LOCAL GOVERNMENT EMPLOYER. IT IS A GOVERNMENTAL PLAN AND IS "
         "NOT GOVERNED BY ERISA.",
         "APPEALS: Your appeal must be received no later than May 3, 2027. Address it to:",
         "Alder County Human Resources, Employee Benefits Appeals, 200 Courthouse Square, Room 310, "
         "Salem, OR 97301",
         "Benefits line: 1-555-0126",
     ],
     key=dict(patient_name="CURTIS W BEAUMONT", member_id="AC-0072214", claim_number="MCE 26 10 3377",
              notice_date=D(2026, 11, 5), service_dates=[D(2026, 3, 9), D(2026, 3, 10)],
              procedure_codes=["90868"], diagnosis_codes=["F33.2"], carc_codes=["CO-29"],
              denial_category="timely_filing", plan_type="governmental", urgent=False),
     nd=("Date Issued", "11/05/2026"), sd=["03/09/2026", "03/10/2026"],
     window=("date", D(2027, 5, 3), "must be received no later than May 3, 2027"),
     addr=["Alder County Human Resources", "Employee Benefits Appeals", "200 Courthouse Square", "Room 310",
           "Salem, OR 97301"],
     evidence=dict(category="CO-29", plan="GOVERNMENTAL PLAN", urgent=None),
     traps=["10/21/2026", "180 DAYS"],
     note="A county employees' plan (governmental) EOB: TMS on 2 days in March refused as filed late (CO-29). "
          "A photocopy scanned to a 1-bit TIFF off a dirty platen: toner speckle, a hair and dust. The filing "
          "limit (180 days) is a trap; the stated date May 3, 2027 is keyed.")

# 13 ------------------------------------------------------------------------------------------
case(num="13", slug="es-medicare-advantage-ect-no-authorization-window-bloom-photo", kind="jpg",
     device="window_bloom", lang="es",
     lines=[
         "HORIZONTE DORADO - Plan Medicare Advantage (HMO) ficticio",
         F_ES,
         "# Aviso de denegación de pago",
         "Fecha de este aviso: 3 de noviembre de 2026",
         "Afiliado: Rogelio Benítez Salcedo    Número de afiliado: HDM-7720-3318",
         "Número de Medicare: 6PR1-KD4-TT29    Número de reclamo: HD-26-204117",
         "Hemos denegado el pago de la terapia electroconvulsiva (código 90870) que recibió en el Hospital San "
         "Rafael los días 12 y 19 de octubre de 2026, diagnóstico F33.3. Este servicio requiere autorización "
         "previa y el hospital no la pidió (código de ajuste CO-197).",
         "# Su derecho a apelar",
         "Debe pedir la apelación dentro de 65 días a partir de la fecha de este aviso. Escriba a: Horizonte "
         "Dorado Medicare Advantage, Departamento de Apelaciones y Quejas, Apartado Postal 40318, "
         "San Antonio, TX 78229.",
         "Servicios al afiliado: 1-555-0127 (TTY 711).",
     ],
     key=dict(patient_name="Rogelio Benítez Salcedo", member_id="HDM-7720-3318", claim_number="HD-26-204117",
              notice_date=D(2026, 11, 3), service_dates=[D(2026, 10, 12), D(2026, 10, 19)],
              procedure_codes=["90870"], diagnosis_codes=["F33.3"], carc_codes=["CO-197"],
              denial_category="prior_authorization", plan_type="medicare_advantage", urgent=False),
     nd=("Fecha de este aviso", "3 de noviembre de 2026"), sd=["12 y 19 de octubre de 2026"],
     window=("days", 65, "dentro de 65 días a partir de la fecha de este aviso"),
     addr=["Horizonte Dorado Medicare Advantage", "Departamento de Apelaciones y Quejas", "Apartado Postal 40318",
           "San Antonio, TX 78229"],
     evidence=dict(category="autorización previa", plan="Medicare Advantage", urgent=None),
     traps=["6PR1-KD4-TT29"],
     note="A Medicare Advantage payment denial in Spanish, a letter: ECT on 2 days written as one list, no prior "
          "authorization (CO-197). Photographed on a table beside a sunny window: the light blooms over the "
          "right side and washes out the edge. Stated 65 días.")

# 14 ------------------------------------------------------------------------------------------
case(num="14", slug="es-marketplace-eob-two-page-phone-pdf-ketamine-missing-ndc", kind="pdfimg",
     device="two_photos", lang="es",
     lines=[
         "COMPAÑÍA DE SEGUROS RIBERA DEL SUR - Plan Plata Ribera 70",
         F_ES,
         "# Explicación de beneficios (EOB)",
         "Fecha de la EOB: 27 de octubre de 2026",
         "Paciente: Adriana Solís Montenegro    Identificación del miembro: CSR-31-447208",
         "Número de reclamo: RS2610-88412    Plan del Mercado de Seguros Médicos (individual)",
         "Fechas en formato DD/MM/AAAA.",
         "|Fecha|Código|Diagnóstico|Cargo|Pagado|Ajuste|Estado",
         "|30/09/2026|99213|F33.2|$160.00|$112.00|PR-2|Pagada",
         "|30/09/2026|96365|F33.2|$410.00|$0.00|CO-16|Denegada",
         "|30/09/2026|J3490|F33.2|$95.00|$0.00|CO-16|Denegada",
         "|07/10/2026|96365|F33.2|$410.00|$0.00|CO-16|Denegada",
         "|07/10/2026|J3490|F33.2|$95.00|$0.00|CO-16|Denegada",
         "CO-16 con M119: al reclamo le falta información. Para el medicamento sin clasificar (J3490) hace falta "
         "el código nacional del medicamento (NDC). Su proveedor puede enviar un reclamo corregido; un reclamo "
         "corregido no es una apelación.",
         "@page",
         "# Página 2 de 2 - Sus derechos de apelación",
         "Si no está de acuerdo, puede apelar. Envíe su apelación a más tardar el 20 de abril de 2027 a:",
         "Compañía de Seguros Ribera del Sur",
         "Unidad de Apelaciones",
         "Apartado Postal 5530",
         "Miami, FL 33152-5530",
         "Teléfono: 1-555-0128. Asistencia al consumidor del estado: 1-555-0129.",
     ],
     key=dict(patient_name="Adriana Solís Montenegro", member_id="CSR-31-447208", claim_number="RS2610-88412",
              notice_date=D(2026, 10, 27), service_dates=[D(2026, 9, 30), D(2026, 10, 7)],
              procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"], carc_codes=["CO-16"],
              denial_category="coding_billing", plan_type="individual_aca", urgent=False),
     nd=("Fecha de la EOB", "27 de octubre de 2026"), sd=["30/09/2026", "07/10/2026"],
     window=("date", D(2027, 4, 20), "a más tardar el 20 de abril de 2027"),
     addr=["Compañía de Seguros Ribera del Sur", "Unidad de Apelaciones", "Apartado Postal 5530",
           "Miami, FL 33152-5530"],
     evidence=dict(category="falta información", plan="Mercado de Seguros", urgent=None),
     traps=["99213", "PR-2", "M119"],
     note="A Marketplace EOB in Spanish over two pages, two phone photos joined into an image-only PDF, each "
          "page at its own angle and exposure: IV ketamine on 2 days denied for a missing NDC (CO-16 with "
          "M119): coding_billing; the office visit paid (99213, PR-2) is a trap. Stated date 20 de abril de 2027.")

# 15 ------------------------------------------------------------------------------------------
case(num="15", slug="es-chip-teen-iop-request-denied-lavender-paper-palette-scan-png", kind="png",
     device="lavender_palette", lang="es",
     lines=[
         "PLAN CUIDADO KIDS - Programa de Seguro Médico para Niños (CHIP) ficticio",
         F_ES,
         "# Aviso de decisión adversa sobre beneficios",
         "Fecha: 13 de noviembre de 2026",
         "Para: Luz Ruiz Ortega, madre de",
         "Miembro: Mateo Quintero Ruiz    Fecha de nacimiento: 13/11/2012",
         "Número de identificación del miembro: CHK-2290-0417",
         "Número de autorización: PA-26-61530",
         "Negamos la solicitud del programa intensivo ambulatorio (S9480) para Mateo, diagnóstico F32.2. "
         "Nuestro médico revisor decidió que no es médicamente necesario: los registros no muestran que la "
         "terapia semanal haya fallado.",
         "Este plan es parte del CHIP del estado y no es Medicaid.",
         "# Cómo apelar",
         "Puede apelar dentro de 60 días a partir de la fecha de este aviso. Envíe su apelación a: Plan Cuidado "
         "Kids CHIP, Atención: Apelaciones, 1010 Calle Alameda, Suite 400, El Paso, TX 79901.",
         "Llame al 1-555-0131 si necesita ayuda.",
     ],
     key=dict(patient_name="Mateo Quintero Ruiz", member_id="CHK-2290-0417", claim_number="PA-26-61530",
              notice_date=D(2026, 11, 13), procedure_codes=["S9480"], diagnosis_codes=["F32.2"],
              denial_category="medical_necessity", plan_type="chip", urgent=False),
     nd=("Fecha", "13 de noviembre de 2026"), sd=[],
     window=("days", 60, "dentro de 60 días a partir de la fecha de este aviso"),
     addr=["Plan Cuidado Kids CHIP", "Atención: Apelaciones", "1010 Calle Alameda", "Suite 400", "El Paso, TX 79901"],
     evidence=dict(category="no es médicamente necesario", plan="CHIP", urgent=None),
     traps=["Luz Ruiz Ortega", "13/11/2012"],
     note="A separate CHIP's denial in Spanish of an IOP for a teenager, before care (the authorization number "
          "keyed). Addressed to the mother (a trap); the DOB 13/11/2012 shares the notice's day and month. Printed "
          "on lavender paper, scanned at 150 dpi and saved as a 16-colour palette PNG. Stated 60 días.")

# 16 ------------------------------------------------------------------------------------------
case(num="16", slug="es-medicaid-mco-ketamine-experimental-page-over-knee-photo", kind="jpg",
     device="knee_bend", lang="es",
     lines=[
         "SALUD COMUNITARIA PLAN - Medicaid (ficticio)",
         F_ES,
         "# Aviso de determinación adversa de beneficios",
         "Fecha de la carta: 6 de noviembre de 2026",
         "Miembro: Ignacio Fuentes Lara    ID del plan: SCP-55190027",
         "Número de Medicaid: 990418773    Reclamo: SC-26-0991203",
         "|Fecha|Código|Diagnóstico|Decisión|Ajuste",
         "|20/10/2026|96365|G89.4|Denegada|CO-55",
         "|20/10/2026|J3490|G89.4|Denegada|CO-55",
         "|23/10/2026|96365|G89.4|Denegada|CO-55",
         "|23/10/2026|J3490|G89.4|Denegada|CO-55",
         "Motivo: la infusión de ketamina para el dolor crónico es experimental o en investigación según la "
         "política del plan (CO-55).",
         "# Sus derechos",
         "Puede apelar dentro de 60 días calendario a partir de la fecha de este aviso. Para seguir recibiendo "
         "un servicio durante la apelación, apele dentro de 10 días. Después de la apelación, puede pedir una "
         "audiencia imparcial estatal dentro de 120 días.",
         "Envíe su apelación a: Salud Comunitaria Plan, Unidad de Apelaciones, 2500 Calle Loíza, Piso 3, "
         "San Juan, PR 00913. Teléfono 1-555-0132.",
     ],
     key=dict(patient_name="Ignacio Fuentes Lara", member_id="SCP-55190027", claim_number="SC-26-0991203",
              notice_date=D(2026, 11, 6), service_dates=[D(2026, 10, 20), D(2026, 10, 23)],
              procedure_codes=["96365", "J3490"], diagnosis_codes=["G89.4"], carc_codes=["CO-55"],
              denial_category="experimental_investigational", plan_type="medicaid", urgent=False),
     nd=("Fecha de la carta", "6 de noviembre de 2026"), sd=["20/10/2026", "23/10/2026"],
     window=("days", 60, "dentro de 60 días calendario a partir de la fecha de este aviso"),
     addr=["Salud Comunitaria Plan", "Unidad de Apelaciones", "2500 Calle Loíza", "Piso 3", "San Juan, PR 00913"],
     evidence=dict(category="experimental", plan="Medicaid", urgent=None),
     traps=["990418773", "10 días", "120 días"],
     note="A Medicaid managed-care plan's notice in Spanish: IV ketamine for chronic pain on 2 days as "
          "experimental (CO-55). The plan's ID is keyed, not the Medicaid number. Photographed draped over a "
          "knee in jeans, the page bending away at the sides. Stated 60 días.")

# 17 ------------------------------------------------------------------------------------------
case(num="17", slug="es-part-d-pbm-expedited-non-formulary-pregabalin-email-eml", kind="eml",
     device=None, lang="es",
     lines=[
         "# FarmaRed Servicios de Beneficios - para Estrella Rx (PDP)",
         F_ES,
         "Aviso de denegación de cobertura de medicamentos recetados de Medicare",
         "Fecha de la decisión: 1 de diciembre de 2026",
         "Afiliada: Consuelo Aranda Vega    Número de miembro: ERX55012874",
         "Número de Medicare: 8MV3-QE6-HA12    Número de solicitud: DC-26-774120",
         "Denegamos la pregabalina de liberación prolongada (Lyrica CR) 165 mg que pidió su médico para el dolor "
         "de la fibromialgia (M79.7). Este medicamento no está en nuestra Lista de medicamentos (formulario). "
         "Su médico puede pedir una excepción al formulario.",
         "Tomamos esta decisión de forma rápida (acelerada) porque su médico dijo que esperar podría dañar "
         "gravemente su salud.",
         "Si no está de acuerdo, puede pedir una redeterminación dentro de 65 días a partir de la fecha de este "
         "aviso. Envíe su solicitud a: FarmaRed Servicios de Beneficios, Atención: Redeterminaciones de la "
         "Parte D, Apartado Postal 61844, Dallas, TX 75261-1844. Fax 1-555-0135.",
         "Servicios al afiliado: 1-555-0136 (TTY 711).",
     ],
     extra=dict(frm="Beatriz Vega Aranda <bea.vega@correo.example>", to="Consuelo Aranda <consuelo.aranda@correo.example>",
                date="Thu, 03 Dec 2026 19:05:40 -0600", subject="RV: Aviso de FarmaRed DC-26-774120",
                intro="Mamá, te reenvío el aviso que me llegó como tu representante. Beatriz",
                fwd_from="FarmaRed Avisos <avisos@farmared.example>",
                fwd_date="martes, 1 de diciembre de 2026, 16:20"),
     key=dict(patient_name="Consuelo Aranda Vega", member_id="ERX55012874", claim_number="DC-26-774120",
              notice_date=D(2026, 12, 1), diagnosis_codes=["M79.7"], denial_category="not_covered",
              plan_type="medicare_part_d", urgent=True),
     nd=("Fecha de la decisión", "1 de diciembre de 2026"), sd=[],
     window=("days", 65, "dentro de 65 días a partir de la fecha de este aviso"),
     addr=["FarmaRed Servicios de Beneficios", "Atención: Redeterminaciones de la Parte D", "Apartado Postal 61844",
           "Dallas, TX 75261-1844"],
     evidence=dict(category="no está en nuestra Lista de medicamentos", plan="Medicare",
                   urgent="rápida (acelerada)"),
     traps=["8MV3-QE6-HA12", "Beatriz Vega Aranda", "03 Dec 2026"],
     note="A Part D coverage determination in Spanish from a pharmacy benefit manager, decided fast (urgent): "
          "extended-release pregabalin not on the formulary: not_covered. Sent to the daughter as representative, "
          "who forwards it to her mother (.eml, Gmail-style Spanish forward, the HTML part base64). Stated 65 días.")

# 18 ------------------------------------------------------------------------------------------
case(num="18", slug="part-d-redetermination-upheld-brexpiprazole-ire-next-level-txt", kind="txt",
     device=None, lang="en",
     lines=[
         "LARKSPUR RX SERVICES, for Northwind Value Rx (PDP), a Medicare Part D plan",
         F_EN,
         "# REDETERMINATION NOTICE",
         "Date of decision: November 24, 2026",
         "Enrollee: Dolores M. Kittredge",
         "Member ID: NWV30992104",
         "Coverage determination number: CD-26-29875 (original decision October 2, 2026)",
         "Redetermination number: RD-26-30118",
         "Drug: brexpiprazole (Rexulti) 1 mg, added to an antidepressant. Diagnosis: F33.1",
         "Our decision: UNFAVORABLE. We have affirmed the denial. The plan covers this drug for depression only "
         "when the prior authorization criteria are met, and the records do not show two antidepressant trials "
         "of adequate length. The drug is not medically necessary under those criteria.",
         "WHAT YOU CAN DO NEXT: You may ask the Independent Review Entity to review our decision. Your request "
         "must be in writing and made within 65 days of the date of this notice. Send it to:",
         "Keystone Review Partners (fictional Part D Independent Review Entity)",
         "Reconsideration Intake",
         "PO Box 1480",
         "Pittsford, NY 14534",
         "Do not send it to Larkspur Rx Services, PO Box 3310, Tulsa, OK 74101.",
         "Questions: 1-555-0137 (TTY 711), larkspur-rx.example",
     ],
     key=dict(patient_name="Dolores M. Kittredge", member_id="NWV30992104", claim_number="CD-26-29875",
              notice_date=D(2026, 11, 24), diagnosis_codes=["F33.1"], denial_category="medical_necessity",
              plan_type="medicare_part_d", urgent=False),
     nd=("Date of decision", "November 24, 2026"), sd=[],
     window=("days", 65, "must be in writing and made within 65 days of the date of this notice"),
     addr=["Keystone Review Partners (fictional Part D Independent Review Entity)", "Reconsideration Intake",
           "PO Box 1480", "Pittsford, NY 14534"],
     evidence=dict(category="not medically necessary", plan="Medicare Part D", urgent=None),
     traps=["RD-26-30118", "October 2, 2026", "PO Box 3310"],
     note="A Part D plan's redetermination decision (plain text), upholding a prior-authorization denial of "
          "brexpiprazole as not medically necessary. Per docs/intake.md's contract: the next level (the IRE) in "
          "the printed 65 days, its address, and the original coverage determination's number, not the "
          "redetermination's.")
