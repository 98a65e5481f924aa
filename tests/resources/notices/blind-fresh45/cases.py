"""The 18 notices of blind set 45: content, key facts and check anchors. Everything is FICTIONAL."""
from dates import D, us, us_short, long, abbr, es, esnum, add_months
import datetime as dt


def TITLE(t): return ("title", t)
def H(t): return ("h", t)
def P(t): return ("p", t)
def SMALL(t): return ("small", t)
def KV(*rows): return ("kv", list(rows))
def T(head, *rows): return ("table", head, list(rows))
def L(*lines): return ("lines", list(lines))
def COLS(left, right): return ("cols", left, right)
RULE = ("rule",)

FICT_EN = "FICTIONAL SAMPLE - invented people, plan and numbers. Not a real notice."
FICT_ES = "MUESTRA FICTICIA - personas, plan y números inventados. No es un aviso real."


def c01():
    nd = D("2026-11-09")
    s = [D("2026-10-19"), D("2026-10-20"), D("2026-10-21")]
    addr = ["Pellworth Manufacturing Employee Health Plan", "c/o Harborline Benefit Administrators",
            "Attn: Appeals Review Unit", "PO Box 30418", "Toledo, OH 43630-0418"]
    basis = "You have 180 days from the date you receive this statement to file an appeal"
    blocks = [
        L("HARBORLINE BENEFIT ADMINISTRATORS", "Third-party administrator for self-funded group health plans",
          "Claims office: PO Box 30400, Toledo, OH 43630-0400  |  1-555-0142"),
        SMALL(FICT_EN),
        TITLE("Explanation of Benefits - Remittance Statement"),
        KV(("Statement date:", long(nd)), ("Plan:", "Pellworth Manufacturing Employee Health Plan (self-funded, ERISA)"),
           ("Group no.:", "PMF-00231"), ("Subscriber:", "Garrett Lindqvist   ID PMH-4471920-01"),
           ("Patient:", "Renata Lindqvist (spouse)"), ("Patient ID:", "PMH-4471920-02")),
        P("This statement lists every claim we processed for this patient since the last statement. It is not a bill. "
          "Amounts under 'You owe' are what the provider may bill you."),
        H("Claim 26-3318-04417  |  Provider: Lakeshore Counseling Group  |  Status: PAID"),
        T(["Service date", "Code", "Dx", "Billed", "Allowed", "Plan paid", "You owe", "Adj."],
          ["10/05/2026", "90834", "F33.2", "$165.00", "$118.00", "$94.40", "$23.60", "PR-2"],
          ["10/12/2026", "90834", "F33.2", "$165.00", "$118.00", "$94.40", "$23.60", "PR-2"]),
        H("Claim 26-3318-05102  |  Provider: Northcoast Neuromodulation Center  |  Status: PARTLY DENIED"),
        T(["Service date", "Code", "Dx", "Billed", "Allowed", "Plan paid", "You owe", "Adj."],
          ["10/16/2026", "90867", "F33.2", "$610.00", "$402.00", "$321.60", "$80.40", "PR-2"],
          [us(s[0]), "90868", "F33.2", "$380.00", "$0.00", "$0.00", "$0.00", "CO-50"],
          [us(s[1]), "90868", "F33.2", "$380.00", "$0.00", "$0.00", "$0.00", "CO-50"],
          [us(s[2]), "90868", "F33.2", "$380.00", "$0.00", "$0.00", "$0.00", "CO-50"]),
        H("Claim 26-3318-05977  |  Provider: Dr. Imani Okafor, psychiatry  |  Status: PAID"),
        T(["Service date", "Code", "Dx", "Billed", "Allowed", "Plan paid", "You owe", "Adj."],
          ["10/23/2026", "99214", "F33.2", "$210.00", "$141.00", "$111.00", "$30.00", "PR-3"]),
        H("What the adjustment codes mean"),
        P("CO-50: The plan's reviewer found the daily treatment sessions billed on these dates not medically necessary "
          "under the plan's criteria for repetitive magnetic stimulation; the first mapping session was approved. "
          "PR-2: coinsurance. PR-3: copay. The provider may not bill you for amounts marked CO."),
        H("Your right to appeal"),
        P(f"{basis}. You may ask for the clinical criteria used, free of charge. If your situation is urgent, call "
          "1-555-0143 for an expedited review decided within 72 hours. After our final decision you may ask for "
          "external review within 4 months."),
        P("Mail your written appeal and any records to:"),
        L(*addr[:4], addr[4]),
        P("Do not mail appeals to the claims office above; that box is for new claims only."),
    ]
    return dict(n=1, lang="en", kind="pdf", ext="pdf",
                slug="self-funded-tpa-remittance-three-claims-tms-partly-denied-text-pdf",
                blocks=blocks,
                key=dict(patient_name="Renata Lindqvist", member_id="PMH-4471920-02",
                         claim_number="26-3318-05102", notice_date=nd, service_dates=s,
                         procedure_codes=["90868"], diagnosis_codes=["F33.2"], carc_codes=["CO-50"],
                         denial_category="medical_necessity", plan_type="employer_erisa", urgent=False),
                notice_str=long(nd), service_strs=[us(x) for x in s], window=("days", 180), basis=basis,
                addr=addr, ev=dict(category=["not medically necessary"], plan=["self-funded, ERISA"]),
                traps=["PMH-4471920-01", "Garrett Lindqvist", "PMF-00231", "90867", "99214", "90834", "26-3318-04417",
                       "PO Box 30400"],
                note="A TPA's remittance-style statement for a self-funded employer plan: three claims, one partly "
                     "denied (TMS mapping 90867 paid, three daily sessions 90868 denied CO-50). Stated 180 days.")


def c02():
    nd = D("2026-11-18")
    s = [D("2026-11-02"), D("2026-11-03"), D("2026-11-04"), D("2026-11-05")]
    addr = ["Bluegrass Public Employee Health Plan", "Attn: Member Appeals", "1200 Capital Ridge Road",
            "Suite 400", "Frankfort, KY 40601"]
    basis = "You may appeal within 180 days of the date of this explanation of benefits"
    blocks = [
        H("Claim details: BP26-1118-30472"),
        KV(("Member", "Lorena Whitfield-Amos"), ("Member ID", "BPE882104377"), ("Plan", "State Employee PPO 2026 (governmental plan)"),
           ("Provider", "Cedar Hollow Behavioral Health - intensive outpatient program"),
           ("EOB date", us(nd)), ("Claim status", "Denied")),
        T(["Date of service", "Service", "Code", "Diagnosis", "Billed", "Plan paid", "Adjustment"],
          *[[us(x), "IOP day", "H0015", "F33.1", "$325.00", "$0.00", "CO-197"] for x in s]),
        P("Why this claim was denied: CO-197 - Intensive outpatient treatment needs approval before it starts. "
          "We have no precertification on file for these dates. Ask your provider whether a request was sent."),
        H("Appeal this decision"),
        P(f"{basis}. Write to us, or use the appeal form under Forms & Documents. Include the claim number, "
          "your member ID, and any records that support the care."),
        L("Mail:", *addr),
        P("Questions? Call Member Services at 1-555-0151. This is a governmental plan of the Commonwealth's "
          "employees, administered by Meridale Health Services; it is not subject to ERISA."),
        SMALL(FICT_EN),
    ]
    extra = dict(title="Claims | Bluegrass Public Employee Health Plan", stamp="12/6/26, 9:14 PM",
                 url="https://members.bluegrass-peh.example/claims/BP26-1118-30472",
                 signed="Signed in as Lorena Whitfield-Amos",
                 claims=[("BP26-1021-11873", "10/14/2026", "Rivermouth Psychology", "Paid", "$112.40"),
                         ("BP26-1118-30472", us(s[0]) + " - " + us(s[-1]), "Cedar Hollow Behavioral Health", "Denied", "$0.00"),
                         ("BP26-1124-33018", "11/20/2026", "Rivermouth Psychology", "In process", "--")])
    return dict(n=2, lang="en", kind="html", ext="html",
                slug="state-employee-plan-portal-page-iop-no-precert-html",
                blocks=blocks, extra=extra,
                key=dict(patient_name="Lorena Whitfield-Amos", member_id="BPE882104377",
                         claim_number="BP26-1118-30472", notice_date=nd, service_dates=s,
                         procedure_codes=["H0015"], diagnosis_codes=["F33.1"], carc_codes=["CO-197"],
                         denial_category="prior_authorization", plan_type="governmental", urgent=False),
                notice_str=us(nd), service_strs=[us(x) for x in s], window=("days", 180), basis=basis,
                addr=addr, ev=dict(category=["precertification"], plan=["governmental plan"]),
                traps=["BP26-1021-11873", "BP26-1124-33018", "12/6/26", "10/14/2026", "11/20/2026"],
                note="A state employees' plan (governmental) member-portal page saved from a browser: a list of three "
                     "claims over the detail of the denied one, IOP on four days (H0015; F33.1) without "
                     "precertification (CO-197). Stated 180 days.")


