"""The 18 notices of set 49, as data. Everything here is FICTIONAL: people, plans, providers, numbers, addresses.
Services are described in my own words; CPT codes appear by number only."""
from dates import D, us, us1, long, short, es, dmy, dmon

FICT_EN = "FICTIONAL SAMPLE - not a real notice. All names, numbers and addresses are invented."
FICT_ES = "MUESTRA FICTICIA - no es un aviso real. Todos los nombres, números y direcciones son inventados."

CASES = []


def case(**kw):
    CASES.append(kw)
    return kw


# ---------------------------------------------------------------------------------------------------------- 01
nd = D(2026, 11, 12)
case(
    num=1, slug="self-funded-tpa-family-eob-three-claims-ketamine-no-auth-tube-light-glare-photo", lang="en",
    kind="jpeg", device="glare_streak",
    blocks=[
        ("title", "Keelson Benefit Services"),
        ("small", "Third-party administrator  |  2200 Corporate Row, Dayton, OH 45414  |  1-555-0142  |  keelson.example"),
        ("small", FICT_EN),
        ("rule",),
        ("h", "EXPLANATION OF BENEFITS - THIS IS NOT A BILL"),
        ("kv", [("Plan", "Harrowgate Foundry Employee Medical Plan (self-funded)"),
                ("Subscriber", "Anton Ostrowski   ID KBS-448107-01"),
                ("Group", "HF-20931"),
                ("Statement date", long(nd)),
                ("Statement period", "10/01/2026 - 11/06/2026")]),
        ("p", "Claims for everyone on your coverage that we finished processing in the period are listed below. "
              "Amounts are in US dollars."),
        ("table", ["Claim", "Patient / Member ID", "Service date", "Code", "Dx", "Billed", "Plan paid", "Adj.", "Status"],
         [["26-310-44871", "Delphine R. Ostrowski / KBS-448107-02", us(D(2026, 10, 14)), "99214", "F33.2", "210.00", "96.40", "CO-45", "Paid"],
          ["26-310-45520", "Delphine R. Ostrowski / KBS-448107-02", us(D(2026, 10, 21)), "96365", "F33.2", "780.00", "0.00", "CO-197", "Denied"],
          ["", "", us(D(2026, 10, 21)), "J3490", "F33.2", "145.00", "0.00", "CO-197", "Denied"],
          ["", "", us(D(2026, 10, 23)), "96365", "F33.2", "780.00", "0.00", "CO-197", "Denied"],
          ["", "", us(D(2026, 10, 23)), "J3490", "F33.2", "145.00", "0.00", "CO-197", "Denied"],
          ["26-311-00913", "Anton Ostrowski / KBS-448107-01", us(D(2026, 10, 30)), "90834", "F41.1", "160.00", "112.00", "CO-45", "Paid"]]),
        ("p", "Adjustment codes: CO-45 means the charge is above the amount the plan allows for the provider's "
              "network; CO-197 means the plan required approval before this care and none was on file."),
        ("h", "About claim 26-310-45520"),
        ("p", "The intravenous infusions given to Delphine R. Ostrowski on 10/21/2026 and 10/23/2026 were not "
              "approved in advance, as the plan requires for infusion therapy given in a clinic. The plan paid "
              "nothing on these lines. The clinic may still send the approval request; that request is not an appeal."),
        ("h", "Your right to appeal"),
        ("p", "If you disagree, you or someone you name in writing may appeal within 180 days after you receive "
              "this statement. Include this statement, the claim number and any records that support the care. "
              "Mail your appeal to:"),
        ("addr", ["Harrowgate Foundry Employee Medical Plan", "c/o Keelson Benefit Services", "Attn: Member Appeals",
                  "PO Box 60419", "Dayton, OH 45406"]),
        ("p", "Claims (not appeals) go to PO Box 60400, Dayton, OH 45406. If your health would be at serious risk by "
              "waiting, ask for an urgent appeal by phone at 1-555-0142; urgent appeals are decided within 72 hours."),
    ],
    key=dict(patient_name="Delphine R. Ostrowski", member_id="KBS-448107-02", claim_number="26-310-45520",
             notice_date=nd, service_dates=[D(2026, 10, 21), D(2026, 10, 23)], procedure_codes=["96365", "J3490"],
             diagnosis_codes=["F33.2"], carc_codes=["CO-197"], denial_category="prior_authorization",
             plan_type="employer_erisa", urgent=False),
    nd_label="Statement date", nd_writer="long", svc_writer="us",
    window=("days", 180, "within 180 days after you receive this statement"),
    addr=["Harrowgate Foundry Employee Medical Plan", "c/o Keelson Benefit Services", "Attn: Member Appeals",
          "PO Box 60419", "Dayton, OH 45406"],
    ev=dict(category="not approved in advance", plan="self-funded"),
    traps=["KBS-448107-01", "26-310-44871", "26-311-00913", "HF-20931", "99214", "90834", "F41.1", "CO-45",
           "10/14/2026", "10/30/2026", "PO Box 60400", "2200 Corporate Row", "72 hours"],
    note="A TPA's family EOB for a self-funded employer plan: three claims, the spouse's infusion claim denied for no "
         "approval (CO-197), the subscriber's and a paid visit beside it. Photo under an overhead tube light whose "
         "long glare streak crosses the table.",
)

# ---------------------------------------------------------------------------------------------------------- 02
nd = D(2026, 11, 23)
case(
    num=2, slug="self-funded-tpa-eob-attached-to-clinic-email-tms-session-cap-eml", lang="en",
    kind="eml", device=None,
    blocks=[
        ("title", "Pinnacle Claims Administration"),
        ("small", "Administrator for the Tamsworth Cooperative Health Benefit Plan, a self-funded employer plan"),
        ("small", FICT_EN),
        ("h", "Your Explanation of Benefits is ready"),
        ("kv", [("Member", "Julian Vasquez-Hale"), ("Member ID", "TCH-0071934"), ("Claim number", "7730-2611-0458"),
                ("Provider", "Lumen Ridge TMS Center"), ("Date of notice", long(nd))]),
        ("table", ["Date of service", "Service", "Code", "Diagnosis", "Plan paid", "Remark"],
         [[us(D(2026, 10, 30)), "Magnetic stimulation session 36", "90868", "F33.2", "$118.00", "Paid"],
          [us(D(2026, 11, 2)), "Magnetic stimulation session 37", "90868", "F33.2", "$0.00", "CO-119"],
          [us(D(2026, 11, 3)), "Magnetic stimulation session 38", "90868", "F33.2", "$0.00", "CO-119"]]),
        ("p", "CO-119: the benefit maximum for this period has been reached. Your plan covers up to 36 magnetic "
              "stimulation sessions in a plan year. Sessions 37 and 38 are above that number, so the plan paid "
              "nothing for them."),
        ("h", "If you disagree"),
        ("p", "You may file an appeal within 180 days of receiving this notice. Write to Tamsworth Cooperative "
              "Health Benefit Plan, c/o Pinnacle Claims Administration, Appeals Department, PO Box 8817, "
              "Boise, ID 83707, or fax 1-555-0163. Tell us why the sessions should be covered and send any "
              "records you want us to read."),
        ("small", "Questions: 1-555-0161, Monday to Friday. Do not reply to this e-mail."),
    ],
    extra=dict(
        outer_from="Lumen Ridge TMS Center Billing <billing@lumenridge.example>",
        outer_to="Julian Vasquez-Hale <jvhale@mailbox.example>",
        outer_date="Thu, 03 Dec 2026 15:12:40 -0700",
        outer_subject="Fwd: EOB for your October/November sessions",
        outer_note=["Hi Julian,", "The plan's e-mail about sessions 37 and 38 is attached as you asked. We can "
                    "help with the appeal letter; call us at 1-555-0178.", "Marta, billing office",
                    "Lumen Ridge TMS Center (fictional)"],
        inner_from="Pinnacle Claims <noreply@pinnacleclaims.example>",
        inner_to="billing@lumenridge.example",
        inner_date="Tue, 24 Nov 2026 06:02:11 -0700",
        inner_subject="Explanation of Benefits available - Claim 7730-2611-0458"),
    key=dict(patient_name="Julian Vasquez-Hale", member_id="TCH-0071934", claim_number="7730-2611-0458",
             notice_date=nd, service_dates=[D(2026, 11, 2), D(2026, 11, 3)], procedure_codes=["90868"],
             diagnosis_codes=["F33.2"], carc_codes=["CO-119"], denial_category="benefit_limit",
             plan_type="employer_erisa", urgent=False),
    nd_label="Date of notice", nd_writer="long", svc_writer="us",
    window=("days", 180, "within 180 days of receiving this notice"),
    addr=["Tamsworth Cooperative Health Benefit Plan", "c/o Pinnacle Claims Administration", "Appeals Department",
          "PO Box 8817", "Boise, ID 83707"],
    ev=dict(category="benefit maximum", plan="self-funded employer plan"),
    traps=["10/30/2026", "Marta", "03 Dec 2026", "24 Nov 2026"],
    note="A clinic's billing office forwards the TPA's EOB e-mail as an attached message (message/rfc822). TMS "
         "sessions 37 and 38 above a 36-session yearly maximum (CO-119): benefit_limit. Session 36 paid.",
)

