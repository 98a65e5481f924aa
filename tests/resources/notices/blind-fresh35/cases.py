"""The 18 notices of blind set 35 as data. Everything here is FICTIONAL (people, plans, numbers, addresses).

Each case: its blocks (what the notice prints), its file kind and image device, its key facts, and the
anchors the self-check uses. Printed dates come from dates.D, so the print and the key share one ISO value.
"""
from dates import D, plus

FIC = "FICTIONAL SAMPLE for software testing: every person, plan, number and address on this page is invented."
FIC_ES = "MUESTRA FICTICIA para pruebas de software: todas las personas, planes, números y direcciones son inventados."


def T(t, **o): return ("title", t, o)
def H(t, **o): return ("h", t, o)
def P(t, **o): return ("p", t, o)
def S(t, **o): return ("small", t, o)
def L(lines, **o): return ("lines", list(lines), o)
def KV(rows, **o): return ("kv", list(rows), o)
def TB(head, rows, **o): return ("table", (list(head), [list(r) for r in rows]), o)
def BOX(blocks, **o): return ("box", list(blocks), o)
def COLS(left, right, **o): return ("cols", (list(left), list(right)), o)
def RULE(): return ("rule", None, {})
def CHK(items, **o): return ("check", list(items), o)
def SP(): return ("sp", None, {})


def c01():
    nd, svc = "2026-11-16", ["2026-10-20", "2026-10-23"]
    s = [D(x, "us") for x in svc]
    blocks = [
        L(["Harborline Advantage (HMO)", "A Medicare Advantage plan - FICTIONAL SAMPLE",
           "2200 Bayshore Commons Blvd, Suite 500, Tampa, FL 33607", "Member Services 1-555-0121 (TTY 711)"], big=True),
        RULE(),
        T("NOTICE OF DENIAL OF PAYMENT"),
        BOX([KV([("Date of notice", D(nd, "long")), ("Member", "Doreen A. Castellanos"),
                 ("Member ID", "H7K4 551 902"), ("Medicare Number", "1EG4-TE5-MK72"),
                 ("Claim number", "26-318-0044271"), ("Date of birth", "04/11/1951"),
                 ("Provider", "Tidewater Interventional Psychiatry (fictional)"),
                 ("Claim received", D("2026-10-30", "long"))])]),
        P("Dear Ms. Castellanos:"),
        P("We have denied payment of the claim listed below, in full. Your plan covers Spravato (esketamine) nasal "
          "spray only when we approve it before treatment starts. We found no approval on file for these "
          "treatment sessions, so we cannot pay for them."),
        TB(["Date of service", "Code", "Service (our description)", "Billed", "Plan paid", "Adj. code"],
           [[s[0], "J0013", "esketamine nasal spray, 84 units", "$1,512.00", "$0.00", "CO-197"],
            [s[0], "G2083", "supervised self-administration visit with observation", "$318.00", "$0.00", "CO-197"],
            [s[1], "J0013", "esketamine nasal spray, 84 units", "$1,512.00", "$0.00", "CO-197"],
            [s[1], "G2083", "supervised self-administration visit with observation", "$318.00", "$0.00", "CO-197"]]),
        P("Diagnosis on the claim: F33.2. Adjustment code CO-197 means the service needed approval (prior "
          "authorization) and none was obtained."),
        H("If you disagree with this decision"),
        P("You have the right to ask us to reconsider. You must ask within 65 days from the date of this notice. "
          "We may give you more time if you had a good reason for missing the deadline.", tag="deadline"),
        P("Send your written request to:"),
        L(["Harborline Advantage", "Attn: Part C Appeals and Grievances", "PO Box 33017", "Tampa, FL 33633-0017"]),
        P("Do not send appeals to the claims address on your ID card (PO Box 33088). If waiting could seriously "
          "harm your health, ask for a fast decision: we answer fast reconsiderations within 72 hours."),
        S(FIC + " Harborline Advantage is not a real plan."),
    ]
    return dict(n=1, slug="medicare-advantage-spravato-no-auth-tented-fold-progressive-jpeg", lang="en",
                kind="jpg", device="tent_fold", style="sans", blocks=blocks,
                key=dict(patient_name="Doreen A. Castellanos", member_id="H7K4 551 902",
                         claim_number="26-318-0044271", notice_date=nd, service_dates=svc,
                         procedure_codes=["J0013", "G2083"], diagnosis_codes=["F33.2"], carc_codes=["CO-197"],
                         denial_category="prior_authorization", plan_type="medicare_advantage", urgent=False),
                nd=("Date of notice", "long"), svc_print=s,
                ev=dict(category=["needed approval (prior authorization) and none was obtained"],
                        plan=["A Medicare Advantage plan"]),
                window=("days", 65, "You must ask within 65 days from the date of this notice"),
                addr=["Harborline Advantage", "Attn: Part C Appeals and Grievances", "PO Box 33017",
                      "Tampa, FL 33633-0017"],
                traps=["1EG4-TE5-MK72", "04/11/1951", D("2026-10-30", "long"), "PO Box 33088",
                       "2200 Bayshore Commons Blvd", "72 hours"],
                note="A Medicare Advantage claim denial: Spravato sessions on 2 days (J0013, G2083; F33.2) with no "
                     "approval on file (CO-197). Photographed on a speckled laminate counter after being folded in "
                     "half and left standing like a tent: the top half tilts away and is shaded, a bright ridge at "
                     "the fold. Saved as a progressive JPEG. Stated 65 days.")


def c02():
    nd = "2026-11-12"
    blocks = [
        L(["Keystone Federal Health Services", "TRICARE East Region contractor - FICTIONAL SAMPLE",
           "1 Palmetto Research Way, Columbia, SC 29229"], big=True),
        RULE(),
        COLS([L(["MARISOL T OKAFOR", "418 CEDAR LAKE DR", "FAYETTEVILLE NC 28314"])],
             [KV([("Letter date", D(nd, "mil")), ("Beneficiary", "Marisol T. Okafor"),
                  ("DoD Benefits Number", "30281746592"), ("Sponsor", "SFC Daniel R. Okafor"),
                  ("Sponsor DoD ID", "1582049375"), ("Authorization request no.", "2026R0881412")])]),
        T("Authorization Request Decision: DENIED"),
        P("We reviewed the request from Capt. Lila Moreno-Haas, MD (fictional), Sandhills Neuromodulation Clinic, "
          "for a course of transcranial magnetic stimulation (procedure codes 90867 and 90868, 36 sessions) for "
          "major depressive disorder, recurrent, severe (F33.2). The request reached us on "
          + D("2026-10-28", "mil") + "."),
        P("Decision: denied. A physician reviewer found the care not medically necessary as requested: the "
          "records sent show one adequate antidepressant trial, and the criteria for this treatment call for at "
          "least two, each at an adequate dose and for an adequate length of time."),
        H("Your right to ask for reconsideration"),
        P("If you disagree, you or the provider may request a reconsideration. Your request must be postmarked or "
          "received within 90 days of the date of this letter. Include a copy of this letter and any records "
          "that support the request. Mail or fax it to:", tag="deadline"),
        L(["Keystone Federal Health Services", "TRICARE East Appeals", "Attn: Reconsiderations", "PO Box 7760",
           "Columbia, SC 29202-7760", "Fax 1-555-0139"]),
        P("Expedited review: if the care has not started and a delay could seriously jeopardize your life or "
          "health, ask within 3 calendar days of receiving this letter. Do not send claims or referrals to the "
          "appeals box. Free help: the Beneficiary Counseling and Assistance Coordinator (BCAC) at your nearest "
          "military hospital or clinic."),
        S(FIC),
    ]
    return dict(n=2, slug="tricare-tms-request-denied-suncatcher-rainbows-jpeg", lang="en", kind="jpg",
                device="suncatcher", style="serif", blocks=blocks,
                key=dict(patient_name="Marisol T. Okafor", member_id="30281746592", claim_number="2026R0881412",
                         notice_date=nd, procedure_codes=["90867", "90868"], diagnosis_codes=["F33.2"],
                         denial_category="medical_necessity", plan_type="tricare", urgent=False),
                nd=("Letter date", "mil"),
                ev=dict(category=["not medically necessary"], plan=["TRICARE East Region"]),
                window=("days", 90, "postmarked or received within 90 days of the date of this letter"),
                addr=["Keystone Federal Health Services", "TRICARE East Appeals", "Attn: Reconsiderations",
                      "PO Box 7760", "Columbia, SC 29202-7760"],
                traps=["1582049375", "SFC Daniel R. Okafor", D("2026-10-28", "mil"), "3 calendar days",
                       "1 Palmetto Research Way"],
                note="A TRICARE regional contractor's denial of a TMS request before care (90867, 90868; F33.2), "
                     "medical_necessity, military day-month-year dates. Photographed on a windowsill in low sun: a "
                     "hanging crystal sun catcher throws rainbow spots across the page. Stated 90 days.")