def c03():
    nd = D("2026-11-19")
    s = [D("2026-11-04"), D("2026-11-11")]
    addr = ["Northfield Mutual Student Health Plan", "Appeals Department", "PO Box 7720", "Madison, WI 53707-7720"]
    basis = "You must submit your appeal within 180 days after you receive this notice"
    blocks = [
        H("Northfield Mutual Student Health Plan - Calloway State University 2026-2027"),
        SMALL(FICT_EN),
        H("Explanation of Benefits"),
        KV(("Notice date:", long(nd)), ("Insured student:", "Priya Raman-Castillo"),
           ("Member ID:", "NFS-26-0091544"), ("Student ID:", "900318845"), ("Claim number:", "SHP2611-087731"),
           ("Provider:", "Westbridge Counseling Associates")),
        T(["Date of service", "Procedure", "Diagnosis", "Charge", "Plan paid", "Reason"],
          [us(s[0]), "90834", "F41.1", "$150.00", "$0.00", "CO-119"],
          [us(s[1]), "90834", "F41.1", "$150.00", "$0.00", "CO-119"]),
        P("Reason CO-119: This plan pays for up to 20 outpatient psychotherapy visits in each policy year. Our "
          "records show 20 visits paid between August 14, 2026 and October 28, 2026, so these two visits are above "
          "the benefit maximum."),
        H("How to appeal"),
        P(f"{basis}. Send a letter that explains why you disagree, with any records from your counselor, to:"),
        L(*addr),
        P("You may also fax it to 1-555-0163. Your school's student health office can help you, but it cannot "
          "decide an appeal."),
    ]
    extra = dict(outer_from="Priya Raman-Castillo <priya.rc@mail.calloway-su.example>",
                 outer_to="Student Advocacy Office <advocacy@calloway-su.example>",
                 outer_date="Wed, 02 Dec 2026 16:05:11 -0600", outer_subject="Fwd: Your claim was processed",
                 outer_note="Hi, my insurance stopped paying for therapy. The plan's e-mail is attached below. "
                            "Can someone help me appeal? Thanks, Priya",
                 inner_from="Northfield Mutual Student Health <noreply@northfield-shp.example>",
                 inner_to="priya.rc@mail.calloway-su.example", inner_date="Fri, 20 Nov 2026 07:30:00 -0600",
                 inner_subject="Your claim SHP2611-087731 was processed")
    return dict(n=3, lang="en", kind="eml", ext="eml",
                slug="student-plan-forwarded-email-attached-message-therapy-visit-cap-eml",
                blocks=blocks, extra=extra,
                key=dict(patient_name="Priya Raman-Castillo", member_id="NFS-26-0091544",
                         claim_number="SHP2611-087731", notice_date=nd, service_dates=s,
                         procedure_codes=["90834"], diagnosis_codes=["F41.1"], carc_codes=["CO-119"],
                         denial_category="benefit_limit", plan_type="individual_aca", urgent=False),
                notice_str=long(nd), service_strs=[us(x) for x in s], window=("days", 180), basis=basis,
                addr=addr, ev=dict(category=["benefit maximum"], plan=["Student Health Plan"]),
                traps=["900318845", "October 28, 2026", "August 14, 2026"],
                note="A student forwards her student plan's EOB e-mail to the campus advocacy office as an attached "
                     "message (message/rfc822). Psychotherapy on 2 days (90834; F41.1) over the 20-visit maximum "
                     "(CO-119). Stated 180 days. Traps: the outer (Dec 2) and inner (Nov 20) Date headers, the "
                     "student ID.")


def c04():
    nd = D("2026-11-30")
    addr = ["Evergold Rx Plus", "c/o Crestline Rx Solutions", "Attn: Part D Redeterminations", "PO Box 52190",
            "Phoenix, AZ 85072-2190"]
    basis = "You must ask for a redetermination within 65 days from the date of this notice"
    blocks = [
        L("FROM: CRESTLINE RX SOLUTIONS   12/01/2026 10:42   FAX 1-555-0171   P. 1/1"),
        L("EVERGOLD RX PLUS (PDP) - a Medicare Prescription Drug Plan",
          "Pharmacy benefits managed by Crestline Rx Solutions"),
        SMALL(FICT_EN),
        TITLE("Notice of Denial of Medicare Prescription Drug Coverage"),
        KV(("Date:", long(nd)), ("Enrollee:", "Beatrice Holloway-Nunn"), ("Member ID:", "EGX71150938"),
           ("Medicare Number:", "5TQ2-HX8-KW41"), ("Case number:", "CD-2026-1130-00872"),
           ("Prescriber:", "Dr. Aaron Feld, MD"), ("Diagnosis given:", "F33.1")),
        P("We have denied the drug you or your prescriber asked for: dextromethorphan-bupropion extended-release "
          "tablets, 45 mg/105 mg, 60 tablets per 30 days. We made this decision on an expedited (fast) basis "
          "because your prescriber said waiting could seriously harm your health."),
        H("Why we denied your request"),
        P("This drug is covered under our step therapy rule. Before we cover it, our records must show that you "
          "tried two lower-cost antidepressants on our Drug List (for example sertraline and bupropion XL) for at "
          "least 6 weeks each, or your prescriber must tell us why you cannot take them. We did not receive this "
          "information."),
        H("You have the right to ask us to review this decision"),
        P(f"{basis}. To ask for a fast review, call 1-555-0172; we decide fast reviews within 72 hours. "
          "Mail or fax a written request to:"),
        L(*addr),
        P("Fax: 1-555-0173. If we say no again, your case can go to an independent review entity."),
    ]
    return dict(n=4, lang="en", kind="img", ext="tif", device="fax_speckle_zfold",
                slug="part-d-pbm-expedited-step-therapy-fax-1bit-speckle-zfold-tiff",
                blocks=blocks,
                key=dict(patient_name="Beatrice Holloway-Nunn", member_id="EGX71150938",
                         claim_number="CD-2026-1130-00872", notice_date=nd,
                         diagnosis_codes=["F33.1"], denial_category="step_therapy",
                         plan_type="medicare_part_d", urgent=True),
                notice_str=long(nd), service_strs=[], window=("days", 65), basis=basis, addr=addr,
                ev=dict(category=["step therapy"], plan=["Medicare Prescription Drug Plan"],
                        urgent=["expedited (fast) basis"]),
                traps=["12/01/2026", "5TQ2-HX8-KW41"],
                note="A Part D plan's expedited coverage-determination denial, written by its pharmacy benefit "
                     "manager and faxed: step therapy for an antidepressant (F33.1). No service dates, codes or CARC. "
                     "Stated 65 days. Traps: the fax header's 12/01/2026, the Medicare Number.")


