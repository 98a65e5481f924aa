"""The 18 notices of set 40, as data. Everything here is FICTIONAL: people, plans, providers, numbers, addresses.
Phones are 1-555-01xx; web and e-mail addresses are .example. CPT codes by number only, services in my words."""
from dates import (D, long_en, short_en, us, us2, iso, dmy_upper, dmy_title, day_month_en, dfirst, long_es,
                   list_en, list_es)


def T(t): return ('title', t)
def H(t): return ('h', t)
def P(t): return ('p', t)
def S(t): return ('small', t)
def KV(*rows): return ('kv', list(rows))
def TB(head, *rows): return ('table', head, [list(r) for r in rows])
def L(*lines): return ('lines', list(lines))
def R(): return ('rule',)
def SP(): return ('space',)
def COLS(a, b): return ('cols', a, b)
def BOX(*bl): return ('box', list(bl))


FICT_EN = "FICTIONAL SAMPLE - invented people, plan and numbers; not a real notice."
FICT_ES = "MUESTRA FICTICIA - personas, plan y números inventados; no es un aviso real."


# ---------------------------------------------------------------------------------------------------------------
def c01():
    nd = D(2026, 12, 1)
    sd = [D(2026, 9, d) for d in (14, 15, 16, 17, 18)]
    fax = lambda n: ('faxhead', f"DEC 02 2026 07:48AM   CORDELL BENEFIT ADMIN   1-555-0143   P.{n}/3")
    addr = ["Harrowgate Logistics Employee Health Plan", "c/o Cordell Benefit Administrators",
            "External Review Requests", "PO Box 40817", "Columbus, OH 43240"]
    p1 = [fax(1), T("CORDELL BENEFIT ADMINISTRATORS, INC."),
          S("Third-party administrator for self-funded employer plans | 1200 Quarry Road, Suite 4, Dayton, OH 45402 | 1-555-0144"),
          S(FICT_EN), R(),
          L(long_en(nd)), SP(),
          L("Tobias R. Lindqvist", "3318 Fernhill Court", "Kettering, OH 45429"), SP(),
          H("RE: Level 2 appeal - final internal decision"),
          KV(("Member:", "Tobias R. Lindqvist"), ("Member ID:", "HLX 0047 3318 02"),
             ("Group:", "HLX-GRP-0047"), ("Claim number:", "CBA-26-0914-77310"),
             ("Appeal reference:", "L2-26-11873"), ("Provider:", "Northlake Neuromodulation Center"),
             ("Level 2 appeal received:", "10/28/2026")),
          P("Dear Mr. Lindqvist:"),
          P("Cordell Benefit Administrators administers the Harrowgate Logistics Employee Health Plan, a self-funded "
            "group health plan your employer sponsors under ERISA. The employer, not Cordell, pays the benefits. We have "
            "finished the review of your second-level appeal about the claim shown above. This letter is the Plan's "
            "final internal decision. Our reasons are on page 2 and your further rights on page 3."),
          ]
    p2 = [fax(2), H("Page 2 - What we decided and why"),
          P("Decision: the denial is UPHELD. The Plan will not pay the sessions listed below."),
          TB(["Date of service", "Code", "Diagnosis", "Billed", "Plan paid", "Remark"],
             *[[dmy_upper(d), "90868", "F33.2", "$310.00", "$0.00", "CO-50"] for d in sd]),
          P("Why: the Plan covers transcranial magnetic stimulation when its medical policy BH-112 is met. That policy "
            "asks for records showing four antidepressant trials from at least two classes, each at an adequate dose for "
            "at least six weeks. The records sent with the appeal document two trials. The reviewer therefore found the "
            "sessions not medically necessary as the Plan defines that term."),
          P("Who reviewed it: a board-certified psychiatrist who took no part in the first decision, on 2026-11-24. "
            "You may ask, free of charge, for copies of the policy, the reviewer's notes and every document about "
            "the claim."),
          ]
    p3 = [fax(3), H("Page 3 - Your right to an external review"),
          P("Because this is the final internal decision, you may ask that an independent review organization look at "
            "it. Your written request must be received no later than April 1, 2027. That is four months after the date "
            "of this letter."),
          P("Send your request for external review to:"),
          L(*addr),
          P("If your treating doctor certifies that waiting would seriously harm your health, ask for an expedited "
            "external review: the decision is then made within 72 hours. You also have the right to bring a civil "
            "action under section 502(a) of ERISA after this decision."),
          P("Questions: Member Services, 1-555-0145, Monday to Friday, 8 a.m. to 6 p.m. Eastern."),
          S(FICT_EN)]
    return dict(num=1, slug="self-funded-erisa-level2-upheld-tms-multipage-dark-fax", lang="en", kind="tiff",
                device="darkfax", pages=[p1, p2, p3],
                key=dict(patient_name="Tobias R. Lindqvist", member_id="HLX 0047 3318 02",
                         claim_number="CBA-26-0914-77310", notice_date=nd, service_dates=sd,
                         procedure_codes=["90868"], diagnosis_codes=["F33.2"], carc_codes=["CO-50"],
                         denial_category="medical_necessity", plan_type="employer_erisa", urgent=False),
                a=dict(nd_label=None, nd_printed=long_en(nd), sd_printed=[dmy_upper(d) for d in sd],
                       cat_ev="not medically necessary", plan_ev="self-funded group health plan your employer sponsors under ERISA",
                       urgent_ev=None, window=('date', "April 1, 2027", "must be received no later than April 1, 2027"),
                       addr_parts=addr,
                       traps=["HLX-GRP-0047", "L2-26-11873", "10/28/2026", "2026-11-24", "DEC 02 2026",
                              "1200 Quarry Road, Suite 4, Dayton, OH 45402", "72 hours"]),
                note="A self-funded employer plan's (ERISA) final internal appeal decision from its TPA, upheld: five TMS "
                     "sessions (90868; F33.2, CO-50), medical_necessity. Three pages: the claim number on page 1, the "
                     "reason and the dates (14-SEP-2026 style) on page 2, the external review and its address on page 3. "
                     "A multi-page G4 fax TIFF (fine mode) sent on the darkest setting, strokes swollen. Stated date "
                     "April 1, 2027. Traps: group, appeal reference, received 10/28/2026, review date 2026-11-24, fax "
                     "header DEC 02 2026, TPA letterhead, 72 hours.")


