"""Blind intake set 26, notices 01-12 (English). Everything here is FICTIONAL: invented people, plans, providers,
addresses and numbers. CPT and HCPCS codes are named by number only; services are described in my own words.
"""
from common import abbr_en, long_en, mdy, mdy_short, mil
from common import d as D
import render

FICT = "FICTIONAL SAMPLE - invented people, plans and numbers; not a real notice."

CASES = []


def add(**kw):
    kw.setdefault("lang", "en")
    kw.setdefault("style", {})
    CASES.append(kw)


# ------------------------------------------------------------------------------------------------ 01
nd = D("2026-11-12")
sv = [D("2026-10-05"), D("2026-10-08"), D("2026-10-12")]
add(
    num="01", traps=['NMH-448207113-01', 'Desmond A. Whitfield', '99205', '2026-09-28', 'PR-3', '2026-10-29', '2002-06-14'],
    slug="employer-insured-ketamine-necessity-pencil-notes-photo", ext=".jpg",
    kind="image:pencil_notes",
    style={"font": "serif", "size": 8.6, "margin": 0.7, "accent": "#3b2f6b"},
    device_args={"notes": [
        (380, 16, "called 12/02 - spoke w/ Marisol", 13, 2),
        (392, 36, "ref # 5517 8203", 13, 1),
        (60, 748, "ask Dr. Okafor for a letter + PHQ-9 scores!", 13, 0),
        (10, 430, "Toby", 14, 80),
    ]},
    blocks=[
        ("head", ["Northfield Mutual Health Insurance Company",
                  "Claims Review Center | 2200 Orchard Crossing | Harrisburg, PA 17110 | 1-555-0140",
                  FICT]),
        ("p", f"Date of this notice: <b>{long_en(nd)}</b>"),
        ("addr", ["DESMOND A WHITFIELD", "88 BRANTLEY HOLLOW RD", "CAMP HILL PA 17011"]),
        ("title", "Notice of Adverse Benefit Determination"),
        ("kv", [("Subscriber", "Desmond A. Whitfield"), ("Subscriber ID", "NMH-448207113-01"),
                ("Patient", "Tobias R. Whitfield"), ("Patient ID", "NMH-448207113-03"),
                ("Patient date of birth", "06/14/2002"), ("Group", "Caldera Foods, Inc. - No. 0071842"),
                ("Claim number", "2026-318-447702"), ("Claim received", "October 29, 2026"),
                ("Provider", "Lakeshore Infusion and Wellness, LLC"), ("Diagnosis on the claim", "F33.2")], 2),
        ("p", "We processed the claim above for care your son received. We paid one line and denied the others:"),
        ("grid", ["Service date", "Code", "What it is (our words)", "Billed", "Plan paid", "Adjustment"], [
            [mdy(D("2026-09-28")), "99205", "first visit with the prescriber", "$410.00", "$188.88", "PR-3 $40.00"],
            [mdy(sv[0]), "96365", "IV infusion, first hour", "$725.00", "$0.00", "CO-50"],
            [mdy(sv[0]), "J3490", "drug given in the infusion (ketamine)", "$95.00", "$0.00", "CO-50"],
            [mdy(sv[1]), "96365", "IV infusion, first hour", "$725.00", "$0.00", "CO-50"],
            [mdy(sv[1]), "J3490", "drug given in the infusion (ketamine)", "$95.00", "$0.00", "CO-50"],
            [mdy(sv[2]), "96365", "IV infusion, first hour", "$725.00", "$0.00", "CO-50"],
            [mdy(sv[2]), "J3490", "drug given in the infusion (ketamine)", "$95.00", "$0.00", "CO-50"]]),
        ("p", "<b>Why we denied the infusions.</b> A psychiatrist who reviews claims for us compared the records with "
              "our medical policy for intravenous ketamine (MP-217). The policy asks for four failed medication trials "
              "of adequate dose and length; the records show two. For this reason the infusions are <b>not medically "
              "necessary</b> under the terms of the plan. You may ask for a free copy of MP-217, the reviewer's notes "
              "and every document we used."),
        ("p", "<b>Your plan.</b> Your coverage is an insured employer group health plan provided through Caldera "
              "Foods, Inc. and governed by the Employee Retirement Income Security Act (ERISA)."),
        ("p", "<b>How to appeal.</b> You have 180 days from the date you receive this notice to ask for an appeal. "
              "Write to us and say why you disagree; include any records or a letter from the treating doctor. "
              "Send your appeal to:"),
        ("addr", ["Northfield Mutual Health Insurance Company", "Member Appeals, Mail Stop 4B", "P.O. Box 77015",
                  "Harrisburg, PA 17106-7015"]),
        ("p", "Appeals may also be faxed to 1-555-0143. Do not send appeals to the claims address, P.O. Box 77001. If "
              "waiting would seriously harm your son's health, ask for a fast appeal: we decide those within 72 "
              "hours. After our final decision you may ask for an independent external review within four months. "
              "You may also bring a civil action under section 502(a) of ERISA. Questions: 1-555-0141."),
        ("small", "Language help: call 1-555-0141. " + FICT),
    ],
    key={"patient_name": "Tobias R. Whitfield", "member_id": "NMH-448207113-03", "claim_number": "2026-318-447702",
         "notice_date": nd.isoformat(), "service_dates": [x.isoformat() for x in sv],
         "procedure_codes": ["96365", "J3490"], "diagnosis_codes": ["F33.2"], "carc_codes": ["CO-50"],
         "denial_category": "medical_necessity", "plan_type": "employer_erisa", "urgent": False},
    anchors={"notice_date": long_en(nd), "service_dates": [mdy(x) for x in sv], "category": "not medically necessary",
             "plan_type": "governed by the Employee Retirement Income Security Act (ERISA)"},
    deadline=("days", 180, "You have 180 days from the date you receive this notice to ask for an appeal"),
    address_parts=["Northfield Mutual Health Insurance Company", "Member Appeals, Mail Stop 4B", "P.O. Box 77015",
                   "Harrisburg, PA 17106-7015"],
    note="FICTIONAL. An insured employer (ERISA) plan's denial of the son's IV ketamine on three days (96365, J3490; "
         "F33.2) as not medically necessary (CO-50). A phone photo on a speckled stone counter of a page with pencil "
         "notes in the margins. Window stated: 180 days from receipt. Traps: the subscriber father (addressee, -01), "
         "DOB 06/14/2002, claim received October 29, a paid first visit (99205, 09/28, PR-3), the claims PO box, 72 "
         "hours, four months, the pencilled date 12/02 and reference number.",
)