# ---------------------------------------------------------------------------------------------------------- 03
nd = D(2026, 11, 6)
case(
    num=3, slug="part-d-pbm-coverage-determination-non-formulary-pain-drug-two-column-text-pdf", lang="en",
    kind="textpdf", device=None,
    blocks=[
        ("title", "Silverleaf Rx Medicare Prescription Plan (PDP)"),
        ("small", "Pharmacy benefits managed by Corvane Pharmacy Solutions  |  1-555-0120 (TTY 711)  |  silverleafrx.example"),
        ("small", FICT_EN),
        ("h", "NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE"),
        ("cols",
         [("kv", [("Enrollee", "Harold M. Quennell"), ("Member ID", "SLX40028817"), ("Medicare Number", "4TQ9-XK2-MW51"),
                  ("Date of birth", us(D(1952, 4, 17)))])],
         [("kv", [("Notice date", long(nd)), ("Request number", "CD-2026-1104-7718"),
                  ("Prescriber", "Noor Haddad, MD"), ("Diagnosis reported by prescriber", "G89.4")])]),
        ("p", "We denied your request for the drug below. We looked at the request your prescriber sent us on "
              "November 4, 2026."),
        ("kv", [("Drug", "tapentadol extended-release tablets, 100 mg, 60 tablets for 30 days"),
                ("Decision", "Denied")]),
        ("h", "Why we denied your request"),
        ("p", "This drug is not on our Drug List (formulary), and your prescriber did not send a statement that the "
              "drugs on our list for long-lasting pain would not work for you or would harm you. Drugs on our list "
              "that treat the same condition include duloxetine and morphine extended-release tablets."),
        ("h", "You have the right to ask us to review our decision"),
        ("p", "If you disagree, you can ask for a redetermination (an appeal). You must ask for a redetermination "
              "within 65 days from the date of this notice. Send your written request to: Silverleaf Rx Medicare "
              "Prescription Plan, c/o Corvane Pharmacy Solutions, Attn: Part D Redeterminations, PO Box 52190, "
              "Phoenix, AZ 85072. Fax: 1-555-0187."),
        ("p", "If waiting 7 days could seriously harm your health, ask for a fast (expedited) redetermination; we "
              "will decide within 72 hours. This decision was made on a standard basis."),
        ("small", "Corvane Pharmacy Solutions does not handle appeals at its office at 9 Saguaro Court, Tempe, AZ 85281."),
    ],
    key=dict(patient_name="Harold M. Quennell", member_id="SLX40028817", claim_number="CD-2026-1104-7718",
             notice_date=nd, service_dates=[], procedure_codes=[], diagnosis_codes=["G89.4"], carc_codes=[],
             denial_category="not_covered", plan_type="medicare_part_d", urgent=False),
    nd_label="Notice date", nd_writer="long", svc_writer=None,
    window=("days", 65, "within 65 days from the date of this notice"),
    addr=["Silverleaf Rx Medicare Prescription Plan", "c/o Corvane Pharmacy Solutions", "Attn: Part D Redeterminations",
          "PO Box 52190", "Phoenix, AZ 85072"],
    ev=dict(category="not on our Drug List", plan="Medicare Prescription"),
    traps=["4TQ9-XK2-MW51", "04/17/1952", "November 4, 2026", "72 hours", "9 Saguaro Court"],
    note="A Part D plan's coverage determination denial written by its pharmacy benefit manager, the header in two "
         "columns: a pain drug not on the formulary, no exception statement (not_covered). No dates of care, no "
         "procedure code, no CARC: those keys are empty lists.",
)

# ---------------------------------------------------------------------------------------------------------- 04
nd = D(2026, 11, 16)
case(
    num=4, slug="original-medicare-msn-two-pages-scanned-out-of-order-facet-injections-pdf", lang="en",
    kind="pdfimg", device="out_of_order",
    blocks=[
        ("title", "Medicare Summary Notice for Part B (Medical Insurance)"),
        ("small", FICT_EN),
        ("kv", [("Notice date", long(nd)), ("Name", "BEATRIZ L. HOLLOWAY"), ("Medicare Number", "7WD3-RT5-KP28"),
                ("Claims processed", "August 18 - November 13, 2026")]),
        ("p", "THIS IS NOT A BILL. Your total for this period: $0.00 for one claim and $341.52 for a claim Medicare "
              "did not approve. Page 1 of 2"),
        ("h", "Your claims and costs this period"),
        ("table", ["Claim", "Date of service", "Provider", "Service", "Approved?", "You may be billed"],
         [["26-2977-0031-115", long(D(2026, 10, 6)), "Ardent Family Medicine", "99213 office visit", "Yes", "$21.40"],
          ["26-2988-1140-330", long(D(2026, 10, 13)), "Cedarline Pain Associates", "64493 joint injection, first level", "No (A)", "$247.10"],
          ["", long(D(2026, 10, 13)), "Cedarline Pain Associates", "64494 joint injection, next level", "No (A)", "$94.42"]]),
        ("page",),
        ("small", "BEATRIZ L. HOLLOWAY  -  Medicare Number 7WD3-RT5-KP28  -  Page 2 of 2"),
        ("h", "Notes for claims above"),
        ("p", "A. The information provided does not support the need for this service. Medicare does not pay for "
              "care that is not medically necessary for your condition."),
        ("h", "How to handle denied claims or file an appeal"),
        ("p", "If you disagree with a coverage decision, you must file an appeal by March 16, 2027. Circle the "
              "services you disagree with on page 1, explain why, sign, and send this notice or a copy to:"),
        ("addr", ["Prairie Gate Medicare Services", "Part B Redeterminations", "PO Box 3310", "Fargo, ND 58108"]),
        ("p", "Need help? Call 1-555-0109. Your State Health Insurance Assistance Program also gives free counseling."),
    ],
    key=dict(patient_name="BEATRIZ L. HOLLOWAY", member_id="7WD3-RT5-KP28", claim_number="26-2988-1140-330",
             notice_date=nd, service_dates=[D(2026, 10, 13)], procedure_codes=["64493", "64494"],
             diagnosis_codes=[], carc_codes=[], denial_category="medical_necessity", plan_type="medicare",
             urgent=False),
    nd_label="Notice date", nd_writer="long", svc_writer="long",
    window=("date", "long", "you must file an appeal by March 16, 2027"),
    addr=["Prairie Gate Medicare Services", "Part B Redeterminations", "PO Box 3310", "Fargo, ND 58108"],
    ev=dict(category="not medically necessary", plan="Medicare Summary Notice"),
    traps=["26-2977-0031-115", "99213", "October 6, 2026", "November 13, 2026"],
    note="An Original Medicare summary notice of two pages, scanned in the wrong order (page 2, with the appeal "
         "section and address, comes first in the file). Facet joint injections not approved as not needed: "
         "medical_necessity; a paid visit beside it. No diagnosis code or CARC is printed (empty lists).",
)