def c03():
    nd, svc = "2026-11-19", ["2026-11-02", "2026-11-03"]
    s = [D(x, "abbr") for x in svc]
    blocks = [
        L(["Capitol Mutual Benefit Plan",
           "A carrier in the Federal Employees Health Benefits (FEHB) Program - FICTIONAL SAMPLE",
           "900 Anacostia Plaza, Washington, DC 20019"], big=True),
        RULE(),
        L(["Date of this letter: " + D(nd, "long")]),
        L(["Gregory P. Halvorsen", "77 Larkspur Ct", "Frederick, MD 21702"]),
        P("Re: Enrollee Gregory P. Halvorsen, Enrollee ID R41928377, Claim FEP-2026-1107-55831"),
        P("Dear Mr. Halvorsen:"),
        P("We processed the claim from Chesapeake TMS Associates (fictional) for transcranial magnetic stimulation "
          f"(procedure code 90868) given on {s[0]} and {s[1]}, for major depressive disorder, recurrent, severe "
          "(F33.2). We did not pay these two sessions. Your plan's brochure limits this therapy to 36 sessions in "
          f"a calendar year, and our records show 36 sessions paid between {D('2026-09-08', 'abbr')} and "
          f"{D('2026-10-30', 'abbr')}. The remittance to your provider lists adjustment code CO-119 (the benefit "
          "maximum for this period has been reached)."),
        H("Asking us to reconsider"),
        P("If you think we made a mistake, write to us and explain why. Your request must reach us by "
          f"{D('2027-05-19', 'long')}, which is six months from the date of this letter. Enclose a copy of this "
          "letter, the claim, and records that support a longer course, such as your doctor's letter.",
          tag="deadline"),
        L(["Capitol Mutual Benefit Plan", "FEHB Reconsideration Unit", "900 Anacostia Plaza, Mail Stop 4C",
           "Washington, DC 20019"]),
        P("If we deny your request again, or do not answer within 30 days, you may ask the Office of Personnel "
          "Management to review it within 90 days of our decision: OPM Federal Employee Insurance Operations, "
          "Health Insurance Review Group 3 (sample), PO Box 0147, Washington, DC 20044."),
        P("Sincerely,"),
        L(["Renata Obuya", "Claims Review Specialist"], tag="signature"),
        S(FIC),
    ]
    return dict(n=3, slug="fehb-tms-session-cap-embossed-seal-raking-light-jpeg", lang="en", kind="jpg",
                device="emboss", style="serif", blocks=blocks,
                key=dict(patient_name="Gregory P. Halvorsen", member_id="R41928377",
                         claim_number="FEP-2026-1107-55831", notice_date=nd, service_dates=svc,
                         procedure_codes=["90868"], diagnosis_codes=["F33.2"], carc_codes=["CO-119"],
                         denial_category="benefit_limit", plan_type="fehb", urgent=False),
                nd=("Date of this letter", "long"), svc_print=s,
                ev=dict(category=["limits this therapy to 36 sessions", "CO-119"],
                        plan=["Federal Employees Health Benefits (FEHB)"]),
                window=("date", "2027-05-19", "long", "Your request must reach us by " + D("2027-05-19", "long")),
                addr=["Capitol Mutual Benefit Plan", "FEHB Reconsideration Unit", "900 Anacostia Plaza",
                      "Mail Stop 4C", "Washington, DC 20019"],
                traps=[D("2026-09-08", "abbr"), D("2026-10-30", "abbr"), "90 days", "30 days", "PO Box 0147"],
                note="An FEHB carrier's letter: TMS on 2 days (90868; F33.2) past a 36-session yearly cap (CO-119): "
                     "benefit_limit. Photographed under raking light from the left: the carrier's blind-embossed "
                     "seal stands out in relief near the signature, the paper's grain shows, and the light falls "
                     "off across the page. Stated date May 19, 2027 (six months).")


def c04():
    nd, svc = "2026-11-12", ["2026-10-06", "2026-10-08"]
    s = [D(x, "us") for x in svc]
    blocks = [
        L(["Medicare Summary Notice", "for Part B (Medical Insurance)",
           "FICTIONAL SAMPLE - not an official notice"], big=True),
        RULE(),
        COLS([L(["LORRAINE B. WHITCOMB", "2714 N HALSTEAD AVE", "DULUTH MN 55811"])],
             [KV([("Notice Date", D(nd, "long")), ("Medicare Number", "7TK2-RW4-HN18"),
                  ("Claims processed", "August 12 - November 10, 2026")])]),
        H("Your Claims for Part B (Medical Insurance)"),
        P("Evergreen Counseling Group (fictional). Claim number 0126 2981 4410 07. Medicare approved this claim."),
        TB(["Service provided and billing code", "Date", "Provider charged", "Medicare approved", "Medicare paid",
            "You may be billed", "Notes"],
           [["Psychotherapy, 45 minutes (90834)", "09/03/2026", "$160.00", "$112.41", "$89.93", "$22.48", ""]]),
        P("Mountain Lakes Behavioral Hospital (fictional). Claim number 0126 3056 9921 04. Medicare denied this "
          "claim."),
        TB(["Service provided and billing code", "Date", "Provider charged", "Medicare approved", "Medicare paid",
            "You may be billed", "Notes"],
           [["Electroconvulsive therapy (90870)", s[0], "$895.00", "$0.00", "$0.00", "$895.00", "A"],
            ["Electroconvulsive therapy (90870)", s[1], "$895.00", "$0.00", "$0.00", "$895.00", "A"]]),
        H("Notes for Claims Above"),
        P("A  Medicare won't pay for these treatments: based on the records the provider sent, they were found not "
          "reasonable and necessary for your condition. Unless you signed a written notice beforehand saying you "
          "would pay, you may not have to pay."),
        H("How to File an Appeal"),
        P("If you disagree with what Medicare denied, you can file an appeal. You must file by "
          f"{D('2027-03-12', 'long')}. Mark the item you disagree with, explain why on this page or a separate "
          "sheet, sign it, and send it with any records that help to:", tag="deadline"),
        L(["Lakes Region Medicare Services", "Part B Redeterminations", "PO Box 60412", "Fargo, ND 58106-0412"]),
        P("Questions? Call 1-555-0100. Do not send appeals to the return address on the envelope (Lakes Region "
          "Medicare Services, Claims Processing, PO Box 60499, Fargo, ND 58106)."),
        S(FIC),
    ]
    return dict(n=4, slug="original-medicare-msn-ect-two-claims-fogged-lens-jpeg", lang="en", kind="jpg",
                device="fog", style="sans", blocks=blocks,
                key=dict(patient_name="LORRAINE B. WHITCOMB", member_id="7TK2-RW4-HN18",
                         claim_number="0126 3056 9921 04", notice_date=nd, service_dates=svc,
                         procedure_codes=["90870"], denial_category="medical_necessity", plan_type="medicare",
                         urgent=False),
                nd=("Notice Date", "long"), svc_print=s,
                ev=dict(category=["not reasonable and necessary"], plan=["for Part B (Medical Insurance)"]),
                window=("date", "2027-03-12", "long", "You must file by " + D("2027-03-12", "long")),
                addr=["Lakes Region Medicare Services", "Part B Redeterminations", "PO Box 60412",
                      "Fargo, ND 58106-0412"],
                traps=["0126 2981 4410 07", "90834", "09/03/2026", "August 12 - November 10, 2026", "PO Box 60499"],
                note="An Original Medicare summary notice (Part B) in our own layout, two claims: ECT on 2 days "
                     "(90870) denied as not reasonable and necessary; a paid psychotherapy claim beside it. No "
                     "diagnosis or CARC is printed. Photographed with a phone whose lens fogged coming in from the "
                     "cold: a milky haze and halo that is thickest at the edges. Stated date March 12, 2027.")