# ---------------------------------------------------------------------------------------------------------------
def c02():
    nd = D(2026, 11, 19)
    sd = [D(2026, 8, 19), D(2026, 8, 26)]
    addr = ["TRICARE Quality Monitoring Contractor", "Attn: Second Reconsiderations", "7150 Meridian Court, Suite 210",
            "Tampa, FL 33610"]
    fax = lambda n: ('faxhead', f"11/20/2026 14:07  FROM: BLUESTEM FED HLTH  TO: 15550177  PAGE {n} OF 2")
    p1 = [fax(1), T("Bluestem Federal Health Services"),
          S("TRICARE East Region contractor (fictional) | Appeals Department | PO Box 70121, Columbia, SC 29202"),
          S(FICT_EN), R(),
          H("RECONSIDERATION DECISION"),
          KV(("Date of Decision:", us(nd)), ("Beneficiary:", "Renata L. Abernathy-Cole"),
             ("DoD Benefits Number:", "1059 2247 318"), ("Sponsor:", "SSG Darnell A. Cole"),
             ("Sponsor DoD ID:", "1298447103"), ("Reconsideration file:", "RCN-26-3302"),
             ("Claim:", "see the claim detail on page 2")),
          P("We have reconsidered the claim for intravenous ketamine infusions given by Tidewater Infusion Partners. "
            "Our decision is to uphold the original denial."),
          P("Reason: TRICARE may not pay for care it considers unproven. TRICARE policy lists ketamine infusion for "
            "depression as unproven: the evidence is not yet enough to show it is safe and effective for that use. The "
            "claim was denied with reason code CO-56 and the reconsideration confirms that."),
          H("If you still disagree"),
          P("Because this denial rests on medical necessity, you may ask for a second reconsideration by the TRICARE "
            "Quality Monitoring Contractor (TQMC). Your request must be postmarked or received within 90 days of the "
            "date of this decision. Include a copy of this letter and any new records. Mail it to:"),
          L(*addr),
          P("If the amount in dispute is $300 or more after the TQMC decision, you may then ask for a hearing. Do not "
            "send your request to the Columbia post office box above."),
          P("Beneficiary Counseling and Assistance: 1-555-0172. Claims questions: 1-555-0173."),
          ]
    rows = [["TE-2026-0812-40118", "1", dmy_title(D(2026, 8, 12)), "90792", "F33.2", "$420.00", "$288.10", "$288.10", "Paid"],
            ["TE-2026-0819-44217", "1", us(sd[0]), "96365", "F33.2", "$650.00", "$0.00", "$0.00", "CO-56"],
            ["TE-2026-0819-44217", "2", us(sd[0]), "J3490", "F33.2", "$95.00", "$0.00", "$0.00", "CO-56"],
            ["TE-2026-0819-44217", "3", us(sd[1]), "96365", "F33.2", "$650.00", "$0.00", "$0.00", "CO-56"],
            ["TE-2026-0819-44217", "4", us(sd[1]), "J3490", "F33.2", "$95.00", "$0.00", "$0.00", "CO-56"]]
    p2 = [fax(2), H("Page 2 - Claim detail (landscape)"),
          KV(("Patient:", "Renata L. Abernathy-Cole"), ("Claim number under reconsideration:", "TE-2026-0819-44217")),
          TB(["Claim number", "Line", "Date of service", "Procedure", "Diagnosis", "Billed", "Allowed", "Paid", "Reason"],
             *rows),
          S("The first row is an earlier claim, already paid, shown for reference only. Reason CO-56: unproven care. "
            + FICT_EN)]
    return dict(num=2, slug="tricare-reconsideration-upheld-ketamine-speckled-fax-rotated-page-pdf", lang="en",
                kind="pdfimg", device="speckfax", pages=[p1, p2], landscape_pages=[1],
                key=dict(patient_name="Renata L. Abernathy-Cole", member_id="1059 2247 318",
                         claim_number="TE-2026-0819-44217", notice_date=nd, service_dates=sd,
                         procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"], carc_codes=["CO-56"],
                         denial_category="experimental_investigational", plan_type="tricare", urgent=False),
                a=dict(nd_label="Date of Decision:", nd_printed=us(nd), sd_printed=[us(d) for d in sd],
                       cat_ev="unproven", plan_ev="TRICARE East Region contractor", urgent_ev=None,
                       window=('days', 90, "within 90 days of the date of this decision"), addr_parts=addr,
                       traps=["1298447103", "SSG Darnell A. Cole", "RCN-26-3302", "TE-2026-0812-40118", "90792",
                              "11/20/2026", "PO Box 70121, Columbia, SC 29202", "$300"]),
                note="A TRICARE regional contractor's reconsideration decision, upheld: IV ketamine on 2 days (96365, "
                     "J3490; F33.2, CO-56) unproven: experimental_investigational. Two-page image-only PDF fax with a "
                     "dirty document feeder's speckle; page 2, the claim detail, is a landscape page stored sideways with "
                     "/Rotate 90. The claim number is only on page 2. Stated 90 days to the TQMC. Traps: sponsor and his "
                     "DoD ID, reconsideration file, a paid earlier claim and its 90792, fax header 11/20/2026, the "
                     "contractor's box.")


# ---------------------------------------------------------------------------------------------------------------
def c03():
    nd = D(2026, 11, 16)
    sd = [D(2026, 10, 13)]
    addr = ["Keystone Prairie Health Insurance Co.", "Member Appeals", "PO Box 2290", "Sioux Falls, SD 57101"]
    p1 = [T("Keystone Prairie Health Insurance Co."), S("Group PPO insured for employers | kphealth.example | 1-555-0121"),
          S(FICT_EN), R(),
          H("EXPLANATION OF BENEFITS - THIS IS NOT A BILL"),
          COLS([KV(("Statement Date:", short_en(nd)), ("Member:", "Gideon P. Marchetti"),
                   ("Member ID:", "KPH-771-20-4498"))],
               [KV(("Employer group:", "Vantage Tool & Die Co."), ("Group no.:", "0088120"),
                   ("Period:", "Oct 1 - Oct 31, 2026"))]),
          P("Your employer's group health plan is insured by Keystone Prairie. Three claims were processed this period. "
            "One was denied; see the notes below the table."),
          TB(["Claim", "Service date", "Provider", "Code", "Billed", "Plan paid", "You owe", "Note"],
             ["KP26-1006-55102", us2(D(2026, 10, 6)), "R. Okafor, LPC", "90834", "$160.00", "$118.40", "$20.00", "-"],
             ["KP26-1013-55810", us2(sd[0]), "Plains Pain Institute", "64510", "$1,450.00", "$0.00", "$0.00", "A"],
             ["KP26-1013-55810", us2(sd[0]), "Plains Pain Institute", "77002", "$280.00", "$0.00", "$0.00", "A"],
             ["KP26-1020-56217", us2(D(2026, 10, 20)), "L. Haddad, MD", "99214", "$210.00", "$141.75", "$30.00", "-"]),
          P("Diagnosis on the denied claim: F43.12."),
          H("Notes"),
          P("A - CO-197: Precertification/authorization absent. The stellate ganglion block and its imaging guidance "
            "needed prior authorization, and none was on file for this date of service. The provider may not bill you "
            "for these lines."),
          H("Your right to appeal"),
          P("If you disagree with a denial, you or someone you name may appeal. Appeals must be filed within the time "
            "limit stated in your plan's Summary Plan Description. Write to:"),
          L(*addr),
          P("Do not send appeals to our claims address, PO Box 2214, Sioux Falls, SD 57101. For an urgent situation "
            "call 1-555-0122; urgent appeals are decided within 72 hours."),
          S("Keystone Prairie Health Insurance Co. " + FICT_EN)]
    return dict(num=3, slug="insured-employer-eob-three-claims-sgb-no-auth-ceiling-fan-photo", lang="en", kind="jpeg",
                device="fan", pages=[p1],
                key=dict(patient_name="Gideon P. Marchetti", member_id="KPH-771-20-4498", claim_number="KP26-1013-55810",
                         notice_date=nd, service_dates=sd, procedure_codes=["64510", "77002"],
                         diagnosis_codes=["F43.12"], carc_codes=["CO-197"], denial_category="prior_authorization",
                         plan_type="employer_erisa", urgent=False),
                a=dict(nd_label="Statement Date:", nd_printed=short_en(nd), sd_printed=[us2(d) for d in sd],
                       cat_ev="Precertification/authorization absent", plan_ev="Your employer's group health plan is insured",
                       urgent_ev=None, window=('rule',), addr_parts=addr,
                       traps=["KP26-1006-55102", "KP26-1020-56217", "90834", "99214", "0088120", "PO Box 2214",
                              "72 hours", "10/06/26", "10/20/26"]),
                note="An insured employer PPO's (ERISA) EOB of three claims, one denied: a stellate ganglion block with "
                     "imaging guidance on 10/13/26 (64510, 77002; F43.12) without precertification (CO-197): "
                     "prior_authorization. Phone photo at an angle under a turning ceiling fan, its blurred blade shadows "
                     "across the page. No window printed (points to the SPD): ERISA rule, 180 days. Traps: two paid "
                     "claims and their codes and dates, group number, claims box, 72 hours.")


# ---------------------------------------------------------------------------------------------------------------
def c04():
    nd = D(2026, 11, 24)
    sd = [D(2026, 7, d) for d in (6, 7, 8, 9, 10)]
    addr = ["Pinecrest QIC, Part B East", "Reconsideration Requests", "PO Box 183092", "Columbus, OH 43218"]
    p1 = [T("Great Lakes Medicare Administrative Services"), S("A Medicare contractor (fictional) for Part B claims | PO Box 6610, Indianapolis, IN 46206"),
          S(FICT_EN), R(),
          H("MEDICARE REDETERMINATION NOTICE"),
          KV(("Date of this notice:", long_en(nd)), ("Beneficiary:", "Margaret E. Thibodeaux"),
             ("Medicare Number:", "5TV2-QW8-HJ31"), ("Claim number (ICN):", "2226243118400"),
             ("Provider:", "Harbor Light Behavioral Health"), ("Request received:", "October 2, 2026")),
          P(f"You asked us to take a new look at Medicare's decision on your claim for transcranial magnetic "
            f"stimulation (code 90868, diagnosis F33.1) given on {list_en(sd)}. This decision is about Original "
            f"Medicare Part B."),
          H("Our decision: UNFAVORABLE"),
          P("We agree with the first decision. Medicare does not pay for these sessions because they were not "
            "reasonable and necessary under the local coverage determination for this treatment: the records do not "
            "show the course of medication trials the policy asks for before TMS."),
          H("If you disagree with this decision"),
          P("You may ask for a reconsideration by a Qualified Independent Contractor (QIC). You must file your request "
            "within 180 days of receiving this notice. Send the enclosed form, or a letter with your name, Medicare "
            "Number and the claim number, to:"),
          L(*addr),
          P("The QIC usually decides within 60 days. Do not send the request to our Indianapolis address. Questions: "
            "1-555-0131 (TTY 1-555-0132)."),
          S(FICT_EN)]
    return dict(num=4, slug="original-medicare-redetermination-unfavorable-tms-window-screen-photo", lang="en",
                kind="jpeg", device="screen", pages=[p1],
                key=dict(patient_name="Margaret E. Thibodeaux", member_id="5TV2-QW8-HJ31", claim_number="2226243118400",
                         notice_date=nd, service_dates=sd, procedure_codes=["90868"], diagnosis_codes=["F33.1"],
                         denial_category="medical_necessity", plan_type="medicare", urgent=False),
                a=dict(nd_label="Date of this notice:", nd_printed=long_en(nd), sd_list=list_en(sd),
                       cat_ev="not reasonable and necessary", plan_ev="Original Medicare Part B", urgent_ev=None,
                       window=('days', 180, "within 180 days of receiving this notice"), addr_parts=addr,
                       traps=["October 2, 2026", "60 days", "PO Box 6610, Indianapolis, IN 46206"]),
                note="A Medicare Administrative Contractor's redetermination notice (Original Medicare, Part B), "
                     "unfavorable: TMS on 5 days written as one list (90868; F33.1), not reasonable and necessary: "
                     "medical_necessity. No CARC printed. Phone photo at an angle in sun through an insect screen, its "
                     "fine grid shadow over the page. Stated 180 days to the QIC. Traps: request received October 2, "
                     "2026, the QIC's 60 days, the contractor's address.")