# ---------------------------------------------------------------------------------------------------------- 05
nd = D(2026, 11, 9)
case(
    num=5, slug="tricare-family-member-ketamine-ptsd-unproven-sunlight-patch-photo", lang="en",
    kind="jpeg", device="sun_patch",
    blocks=[
        ("title", "Westward Military Health Services"),
        ("small", "TRICARE West Region contractor (fictional)  |  1-555-0133  |  westwardmhs.example"),
        ("small", FICT_EN),
        ("kv", [("Date", long(nd))]),
        ("addr", ["Kaylee J. Brannigan", "418 Juniper Bend Drive", "Oceanside, CA 92057"]),
        ("h", "TRICARE claim decision"),
        ("kv", [("Patient", "Kaylee J. Brannigan (active-duty family member)"), ("DoD Benefits Number", "13884402170"),
                ("Sponsor", "SSgt Travis Brannigan, DoD ID 1527739041"), ("Claim number", "TW 2026 3184 0071"),
                ("Provider", "Pacific Crest Infusion Clinic")]),
        ("p", "Dear Ms. Brannigan: We reviewed the claim for intravenous ketamine given for post-traumatic stress "
              "disorder (F43.12). TRICARE cannot share the cost of this care, because ketamine infusion for this "
              "condition is considered unproven: the medical evidence does not yet show it is safe and effective "
              "for this use."),
        ("table", ["Date of care", "Procedure", "Billed", "TRICARE paid"],
         [[us(D(2026, 10, 5)), "96365", "$690.00", "$0.00"], [us(D(2026, 10, 5)), "J3490", "$120.00", "$0.00"],
          [us(D(2026, 10, 8)), "96365", "$690.00", "$0.00"], [us(D(2026, 10, 8)), "J3490", "$120.00", "$0.00"]]),
        ("h", "Your right to ask for reconsideration"),
        ("p", "If you disagree, send a written request for reconsideration within 90 days from the date of this "
              "notice. The request must be postmarked or received by then. Include a copy of this letter and any "
              "new information. Mail it to:"),
        ("addr", ["Westward Military Health Services", "TRICARE Appeals", "PO Box 21702", "Tucson, AZ 85726"]),
        ("p", "Your Beneficiary Counseling and Assistance Coordinator can help: 1-555-0135."),
    ],
    key=dict(patient_name="Kaylee J. Brannigan", member_id="13884402170", claim_number="TW 2026 3184 0071",
             notice_date=nd, service_dates=[D(2026, 10, 5), D(2026, 10, 8)], procedure_codes=["96365", "J3490"],
             diagnosis_codes=["F43.12"], carc_codes=[], denial_category="experimental_investigational",
             plan_type="tricare", urgent=False),
    nd_label="Date", nd_writer="long", svc_writer="us",
    window=("days", 90, "within 90 days from the date of this notice"),
    addr=["Westward Military Health Services", "TRICARE Appeals", "PO Box 21702", "Tucson, AZ 85726"],
    ev=dict(category="unproven", plan="TRICARE"),
    traps=["1527739041", "418 Juniper Bend Drive"],
    note="A TRICARE regional contractor's letter to an active-duty family member: ketamine infusions for PTSD "
         "unproven (experimental_investigational). The DoD benefits number is the member ID, not the sponsor's DoD "
         "ID. No CARC printed. Photo with a hard-edged patch of direct sunlight and a window bar's shadow.",
)

# ---------------------------------------------------------------------------------------------------------- 06
nd = D(2026, 11, 19)
case(
    num=6, slug="fehb-carrier-reconsideration-upheld-iop-opm-review-docx", lang="en",
    kind="docx", device=None,
    blocks=[
        ("title", "Federal Service Workers Health Association"),
        ("small", "A Federal Employees Health Benefits (FEHB) plan carrier  |  Reconsiderations Unit, PO Box 7002, "
                  "Richmond, VA 23255  |  1-555-0150"),
        ("small", FICT_EN),
        ("grid", [("Date of decision", long(nd)), ("Enrollee", "Oluwaseun T. Barkley-Ames"),
                  ("Enrollee ID", "FSW 550 219 883"), ("Claim number", "2026-08814-5510"),
                  ("Reconsideration reference", "RC-26-03318"), ("Received", long(D(2026, 10, 22)))]),
        ("h", "Reconsideration decision"),
        ("p", "Dear Oluwaseun T. Barkley-Ames:"),
        ("p", "You asked us to reconsider our denial of the intensive outpatient program (S9480) you attended on "
              f"{long(D(2026, 9, 14))}, {long(D(2026, 9, 16))} and {long(D(2026, 9, 18))} for recurrent depression "
              "(F33.1). The claim was denied with adjustment code CO-50 because our reviewer found that weekly "
              "outpatient therapy would have met your needs."),
        ("p", "A psychiatrist who took no part in the first decision read your records and the letter from your "
              "therapist. We have reconsidered our denial, and our decision stands: the claim remains denied as not "
              "medically necessary under the brochure's rules for mental health care."),
        ("h", "Your right to ask OPM to review"),
        ("p", "This is our final decision. If you disagree, you may ask the Office of Personnel Management (OPM) "
              "to review it. You must write to OPM within 90 days after the date of this letter. Send your request, "
              "a copy of this letter and any documents you want OPM to consider to:"),
        ("addr", ["Office of Personnel Management (sample address)", "FEHB Review Group 4", "PO Box 0126",
                  "Washington, DC 20044"]),
        ("p", "Do not send your request for OPM review to our Reconsiderations Unit. Questions: 1-555-0150."),
    ],
    key=dict(patient_name="Oluwaseun T. Barkley-Ames", member_id="FSW 550 219 883", claim_number="2026-08814-5510",
             notice_date=nd, service_dates=[D(2026, 9, 14), D(2026, 9, 16), D(2026, 9, 18)],
             procedure_codes=["S9480"], diagnosis_codes=["F33.1"], carc_codes=["CO-50"],
             denial_category="medical_necessity", plan_type="fehb", urgent=False),
    nd_label="Date of decision", nd_writer="long", svc_writer="long",
    window=("days", 90, "within 90 days after the date of this letter"),
    addr=["Office of Personnel Management (sample address)", "FEHB Review Group 4", "PO Box 0126",
          "Washington, DC 20044"],
    ev=dict(category="not medically necessary", plan="Federal Employees Health Benefits"),
    traps=["RC-26-03318", "October 22, 2026", "PO Box 7002"],
    note="An FEHB carrier's reconsideration decision upholding an IOP denial (CO-50): the next level, OPM's review, "
         "90 days from the decision, is the deadline, and OPM's (sample) address the address. The claim number is "
         "the original claim's, not the reconsideration reference.",
)