def c05():
    nd = D("2026-11-24")
    addr = ["Lindenmark Health Plan", "Prairie Sprouts CHIP Appeals", "4100 SW Topeka Blvd", "Topeka, KS 66609"]
    basis = "You have 60 days from the date of this notice to ask for an appeal"
    blocks = [
        L("Lindenmark Health Plan", "Prairie Sprouts CHIP - the children's health program of the State of Kansas",
          "2200 SW Gage Blvd, Topeka, KS 66611"),
        SMALL(FICT_EN + " (Kansas is used for a fictional sample.)"),
        L("To the parent or guardian of Eli Marchetti-Boone", "c/o Dana Marchetti", "718 Linden Court",
          "Lawrence, KS 66044"),
        TITLE("Notice of Adverse Benefit Determination"),
        KV(("Date of notice:", us(nd)), ("Member:", "Eli Marchetti-Boone"), ("Date of birth:", "11/24/2011"),
           ("Member ID:", "PSC-5520-1187-3"), ("Authorization request no.:", "PSC-AR-26-558120"),
           ("Service requested:", "Partial hospitalization program, H0035, 20 days"), ("Diagnosis:", "F32.2")),
        P("Your child's provider, Prairie Ridge Youth Behavioral Services, asked us to approve a partial "
          "hospitalization program starting December 7, 2026. We denied the request. Our physician reviewer found "
          "that this level of care is not medically necessary: the records show no current risk of harm that needs "
          "daily monitoring, and an intensive outpatient program would meet your child's needs."),
        H("Your appeal rights"),
        P(f"{basis}. Your provider can appeal for you with your written consent. If waiting could seriously harm "
          "your child, ask for a fast appeal; we will decide within 72 hours."),
        P("Send your appeal to:"),
        L(*addr),
        P("If we do not decide in your favor, you may ask the State for an independent review of our decision. "
          "Prairie Sprouts CHIP is a separate CHIP, not Medicaid."),
    ]
    return dict(n=5, lang="en", kind="img", ext="png", device="show_through",
                slug="chip-php-request-denied-scan-verso-show-through-png",
                blocks=blocks,
                key=dict(patient_name="Eli Marchetti-Boone", member_id="PSC-5520-1187-3",
                         claim_number="PSC-AR-26-558120", notice_date=nd,
                         procedure_codes=["H0035"], diagnosis_codes=["F32.2"],
                         denial_category="medical_necessity", plan_type="chip", urgent=False),
                notice_str=us(nd), service_strs=[], window=("days", 60), basis=basis, addr=addr,
                ev=dict(category=["not medically necessary"], plan=["separate CHIP"]),
                traps=["11/24/2011", "Dana Marchetti", "2200 SW Gage Blvd", "December 7, 2026"],
                note="A separate CHIP plan's notice of adverse benefit determination on a request before care: "
                     "partial hospitalization for a teenager (H0035; F32.2), not medically necessary. Stated 60 days. "
                     "Traps: the date of birth 11/24/2011 (the notice's month and day), the parent, the letterhead, "
                     "the planned start date.")


def c06():
    nd = D("2026-11-16")
    s = [D("2026-10-14"), D("2026-10-28")]
    addr = ["Covenant Ministries Benefit Board", "Attn: Benefit Appeals Committee", "2250 Fellowship Way",
            "Nashville, TN 37215"]
    cit = "26 CFR 54.9815-2719(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)"
    blocks = [
        L("COVENANT MINISTRIES BENEFIT BOARD", "Health Plan for Clergy and Lay Employees",
          "88 Chapel Street, Nashville, TN 37203  ·  1-555-0181"),
        SMALL(FICT_EN),
        L(long(nd)),
        L("Mr. Samuel Achterberg", "41 Orchard Hill Road", "Murfreesboro, TN 37130"),
        P("Re: Member ID CMB-300-48817, claim 7726-11904-26"),
        P("Dear Mr. Achterberg:"),
        P(f"We have reviewed the claim that Harpeth Valley Pain and Anesthesia submitted for the stellate ganglion "
          f"blocks (procedure code 64510) you received on {long(s[0])} and {long(s[1])}. The diagnosis on the "
          "claim is F43.12. We are not able to pay this claim."),
        P("The Plan does not cover services that are experimental or investigational (adjustment code CO-55). Our "
          "medical director found that a stellate ganglion block used to treat post-traumatic stress disorder has "
          "not been shown in published studies to improve health outcomes, and that it is therefore investigational "
          "under Article 7.3 of the Plan document."),
        P("The Health Plan is a church plan. It has not elected to be covered by ERISA, but it follows the claims "
          "and appeals procedures described in your Summary Plan Description. The time limits for an appeal are in "
          "Section 9 of the Summary Plan Description."),
        P("If you wish to appeal, write to the Benefit Appeals Committee at the address below and include any "
          "records or studies you want considered:"),
        L(*addr),
        P("Please do not send appeals to our Chapel Street office. You may ask, free of charge, for a copy of the "
          "criteria we used and of the documents related to your claim."),
        P("Sincerely,"),
        L("Nora Eklund, RN", "Claims Review, Covenant Ministries Benefit Board"),
    ]
    return dict(n=6, lang="en", kind="docx", ext="docx",
                slug="church-plan-letter-stellate-ganglion-block-ptsd-investigational-docx",
                blocks=blocks,
                key=dict(patient_name="Samuel Achterberg", member_id="CMB-300-48817",
                         claim_number="7726-11904-26", notice_date=nd, service_dates=s,
                         procedure_codes=["64510"], diagnosis_codes=["F43.12"], carc_codes=["CO-55"],
                         denial_category="experimental_investigational", plan_type="church", urgent=False),
                notice_str=long(nd), service_strs=[long(x) for x in s], window=("rule", 180), basis=cit,
                addr=addr, ev=dict(category=["experimental or investigational"], plan=["church plan"]),
                traps=["88 Chapel Street", "41 Orchard Hill Road"],
                note="A church plan (no ERISA election) letter with the facts in sentences: stellate ganglion "
                     "blocks for PTSD on 2 days (64510; F43.12), investigational (CO-55). No window printed (it "
                     "points to the SPD): the church rule, 180 days from the notice date.")