# ---------------------------------------------------------------------------------------------------------------
def c05():
    nd = D(2026, 11, 13)
    sd = [D(2026, 3, 9), D(2026, 3, 11)]
    addr = ["Shepherd's Fold Church Benefits Plan", "Claim Review Committee", "410 Chapel Hill Lane", "Nashville, TN 37215"]
    p1 = [T("Shepherd's Fold Church Benefits Plan"),
          S("Benefits Office | 88 Vesper Street, Franklin, TN 37064 | 1-555-0151 | sfbenefits.example"), S(FICT_EN), R(),
          KV(("Date:", us(nd))),
          L("Abigail N. Ferreira-Lund", "52 Orchard Bend", "Brentwood, TN 37027"), SP(),
          P("Re: claim SFB-0926-11408, member number SF 20418 7736"),
          P("Dear Ms. Ferreira-Lund,"),
          P("The Shepherd's Fold Church Benefits Plan is a church plan. It is not governed by ERISA. We write about the "
            f"claim from Cumberland Psychiatric Associates for electroconvulsive therapy and its anesthesia (codes 90870 "
            f"and 00104, diagnosis F33.2) given on {long_en(sd[0])} and {long_en(sd[1])}."),
          P("We received this claim on September 29, 2026. The Plan requires claims to be filed within 180 days from "
            "the date of service. Because the claim arrived after that limit, it was denied with reason code CO-29 "
            "(the time limit for filing has expired). The care itself was not reviewed."),
          P("If the provider can show that the claim was sent on time, or there was good cause for the delay, you may "
            "ask the Plan to review this decision as described in Section 9 of the Plan Document. Send your request "
            "for review to:"),
          L(*addr),
          P("Include this letter, proof of timely filing if you have it, and anything else you want considered."),
          P("With regards,"), L("Miriam Oduya", "Claims Coordinator"),
          S(FICT_EN)]
    return dict(num=5, slug="church-plan-ect-timely-filing-ironing-board-steep-photo", lang="en", kind="jpeg",
                device="ironing", pages=[p1],
                key=dict(patient_name="Abigail N. Ferreira-Lund", member_id="SF 20418 7736", claim_number="SFB-0926-11408",
                         notice_date=nd, service_dates=sd, procedure_codes=["90870", "00104"],
                         diagnosis_codes=["F33.2"], carc_codes=["CO-29"], denial_category="timely_filing",
                         plan_type="church", urgent=False),
                a=dict(nd_label="Date:", nd_printed=us(nd), sd_printed=[long_en(d) for d in sd],
                       cat_ev="the time limit for filing has expired", plan_ev="is a church plan", urgent_ev=None,
                       window=('rule',), addr_parts=addr,
                       traps=["September 29, 2026", "88 Vesper Street, Franklin, TN 37064", "52 Orchard Bend"]),
                note="A church plan's (not ERISA) letter: ECT with anesthesia on 2 days in March 2026 (90870, 00104; "
                     "F33.2) filed late (CO-29): timely_filing. Phone photo taken standing over an ironing board, the "
                     "page steeply foreshortened on the striped cover. No window printed (points to Section 9): church "
                     "rule, 180 days. Traps: received September 29, 2026, the plan's 180-day filing limit, the benefits "
                     "office, the home address.")


# ---------------------------------------------------------------------------------------------------------------
def c06():
    nd = D(2026, 12, 2)
    addr = ["Part D Independent Review Entity", "Attn: Reconsiderations", "PO Box 81205", "Pittsburgh, PA 15230"]
    p1 = [T("Sunharbor Rx (PDP)"), S("A Medicare prescription drug plan (fictional) | 1-555-0161, TTY 711"), S(FICT_EN), R(),
          H("Redetermination Notice - Your Medicare prescription drug coverage"),
          KV(("Date of notice:", us(nd)), ("Enrollee:", "Curtis O. Whitfield"), ("Date of birth:", "12/02/1951"),
             ("Member ID:", "SHR 4402 9187 1"), ("Medicare Number:", "7XK4-DM3-PV20"),
             ("Redetermination case no.:", "RD-2611-07734"), ("Drug:", "Auvelity ER 45 mg-105 mg tablets"),
             ("Diagnosis given by prescriber:", "F33.1")),
          P("We have completed our redetermination of your request, and we are upholding our denial. We made this "
            "decision on an expedited (fast) basis because your doctor told us that waiting could seriously harm your "
            "health."),
          H("Why we upheld the denial"),
          P("This drug is on our Drug List with a step therapy requirement: before we cover it, a member must first "
            "have tried two lower-cost antidepressants on our Drug List. Our records, and the statement from your "
            "prescriber, show one such trial (sertraline). Step therapy was not met, so the request remains denied."),
          H("Your right to an independent review"),
          P("You may ask an Independent Review Entity (IRE) to review our decision. You must ask within 65 days from "
            "the date of this notice. Mail or fax the enclosed request form to:"),
          L(*addr),
          P("Fax: 1-555-0162. If you or your prescriber ask, the IRE will decide an expedited request within 72 hours."),
          S(FICT_EN)]
    return dict(num=6, slug="part-d-expedited-redetermination-upheld-step-therapy-water-glass-photo", lang="en",
                kind="jpeg", device="caustic", pages=[p1],
                key=dict(patient_name="Curtis O. Whitfield", member_id="SHR 4402 9187 1", claim_number="RD-2611-07734",
                         notice_date=nd, diagnosis_codes=["F33.1"], denial_category="step_therapy",
                         plan_type="medicare_part_d", urgent=True),
                a=dict(nd_label="Date of notice:", nd_printed=us(nd), cat_ev="Step therapy was not met",
                       plan_ev="A Medicare prescription drug plan", urgent_ev="on an expedited (fast) basis",
                       window=('days', 65, "within 65 days from the date of this notice"), addr_parts=addr,
                       traps=["12/02/1951", "7XK4-DM3-PV20", "72 hours", "1-555-0162"]),
                note="A Part D plan's expedited redetermination notice, upheld: a drug under step therapy (F33.1): "
                     "step_therapy, urgent. No procedure code and no CARC. Phone photo with a glass of water on the page, "
                     "its caustic light and shadow over the table. Stated 65 days to the IRE. Traps: DOB 12/02/1951 "
                     "(the notice's day and month), the Medicare Number, 72 hours.")