# ---------------------------------------------------------------------------------------------------------- 07
nd = D(2026, 11, 18)
case(
    num=7, slug="student-plan-portal-claims-list-psychotherapy-visit-maximum-html", lang="en",
    kind="html", device=None,
    blocks=[
        ("title", "Bridgeport Student Benefits - Member Portal"),
        ("small", "Calloway State University Student Health Insurance Plan, administered by Bridgeport Student Benefits"),
        ("small", FICT_EN),
        ("kv", [("Member", "Priya N. Castellanos"), ("Member ID", "BSB-77310046"), ("Student ID", "CSU 004412987"),
                ("Plan year", "08/15/2026 - 08/14/2027")]),
        ("h", "Claim details: SB26-114-0902"),
        ("kv", [("EOB date", us(nd)), ("Provider", "Harbor Lane Counseling Group"), ("Status", "Denied")]),
        ("table", ["Service date", "Code", "Diagnosis", "Billed", "Plan paid", "Reason"],
         [[us(D(2026, 10, 26)), "90837", "F41.1", "$185.00", "$0.00", "CO-119"],
          [us(D(2026, 11, 2)), "90837", "F41.1", "$185.00", "$0.00", "CO-119"]]),
        ("p", "Reason CO-119: you have used the 20 outpatient therapy visits this plan covers in a plan year. "
              "Visits after the 20th are not paid."),
        ("h", "Appeal this claim"),
        ("p", "You have 180 days from the date you receive this EOB to file an appeal. Mail or fax your appeal "
              "to: Bridgeport Student Benefits, Attn: Appeals, 1450 Lantern Way, Suite 300, Columbus, OH 43215. "
              "Fax 1-555-0174."),
    ],
    extra=dict(
        print_stamp="12/6/2026, 9:14 PM",
        other_claims=[["SB26-108-3310", us(D(2026, 10, 19)), "Harbor Lane Counseling Group", "Paid"],
                      ["SB26-096-1187", us(D(2026, 10, 5)), "Calloway Student Health Center", "Paid"],
                      ["SB26-114-0902", us(D(2026, 10, 26)), "Harbor Lane Counseling Group", "Denied"]]),
    key=dict(patient_name="Priya N. Castellanos", member_id="BSB-77310046", claim_number="SB26-114-0902",
             notice_date=nd, service_dates=[D(2026, 10, 26), D(2026, 11, 2)], procedure_codes=["90837"],
             diagnosis_codes=["F41.1"], carc_codes=["CO-119"], denial_category="benefit_limit",
             plan_type="individual_aca", urgent=False),
    nd_label="EOB date", nd_writer="us", svc_writer="us",
    window=("days", 180, "You have 180 days from the date you receive this EOB to file an appeal"),
    addr=["Bridgeport Student Benefits", "Attn: Appeals", "1450 Lantern Way", "Suite 300", "Columbus, OH 43215"],
    ev=dict(category="20 outpatient therapy visits", plan="Student Health Insurance Plan"),
    traps=["CSU 004412987", "SB26-108-3310", "SB26-096-1187", "12/6/2026", "10/19/2026", "10/05/2026"],
    note="A student health plan's portal page (print of the claim details beside a list of claims): therapy visits "
         "past the 20-visit yearly maximum (CO-119): benefit_limit. Student plans are keyed individual_aca.",
)

# ---------------------------------------------------------------------------------------------------------- 08
nd = D(2026, 11, 4)
case(
    num=8, slug="church-plan-letter-tms-not-necessary-no-window-printed-granite-tungsten-photo", lang="en",
    kind="jpeg", device="granite_tungsten",
    blocks=[
        ("title", "Good Harbor Conference Benefit Plan"),
        ("small", "A church plan for clergy and lay employees  |  12 Vestry Lane, Lancaster, PA 17602  |  1-555-0125"),
        ("small", FICT_EN),
        ("kv", [("Date", long(nd))]),
        ("addr", ["Thaddeus O. Lindqvist", "77 Orchard Row", "Ephrata, PA 17522"]),
        ("kv", [("Participant", "Thaddeus O. Lindqvist"), ("Participant ID", "GHC-30417-00"),
                ("Claim", "GH-26-2290417")]),
        ("p", "Dear Mr. Lindqvist:"),
        ("p", f"The Plan has reviewed the claim from Susquehanna Brain Health for magnetic stimulation treatment "
              f"(90867 on {long(D(2026, 10, 19))}; 90868 on {long(D(2026, 10, 20))} and {long(D(2026, 10, 21))}) "
              "for major depression, recurrent, moderate (F33.1). The Plan's medical reviewer found the treatment "
              "not medically necessary, because the records show one antidepressant trial rather than the two the "
              "Plan's criteria ask for. Adjustment reason: CO-50."),
        ("p", "The Plan is a church plan and is not governed by ERISA; your rights come from the Plan Document. "
              "Your appeal rights and the time limit for an appeal are explained in Article 9 of the Plan Document, "
              "which you may request at no cost."),
        ("p", "To appeal, send a letter explaining why you disagree, with any records, to:"),
        ("addr", ["Good Harbor Conference Benefit Plan", "Appeals Committee", "88 Chapel Hill Road", "Suite 2",
                  "Lancaster, PA 17601"]),
        ("p", "Sincerely, Benefits Office, Good Harbor Conference"),
    ],
    key=dict(patient_name="Thaddeus O. Lindqvist", member_id="GHC-30417-00", claim_number="GH-26-2290417",
             notice_date=nd, service_dates=[D(2026, 10, 19), D(2026, 10, 20), D(2026, 10, 21)],
             procedure_codes=["90867", "90868"], diagnosis_codes=["F33.1"], carc_codes=["CO-50"],
             denial_category="medical_necessity", plan_type="church", urgent=False),
    nd_label="Date", nd_writer="long", svc_writer="long",
    window=("rule", 180, "26 CFR 54.9815-2719(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)"),
    addr=["Good Harbor Conference Benefit Plan", "Appeals Committee", "88 Chapel Hill Road", "Suite 2",
          "Lancaster, PA 17601"],
    ev=dict(category="not medically necessary", plan="church plan"),
    traps=["12 Vestry Lane", "77 Orchard Row"],
    note="A church plan's letter (not ERISA): TMS not medically necessary (CO-50), the codes and dates in a sentence. "
         "No appeal window printed (it points to the Plan Document): the church rule, 180 days. Photo on a granite "
         "countertop under warm tungsten light.",
)

# ---------------------------------------------------------------------------------------------------------- 09
nd = D(2026, 11, 20)
case(
    num=9, slug="short-term-policy-iop-pre-existing-exclusion-no-window-printed-txt", lang="en",
    kind="txt", device=None,
    blocks=[
        ("title", "ASHCOMBE LIFE & HEALTH - MERIDALE SHORT-TERM MEDICAL"),
        ("small", "Short-term, limited-duration insurance. This policy is not comprehensive coverage."),
        ("small", FICT_EN),
        ("kv", [("Date of this letter", long(nd)), ("Insured", "Wendell A. Prusik"), ("Member ID", "ASH-88412207"),
                ("Policy number", "STM-6620-41887"), ("Claim number", "ST-26-0098314"),
                ("Provider", "Northfield Behavioral Health")]),
        ("h", "CLAIM DECISION"),
        ("table", ["Date of service", "Code", "Dx", "Billed", "Allowed", "Paid", "Code"],
         [[us(D(2026, 10, 12)), "S9480", "F43.10", "$410.00", "$0.00", "$0.00", "CO-51"],
          [us(D(2026, 10, 13)), "S9480", "F43.10", "$410.00", "$0.00", "$0.00", "CO-51"],
          [us(D(2026, 10, 14)), "S9480", "F43.10", "$410.00", "$0.00", "$0.00", "CO-51"]]),
        ("p", "CO-51: these charges are not covered because they treat a pre-existing condition. Your application "
              "and your records show treatment for this condition in the 24 months before your coverage began on "
              "August 1, 2026, and the policy excludes such conditions for its whole term."),
        ("h", "IF YOU DISAGREE"),
        ("p", "You may ask us to review this decision. The rules for a review are in Part VII of your policy. "
              "Write to us and include this letter:"),
        ("addr", ["Ashcombe Life & Health", "Short-Term Medical Claim Review", "PO Box 4471", "Omaha, NE 68103"]),
        ("p", "You may also contact your state's department of insurance. Customer service: 1-555-0117."),
    ],
    key=dict(patient_name="Wendell A. Prusik", member_id="ASH-88412207", claim_number="ST-26-0098314",
             notice_date=nd, service_dates=[D(2026, 10, 12), D(2026, 10, 13), D(2026, 10, 14)],
             procedure_codes=["S9480"], diagnosis_codes=["F43.10"], carc_codes=["CO-51"],
             denial_category="not_covered", plan_type="short_term", urgent=False),
    nd_label="Date of this letter", nd_writer="long", svc_writer="us",
    window=None,
    addr=["Ashcombe Life & Health", "Short-Term Medical Claim Review", "PO Box 4471", "Omaha, NE 68103"],
    ev=dict(category="pre-existing condition", plan="Short-term, limited-duration"),
    traps=["STM-6620-41887", "August 1, 2026", "24 months"],
    note="A short-term limited-duration policy's letter in plain text: IOP days excluded as a pre-existing condition "
         "(CO-51): not_covered. It prints no time limit (only 'Part VII of your policy'), and no federal rule sets "
         "one, so appeal_deadline is keyed null (must be empty); deadline_basis is not keyed.",
)