def c07():
    nd = D("2026-11-13")
    s = [D("2026-10-22"), D("2026-10-29")]
    addr = ["Tidewater Health Insurance Company", "Member Appeals", "PO Box 2290", "Norfolk, VA 23501-2290"]
    basis = "You have 180 days from receipt of this notice to appeal"
    blocks = [
        L("TIDEWATER HEALTH INSURANCE COMPANY", "Brightwater Logistics Group Plan - HMO (insured)"),
        SMALL(FICT_EN),
        TITLE("EXPLANATION OF BENEFITS"),
        COLS([("Member", "DOMINIC FERREIRA-HALE"), ("Member ID", "TWH-44107789-01"), ("Group", "GRP 0077215")],
             [("EOB date", us(nd)), ("Claim no.", "2026111300457"), ("Provider", "Elmwood Infusion Clinic")]),
        T(["DOS", "Code", "Dx", "Billed", "Paid", "Code"],
          ["10/15/2026", "99214", "F33.2", "$240.00", "$118.00", "PR-3"],
          [us(s[0]), "96365", "F33.2", "$450.00", "$0.00", "CO-204"],
          [us(s[0]), "J3490", "F33.2", "$95.00", "$0.00", "CO-204"],
          [us(s[1]), "96365", "F33.2", "$450.00", "$0.00", "CO-204"],
          [us(s[1]), "J3490", "F33.2", "$95.00", "$0.00", "CO-204"]),
        P("CO-204: Not covered under your plan. Ketamine infusion therapy for depression is excluded under "
          "Section 5, Exclusions, of your Certificate of Coverage. The office visit was paid after your copay."),
        H("APPEALS"),
        P(f"{basis}. Send it to Tidewater Health Insurance Company, Member Appeals, PO Box 2290, Norfolk, VA "
          "23501-2290, or call 1-555-0191. Urgent appeals are decided within 72 hours."),
    ]
    return dict(n=7, lang="en", kind="img", ext="jpg", device="sodium_car",
                slug="insured-employer-eob-ketamine-excluded-photo-car-sodium-streetlight-jpg",
                blocks=blocks,
                key=dict(patient_name="DOMINIC FERREIRA-HALE", member_id="TWH-44107789-01",
                         claim_number="2026111300457", notice_date=nd, service_dates=s,
                         procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"], carc_codes=["CO-204"],
                         denial_category="not_covered", plan_type="employer_erisa", urgent=False),
                notice_str=us(nd), service_strs=[us(x) for x in s], window=("days", 180), basis=basis,
                addr=addr, ev=dict(category=["Not covered under your plan"], plan=["Group Plan"]),
                traps=["GRP 0077215", "99214", "10/15/2026", "PR-3"],
                note="An insured employer HMO's EOB in capitals, its header in two columns, photographed at night in a "
                     "parked car under an orange sodium streetlight. Ketamine infusions on 2 days (96365, J3490; "
                     "F33.2) excluded (CO-204); the paid office visit is a trap. Stated 180 days.")


def c08():
    nd = D("2026-11-20")
    s = [D("2026-10-21"), D("2026-10-28")]
    dl = nd + dt.timedelta(days=180)
    addr = ["Sunhaven Health", "Appeals and Grievances", "PO Box 45501", "Salt Lake City, UT 84145-0501"]
    basis = f"Appeal deadline: {us(dl)}"
    blocks = [
        L("Sunhaven Health", "Marketplace Silver EPO 2026 - individual coverage bought on the Health Insurance Marketplace"),
        SMALL(FICT_EN),
        TITLE("Claims Statement"),
        KV(("Statement date:", abbr(nd)), ("Claims processed:", "October 16 - November 15, 2026"),
           ("Member:", "Keisha Abernathy-Lowe"), ("Member ID:", "SUN 7740 2291 0")),
        T(["Claim", "Provider", "Service date", "Code", "Dx", "Plan paid", "You owe", "Remark"],
          ["SH2610-88120", "Dr. Paul Ressler (in network)", "10/20/2026", "99214", "F43.10", "$96.00", "$35.00", "PR-3"],
          ["SH2611-90417", "Stonebridge Trauma Therapy", us(s[0]), "90837", "F43.10", "$0.00", "$190.00", "CO-242"],
          ["", "", us(s[1]), "90837", "F43.10", "$0.00", "$190.00", "CO-242"],
          ["SH2611-91033", "Dr. Paul Ressler (in network)", "11/03/2026", "90832", "F43.10", "$48.00", "$20.00", "PR-2"]),
        P("CO-242: The provider is not in your plan's network. Your EPO plan pays for out-of-network care only in "
          "an emergency or with a network exception approved before the visit."),
        H("Appeals"),
        P(f"If you disagree with how we processed claim SH2611-90417, you can ask for an internal appeal. "
          f"{basis}."),
        L("Send appeals to:", *addr),
        P("Help is free from your state's consumer assistance program at 1-555-0102."),
    ]
    return dict(n=8, lang="en", kind="img", ext="jpg", device="tungsten_lamp",
                slug="marketplace-claims-statement-three-claims-out-of-network-photo-tungsten-lamp-jpg",
                blocks=blocks,
                key=dict(patient_name="Keisha Abernathy-Lowe", member_id="SUN 7740 2291 0",
                         claim_number="SH2611-90417", notice_date=nd, service_dates=s,
                         procedure_codes=["90837"], diagnosis_codes=["F43.10"], carc_codes=["CO-242"],
                         denial_category="out_of_network", plan_type="individual_aca", urgent=False),
                notice_str=abbr(nd), service_strs=[us(x) for x in s], window=("date", dl), basis=basis,
                addr=addr, ev=dict(category=["not in your plan's network"], plan=["Marketplace"]),
                traps=["SH2610-88120", "SH2611-91033", "99214", "90832", "November 15, 2026"],
                note="A Marketplace EPO claims statement with three claims (two paid), photographed at night on a bed "
                     "under a warm tungsten bedside lamp, at an angle. Psychotherapy on 2 days (90837; F43.10) out of "
                     "network (CO-242). The deadline is a printed date.")