# ---------------------------------------------------------------------------------------------------------------
def c07():
    nd = D(2026, 11, 18)
    sd = [D(2026, 9, 30), D(2026, 10, 7)]
    addr = ["Office of Personnel Management (sample)", "FEI Review Group 9", "PO Box 10455", "Washington, DC 20044"]
    p1 = [('portalhead', "faxbox.example  |  Inbound fax preview (reduced)  |  Received 11/19/2026 10:02 AM  |  1 page"),
          T("Federal Meridian Benefit Plan"), S("A Federal Employees Health Benefits (FEHB) carrier - fictional"),
          S(FICT_EN), R(),
          H("Reconsideration decision - disputed claim"),
          KV(("Reconsideration decision date:", dmy_title(nd)), ("Member:", "Howard J. Penhallow"),
             ("Member ID:", "R41 008 7723"), ("Claim no.:", "FMB 2609 3066 11"), ("Enrollment code:", "KR2")),
          P("You asked us to reconsider our denial of the claim for esketamine nasal spray given with monitoring on "
            f"{us(sd[0])} and {us(sd[1])} (J0013 and 99415; diagnosis F33.2). We have affirmed the denial."),
          P("Reason: our records show you are also enrolled in Medicare Part B, which pays first for this care "
            "(CO-22: this care may be covered by another payer per coordination of benefits). Please have the provider "
            "bill Medicare first and then send us the Medicare Summary Notice."),
          P("If you disagree, you may ask the U.S. Office of Personnel Management to review our decision. You must "
            "write to OPM within 90 days from the date of this letter, and include a copy of this letter. Write to:"),
          L(*addr),
          P("Member Services 1-555-0186."), S(FICT_EN)]
    return dict(num=7, slug="fehb-reconsideration-affirmed-spravato-cob-efax-thumbnail-png", lang="en", kind="png",
                device="thumb", pages=[p1],
                key=dict(patient_name="Howard J. Penhallow", member_id="R41 008 7723", claim_number="FMB 2609 3066 11",
                         notice_date=nd, service_dates=sd, procedure_codes=["J0013", "99415"],
                         diagnosis_codes=["F33.2"], carc_codes=["CO-22"], denial_category="coordination_of_benefits",
                         plan_type="fehb", urgent=False),
                a=dict(nd_label="Reconsideration decision date:", nd_printed=dmy_title(nd), sd_printed=[us(d) for d in sd],
                       cat_ev="coordination of benefits", plan_ev="Federal Employees Health Benefits (FEHB) carrier",
                       urgent_ev=None, window=('days', 90, "within 90 days from the date of this letter"),
                       addr_parts=addr, traps=["KR2", "11/19/2026"]),
                note="An FEHB carrier's reconsideration decision, affirmed: esketamine with monitoring on 2 days (J0013, "
                     "99415; F33.2), Medicare Part B pays first (CO-22): coordination_of_benefits. An e-fax service's "
                     "reduced preview saved and enlarged (a low-resolution greyscale PNG, soft jagged letters). Stated 90 "
                     "days to OPM. The claim number has spaces. Traps: enrollment code, the preview's received date.")


# ---------------------------------------------------------------------------------------------------------------
def c08():
    nd = D(2026, 11, 25)
    sd = [D(2026, 10, 26), D(2026, 10, 30)]
    addr = ["Wyoming State Employee Group Health Plan", "Appeals Unit", "2300 Capitol Avenue", "Cheyenne, WY 82002"]
    p1 = [T("Wyoming State Employee Group Health Plan"), S("Employees Group Insurance for state government employees (FICTIONAL sample)"),
          S(FICT_EN), R(),
          KV(("Date mailed:", long_en(nd))),
          L("Priya K. Venkataraman-Holt", "1187 Sage Brush Way", "Laramie, WY 82070"), SP(),
          P("Dear Priya K. Venkataraman-Holt:"),
          P("Enclosed is the Explanation of Benefits for claim WY26 1104 3382. Two lines were not paid because the "
            "yearly limit for ketamine infusion therapy under the state employees plan has been reached. The details "
            "are on the enclosed page."),
          P("You may appeal. Your appeal must be filed within 180 days of receiving this letter. Mail it to:"),
          L(*addr),
          P("Please do not send appeals to the claims processing center in Casper. Questions: 1-555-0153."),
          P("Sincerely,"), L("Member Services"), S("Enclosure: Explanation of Benefits (1 page). " + FICT_EN)]
    p2 = [T("EXPLANATION OF BENEFITS (enclosure)"),
          ('grey', "Claims processing center: PO Box 3310, Casper, WY 82602  |  Processed on: 11/20/2026"),
          KV(("Member:", "Priya K. Venkataraman-Holt"), ("Member ID:", "WSE-40918-2251"),
             ("Claim ID:", "WY26 1104 3382")),
          TB(["Service date", "Service", "Code", "Dx", "Charged", "Paid", "Adj. code"],
             [dmy_title(D(2026, 10, 19)), "IV infusion, first hour", "96365", "G90.521", "$900.00", "$610.00", "-"],
             [dmy_title(sd[0]), "IV infusion, first hour", "96365", "G90.521", "$900.00", "$0.00", "CO-119"],
             [dmy_title(sd[0]), "IV infusion, added hour", "96366", "G90.521", "$300.00", "$0.00", "CO-119"],
             [dmy_title(sd[0]), "Drug, unclassified", "J3490", "G90.521", "$80.00", "$0.00", "CO-119"],
             [dmy_title(sd[1]), "IV infusion, first hour", "96365", "G90.521", "$900.00", "$0.00", "CO-119"],
             [dmy_title(sd[1]), "IV infusion, added hour", "96366", "G90.521", "$300.00", "$0.00", "CO-119"],
             [dmy_title(sd[1]), "Drug, unclassified", "J3490", "G90.521", "$80.00", "$0.00", "CO-119"]),
          P("CO-119: Benefit maximum for this time period has been reached. The plan covers six ketamine infusion "
            "sessions per plan year; the sixth was paid on 19-Oct-2026."),
          ('grey', "This page is an enclosure to the letter dated " + long_en(nd) + ". " + FICT_EN)]
    return dict(num=8, slug="state-employees-cover-letter-and-eob-ketamine-cap-copier-tiff", lang="en", kind="tiff",
                device="copier", pages=[p1, p2],
                key=dict(patient_name="Priya K. Venkataraman-Holt", member_id="WSE-40918-2251", claim_number="WY26 1104 3382",
                         notice_date=nd, service_dates=sd, procedure_codes=["96365", "96366", "J3490"],
                         diagnosis_codes=["G90.521"], carc_codes=["CO-119"], denial_category="benefit_limit",
                         plan_type="governmental", urgent=False),
                a=dict(nd_label="Date mailed:", nd_printed=long_en(nd), sd_printed=[dmy_title(d) for d in sd],
                       cat_ev="Benefit maximum for this time period has been reached",
                       plan_ev="state government employees", urgent_ev=None,
                       window=('days', 180, "within 180 days of receiving this letter"), addr_parts=addr,
                       traps=["11/20/2026", "19-Oct-2026", "PO Box 3310, Casper, WY 82602", "1187 Sage Brush Way"]),
                note="A state employees' plan (governmental): a cover letter with its enclosed EOB. IV ketamine for CRPS "
                     "on 2 days past the six-session yearly cap (96365, 96366, J3490; G90.521, CO-119): benefit_limit. "
                     "Two-page JPEG-compressed TIFF from an office copier whose background removal was set too high: "
                     "grey print faded. The notice date is the cover letter's; the EOB's processed date is a trap. "
                     "Stated 180 days. Traps: processed 11/20/2026, the paid sixth infusion, the claims center, home "
                     "address.")