# ---------------------------------------------------------------------------------------------------------- 10
nd = D(2026, 11, 10)
case(
    num=10, slug="county-employees-plan-eob-nerve-block-missing-side-modifier-z-fold-photo", lang="en",
    kind="jpeg", device="zfold",
    blocks=[
        ("title", "Tri-County Public Employees Health Plan"),
        ("small", "A governmental plan for county employees, administered by Alder Ridge Benefits  |  1-555-0191"),
        ("small", FICT_EN),
        ("h", "EXPLANATION OF BENEFITS"),
        ("grid", [("Date of EOB", us(nd)), ("Member", "Marguerite Oyelaran"), ("Member ID", "TCP 004 178 331"),
                  ("Date of birth", us(D(1968, 2, 9))), ("Claim number", "AR-26-7710045"),
                  ("Provider", "Willamette Spine & Pain")]),
        ("table", ["Date", "Code", "Diagnosis", "Charge", "Allowed", "Paid", "Remark"],
         [[us(D(2026, 10, 20)), "99213", "M79.2", "$145.00", "$98.00", "$78.40", "PR-2"],
          [us(D(2026, 10, 20)), "64450", "M79.2", "$520.00", "$0.00", "$0.00", "CO-4"],
          [us(D(2026, 10, 27)), "64450", "M79.2", "$520.00", "$0.00", "$0.00", "CO-4"]]),
        ("p", "CO-4: the procedure code needs a modifier that was not sent (here, the side of the body treated). "
              "PR-2: your coinsurance. Your provider may send a corrected claim with the modifier; a corrected "
              "claim is not an appeal."),
        ("h", "Appeal rights"),
        ("p", "Appeal within 180 days after receiving this Explanation of Benefits. Send your appeal to "
              "Tri-County Public Employees Health Plan, Attn: Level 1 Appeals, PO Box 9930, Salem, OR 97309."),
    ],
    key=dict(patient_name="Marguerite Oyelaran", member_id="TCP 004 178 331", claim_number="AR-26-7710045",
             notice_date=nd, service_dates=[D(2026, 10, 20), D(2026, 10, 27)], procedure_codes=["64450"],
             diagnosis_codes=["M79.2"], carc_codes=["CO-4"], denial_category="coding_billing",
             plan_type="governmental", urgent=False),
    nd_label="Date of EOB", nd_writer="us", svc_writer="us",
    window=("days", 180, "Appeal within 180 days after receiving this Explanation of Benefits"),
    addr=["Tri-County Public Employees Health Plan", "Attn: Level 1 Appeals", "PO Box 9930", "Salem, OR 97309"],
    ev=dict(category="needs a modifier", plan="governmental plan"),
    traps=["99213", "PR-2", "02/09/1968"],
    note="A county employees' plan EOB (governmental): a peripheral nerve block on two days missing its side "
         "modifier (CO-4): coding_billing; the office visit the same day paid (PR-2). A boxed header grid. Photo of "
         "a Z-folded letter half opened, its panels at different tilts.",
)

# ---------------------------------------------------------------------------------------------------------- 11
nd = D(2026, 11, 13)
case(
    num=11, slug="self-funded-final-internal-decision-php-out-of-network-duplex-show-through-scan-pdf", lang="en",
    kind="pdfimg", device="duplex_show",
    blocks=[
        ("title", "Sable Point Administrators"),
        ("small", "Claims administrator for the Brightwater Logistics Health and Welfare Plan (self-funded)"),
        ("small", "Appeals and Grievances, PO Box 11845, Norfolk, VA 23517  |  1-555-0113"),
        ("small", FICT_EN),
        ("kv", [("Date of decision", long(nd)), ("Date mailed", long(D(2026, 11, 16)))]),
        ("h", "RE: Level 2 appeal - final internal adverse benefit determination"),
        ("kv", [("Member", "Corentin D. Abernathy"), ("Member ID", "SPA-2210-88417"),
                ("Claim number", "SP 26 09 41 775"), ("Appeal reference", "L2-APL-26-1187")]),
        ("p", "Dear Corentin D. Abernathy: You appealed a second time the denial of the partial hospitalization "
              "program at Tidewater Day Program. A board-certified psychiatrist who did not take part in the earlier "
              "decisions reviewed the file. We have affirmed the denial."),
        ("table", ["Date of service", "Code", "Diagnosis", "Adjustment", "Plan paid"],
         [[us(D(2026, 9, 21)), "H0035", "F33.2", "CO-242", "$0.00"], [us(D(2026, 9, 22)), "H0035", "F33.2", "CO-242", "$0.00"],
          [us(D(2026, 9, 23)), "H0035", "F33.2", "CO-242", "$0.00"], [us(D(2026, 9, 24)), "H0035", "F33.2", "CO-242", "$0.00"]]),
        ("p", "Reason: the program is not in the plan's network, and the plan covers out-of-network care only in an "
              "emergency. Three in-network programs within 30 miles had openings in September 2026."),
        ("page",),
        ("small", "Corentin D. Abernathy - SPA-2210-88417 - page 2 of 2"),
        ("h", "This is the final decision on your internal appeals"),
        ("p", "You have used both levels of internal appeal. You may ask for an external review by an independent "
              "review organization. You must ask within four months after the date you receive this notice. "
              "Send your request for external review to:"),
        ("addr", ["Brightwater Logistics Health and Welfare Plan", "c/o Sable Point Administrators",
                  "Attn: External Review Coordinator", "640 Harbor Loop", "Mail Stop ER-3", "Norfolk, VA 23510"]),
        ("p", "You may also have the right to bring a civil action under section 502(a) of ERISA. For help, call the "
              "Employee Benefits Security Administration at 1-555-0199 (sample number)."),
    ],
    key=dict(patient_name="Corentin D. Abernathy", member_id="SPA-2210-88417", claim_number="SP 26 09 41 775",
             notice_date=nd, service_dates=[D(2026, 9, 21), D(2026, 9, 22), D(2026, 9, 23), D(2026, 9, 24)],
             procedure_codes=["H0035"], diagnosis_codes=["F33.2"], carc_codes=["CO-242"],
             denial_category="out_of_network", plan_type="employer_erisa", urgent=False),
    nd_label="Date of decision", nd_writer="long", svc_writer="us",
    window=("months", 4, "within four months after the date you receive this notice"),
    addr=["Brightwater Logistics Health and Welfare Plan", "c/o Sable Point Administrators",
          "Attn: External Review Coordinator", "640 Harbor Loop", "Mail Stop ER-3", "Norfolk, VA 23510"],
    ev=dict(category="not in the plan's network", plan="self-funded"),
    traps=["L2-APL-26-1187", "November 16, 2026", "PO Box 11845"],
    note="A TPA's level 2 (final internal) decision for a self-funded ERISA plan, two pages scanned duplex with the "
         "back of each sheet showing through: PHP days out of network (CO-242) upheld. The deadline is the external "
         "review's stated four months from the decision date (not the mailing date); the address is the external "
         "review's, not the plan's appeals box.",
)