def c09():
    nd = D("2026-11-05")
    s = [D("2026-10-06"), D("2026-10-08"), D("2026-10-10")]
    addr = ["Federal Workers Mutual Benefit Plan", "Reconsideration Unit", "PO Box 1750", "Kansas City, MO 64141-1750"]
    basis = "You may ask us to reconsider within 6 months from the date of this notice"
    blocks = [
        L("FEDERAL WORKERS MUTUAL BENEFIT PLAN", "A plan in the Federal Employees Health Benefits (FEHB) Program - Standard Option"),
        SMALL(FICT_EN),
        TITLE("Explanation of Benefits"),
        KV(("Date of this notice:", us(nd)), ("Enrollee:", "Harold Nakamura-Ellis"), ("Member ID:", "R44018827"),
           ("Enrollment code:", "451"), ("Claim:", "FW-2610-775203"), ("Facility:", "St. Brendan Regional Hospital")),
        T(["Date", "Service", "Code", "Diagnosis", "Charged", "We paid", "Notes"],
          [us(s[0]), "Anesthesia for ECT", "00104", "F33.2", "$520.00", "$371.00", "PR-2"],
          [us(s[0]), "ECT treatment", "90870", "F33.2", "$780.00", "$0.00", "CO-16 N290"],
          [us(s[1]), "Anesthesia for ECT", "00104", "F33.2", "$520.00", "$371.00", "PR-2"],
          [us(s[1]), "ECT treatment", "90870", "F33.2", "$780.00", "$0.00", "CO-16 N290"],
          [us(s[2]), "Anesthesia for ECT", "00104", "F33.2", "$520.00", "$371.00", "PR-2"],
          [us(s[2]), "ECT treatment", "90870", "F33.2", "$780.00", "$0.00", "CO-16 N290"]),
        P("CO-16 N290: The claim for the treatment lines does not show the rendering physician's NPI. The "
          "hospital can send a corrected claim; a corrected claim is not a request for reconsideration."),
        H("Disputed claims"),
        P(f"{basis}. Write to:"),
        L(*addr),
        P("If we do not change our decision, you may ask the U.S. Office of Personnel Management to review it "
          "within 90 days of our reconsideration decision."),
    ]
    return dict(n=9, lang="en", kind="imgpdf", ext="pdf", device="photocopy_gen3",
                slug="fehb-eob-ect-missing-npi-third-generation-photocopy-image-pdf",
                blocks=blocks,
                key=dict(patient_name="Harold Nakamura-Ellis", member_id="R44018827",
                         claim_number="FW-2610-775203", notice_date=nd, service_dates=s,
                         procedure_codes=["90870"], diagnosis_codes=["F33.2"], carc_codes=["CO-16"],
                         denial_category="coding_billing", plan_type="fehb", urgent=False),
                notice_str=us(nd), service_strs=[us(x) for x in s], window=("months", 6), basis=basis,
                addr=addr, ev=dict(category=["rendering physician's NPI"], plan=["Federal Employees Health Benefits"]),
                traps=["451", "00104", "PR-2", "90 days"],
                note="An FEHB plan's EOB, a copy of a copy of a copy scanned to an image-only PDF: ECT on 3 days, the "
                     "anesthesia lines paid and the treatment lines (90870; F33.2) denied CO-16 N290 (no rendering "
                     "NPI). Stated 6 months. Traps: the enrollment code, the paid 00104 lines, OPM's 90 days.")


def c10():
    nd = D("2026-11-17")
    s = [D("2026-10-13"), D("2026-10-27")]
    addr = ["Eastgate Federal Health Services", "TRICARE Appeals", "PO Box 8720", "Columbia, SC 29202-8720"]
    basis = "must be postmarked or received within 90 days of the date of this notice"
    blocks = [
        L("TRICARE Select - East Region", "Eastgate Federal Health Services, regional contractor"),
        SMALL(FICT_EN),
        TITLE("TRICARE Explanation of Benefits"),
        KV(("EOB date:", long(nd)), ("Patient:", "Ava Castellanos (spouse)"),
           ("Patient DoD Benefits Number:", "12904478312"), ("Sponsor:", "SSgt Miguel Castellanos"),
           ("Sponsor DoD ID:", "1587720094"), ("Claim number:", "TC-26-3019-88412")),
        T(["Service date", "Service", "Code", "Diagnosis", "Billed", "TRICARE paid", "Remark"],
          [us(s[0]), "Psychotherapy, 60 min", "90837", "F43.12", "$180.00", "$0.00", "CO-22"],
          [us(s[1]), "Psychotherapy, 60 min", "90837", "F43.12", "$180.00", "$0.00", "CO-22"]),
        P("CO-22: Our records show the patient has other health insurance, which must pay before TRICARE. Send "
          "us the other plan's explanation of benefits, or tell us the other coverage has ended, and we will "
          "process the claim again."),
        H("Appeal rights"),
        P(f"If you disagree, you may ask for a reconsideration. Your request {basis}. Send it to:"),
        L(*addr),
        P("For free help, contact the Beneficiary Counseling and Assistance Coordinator at your nearest military "
          "hospital or clinic, or call 1-555-0124."),
    ]
    return dict(n=10, lang="en", kind="img", ext="jpg", device="messenger",
                slug="tricare-eob-other-insurance-first-messenger-recompressed-jpg",
                blocks=blocks,
                key=dict(patient_name="Ava Castellanos", member_id="12904478312",
                         claim_number="TC-26-3019-88412", notice_date=nd, service_dates=s,
                         procedure_codes=["90837"], diagnosis_codes=["F43.12"], carc_codes=["CO-22"],
                         denial_category="coordination_of_benefits", plan_type="tricare", urgent=False),
                notice_str=long(nd), service_strs=[us(x) for x in s], window=("days", 90), basis=basis,
                addr=addr, ev=dict(category=["other health insurance"], plan=["TRICARE"]),
                traps=["1587720094", "SSgt Miguel Castellanos"],
                note="A TRICARE Select EOB photographed and sent through a messaging app (downscaled, recompressed "
                     "twice, 8x8 blocks). Psychotherapy for a spouse on 2 days (90837; F43.12), other insurance pays "
                     "first (CO-22). The member ID keyed is the patient's DoD Benefits Number, not the sponsor's DoD "
                     "ID. Stated 90 days.")


def c11():
    nd = D("2026-11-12")
    s = [D("2026-03-10"), D("2026-03-17")]
    addr = ["Silverlake Advantage HMO", "Attention: Appeals Department", "600 Lakeshore Drive", "Mail Stop 14B",
            "Oakland, CA 94612"]
    basis = "You must ask for a reconsideration within 65 calendar days of the date of this notice"
    blocks = [
        L("SILVERLAKE ADVANTAGE HMO", "A Medicare Advantage plan"),
        SMALL(FICT_EN),
        TITLE("NOTICE OF DENIAL OF PAYMENT"),
        KV(("Notice date:", us(nd)), ("Member name:", "Gloria Fenwick-Oduya"), ("Member ID:", "SLA-0038871-00"),
           ("Medicare Number:", "7FJ4-TN2-QX88"), ("Claim number:", "MA26-0411-70215"),
           ("Provider:", "Bayview Interventional Psychiatry")),
        T(["Date of service", "Code", "Diagnosis", "Amount billed", "Amount paid", "Reason"],
          [us(s[0]), "G2083", "F33.2", "$1,240.00", "$0.00", "CO-29"],
          [us(s[1]), "G2083", "F33.2", "$1,240.00", "$0.00", "CO-29"]),
        P("Why we denied payment: CO-29 - The time limit for filing this claim has expired. The claim reached us "
          "on 10/30/2026, more than the plan's limit after the dates of service. Because the provider filed late, "
          "the provider may not bill you for these services."),
        H("YOUR RIGHT TO APPEAL"),
        P(f"{basis}. We can give you more time if you have a good reason for missing the deadline."),
        P("Send your written request to:"),
        L(*addr),
        P("Or fax it to 1-555-0133. Call Member Services at 1-555-0134 (TTY 711)."),
    ]
    return dict(n=11, lang="en", kind="txt", ext="txt",
                slug="medicare-advantage-denial-of-payment-spravato-filed-late-plain-text",
                blocks=blocks,
                key=dict(patient_name="Gloria Fenwick-Oduya", member_id="SLA-0038871-00",
                         claim_number="MA26-0411-70215", notice_date=nd, service_dates=s,
                         procedure_codes=["G2083"], diagnosis_codes=["F33.2"], carc_codes=["CO-29"],
                         denial_category="timely_filing", plan_type="medicare_advantage", urgent=False),
                notice_str=us(nd), service_strs=[us(x) for x in s], window=("days", 65), basis=basis,
                addr=addr, ev=dict(category=["time limit for filing"], plan=["Medicare Advantage"]),
                traps=["7FJ4-TN2-QX88", "10/30/2026"],
                note="A Medicare Advantage plan's notice of denial of payment as the plain text its portal offers: "
                     "supervised esketamine visits on 2 days in March (G2083; F33.2) filed late (CO-29). Stated 65 "
                     "calendar days. Traps: the Medicare Number, the received date.")