# ---------------------------------------------------------------------------------------------------------------
def c09():
    nd = D(2026, 11, 20)
    addr = ["Louisiana Division of Administrative Law (sample)", "Health and Hospitals Section", "PO Box 40990",
            "Baton Rouge, LA 70821"]
    p1 = [T("Bayou Crescent Health Plan"), S("A Louisiana Medicaid managed care plan - FICTIONAL sample"), S(FICT_EN), R(),
          H("NOTICE OF APPEAL RESOLUTION"),
          KV(("Date of this notice:", us(nd)), ("Member name:", "Jamal D. Broussard"), ("Date of birth:", "11/20/1988"),
             ("Plan member ID:", "BCH 5510 2387 4"), ("Medicaid ID:", "0041 7728 9912"),
             ("Appeal number:", "APL-2026-11-04418"), ("Appeal received:", iso(D(2026, 11, 5)))),
          P("Dear Jamal D. Broussard:"),
          P("You, through your provider Magnolia Behavioral Health, appealed our decision about a request for intensive "
            "outpatient psychiatric services, three hours a day on 15 days (code S9480; diagnoses F33.2 and F41.1). We "
            "have finished your appeal. The reasons for our decision are on the next page. Your right to a State Fair "
            "Hearing is on page 3."),
          S("Page 1 of 3")]
    p2 = [H("Our decision"),
          P("We upheld our decision. The request is still denied."),
          P("Why: a psychiatrist who was not part of the first decision reviewed your records. Our level of care "
            "guidelines say intensive outpatient services are medically necessary when symptoms keep a member from "
            "daily activities even with weekly outpatient care. Your records show you are working and attending weekly "
            "therapy, and your scores have improved since September. The reviewer found the services are not "
            "medically necessary for you now; weekly therapy and medication visits can continue."),
          P("You can ask for a free copy of the guidelines and all records we used. Call Member Services at 1-555-0191."),
          S("Page 2 of 3")]
    p3 = [H("Your right to a State Fair Hearing"),
          P("If you disagree, you may ask for a State Fair Hearing. You must ask for a State Fair Hearing within 120 "
            "calendar days from the date of this notice. Send your request to:"),
          L(*addr),
          P("You may also call 1-555-0192 to ask. If the services were already being given and you want them to "
            "continue during the hearing, you must ask within 10 days of this notice. If your health is at risk, ask "
            "for an expedited hearing; a decision is made within 72 hours."),
          P("Issued November 20, 2026. " + FICT_EN), S("Page 3 of 3")]
    return dict(num=9, slug="medicaid-mco-appeal-resolution-upheld-iop-three-page-text-pdf", lang="en", kind="pdf",
                device=None, pages=[p1, p2, p3],
                key=dict(patient_name="Jamal D. Broussard", member_id="BCH 5510 2387 4", claim_number="APL-2026-11-04418",
                         notice_date=nd, procedure_codes=["S9480"], diagnosis_codes=["F33.2", "F41.1"],
                         denial_category="medical_necessity", plan_type="medicaid", urgent=False),
                a=dict(nd_label="Date of this notice:", nd_printed=us(nd), cat_ev="not medically necessary",
                       plan_ev="Medicaid managed care plan", urgent_ev=None,
                       window=('days', 120, "within 120 calendar days from the date of this notice"), addr_parts=addr,
                       traps=["11/20/1988", "0041 7728 9912", "2026-11-05", "10 days", "72 hours"]),
                note="A Medicaid managed-care plan's notice of appeal resolution, upheld, before care: intensive "
                     "outpatient services for 15 days (S9480; F33.2, F41.1): medical_necessity. Text PDF of three pages: "
                     "the facts on page 1, the reason on page 2, the hearing rights and address on page 3. Stated 120 "
                     "days to the State Fair Hearing. Traps: DOB 11/20/1988 (the notice's day and month), Medicaid ID, "
                     "appeal received 2026-11-05, 10 days, 72 hours.")


# ---------------------------------------------------------------------------------------------------------------
def c10():
    nd = D(2026, 10, 30)
    allsd = [D(2026, 10, d) for d in (5, 6, 7, 8, 9, 12, 13, 14, 15, 16)]
    sd = allsd[5:]
    addr = ["Calloway Mutual Life", "External Review Coordinator", "600 Lakeshore Plaza, Suite 1400", "Madison, WI 53703"]
    body = [T("Calloway Mutual Life - Ridgeline University Student Health Insurance Plan"), S(FICT_EN),
            H("Second-level appeal decision"),
            KV(("Date of decision:", us(nd)), ("Student (patient):", "Wen-Li Castellanos"),
               ("Member ID:", "RUS 0094-1176-00"), ("Student ID:", "R00582217"), ("Claim number:", "CML-2610-40551"),
               ("Appeal number:", "SA2-77120")),
            P("We have reviewed your second-level appeal of the partial hospitalization program at Lakeview Day Treatment "
              "Center (code H0035, diagnosis F32.2). Our decision is partly in your favor:"),
            TB(["Date", "Code", "Result"], *[[us(d), "H0035", "Approved on appeal" if d < sd[0] else "Denied - CO-50"]
                                             for d in allsd]),
            P("We will pay the first five days. The last five days remain denied: by 10/09/2026 the daily notes show you "
              "were stable enough for intensive outpatient care, so further days at this level were not medically "
              "necessary under the plan's level of care criteria."),
            P("This is the final internal decision on this claim. You may ask for an external review by an independent "
              "review organization. Your request must be filed by February 28, 2027. Send it to:"),
            L(*addr),
            P("Or e-mail externalreview@callowaymutual.example. For urgent situations call 1-555-0112."),
            S("Ridgeline University Student Health Insurance Plan is individual health insurance coverage for students. "
              + FICT_EN)]
    fwd = dict(frm="Wen-Li Castellanos <wenli.c@ridgeline.example>", to="Student Advocacy Office <advocacy@ridgeline.example>",
               date="Thu, 03 Dec 2026 16:22:05 -0600", subject="Fwd: Your appeal decision - claim CML-2610-40551 (Oct 30, 2026)",
               intro="Hi, this is the letter I got from the insurance after my second appeal. They paid half. Can you help me with the external review? Thanks, Wen-Li",
               orig_from="Calloway Mutual Life Appeals <appeals@callowaymutual.example>",
               orig_date="Mon, Nov 2, 2026 at 9:15 AM", orig_subject="Your appeal decision - claim CML-2610-40551")
    return dict(num=10, slug="student-plan-second-level-partly-overturned-php-forwarded-eml", lang="en", kind="eml",
                device=None, pages=[body], extra=fwd,
                key=dict(patient_name="Wen-Li Castellanos", member_id="RUS 0094-1176-00", claim_number="CML-2610-40551",
                         notice_date=nd, service_dates=sd, procedure_codes=["H0035"], diagnosis_codes=["F32.2"],
                         carc_codes=["CO-50"], denial_category="medical_necessity", plan_type="individual_aca",
                         urgent=False),
                a=dict(nd_label="Date of decision:", nd_printed=us(nd), sd_printed=[us(d) for d in sd],
                       cat_ev="not medically necessary", plan_ev="individual health insurance coverage for students",
                       urgent_ev=None, window=('date', "February 28, 2027", "must be filed by February 28, 2027"),
                       addr_parts=addr,
                       traps=["R00582217", "SA2-77120", "03 Dec 2026", "Nov 2, 2026", "10/05/2026", "10/09/2026",
                              "Student Advocacy Office"]),
                note="A student health plan's (individual_aca) second-level appeal decision, partly overturned: partial "
                     "hospitalization on 10 days (H0035; F32.2), the first five approved, the last five still denied "
                     "(CO-50): medical_necessity; only the five denied days are keyed. The student forwards it to the "
                     "advocacy office (.eml). Stated date February 28, 2027 for external review. Traps: student ID, "
                     "appeal number, Date header 3 Dec, forwarded 2 Nov, the approved days.")


# ---------------------------------------------------------------------------------------------------------------
def c11():
    nd = D(2026, 11, 12)
    addr = ["Mesa Verde Children's Health Program", "CHIP State Review Unit", "303 Sherman Ridge Road, Room 5",
            "Denver, CO 80218"]
    body = [T("Tidewater Family Health Plan"), S("Health plan for Mesa Verde Children's Health Program, a separate CHIP (not Medicaid) - FICTIONAL"),
            S(FICT_EN),
            L(long_en(nd)),
            L("To the parent of Sofia Marie Delacroix-Nunez", "Yvette Delacroix", "2290 Juniper Loop", "Pueblo, CO 81001"),
            H("Appeal decision - partly approved"),
            KV(("Child (member):", "Sofia Marie Delacroix-Nunez"), ("Member number:", "MVC-2210-58841-01"),
               ("Request number:", "UM26-1028-7150"), ("Date of notice:", iso(nd)), ("Diagnosis:", "F43.10")),
            P("You appealed our denial of care from Dr. Ilse Marbury, a child psychologist who is not in our network. "
              "Here is what we decided:"),
            TB(["Service requested", "Code", "Sessions", "Appeal decision"],
               ["Family therapy with the child present", "90847", "6", "Approved out of network (no network provider "
                "offers this within 30 miles)"],
               ["Individual therapy, about 60 minutes", "90837", "6", "Denied: in-network providers are available"]),
            P("Why the individual sessions are still denied: three therapists in our network who treat children with "
              "trauma have openings within 14 days and 12 miles of your home. Care from a provider outside the network "
              "is covered only when no network provider can give it."),
            P("If you do not agree, you may ask the state for a review of this decision. You must ask within 90 days of "
              "the date of this notice. Write to:"),
            L(*addr),
            P("Questions: Member Services 1-555-0197. This notice was also mailed on 11/12/26."),
            S(FICT_EN)]
    return dict(num=11, slug="chip-appeal-partly-approved-out-of-network-child-therapy-docx", lang="en", kind="docx",
                device=None, pages=[body],
                key=dict(patient_name="Sofia Marie Delacroix-Nunez", member_id="MVC-2210-58841-01",
                         claim_number="UM26-1028-7150", notice_date=nd, procedure_codes=["90837"],
                         diagnosis_codes=["F43.10"], denial_category="out_of_network", plan_type="chip", urgent=False),
                a=dict(nd_label="Date of notice:", nd_printed=iso(nd), cat_ev="Care from a provider outside the network",
                       plan_ev="a separate CHIP", urgent_ev=None,
                       window=('days', 90, "within 90 days of the date of this notice"), addr_parts=addr,
                       traps=["Yvette Delacroix", "90847", "2290 Juniper Loop", "14 days"]),
                note="A separate CHIP plan's appeal decision, partly approved, before care: family therapy approved out of "
                     "network, individual therapy (90837; F43.10) still denied as in-network providers are available: "
                     "out_of_network; only the denied code is keyed. Word letter to the parent; the date printed three "
                     "ways (November 12, 2026, 2026-11-12, 11/12/26). Stated 90 days to the state's review. Traps: the "
                     "parent, the approved 90847, the home address.")