def c05():
    nd = "2026-11-24"
    blocks = [
        L(["Meridian Rx Part D (PDP)", "Medicare prescription drug plan - FICTIONAL SAMPLE",
           "Pharmacy benefits administered by ClearScript Benefit Services",
           "4100 Camelback Rd, Floor 9, Phoenix, AZ 85018"], big=True),
        T("Notice of Denial of Medicare Prescription Drug Coverage"),
        BOX([KV([("Date of this notice", D(nd, "us")), ("Enrollee", "Harold V. Ng"),
                 ("Plan member ID", "MRX80417725"), ("Medicare Number", "3QF9-PD2-XY61"),
                 ("Request number", "CD-2026-0917733"), ("Prescriber", "Dr. Sabine Thorvaldsen (fictional)"),
                 ("Request received", D("2026-11-21", "us"))])]),
        P("Drug requested: dextromethorphan-bupropion extended-release tablets (Auvelity), 45 mg/105 mg, one "
          "tablet twice a day, 60 tablets for 30 days. Diagnosis given by the prescriber: F33.1."),
        H("Why we denied your request (the box marked X applies)"),
        CHK([(True, "Step therapy: our plan covers this drug only after you have tried two of the preferred "
                    "antidepressants on our Drug List (for example sertraline, escitalopram, bupropion XL or "
                    "venlafaxine XR). Our records show one of them, escitalopram."),
             (False, "The drug is not on our Drug List."),
             (False, "We need more information from your prescriber."),
             (False, "The amount asked for is above our quantity limit.")]),
        P("Your prescriber may ask for an exception if the preferred drugs would not work as well for you or would "
          "cause harmful effects."),
        H("You have the right to a redetermination (appeal)"),
        BOX([P("Ask for a redetermination within 65 days from the date of this notice. You, your prescriber or "
               "your representative may ask. A standard request is decided within 7 days; if waiting could "
               "seriously harm your health, ask for a fast decision (72 hours).", tag="deadline"),
             P("Write to: Meridian Rx Part D, c/o ClearScript Benefit Services, Attn: Redeterminations, PO Box "
               "52190, Phoenix, AZ 85072-2190. Fax 1-555-0134. Phone 1-555-0133, 24 hours a day.")]),
        S(FIC),
    ]
    return dict(n=5, slug="part-d-auvelity-step-therapy-checkbox-form-text-pdf", lang="en", kind="pdf_text",
                device=None, style="sans", blocks=blocks,
                key=dict(patient_name="Harold V. Ng", member_id="MRX80417725", claim_number="CD-2026-0917733",
                         notice_date=nd, diagnosis_codes=["F33.1"], denial_category="step_therapy",
                         plan_type="medicare_part_d", urgent=False),
                nd=("Date of this notice", "us"),
                ev=dict(category=["Step therapy"], plan=["Medicare prescription drug plan"]),
                window=("days", 65, "Ask for a redetermination within 65 days from the date of this notice"),
                addr=["Meridian Rx Part D", "c/o ClearScript Benefit Services", "Attn: Redeterminations",
                      "PO Box 52190", "Phoenix, AZ 85072-2190"],
                traps=["3QF9-PD2-XY61", D("2026-11-21", "us"), "72 hours", "7 days", "4100 Camelback Rd"],
                note="A Part D plan's coverage-determination denial as a boxed form with tick boxes (one ticked): "
                     "Auvelity refused under step therapy (F33.1), no procedure code. The address is in a sentence, "
                     "the plan c/o its pharmacy benefit administrator. Stated 65 days.")


def c06():
    nd = "2026-11-20"
    blocks = [
        L(["Prairie Star Health Plan", "KanCare Medicaid managed care plan (Kansas) - FICTIONAL SAMPLE",
           "PO Box 1120, Topeka, KS 66601"], big=True),
        T("NOTICE OF ADVERSE BENEFIT DETERMINATION"),
        KV([("Date of Notice", D(nd, "long")), ("Member Name", "Tiana M. Rutledge"),
            ("Member ID", "PSH0092281457"), ("KanCare ID", "3300917742"), ("Date of birth", "02/14/1998"),
            ("Authorization number", "PSH-AUTH-7719043"), ("Provider", "Flint Hills Behavioral Health (fictional)")]),
        P("Prairie Star Health Plan has denied the request for intensive outpatient program services (S9480), 24 "
          f"days starting {D('2026-11-23', 'long')}, for major depressive disorder, recurrent, severe without "
          "psychotic features (F33.2) and generalized anxiety disorder (F41.1)."),
        P("Reason: the records do not show that you need this level of care. You attend weekly therapy and "
          "medication visits, you have had no recent hospital stay, and your symptoms can be treated safely with "
          "outpatient therapy, a lower level of care. We used the plan's level-of-care guideline for mental "
          "health intensive outpatient programs, and a doctor board certified in psychiatry reviewed the request. "
          "This means the request is not medically necessary under our rules."),
        H("Your right to appeal"),
        P("You may ask for an appeal within 60 days from the date on this notice. Call Member Services at "
          "1-555-0151 or write to us. If you are already getting these services and want them to continue during "
          "your appeal, you must ask within 10 days from the date of this notice. After our appeal decision, you "
          "may ask for a State Fair Hearing within 120 days of the date of that decision.", tag="deadline"),
        P("Send written appeals to:"),
        L(["Prairie Star Health Plan", "Appeals Department", "4400 W Meridian Ave, Suite 210", "Wichita, KS 67209"]),
        P("Fast appeals: if waiting 30 days could seriously harm your health, ask for an expedited appeal; we "
          "decide those within 72 hours."),
        S(FIC),
    ]
    extra = dict(
        outer=dict(frm="Jamie Lusk <jlusk@sedgwickcs.example>", to="Rosa Ellison <rellison@peerbridge.example>",
                   subject="Fwd: Notice of Adverse Benefit Determination - Tiana R. (ref 4471-02)",
                   date="Thu, 3 Dec 2026 16:05:11 -0600",
                   note=["Rosa,", "Tiana asked me to send this to you before Monday's appointment; she signed the "
                         "release on 12/1. The plan's portal gave it as text, so it is pasted below.",
                         "Jamie Lusk, Care Coordinator, Sedgwick Community Services (fictional) - 1-555-0153"]),
        fwd=dict(frm="Prairie Star Health Plan <notices@prairiestarhp.example>", date="Fri, Nov 20, 2026 at 2:14 PM",
                 subject="Your notice from Prairie Star Health Plan", to="<tiana.rutledge@mailbox.example>"),
        style="gmail")
    return dict(n=6, slug="medicaid-mco-iop-lower-level-forwarded-by-care-coordinator-eml", lang="en", kind="eml",
                device=None, style="sans", blocks=blocks, extra=extra,
                key=dict(patient_name="Tiana M. Rutledge", member_id="PSH0092281457", claim_number="PSH-AUTH-7719043",
                         notice_date=nd, procedure_codes=["S9480"], diagnosis_codes=["F33.2", "F41.1"],
                         denial_category="medical_necessity", plan_type="medicaid", urgent=False),
                nd=("Date of Notice", "long"),
                ev=dict(category=["not medically necessary"], plan=["Medicaid managed care plan"]),
                window=("days", 60, "You may ask for an appeal within 60 days from the date on this notice"),
                addr=["Prairie Star Health Plan", "Appeals Department", "4400 W Meridian Ave", "Suite 210",
                      "Wichita, KS 67209"],
                traps=["3300917742", "02/14/1998", D("2026-11-23", "long"), "10 days", "120 days", "PO Box 1120",
                       "Jamie Lusk", "3 Dec 2026", "ref 4471-02"],
                note="A Medicaid managed-care plan's notice of adverse benefit determination, forwarded by a county "
                     "care coordinator to a peer specialist (Gmail-style forward, both parts): IOP before care "
                     "(S9480; F33.2, F41.1) refused because a lower level of care would do: medical_necessity. "
                     "Stated 60 days.")