def c12():
    nd = D("2026-11-25")
    dl = nd + dt.timedelta(days=120)
    addr = ["Lakeview Medicare Services", "Part B Redeterminations", "PO Box 6140", "Indianapolis, IN 46206-6140"]
    basis = f"you must file your appeal by {long(dl)}"
    blocks = [
        TITLE("Medicare Summary Notice for Part B (Medical Insurance)"),
        SMALL(FICT_EN + " This is not an official Medicare notice."),
        COLS([("", "WALTER J PRZYBYLSKI"), ("", "5520 BIRCHWOOD LN"), ("", "CARMEL IN 46032")],
             [("Notice date", long(nd)), ("Medicare Number", "2KH7-PW4-YN63"),
              ("Claims processed", "Aug 26 - Nov 24, 2026")]),
        H("Your claims and costs this period"),
        T(["Service", "Code", "Approved?", "Amount provider charged", "Medicare paid", "You may be billed", "See notes"],
          ["Claim number 26-2240-118803  Prairie Oak Counseling, Sep 02, 2026", "", "", "", "", "", ""],
          ["Psychotherapy, 45 minutes", "90834", "Yes", "$150.00", "$84.31", "$21.08", ""],
          ["Claim number 26-2810-441870  Meridian Spine & Pain Center, Oct 09, 2026", "", "", "", "", "", ""],
          ["Nerve ablation, lumbar facet joint", "64633", "No", "$2,450.00", "$0.00", "$0.00", "A, B"],
          ["Claim number 26-2915-302214  Dr. Helen Qiu, Oct 20, 2026", "", "", "", "", "", ""],
          ["Office visit, established patient", "99213", "Yes", "$135.00", "$72.40", "$18.10", ""]),
        H("Notes for claims above"),
        P("A  This service needed prior authorization from Medicare before it was given in a hospital outpatient "
          "department, and none was on file. Medicare won't pay for it."),
        P("B  Your provider can't bill you for this service unless you signed a notice saying you would pay."),
        H("How to handle denied claims"),
        P(f"If you disagree with a coverage decision, {basis}. Circle the item you disagree with on a copy of this "
          "notice, explain why, sign it and send it to:"),
        L(*addr),
    ]
    return dict(n=12, lang="en", kind="img", ext="jpg", device="chromatic_dof",
                slug="original-medicare-msn-three-claims-facet-ablation-no-prior-auth-photo-chromatic-jpg",
                blocks=blocks,
                key=dict(patient_name="WALTER J PRZYBYLSKI", member_id="2KH7-PW4-YN63",
                         claim_number="26-2810-441870", notice_date=nd, service_dates=[D("2026-10-09")],
                         procedure_codes=["64633"], denial_category="prior_authorization", plan_type="medicare",
                         urgent=False),
                notice_str=long(nd), service_strs=["Oct 09, 2026"], window=("date", dl), basis=basis,
                addr=addr, ev=dict(category=["prior authorization"], plan=["Medicare Summary Notice"]),
                traps=["26-2240-118803", "26-2915-302214", "90834", "99213", "Nov 24, 2026"],
                note="An Original Medicare summary notice (Part B) with three claims, one denied: a lumbar facet "
                     "nerve ablation (64633) given without Medicare's prior authorization for hospital outpatient "
                     "departments. No diagnosis or CARC printed. Photographed on a hospital tray table with a cheap "
                     "lens (colour fringes, the lower page soft). The deadline is a printed date.")


def c13():
    nd = D("2026-11-23")
    addr = ["Plan Alameda Medicare Advantage", "Departamento de Apelaciones", "PO Box 90211",
            "San Antonio, TX 78209-0211"]
    basis = "Debe pedir la apelación dentro de 65 días a partir de la fecha de este aviso"
    blocks = [
        L("Plan Alameda Medicare Advantage (HMO)"),
        SMALL(FICT_ES),
        TITLE("Aviso de denegación de cobertura médica"),
        KV(("Fecha:", es(nd)), ("Nombre del miembro:", "Rosa Elvira Quintanilla"),
           ("Fecha de nacimiento:", "23/11/1955"), ("Número de miembro:", "ALM-77120045"),
           ("Número de Medicare:", "3RG9-UW1-PC27"), ("Solicitud N.º:", "OD-26-118830")),
        P("Hemos denegado la estimulación magnética transcraneal (códigos 90867 y 90868; diagnóstico F33.2) que "
          "pidió su médico, la Dra. Inés Barragán. Tomamos esta decisión de forma rápida (acelerada) porque su "
          "médico dijo que esperar podría dañar gravemente su salud."),
        H("Por qué denegamos su solicitud"),
        P("Nuestro médico revisor concluyó que el tratamiento no es médicamente necesario según los criterios de "
          "cobertura de Medicare: los registros no muestran dos tratamientos con antidepresivos de dosis y duración "
          "suficientes."),
        H("Usted tiene derecho a apelar"),
        P(f"{basis}. Si su salud lo requiere, pida una apelación rápida: la decidimos en 72 horas. Envíe su "
          "apelación por escrito a:"),
        L(*addr),
        P("Fax: 1-555-0146. Teléfono: 1-555-0147 (TTY 711)."),
    ]
    return dict(n=13, lang="es", kind="img", ext="jpg", device="backlit",
                slug="es-medicare-advantage-expedited-tms-denial-photo-backlit-window-jpg",
                blocks=blocks,
                key=dict(patient_name="Rosa Elvira Quintanilla", member_id="ALM-77120045",
                         claim_number="OD-26-118830", notice_date=nd,
                         procedure_codes=["90867", "90868"], diagnosis_codes=["F33.2"],
                         denial_category="medical_necessity", plan_type="medicare_advantage", urgent=True),
                notice_str=es(nd), service_strs=[], window=("days", 65), basis=basis, addr=addr,
                ev=dict(category=["no es médicamente necesario"], plan=["Medicare Advantage"],
                        urgent=["forma rápida (acelerada)"]),
                traps=["23/11/1955", "3RG9-UW1-PC27"],
                note="A Medicare Advantage plan's expedited pre-service denial in Spanish, TMS (90867, 90868; "
                     "F33.2), not medically necessary; photographed against a bright window so the back page shows "
                     "through, mirrored. Stated 65 días. Traps: the date of birth 23/11/1955 (the notice's day and "
                     "month), the Medicare Number.")