# ------------------------------------------------------------------------------------------------ 02
nd = D("2026-10-30")
sv = [D("2026-09-08"), D("2026-09-09"), D("2026-09-10"), D("2026-09-11")]
add(
    num="02", traps=['2026-10-19', '2026-10-27', '2026-06-22', 'MPL-40017'],
    slug="self-funded-tpa-tms-session-limit-sheet-fed-scan-png", ext=".png",
    kind="image:adf_misregister",
    style={"font": "sans", "size": 8.8, "margin": 0.7, "accent": "#0d5c4a", "grid_head": "#d9ece6"},
    blocks=[
        ("head", ["Keystone Benefit Administrators, LLC",
                  "Third-party administrator for self-funded employer health plans",
                  "Claims: P.O. Box 30411, Lancaster, PA 17605-0411 | Customer care 1-555-0150 | " + FICT]),
        ("kv", [("Date", long_en(nd)), ("Plan", "Marrow & Pike Logistics Employee Medical Plan"),
                ("Participant", "Lorraine M. Castellanos-Reyes"), ("Participant ID", "KBA 7730 5521 00"),
                ("Claim No.", "26293-00815-C"), ("Group", "MPL-40017"),
                ("Received", "10/19/2026"), ("Processed", "10/27/2026"),
                ("Provider", "Susquehanna TMS Associates"), ("Plan year", "01/01/2026 - 12/31/2026")], 2),
        ("title", "Explanation of Adverse Benefit Determination"),
        ("p", "Dear Ms. Castellanos-Reyes: Keystone Benefit Administrators administers claims for the Marrow & Pike "
              "Logistics Employee Medical Plan, a self-funded group health plan governed by ERISA. Keystone does not "
              "insure the Plan; the employer pays its claims. The Plan has denied the services below."),
        ("grid", ["Date of service", "Procedure", "Diagnosis", "Units", "Charge", "Allowed", "Reason"], [
            [mdy(sv[0]), "90869", "F33.1", "1", "$520.00", "$0.00", "CO-119"],
            [mdy(sv[0]), "90868", "F33.1", "1", "$410.00", "$0.00", "CO-119"],
            [mdy(sv[1]), "90868", "F33.1", "1", "$410.00", "$0.00", "CO-119"],
            [mdy(sv[2]), "90868", "F33.1", "1", "$410.00", "$0.00", "CO-119"],
            [mdy(sv[3]), "90868", "F33.1", "1", "$410.00", "$0.00", "CO-119"]]),
        ("p", "<b>Reason:</b> CO-119, benefit maximum for this period has been reached. The Plan covers up to 36 "
              "sessions of transcranial magnetic stimulation per plan year (Summary Plan Description, Schedule of "
              "Benefits, page 14). The Plan has paid 36 sessions in this plan year, the last on 06/22/2026, so these "
              "sessions are over the annual benefit maximum. The Plan's exception process for a longer course is in "
              "Section 7.4 of the Summary Plan Description."),
        ("p", "<b>Your right to appeal.</b> You may appeal this determination. How long you have to file, and what "
              "the Plan must do, are set out in Section 11 (Claims and Appeals) of your Summary Plan Description; "
              "ask us for a free copy. You may ask for, free of charge, copies of all documents relevant to your "
              "claim, and you may submit comments and records. Mail a written appeal to:"),
        ("addr", ["Marrow & Pike Logistics Employee Medical Plan", "c/o Keystone Benefit Administrators, LLC",
                  "Appeals Coordinator", "1450 Ridgeline Parkway, Suite 300", "Lancaster, PA 17601"]),
        ("p", "Please do not mail appeals to the claims post office box above. Urgent care appeals may be made by "
              "telephone at 1-555-0151 and are decided within 72 hours. If the final decision is adverse you may "
              "have a right to external review and to bring a civil action under ERISA section 502(a). The Employee "
              "Benefits Security Administration can help: 1-555-0152."),
        ("small", "Marrow & Pike Logistics, Human Resources, 77 Depot Street, York, PA 17401 handles enrollment only. "
                  + FICT),
    ],
    key={"patient_name": "Lorraine M. Castellanos-Reyes", "member_id": "KBA 7730 5521 00",
         "claim_number": "26293-00815-C", "notice_date": nd.isoformat(),
         "service_dates": [x.isoformat() for x in sv], "procedure_codes": ["90869", "90868"],
         "diagnosis_codes": ["F33.1"], "carc_codes": ["CO-119"], "denial_category": "benefit_limit",
         "plan_type": "employer_erisa", "urgent": False},
    anchors={"notice_date": long_en(nd), "service_dates": [mdy(x) for x in sv], "category": "benefit maximum",
             "plan_type": "a self-funded group health plan governed by ERISA"},
    deadline=("rule", "employer_erisa"),
    address_parts=["Marrow & Pike Logistics Employee Medical Plan", "c/o Keystone Benefit Administrators, LLC",
                   "Appeals Coordinator", "1450 Ridgeline Parkway, Suite 300", "Lancaster, PA 17601"],
    note="FICTIONAL. A TPA's letter for a self-funded employer (ERISA) plan denying four TMS days (90869, 90868; F33.1) "
         "over the plan's 36-session annual maximum (CO-119): benefit_limit. A sheet-fed scanner's PNG: the page "
         "sheared as it fed, the colour rows misregistered, one stretched band where the roller hesitated. No window "
         "printed (the SPD's Section 11): ERISA rule, 180 days from the notice. Traps: received 10/19, processed "
         "10/27, the last paid session 06/22, plan year dates, group number, the claims PO box, HR's address, 72 hours.",
)

# ------------------------------------------------------------------------------------------------ 03
nd = D("2026-11-24")


def html_03(nd=nd):
    letter = [
        ("p", f"<b>Date of letter:</b> {long_en(nd)}"),
        ("p", "Imani Okonkwo-Hart<br>4120 Mistletoe Bend<br>Macon, GA 31204"),
        ("p", "<b>Member ID:</b> PRH90431776 &nbsp; <b>Plan:</b> Ridge Silver 2500, an individual plan bought "
              "through the Health Insurance Marketplace"),
        ("p", "<b>Request number:</b> PA-2611-30418 &nbsp; <b>Received:</b> 11/17/2026"),
        ("p", "<b>Service asked for:</b> esketamine nasal spray given in the prescriber's office (J0013, 84 units per "
              "session, twice weekly for four weeks) for major depressive disorder, recurrent, severe (F33.2); "
              "asked-for start date December 1, 2026."),
        ("p", "<b>Our decision: denied.</b> Esketamine is covered under our step therapy rule (Clinical Policy "
              "RX-114) only after the member has tried two oral antidepressants from different classes and one "
              "augmentation drug, each for at least six weeks. The request shows sertraline and bupropion but no "
              "augmentation trial, so the step therapy requirement is not met. Your prescriber may send the records "
              "of an augmentation trial or the reason one would be unsafe."),
        ("p", "<b>Your right to appeal.</b> You have 180 days from the date you receive this letter to ask for an "
              "internal appeal. Your doctor or someone you name may appeal for you. Mail or fax your appeal to:"),
        ("p", "Piedmont Ridge Health<br>Attn: Grievance and Appeals Department<br>P.O. Box 49310<br>"
              "Atlanta, GA 30359-1310<br>Fax 1-555-0163"),
        ("p", "If your health could be seriously harmed by waiting, ask for an expedited appeal; we answer those "
              "within 72 hours. If we uphold this denial you may ask for an external review within 4 months. The "
              "Georgia consumer assistance office can help at 1-555-0164."),
        ("p", "Sincerely, Pharmacy Utilization Review, Piedmont Ridge Health. " + FICT),
    ]
    body = "\n".join(f"<p>{b[1]}</p>" for b in letter)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Coverage decisions - Piedmont Ridge Health member portal (FICTIONAL)</title>