def c07():
    nd, svc = "2026-11-17", ["2026-10-13", "2026-10-27"]
    s = [D(x, "us") for x in svc]
    blocks = [
        L(["Lone Prairie Kids Health", "Children's Health Insurance Program (CHIP), Texas - FICTIONAL SAMPLE",
           "PO Box 149000, Austin, TX 78714"], big=True),
        RULE(),
        L(["To the parent or guardian of Eli Santos-Brandt", "Lucia Santos", "5120 Mesquite Bend",
           "San Marcos, TX 78666"]),
        T("Explanation of Benefits - this is not a bill"),
        KV([("Statement date", D(nd, "long")), ("Member", "Eli Santos-Brandt"), ("Member ID", "LPK-55019732"),
            ("Group", "CHIP-TX-STD"), ("Date of birth", "03/09/2012")]),
        TB(["Claim number", "Provider", "Service date", "Code", "Billed", "Paid", "Reason"],
           [["2610-88-31212", "Hill Country Pediatrics (fictional)", "09/29/2026", "99214", "$185.00", "$121.30",
             "-"],
            ["2610-88-31554", "Westlake Anxiety Clinic (fictional, out of network)", s[0], "90837", "$240.00",
             "$0.00", "CO-242"],
            ["2610-88-31554", "Westlake Anxiety Clinic (fictional, out of network)", s[1], "90837", "$240.00",
             "$0.00", "CO-242"],
            ["2611-02-10087", "Hill Country Pediatrics (fictional)", "10/30/2026", "96127", "$25.00", "$0.00",
             "Pending"]]),
        P("Diagnosis on claim 2610-88-31554: F41.1."),
        P("CO-242: The provider is not in our network. Your child's CHIP plan pays for out-of-network care only "
          "in an emergency or when we approve it ahead of time."),
        H("If you do not agree"),
        P("You or your child's provider may ask for an appeal within 60 calendar days from the date on this "
          "statement. Mail it to: Lone Prairie Kids Health, Member Appeals, PO Box 149007, Austin, TX 78714-9007, "
          "or call 1-555-0162. If we keep our decision, you can ask for a review by an independent review "
          "organization through the state.", tag="deadline"),
        S(FIC),
    ]
    return dict(n=7, slug="chip-therapy-out-of-network-three-claims-chart-stamp-image-pdf", lang="en",
                kind="pdf_img", device="chart_stamp", style="sans", blocks=blocks,
                key=dict(patient_name="Eli Santos-Brandt", member_id="LPK-55019732", claim_number="2610-88-31554",
                         notice_date=nd, service_dates=svc, procedure_codes=["90837"], diagnosis_codes=["F41.1"],
                         carc_codes=["CO-242"], denial_category="out_of_network", plan_type="chip", urgent=False),
                nd=("Statement date", "long"), svc_print=s,
                ev=dict(category=["not in our network"], plan=["Children's Health Insurance Program (CHIP)"]),
                window=("days", 60, "within 60 calendar days from the date on this statement"),
                addr=["Lone Prairie Kids Health", "Member Appeals", "PO Box 149007", "Austin, TX 78714-9007"],
                traps=["2610-88-31212", "2611-02-10087", "99214", "96127", "09/29/2026", "10/30/2026",
                       "03/09/2012", "PO Box 149000", "Lucia Santos", "CHIP-TX-STD", "DEC 02 2026"],
                note="A separate CHIP plan's EOB for a child, three claims (one paid, one denied on two lines, one "
                     "pending): therapy (90837; F41.1) out of network (CO-242). The clinic's office scan to PDF, "
                     "with a green rubber stamp 'SCANNED INTO CHART' dated DEC 02 2026 and initialled. Stated 60 "
                     "days.")


def c08():
    nd, svc = "2026-11-18", ["2026-10-01", "2026-10-08"]
    s = [D(x, "us") for x in svc]
    blocks = [
        H("Claim details"),
        KV([("Claim number", "CBA-26-7781934"), ("Patient", "Priya R. Venkataraman"),
            ("Member ID", "RU-SHIP-00718832"), ("Student ID", "S01928374"),
            ("Provider", "Lakeview Infusion & Pain Center (fictional)"), ("Claim received", "10/26/2026"),
            ("EOB issued", D(nd, "us")), ("Status", "Denied")]),
        TB(["Date of service", "Code", "What was billed (our words)", "Billed", "Allowed", "Plan paid", "Remark"],
           [[s[0], "96365", "IV infusion, first hour", "$410.00", "$0.00", "$0.00", "CO-55"],
            [s[0], "J3490", "unlisted drug (ketamine 60 mg)", "$95.00", "$0.00", "$0.00", "CO-55"],
            [s[1], "96365", "IV infusion, first hour", "$410.00", "$0.00", "$0.00", "CO-55"],
            [s[1], "J3490", "unlisted drug (ketamine 60 mg)", "$95.00", "$0.00", "$0.00", "CO-55"]]),
        P("Diagnosis: G90.522 (complex regional pain syndrome of the left lower limb)."),
        P("CO-55: Ketamine infusions for pain are considered experimental or investigational under the plan's "
          "medical policy MP-112 (infusion therapies for chronic pain) and are excluded."),
        H("Appeal rights"),
        P("You may file an appeal within 180 days after you receive this notice. Send it to: Campus Benefit "
          "Administrators, Attn: SHIP Appeals, 1800 Lakeshore Pkwy, Suite 400, Madison, WI 53703, or upload it "
          "under Messages. Urgent appeals are decided within 72 hours. You may ask for an external review after "
          "our final decision.", tag="deadline"),
        S(FIC),
    ]
    extra = dict(site="Ridgeview University Student Health Insurance Plan", admin="Campus Benefit Administrators",
                 signed="Signed in as Priya Venkataraman", printed="Printed 12/5/2026, 9:14 PM",
                 claims=[("CBA-26-7781934", "10/01/2026 - 10/08/2026", "Denied"),
                         ("CBA-26-7702218", "10/02/2026", "Paid"),
                         ("CBA-26-7810045", "11/12/2026", "In process")])
    return dict(n=8, slug="student-plan-ketamine-crps-experimental-portal-html", lang="en", kind="html",
                device=None, style="sans", blocks=blocks, extra=extra,
                key=dict(patient_name="Priya R. Venkataraman", member_id="RU-SHIP-00718832",
                         claim_number="CBA-26-7781934", notice_date=nd, service_dates=svc,
                         procedure_codes=["96365", "J3490"], diagnosis_codes=["G90.522"], carc_codes=["CO-55"],
                         denial_category="experimental_investigational", plan_type="individual_aca", urgent=False),
                nd=("EOB issued", "us"), svc_print=s,
                ev=dict(category=["experimental or investigational"], plan=["Student Health Insurance Plan"]),
                window=("days", 180, "You may file an appeal within 180 days after you receive this notice"),
                addr=["Campus Benefit Administrators", "Attn: SHIP Appeals", "1800 Lakeshore Pkwy", "Suite 400",
                      "Madison, WI 53703"],
                traps=["S01928374", "CBA-26-7702218", "CBA-26-7810045", "10/26/2026", "12/5/2026", "72 hours"],
                note="A student health plan's member portal page (claim details, a side list of three claims, a "
                     "print stamp): IV ketamine for CRPS on 2 days (96365, J3490; G90.522) experimental (CO-55). "
                     "Stated 180 days after receipt.")


def c09():
    nd = "2026-11-27"
    blocks = [
        L(["Cascade Silver Advantage (PPO)", "Medicare Advantage - FICTIONAL SAMPLE",
           "1 Columbia Center Dr, Portland, OR 97201"], big=True),
        RULE(),
        T("Notice of Denial of Medical Coverage"),
        KV([("Date of notice", D(nd, "us")), ("Name", "Walter J. Brennan-Iyer"),
            ("Member number", "CSA 808 114 372"), ("Medicare Number", "8PL2-JA6-DF43"),
            ("Date of birth", "06/30/1949"), ("Request ID", "ORG-2026-11-004512"),
            ("Requested by", "Dr. Ines Okonkwo-Hale, Willamette Spine & Pain (fictional)"),
            ("Requested date of service", "12/03/2026")]),
        P("We have denied the medical care your doctor asked for: lumbar facet joint nerve blocks at two levels "
          "(64493 and 64494) for lumbar spondylosis with pain (M47.816). We made this decision on an expedited "
          "(fast) basis because your doctor told us waiting could seriously harm your health."),
        P("Why: our plan covers these nerve blocks when the records show at least 3 months of pain that did not "
          "improve with other treatment, such as physical therapy and medicine. The records we received show 5 "
          "weeks of physical therapy. Because of this, the nerve blocks are not medically necessary for you now "
          "under our coverage rules."),
        H("You have the right to appeal"),
        P("If you want us to look at this decision again, you must ask within 65 calendar days from the date of "
          "this notice. You can ask for a fast appeal; we answer those within 72 hours.", tag="deadline"),
        P("Send your appeal to: Cascade Silver Advantage, Appeals & Grievances Dept., 1 Columbia Center Dr, Mail "
          "Stop AG-3, Portland, OR 97201. Fax 1-555-0147."),
        S(FIC),
    ]
    return dict(n=9, slug="medicare-advantage-expedited-facet-blocks-photographer-shadow-jpeg", lang="en",
                kind="jpg", device="body_shadow", style="sans", blocks=blocks,
                key=dict(patient_name="Walter J. Brennan-Iyer", member_id="CSA 808 114 372",
                         claim_number="ORG-2026-11-004512", notice_date=nd, procedure_codes=["64493", "64494"],
                         diagnosis_codes=["M47.816"], denial_category="medical_necessity",
                         plan_type="medicare_advantage", urgent=True),
                nd=("Date of notice", "us"),
                ev=dict(category=["not medically necessary"], plan=["Medicare Advantage"],
                        urgent=["on an expedited (fast) basis"]),
                window=("days", 65, "you must ask within 65 calendar days from the date of this notice"),
                addr=["Cascade Silver Advantage", "Appeals & Grievances Dept.", "1 Columbia Center Dr",
                      "Mail Stop AG-3", "Portland, OR 97201"],
                traps=["8PL2-JA6-DF43", "06/30/1949", "12/03/2026", "72 hours"],
                note="A Medicare Advantage expedited pre-service denial: lumbar facet nerve blocks (64493, 64494; "
                     "M47.816), medical_necessity, urgent. Photographed on a terrazzo floor from standing height "
                     "with the sun behind: the photographer's head-and-shoulders shadow lies over the lower half. "
                     "The requested date of service (12/03/2026) is after the notice. Stated 65 days.")