def c14():
    nd = D("2026-11-10")
    s = [D("2026-10-14"), D("2026-10-21")]
    addr = ["Costa Clara Medicare Advantage", "Atención: Apelaciones y Quejas", "Apartado Postal 3391",
            "Miami, FL 33152-3391"]
    basis = "Tiene 65 días a partir de la fecha de este aviso para pedir una reconsideración"
    blocks = [
        L("COSTA CLARA MEDICARE ADVANTAGE PPO"),
        L(FICT_ES),
        H("AVISO DE DENEGACIÓN DE PAGO"),
        KV(("Fecha del aviso:", es(nd)), ("Miembro:", "Ernesto Villalobos Peña"), ("N.º de miembro:", "CCM-5518-2204"),
           ("N.º de reclamación:", "CCA-2611-55812"), ("Proveedor:", "Clínica del Dolor Brisamar")),
        P(f"Servicios: infusiones intravenosas de ketamina los días {es(s[0])} y {es(s[1])} "
          "(códigos 96365 y J3490; diagnóstico G89.4)."),
        P("Motivo: CO-56. El plan no cubre este servicio porque no se ha demostrado que sea eficaz para el dolor "
          "crónico; lo consideramos experimental o en investigación."),
        P(f"Sus derechos: {basis}. Envíela a:"),
        L(*addr),
        P("Llame al 1-555-0152 si necesita ayuda."),
    ]
    extra = dict(outer_from="Lucía Villalobos <lucia.villalobos@correo.example>",
                 outer_to="Consejería SHIP del Condado <ship.consejeria@condado-fl.example>",
                 outer_date="Thu, 03 Dec 2026 11:22:40 -0500",
                 outer_subject="RV: Aviso del plan de mi papá - infusiones de ketamina",
                 outer_note="Buenos días: les reenvío el aviso que recibió mi papá, Ernesto. Lo copié del portal del "
                            "plan. ¿Nos pueden ayudar con la apelación? Gracias, Lucía",
                 fwd_header=["-------- Mensaje reenviado --------", "De: Costa Clara Medicare Advantage <avisos@costaclara-ma.example>",
                             "Fecha: 12 nov 2026 8:05", "Asunto: Aviso de denegación de pago",
                             "Para: ernesto.vp@correo.example"])
    return dict(n=14, lang="es", kind="eml", ext="eml",
                slug="es-medicare-advantage-ketamine-pain-experimental-forwarded-email-pasted-eml",
                blocks=blocks, extra=extra,
                key=dict(patient_name="Ernesto Villalobos Peña", member_id="CCM-5518-2204",
                         claim_number="CCA-2611-55812", notice_date=nd, service_dates=s,
                         procedure_codes=["96365", "J3490"], diagnosis_codes=["G89.4"], carc_codes=["CO-56"],
                         denial_category="experimental_investigational", plan_type="medicare_advantage", urgent=False),
                notice_str=es(nd), service_strs=[es(x) for x in s], window=("days", 65), basis=basis,
                addr=addr, ev=dict(category=["experimental o en investigación"], plan=["MEDICARE ADVANTAGE"]),
                traps=["Lucía Villalobos", "12 nov 2026"],
                note="A daughter forwards her father's Medicare Advantage denial of payment to a SHIP counselor, the "
                     "notice pasted into the body (Spanish). Ketamine infusions for chronic pain on 2 days (96365, "
                     "J3490; G89.4), not proven effective (CO-56). Stated 65 días. Traps: the Date headers "
                     "(3 Dec, 12 nov), the daughter.")


def c15():
    nd = D("2026-12-02")
    addr = ["Salud Fronteriza", "Unidad de Apelaciones", "3300 Calle Sol", "Suite 200", "Las Cruces, NM 88011"]
    basis = "Tiene 60 días a partir de la fecha de este aviso para apelar"
    blocks = [
        L("DE: SALUD FRONTERIZA   DIC-03-2026 08:15   PÁG. 01/01"),
        L("SALUD FRONTERIZA - Plan de Medicaid de atención administrada (Centennial Care, Nuevo México)"),
        SMALL(FICT_ES),
        TITLE("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS"),
        KV(("Fecha del aviso:", es(nd)), ("Miembro:", "Marisela Ochoa Trujillo"), ("Fecha de nacimiento:", "02/12/1984"),
           ("N.º de miembro del plan:", "SFM-448211903"), ("N.º de Medicaid del estado:", "NM-770045128"),
           ("N.º de autorización:", "PA-26-3304871")),
        P("Su médico pidió esketamina en aerosol nasal (J0013) con observación (99415) para el diagnóstico F33.2 "
          "en el Centro Espravia de Albuquerque. Denegamos la solicitud porque ese centro no pertenece a la red "
          "del plan y hay centros de la red que ofrecen el mismo tratamiento a menos de 60 millas."),
        H("SUS DERECHOS DE APELACIÓN"),
        P(f"{basis}. Si quiere seguir recibiendo un servicio que ya tenía aprobado, apele dentro de 10 días. "
          "Después de la apelación puede pedir una audiencia imparcial estatal dentro de 120 días."),
        L("Envíe su apelación a:", *addr),
    ]
    return dict(n=15, lang="es", kind="img", ext="tif", device="fax_dust_lines",
                slug="es-medicaid-mco-spravato-out-of-network-fax-1bit-scanbar-lines-tiff",
                blocks=blocks,
                key=dict(patient_name="Marisela Ochoa Trujillo", member_id="SFM-448211903",
                         claim_number="PA-26-3304871", notice_date=nd,
                         procedure_codes=["J0013", "99415"], diagnosis_codes=["F33.2"],
                         denial_category="out_of_network", plan_type="medicaid", urgent=False),
                notice_str=es(nd), service_strs=[], window=("days", 60), basis=basis, addr=addr,
                ev=dict(category=["no pertenece a la red"], plan=["Medicaid de atención administrada"]),
                traps=["02/12/1984", "NM-770045128", "DIC-03-2026", "10 días", "120 días"],
                note="A Medicaid managed-care plan's notice of adverse benefit determination in Spanish, faxed (1-bit, "
                     "fine mode) by a machine whose scan bar had dust on it (vertical lines). Esketamine with "
                     "observation before care (J0013, 99415; F33.2) at an out-of-network centre. Stated 60 días. "
                     "Traps: the DOB 02/12/1984 (the notice's date read day first), the state Medicaid ID, the fax "
                     "header, 10 and 120 días.")


def c16():
    nd = D("2026-11-20")
    s = [D("2026-11-09"), D("2026-11-10"), D("2026-11-12")]
    addr = ["Río Verde Salud", "Apelaciones de Miembros", "PO Box 21650", "Tucson, AZ 85726-1650"]
    basis = "Puede apelar dentro de 60 días a partir de la fecha de este aviso"
    blocks = [
        H("Detalle de la reclamación RV261120-00931"),
        P("Fechas en formato día/mes/año."),
        KV(("Miembro", "Tomás Arreola Benítez"), ("N.º de miembro", "RVS-3308-44172"),
           ("Plan", "Río Verde Salud - plan de Medicaid (AHCCCS, Arizona)"),
           ("Fecha del aviso", esnum(nd)), ("Estado", "Denegada")),
        T(["Fecha de servicio", "Servicio", "Código", "Diagnóstico", "Cobrado", "Pagado", "Motivo"],
          *[[esnum(x), "Programa intensivo ambulatorio", "H0015", "F10.20", "$290.00", "$0.00", "CO-50"] for x in s]),
        P("Motivo CO-50: según nuestros criterios, el programa intensivo ambulatorio no es médicamente necesario; "
          "la terapia ambulatoria semanal es suficiente para su situación."),
        H("Cómo apelar"),
        P(f"{basis}. Si no está de acuerdo con nuestra decisión de la apelación, puede pedir una audiencia "
          "imparcial estatal."),
        L("Correo:", *addr),
        SMALL(FICT_ES + " (Arizona se usa como ejemplo ficticio.)"),
    ]
    extra = dict(title="Mis reclamaciones | Río Verde Salud", stamp="6/12/26 21:40",
                 url="https://miembros.rioverdesalud.example/reclamaciones/RV261120-00931",
                 signed="Sesión iniciada: Tomás Arreola Benítez",
                 claims=[("RV261027-00412", "27/10/2026", "Consejería Sonora", "Pagada", "$86,00"),
                         ("RV261120-00931", esnum(s[0]) + " - " + esnum(s[-1]), "Centro Nuevo Rumbo", "Denegada", "$0,00"),
                         ("RV261201-01177", "24/11/2026", "Consejería Sonora", "En proceso", "--")])
    return dict(n=16, lang="es", kind="html", ext="html",
                slug="es-medicaid-mco-portal-page-iop-not-necessary-day-first-html",
                blocks=blocks, extra=extra,
                key=dict(patient_name="Tomás Arreola Benítez", member_id="RVS-3308-44172",
                         claim_number="RV261120-00931", notice_date=nd, service_dates=s,
                         procedure_codes=["H0015"], diagnosis_codes=["F10.20"], carc_codes=["CO-50"],
                         denial_category="medical_necessity", plan_type="medicaid", urgent=False),
                notice_str=esnum(nd), service_strs=[esnum(x) for x in s], dayfirst=True, window=("days", 60),
                basis=basis, addr=addr, ev=dict(category=["no es médicamente necesario"], plan=["Medicaid"]),
                traps=["RV261027-00412", "RV261201-01177", "27/10/2026", "6/12/26"],
                note="A Medicaid managed-care member-portal page in Spanish, dates day first (the page says so): an "
                     "intensive outpatient programme on 3 days (H0015; F10.20) not medically necessary (CO-50), "
                     "beside a paid and a pending claim. Stated 60 días.")