# ---------------------------------------------------------------------------------------------------------------
def c12():
    nd = D(2026, 11, 9)
    sd = [D(2026, 6, 11), D(2026, 6, 18)]
    addr = ["Northwind Assurance Health Co.", "Second Level Appeals", "Mail Stop 4B", "77 Harbor Point Drive",
            "Portland, ME 04101"]
    p1 = [T("NORTHWIND ASSURANCE HEALTH CO. - MEMBER LETTER (TEXT VERSION)"), S(FICT_EN),
          KV(("Issued:", us(nd)), ("Member:", "Darnell V. Osei"), ("Member ID:", "N8W 33948 1702"),
             ("Employer plan:", "Calder Paper Mills group health plan (insured)"), ("Claim:", "NWA2026-0611-8823")),
          H("FIRST-LEVEL APPEAL DECISION"),
          P("We reviewed your first-level appeal about intravenous ketamine for complex regional pain syndrome given by "
            "Coastal Pain Specialists. We upheld the denial. Page 2 explains why; page 3 tells you how to ask for a "
            "second-level appeal."),
          S("Page 1 of 3")]
    p2 = [H("WHY WE UPHELD THE DENIAL"),
          TB(["Service date", "Code", "Diagnosis", "Billed", "Paid", "Reason"],
             *[[iso(d), c, "G90.59", b, "0.00", "CO-55"] for d in sd for c, b in (("96365", "725.00"), ("96366", "240.00"),
                                                                               ("J3490", "60.00"))]),
          P("Your plan does not cover care that is experimental or investigational. Our medical policy MP-7.204 "
            "lists ketamine infusion for chronic pain conditions as investigational, because published studies have not "
            "shown lasting benefit. A physician board-certified in pain medicine reviewed the appeal on Nov 4, 2026."),
          S("Page 2 of 3")]
    p3 = [H("YOUR NEXT STEP: A SECOND-LEVEL APPEAL"),
          P("You may request a second-level appeal within 60 days of the date you receive this letter. Send it to:"),
          L(*addr),
          P("After the second-level decision, if the denial still stands, you may ask for an external review within "
            "four months. Urgent appeals are decided within 72 hours: call 1-555-0114."),
          S("Page 3 of 3")]
    return dict(num=12, slug="insured-employer-level1-upheld-ketamine-crps-paged-text", lang="en", kind="txt",
                device=None, pages=[p1, p2, p3],
                key=dict(patient_name="Darnell V. Osei", member_id="N8W 33948 1702", claim_number="NWA2026-0611-8823",
                         notice_date=nd, service_dates=sd, procedure_codes=["96365", "96366", "J3490"],
                         diagnosis_codes=["G90.59"], carc_codes=["CO-55"], denial_category="experimental_investigational",
                         plan_type="employer_erisa", urgent=False),
                a=dict(nd_label="Issued:", nd_printed=us(nd), sd_printed=[iso(d) for d in sd],
                       cat_ev="experimental or investigational", plan_ev="Employer plan", urgent_ev=None,
                       window=('days', 60, "within 60 days of the date you receive this letter"), addr_parts=addr,
                       traps=["Nov 4, 2026", "four months", "72 hours", "MP-7.204"]),
                note="An insured employer plan's (ERISA) first-level appeal decision, upheld, offering a second level: "
                     "IV ketamine for CRPS on 2 days (96365, 96366, J3490; G90.59, CO-55): experimental_investigational. "
                     "Plain text of three pages split by form feeds: facts on page 1, reason and dates on page 2, the "
                     "second-level window and address on page 3. Stated 60 days. Traps: review date Nov 4, 2026, "
                     "external review's four months, 72 hours.")


# ---------------------------------------------------------------------------------------------------------------
def c13():
    nd = D(2026, 11, 17)
    sd = [D(2026, 9, 4), D(2026, 9, 8), D(2026, 9, 11)]
    addr = ["Plan Sol del Valle Medicare Advantage", "Departamento de Apelaciones y Quejas", "Apartado Postal 30112",
            "San Antonio, TX 78265"]
    p1 = [T("Plan Sol del Valle Medicare Advantage (HMO)"), S("Plan Medicare Advantage - MUESTRA FICTICIA | 1-555-0124 (TTY 711)"),
          S(FICT_ES), R(),
          H("AVISO DE DENEGACIÓN DE PAGO"),
          KV(("Fecha del aviso:", long_es(nd)), ("Nombre del miembro:", "Rosario Inés Quintanilla Ybarra"),
             ("Fecha de nacimiento:", "02/03/1950"), ("Número de miembro:", "SVM 0812 3344 7"),
             ("Número de reclamo:", "SV-26-0904-11872"), ("Proveedor:", "Centro Neurológico Alameda (fuera de la red)")),
          P("Hemos denegado el pago de los servicios que se indican abajo. Las fechas están en formato día/mes/año."),
          TB(["Fecha del servicio", "Código", "Diagnóstico", "Cargo", "Pagado", "Código de ajuste"],
             *[[dfirst(d), "90868", "F33.2", "$290.00", "$0.00", "CO-242"] for d in sd]),
          P("Motivo: su plan es un HMO. Los servicios de un proveedor fuera de la red no están cubiertos, salvo en una "
            "emergencia o con nuestra aprobación previa. El Centro Neurológico Alameda no es proveedor de la red y no "
            "teníamos aprobación para estas sesiones de estimulación magnética."),
          H("Su derecho a apelar"),
          P("Si no está de acuerdo, puede pedir una reconsideración (apelación de nivel 1). Tiene 65 días a partir de la "
            "fecha de este aviso para pedirla. Envíe su solicitud por escrito a:"),
          L(*addr),
          P("Una vez recibida su apelación, le daremos una respuesta dentro de 60 días. Si necesita ayuda, llame a "
            "Servicios al Miembro al 1-555-0124."),
          S(FICT_ES)]
    return dict(num=13, slug="medicare-advantage-es-payment-denial-out-of-network-tms-candlelight-photo", lang="es",
                kind="jpeg", device="candle", pages=[p1],
                key=dict(patient_name="Rosario Inés Quintanilla Ybarra", member_id="SVM 0812 3344 7",
                         claim_number="SV-26-0904-11872", notice_date=nd, service_dates=sd, procedure_codes=["90868"],
                         diagnosis_codes=["F33.2"], carc_codes=["CO-242"], denial_category="out_of_network",
                         plan_type="medicare_advantage", urgent=False),
                a=dict(nd_label="Fecha del aviso:", nd_printed=long_es(nd), sd_printed=[dfirst(d) for d in sd],
                       cat_ev="fuera de la red no están cubiertos", plan_ev="Plan Medicare Advantage", urgent_ev=None,
                       window=('days', 65, "Tiene 65 días a partir de la fecha de este aviso"), addr_parts=addr,
                       traps=["02/03/1950", "60 días"]),
                note="A Medicare Advantage HMO's payment denial in Spanish: TMS on 3 days (90868; F33.2) from a provider "
                     "out of the network (CO-242): out_of_network. Day-first dates in the table, said so on the notice. "
                     "Phone photo at an angle by candlelight in a power cut: warm, dim, falling off away from the flame, "
                     "noisy. Stated 65 días. Traps: DOB 02/03/1950 (reads two ways), the plan's 60 días to answer.")