def c10():
    nd = "2026-11-06"
    svc = ["2025-09-08", "2025-09-09", "2025-09-10"]
    s = [D(x, "us") for x in svc]
    cover = [
        T("FAX"),
        KV([("Date", "12/01/2026"),
            ("To", "Beneficiary Counseling and Assistance Coordinator, Naval Hospital Camp Sample (fictional)"),
            ("Fax", "1-555-0176"), ("From", "Billing Office, Bayside Behavioral Partners (fictional)"),
            ("Phone", "1-555-0142"), ("Pages (with cover)", "2"),
            ("Re", "Cody R. Fairweather - TRICARE claim denial")]),
        P("Cody's mother asked us to send you the denial we received so you can help the family with the "
          "reconsideration. Our billing address is not the claims processor's: Bayside Behavioral Partners, 60 "
          "Harbor View Rd, Suite 12, Oceanside, CA 92054."),
        P("CONFIDENTIAL: this fax may contain health information. If you received it in error, call us and "
          "destroy it."),
        S(FIC),
    ]
    blocks = [
        L(["Sierra Federal Claims", "TRICARE West Region claims processor - FICTIONAL SAMPLE",
           "PO Box 20300, Surprise, AZ 85374"], big=True),
        RULE(),
        KV([("Date", D(nd, "us")), ("Beneficiary", "Cody R. Fairweather"), ("DoD Benefits Number", "20716683045"),
            ("Sponsor", "MSgt Renee A. Fairweather"), ("Claim number", "TW 2629 4417 0381"),
            ("Received", "10/20/2026"), ("Provider", "Bayside Behavioral Partners (fictional)")]),
        T("Claim Denial"),
        TB(["Service date", "Procedure", "Billed", "Allowed", "Reason"],
           [[s[0], "H0035", "$650.00", "$0.00", "CO-29"], [s[1], "H0035", "$650.00", "$0.00", "CO-29"],
            [s[2], "H0035", "$650.00", "$0.00", "CO-29"]]),
        P("Diagnosis: F33.2"),
        P("Reason CO-29: TRICARE must receive a claim within one year of the date of service. This claim reached "
          "us on 10/20/2026, more than one year after these partial hospitalization days. The provider may not "
          "bill you for them unless you agreed in writing to pay."),
        H("Reconsideration"),
        P("If you disagree, ask for a reconsideration in writing within 90 days from the date of this notice. Send "
          "it with a copy of this notice to: Sierra Federal Claims, TRICARE West Appeals, PO Box 20331, Surprise, "
          "AZ 85374-0331.", tag="deadline"),
        S(FIC),
    ]
    return dict(n=10, slug="tricare-php-late-claim-two-page-fax-tiff-cover-sheet", lang="en", kind="tif",
                device="fax_multipage", style="mono", blocks=blocks, cover=cover,
                key=dict(patient_name="Cody R. Fairweather", member_id="20716683045", claim_number="TW 2629 4417 0381",
                         notice_date=nd, service_dates=svc, procedure_codes=["H0035"], diagnosis_codes=["F33.2"],
                         carc_codes=["CO-29"], denial_category="timely_filing", plan_type="tricare", urgent=False),
                nd=("Date", "us"), svc_print=s,
                ev=dict(category=["within one year of the date of service"], plan=["TRICARE West Region"]),
                window=("days", 90, "in writing within 90 days from the date of this notice"),
                addr=["Sierra Federal Claims", "TRICARE West Appeals", "PO Box 20331", "Surprise, AZ 85374-0331"],
                traps=["12/01/2026", "10/20/2026", "MSgt Renee A. Fairweather", "PO Box 20300", "60 Harbor View Rd",
                       "DEC-01-2026", "NOV-09-2026"],
                note="A TRICARE claims processor's denial of partial hospitalization on 3 days in 2025 (H0035; "
                     "F33.2) filed late (CO-29): timely_filing. A two-page 1-bit fax TIFF (Group 4): the clinic's "
                     "cover sheet to a BCAC, then the notice, which carries the processor's earlier fax header too. "
                     "Bursts of phone-line noise smear a few rows. Stated 90 days.")


def c11():
    nd, svc = "2026-10-30", ["2026-09-14", "2026-09-17", "2026-09-21"]
    s = [D(x, "long") for x in svc]
    blocks = [
        L(["Summit Trail Administrators",
           "Third-party administrator for the Ironwood Logistics Employee Health Plan - FICTIONAL SAMPLE",
           "2750 E Cottonwood Pkwy, Suite 300, Salt Lake City, UT 84121"], big=True),
        L(["Letter date: " + D(nd, "long")]),
        L(["Nadia F. Quintero", "1930 W 4700 S, Apt 12", "Taylorsville, UT 84129"]),
        P("Re: Claim STA2609210455 | Member ID ILX778120943 | Group 00417-IRON"),
        P("Dear Ms. Quintero:"),
        P("The Ironwood Logistics Employee Health Plan, a self-funded group health plan that your employer "
          "sponsors and that we administer, has reviewed claim STA2609210455 from Wasatch Ketamine Therapeutics "
          f"(fictional) for intravenous ketamine infusions given to you on {s[0]}, {s[1]} and {s[2]}. The claim "
          "lists procedure codes 96365, 96366 and J3490 and diagnosis F33.2. We received it on "
          f"{D('2026-10-06', 'long')}."),
        P("The Plan will not pay this claim. Section 7.4(k) of the Plan Document excludes ketamine, in any form, "
          "when it is given to treat a psychiatric or behavioral condition (esketamine nasal spray approved by the "
          "FDA is not excluded). The charges are therefore not covered under your benefit plan, shown on your "
          "Explanation of Benefits as adjustment code CO-204."),
        H("Your right to appeal"),
        P("You may appeal this decision. Your written appeal must be filed within 180 days from the date you "
          "receive this letter. You may send comments, records and anything else you want considered, and you "
          "may ask for copies of all documents relevant to your claim, free of charge.", tag="deadline"),
        P("Send your appeal to the Plan, not to the claims address: Ironwood Logistics Employee Health Plan, c/o "
          "Summit Trail Administrators, Appeals Review Unit, PO Box 67430, Salt Lake City, UT 84167-0430. Claims "
          "go to PO Box 67401; appeals sent there are delayed."),
        P("If the Plan upholds this decision on appeal, you may ask for an external review within 4 months after "
          "you receive the final decision. You also have the right to bring a civil action under section 502(a) "
          "of ERISA."),
        P("Sincerely, Appeals and Claims Review, Summit Trail Administrators, 1-555-0114"),
        S(FIC),
    ]
    return dict(n=11, slug="self-funded-erisa-ketamine-exclusion-tpa-letter-docx", lang="en", kind="docx",
                device=None, style="serif", blocks=blocks,
                key=dict(patient_name="Nadia F. Quintero", member_id="ILX778120943", claim_number="STA2609210455",
                         notice_date=nd, service_dates=svc, procedure_codes=["96365", "96366", "J3490"],
                         diagnosis_codes=["F33.2"], carc_codes=["CO-204"], denial_category="not_covered",
                         plan_type="employer_erisa", urgent=False),
                nd=("Letter date", "long"), svc_print=s,
                ev=dict(category=["not covered under your benefit plan"], plan=["self-funded group health plan"]),
                window=("days", 180, "Your written appeal must be filed within 180 days from the date you receive "
                                     "this letter"),
                addr=["Ironwood Logistics Employee Health Plan", "c/o Summit Trail Administrators",
                      "Appeals Review Unit", "PO Box 67430", "Salt Lake City, UT 84167-0430"],
                traps=["00417-IRON", D("2026-10-06", "long"), "PO Box 67401", "4 months", "2750 E Cottonwood Pkwy"],
                note="A self-funded employer plan's letter from its TPA, the facts in sentences: IV ketamine on 3 "
                     "days (96365, 96366, J3490; F33.2) excluded (CO-204): not_covered. Stated 180 days from "
                     "receipt.")