# ---------------------------------------------------------------------------------------------------------- 12
nd = D(2026, 11, 30)
case(
    num=12, slug="medicare-advantage-expedited-esketamine-step-therapy-overexposed-photo", lang="en",
    kind="jpeg", device="overexposed",
    blocks=[
        ("title", "Lakeshore Senior Health Plans"),
        ("small", "Lakeshore Advantage Choice (HMO), a Medicare Advantage plan  |  1-555-0102  |  lakeshoresenior.example"),
        ("small", FICT_EN),
        ("h", "Notice of Denial of Medical Coverage"),
        ("kv", [("Date", long(nd)), ("Member name", "Gordon P. Achterberg"), ("Member number", "LSA 3098 4417"),
                ("Medicare Number", "2HB7-QN4-TF63"), ("Request number", "EXP-26-336-0418")]),
        ("p", "We have denied the request from Dr. Ilse Marchetti for esketamine nasal spray given in her office "
              "(J0013, 84 mg a session) with the supervised observation visit (G2083), for treatment-resistant "
              "depression (F33.2)."),
        ("p", "Why: our coverage rules for this drug ask that you first try two different antidepressants from two "
              "classes and one augmentation drug. The records we received show two antidepressant trials and no "
              "augmentation trial. This is a step therapy requirement."),
        ("p", "We made this decision on an expedited (fast) basis because your doctor told us that waiting could "
              "seriously harm your health."),
        ("h", "You have the right to appeal our decision"),
        ("p", "You must ask for a reconsideration within 65 days from the date of this notice. You can ask for a "
              "fast appeal if waiting 30 days could seriously harm your health; we decide fast appeals within 72 "
              "hours. Send a written appeal to: Lakeshore Senior Health Plans, Appeals and Grievances Department, "
              "5100 Dunes Parkway, Muskegon, MI 49441. Or call 1-555-0102; fax 1-555-0103."),
    ],
    key=dict(patient_name="Gordon P. Achterberg", member_id="LSA 3098 4417", claim_number="EXP-26-336-0418",
             notice_date=nd, service_dates=[], procedure_codes=["J0013", "G2083"], diagnosis_codes=["F33.2"],
             carc_codes=[], denial_category="step_therapy", plan_type="medicare_advantage", urgent=True),
    nd_label="Date", nd_writer="long", svc_writer=None,
    window=("days", 65, "within 65 days from the date of this notice"),
    addr=["Lakeshore Senior Health Plans", "Appeals and Grievances Department", "5100 Dunes Parkway",
          "Muskegon, MI 49441"],
    ev=dict(category="step therapy", plan="Medicare Advantage", urgent="expedited (fast) basis"),
    traps=["2HB7-QN4-TF63", "30 days", "72"],
    note="A Medicare Advantage integrated denial notice decided on an expedited basis (urgent): in-office esketamine "
         "with its observation visit, step therapy. A request before care: no dates of care, no CARC (empty lists). "
         "An overexposed photo whose bright paper eats into the thin strokes.",
)

# ---------------------------------------------------------------------------------------------------------- 13
nd = D(2026, 11, 10)
case(
    num=13, slug="es-marketplace-eob-ketamine-experimental-paid-evaluation-ccd-line-scan-png", lang="es",
    kind="png", device="ccd_lines",
    blocks=[
        ("title", "Aseguradora Bahía Clara"),
        ("small", "Plan Sendero Salud Bronce - plan individual del Mercado de Seguros Médicos  |  1-555-0144"),
        ("small", FICT_ES),
        ("h", "EXPLICACIÓN DE BENEFICIOS - ESTO NO ES UNA FACTURA"),
        ("kv", [("Fecha del estado de cuenta", dmy(nd)), ("Asegurada", "Rosalinda Ibáñez Echeverría"),
                ("Fecha de nacimiento", dmy(D(1974, 4, 12))), ("ID de miembro", "BCA-51093827"),
                ("Número de reclamación", "BC 2611 07 0451"), ("Proveedor", "Clínica Alameda de Infusiones")]),
        ("p", "Las fechas de este aviso están en formato DD/MM/AAAA."),
        ("table", ["Fecha del servicio", "Código", "Diagnóstico", "Cargo", "Pagado por el plan", "Código de ajuste"],
         [[dmy(D(2026, 9, 29)), "99204", "F33.2", "$260.00", "$182.00", "CO-45"],
          [dmy(D(2026, 10, 6)), "96365", "F33.2", "$750.00", "$0.00", "CO-55"],
          [dmy(D(2026, 10, 6)), "J3490", "F33.2", "$130.00", "$0.00", "CO-55"],
          [dmy(D(2026, 10, 9)), "96365", "F33.2", "$750.00", "$0.00", "CO-55"],
          [dmy(D(2026, 10, 9)), "J3490", "F33.2", "$130.00", "$0.00", "CO-55"]]),
        ("p", "CO-55: el plan considera experimental o en investigación la infusión intravenosa de ketamina para la "
              "depresión. La consulta de evaluación del 29/09/2026 fue pagada."),
        ("h", "Cómo apelar"),
        ("p", "Si no está de acuerdo, puede apelar dentro de los 180 días a partir de la fecha en que reciba este "
              "aviso. Envíe su apelación por escrito a:"),
        ("addr", ["Aseguradora Bahía Clara", "Departamento de Apelaciones", "Apartado Postal 30412",
                  "San Antonio, TX 78265"]),
        ("p", "Si su salud corre peligro, pida una apelación urgente al 1-555-0144."),
    ],
    key=dict(patient_name="Rosalinda Ibáñez Echeverría", member_id="BCA-51093827", claim_number="BC 2611 07 0451",
             notice_date=nd, service_dates=[D(2026, 10, 6), D(2026, 10, 9)], procedure_codes=["96365", "J3490"],
             diagnosis_codes=["F33.2"], carc_codes=["CO-55"], denial_category="experimental_investigational",
             plan_type="individual_aca", urgent=False),
    nd_label="Fecha del estado de cuenta", nd_writer="dmy", svc_writer="dmy",
    window=("days", 180, "dentro de los 180 días a partir de la fecha en que reciba este aviso"),
    addr=["Aseguradora Bahía Clara", "Departamento de Apelaciones", "Apartado Postal 30412", "San Antonio, TX 78265"],
    ev=dict(category="experimental o en investigación", plan="Mercado de Seguros"),
    traps=["12/04/1974", "29/09/2026", "99204", "CO-45"],
    note="A Marketplace plan's EOB in Spanish, day-first dates (it says DD/MM/AAAA): ketamine infusions experimental "
         "(CO-55), the paid evaluation visit beside them. A grey flatbed scan whose sensor has dead and hot "
         "elements: thin white and dark vertical lines down the page.",
)