# ---------------------------------------------------------------------------------------------------------------
def c14():
    nd = D(2026, 11, 2)
    sd = [D(2026, 10, 14), D(2026, 10, 21)]
    addr = ["Cumbre Salud", "Unidad de Apelaciones", "Atención: Quejas y Apelaciones de Miembros", "Apartado Postal 7716",
            "Miami, FL 33152"]
    p1 = [T("Cumbre Salud"), S("Plan Horizonte Azul Plata 3 - plan individual del Mercado de Seguros Médicos (FICTICIO)"),
          S(FICT_ES), R(),
          KV(("Fecha de emisión:", long_es(nd)), ("Asegurado:", "Héctor Manuel Ibarra Solís"),
             ("ID de miembro:", "CSF-884 210 33"), ("Número de reclamo:", "CS-2026-10-55319")),
          P("Estimado Sr. Ibarra Solís:"),
          P(f"Revisamos el reclamo de la Lcda. Marta Ochoa por psicoterapia individual de unos 60 minutos (código 90837) "
            f"de los días {dfirst(sd[0])} y {dfirst(sd[1])}. El reclamo indica el diagnóstico Z13.31."),
          P("No podemos pagar estos servicios (código de ajuste CO-11): el diagnóstico no corresponde con el "
            "procedimiento facturado. El código Z13.31 describe una prueba de detección, no una condición que se trate "
            "con psicoterapia. Si su terapeuta envía el reclamo con el diagnóstico correcto, lo procesaremos de nuevo. "
            "Una reclamación corregida no es una apelación."),
          H("Cómo apelar"),
          P("Usted tiene 180 días a partir de la fecha en que reciba este aviso para presentar una apelación. Envíela a:"),
          L(*addr),
          P("Su plan Horizonte Azul Plata 3 es un plan individual del Mercado de Seguros Médicos. Si su salud corre "
            "peligro, pida una apelación urgente: decidimos en 72 horas. Teléfono 1-555-0138."),
          S("Fecha de impresión: 02/11/2026. " + FICT_ES)]
    return dict(num=14, slug="marketplace-es-coding-dx-mismatch-psychotherapy-tilt-shift-photo", lang="es", kind="jpeg",
                device="tiltshift", pages=[p1],
                key=dict(patient_name="Héctor Manuel Ibarra Solís", member_id="CSF-884 210 33",
                         claim_number="CS-2026-10-55319", notice_date=nd, service_dates=sd, procedure_codes=["90837"],
                         diagnosis_codes=["Z13.31"], carc_codes=["CO-11"], denial_category="coding_billing",
                         plan_type="individual_aca", urgent=False),
                a=dict(nd_label="Fecha de emisión:", nd_printed=long_es(nd), sd_printed=[dfirst(d) for d in sd],
                       cat_ev="el diagnóstico no corresponde con el procedimiento",
                       plan_ev="es un plan individual del Mercado de Seguros Médicos", urgent_ev=None,
                       window=('days', 180, "180 días a partir de la fecha en que reciba este aviso"), addr_parts=addr,
                       traps=["72 horas", "Una reclamación corregida no es una apelación"]),
                note="A Marketplace plan's denial letter in Spanish: psychotherapy on 2 days (90837) billed with a "
                     "screening diagnosis (Z13.31, CO-11): coding_billing. Day-first dates (14/10/2026, 21/10/2026) and a "
                     "print date 02/11/2026 that is the notice's own date day first. Phone photo from a low angle with a "
                     "shallow depth of field: the near and far parts of the page soft, a sharp band across the middle. "
                     "Stated 180 días from receipt. Traps: a corrected claim that is no appeal, 72 horas.")


# ---------------------------------------------------------------------------------------------------------------
def c15():
    nd = D(2026, 12, 1)
    addr = ["Brisa del Norte Medicare Advantage", "Departamento de Apelaciones", "Apartado Postal 52208",
            "Phoenix, AZ 85072"]
    p1 = [T("Brisa del Norte Medicare Advantage (PPO)"), S("Letra grande - MUESTRA FICTICIA"),
          H("Aviso de denegación de cobertura médica"),
          KV(("Fecha del aviso:", long_es(nd)), ("Miembro:", "Ernestina Paz Villalobos"),
             ("Número de miembro:", "BDN-5521-0077-3"), ("Número de caso:", "UM-PA-26-118043")),
          P("Hemos denegado la solicitud de su médico para esketamina en aerosol nasal con observación en el "
            "consultorio (código G2083; diagnóstico F33.2)."),
          P("Tomamos esta decisión de forma rápida (acelerada), como pidió su médico."),
          S("Página 1 de 2")]
    p2 = [H("Por qué la denegamos"),
          P("Este medicamento tiene terapia escalonada: primero debe probar otro tratamiento cubierto. No recibimos "
            "constancia de que lo haya probado."),
          H("Su derecho a apelar"),
          P("Tiene 65 días a partir de la fecha de este aviso para pedir una apelación. Envíela a:"),
          L(*addr),
          P("Apelación rápida: 72 horas. Teléfono: 1-555-0171."),
          S("Formulario BDN-IDN, emitido el 01/12/2026. " + FICT_ES), S("Página 2 de 2")]
    return dict(num=15, slug="medicare-advantage-es-expedited-spravato-step-therapy-large-print-scan-pdf", lang="es",
                kind="pdfimg", device="warmup", large=True, pages=[p1, p2],
                key=dict(patient_name="Ernestina Paz Villalobos", member_id="BDN-5521-0077-3",
                         claim_number="UM-PA-26-118043", notice_date=nd, procedure_codes=["G2083"],
                         diagnosis_codes=["F33.2"], denial_category="step_therapy", plan_type="medicare_advantage",
                         urgent=True),
                a=dict(nd_label="Fecha del aviso:", nd_printed=long_es(nd), cat_ev="terapia escalonada",
                       plan_ev="Medicare Advantage", urgent_ev="de forma rápida (acelerada)",
                       window=('days', 65, "Tiene 65 días a partir de la fecha de este aviso"), addr_parts=addr,
                       traps=["72 horas", "BDN-IDN"]),
                note="A Medicare Advantage PPO's expedited pre-service denial in Spanish, in large print (two pages): "
                     "esketamine with observation (G2083; F33.2) under step therapy: step_therapy, urgent. The reason and "
                     "the rights on page 2. Image-only PDF from a flatbed whose lamp had not warmed up: the top of each "
                     "page dim and yellow. Stated 65 días. Traps: 72 horas, the form number; the form's 01/12/2026 is "
                     "the notice date day first.")


# ---------------------------------------------------------------------------------------------------------------
def c16():
    nd = D(2026, 11, 16)
    sd = [D(2026, 10, d) for d in (5, 6, 7, 8, 9)]
    addr = ["Aseguradora Piedra Alta", "Revisión Externa", "Apartado Postal 61540", "Houston, TX 77208"]
    body = [T("Aseguradora Piedra Alta"), S("Plan Vista Serena Oro 80 - Mercado de Seguros Médicos (FICTICIO)"), S(FICT_ES),
            H("Decisión final de la apelación interna"),
            KV(("Fecha de la decisión:", dfirst(nd)), ("Paciente:", "Ramón Ezequiel Cárdenas Olmos"),
               ("Identificación del miembro:", "PAV 7730 1958 01"), ("Número de reclamo:", "2610-IOP-77102")),
            P(f"Revisamos su apelación sobre el programa intensivo ambulatorio de salud mental (código S9480, diagnóstico "
              f"F33.1) de los días {list_es(sd)}. Mantenemos la denegación (código de ajuste CO-50)."),
            P("Motivo: según nuestros criterios de nivel de atención, el servicio no era médicamente necesario; las notas "
              "muestran que la terapia semanal era suficiente."),
            P("Esta es nuestra decisión final. Puede pedir una revisión externa por una organización independiente a "
              "más tardar el 16 de marzo de 2027. Envíe su solicitud a:"),
            L(*addr),
            P("Teléfono 1-555-0119. Decisión emitida el 16 de noviembre de 2026."), S(FICT_ES)]
    fwd = dict(frm="Lucía Cárdenas <lucia.cardenas@correo.example>",
               to="Navegadora Ana Ruiz <aruiz@ayudasalud.example>",
               date="Thu, 03 Dec 2026 11:05:40 -0600",
               subject="RV: Decisión de su apelación - reclamo 2610-IOP-77102",
               intro="Hola Ana, le reenvío la decisión de la aseguradora sobre el programa de mi papá. ¿Nos ayuda con la revisión externa? Gracias, Lucía",
               orig_from="Aseguradora Piedra Alta <apelaciones@piedraalta.example>",
               orig_date="mié, 18 nov 2026 a las 8:40", orig_subject="Decisión de su apelación - reclamo 2610-IOP-77102")
    return dict(num=16, slug="marketplace-es-final-internal-upheld-iop-forwarded-eml", lang="es", kind="eml",
                device=None, pages=[body], extra=fwd,
                key=dict(patient_name="Ramón Ezequiel Cárdenas Olmos", member_id="PAV 7730 1958 01",
                         claim_number="2610-IOP-77102", notice_date=nd, service_dates=sd, procedure_codes=["S9480"],
                         diagnosis_codes=["F33.1"], carc_codes=["CO-50"], denial_category="medical_necessity",
                         plan_type="individual_aca", urgent=False),
                a=dict(nd_label="Fecha de la decisión:", nd_printed=dfirst(nd), sd_list=list_es(sd),
                       cat_ev="no era médicamente necesario", plan_ev="Mercado de Seguros Médicos", urgent_ev=None,
                       window=('date', "16 de marzo de 2027", "a más tardar el 16 de marzo de 2027"), addr_parts=addr,
                       traps=["Lucía Cárdenas", "03 Dec 2026", "18 nov 2026"]),
                note="A Marketplace plan's final internal appeal decision in Spanish, upheld: intensive outpatient program "
                     "on 5 days written as one list (S9480; F33.1, CO-50): medical_necessity. Forwarded by the patient's "
                     "daughter to a navigator (.eml, RV:). Notice date 16/11/2026 day first, and 16 de noviembre in the "
                     "text. Stated date 16 de marzo de 2027 for external review. Traps: the daughter, Date header 3 Dec, "
                     "the plan's e-mail of 18 nov.")