def c17():
    nd = D("2026-11-18")
    s = [D("2026-10-29"), D("2026-10-30"), D("2026-11-02")]
    dl = nd + dt.timedelta(days=180)
    addr = ["Mesa Alta Salud", "Atención: Apelaciones", "901 Avenida Congreso", "Piso 6", "Austin, TX 78701"]
    basis = f"a más tardar el {es(dl)}"
    blocks = [
        L("MESA ALTA SALUD", "Plan individual del Mercado de Seguros Médicos - Plata HMO"),
        SMALL(FICT_ES),
        TITLE("Explicación de beneficios"),
        KV(("Fecha de emisión:", es(nd)), ("Asegurada:", "Graciela Montes de Oca"), ("N.º de identificación:", "MAS-60021877-01"),
           ("N.º de reclamación:", "MA-2611-4409917"), ("Proveedor:", "Centro de Neuromodulación Pecan")),
        P("Fechas: dd/mm/aaaa"),
        T(["Fecha", "Código", "Diagnóstico", "Cobrado", "Pagado", "Ajuste"],
          ["26/10/2026", "90868", "F33.2", "$310.00", "$248.00", "PR-2"],
          ["27/10/2026", "90868", "F33.2", "$310.00", "$248.00", "PR-2"],
          ["28/10/2026", "90868", "F33.2", "$310.00", "$248.00", "PR-2"],
          *[[esnum(x), "90868", "F33.2", "$310.00", "$0.00", "CO-198"] for x in s]),
        P("CO-198: Se autorizaron 30 sesiones de estimulación magnética transcraneal. Las sesiones 31 a 33 superan "
          "la autorización y no se pagaron. Su proveedor puede pedir una extensión de la autorización."),
        H("Su derecho a apelar"),
        P(f"Si no está de acuerdo, presente su apelación {basis}. Envíela a:"),
        L(*addr),
    ]
    return dict(n=17, lang="es", kind="imgpdf", ext="pdf", device="inkjet_lowink",
                slug="es-marketplace-eob-tms-sessions-over-authorization-low-ink-printout-image-pdf",
                blocks=blocks,
                key=dict(patient_name="Graciela Montes de Oca", member_id="MAS-60021877-01",
                         claim_number="MA-2611-4409917", notice_date=nd, service_dates=s,
                         procedure_codes=["90868"], diagnosis_codes=["F33.2"], carc_codes=["CO-198"],
                         denial_category="prior_authorization", plan_type="individual_aca", urgent=False),
                notice_str=es(nd), service_strs=[esnum(x) for x in s], dayfirst=True, window=("date", dl),
                basis=basis, addr=addr, ev=dict(category=["superan la autorización"], plan=["Mercado de Seguros"]),
                traps=["26/10/2026", "27/10/2026", "28/10/2026", "PR-2"],
                note="A Marketplace EOB in Spanish, printed on an inkjet low on black ink (banding, a clogged nozzle "
                     "row) and scanned to an image-only PDF: TMS sessions over the 30 authorized (90868; F33.2; "
                     "CO-198) denied on 3 days, the three before paid. The deadline is a printed date.")


def c18():
    nd = D("2026-11-27")
    s = [D("2026-04-02"), D("2026-04-16")]
    addr = ["Cumbre Health Plan", "Apelaciones del Plan Infantil Cumbre", "1550 Larimer Street", "Suite 900",
            "Denver, CO 80202"]
    basis = "Tiene 60 días desde la fecha de este aviso para apelar"
    blocks = [
        L("Cumbre Health Plan", "Plan Infantil Cumbre - CHIP separado de Colorado (no es Medicaid)"),
        SMALL(FICT_ES + " (Colorado se usa como ejemplo ficticio.)"),
        L(es(nd)),
        L("Sra. Lucía Ruiz", "2417 Calle Alcott", "Denver, CO 80211"),
        P("Asunto: reclamación CU-26-1104-3378 de su hijo Mateo Salazar Ruiz, N.º de miembro PIC-2209-7731"),
        P("Estimada Sra. Ruiz:"),
        P(f"Recibimos la reclamación de Familias Unidas Terapia por la terapia familiar con el paciente presente "
          f"(código 90847, diagnóstico F43.23) del {es(s[0])} y del {es(s[1])}. No podemos pagarla porque llegó "
          "el 4 de noviembre de 2026, después del plazo de 180 días para presentar reclamaciones (código CO-29). "
          "El proveedor no puede cobrarle a usted por estos servicios."),
        P(f"Si no está de acuerdo, puede apelar. {basis}. Escriba a:"),
        L(*addr),
        P("Si mantenemos la denegación, puede pedir que el Estado revise nuestra decisión."),
        P("Atentamente,"),
        L("Servicios para Miembros, 1-555-0118"),
    ]
    return dict(n=18, lang="es", kind="img", ext="tif", device="magenta_wrinkle",
                slug="es-chip-letter-family-therapy-filed-late-scan-magenta-lamp-wrinkled-tiff",
                blocks=blocks,
                key=dict(patient_name="Mateo Salazar Ruiz", member_id="PIC-2209-7731",
                         claim_number="CU-26-1104-3378", notice_date=nd, service_dates=s,
                         procedure_codes=["90847"], diagnosis_codes=["F43.23"], carc_codes=["CO-29"],
                         denial_category="timely_filing", plan_type="chip", urgent=False),
                notice_str=es(nd), service_strs=[es(x) for x in s], window=("days", 60), basis=basis,
                addr=addr, ev=dict(category=["plazo de 180 días"], plan=["CHIP separado"]),
                traps=["Lucía Ruiz", "4 de noviembre de 2026", "2417 Calle Alcott"],
                note="A separate CHIP's letter in Spanish to a mother about her son, the facts in sentences: family "
                     "therapy on 2 days in April (90847; F43.23) filed after the 180-day limit (CO-29). Scanned on "
                     "a flatbed whose lamp has aged (magenta cast) from a wrinkled page. Stated 60 días. Traps: the "
                     "mother, the received date, the filing limit.")


CASES = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18]