# ---------------------------------------------------------------------------------------------------------- 14
nd = D(2026, 11, 19)
case(
    num=14, slug="es-marketplace-portal-ect-out-of-network-stated-date-html", lang="es",
    kind="html", device=None,
    blocks=[
        ("title", "Cobertura Altamira - Portal para miembros"),
        ("small", "Plan Altamira Plata, plan del Mercado de Seguros Médicos (Nuevo México)"),
        ("small", FICT_ES),
        ("kv", [("Miembro", "Ezequiel Montaño Ruiz"), ("ID de miembro", "ALT-00831562")]),
        ("h", "Detalle de la reclamación AL-26-330981"),
        ("kv", [("Fecha del aviso", es(nd)), ("Proveedor", "Centro Psiquiátrico Río Bravo (fuera de la red)"),
                ("Estado", "Denegada")]),
        ("table", ["Fecha del servicio (día/mes/año)", "Código", "Diagnóstico", "Cargo", "Pagado", "Ajuste"],
         [[dmy(D(2026, 10, 13)), "90870", "F32.3", "$620.00", "$0.00", "CO-242"],
          [dmy(D(2026, 10, 13)), "00104", "F32.3", "$480.00", "$0.00", "CO-242"],
          [dmy(D(2026, 10, 15)), "90870", "F32.3", "$620.00", "$0.00", "CO-242"],
          [dmy(D(2026, 10, 15)), "00104", "F32.3", "$480.00", "$0.00", "CO-242"]]),
        ("p", "Motivo: el proveedor no pertenece a la red de su plan y no se pidió una excepción de red antes del "
              "tratamiento de electroconvulsoterapia."),
        ("h", "Su derecho a apelar"),
        ("p", "Puede pedirnos que revisemos esta decisión. Su apelación debe llegarnos a más tardar el "
              f"{es(D(2027, 5, 18))}. Envíela a: Cobertura Altamira, Unidad de Apelaciones y Quejas, "
              "2700 Calle Mesa Verde, Suite 140, Albuquerque, NM 87110."),
    ],
    extra=dict(
        print_stamp="07/12/2026 10:02",
        other_claims=[["AL-26-318044", dmy(D(2026, 10, 2)), "Dra. Celia Anaya", "Pagada"],
                      ["AL-26-330981", dmy(D(2026, 10, 13)), "Centro Psiquiátrico Río Bravo", "Denegada"],
                      ["AL-26-301776", dmy(D(2026, 9, 17)), "Farmacia Los Álamos", "Pagada"]]),
    key=dict(patient_name="Ezequiel Montaño Ruiz", member_id="ALT-00831562", claim_number="AL-26-330981",
             notice_date=nd, service_dates=[D(2026, 10, 13), D(2026, 10, 15)], procedure_codes=["90870", "00104"],
             diagnosis_codes=["F32.3"], carc_codes=["CO-242"], denial_category="out_of_network",
             plan_type="individual_aca", urgent=False),
    nd_label="Fecha del aviso", nd_writer="es", svc_writer="dmy",
    window=("date", "es", "a más tardar el 18 de mayo de 2027"),
    addr=["Cobertura Altamira", "Unidad de Apelaciones y Quejas", "2700 Calle Mesa Verde", "Suite 140",
          "Albuquerque, NM 87110"],
    ev=dict(category="no pertenece a la red", plan="Mercado de Seguros"),
    traps=["AL-26-318044", "AL-26-301776", "07/12/2026", "02/10/2026", "17/09/2026"],
    note="A Marketplace member portal page in Spanish: ECT with anesthesia on two days from an out-of-network "
         "center (CO-242). The deadline is a stated date. A list of other claims beside the detail; a print stamp.",
)

# ---------------------------------------------------------------------------------------------------------- 15
nd = D(2026, 11, 20)
case(
    num=15, slug="es-chip-child-iop-no-prior-auth-to-parent-indexed-colour-scan-png", lang="es",
    kind="png", device="indexed",
    blocks=[
        ("title", "Plan Infantil Horizonte"),
        ("small", "Programa de Seguro Médico para Niños (CHIP) - plan separado, no es Medicaid  |  1-555-0138"),
        ("small", FICT_ES),
        ("kv", [("Fecha del aviso", es(nd))]),
        ("addr", ["Sra. Lucía Pardo", "1190 Calle Olivo, Apt. 4", "Stockton, CA 95205"]),
        ("h", "Aviso de denegación de pago"),
        ("kv", [("Niño(a) asegurado(a)", "Mateo Alejandro Quiñones Pardo"), ("ID de miembro", "HZC-7720413-03"),
                ("Reclamación", "HZ-26-1029-557"), ("Proveedor", "Programa Juvenil Valle Central")]),
        ("p", "Estimada Sra. Pardo: El programa intensivo para pacientes ambulatorios (S9480) que su hijo recibió "
              "los días indicados abajo (día/mes/año) necesitaba autorización previa del plan, y el proveedor no la "
              "pidió. Por eso no pagamos estos días. Código de ajuste: CO-197. Diagnóstico: F32.1."),
        ("table", ["Fecha", "Código", "Pagado"],
         [[dmy(D(2026, 11, 2)), "S9480", "$0.00"], [dmy(D(2026, 11, 4)), "S9480", "$0.00"],
          [dmy(D(2026, 11, 6)), "S9480", "$0.00"]]),
        ("h", "Cómo apelar"),
        ("p", "Usted puede apelar dentro de 60 días a partir de la fecha de este aviso. No se ofrece audiencia "
              "imparcial estatal porque este plan no es Medicaid. Envíe su apelación a: Plan Infantil Horizonte, "
              "Atención: Apelaciones de Miembros, Apartado Postal 15530, Sacramento, CA 95852."),
    ],
    key=dict(patient_name="Mateo Alejandro Quiñones Pardo", member_id="HZC-7720413-03", claim_number="HZ-26-1029-557",
             notice_date=nd, service_dates=[D(2026, 11, 2), D(2026, 11, 4), D(2026, 11, 6)], procedure_codes=["S9480"],
             diagnosis_codes=["F32.1"], carc_codes=["CO-197"], denial_category="prior_authorization",
             plan_type="chip", urgent=False),
    nd_label="Fecha del aviso", nd_writer="es", svc_writer="dmy",
    window=("days", 60, "dentro de 60 días a partir de la fecha de este aviso"),
    addr=["Plan Infantil Horizonte", "Atención: Apelaciones de Miembros", "Apartado Postal 15530",
          "Sacramento, CA 95852"],
    ev=dict(category="autorización previa", plan="CHIP"),
    traps=["Lucía Pardo", "1190 Calle Olivo"],
    note="A separate CHIP's Spanish notice to a parent about her son: IOP days without prior authorization (CO-197). "
         "The child is the patient. Scanned on pale green paper by an old program that saved a 16-colour indexed "
         "PNG without dithering.",
)

# ---------------------------------------------------------------------------------------------------------- 16
nd = D(2026, 11, 24)
case(
    num=16, slug="es-chip-appeal-decision-late-filing-upheld-state-review-eml", lang="es",
    kind="eml", device=None,
    blocks=[
        ("title", "Cielo Claro Salud Infantil"),
        ("small", "Plan del Programa de Seguro Médico para Niños (CHIP)  |  1-555-0146"),
        ("small", FICT_ES),
        ("h", "Decisión sobre su apelación"),
        ("kv", [("Fecha de la decisión", es(nd)), ("Paciente", "Valentina Soto Arrieta"),
                ("ID de miembro", "CRN-4410872-02"), ("Número de reclamación", "CR 2605 3318"),
                ("Número de apelación", "APL-CR-26-0771")]),
        ("p", "Usted apeló la denegación de las sesiones de psicoterapia (90834) de su hija de los días "
              f"{es(D(2026, 3, 18))} y {es(D(2026, 3, 25))} (diagnóstico F43.22). Las sesiones se negaron con el "
              "código CO-29 porque el proveedor envió la reclamación después del plazo de 180 días para reclamar."),
        ("p", "Revisamos su apelación y la prueba de envío del proveedor. Mantenemos la denegación: la primera "
              "reclamación nos llegó el 9 de octubre de 2026, fuera de plazo. Las apelaciones internas ya terminaron."),
        ("h", "Revisión estatal"),
        ("p", "Si no está de acuerdo, puede pedir una revisión estatal dentro de 30 días a partir de la fecha de esta "
              "decisión. Envíe su solicitud de revisión estatal a:"),
        ("addr", ["Oficina de Revisión Estatal de CHIP", "Departamento de Salud Infantil (muestra)",
                  "410 Capitol Mall", "Piso 5", "Sacramento, CA 95814"]),
        ("p", "No envíe esta solicitud a nuestra Unidad de Apelaciones (Apartado Postal 2280, Fresno, CA 93745)."),
    ],
    extra=dict(
        outer_from="Cielo Claro Salud Infantil <avisos@cieloclaro.example>",
        outer_to="Marisela Arrieta <marisela.arrieta@correo.example>",
        outer_date="Wed, 25 Nov 2026 08:40:02 -0800",
        outer_subject="Decisión de su apelación APL-CR-26-0771"),
    key=dict(patient_name="Valentina Soto Arrieta", member_id="CRN-4410872-02", claim_number="CR 2605 3318",
             notice_date=nd, service_dates=[D(2026, 3, 18), D(2026, 3, 25)], procedure_codes=["90834"],
             diagnosis_codes=["F43.22"], carc_codes=["CO-29"], denial_category="timely_filing",
             plan_type="chip", urgent=False),
    nd_label="Fecha de la decisión", nd_writer="es", svc_writer="es",
    window=("days", 30, "dentro de 30 días a partir de la fecha de esta decisión"),
    addr=["Oficina de Revisión Estatal de CHIP", "Departamento de Salud Infantil (muestra)", "410 Capitol Mall",
          "Piso 5", "Sacramento, CA 95814"],
    ev=dict(category="después del plazo", plan="CHIP"),
    traps=["APL-CR-26-0771", "9 de octubre de 2026", "Marisela Arrieta", "Apartado Postal 2280", "25 Nov 2026"],
    note="A separate CHIP's appeal decision in Spanish, sent as an HTML e-mail to the mother: late filing (CO-29) "
         "upheld, internal appeals over. The state review's stated 30 days from the decision is the deadline and "
         "its office the address; the claim number is the original claim's, not the appeal number.",
)