def c12():
    nd, svc = "2026-11-09", ["2026-10-14", "2026-10-16"]
    s = [D(x, "us") for x in svc]
    blocks = [
        L(["VERMONT STATE EMPLOYEES' HEALTH PLAN (FICTIONAL SAMPLE)",
           "A self-insured plan of the State of Vermont for state employees and retirees",
           "Administered by Green Ridge Claims Services, PO Box 4200, Montpelier, VT 05601"], big=True),
        T("EXPLANATION OF BENEFITS"),
        KV([("EOB Date", D(nd, "us")), ("Subscriber", "Raymond K. Osei (retiree)"), ("Patient", "Raymond K. Osei"),
            ("Member ID", "VSE 440 917 226"), ("Group", "STATE-RET-02")]),
        H("Claim 26275-00318-2 - Summit Street Counseling (fictional) - PAID"),
        TB(["Date", "Code", "Charged", "Allowed", "Paid", "Remark"],
           [["10/02/2026", "90834", "$150.00", "$104.00", "$83.20", "-"]]),
        H("Claim 26290-00451-7 - Champlain Valley Hospital ECT Service (fictional) - DENIED"),
        TB(["Date", "Code", "Charged", "Allowed", "Paid", "Remark"],
           [[s[0], "90870", "$780.00", "$0.00", "$0.00", "CO-22"], [s[0], "00104", "$420.00", "$0.00", "$0.00", "CO-22"],
            [s[1], "90870", "$780.00", "$0.00", "$0.00", "CO-22"], [s[1], "00104", "$420.00", "$0.00", "$0.00", "CO-22"]]),
        P("Diagnosis (claim 26290-00451-7): F33.2"),
        H("Remarks"),
        P("CO-22: This care may be covered by another payer. Our records show you are enrolled in Medicare Part B, "
          "which pays first for retirees age 65 and older under the plan's coordination of benefits rules. Send "
          "the claim to Medicare first, then send us Medicare's summary notice."),
        H("Appeals"),
        P("For how and when to appeal, see Section 9 of your benefits booklet. Written appeals go to: Vermont "
          "State Employees' Health Plan, c/o Green Ridge Claims Services, Appeals Coordinator, PO Box 4290, "
          "Montpelier, VT 05601-4290. Questions: 1-555-0119."),
        S(FIC),
    ]
    return dict(n=12, slug="state-employees-retiree-ect-medicare-primary-statement-txt", lang="en", kind="txt",
                device=None, style="mono", blocks=blocks,
                key=dict(patient_name="Raymond K. Osei", member_id="VSE 440 917 226", claim_number="26290-00451-7",
                         notice_date=nd, service_dates=svc, procedure_codes=["90870", "00104"],
                         diagnosis_codes=["F33.2"], carc_codes=["CO-22"], denial_category="coordination_of_benefits",
                         plan_type="governmental", urgent=False),
                nd=("EOB Date", "us"), svc_print=s,
                ev=dict(category=["coordination of benefits"], plan=["plan of the State of Vermont for state employees"]),
                window=("rule",),
                addr=["Vermont State Employees' Health Plan", "c/o Green Ridge Claims Services", "Appeals Coordinator",
                      "PO Box 4290", "Montpelier, VT 05601-4290"],
                traps=["26275-00318-2", "90834", "10/02/2026", "PO Box 4200", "STATE-RET-02"],
                note="A state employees' plan (governmental) EOB as plain text, two claims: ECT with anesthesia on 2 "
                     "days (90870, 00104; F33.2) denied because Medicare pays first (CO-22): "
                     "coordination_of_benefits. No time limit printed (points to the booklet): the plan type's "
                     "rule, 180 days.")


def c13():
    nd = "2026-11-20"
    blocks = [
        L(["Plan de Salud Sol del Valle",
           "Plan de atención administrada de Medicaid de Nuevo México - MUESTRA FICTICIA",
           "Apartado Postal 27100, Albuquerque, NM 87125"], big=True),
        RULE(),
        L(["Rocío Beatriz Valdés Ortega", "1418 Calle Ocotillo SW", "Albuquerque, NM 87105"], tag="home"),
        T("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS"),
        KV([("Fecha del aviso", D(nd, "es")), ("Miembro", "Rocío Beatriz Valdés Ortega"),
            ("Número de miembro", "SDV-204417735"), ("Número de Medicaid", "900417552"),
            ("Fecha de nacimiento", "20/11/1984"), ("Número de autorización", "AUT-26-118840"),
            ("Proveedor", "Centro Bosque de Salud Mental (ficticio)")]),
        P("Su proveedor pidió que aprobáramos un programa de hospitalización parcial (H0035), 10 días a partir del "
          f"{D('2026-11-23', 'es')}, para trastorno depresivo mayor, recurrente, grave (F33.2). Tomamos esta "
          "decisión de manera acelerada (en 72 horas) porque su médico nos dijo que esperar podría poner en grave "
          "peligro su salud."),
        P("Decisión: negamos la solicitud. Según los expedientes, usted no necesita este nivel de atención: sus "
          "síntomas pueden tratarse de forma segura en un programa intensivo ambulatorio, que es un nivel de "
          "atención menor. Un psiquiatra revisó la solicitud. Por eso el servicio no es médicamente necesario "
          "según nuestras guías."),
        H("Su derecho a apelar"),
        P("Puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Si necesita una decisión "
          "rápida, pida una apelación acelerada. Si ya recibe el servicio y quiere que continúe mientras apela, "
          "debe pedirlo dentro de 10 días. Después de nuestra decisión, puede pedir una audiencia imparcial "
          "estatal dentro de 120 días.", tag="deadline"),
        P("Envíe su apelación a:"),
        L(["Plan de Salud Sol del Valle", "Departamento de Apelaciones", "Apartado Postal 27150",
           "Albuquerque, NM 87125-7150"]),
        P("Teléfono 1-555-0165 (TTY 711). Si necesita este aviso en otro idioma o formato, llámenos."),
        S(FIC_ES),
    ]
    return dict(n=13, slug="medicaid-mco-es-php-expedited-ballpoint-corrections-interlaced-png", lang="es",
                kind="png", device="ballpoint_interlaced", style="sans", blocks=blocks,
                key=dict(patient_name="Rocío Beatriz Valdés Ortega", member_id="SDV-204417735",
                         claim_number="AUT-26-118840", notice_date=nd, procedure_codes=["H0035"],
                         diagnosis_codes=["F33.2"], denial_category="medical_necessity", plan_type="medicaid",
                         urgent=True),
                nd=("Fecha del aviso", "es"),
                ev=dict(category=["no es médicamente necesario"], plan=["atención administrada de Medicaid"],
                        urgent=["de manera acelerada"]),
                window=("days", 60, "Puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso"),
                addr=["Plan de Salud Sol del Valle", "Departamento de Apelaciones", "Apartado Postal 27150",
                      "Albuquerque, NM 87125-7150"],
                traps=["900417552", "20/11/1984", D("2026-11-23", "es"), "10 días", "120 días",
                       "Apartado Postal 27100", "24/11"],
                note="A Medicaid managed-care plan's notice in Spanish: partial hospitalization before care (H0035; "
                     "F33.2) refused on an expedited basis, a lower level would do: medical_necessity, urgent. A "
                     "greyscale flatbed scan saved as an interlaced (Adam7) PNG; the member struck through her old "
                     "street in ballpoint, wrote the new one, and noted a call in the margin. DOB 20/11/1984 shares "
                     "the notice's day and month. Stated 60 días.")