<style>body{{font-family:Verdana,sans-serif;font-size:13px;margin:0}} .bar{{background:#27415e;color:#fff;padding:8px 16px}}
.side{{float:left;width:210px;background:#f1f3f6;padding:10px;min-height:600px}} .main{{margin-left:240px;padding:10px 20px}}
table.list td,table.list th{{border-bottom:1px solid #ccd;padding:4px 8px;text-align:left}} .letter{{border:1px solid #bbb;padding:14px 22px;max-width:720px}}
@media print{{.side{{display:none}}}}</style>
<script>window.portalState={{"lastLogin":"2026-12-04T20:10:00","cachedDecision":{{"id":"PA-2609-11876","date":"2026-09-21"}}}};</script>
</head><body>
<div class="bar">Piedmont Ridge Health &middot; Member portal &middot; FICTIONAL sample page &middot; Printed 12/04/2026 8:12 PM</div>
<div class="side"><b>Viewing:</b> Imani Okonkwo-Hart (Subscriber)<br><a href="#">Switch to Jalen Hart (Dependent)</a><hr>
<a href="#">Home</a><br><a href="#">Claims</a><br><a href="#">Coverage decisions</a><br><a href="#">ID cards</a><br><a href="#">Messages (2)</a>
<hr><small>Message 11/25/2026: "Your decision letter is ready."<br>Message 09/22/2026: "Request PA-2609-11876 approved."</small></div>
<div class="main">
<h1>Coverage decisions</h1>
<table class="list"><tr><th>Request</th><th>Service</th><th>Received</th><th>Decided</th><th>Status</th></tr>
<tr><td>PA-2611-30418</td><td>Esketamine nasal spray (J0013)</td><td>11/17/2026</td><td>11/24/2026</td><td><b>Denied</b></td></tr>
<tr><td>PA-2609-11876</td><td>Psychotherapy, 24 visits (90834)</td><td>09/14/2026</td><td>09/21/2026</td><td>Approved</td></tr>
</table>
<h2>Decision letter for PA-2611-30418</h2>
<div class="letter">
<h3>Notice of Denial of a Prior Authorization Request</h3>
{body}
</div>
<div hidden>Draft letter (not sent): Date of letter: October 2, 2026. Request number: PA-2610-00001.</div>
<p style="font-size:11px;color:#666">Piedmont Ridge Health, 900 Peachtree Landing, Atlanta, GA 30308 (offices; not for appeals). Web: members.piedmontridge.example</p>
</div></body></html>
"""


add(
    num="03", traps=['2026-12-04', '2026-11-17', '2026-12-01', 'PA-2609-11876', '90834', '2026-10-02', '2026-09-21'],
    slug="marketplace-esketamine-step-therapy-request-portal-html", ext=".html", kind="html",
    html=html_03,
    key={"patient_name": "Imani Okonkwo-Hart", "member_id": "PRH90431776", "claim_number": "PA-2611-30418",
         "notice_date": nd.isoformat(), "procedure_codes": ["J0013"], "diagnosis_codes": ["F33.2"],
         "denial_category": "step_therapy", "plan_type": "individual_aca", "urgent": False},
    anchors={"notice_date": long_en(nd), "service_dates": [], "category": "step therapy requirement is not met",
             "plan_type": "an individual plan bought through the Health Insurance Marketplace"},
    deadline=("days", 180, "You have 180 days from the date you receive this letter to ask for an internal appeal"),
    address_parts=["Piedmont Ridge Health", "Attn: Grievance and Appeals Department", "P.O. Box 49310",
                   "Atlanta, GA 30359-1310"],
    note="FICTIONAL. A Marketplace plan's portal page, saved: a list of two coverage decisions, the decision letter "
         "for the denied request (esketamine in the office, J0013; F33.2) by step therapy, before care. Window "
         "stated: 180 days from receipt. Traps: printed 12/04, received 11/17, the start date December 1, the approved "
         "psychotherapy request and its dates, the dependent's tab, a script's cached decision, a hidden draft "
         "letter, the offices' address, 72 hours, 4 months.",
)

# ------------------------------------------------------------------------------------------------ 04
nd = D("2026-10-21")
sv = [D("2026-08-03"), D("2026-08-05"), D("2026-08-07")]
add(
    num="04", traps=['900417265', '2026-10-22', '2026-09-12'],
    slug="student-plan-ect-out-of-network-chromatic-aberration-photo", ext=".jpg",
    kind="image:chromatic",
    style={"font": "dsans", "size": 8.4, "margin": 0.7, "accent": "#7a1f2b", "grid_head": "#f3e3e5"},
    blocks=[
        ("head", ["Brightwater University Student Health Insurance Plan",
                  "Underwritten by Aldercrest Life & Health Insurance Company | Claims administered by CampusCare "
                  "Claims Services | 1-555-0170", FICT]),
        ("kv", [("Notice date", mdy(nd)), ("Printed", "10/22/2026 04:10"),
                ("Insured student", "Anjali Suresh Kapoor-Lind"), ("Member ID", "AHC-55310942"),
                ("Student ID", "900417265"), ("Policy period", "08/15/2025 - 08/14/2026"),
                ("Claim", "E26-0912-33581"), ("Claim received", "09/12/2026")], 2),
        ("title", "Claim Determination: Services Not Covered at the Out-of-Network Level"),
        ("p", "Saint Brendan's Hospital in Dayton, Ohio billed the plan for the treatments below, given while you were "
              "at home for the summer break. Saint Brendan's is not a participating provider in the plan's network, "
              "and this plan pays for care from non-network providers only in an emergency. These were planned "
              "treatments, not emergency care, so the claim was denied as <b>out of network</b>."),
        ("grid", ["Date", "Service code", "Diagnosis", "Charge", "Paid", "Code"], [
            [mdy(sv[0]), "90870", "F31.4", "$1,840.00", "$0.00", "CO-242"],
            [mdy(sv[1]), "90870", "F31.4", "$1,840.00", "$0.00", "CO-242"],
            [mdy(sv[2]), "90870", "F31.4", "$1,840.00", "$0.00", "CO-242"]]),
        ("p", "CO-242: services not provided by network or primary care providers. If no network provider could give "
              "this treatment within a reasonable distance, you may ask us to cover it as a network exception."),
        ("p", "This plan is a student health insurance plan, a form of individual health insurance coverage under the "
              "Affordable Care Act."),
        ("p", "<b>Appeal deadline: April 19, 2027.</b> You may appeal within 180 days after you receive this notice; "
              "appeals received by April 19, 2027 are timely. Send a written appeal to:"),
        ("addr", ["Brightwater University SHIP Appeals", "c/o CampusCare Claims Services", "PO Box 2250",
                  "Ann Arbor, MI 48106-2250"]),
        ("p", "The Student Health Center (1 University Circle, Room 140) can help you with forms but cannot accept "
              "appeals. Urgent appeals are decided within 72 hours. After the plan's final decision you may ask for "
              "an external review within 4 months."),
        ("small", FICT),
    ],
    key={"patient_name": "Anjali Suresh Kapoor-Lind", "member_id": "AHC-55310942", "claim_number": "E26-0912-33581",
         "notice_date": nd.isoformat(), "service_dates": [x.isoformat() for x in sv], "procedure_codes": ["90870"],
         "diagnosis_codes": ["F31.4"], "carc_codes": ["CO-242"], "denial_category": "out_of_network",
         "plan_type": "individual_aca", "urgent": False},
    anchors={"notice_date": mdy(nd), "service_dates": [mdy(x) for x in sv], "category": "out of network",
             "plan_type": "student health insurance plan"},
    deadline=("date", "April 19, 2027", "Appeal deadline: April 19, 2027"),
    address_parts=["Brightwater University SHIP Appeals", "c/o CampusCare Claims Services", "PO Box 2250",
                   "Ann Arbor, MI 48106-2250"],
    note="FICTIONAL. A student health plan's denial of three ECT treatments (90870; F31.4) at a non-network hospital "
         "(CO-242). A phone photo through a lens with lateral chromatic aberration (colour fringes growing to the "
         "edges), vignetting, on a grey cushion. Deadline stated as a date (April 19, 2027, which is also 180 days "
         "from the notice). Traps: printed 10/22, student ID, policy period dates, claim received 09/12, the health "
         "center's room, 72 hours, 4 months.",
)

# ------------------------------------------------------------------------------------------------ 05
nd = D("2026-11-09")
add(
    num="05", traps=['7TR4-JK8-PN62', '1951-03-02', '2026-10-27'],
    slug="medicare-advantage-spinal-cord-stimulator-trial-no-auth-text-pdf", ext=".pdf", kind="pdf",
    style={"font": "sans", "size": 10, "margin": 0.9, "accent": "#184d2e", "center_title": True},
    blocks=[
        ("head", ["Tallgrass Senior Health Plans", "Golden Prairie Medicare Advantage (HMO)",
                  "Member Services 1-555-0180 (TTY 711), 8 a.m. to 8 p.m., seven days a week"]),
        ("title", "NOTICE OF DENIAL OF PAYMENT"),
        ("small", FICT + " Modelled loosely on the shape of a Medicare health plan payment denial."),
        ("kv", [("Date", long_en(nd)), ("Member name", "Harold Q. Vandermeer"), ("Member ID", "TSH0048817265"),
                ("Medicare Number", "7TR4-JK8-PN62"), ("Date of birth", "03/02/1951"),
                ("Claim number", "MA-26-1103-7789"), ("Provider", "Flint Hills Spine and Pain, P.A."),
                ("Date of service", long_en(D("2026-10-14"))), ("Claim received", long_en(D("2026-10-27")))]),
        ("p", "<b>We have denied payment of $9,460.00 for the following services:</b>"),
        ("grid", ["Service", "Code", "Diagnosis", "Amount", "Adjustment"], [
            ["trial placement of spinal cord stimulator leads (2 leads)", "63650", "M96.1, G89.4", "$8,940.00", "CO-197"],
            ["programming of the trial stimulator", "95972", "M96.1, G89.4", "$520.00", "CO-197"]], None),
        ("p", "<b>Why we denied your request.</b> Your plan covers a spinal cord stimulator trial only when it is "
              "approved in advance. We have no record of a prior authorization request from your provider before "
              "the trial on October 14, 2026. The services were denied because prior authorization was not obtained. "
              "Because Flint Hills Spine and Pain is a network provider, you do not have to pay for these services "
              "beyond your usual cost sharing."),
        ("p", "<b>You have the right to appeal our decision.</b> You have the right to ask Tallgrass Senior Health "
              "Plans to review our decision by asking us for an appeal (a reconsideration). You must ask within 65 "
              "days from the date of this notice. We can give you more time if you have a good reason for missing "
              "the deadline."),
        ("p", "<b>How to ask for an appeal.</b> Mail or deliver your written request to:"),
        ("addr", ["Tallgrass Senior Health Plans", "Appeals and Grievances Department", "8800 Meridian Loop, Room 210",
                  "Wichita, KS 67226"]),
        ("p", "You may also fax it to 1-555-0182. We will decide a payment appeal within 60 days. Fast appeals are "
              "for care you have not received; a request about payment for care you already had cannot be "
              "expedited. If we decide against you, your case is sent automatically to an Independent Review Entity."),
        ("p", "<b>Get help.</b> Your State Health Insurance Assistance Program: 1-555-0184. Medicare: 1-555-0185."),
        ("small", "Tallgrass Senior Health Plans is an HMO with a Medicare contract. Claims office: P.O. Box 2071, "
                  "Wichita, KS 67201 (do not send appeals here). " + FICT),
    ],
    key={"patient_name": "Harold Q. Vandermeer", "member_id": "TSH0048817265", "claim_number": "MA-26-1103-7789",
         "notice_date": nd.isoformat(), "service_dates": ["2026-10-14"], "procedure_codes": ["63650", "95972"],
         "diagnosis_codes": ["M96.1", "G89.4"], "carc_codes": ["CO-197"], "denial_category": "prior_authorization",
         "plan_type": "medicare_advantage", "urgent": False},
    anchors={"notice_date": long_en(nd), "service_dates": [long_en(D("2026-10-14"))],
             "category": "prior authorization was not obtained", "plan_type": "Medicare Advantage (HMO)"},
    deadline=("days", 65, "You must ask within 65 days from the date of this notice"),
    address_parts=["Tallgrass Senior Health Plans", "Appeals and Grievances Department", "8800 Meridian Loop, Room 210",
                   "Wichita, KS 67226"],
    note="FICTIONAL. A Medicare Advantage HMO's notice of denial of payment for a spinal cord stimulator trial (63650, "
         "95972; M96.1, G89.4) with no prior authorization (CO-197). Text PDF. Window stated: 65 days from the "
         "notice. Traps: Medicare Number, DOB 03/02/1951, claim received October 27, 60 days to decide, fast appeals "
         "(not this one), IRE, the claims PO box.",
)

# ------------------------------------------------------------------------------------------------ 06
nd = D("2026-11-18")


def eml_06(nd=nd):
    blocks = [
        ("p", "FICTIONAL SAMPLE MESSAGE - invented plan, people and numbers."),
        ("p", "Dear Margaret E. Oyelaran,"),
        ("p", "A copy of your coverage decision letter is below. A paper copy is also being mailed to you."),
        ("rule",),
        ("title", "Notice of Denial of Medicare Prescription Drug Coverage"),
        ("kv", [("Date", long_en(nd)), ("Member", "Margaret E. Oyelaran"), ("Member ID", "RBX-30291857"),
                ("Medicare Number", "5KD2-PX7-WT40"), ("Case number", "CD-2026-1118-00462"),
                ("Request received", "11/17/2026 3:05 PM"), ("Prescriber", "Dr. Yusuf Adeyemi-Clarke"),
                ("Plan", "Riverbend Rx Plus (PDP), a Medicare Part D prescription drug plan")]),
        ("p", "We denied your request for coverage of dextromethorphan-bupropion extended-release tablets "
              "(45 mg/105 mg, 60 tablets per 30 days)."),
        ("p", "<b>Why:</b> this drug is not on our Drug List (formulary). Your prescriber did not send a statement "
              "that the drugs on our Drug List for depression would not work as well for you or would cause you harm. "
              "You or your prescriber may ask for a formulary exception with that statement."),
        ("p", "<b>How we decided:</b> your prescriber asked for a fast decision, and we made this decision on an "
              "expedited (fast) basis, within 24 hours of receiving the request."),
        ("p", "<b>Your right to a redetermination (appeal).</b> You have 65 days from the date of this notice to ask "
              "us for a redetermination. If you or your prescriber believe waiting 7 days could seriously harm your "
              "health, ask for a fast redetermination; we will answer within 72 hours. Send a written request to:"),
        ("addr", ["Riverbend Rx Plus", "Part D Appeals Unit", "P.O. Box 61180", "Tulsa, OK 74121-1180"]),
        ("p", "or fax 1-555-0192. If we do not decide in your favour, you may ask an Independent Review Entity to "
              "review our decision."),
        ("small", "Pharmacy help desk (not for appeals): RxBIN 019944, PCN RBXPD, 1-555-0190. Prescriber fax on file: "
                  "1-555-0193. " + FICT),
    ]
    plain = render.text(blocks)
    html = "<html><body>" + render.html_body(blocks, "Georgia, serif") + "</body></html>"
    return render.make_eml([
        ("From", "Riverbend Rx Plus <coverage-decisions@riverbendrx.example>"),
        ("To", "Margaret Oyelaran <m.oyelaran@mailbox.example>"),
        ("Subject", "Your coverage decision (case CD-2026-1118-00462) - FICTIONAL"),
        ("Date", "Thu, 19 Nov 2026 06:14:22 -0600"),
        ("Message-ID", "<20261119061422.00462@riverbendrx.example>"),
    ], plain, html, "=_rbx_0462")


add(
    num="06", traps=['2026-11-19', '2026-11-17', '5KD2-PX7-WT40'],
    slug="part-d-non-formulary-expedited-email", ext=".eml", kind="eml", eml=eml_06,
    key={"patient_name": "Margaret E. Oyelaran", "member_id": "RBX-30291857", "claim_number": "CD-2026-1118-00462",
         "notice_date": nd.isoformat(), "denial_category": "not_covered", "plan_type": "medicare_part_d",
         "urgent": True},
    anchors={"notice_date": long_en(nd), "service_dates": [], "category": "this drug is not on our Drug List (formulary)",
             "plan_type": "a Medicare Part D prescription drug plan",
             "urgent": "we made this decision on an expedited (fast) basis"},
    deadline=("days", 65, "You have 65 days from the date of this notice to ask us for a redetermination"),
    address_parts=["Riverbend Rx Plus", "Part D Appeals Unit", "P.O. Box 61180", "Tulsa, OK 74121-1180"],
    note="FICTIONAL. A Part D plan e-mails its expedited coverage determination: a non-formulary antidepressant "
         "(not_covered; no codes, no dates of care). multipart/alternative, quoted-printable. Urgent: decided on an "
         "expedited basis. Window stated: 65 days from the notice. Traps: Date header Nov 19, received 11/17 3:05 PM, "
         "Medicare Number, 7 days, 72 hours, RxBIN/PCN, prescriber fax.",
)

# ------------------------------------------------------------------------------------------------ 07
nd = D("2026-11-20")
sv = [D("2026-08-04"), D("2026-08-11"), D("2026-08-18")]
add(
    num="07", traps=['2026-12-03', '2026-08-31', '2026-09-29'],
    slug="original-medicare-redetermination-psychotherapy-auto-reduced-fax", ext=".tif",
    kind="image:fax_autoreduce",
    style={"font": "mono", "size": 8.6, "margin": 0.65, "accent": "#000000", "grid_head": "#ffffff"},
    device_args={"tti": "DEC-03-2026 16:42  FROM FENWICK PSYCHOLOGY GRP 1-555-0147  TO 15550162   P.01/01",
                 "footer": "RX 12/03/2026 16:43  AUTO REDUCED 93%  ECM OK"},
    blocks=[
        ("head", ["MEDICARE REDETERMINATION NOTICE",
                  "Prairie States Medicare Administrative Services - Jurisdiction 9X, Part B",
                  "PO Box 6620, Des Moines, IA 50306 (correspondence) - 1-555-0160 - " + FICT]),
        ("kv", [("Date of this notice", long_en(nd)), ("Beneficiary", "Eleanor J. Pruitt-Adair"),
                ("Medicare Number", "3WD5-GH1-QY84"), ("Claim number", "2226286104550"),
                ("Provider", "Fenwick Psychology Group, PLLC"), ("Initial determination", "08/31/2026"),
                ("Redetermination request received", "09/29/2026")]),
        ("p", "Dear Ms. Pruitt-Adair: This letter is about your request for a redetermination of Medicare Part B "
              "(Original Medicare) payment for the services below. A different person from the one who made the "
              "first decision reviewed your request."),
        ("grid", ["Date of service", "Procedure", "Diagnosis", "Billed", "Decision"], [
            [mdy(sv[0]), "90837", "F33.1", "$190.00", "unfavorable"],
            [mdy(sv[1]), "90837", "F33.1", "$190.00", "unfavorable"],
            [mdy(sv[2]), "90837", "F33.1", "$190.00", "unfavorable"]]),
        ("p", "<b>Decision: unfavorable.</b> Medicare will not pay for these services. The records show weekly "
              "sessions of 60 minutes after 26 earlier sessions, with no updated treatment plan, goals or measures "
              "of progress. Without them the services are not medically necessary as Medicare defines it "
              "(reasonable and necessary, Social Security Act section 1862(a)(1)(A)). Your provider accepted "
              "assignment; you may not be billed for these services."),
        ("p", "<b>If you disagree: reconsideration by a Qualified Independent Contractor.</b> You must file your "
              "request within 180 days of receiving this notice. We presume you received it 5 days after the date "
              "above. You filed your redetermination request within the 120 days allowed for that level. Send your "
              "request for reconsideration (form CMS-20033 or a letter) to:"),
        ("addr", ["Harborline QIC, Part B West", "Reconsideration Unit", "P.O. Box 31052", "Columbus, OH 43231-1052"]),
        ("p", "Do not send it to us. After the QIC decides you may ask for a hearing before an Administrative Law "
              "Judge within 60 days. Questions: 1-555-0161. " + FICT),
    ],
    key={"patient_name": "Eleanor J. Pruitt-Adair", "member_id": "3WD5-GH1-QY84", "claim_number": "2226286104550",
         "notice_date": nd.isoformat(), "service_dates": [x.isoformat() for x in sv], "procedure_codes": ["90837"],
         "diagnosis_codes": ["F33.1"], "denial_category": "medical_necessity", "plan_type": "medicare",
         "urgent": False},
    anchors={"notice_date": long_en(nd), "service_dates": [mdy(x) for x in sv], "category": "not medically necessary",
             "plan_type": "Medicare Part B (Original Medicare)"},
    deadline=("days", 180, "You must file your request within 180 days of receiving this notice"),
    address_parts=["Harborline QIC, Part B West", "Reconsideration Unit", "P.O. Box 31052", "Columbus, OH 43231-1052"],
    note="FICTIONAL. An Original Medicare redetermination notice (the second level: the contractor upheld its denial) "
         "of three psychotherapy sessions (90837; F33.1) as not medically necessary, faxed to the patient by the "
         "provider: a fine-mode fax sent crooked, which the receiving machine shrank to 93% of its height. The open "
         "step is the QIC's reconsideration: its 180 days (stated) and its address. Traps: the fax header and footer "
         "(DEC-03, 12/03), initial determination 08/31, request received 09/29, the 120 days already used, 5 days' "
         "presumed receipt, the ALJ's 60 days, the contractor's correspondence box, no CARC printed.",
)

# ------------------------------------------------------------------------------------------------ 08
nd = D("2026-12-01")
sv = [D("2026-10-06"), D("2026-10-08"), D("2026-10-10")]
add(
    num="08", traps=['R48219577', 'Raymond T. Ashdown', '2026-10-22'],
    slug="fehb-ketamine-crps-experimental-word", ext=".docx", kind="docx",
    style={"docx_font": "Cambria", "size": 10.5},
    docx_header=["Capitol Employees Benefit Plan", "A health plan of the Federal Employees Health Benefits Program",
                 "Claims: PO Box 40977, Washington, DC 20016 | 1-555-0120 | " + FICT],
    docx_footer="CEBP-ADV-0426 (FICTIONAL). Page 1.",
    blocks=[
        ("p", long_en(nd)),
        ("addr", ["Raymond T. Ashdown", "5517 Quarry Mill Terrace", "Silver Spring, MD 20906"]),
        ("kv", [("Enrollee", "Raymond T. Ashdown"), ("Enrollee ID", "R48219577"), ("Patient", "Celeste M. Ashdown"),
                ("Patient ID", "R48219577 02"), ("Relationship", "spouse"), ("Claim no.", "2026 1027 4410 8"),
                ("Date received", "10/22/2026"), ("Provider", "Chesapeake Regional Pain Institute")]),
        ("title", "Claim decision: not covered as experimental or investigational"),
        ("p", "Dear Mr. Ashdown: We reviewed the claim for intravenous ketamine given to your wife for complex "
              "regional pain syndrome. Our decision covers these lines:"),
        ("grid", ["Date", "Code", "Diagnosis", "Charge", "Benefit", "Reason"], [
            [mdy(sv[0]), "96365", "G90.59", "$690.00", "$0.00", "CO-55"],
            [mdy(sv[0]), "96366", "G90.59", "$240.00", "$0.00", "CO-55"],
            [mdy(sv[0]), "J3490", "G90.59", "$110.00", "$0.00", "CO-55"],
            [mdy(sv[1]), "96365", "G90.59", "$690.00", "$0.00", "CO-55"],
            [mdy(sv[1]), "96366", "G90.59", "$240.00", "$0.00", "CO-55"],
            [mdy(sv[1]), "J3490", "G90.59", "$110.00", "$0.00", "CO-55"],
            [mdy(sv[2]), "96365", "G90.59", "$690.00", "$0.00", "CO-55"],
            [mdy(sv[2]), "96366", "G90.59", "$240.00", "$0.00", "CO-55"],
            [mdy(sv[2]), "J3490", "G90.59", "$110.00", "$0.00", "CO-55"]]),
        ("p", "The Plan brochure (Section 6, General exclusions) excludes services that are experimental or "
              "investigational. Our medical director found that ketamine infusions for complex regional pain "
              "syndrome are experimental or investigational because the studies published so far are small and "
              "short. The reason code CO-55 means the same."),
        ("p", "<b>Reconsideration.</b> If you disagree, you must ask us in writing to reconsider within 6 months from "
              "the date of this decision. Include this letter, the reasons you believe the decision is wrong, and any "
              "evidence such as medical records or a physician's letter. Write to:"),
        ("addr", ["Capitol Employees Benefit Plan", "Reconsideration Unit", "1200 Constitution Row, Suite 540",
                  "Washington, DC 20019"]),
        ("p", "We will answer within 30 days. If we do not change our decision, you may ask the U.S. Office of "
              "Personnel Management to review it within 90 days of our reconsideration decision (OPM, Federal "
              "Employee Insurance Operations, Health Insurance 3). Do not send your request for reconsideration "
              "to OPM or to the claims post office box."),
        ("small", "Customer service: 1-555-0121. " + FICT),
    ],
    key={"patient_name": "Celeste M. Ashdown", "member_id": "R48219577 02", "claim_number": "2026 1027 4410 8",
         "notice_date": nd.isoformat(), "service_dates": [x.isoformat() for x in sv],
         "procedure_codes": ["96365", "96366", "J3490"], "diagnosis_codes": ["G90.59"], "carc_codes": ["CO-55"],
         "denial_category": "experimental_investigational", "plan_type": "fehb", "urgent": False},
    anchors={"notice_date": long_en(nd), "service_dates": [mdy(x) for x in sv],
             "category": "experimental or investigational",
             "plan_type": "Federal Employees Health Benefits Program"},
    deadline=("months", 6, "you must ask us in writing to reconsider within 6 months from the date of this decision"),
    address_parts=["Capitol Employees Benefit Plan", "Reconsideration Unit", "1200 Constitution Row, Suite 540",
                   "Washington, DC 20019"],
    note="FICTIONAL. An FEHB carrier's Word letter to the enrollee denying his wife's IV ketamine for CRPS on three "
         "days (96365, 96366, J3490; G90.59) as experimental (CO-55). Letterhead in the page header. Window stated: "
         "6 months from the decision. Traps: the enrollee (addressee) and his ID, the patient ID and claim number "
         "written with spaces, received 10/22, 30 days, OPM's 90 days, the claims PO box in the header.",
)

# ------------------------------------------------------------------------------------------------ 09
nd = D("2026-11-17")
add(
    num="09", traps=['1583092746', 'SSgt Miguel A. Bustamante', '2026-11-09'],
    slug="tricare-prime-tms-request-necessity-digital-zoom-photo", ext=".jpg", kind="image:digital_zoom",
    style={"font": "sans", "size": 10.2, "margin": 0.75, "accent": "#1c2f57"},
    blocks=[
        ("head", ["Lone Pine Health Partners", "TRICARE West Region contractor (FICTIONAL)",
                  "Referrals and authorizations | 1-555-0130"]),
        ("kv", [("Date", mil(nd)), ("Beneficiary", "Kaylee R. Bustamante"),
                ("DoD Benefits Number", "10437289161"), ("Sponsor", "SSgt Miguel A. Bustamante"),
                ("Sponsor DoD ID", "1583092746"), ("Program", "TRICARE Prime"),
                ("Authorization number", "W26-1109-004471"), ("Request received", mil(D("2026-11-09")))]),
        ("title", "Authorization denied"),
        ("p", "We denied the request from Cascade Mind TMS for transcranial magnetic stimulation (90867 once, then "
              "90868 for 29 sessions) to treat major depressive disorder, recurrent, moderate (F33.1)."),
        ("p", "TRICARE covers this treatment when the depression has not responded to at least two antidepressant "
              "trials and to psychotherapy. The records show one antidepressant trial. The treatment is "
              "<b>not medically necessary</b> under TRICARE policy at this time."),
        ("p", "<b>Reconsideration.</b> Your request for reconsideration must be postmarked or received within 90 days "
              "of the date of this letter. Send it with a copy of this letter to:"),
        ("addr", ["Lone Pine Health Partners", "Attn: Reconsiderations", "P.O. Box 88710", "Boise, ID 83708-8710"]),
        ("p", "An expedited reconsideration must be asked for within 3 calendar days. Help: your Beneficiary "
              "Counseling and Assistance Coordinator, 1-555-0131. " + FICT),
    ],
    key={"patient_name": "Kaylee R. Bustamante", "member_id": "10437289161", "claim_number": "W26-1109-004471",
         "notice_date": nd.isoformat(), "procedure_codes": ["90867", "90868"], "diagnosis_codes": ["F33.1"],
         "denial_category": "medical_necessity", "plan_type": "tricare", "urgent": False},
    anchors={"notice_date": mil(nd), "service_dates": [], "category": "not medically necessary",
             "plan_type": "TRICARE Prime"},
    deadline=("days", 90, "Your request for reconsideration must be postmarked or received within 90 days of the "
                          "date of this letter"),
    address_parts=["Lone Pine Health Partners", "Attn: Reconsiderations", "P.O. Box 88710", "Boise, ID 83708-8710"],
    note="FICTIONAL. A TRICARE Prime contractor's denial of a request for TMS (90867, 90868; F33.1) as not medically "
         "necessary, before care. A phone photo from across a desk with digital zoom: few real pixels enlarged, "
         "sharpening halos, JPEG. Military dates (17 NOV 2026). Window stated: 90 days from the letter. Traps: the "
         "sponsor and his DoD ID, request received 09 NOV, 29 sessions, 3 calendar days.",
)

# ------------------------------------------------------------------------------------------------ 10
nd = D("2026-10-26")
add(
    num="10", traps=['Samuel Delacroix-Moss', 'GSM-0442913-01', '26-2981-4469', '99213', 'I10', '2026-09-30', 'PR-3'],
    slug="church-plan-si-joint-injection-other-coverage-worn-drum-scan", ext=".jpg", kind="image:laser_drum",
    style={"font": "serif", "size": 8.7, "margin": 0.7, "accent": "#333333", "grid_head": "#e6e6e6"},
    blocks=[
        ("head", ["Good Shepherd Ministries Benefit Plan",
                  "A church plan not subject to ERISA | administered by Trinity Benefit Services",
                  "PO Box 5120, Franklin, TN 37068 | 1-555-0110 | " + FICT]),
        ("title", "Explanation of Benefits - Family Statement"),
        ("kv", [("Statement date", long_en(nd)), ("Member", "Samuel Delacroix-Moss"),
                ("Member ID", "GSM-0442913-01"), ("Claims received", "10/02/2026 - 10/16/2026")], 2),
        ("p", "<b>Claim 26-2981-4469</b> - Patient: Samuel Delacroix-Moss (GSM-0442913-01) - Cumberland Family "
              "Medicine - PAID"),
        ("grid", ["Date", "Code", "Diagnosis", "Billed", "Paid", "Note"], [
            ["09/30/2026", "99213", "I10", "$165.00", "$118.40", "PR-3 $25.00"]]),
        ("p", "<b>Claim 26-2981-4471</b> - Patient: Ruth Ann Delacroix-Moss (GSM-0442913-02) - Harpeth Valley Pain "
              "Center - DENIED"),
        ("grid", ["Date", "Code", "Diagnosis", "Billed", "Paid", "Note"], [
            ["09/17/2026", "27096", "M46.1", "$1,150.00", "$0.00", "CO-22"],
            ["09/17/2026", "J1040", "M46.1", "$42.00", "$0.00", "CO-22"]]),
        ("p", "<b>CO-22:</b> this care may be covered by another payer under coordination of benefits. Our records show "
              "Ruth Ann has other coverage through her employer (Tri-County Schools Employee Health Plan, policy "
              "55-81223) that pays before this Plan. Please send the claim to the other plan first, then send us its "
              "explanation of benefits. If the other coverage has ended, send us proof and we will reprocess the claim."),
        ("p", "<b>Questions and appeals.</b> This Plan's claims and appeal procedures are in Article IX of the Plan "
              "document, which you may ask for at no charge. To appeal this decision, write to:"),
        ("addr", ["Good Shepherd Ministries Benefit Plan", "Benefits Appeal Committee", "410 Vesper Lane",
                  "Nashville, TN 37215"]),
        ("p", "Include the claim number and the patient's name. Customer service: 1-555-0111. " + FICT),
    ],
    key={"patient_name": "Ruth Ann Delacroix-Moss", "member_id": "GSM-0442913-02", "claim_number": "26-2981-4471",
         "notice_date": nd.isoformat(), "service_dates": ["2026-09-17"], "procedure_codes": ["27096", "J1040"],
         "diagnosis_codes": ["M46.1"], "carc_codes": ["CO-22"], "denial_category": "coordination_of_benefits",
         "plan_type": "church", "urgent": False},
    anchors={"notice_date": long_en(nd), "service_dates": ["09/17/2026"],
             "category": "covered by another payer under coordination of benefits",
             "plan_type": "A church plan not subject to ERISA"},
    deadline=("rule", "church"),
    address_parts=["Good Shepherd Ministries Benefit Plan", "Benefits Appeal Committee", "410 Vesper Lane",
                   "Nashville, TN 37215"],
    note="FICTIONAL. A church plan's family statement: the member's own visit paid, his wife's sacroiliac joint "
         "injection (27096, J1040; M46.1) denied because other coverage pays first (CO-22). Scanned to e-mail as a "
         "grey JPEG from a laser print with a worn drum (a smudge every 94 mm) and a dirty charge wire (a grey "
         "stripe). No window printed (Article IX): the church plan rule, 180 days. Traps: the member's paid claim "
         "26-2981-4469 (09/30, 99213, I10), his -01 ID, claims received dates, the other plan's policy number, the "
         "administrator's PO box.",
)

# ------------------------------------------------------------------------------------------------ 11
nd = D("2026-11-04")
add(
    num="11", traps=['APL-26-1009', 'E-004418', '2026-09-12', '2026-07-29'],
    slug="county-plan-epidural-coding-second-level-dusty-glass-tiff", ext=".tif", kind="image:dusty_glass",
    style={"font": "dserif", "size": 8.4, "margin": 0.72, "accent": "#2b3d1f"},
    blocks=[
        ("head", ["Okanagan County Employee Health Benefit Plan",
                  "Claims administrator: Cascade Claims Administrators, 600 Orchard Ave, Wenatchee, WA 98801",
                  FICT]),
        ("p", long_en(nd)),
        ("addr", ["Delphine Nakashima-Ortiz", "1907 Sunnyslope Rd", "Omak, WA 98841"]),
        ("title", "Decision on Your First-Level Appeal"),
        ("kv", [("Member", "Delphine Nakashima-Ortiz"), ("Member ID", "OCE-20831547"), ("Employee ID", "E-004418"),
                ("Claim", "CCA-26-0719-5521"), ("Appeal", "APL-26-1009"), ("Date of service", "07/15/2026"),
                ("Appeal received", "September 12, 2026"), ("Original denial", "July 29, 2026")], 2),
        ("p", "You appealed the denial of the lumbar epidural steroid injection (62323) you received on July 15, "
              "2026. The claim lists the diagnosis M54.12, which describes nerve root irritation in the neck, for an "
              "injection in the lower back. The reviewer upheld the denial: the diagnosis on the claim is "
              "inconsistent with the procedure billed (CO-11), a billing and coding error. Your provider may send a "
              "corrected claim with the right diagnosis at any time, and we will reprocess it."),
        ("p", "The Plan is a governmental plan sponsored by Okanagan County for its employees and retirees; it is not "
              "governed by ERISA."),
        ("p", "<b>Second-level appeal.</b> You may request a second-level appeal within 60 days of the date of this "
              "letter. (The 180 days you had for the first appeal no longer apply.) Send it to:"),
        ("addr", ["Okanagan County Benefits Appeal Board", "c/o Human Resources - Benefits Division",
                  "200 Courthouse Plaza, Room 318", "Okanogan Falls, WA 98840"]),
        ("p", "After the Board's decision you may ask for an independent external review within 4 months. "
              "Do not send the second-level appeal to Cascade Claims Administrators. Questions: 1-555-0115. " + FICT),
    ],
    key={"patient_name": "Delphine Nakashima-Ortiz", "member_id": "OCE-20831547", "claim_number": "CCA-26-0719-5521",
         "notice_date": nd.isoformat(), "service_dates": ["2026-07-15"], "procedure_codes": ["62323"],
         "diagnosis_codes": ["M54.12"], "carc_codes": ["CO-11"], "denial_category": "coding_billing",
         "plan_type": "governmental", "urgent": False},
    anchors={"notice_date": long_en(nd), "service_dates": ["07/15/2026"],
             "category": "inconsistent with the procedure billed (CO-11), a billing and coding error",
             "plan_type": "a governmental plan sponsored by Okanagan County"},
    deadline=("days", 60, "You may request a second-level appeal within 60 days of the date of this letter"),
    address_parts=["Okanagan County Benefits Appeal Board", "c/o Human Resources - Benefits Division",
                   "200 Courthouse Plaza, Room 318", "Okanogan Falls, WA 98840"],
    note="FICTIONAL. A county employees' plan upholds, on a first-level appeal, the denial of a lumbar epidural "
         "injection (62323) billed with a neck diagnosis (M54.12; CO-11): coding. Scanned on dirty glass: dust, a "
         "hair, a scratch, a lamp fading to one side; 8-bit grey TIFF, 240 dpi. The open step is the second-level "
         "appeal: 60 days (stated) and the Board's address. Traps: the appeal number, employee ID, appeal received "
         "September 12, the original denial July 29, the first level's 180 days, 4 months, the administrator's "
         "street address.",
)

# ------------------------------------------------------------------------------------------------ 12
nd = D("2026-10-16")
sv = [D("2026-09-02"), D("2026-09-03"), D("2026-09-04")]
add(
    num="12", traps=['1988-02-11', '2026-08-31', '2026-10-18'],
    slug="medicaid-mco-tms-coverage-ended-stated-date-plain-text", ext=".txt", kind="txt",
    blocks=[
        ("head", ["BLUE HERON COMMUNITY HEALTH PLAN", "A Michigan Medicaid health plan",
                  "Member Services 1-555-0100  TTY 711", "*** FICTIONAL SAMPLE - invented plan, people, numbers ***"]),
        ("title", "Notice of Adverse Benefit Determination"),
        ("kv", [("Notice Date", mdy(nd)), ("Member", "Andre L. Fontenot"), ("Member ID", "0081742295"),
                ("Date of Birth", "02/11/1988"), ("Claim #", "4418-2026-00917"),
                ("Provider", "Great Lakes Neuromodulation, PC")]),
        ("p", "Dear Andre L. Fontenot: Blue Heron Community Health Plan has denied payment for these services:"),
        ("grid", ["Service Date", "Code", "Dx", "Reason"], [
            [mdy(x), "90868", "F33.2", "CO-27"] for x in sv]),
        ("p", "REASON: Our records show your enrollment in Blue Heron Community Health Plan ended on 08/31/2026, when "
              "your Medicaid case moved to another county. These expenses were incurred after coverage terminated "
              "(CO-27). If you were enrolled with us on these dates, send us proof (for example a letter from the "
              "Department) and we will reprocess the claim. Your Medicaid coverage itself continues; ask your new "
              "health plan about these dates."),
        ("p", "YOUR RIGHT TO APPEAL: Your appeal must be received by December 15, 2026. You, your provider or "
              "someone you choose may appeal. Mail or fax your appeal to:"),
        ("addr", ["Blue Heron Community Health Plan", "Appeals and Grievances", "3100 Riverside Commons Dr, Suite 12",
                  "Lansing, MI 48906"]),
        ("p", "Fax: 1-555-0103. If you want your benefits to continue during the appeal you must appeal within 10 "
              "days. If we uphold this decision, you may ask for a State Fair Hearing within 120 days of our appeal "
              "decision. Your Medicaid renewal is due 03/2027."),
        ("small", "*** FICTIONAL SAMPLE *** Saved from the member portal (Download as text) 10/18/2026."),
    ],
    key={"patient_name": "Andre L. Fontenot", "member_id": "0081742295", "claim_number": "4418-2026-00917",
         "notice_date": nd.isoformat(), "service_dates": [x.isoformat() for x in sv], "procedure_codes": ["90868"],
         "diagnosis_codes": ["F33.2"], "carc_codes": ["CO-27"], "denial_category": "other", "plan_type": "medicaid",
         "urgent": False},
    anchors={"notice_date": mdy(nd), "service_dates": [mdy(x) for x in sv],
             "category": "expenses were incurred after coverage terminated", "plan_type": "A Michigan Medicaid health plan"},
    deadline=("date", "December 15, 2026", "Your appeal must be received by December 15, 2026"),
    address_parts=["Blue Heron Community Health Plan", "Appeals and Grievances", "3100 Riverside Commons Dr, Suite 12",
                   "Lansing, MI 48906"],
    note="FICTIONAL. A Medicaid managed care plan's notice, saved from its portal as plain text (CRLF), denying three "
         "TMS days (90868; F33.2) because the member's enrollment had ended (CO-27): other (coverage ended). Deadline "
         "stated as a date: December 15, 2026 (60 days from the notice). Traps: DOB 02/11/1988, the enrollment end "
         "08/31/2026, 10 days, 120 days, renewal 03/2027, the save date 10/18/2026.",
)