# ---------------------------------------------------------------------------------------------------------- 17
nd = D(2026, 11, 18)
case(
    num=17, slug="es-part-d-pbm-redetermination-upheld-step-therapy-hand-and-watch-photo", lang="es",
    kind="jpeg", device="hand_watch",
    blocks=[
        ("title", "Plan de Medicamentos Recetados Alba (PDP)"),
        ("small", "Administrado por Farmacéutica Orbe Servicios, administrador de beneficios de farmacia  |  1-555-0129"),
        ("small", FICT_ES),
        ("h", "AVISO DE REDETERMINACIÓN"),
        ("kv", [("Fecha del aviso", es(nd)), ("Afiliado", "Ignacio Bermúdez Salcedo"), ("ID de afiliado", "ALB 6604 1193"),
                ("Número de Medicare", "9KC2-WE8-HJ40"), ("Determinación de cobertura", "DC-26-0917-4402"),
                ("Redeterminación", "RD-26-1102-0088")]),
        ("p", "Usted pidió que revisáramos nuestra decisión sobre dextrometorfano-bupropión, tabletas de liberación "
              "prolongada, para la depresión (F33.1). Mantenemos la denegación."),
        ("p", "Motivo: este medicamento tiene un requisito de terapia escalonada. Antes de cubrirlo, el plan pide que "
              "haya probado dos antidepresivos de nuestra lista. Sus registros muestran solo uno."),
        ("h", "Siguiente nivel: Entidad de Revisión Independiente"),
        ("p", "Si no está de acuerdo, puede pedir una reconsideración a la Entidad de Revisión Independiente dentro "
              "de 65 días a partir de la fecha de este aviso. Envíe su solicitud por escrito a:"),
        ("addr", ["Entidad de Revisión Independiente", "Reconsideraciones de la Parte D", "Apartado Postal 7129",
                  "Pittsford, NY 14534"]),
        ("p", "No envíe esta solicitud a Farmacéutica Orbe Servicios."),
    ],
    key=dict(patient_name="Ignacio Bermúdez Salcedo", member_id="ALB 6604 1193", claim_number="DC-26-0917-4402",
             notice_date=nd, service_dates=[], procedure_codes=[], diagnosis_codes=["F33.1"], carc_codes=[],
             denial_category="step_therapy", plan_type="medicare_part_d", urgent=False),
    nd_label="Fecha del aviso", nd_writer="es", svc_writer=None,
    window=("days", 65, "dentro de 65 días a partir de la fecha de este aviso"),
    addr=["Entidad de Revisión Independiente", "Reconsideraciones de la Parte D", "Apartado Postal 7129",
          "Pittsford, NY 14534"],
    ev=dict(category="terapia escalonada", plan="Medicamentos Recetados"),
    traps=["9KC2-WE8-HJ40", "RD-26-1102-0088"],
    note="A Part D plan's redetermination in Spanish, written by its PBM: step therapy upheld. The next level, the "
         "IRE, in the 65 days printed, is the deadline and its address the address; the claim number is the "
         "coverage determination's. Photo of the sheet held in a hand with a wristwatch and painted nails.",
)

# ---------------------------------------------------------------------------------------------------------- 18
nd = D(2026, 11, 27)
case(
    num=18, slug="es-part-d-expedited-coverage-determination-pain-drug-cyan-out-inkjet-tiff", lang="es",
    kind="tiff", device="cyan_out",
    blocks=[
        ("title", "Plan Rx Mesa Dorada (PDP)"),
        ("small", "Plan de medicamentos recetados de Medicare. Beneficios de farmacia: Nexa Receta Servicios  |  1-555-0148"),
        ("small", FICT_ES),
        ("h", "Aviso de denegación de cobertura de medicamentos recetados de Medicare"),
        ("kv", [("Fecha", es(nd)), ("Nombre del afiliado", "Amparo Villalobos de León"), ("Número de miembro", "MDX-00471955"),
                ("Número de la solicitud", "DC-EXP-2611-3390"), ("Diagnóstico", "M79.2")]),
        ("p", "Tomamos una decisión rápida (acelerada) porque su médico nos dijo que esperar podría perjudicar "
              "gravemente su salud."),
        ("p", "Denegamos la pregabalina de liberación prolongada, 330 mg diarios. Motivo: no es médicamente "
              "necesaria para usted según los criterios del plan, porque los registros no muestran que la "
              "pregabalina de liberación inmediata, que sí cubrimos, no le haya funcionado."),
        ("h", "Su derecho a apelar"),
        ("p", "Puede pedir una redeterminación dentro de 65 días a partir de la fecha de este aviso. Envíe su "
              "solicitud a: Plan Rx Mesa Dorada, a/c Nexa Receta Servicios, Redeterminaciones de la Parte D, "
              "Apartado Postal 90227, El Paso, TX 79998. Fax: 1-555-0149. Si su salud lo requiere, pida una "
              "redeterminación rápida; la decidiremos en 72 horas."),
    ],
    key=dict(patient_name="Amparo Villalobos de León", member_id="MDX-00471955", claim_number="DC-EXP-2611-3390",
             notice_date=nd, service_dates=[], procedure_codes=[], diagnosis_codes=["M79.2"], carc_codes=[],
             denial_category="medical_necessity", plan_type="medicare_part_d", urgent=True),
    nd_label="Fecha", nd_writer="es", svc_writer=None,
    window=("days", 65, "dentro de 65 días a partir de la fecha de este aviso"),
    addr=["Plan Rx Mesa Dorada", "a/c Nexa Receta Servicios", "Redeterminaciones de la Parte D",
          "Apartado Postal 90227", "El Paso, TX 79998"],
    ev=dict(category="no es médicamente necesaria", plan="medicamentos recetados de Medicare",
            urgent="decisión rápida (acelerada)"),
    traps=["72 horas"],
    note="A Part D plan's expedited coverage determination in Spanish (urgent): extended-release pregabalin for "
         "neuralgia not medically necessary under the plan's criteria. No dates of care, procedure code or CARC "
         "(empty lists). Printed by an inkjet out of cyan (the black a reddish brown), scanned to an LZW TIFF.",
)