def c14():
    nd = "2026-11-13"
    blocks = [
        L(["Plan Dorado Advantage (HMO-POS)", "Plan Medicare Advantage en Puerto Rico - MUESTRA FICTICIA",
           "Torre Dorado, Piso 7, 250 Ave. Ponce de León, San Juan, PR 00918"], big=True),
        RULE(),
        T("Aviso de denegación de cobertura médica"),
        KV([("Fecha de este aviso", D(nd, "es")), ("Afiliada", "Esperanza Lucero Domínguez"),
            ("Número de afiliada", "PDA-6617042"), ("Número de Medicare", "5HX1-QM3-WT84"),
            ("Número de solicitud", "2026-ORG-557103"),
            ("Recibimos la solicitud el", D("2026-11-10", "es"))]),
        P("Su psiquiatra, la Dra. Yamilet Ríos Acevedo (ficticia), pidió aprobación para tratamiento con Spravato "
          "(esketamina) en aerosol nasal (J0013, con visitas de observación G2083) para depresión mayor "
          "recurrente grave (F33.2)."),
        P("Denegamos esta solicitud. Nuestro plan aplica terapia escalonada a este medicamento de la Parte B: antes "
          "debe haber probado, sin buena respuesta, dos antidepresivos orales de clases distintas y un tratamiento "
          "de aumentación. Los expedientes muestran dos antidepresivos, pero ningún tratamiento de aumentación."),
        H("Cómo apelar"),
        P("Si no está de acuerdo, puede pedirnos que reconsideremos. Debe pedirlo dentro de 65 días a partir de la "
          "fecha de este aviso. Si su salud podría sufrir un daño grave al esperar, pida una reconsideración "
          "rápida: respondemos en 72 horas.", tag="deadline"),
        P("Envíe su pedido por escrito a: Plan Dorado Advantage, Departamento de Apelaciones y Quejas, Apartado "
          "365120, San Juan, PR 00936-5120. Fax 1-555-0128."),
        S(FIC_ES),
    ]
    return dict(n=14, slug="medicare-advantage-es-spravato-step-therapy-felt-tip-circle-exif8-jpeg", lang="es",
                kind="jpg", device="felt_tip_exif8", style="sans", blocks=blocks,
                key=dict(patient_name="Esperanza Lucero Domínguez", member_id="PDA-6617042",
                         claim_number="2026-ORG-557103", notice_date=nd, procedure_codes=["J0013", "G2083"],
                         diagnosis_codes=["F33.2"], denial_category="step_therapy", plan_type="medicare_advantage",
                         urgent=False),
                nd=("Fecha de este aviso", "es"),
                ev=dict(category=["terapia escalonada"], plan=["Plan Medicare Advantage"]),
                window=("days", 65, "Debe pedirlo dentro de 65 días a partir de la fecha de este aviso"),
                addr=["Plan Dorado Advantage", "Departamento de Apelaciones y Quejas", "Apartado 365120",
                      "San Juan, PR 00936-5120"],
                traps=["5HX1-QM3-WT84", D("2026-11-10", "es"), "72 horas", "250 Ave. Ponce de León", "18/nov"],
                note="A Medicare Advantage plan's denial in Spanish (Puerto Rico) of Spravato before care (J0013, "
                     "G2083; F33.2) under step therapy. A phone photo stored sideways with EXIF orientation 8; the "
                     "deadline sentence circled in red felt tip with an arrow to a note, and 'recibido 18/nov' in "
                     "blue. Stated 65 días.")


def c15():
    nd, svc = "2026-11-05", ["2026-10-02", "2026-10-16"]
    s = [D(x, "dmy") for x in svc]
    blocks = [
        L(["Niños Saludables CHIP",
           "Programa de Seguro Médico para Niños (CHIP) de Colorado, plan separado de Medicaid - MUESTRA FICTICIA",
           "1600 Broadway, Suite 900, Denver, CO 80202"], big=True),
        T("Explicación de beneficios (no es una factura)"),
        S("Fechas en formato día/mes/año."),
        KV([("Fecha del estado de cuenta", D(nd, "dmy")), ("Paciente", "Mateo Ruiz Calderón"),
            ("Número de miembro", "NSC-3319-0457"), ("Titular de la cuenta", "Graciela Calderón Ruiz"),
            ("Número de reclamo", "2026 1016 00438 2")]),
        TB(["Fecha", "Código", "Servicio", "Cobrado", "Pagado", "Ajuste"],
           [[s[0], "90834", "psicoterapia, 45 min", "$150.00", "$0.00", "CO-11"],
            [s[1], "90834", "psicoterapia, 45 min", "$150.00", "$0.00", "CO-11"]]),
        P("Diagnóstico en el reclamo: Z63.8."),
        P("CO-11: El diagnóstico del reclamo no corresponde al servicio facturado. El proveedor puede enviar un "
          "reclamo corregido con el diagnóstico que consta en el expediente; un reclamo corregido no es una "
          "apelación."),
        H("Si no está de acuerdo"),
        P("Puede apelar dentro de 60 días a partir de la fecha de este estado de cuenta. Escriba a: Niños "
          "Saludables CHIP, Unidad de Apelaciones, PO Box 18830, Denver, CO 80218-0830. Teléfono 1-555-0158. Si "
          "mantenemos la decisión, puede pedir una revisión externa del estado.", tag="deadline"),
        S(FIC_ES),
    ]
    return dict(n=15, slug="chip-es-therapy-diagnosis-mismatch-gallery-screenshot-notification-png", lang="es",
                kind="png", device="gallery_banner", style="sans", blocks=blocks,
                key=dict(patient_name="Mateo Ruiz Calderón", member_id="NSC-3319-0457",
                         claim_number="2026 1016 00438 2", notice_date=nd, service_dates=svc,
                         procedure_codes=["90834"], diagnosis_codes=["Z63.8"], carc_codes=["CO-11"],
                         denial_category="coding_billing", plan_type="chip", urgent=False),
                nd=("Fecha del estado de cuenta", "dmy"), svc_print=s,
                ev=dict(category=["no corresponde al servicio facturado"], plan=["plan separado de Medicaid"]),
                window=("days", 60, "Puede apelar dentro de 60 días a partir de la fecha de este estado de cuenta"),
                addr=["Niños Saludables CHIP", "Unidad de Apelaciones", "PO Box 18830", "Denver, CO 80218-0830"],
                traps=["Graciela Calderón Ruiz", "1600 Broadway", "5 de diciembre de 2026"],
                note="A separate CHIP plan's EOB in Spanish, day-first dates: therapy on 2 days (90834; Z63.8) "
                     "denied because the diagnosis does not fit the service (CO-11): coding_billing. A phone "
                     "screenshot of the photo in the gallery app, a message notification banner over the top and "
                     "the gallery's own date line. Stated 60 días.")


def c16():
    nd, svc = "2026-11-04", ["2026-09-08", "2026-09-15"]
    s = [D(x, "es") for x in svc]
    blocks = [
        L(["Resumen de Medicare", "para la Parte B (Seguro Médico)", "MUESTRA FICTICIA - no es un aviso oficial"],
          big=True),
        RULE(),
        COLS([L(["JOSÉ MANUEL IBARRA PEÑA", "845 CALLE PRIMAVERA", "LAS CRUCES NM 88001"])],
             [KV([("Fecha del aviso", D(nd, "es")), ("Número de Medicare", "2VN8-KD1-RP37"),
                  ("Reclamaciones procesadas", "del 2 de agosto al 2 de noviembre de 2026")])]),
        H("Sus reclamaciones de la Parte B"),
        P("Clínica Familiar Mesilla (ficticia). Número de reclamación 0226 2440 1187 03. Medicare aprobó esta "
          "reclamación."),
        TB(["Servicio y código", "Fecha", "Cobrado", "Aprobado por Medicare", "Pagado", "Puede que le facturen",
            "Nota"],
           [["Consulta de paciente establecido (99214)", D("2026-09-01", "es"), "$190.00", "$128.50", "$102.80",
             "$25.70", ""]]),
        P("Desert Bloom Infusion Center (ficticio). Número de reclamación 0226 2701 5530 11. Medicare negó esta "
          "reclamación."),
        TB(["Servicio y código", "Fecha", "Cobrado", "Aprobado por Medicare", "Pagado", "Puede que le facturen",
            "Nota"],
           [["Infusión intravenosa, primera hora (96365)", s[0], "$380.00", "$0.00", "$0.00", "$380.00", "B"],
            ["Medicamento sin clasificar (J3490)", s[0], "$120.00", "$0.00", "$0.00", "$120.00", "B"],
            ["Infusión intravenosa, primera hora (96365)", s[1], "$380.00", "$0.00", "$0.00", "$380.00", "B"],
            ["Medicamento sin clasificar (J3490)", s[1], "$120.00", "$0.00", "$0.00", "$120.00", "B"]]),
        H("Notas sobre las reclamaciones"),
        P("B  Medicare no paga estas infusiones de ketamina para el dolor crónico: el servicio no está cubierto "
          "por Medicare para esta afección."),
        H("Cómo presentar una apelación"),
        P("Si no está de acuerdo con lo que Medicare negó, puede presentar una apelación. Debe presentarla a más "
          f"tardar el {D('2027-03-04', 'es')}. Marque el servicio, explique por qué no está de acuerdo, firme y "
          "envíe esta página con sus documentos a:", tag="deadline"),
        L(["Servicios Medicare del Suroeste", "Redeterminaciones de la Parte B", "PO Box 30511",
           "Albuquerque, NM 87190-0511"]),
        P("Preguntas: 1-555-0102."),
        S(FIC_ES),
    ]
    return dict(n=16, slug="original-medicare-msn-es-ketamine-two-claims-blue-hour-ironing-board-jpeg", lang="es",
                kind="jpg", device="blue_hour", style="sans", blocks=blocks,
                key=dict(patient_name="JOSÉ MANUEL IBARRA PEÑA", member_id="2VN8-KD1-RP37",
                         claim_number="0226 2701 5530 11", notice_date=nd, service_dates=svc,
                         procedure_codes=["96365", "J3490"], denial_category="not_covered", plan_type="medicare",
                         urgent=False),
                nd=("Fecha del aviso", "es"), svc_print=s,
                ev=dict(category=["no está cubierto"], plan=["para la Parte B (Seguro Médico)"]),
                window=("date", "2027-03-04", "es", "Debe presentarla a más tardar el " + D("2027-03-04", "es")),
                addr=["Servicios Medicare del Suroeste", "Redeterminaciones de la Parte B", "PO Box 30511",
                      "Albuquerque, NM 87190-0511"],
                traps=["0226 2440 1187 03", "99214", D("2026-09-01", "es"), "del 2 de agosto al 2 de noviembre de 2026"],
                note="An Original Medicare summary notice in Spanish, two claims: ketamine infusions on 2 days "
                     "(96365, J3490) not covered; a paid visit beside them. No diagnosis or CARC printed. "
                     "Photographed at blue hour on an ironing board's printed cover: a cold violet cast, dim, with "
                     "colour noise. Stated date 4 de marzo de 2027.")