# ---------------------------------------------------------------------------------------------------------------
def c17():
    nd = D(2026, 11, 6)
    sd = [D(2026, 9, 29)]
    addr = ["Salud Comunitaria del Río Grande", "Unidad de Quejas y Apelaciones", "Apartado Postal 27340",
            "Albuquerque, NM 87125"]
    body = [T("Salud Comunitaria del Río Grande - Portal de miembros"),
            S("Plan de Medicaid administrado (atención administrada) de Nuevo México - MUESTRA FICTICIA"), S(FICT_ES),
            KV(("Miembro:", "Guadalupe Estrada Marrufo"), ("ID del plan:", "SCR-0301-77442"),
               ("Número de Medicaid:", "NM 4471 9902 18")),
            H("Mis reclamos (fechas en formato día/mes/año)"),
            TB(["Reclamo", "Fecha de servicio", "Código", "Estado"],
               ["RG26-0915-30211", dfirst(D(2026, 9, 15)), "90834", "Pagado"],
               ["RG26-0929-31077", dfirst(sd[0]), "64454", "Denegado"],
               ["RG26-1022-32540", dfirst(D(2026, 10, 22)), "99214", "Pagado"]),
            H("Aviso de determinación adversa de beneficios - reclamo RG26-0929-31077"),
            KV(("Fecha del aviso:", dfirst(nd)), ("Servicio:", "bloqueo de los nervios de la rodilla (64454)"),
               ("Diagnóstico:", "G89.4"), ("Código de ajuste:", "CO-197")),
            P("Denegamos este reclamo porque el servicio requería autorización previa y no la recibimos antes de la "
              "fecha del servicio."),
            P("Tiene 60 días a partir de la fecha de este aviso para apelar ante el plan. Envíe su apelación a:"),
            L(*addr),
            P("Si ya recibía este servicio y quiere que continúe durante la apelación, pídalo dentro de 10 días. Si no "
              "está de acuerdo con la decisión de la apelación, puede pedir una audiencia imparcial estatal dentro de "
              "120 días."),
            S("Impreso: 04/12/2026 21:14. " + FICT_ES)]
    return dict(num=17, slug="medicaid-mco-es-portal-three-claims-nerve-block-no-auth-html", lang="es", kind="html",
                device=None, pages=[body],
                key=dict(patient_name="Guadalupe Estrada Marrufo", member_id="SCR-0301-77442",
                         claim_number="RG26-0929-31077", notice_date=nd, service_dates=sd, procedure_codes=["64454"],
                         diagnosis_codes=["G89.4"], carc_codes=["CO-197"], denial_category="prior_authorization",
                         plan_type="medicaid", urgent=False),
                a=dict(nd_label="Fecha del aviso:", nd_printed=dfirst(nd), sd_printed=[dfirst(d) for d in sd],
                       cat_ev="requería autorización previa", plan_ev="Plan de Medicaid administrado", urgent_ev=None,
                       window=('days', 60, "Tiene 60 días a partir de la fecha de este aviso"), addr_parts=addr,
                       traps=["NM 4471 9902 18", "RG26-0915-30211", "RG26-1022-32540", "90834", "99214", "10 días",
                              "120 días", "04/12/2026"]),
                note="A Medicaid managed-care plan's member portal page in Spanish: three claims, one denied, with its "
                     "notice of adverse benefit determination: a genicular nerve block (64454; G89.4) without prior "
                     "authorization (CO-197): prior_authorization. Day-first dates (said so). Stated 60 días. Traps: the "
                     "Medicaid number, two paid claims and their codes, 10 días, 120 días, the print stamp 04/12/2026.")


# ---------------------------------------------------------------------------------------------------------------
def c18():
    nd = D(2026, 11, 19)
    sd = [D(2026, 10, 22), D(2026, 10, 29)]
    addr = ["Aseguradora Arroyo Claro", "Atención: Departamento de Apelaciones", "Apartado Postal 80417",
            "Chicago, IL 60680"]
    p1 = [T("Aseguradora Arroyo Claro"), S("Plan Puente Bronce - Mercado de Seguros de Salud (FICTICIO) | 1-555-0167"),
          S(FICT_ES), R(),
          L("Chicago, " + long_es(nd)),
          L("Sra. Yesenia Bautista Carrillo", "4410 W. Ceiba Street, Apt. 2", "Cicero, IL 60804"),
          P("Estimada Sra. Bautista Carrillo:"),
          P("Le enviamos adjunta la Explicación de Beneficios de su reclamo AC-26-1022-90318. Su número de miembro es "
            "ACL 6609 4421. No pagamos las infusiones de ketamina que recibió, porque su póliza las excluye: no están "
            "cubiertas por su plan (vea la sección de exclusiones de su póliza)."),
          P("Si no está de acuerdo, puede apelar. Tiene 180 días a partir de la fecha en que reciba esta carta. Envíe su "
            "apelación a:"),
          L(*addr),
          P("No envíe apelaciones a la dirección de reclamos que aparece en la Explicación de Beneficios."),
          P("Atentamente,"), L("Servicios al Miembro"), S("Adjunto: Explicación de Beneficios (1 página). " + FICT_ES)]
    p2 = [T("Explicación de Beneficios (adjunta)"), S("ESTO NO ES UNA FACTURA"),
          KV(("Paciente:", "Yesenia Bautista Carrillo"), ("Miembro:", "ACL 6609 4421"),
             ("Reclamo:", "AC-26-1022-90318"), ("Fecha de procesamiento:", iso(D(2026, 11, 17))),
             ("Proveedor:", "Clínica Lakeview de Infusiones")),
          TB(["Fecha", "Código", "Diagnóstico", "Cargo", "Pagado", "Ajuste"],
             [dfirst(sd[0]), "96365", "F33.2", "$700.00", "$0.00", "CO-204"],
             [dfirst(sd[0]), "J3490", "F33.2", "$85.00", "$0.00", "CO-204"],
             [dfirst(sd[1]), "96365", "F33.2", "$700.00", "$0.00", "CO-204"],
             [dfirst(sd[1]), "J3490", "F33.2", "$85.00", "$0.00", "CO-204"]),
          P("CO-204: este servicio no está cubierto por el plan de beneficios del paciente. Fechas: día/mes/año."),
          S("Dirección de reclamos: PO Box 80400, Chicago, IL 60680. " + FICT_ES)]
    return dict(num=18, slug="marketplace-es-cover-letter-and-eob-ketamine-excluded-text-pdf", lang="es", kind="pdf",
                device=None, pages=[p1, p2],
                key=dict(patient_name="Yesenia Bautista Carrillo", member_id="ACL 6609 4421",
                         claim_number="AC-26-1022-90318", notice_date=nd, service_dates=sd,
                         procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"], carc_codes=["CO-204"],
                         denial_category="not_covered", plan_type="individual_aca", urgent=False),
                a=dict(nd_label="Chicago,", nd_printed=long_es(nd), sd_printed=[dfirst(d) for d in sd],
                       cat_ev="no están cubiertas por su plan", plan_ev="Mercado de Seguros de Salud", urgent_ev=None,
                       window=('days', 180, "Tiene 180 días a partir de la fecha en que reciba esta carta"),
                       addr_parts=addr, traps=["2026-11-17", "PO Box 80400", "4410 W. Ceiba Street"]),
                note="A Marketplace plan's cover letter in Spanish with its enclosed EOB (text PDF, two pages): IV "
                     "ketamine on 2 days (96365, J3490; F33.2) excluded (CO-204): not_covered. The notice date is the "
                     "letter's dateline (Chicago, 19 de noviembre de 2026), with no label; the EOB's processing date "
                     "(2026-11-17) is a trap. Day-first dates in the EOB. Stated 180 días from receipt. Traps: "
                     "processing date, claims box, home address.")


CASES = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18]