def c17():
    nd = "2026-11-23"
    blocks = [
        L(["Autoridad de Salud de Oregón (muestra)",
           "Programa Medicaid de pago por servicio (tarjeta abierta) - MUESTRA FICTICIA",
           "2100 Capitol Mall NE, Salem, OR 97301"], big=True),
        T("Aviso de decisión sobre una autorización previa"),
        KV([("Fecha de envío", D(nd, "es")), ("Nombre del miembro", "Ana Lucía Ferreira Gómez"),
            ("Número de Medicaid (ID de OHP)", "PR7740219"), ("Fecha de nacimiento", "07/02/1990"),
            ("Solicitud de autorización previa n.º", "2611-4459-02"),
            ("Fecha de recepción", D("2026-11-03", "es"))]),
        TB(["Servicio pedido", "Código", "Unidades", "Decisión"],
           [["Estimulación magnética transcraneal, sesión inicial", "90867", "1", "Negado"],
            ["Estimulación magnética transcraneal, sesiones siguientes", "90868", "35", "Negado"]]),
        P("Diagnóstico: F33.2."),
        P("Motivo: el programa cubre la estimulación magnética transcraneal cuando se han probado al menos cuatro "
          "medicamentos antidepresivos sin buena respuesta. Los expedientes que recibimos muestran dos. Por eso "
          "el servicio no es médicamente necesario según la regla de cobertura del programa (norma ficticia "
          "OHP-BH-14)."),
        H("Audiencia imparcial estatal"),
        P("Usted no tiene que apelar primero ante un plan: en el programa de tarjeta abierta, la audiencia es el "
          "primer paso. Tiene 90 días a partir de la fecha de este aviso para pedir una audiencia. Envíe el "
          "formulario adjunto a:", tag="deadline"),
        L(["Autoridad de Salud de Oregón (muestra)", "Unidad de Audiencias de Salud", "PO Box 14020",
           "Salem, OR 97309-0420"]),
        P("o por fax al 1-555-0181. Si no está de acuerdo con la decisión de la audiencia, puede pedir una revisión "
          "ante el tribunal de apelaciones dentro de 60 días."),
        S(FIC_ES),
    ]
    return dict(n=17, slug="medicaid-fee-for-service-es-tms-request-fair-hearing-text-pdf", lang="es",
                kind="pdf_text", device=None, style="serif", blocks=blocks,
                key=dict(patient_name="Ana Lucía Ferreira Gómez", member_id="PR7740219", claim_number="2611-4459-02",
                         notice_date=nd, procedure_codes=["90867", "90868"], diagnosis_codes=["F33.2"],
                         denial_category="medical_necessity", plan_type="medicaid", urgent=False),
                nd=("Fecha de envío", "es"),
                ev=dict(category=["no es médicamente necesario"], plan=["Programa Medicaid de pago por servicio"]),
                window=("days", 90, "Tiene 90 días a partir de la fecha de este aviso para pedir una audiencia"),
                addr=["Autoridad de Salud de Oregón (muestra)", "Unidad de Audiencias de Salud", "PO Box 14020",
                      "Salem, OR 97309-0420"],
                traps=["07/02/1990", D("2026-11-03", "es"), "60 días", "2100 Capitol Mall NE"],
                note="A fee-for-service Medicaid notice in Spanish (no plan: the fair hearing is the first step): a "
                     "TMS request before care (90867, 90868; F33.2), medical_necessity, in a decision table. The "
                     "hearing's stated 90 días and the hearing unit's address are keyed.")


def c18():
    nd = "2026-11-30"
    blocks = [
        L(["Sunrise Rx Plus (PDP)", "Plan de medicamentos recetados de Medicare - MUESTRA FICTICIA",
           "8800 NW 36th St, Suite 410, Doral, FL 33178"], big=True),
        T("Aviso de denegación de cobertura de medicamentos recetados de Medicare"),
        KV([("Fecha del aviso", D(nd, "es")), ("Nombre del afiliado", "Carmen Irene Vélez Soto"),
            ("Número de identificación del afiliado", "SRX-009187443"), ("Número de Medicare", "6DW3-CN8-GH25"),
            ("Número de caso", "DC-26-4410958"),
            ("Medicamento", "gepirona de liberación prolongada (Exxua), 18,2 mg, 30 tabletas")]),
        P("Tomamos esta decisión de manera acelerada, como pidió su médico, porque esperar podría afectar "
          "gravemente su salud."),
        P("Negamos su pedido porque este medicamento no está en nuestra Lista de Medicamentos (formulario). "
          "Diagnóstico indicado por la persona que receta: F33.1."),
        P("Su médico puede pedir una excepción al formulario si los medicamentos de nuestra lista no serían tan "
          "eficaces para usted o le causarían efectos dañinos."),
        H("Su derecho a una redeterminación"),
        P("Puede pedir una redeterminación (apelación) dentro de 65 días a partir de la fecha de este aviso. Una "
          "redeterminación rápida se decide en 72 horas.", tag="deadline"),
        P("Envíela a:"),
        L(["Sunrise Rx Plus (PDP)", "Unidad de Redeterminaciones", "PO Box 290445", "Miami, FL 33229-0445",
           "Fax: 1-555-0137"]),
        S(FIC_ES),
    ]
    extra = dict(
        outer=dict(frm="Lorena Vélez <lorena.velez@correo.example>",
                   to="Consejería SHIP del Condado (muestra) <ship.consejeria@condado.example>",
                   subject="RV: Aviso de la Parte D de mi mamá - Carmen Vélez",
                   date="Wed, 2 Dec 2026 10:22:45 -0500",
                   note=["Buenos días:", "Le reenvío el aviso que le llegó a mi mamá por correo electrónico. Ella me "
                         "autorizó a pedir ayuda con la apelación.", "Gracias, Lorena Vélez (hija) - 1-555-0188"]),
        fwd=dict(frm="Sunrise Rx Plus <avisos@sunriserx.example>", date="martes, 1 de diciembre de 2026 8:03",
                 subject="Su aviso de cobertura de medicamentos", to="carmen.velez@correo.example"),
        style="outlook_es")
    return dict(n=18, slug="part-d-es-non-formulary-expedited-forwarded-by-daughter-eml", lang="es", kind="eml",
                device=None, style="sans", blocks=blocks, extra=extra,
                key=dict(patient_name="Carmen Irene Vélez Soto", member_id="SRX-009187443",
                         claim_number="DC-26-4410958", notice_date=nd, diagnosis_codes=["F33.1"],
                         denial_category="not_covered", plan_type="medicare_part_d", urgent=True),
                nd=("Fecha del aviso", "es"),
                ev=dict(category=["no está en nuestra Lista de Medicamentos"],
                        plan=["Plan de medicamentos recetados de Medicare"], urgent=["de manera acelerada"]),
                window=("days", 65, "Puede pedir una redeterminación (apelación) dentro de 65 días a partir de la "
                                    "fecha de este aviso"),
                addr=["Sunrise Rx Plus (PDP)", "Unidad de Redeterminaciones", "PO Box 290445",
                      "Miami, FL 33229-0445"],
                traps=["6DW3-CN8-GH25", "Lorena Vélez", "2 Dec 2026", "1 de diciembre de 2026", "72 horas",
                       "8800 NW 36th St"],
                note="A Part D plan's expedited coverage denial in Spanish, forwarded by the member's daughter to a "
                     "SHIP counselor (Outlook-style 'RV:' forward in Spanish): a drug not on the formulary (F33.1), "
                     "not_covered, urgent, no procedure code. Stated 65 días.")


CASES = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18]
