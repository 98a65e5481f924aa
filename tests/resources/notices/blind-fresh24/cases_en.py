"""English notices 01-12 of blind intake set 24. Everything here is FICTIONAL."""
from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Inches

FICT = "FICTIONAL SAMPLE: invented people, plans, providers and numbers."

CASES = []
SP12 = 30  # set below: the space that puts a line of print across the fax server's cut at letter length


def case(**kw):
    CASES.append(kw)
    return kw


# --------------------------------------------------------------------------------------------------------------
# 01 employer insured (ERISA), IV ketamine, not medically necessary; photo of a page askew on a slate counter
# --------------------------------------------------------------------------------------------------------------
case(
    num="01", slug="employer-insured-ketamine-necessity-photo-askew-slate-counter", lang="en", kind="image",
    ext=".jpg", device="askew_counter",
    pdf=dict(font="Sans", size=8.3, margins=0.5),
    blocks=[
        ("lh", ["Harborlight Health Insurance Company", "1 Wharf Plaza, Suite 900, Providence, RI 02903",
                "Member services 1-555-0142 &middot; www.harborlight.example"],
         ["FICTIONAL SAMPLE", "Group health coverage for", "Pemberton Glassworks, Inc. employees"]),
        ("bar", "Explanation of our decision on your claim", "#1f3a5f"),
        ("addr", ["Gareth L. Marsh", "58 Quarry Hill Road", "Cranston, RI 02920"]),
        ("kv", [("Date of this notice", "November 4, 2026"), ("Patient", "Delphine R. Okonkwo-Marsh (spouse)"),
                ("Patient member ID", "HLH 448 201 937-02"), ("Patient date of birth", "03/18/1979"),
                ("Claim number", "26-309-118842"),
                ("Subscriber", "Gareth L. Marsh"), ("Subscriber ID", "HLH 448 201 937-01"),
                ("Group number", "GRP 0071552"), ("Provider", "Narragansett Infusion and Wellness, LLC"),
                ("Patient account no.", "NIW-55190")], {"cols": 2, "box": True, "lw": 0.16}),
        ("h2", "How this claim moved through review"),
        ("timeline", [("Claim received", "Oct 14, 2026"), ("Clinical review", "Oct 29, 2026"),
                      ("Decision made", "Nov 2, 2026"), ("This notice mailed", "Nov 4, 2026")]),
        ("p", "Dear Gareth L. Marsh,"),
        ("p", "We processed the claim listed above for care your spouse received. We paid line 1. We denied lines 2 "
              "through 7. The table shows what we did with each line."),
        ("grid", ["Line", "Date of service", "Service and code", "Diagnosis", "Billed", "Plan paid", "Adjustment",
                  "Status"],
         [["1", "09/28/2026", "Psychiatric evaluation (90792)", "F33.2, F41.1", "$410.00", "$286.40", "PR-3 $40.00", "Paid"],
          ["2", "10/05/2026", "IV infusion, first hour (96365)", "F33.2", "$650.00", "$0.00", "CO-50", "Denied"],
          ["3", "10/05/2026", "Ketamine HCl 100 mg, NDC 70069-0103-01 (J3490)", "F33.2", "$95.00", "$0.00", "CO-50", "Denied"],
          ["4", "10/07/2026", "IV infusion, first hour (96365)", "F33.2", "$650.00", "$0.00", "CO-50", "Denied"],
          ["5", "10/07/2026", "Ketamine HCl 100 mg, NDC 70069-0103-01 (J3490)", "F33.2", "$95.00", "$0.00", "CO-50", "Denied"],
          ["6", "10/09/2026", "IV infusion, first hour (96365)", "F33.2", "$650.00", "$0.00", "CO-50", "Denied"],
          ["7", "10/09/2026", "Ketamine HCl 100 mg, NDC 70069-0103-01 (J3490)", "F33.2", "$95.00", "$0.00", "CO-50", "Denied"]],
         [0.04, 0.115, 0.335, 0.09, 0.085, 0.085, 0.13, 0.08]),
        ("h2", "Why we denied lines 2 through 7"),
        ("p", "Adjustment code CO-50 means we decided the service was not medically necessary. A psychiatrist on our "
              "medical staff compared the records we received with our medical policy BH-117, Ketamine infusion for "
              "depression. The policy asks for records of at least two adequate antidepressant trials and an "
              "augmentation trial before infusions start. The records sent with the claim show one trial. For that "
              "reason the infusions were not medically necessary under the policy. You can ask for a free copy of "
              "the policy, the records we used and the codes' meanings."),
        ("h2", "Your right to appeal"),
        ("p", "You have 180 days after you receive this notice to ask us for an internal appeal. Include the "
              "reasons you disagree and any records, such as a letter from the treating doctor. We decide a "
              "post-service appeal within 60 days of receiving it. If we keep our decision, you may ask for an "
              "independent external review within 4 months of our final decision. If waiting could seriously harm "
              "the patient's health, you may ask for an expedited appeal, which we decide within 72 hours."),
        ("p", "Your employer's group health plan is governed by the Employee Retirement Income Security Act "
              "(ERISA). Harborlight insures the plan's benefits. You also have the right to bring a civil action "
              "under section 502(a) of ERISA after you finish the appeal process."),
        ("p", "<b>Mail your appeal to:</b> Harborlight Health Insurance Company, Member Appeals, PO Box 40318, "
              "Providence, RI 02940-0318. Fax: 1-555-0147. Do not mail appeals to our claims address, PO Box 40102, "
              "Providence, RI 02940-0102, which takes new claims and corrected bills only."),
        ("small", "Help in other languages: call 1-555-0142. " + FICT + " Form HLH-EOB-1126."),
    ],
    key=dict(patient_name="Delphine R. Okonkwo-Marsh", member_id="HLH 448 201 937-02", claim_number="26-309-118842",
             notice_date="2026-11-04", service_dates=["2026-10-05", "2026-10-07", "2026-10-09"],
             procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"], carc_codes=["CO-50"],
             denial_category="medical_necessity", plan_type="employer_erisa", urgent=False,
             appeals_address="Harborlight Health Insurance Company, Member Appeals, PO Box 40318, Providence, RI 02940-0318"),
    deadline=("days", 180, "You have 180 days after you receive this notice to ask us for an internal appeal"),
    anchors=dict(notice_date="November 4, 2026", service_dates=["10/05/2026", "10/07/2026", "10/09/2026"],
                 denial_category="not medically necessary", plan_type="governed by the Employee Retirement Income Security Act",
                 urgent=None),
    note=("FICTIONAL: invented family, insurer, provider and numbers. An insured employer plan's (ERISA) claim "
          "decision for the subscriber's spouse: IV ketamine on three days (96365, J3490) denied as not medically "
          "necessary (CO-50); line 1, a psychiatric evaluation (90792, F41.1, PR-3), was paid. A phone photo of the "
          "page lying 24 degrees askew on a dark slate counter. Window stated: 180 days after receipt, counted from "
          "the notice date. Traps: the review timeline's four dates (received Oct 14, review Oct 29, decision Nov 2, "
          "mailed Nov 4 = the notice date), DOB 03/18/1979, the subscriber (addressee) and his -01 ID, group number, "
          "patient account, NDC, the claims PO box, 60 days, 4 months, 72 hours, the letterhead's office."),
)


# --------------------------------------------------------------------------------------------------------------
# 02 self-funded employer via TPA, stellate ganglion block for PTSD, experimental; colour scan with a red stamp
# --------------------------------------------------------------------------------------------------------------
case(
    num="02", slug="self-funded-tpa-stellate-block-experimental-scan-received-stamp", lang="en", kind="image",
    ext=".pdf", device="stamped_scan",
    pdf=dict(font="Serif", size=10.5, margins=0.85),
    blocks=[
        ("lh", ["Bluefinch Benefit Services", "Third-party administrator: claims administration only",
                "4100 Westown Parkway, West Des Moines, IA 50266 &middot; 1-555-0163"],
         ["FICTIONAL SAMPLE", "Administering the", "Corriveau Logistics Employee Health Plan"], "#2d5f2e"),
        ("right", "November 12, 2026"),
        ("addr", ["Tobias Ferreira-Lund", "2218 Kettle Creek Road", "Ankeny, IA 50021"]),
        ("kv", [("Participant", "Tobias Ferreira-Lund"), ("Participant ID", "CLX-77210-4"),
                ("Claim no.", "BF2611-040773"), ("Service date", "10/22/2026"),
                ("Provider", "Prairie Sky Pain and Interventional Center"), ("Provider ref.", "PSP-0041-A"),
                ("Plan", "Corriveau Logistics Employee Health Plan"), ("Group", "7721")],
         {"cols": 2, "grid": True, "lw": 0.14}),
        ("p", "Dear Mr. Ferreira-Lund:"),
        ("p", "We have finished processing the claim shown above for care you received on October 22, 2026. The "
              "Plan will not pay for these services:"),
        ("grid", ["Date", "Code", "Diagnosis", "Charge", "Plan pays", "Reason"],
         [["10/22/2026", "64510", "F43.12", "$1,240.00", "$0.00", "CO-55"],
          ["10/22/2026", "77002", "F43.12", "$310.00", "$0.00", "CO-55"]],
         [0.15, 0.12, 0.14, 0.15, 0.14, 0.3]),
        ("p", "<b>Why.</b> Reason CO-55 means the service is considered experimental or investigational. The Plan "
              "document excludes experimental or investigational services (Plan document section 7.4(k)). Under the "
              "Plan's medical policy MP-PTSD-04, a stellate ganglion block given to treat post-traumatic stress "
              "disorder is investigational because its benefit has not been shown in well-designed controlled "
              "studies. The imaging guidance billed with the block (77002) is denied with it. A copy of the policy "
              "and the claim file is free on request."),
        ("p", "<b>About your Plan.</b> The Plan is a self-funded employee welfare benefit plan covered by ERISA. "
              "Corriveau Logistics pays the benefits; Bluefinch Benefit Services processes claims for the Plan "
              "and does not insure them."),
        ("p", "<b>Appeals.</b> You or someone you name in writing may appeal this decision. The deadline for an "
              "appeal and the other appeal rules are in the Claims and Appeals section of your Summary Plan "
              "Description, which your employer's benefits office gives you free of charge. After a final internal "
              "decision, you may ask for an independent external review within 4 months."),
        ("p", "Send appeals to:"),
        ("addr", ["Corriveau Logistics Employee Health Plan", "c/o Bluefinch Benefit Services",
                  "Attn: Appeals Review Unit", "PO Box 2290", "Des Moines, IA 50306-2290"]),
        ("p", "Our West Des Moines office shown above answers questions only; please do not mail appeals there."),
        ("small", FICT + " BBS-DEN-07 (rev. 2026)."),
    ],
    extra_text=["PRAIRIE SKY PAIN CENTER", "RECEIVED", "NOV 18 2026", "BILLING", "scanned to chart"],
    key=dict(patient_name="Tobias Ferreira-Lund", member_id="CLX-77210-4", claim_number="BF2611-040773",
             notice_date="2026-11-12", service_dates=["2026-10-22"], procedure_codes=["64510", "77002"],
             diagnosis_codes=["F43.12"], carc_codes=["CO-55"], denial_category="experimental_investigational",
             plan_type="employer_erisa", urgent=False,
             appeals_address="Corriveau Logistics Employee Health Plan, c/o Bluefinch Benefit Services, Attn: Appeals Review Unit, PO Box 2290, Des Moines, IA 50306-2290"),
    deadline=("rule",),
    anchors=dict(notice_date="November 12, 2026", service_dates=["10/22/2026"],
                 denial_category="experimental or investigational", plan_type="self-funded employee welfare benefit plan covered by ERISA",
                 urgent=None),
    note=("FICTIONAL: invented participant, plan, administrator, provider and numbers. A self-funded employer "
          "plan's (ERISA) claim denial sent by its third-party administrator: a stellate ganglion block for PTSD "
          "(64510) and its imaging guidance (77002) on 10/22/2026, experimental or investigational (CO-55). A 200 "
          "dpi colour flatbed scan saved as an image-only PDF, cream paper, a clinic's red rubber stamp 'RECEIVED "
          "NOV 18 2026' pressed askew across the upper right, blue ink initials. No window stated (the SPD): the "
          "ERISA rule, 180 days from the notice date. Traps: the stamp's date, provider ref. PSP-0041-A, group "
          "7721, the TPA's office (questions only), 4 months for external review, plan document section 7.4(k)."),
)


# --------------------------------------------------------------------------------------------------------------
# 03 Marketplace, TMS without prior authorization; saved HTML portal page with a stated deadline date
# --------------------------------------------------------------------------------------------------------------
def build_03(path: Path):
    page = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Claim C-2026-1107-55631 | Sunmesa Member Portal</title>
<style>
 body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222}
 .top{background:#c2410c;color:#fff;padding:10px 24px;display:flex;justify-content:space-between}
 .wrap{display:flex;gap:24px;padding:16px 24px}
 main{flex:3} aside{flex:1;border-left:1px solid #ddd;padding-left:16px;font-size:13px}
 .facts{display:grid;grid-template-columns:180px 1fr 180px 1fr;gap:6px 12px;border:1px solid #ccc;padding:10px}
 .facts .k{font-weight:bold;color:#555}
 table{border-collapse:collapse;width:100%} td,th{border:1px solid #bbb;padding:4px 6px;font-size:13px}
 .tabs button{margin-right:6px} .pill{background:#fee2e2;color:#991b1b;padding:2px 8px;border-radius:8px}
 @media (max-width:700px){.facts{grid-template-columns:1fr 1fr}}
 details{border:1px solid #ddd;padding:8px 12px;margin-top:14px}
</style>
<script>window.portalSession={id:"s-88231",claimFromCache:"C-2026-1009-40012"};</script>
</head><body>
<div class="top"><span>Sunmesa Health Plans &middot; Member Portal</span><span>Signed in as Priya Venkataraman-Hale &middot; FICTIONAL SAMPLE</span></div>
<div class="wrap"><main>
<nav>Home &rsaquo; Claims &rsaquo; Claim C-2026-1107-55631</nav>
<h2>My claims</h2>
<div class="tabs"><button>Me</button><button>Family</button></div>
<div id="tab-me">
<table><tr><th>Claim</th><th>Patient</th><th>Service dates</th><th>Provider</th><th>Status</th></tr>
<tr><td>C-2026-1107-55631</td><td>Priya Venkataraman-Hale</td><td>09/14/2026 - 09/16/2026</td><td>Saguaro Neuromodulation Clinic</td><td><span class="pill">Denied</span></td></tr>
<tr><td>C-2026-0822-41877</td><td>Priya Venkataraman-Hale</td><td>08/19/2026</td><td>Desert Willow Family Medicine</td><td>Paid</td></tr>
</table></div>
<div id="tab-family" style="display:none">
<table><tr><th>Claim</th><th>Patient</th><th>Service dates</th><th>Status</th></tr>
<tr><td>C-2026-1009-40012</td><td>Rohan Hale</td><td>10/01/2026</td><td>Denied</td></tr></table></div>
<h2>Claim details: C-2026-1107-55631</h2>
<div class="facts">
<div class="k">Member</div><div>Priya Venkataraman-Hale</div>
<div class="k">Member ID</div><div>SMH9920418833</div>
<div class="k">Plan</div><div>Sunmesa Silver 2500 (individual plan bought through HealthCare.gov)</div>
<div class="k">Claim number</div><div>C-2026-1107-55631</div>
<div class="k">Provider</div><div>Saguaro Neuromodulation Clinic (in network)</div>
<div class="k">Claim received</div><div>10/02/2026</div>
<div class="k">Processed</div><div>11/09/2026</div>
<div class="k">Prior authorization on file</div><div>None found</div>
</div>
<h3>Service lines</h3>
<table><tr><th>Date of service</th><th>Code</th><th>Diagnosis</th><th>Billed</th><th>Allowed</th><th>Plan paid</th><th>Adjustment</th></tr>
<tr><td>09/14/2026</td><td>90867</td><td>F33.2</td><td>$480.00</td><td>$0.00</td><td>$0.00</td><td>CO-197</td></tr>
<tr><td>09/15/2026</td><td>90868</td><td>F33.2</td><td>$310.00</td><td>$0.00</td><td>$0.00</td><td>CO-197</td></tr>
<tr><td>09/16/2026</td><td>90868</td><td>F33.2</td><td>$310.00</td><td>$0.00</td><td>$0.00</td><td>CO-197</td></tr>
</table>
<details open><summary>Decision letter dated 11/10/2026 (PDF copy also in your Documents)</summary>
<p>Dear Priya Venkataraman-Hale,</p>
<p>We denied the claim above for transcranial magnetic stimulation on September 14, 15 and 16, 2026. Your plan
requires prior authorization before a course of transcranial magnetic stimulation starts. We have no record that
your provider asked for or received prior authorization for these sessions. Adjustment code CO-197 means
precertification or authorization was absent. This decision is about the missing authorization; we did not decide
whether the treatment was medically necessary.</p>
<p>Your provider may send a request for retrospective authorization within 30 days of this letter. That request is
not an appeal and does not change your appeal rights.</p>
<p><b>How to appeal.</b> You must file your appeal by May 9, 2027. Send it, with any records you want us to read,
to: Sunmesa Health Plans, Attn: Appeals and Grievances, PO Box 71420, Phoenix, AZ 85050-1420. You may also fax it to
1-555-0172. If your appeal is about care you have not received yet and waiting could seriously harm your health, ask
for an expedited appeal. After our final decision you may ask for an external review within 4 months.</p>
<p>Questions about a bill? Write to Member Services, PO Box 71388, Phoenix, AZ 85050-1388 (not for appeals).</p>
</details>
</main>
<aside><h4>Messages</h4>
<p><b>11/11/2026</b> New document: Decision letter</p>
<p><b>10/03/2026</b> We received a claim from Saguaro Neuromodulation Clinic</p>
<p><b>08/27/2026</b> Your claim C-2026-0822-41877 was paid</p>
</aside></div>
<footer style="font-size:11px;color:#666;padding:8px 24px">Page saved 12/01/2026 8:14 PM &middot; FICTIONAL SAMPLE: invented people, plan and numbers &middot; sunmesa-portal.example</footer>
</body></html>
"""
    path.write_text(page, encoding="utf-8")


case(
    num="03", slug="marketplace-tms-no-prior-auth-saved-portal-html", lang="en", kind="html", ext=".html",
    build=build_03,
    key=dict(patient_name="Priya Venkataraman-Hale", member_id="SMH9920418833", claim_number="C-2026-1107-55631",
             notice_date="2026-11-10", service_dates=["2026-09-14", "2026-09-15", "2026-09-16"],
             procedure_codes=["90867", "90868"], diagnosis_codes=["F33.2"], carc_codes=["CO-197"],
             denial_category="prior_authorization", plan_type="individual_aca", urgent=False,
             appeals_address="Sunmesa Health Plans, Attn: Appeals and Grievances, PO Box 71420, Phoenix, AZ 85050-1420"),
    deadline=("date", "2027-05-09", "You must file your appeal by May 9, 2027"),
    anchors=dict(notice_date="11/10/2026", service_dates=["09/14/2026", "09/15/2026", "09/16/2026"],
                 denial_category="requires prior authorization", plan_type="individual plan bought through HealthCare.gov",
                 urgent=None),
    note=("FICTIONAL: invented member, plan, clinic and numbers. A Marketplace (individual) plan's member portal "
          "page saved from the browser as HTML: claims list (a tab hidden by CSS holds a family member's claim), a "
          "CSS-grid claim detail, service lines, the decision letter in an open <details> element, a messages "
          "sidebar, a script holding another claim number. TMS on 09/14-09/16/2026 (90867, 90868) denied for no "
          "prior authorization (CO-197). Deadline stated as a date: May 9, 2027. Traps: the paid claim "
          "C-2026-0822-41877, the hidden family tab's and the script's claim C-2026-1009-40012, claim received "
          "10/02, processed 11/09, message dates 11/11 and 10/03, page saved 12/01/2026, the 30-day retrospective "
          "authorization (not an appeal), Member Services' PO box, 4 months."),
)


# --------------------------------------------------------------------------------------------------------------
# 04 Medicaid managed care, partial hospitalization for a teenager, lower level of care, expedited; Word
# --------------------------------------------------------------------------------------------------------------
def _shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def _fix_zip_times(path: Path):
    """Rewrite the .docx with one fixed time on every entry, so the file is the same each build."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def build_04(path: Path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.9)
    hdr = sec.header.paragraphs[0]
    r = hdr.add_run("Cardinal Bridge Health Plan")
    r.bold = True
    r.font.size = Pt(15)
    r.font.color.rgb = RGBColor(0x9b, 0x1c, 0x1c)
    hdr.add_run("\nA Medicaid managed care plan \u00b7 Member Services 1-555-0126 (TTY 711) \u00b7 "
                "cardinalbridge.example\nFICTIONAL SAMPLE")
    ftr = sec.footer.paragraphs[0]
    ftr.text = ("CBHP-NABD-EXP (10/2026) \u00b7 " + FICT + " This notice is available in Spanish and in large print "
                "at no cost.")
    ftr.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    rr = t.add_run("NOTICE OF ADVERSE BENEFIT DETERMINATION")
    rr.bold = True
    rr.font.size = Pt(13)
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Expedited (fast) decision about a request for services").alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_paragraph("Keisha Broussard\nParent of Jaylen M. Broussard\n417 Linden Court, Apt. 2\nGary, IN 46403")

    rows = [
        ("Date of Notice", "November 20, 2026"),
        ("Member", "Jaylen M. Broussard"),
        ("Member ID", "301884517"),
        ("Date of birth", "02/09/2011"),
        ("Request number", "UM-26-118904"),
        ("Requested by", "Lakeview Behavioral Health Hospital, on November 18, 2026"),
    ]
    tb = doc.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for k, v in rows:
        c = tb.add_row().cells
        c[0].text = k
        c[1].text = v
        c[0].paragraphs[0].runs[0].bold = True
        _shade(c[0], "F3E8E8")
    doc.add_paragraph()

    sections = [
        ("What was asked for",
         "Partial hospitalization program services (H0035), five days a week for three weeks, starting November 19, "
         "2026, for the diagnosis F32.2."),
        ("What we decided",
         "We denied the request. We made this decision as an expedited (fast) decision because your child's doctor "
         "told us that waiting could seriously harm your child's health. We decided within 72 hours of getting the "
         "request."),
        ("Why we decided this",
         "Our doctor, a child and adolescent psychiatrist, reviewed the request using our level-of-care criteria for "
         "partial hospitalization. The records say Jaylen is attending school and has no plan to harm himself. "
         "Partial hospitalization is not medically necessary because Jaylen can be treated safely at a lower level of "
         "care: an intensive outpatient program, which we have approved instead (request UM-26-118905). You can ask "
         "for a free copy of the criteria and of everything we used to decide."),
        ("Your other child",
         "We also reviewed a request for your other child, Amari Broussard (Member ID 301884562). That request was "
         "approved, and you will get a separate letter about it."),
        ("Your right to appeal",
         "You have 60 calendar days from the date on this notice to ask for an appeal. You, your child's doctor, or "
         "someone you choose can ask. You can ask by phone at 1-555-0126 or in writing. If you ask by phone, we will "
         "help you put it in writing. Because this is about care your child needs now, you may ask for an expedited "
         "appeal; we decide those within 72 hours."),
        ("Keeping services during your appeal",
         "This decision is about a new service, so there are no current services to continue. If it were about "
         "services your child already gets, you would need to appeal within 10 days of this notice to keep them."),
        ("State fair hearing",
         "If we do not decide in your favour after the appeal, you can ask for a state fair hearing within 120 "
         "calendar days from the date of our appeal decision letter. You cannot ask for a hearing before you "
         "finish our appeal."),
        ("Where to send a written appeal",
         "Cardinal Bridge Health Plan\nAppeals Department\n2200 Meridian Street, Suite 410\nIndianapolis, IN 46208\n"
         "Fax: 1-555-0129"),
        ("Please note",
         "Our Member Services mailbox, PO Box 6612, Indianapolis, IN 46206, is for questions and ID cards; appeals "
         "sent there are delayed."),
        ("Free help",
         "The state's Medicaid ombudsman and legal aid can help you for free: 1-555-0131."),
    ]
    tb = doc.add_table(rows=0, cols=2)
    for k, v in sections:
        c = tb.add_row().cells
        c[0].width = Inches(1.8)
        c[1].width = Inches(4.9)
        p = c[0].paragraphs[0]
        rk = p.add_run(k)
        rk.bold = True
        rk.font.color.rgb = RGBColor(0x9b, 0x1c, 0x1c)
        lines = v.split("\n")
        c[1].paragraphs[0].text = lines[0]
        for ln in lines[1:]:
            c[1].add_paragraph(ln)
    tb.autofit = False
    for col, wd in zip(tb.columns, (Inches(1.8), Inches(4.9))):
        col.width = wd
        for cell in col.cells:
            cell.width = wd
    doc.add_paragraph()
    doc.add_paragraph("Sincerely,\nUtilization Management Department\nCardinal Bridge Health Plan")
    doc.core_properties.author = "FICTIONAL sample"
    doc.core_properties.created = dt.datetime(2026, 11, 20, 9, 0, 0)
    doc.core_properties.modified = dt.datetime(2026, 11, 20, 9, 0, 0)
    doc.save(path)
    _fix_zip_times(path)


case(
    num="04", slug="medicaid-mco-teen-partial-hospital-lower-level-expedited-word-hanging-headings", lang="en",
    kind="docx", ext=".docx", build=build_04,
    key=dict(patient_name="Jaylen M. Broussard", member_id="301884517", claim_number="UM-26-118904",
             notice_date="2026-11-20", procedure_codes=["H0035"], diagnosis_codes=["F32.2"],
             denial_category="medical_necessity", plan_type="medicaid", urgent=True,
             appeals_address="Cardinal Bridge Health Plan, Appeals Department, 2200 Meridian Street, Suite 410, Indianapolis, IN 46208"),
    deadline=("days", 60, "You have 60 calendar days from the date on this notice to ask for an appeal"),
    anchors=dict(notice_date="November 20, 2026", service_dates=[],
                 denial_category="not medically necessary", plan_type="A Medicaid managed care plan",
                 urgent="We made this decision as an expedited (fast) decision"),
    note=("FICTIONAL: invented family, plan, hospital and numbers. A Medicaid managed care plan's notice of "
          "adverse benefit determination to a mother about her 15-year-old son, in Word: letterhead in the page "
          "header, a boxed facts table, then a borderless two-column table of hanging headings. A partial "
          "hospitalization request (H0035, F32.2) denied before care as not medically necessary at that level (a "
          "lower level, IOP, approved instead), decided as an expedited decision: urgent. Window stated: 60 "
          "calendar days from the date on the notice. No service dates (before care). Traps: the mother "
          "(addressee), the other child's line with his member ID, DOB 02/09/2011, request received 11/18, "
          "requested start 11/19, the approved IOP request UM-26-118905, 10 days to keep services, 120 days for "
          "the fair hearing, Member Services' PO box."),
)


# --------------------------------------------------------------------------------------------------------------
# 05 Medicare Advantage integrated D-SNP, Spravato request, step therapy; tablet screenshot in dark mode
# --------------------------------------------------------------------------------------------------------------
case(
    num="05", slug="medicare-advantage-dsnp-spravato-step-therapy-tablet-dark-mode", lang="en", kind="image",
    ext=".png", device="tablet_dark",
    pdf=dict(font="DV", size=8.4, margins=0.5),
    blocks=[
        ("lh", ["Evergrove Dual Advantage (HMO D-SNP)", "Evergrove Health Plan &middot; PO Box 8800, Albuquerque, NM 87198-8800",
                "Member Services 1-555-0118, TTY 711, 8 a.m. to 8 p.m., 7 days a week"],
         ["FICTIONAL SAMPLE", "A Medicare Advantage plan for people", "with both Medicare and Medicaid"], "#14532d"),
        ("center", "<b>INTEGRATED DENIAL NOTICE</b><br/>Notice of denial of medical coverage (Medicare and Medicaid)"),
        ("kv", [("Date", "November 24, 2026"), ("Member name", "Lorraine Begaye-Whitfield"),
                ("Member number", "EVD 6612 0893 11"), ("Medicare number", "4TQ9-WK2-HN71"),
                ("Medicaid ID", "NM-5518820473"), ("Request number", "ORG-26-330417"),
                ("Request received", "11/17/2026"), ("Requested by", "Dr. Anselm Ruiz-Takeda, Mesa Verde Psychiatry")],
         {"cols": 2, "box": True, "lw": 0.17}),
        ("h2", "We denied the medical services listed below"),
        ("p", "You or your doctor asked us to cover esketamine nasal spray treatment sessions in the doctor's office, "
              "with the observation visit, twice a week for four weeks (codes G2082 and G2083; diagnosis F33.2). We "
              "denied this request."),
        ("h2", "Why we denied your request"),
        ("p", "This drug is covered under Part B with step therapy. Our step therapy rules ask that a member who "
              "is new to esketamine first try two different antidepressants at an adequate dose for at least 6 weeks "
              "each, and then an augmentation medicine. Our records show one antidepressant trial. Because the "
              "step therapy requirement has not been met, we cannot approve the sessions now. Your doctor may ask "
              "for an exception by sending records of the other trials or the reasons they could not be used."),
        ("h2", "You have the right to ask for an integrated reconsideration"),
        ("p", "Because Evergrove Dual Advantage is a fully integrated plan, one appeal covers both your Medicare and "
              "your Medicaid benefits. You must ask for an integrated reconsideration within 60 calendar days from "
              "the date of this notice. We can give you more time if you have a good reason."),
        ("p", "<b>Standard reconsideration:</b> we decide within 7 calendar days for a Part B drug. "
              "<b>Fast reconsideration:</b> if you or your doctor think waiting could seriously harm your health, ask "
              "for a fast reconsideration; we decide within 72 hours. Benefits you already have continue during the "
              "appeal if you ask in time."),
        ("p", "<b>How to ask.</b> Call Member Services or write to: Evergrove Health Plan, Integrated Appeals Unit, "
              "PO Box 8814, Albuquerque, NM 87198-8814. Fax 1-555-0119. Do not send appeals to our main PO Box 8800."),
        ("p", "<b>What happens next.</b> If we keep our decision about a Medicare service, we send your case to the "
              "Independent Review Entity on our own. For a service only Medicaid covers, you may ask for a State "
              "fair hearing within 120 days after our reconsideration decision."),
        ("small", "Get help: State Health Insurance Assistance Program 1-555-0137. " + FICT +
                  " H9917_IDN26_E (page 1 of 1)."),
    ],
    key=dict(patient_name="Lorraine Begaye-Whitfield", member_id="EVD 6612 0893 11", claim_number="ORG-26-330417",
             notice_date="2026-11-24", procedure_codes=["G2082", "G2083"], diagnosis_codes=["F33.2"],
             denial_category="step_therapy", plan_type="medicare_advantage", urgent=False,
             appeals_address="Evergrove Health Plan, Integrated Appeals Unit, PO Box 8814, Albuquerque, NM 87198-8814"),
    deadline=("days", 60, "You must ask for an integrated reconsideration within 60 calendar days from the date of this notice"),
    anchors=dict(notice_date="November 24, 2026", service_dates=[], denial_category="step therapy",
                 plan_type="A Medicare Advantage plan", urgent=None),
    note=("FICTIONAL: invented member, plan, doctor and numbers. An integrated D-SNP's (Medicare Advantage, "
          "fully integrated) denial notice of a request before care: in-office esketamine sessions (G2082, G2083; "
          "F33.2) denied for step therapy. A tablet screenshot (2048 x 2732 PNG) of the notice open in a PDF "
          "reader in dark mode: light grey letters on near-black, the reader's toolbar and page strip. Window "
          "stated: 60 calendar days from the date of the notice (integrated reconsideration). No service dates "
          "(before care). Traps: the Medicare number and Medicaid ID, request received 11/17, the plan's main PO "
          "box 8800 in the letterhead, 7 days and 72 hours, 120 days for the State fair hearing, the IRE."),
)


# --------------------------------------------------------------------------------------------------------------
# 06 Part D PDP via PBM, dextromethorphan-bupropion not on the formulary; 1080p webcam frame
# --------------------------------------------------------------------------------------------------------------
case(
    num="06", slug="part-d-non-formulary-antidepressant-webcam-held-up", lang="en", kind="image", ext=".jpg",
    device="webcam", pdf=dict(font="Sans", size=12.6, margins=0.55),
    blocks=[
        ("lh", ["Crestline Rx (PDP)", "Medicare Part D prescription drug plan", "Pharmacy help desk 1-555-0151"],
         ["FICTIONAL SAMPLE", "Managed by Northgate", "Pharmacy Solutions"], "#1e3a8a"),
        ("center", "<b>Notice of Denial of Medicare Prescription Drug Coverage</b>"),
        ("kv", [("Date", "November 19, 2026"), ("Member", "Wendell Abernathy-Cho"), ("Member ID", "CRX40019287"),
                ("Case number", "CD-2611-77304"), ("Date of birth", "06/30/1957"), ("Request received", "11/16/2026")],
         {"cols": 2, "box": True, "lw": 0.17}),
        ("p", "We denied your request for <b>dextromethorphan-bupropion ER 45 mg/105 mg tablets</b>. This drug is "
              "not on our Drug List (formulary), and the request did not include the prescriber's statement we need "
              "to consider an exception. Drugs on our list for depression include bupropion, sertraline and "
              "escitalopram."),
        ("p", "<b>Your right to appeal:</b> you may ask for a redetermination within 65 days from the date of this "
              "notice. Fast appeal: 72 hours if waiting could harm your health."),
        ("p", "<b>Mail to:</b> Crestline Rx, Attn: Part D Redeterminations, PO Box 52871, Tulsa, OK 74152-2871. "
              "Fax 1-555-0153."),
        ("small", "Rx BIN 610099 &middot; PCN CRX26 &middot; Group CRXPDP &middot; " + FICT),
    ],
    key=dict(patient_name="Wendell Abernathy-Cho", member_id="CRX40019287", claim_number="CD-2611-77304",
             notice_date="2026-11-19", denial_category="not_covered", plan_type="medicare_part_d", urgent=False,
             appeals_address="Crestline Rx, Attn: Part D Redeterminations, PO Box 52871, Tulsa, OK 74152-2871"),
    deadline=("days", 65, "you may ask for a redetermination within 65 days from the date of this notice"),
    anchors=dict(notice_date="November 19, 2026", service_dates=[], denial_category="not on our Drug List",
                 plan_type="Medicare Part D prescription drug plan", urgent=None),
    note=("FICTIONAL: invented member, plan, manager and numbers. A Part D plan's coverage determination denial: "
          "dextromethorphan-bupropion not on the Drug List (formulary), no prescriber statement for an exception. "
          "A 1920 x 1080 frame from a laptop webcam during a video visit: the page held up in two hands, bent a "
          "little, a bright window behind, soft focus, noise, heavy video compression. No codes, no service dates. "
          "Window stated: 65 days from the notice date. Traps: DOB 06/30/1957, request received 11/16, Rx BIN, PCN "
          "and group, 72 hours."),
)


# --------------------------------------------------------------------------------------------------------------
# 07 Original Medicare summary notice, psychotherapy, diagnosis does not support the service; phone fax app
# --------------------------------------------------------------------------------------------------------------
case(
    num="07", slug="original-medicare-msn-psychotherapy-diagnosis-coding-phone-fax-app", lang="en", kind="image",
    ext=".tif", device="photo_fax_app", pdf=dict(font="Sans", size=10.6, margins=0.6),
    blocks=[
        ("lh", ["Medicare Summary Notice for Part B (Medical Insurance)",
                "The Official Summary of Your Medicare Claims from the Centers for Medicare &amp; Medicaid Services",
                "FICTIONAL SAMPLE"],
         ["Notice date: November 9, 2026", "Claims processed August 1 to", "October 31, 2026"], "#000000"),
        ("addr", ["HAROLD J PIETROWSKI", "904 LOCUST ST", "WILLIAMSPORT PA 17701"]),
        ("kv", [("Your name", "Harold J. Pietrowski"), ("Medicare Number", "2EK7-TD4-MR35"),
                ("Questions", "1-555-0175 (FICTIONAL)")], {"cols": 1, "box": True, "lw": 0.25}),
        ("h2", "Your claims and costs this period"),
        ("p", "Did Medicare approve all services? <b>NO</b>. We denied 2 services. See the notes below."),
        ("grid", ["Claim number and provider", "Service date and billing code", "Approved?", "Medicare paid",
                  "You may be billed", "See notes"],
         [["12-2629-844-310, Bridgeview Counseling LLC", "09/08/2026, psychotherapy 60 min (90837)", "No", "$0.00",
           "$0.00", "A"],
          ["12-2629-844-310, Bridgeview Counseling LLC", "09/22/2026, psychotherapy 60 min (90837)", "No", "$0.00",
           "$0.00", "A"],
          ["12-2628-117-052, Valley Psychiatric Associates", "09/02/2026, office visit (99214)", "Yes", "$98.12",
           "$25.53", ""]],
         [0.25, 0.25, 0.1, 0.12, 0.13, 0.1]),
        ("h2", "Notes for claims above"),
        ("p", "<b>A</b> The diagnosis code on this claim (Z63.0) does not support the psychotherapy billed. Medicare "
              "pays for psychotherapy to treat a mental health condition. Your provider may send a corrected claim "
              "with the condition that was treated. You do not have to pay this amount."),
        ("h2", "How to handle denied claims"),
        ("p", "If you disagree with a coverage decision, you can file an appeal. <b>Appeals must be filed in writing "
              "by March 9, 2027.</b> Circle the services you disagree with, explain why, sign, and send this notice "
              "(or a copy) to:"),
        ("addr", ["Susquehanna Medicare Administrative Services", "Part B Redeterminations", "PO Box 6120",
                  "Harrisburg, PA 17106-6120"]),
        ("small", "Do not send appeals to the Medicare claims address on your provider's bills. " + FICT),
    ],
    extra_text=["Sent with FaxPocket", "Dec 1, 2026 10:42 AM", "To: 1-555-0188", "Page 1/1"],
    key=dict(patient_name="Harold J. Pietrowski", member_id="2EK7-TD4-MR35", claim_number="12-2629-844-310",
             notice_date="2026-11-09", service_dates=["2026-09-08", "2026-09-22"], procedure_codes=["90837"],
             diagnosis_codes=["Z63.0"], denial_category="coding_billing", plan_type="medicare", urgent=False,
             appeals_address="Susquehanna Medicare Administrative Services, Part B Redeterminations, PO Box 6120, Harrisburg, PA 17106-6120"),
    deadline=("date", "2027-03-09", "Appeals must be filed in writing by March 9, 2027"),
    anchors=dict(notice_date="November 9, 2026", service_dates=["09/08/2026", "09/22/2026"],
                 denial_category="corrected claim", plan_type="Medicare Summary Notice for Part B", urgent=None),
    note=("FICTIONAL: invented beneficiary, contractor, providers and numbers. An Original Medicare summary notice "
          "(Part B): two 60-minute psychotherapy sessions (90837) denied because the diagnosis code billed (Z63.0) "
          "does not support them (a corrected claim: coding); a psychiatrist's 99214 on another claim approved. The "
          "member sent it with a phone fax app: a photo of the page on a kitchen table (angled, shaded) turned to "
          "1-bit by one global threshold and sent in standard mode (204 x 98 dpi), received as a TIFF with the "
          "app's header. Deadline stated as a date: March 9, 2027. Traps: the fax app's header date Dec 1, 2026, "
          "the processing period Aug 1 to Oct 31, the paid claim 12-2628-117-052 (09/02, 99214), the address block "
          "in capitals, the 1-555 questions line."),
)


# --------------------------------------------------------------------------------------------------------------
# 08 FEHB, intensive outpatient program out of network; e-mail from an advocate to a colleague
# --------------------------------------------------------------------------------------------------------------
def build_08(path: Path):
    notice = """\
POTOMAC MUTUAL BENEFIT ASSOCIATION
Federal Employees Health Benefits (FEHB) Program carrier - High Option HMO
FICTIONAL SAMPLE

Date: November 16, 2026

Enrollee: Samuel O. Clarke            Enrollee ID: R48210377
Patient: Ngozi Adeyemi-Clarke (spouse) Patient ID: R48210377-02
Claim number: PMB-26-5510873
Provider: Chesapeake Bay Day Treatment Center (not a Plan provider)

Dear Mr. Clarke:

We reviewed the claim above for intensive outpatient program services (S9480) your wife received on
October 12, 13, 14 and 15, 2026 (diagnosis F33.1). We cannot pay it. Under the High Option HMO, benefits
are paid only for care from Plan providers, except in a medical emergency or when we refer you to a
non-Plan provider. Chesapeake Bay Day Treatment Center is not a Plan provider and we have no referral on
file. Adjustment code CO-242 (services not provided by network providers) applies to all four days.

If you disagree, ask us in writing to reconsider. Your request must reach us within 6 months from the date
of our initial decision. Write to:
  Potomac Mutual Benefit Association
  FEHB Reconsiderations
  PO Box 30447
  Baltimore, MD 21203-0447
Include this letter, why you think we are wrong, and any records. If we do not pay after reconsidering, you
may ask the U.S. Office of Personnel Management (OPM) to review it within 90 days of our reconsideration
decision; our reconsideration letter will tell you how.
"""
    advocate = """\
Hi Dana,

Pasting the Clarke letter from the carrier's portal below so you have it before Thursday. Ngozi gave
written authorization on 11/28; the form is in the shared drive. We should get the reconsideration out
well before the 6 months run; I'd like a draft by December 15.

(Different case, same carrier: Bernard Oyelaran, claim PMB-26-5498120, went to OPM on 11/19, nothing
to do there yet.)

-- Teodora

Teodora Finch, Patient Advocate
Riverbend Advocacy Collective (FICTIONAL SAMPLE)
1-555-0196 | teodora@riverbend-advocacy.example

----- Letter text as shown in the carrier portal -----

"""
    msg = EmailMessage()
    msg["From"] = "Teodora Finch <teodora@riverbend-advocacy.example>"
    msg["To"] = "Dana Whitcomb <dana@riverbend-advocacy.example>"
    msg["Subject"] = "Clarke - FEHB IOP denial - reconsideration due May"
    msg["Date"] = format_datetime(dt.datetime(2026, 12, 2, 16, 37, 5, tzinfo=dt.timezone(dt.timedelta(hours=-5))))
    msg["Message-ID"] = "<20261202163705.4411@riverbend-advocacy.example>"
    body = advocate + notice + "\n" + FICT + "\n"
    msg.set_content(body, cte="quoted-printable")
    html_notice = notice.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    html_adv = advocate.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    msg.add_alternative(
        "<html><body><div style=\"font-family:Calibri,sans-serif\">"
        + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in html_adv.strip().split("\n\n"))
        + "<blockquote style=\"border-left:3px solid #999;padding-left:10px\"><pre style=\"font-family:Consolas,monospace\">"
        + html_notice + "</pre></blockquote><p>" + FICT + "</p></div></body></html>",
        subtype="html", cte="quoted-printable")
    msg.set_boundary("==intake24-08-alternative==")
    path.write_bytes(bytes(msg))


case(
    num="08", slug="fehb-iop-out-of-network-advocate-email-other-client", lang="en", kind="eml", ext=".eml",
    build=build_08,
    key=dict(patient_name="Ngozi Adeyemi-Clarke", member_id="R48210377-02", claim_number="PMB-26-5510873",
             notice_date="2026-11-16",
             service_dates=["2026-10-12", "2026-10-13", "2026-10-14", "2026-10-15"], procedure_codes=["S9480"],
             diagnosis_codes=["F33.1"], carc_codes=["CO-242"], denial_category="out_of_network", plan_type="fehb",
             urgent=False,
             appeals_address="Potomac Mutual Benefit Association, FEHB Reconsiderations, PO Box 30447, Baltimore, MD 21203-0447"),
    deadline=("months", 6, "Your request must reach us within 6 months from the date of our initial decision"),
    anchors=dict(notice_date="November 16, 2026", service_dates=["October 12, 13, 14 and 15, 2026"],
                 denial_category="not a Plan provider", plan_type="Federal Employees Health Benefits", urgent=None),
    note=("FICTIONAL: invented enrollee, spouse, carrier, advocates and numbers. A patient advocate's e-mail "
          "(multipart: plain and HTML, quoted-printable) to a colleague, with the FEHB carrier's letter pasted "
          "under her note. An HMO option's denial of an intensive outpatient program (S9480) on four days in "
          "October for a non-Plan provider (CO-242): out of network. Window stated: 6 months from the date of the "
          "initial decision. Traps: the e-mail's Date header (Dec 2), the authorization 11/28 and draft date "
          "December 15 in the note, the other client's line (Bernard Oyelaran, claim PMB-26-5498120, OPM 11/19), "
          "the enrollee (addressee) and his ID, OPM's 90 days."),
)


# --------------------------------------------------------------------------------------------------------------
# 09 TRICARE, IV ketamine unproven; the accessible plain-text format a beneficiary asked for
# --------------------------------------------------------------------------------------------------------------
def build_09(path: Path):
    txt = """ACCESSIBLE FORMAT: PLAIN TEXT FOR SCREEN READERS
This is the text version of a letter from Atlantic Crest Health Partners, the TRICARE East Region contractor.
It was created on request on November 30, 2026. The original letter is dated November 13, 2026.
FICTIONAL SAMPLE: invented people, contractor, providers and numbers.

HEADING LEVEL 1: Explanation of a claim decision

HEADING LEVEL 2: Who and what this letter is about
Date of this notice: November 13, 2026.
Beneficiary (patient): Mireille D. Castellanos.
Beneficiary's DoD Benefits Number: 30419877620.
Relationship to sponsor: spouse of an active duty service member.
Sponsor: SSG Victor A. Castellanos. Sponsor's DoD ID number: 1587340926.
Program: TRICARE Prime.
Claim number: E26314-0092751.
Provider: Blue Ridge Ketamine and Wellness, Fayetteville, North Carolina.

HEADING LEVEL 2: Services on this claim
The following is a table with 4 rows and 5 columns: date of service, procedure code, diagnosis, amount billed, amount TRICARE paid.
Row 1: October 6, 2026; 96365; F33.1; 575 dollars; 0 dollars.
Row 2: October 6, 2026; J3490; F33.1; 88 dollars; 0 dollars.
Row 3: October 8, 2026; 96365; F33.1; 575 dollars; 0 dollars.
Row 4: October 8, 2026; J3490; F33.1; 88 dollars; 0 dollars.
End of table.

HEADING LEVEL 2: Why TRICARE did not pay
TRICARE does not cover unproven drugs, devices or medical treatments and procedures. Ketamine given by
intravenous infusion to treat depression is unproven under the TRICARE Policy Manual, because reliable evidence
has not shown that it is safe and effective for that use compared with standard treatment. For this reason,
neither the infusion nor the drug can be paid. You may ask for a free copy of the policy we used.

HEADING LEVEL 2: How to ask for a reconsideration
If you disagree, you may ask us to reconsider. Your request must be postmarked or received within 90 days from
the date of this notice. Tell us why you disagree and send any medical records or letters that help.
Mail your request to the following address.
Address line 1: Atlantic Crest Health Partners
Address line 2: TRICARE East Reconsiderations
Address line 3: PO Box 7031
Address line 4: Columbia, SC 29202-7031
You may also fax it to 1-555-0111. Do not mail reconsideration requests to our claims address, PO Box 7025.

HEADING LEVEL 2: What happens after a reconsideration
If we do not change our decision, the letter we send will explain the next level. For a decision about
whether care was medically necessary, that is a second review by the TRICARE Quality Monitoring Contractor,
asked for within 90 days of our decision. For other decisions it is a formal review by the Defense Health
Agency, asked for within 60 days.

HEADING LEVEL 2: Help
A Beneficiary Counseling and Assistance Coordinator at your military hospital or clinic can help you free of
charge. Call 1-555-0114.

End of letter.
"""
    path.write_bytes(txt.replace("\n", "\r\n").encode("utf-8"))


case(
    num="09", slug="tricare-ketamine-unproven-accessible-plain-text", lang="en", kind="txt", ext=".txt",
    build=build_09,
    key=dict(patient_name="Mireille D. Castellanos", member_id="30419877620", claim_number="E26314-0092751",
             notice_date="2026-11-13", service_dates=["2026-10-06", "2026-10-08"], procedure_codes=["96365", "J3490"],
             diagnosis_codes=["F33.1"], denial_category="experimental_investigational", plan_type="tricare",
             urgent=False,
             appeals_address="Atlantic Crest Health Partners, TRICARE East Reconsiderations, PO Box 7031, Columbia, SC 29202-7031"),
    deadline=("days", 90, "Your request must be postmarked or received within 90 days from the date of this notice"),
    anchors=dict(notice_date="November 13, 2026", service_dates=["October 6, 2026", "October 8, 2026"],
                 denial_category="unproven", plan_type="TRICARE Prime", urgent=None),
    note=("FICTIONAL: invented family, contractor, clinic and numbers. A TRICARE regional contractor's claim "
          "decision in the plain-text accessible format a beneficiary asked for (CRLF): headings announced in "
          "words, the service table read out row by row, the address as numbered address lines. IV ketamine "
          "(96365, J3490) on two days denied as unproven: experimental or investigational. Window stated: "
          "postmarked or received within 90 days from the date of the notice. Traps: created on November 30, 2026 "
          "(not the notice date), the sponsor and his DoD ID, the claims PO box, 90 days for the TQMC and 60 days "
          "for the DHA formal review (later levels)."),
)


# --------------------------------------------------------------------------------------------------------------
# 10 student health plan, coverage ended after withdrawal (CO-27); text PDF with a reference strip in the footer
# --------------------------------------------------------------------------------------------------------------
def _footer_10(page, total):
    return [(0.07, "l", "Member ID RCS-2026-448193  |  Claim CBG-26-1020-3371  |  Letter of 2 November 2026"),
            (0.93, "r", f"Page {page} of {total}  |  FICTIONAL SAMPLE")]


case(
    num="10", slug="student-plan-psychotherapy-coverage-ended-pdf-footer-strip", lang="en", kind="pdf", ext=".pdf",
    pdf=dict(font="Serif", size=12, margins=1.1, footer=_footer_10),
    blocks=[
        ("lh", ["Campus Benefits Group", "Administrator for the Redwood Collegiate Student Health Insurance Plan",
                "Underwritten by Cascadia Mutual Life Insurance Company"],
         ["FICTIONAL SAMPLE", "studentplan.example", "1-555-0157"], "#7c2d12"),
        ("p", "2 November 2026"),
        ("addr", ["Tomás Elizondo-Park", "1180 Alder Street, Unit 4", "Eugene, OR 97401"]),
        ("p", "Dear Tomás Elizondo-Park,"),
        ("p", "We are writing about the claim Willamette Counseling Collective sent us for your counseling sessions "
              "on 1 October 2026, 8 October 2026 and 15 October 2026. Each was a 45-minute psychotherapy session, "
              "billed with procedure code 90834 and diagnosis code F41.1. The claim number is CBG-26-1020-3371 and "
              "your member ID is RCS-2026-448193."),
        ("p", "We are not able to pay this claim. Your coverage under the Redwood Collegiate Student Health Insurance "
              "Plan ended on 26 September 2026, when the university's registrar reported your withdrawal from "
              "classes for the autumn term. The sessions took place after that date. On our claim record this "
              "appears as adjustment reason CO-27: expenses incurred after coverage terminated."),
        ("p", "We paid the earlier session on 17 September 2026 (claim CBG-26-0921-2208), because it took place "
              "while your coverage was in force. The policy period for the 2026-2027 plan year runs from 15 August "
              "2026 to 14 August 2027 for enrolled students."),
        ("p", "If your withdrawal was reversed, or you believe you were still enrolled, please tell us. The "
              "university's records or a letter from the registrar can show this."),
        ("h2", "Your right to appeal"),
        ("p", "This student health insurance plan is individual health insurance coverage. You may appeal this "
              "decision within 180 days following receipt of this notice. Send a written appeal with the reasons "
              "and any documents to:"),
        ("addr", ["Redwood Collegiate Student Health Insurance Plan", "c/o Campus Benefits Group", "Appeals Unit",
                  "PO Box 9180", "Sacramento, CA 95816-9180"]),
        ("p", "We will decide your appeal within 60 days. If we uphold this decision, you may request an external "
              "review by an independent review organization within four months of our final decision."),
        ("p", "You can also contact the state's consumer assistance program at 1-555-0159 for free help."),
        ("p", "Sincerely,<br/>Member Appeals and Eligibility<br/>Campus Benefits Group"),
        ("small", FICT),
    ],
    key=dict(patient_name="Tomás Elizondo-Park", member_id="RCS-2026-448193", claim_number="CBG-26-1020-3371",
             notice_date="2026-11-02", service_dates=["2026-10-01", "2026-10-08", "2026-10-15"],
             procedure_codes=["90834"], diagnosis_codes=["F41.1"], carc_codes=["CO-27"], denial_category="other",
             plan_type="individual_aca", urgent=False,
             appeals_address="Redwood Collegiate Student Health Insurance Plan, c/o Campus Benefits Group, Appeals Unit, PO Box 9180, Sacramento, CA 95816-9180"),
    deadline=("days", 180, "You may appeal this decision within 180 days following receipt of this notice"),
    anchors=dict(notice_date="2 November 2026",
                 service_dates=["1 October 2026", "8 October 2026", "15 October 2026"],
                 denial_category="expenses incurred after coverage terminated",
                 plan_type="individual health insurance coverage", urgent=None),
    note=("FICTIONAL: invented student, administrator, insurer, counselor and numbers. A student health "
          "insurance plan's letter (individual coverage) in a two-page text PDF, facts in sentences only, dates "
          "written day month year, a reference strip (member ID, claim, the letter's date, page) in each page's "
          "footer. Psychotherapy (90834, F41.1) on three days denied because coverage ended on 26 September 2026 "
          "(CO-27): other. Window stated: 180 days following receipt, counted from the notice date. Traps: the "
          "coverage end date, the paid earlier session and its claim CBG-26-0921-2208 (17 September), the policy "
          "period, 60 days, four months."),
)


# --------------------------------------------------------------------------------------------------------------
# 11 church plan, ECT, final internal appeal decision; photo with shallow depth of field at a steep angle
# --------------------------------------------------------------------------------------------------------------
case(
    num="11", slug="church-plan-ect-final-internal-decision-photo-shallow-focus", lang="en", kind="image",
    ext=".jpg", device="shallow_focus", pdf=dict(font="Serif", size=9.6, margins=0.7),
    blocks=[
        ("lh", ["Mission Covenant Benefits Board", "Health Plan for Clergy and Lay Employees",
                "6100 Tabernacle Drive, Wichita, KS 67226 &middot; 1-555-0133"],
         ["FICTIONAL SAMPLE", "A church plan: not subject to ERISA"], "#4c1d95"),
        ("right", "November 23, 2026"),
        ("addr", ["The Rev. Ezekiel T. Haroldsen", "22 Chapel Ridge Lane", "Salina, KS 67401"]),
        ("kv", [("Participant and patient", "Ezekiel T. Haroldsen"), ("Participant ID", "MCB-0044718"),
                ("Claim number", "MCB-26-0704412"), ("Appeal number", "APL-26-1187"),
                ("Services", "ECT (90870) and anesthesia (00104) on 08/10/2026, 08/12/2026, 08/14/2026"),
                ("Diagnosis", "F33.3")], {"cols": 1, "box": True, "lw": 0.25}),
        ("h2", "Final internal appeal decision"),
        ("p", "Dear Rev. Haroldsen: We received your appeal on October 5, 2026, of our September 2, 2026 denial of "
              "the claim above. A board-certified psychiatrist who took no part in the first decision reviewed your "
              "appeal and the records from St. Agnes Behavioral Center. <b>We uphold the denial.</b> The Plan covers "
              "electroconvulsive therapy when it is medically necessary as defined in the Plan document. The records "
              "did not show that a course of medication and psychotherapy had been tried at adequate doses before "
              "ECT, and did not describe symptoms needing a rapid response, so the reviewer found the three "
              "treatments not medically necessary."),
        ("p", "This is the Plan's final internal decision. You have used all of the Plan's internal appeals."),
        ("h2", "Your right to an external review"),
        ("p", "You may ask for an external review by an independent review organization. Your request must be made "
              "within four months after the date you receive this notice. Send the external review request form "
              "(enclosed) to:"),
        ("addr", ["Summit Ridge Review Organization", "External Review Intake", "PO Box 11093",
                  "Boise, ID 83707-1093"]),
        ("p", "Do not send the request to the Benefits Board's appeals office in Wichita; the independent "
              "organization decides it. If your situation is urgent, you may ask for an expedited external review, "
              "decided within 72 hours."),
        ("small", "The Plan is a church plan under the Internal Revenue Code; its appeals follow 26 CFR 54.9815-2719. "
                  + FICT),
    ],
    key=dict(patient_name="Ezekiel T. Haroldsen", member_id="MCB-0044718", claim_number="MCB-26-0704412",
             notice_date="2026-11-23", service_dates=["2026-08-10", "2026-08-12", "2026-08-14"],
             procedure_codes=["90870", "00104"], diagnosis_codes=["F33.3"], denial_category="medical_necessity",
             plan_type="church", urgent=False,
             appeals_address="Summit Ridge Review Organization, External Review Intake, PO Box 11093, Boise, ID 83707-1093"),
    deadline=("months", 4, "Your request must be made within four months after the date you receive this notice"),
    anchors=dict(notice_date="November 23, 2026", service_dates=["08/10/2026", "08/12/2026", "08/14/2026"],
                 denial_category="not medically necessary", plan_type="A church plan", urgent=None),
    note=("FICTIONAL: invented pastor, plan, hospital, review organization and numbers. A church plan's (not "
          "ERISA) final internal appeal decision upholding the denial of ECT (90870, 00104) on three days as not "
          "medically necessary; the open step is the external review. A phone photo at a steep angle with a "
          "shallow depth of field: the foot of the page sharp, the top softening toward the far edge, on a linen "
          "tablecloth. Window stated: four months after receipt (calendar months from the notice date); the "
          "address is the review organization's. Traps: the appeal number, appeal received October 5, first "
          "denial September 2, the Board's Wichita office, 72 hours."),
)


# --------------------------------------------------------------------------------------------------------------
# 12 county employees' plan (governmental), epidural steroid injections, timely filing; legal page cut by fax
# --------------------------------------------------------------------------------------------------------------
case(
    num="12", slug="county-plan-epidural-timely-filing-legal-eob-split-fax", lang="en", kind="image", ext=".tif",
    device="legal_split_fax", pdf=dict(font="Mono", size=9.6, margins=0.5, pagesize="legal"),
    blocks=[
        ("lh", ["TAMARACK COUNTY EMPLOYEES' HEALTH PLAN", "A self-funded governmental plan of Tamarack County",
                "Claims administered by North Star Plan Services"],
         ["FICTIONAL SAMPLE", "EXPLANATION OF BENEFITS", "THIS IS NOT A BILL"], "#000000"),
        ("kv", [("Statement Date", "11/06/2026"), ("Subscriber", "Joanne Kessler-Dupree"),
                ("Subscriber ID", "TCE-0088431-01"), ("Group", "TAMCO-EMP"),
                ("Check/EFT no.", "0007741285"), ("Claims received", "10/19/2026 - 11/03/2026")],
         {"cols": 2, "box": True, "lw": 0.2}),
        ("addr", ["JOANNE KESSLER-DUPREE", "740 BIRCHMONT DR NE", "BEMIDJI MN 56601"]),
        ("box", "HOW TO READ THIS STATEMENT", [
            ("small", "BILLED: what the provider charged. ALLOWED: the most the Plan pays a provider for the service. "
                      "PLAN PAID: what the Plan paid the provider. YOU OWE: your deductible, copay or coinsurance. "
                      "CODE: the adjustment reason code; its meaning is printed under the claim. DX: the diagnosis "
                      "code the provider sent."),
            ("small", "MESSAGE FROM YOUR PLAN: open enrollment for the 2027 plan year runs 11/02/2026 to 11/20/2026. "
                      "Flu shots at network pharmacies cost you nothing."),
        ]),
        ("h2", "Claim 2026-301-00982 &middot; Patient: Joanne Kessler-Dupree (subscriber) &middot; ID TCE-0088431-01"),
        ("grid", ["DATE", "SERVICE", "DX", "BILLED", "ALLOWED", "PLAN PAID", "YOU OWE", "CODE"],
         [["10/20/2026", "99213", "M25.561", "$165.00", "$121.00", "$96.00", "$25.00", "PR-3"]],
         [0.15, 0.11, 0.11, 0.14, 0.12, 0.13, 0.12, 0.12]),
        ("h2", "Claim 2026-303-00551 &middot; Patient: Eli Kessler-Dupree (child) &middot; ID TCE-0088431-03"),
        ("grid", ["DATE", "SERVICE", "DX", "BILLED", "ALLOWED", "PLAN PAID", "YOU OWE", "CODE"],
         [["10/27/2026", "90834", "F41.1", "$140.00", "$112.00", "$92.00", "$20.00", "PR-3"]],
         [0.15, 0.11, 0.11, 0.14, 0.12, 0.13, 0.12, 0.12]),
        ("h2", "Claim 2026-306-00417 &middot; Patient: Raymond Dupree (spouse) &middot; ID TCE-0088431-02"),
        ("p", "Provider: Headwaters Spine and Pain Clinic. Received 11/02/2026. STATUS: DENIED."),
        ("grid", ["DATE", "SERVICE", "DX", "BILLED", "ALLOWED", "PLAN PAID", "YOU OWE", "CODE"],
         [["03/11/2026", "62323", "M54.16", "$1,380.00", "$0.00", "$0.00", "$0.00", "CO-29"],
          ["04/22/2026", "62323", "M54.16", "$1,380.00", "$0.00", "$0.00", "$0.00", "CO-29"]],
         [0.15, 0.11, 0.11, 0.14, 0.12, 0.13, 0.12, 0.12]),
        ("p", "CO-29: THE TIME LIMIT FOR FILING HAS EXPIRED. THE PLAN REQUIRES CLAIMS TO BE FILED WITHIN 180 DAYS "
              "OF THE DATE OF SERVICE. THIS CLAIM WAS FIRST RECEIVED ON 11/02/2026. AN IN-NETWORK PROVIDER MAY NOT "
              "BILL YOU FOR A CLAIM DENIED FOR LATE FILING. IF THE PROVIDER FILED ON TIME, IT MAY SEND PROOF SUCH AS "
              "A CLEARINGHOUSE ACCEPTANCE REPORT."),
        ("sp", SP12),
        ("h2", "YOUR PLAN YEAR TO DATE (01/01/2026 - 12/31/2026)"),
        ("grid", ["", "DEDUCTIBLE", "MET SO FAR", "OUT-OF-POCKET MAX", "MET SO FAR"],
         [["Joanne Kessler-Dupree", "$750.00", "$750.00", "$3,500.00", "$1,212.40"],
          ["Raymond Dupree", "$750.00", "$310.00", "$3,500.00", "$310.00"],
          ["Family", "$1,500.00", "$1,060.00", "$7,000.00", "$1,522.40"]],
         [0.28, 0.16, 0.16, 0.22, 0.16]),
        ("p", "AMOUNTS SHOWN AS MET INCLUDE CLAIMS PROCESSED THROUGH 11/05/2026. A CLAIM DENIED FOR LATE FILING DOES "
              "NOT COUNT TOWARD THE DEDUCTIBLE OR THE OUT-OF-POCKET MAXIMUM."),
        ("h2", "YOUR APPEAL RIGHTS"),
        ("p", "YOU MUST FILE A FIRST-LEVEL APPEAL WITHIN 180 DAYS FROM THE STATEMENT DATE SHOWN ABOVE. APPEALS ARE "
              "DECIDED BY THE PLAN'S APPEALS COMMITTEE WITHIN 60 DAYS. AFTER THE COMMITTEE'S FINAL DECISION YOU MAY "
              "ASK FOR AN EXTERNAL REVIEW WITHIN 4 MONTHS. THIS PLAN IS A GOVERNMENTAL PLAN AND IS NOT GOVERNED BY "
              "ERISA."),
        ("p", "MAIL APPEALS TO:"),
        ("addr", ["Tamarack County Employees' Health Plan", "Appeals Committee",
                  "c/o Human Resources Benefits Division", "115 Courthouse Square, Room 204", "Bemidji, MN 56601"]),
        ("p", "CLAIMS AND CORRECTED CLAIMS ONLY: NORTH STAR PLAN SERVICES, PO BOX 1650, DULUTH, MN 55816. "
              "QUESTIONS: 1-555-0108."),
        ("small", "Free language help / ayuda gratis en español: 1-555-0108."),
        ("small", "The Plan does not discriminate on the basis of race, color, national origin, age, disability or sex. "
                  + FICT + " EOB-TC-LGL-2026."),
    ],
    extra_text=["NOV-20-2026 14:06", "FROM: HEADWATERS SPINE BILLING", "1-555-0103", "TO: 1-555-0104", "P.001/002",
                "P.002/002"],
    key=dict(patient_name="Raymond Dupree", member_id="TCE-0088431-02", claim_number="2026-306-00417",
             notice_date="2026-11-06", service_dates=["2026-03-11", "2026-04-22"], procedure_codes=["62323"],
             diagnosis_codes=["M54.16"], carc_codes=["CO-29"], denial_category="timely_filing",
             plan_type="governmental", urgent=False,
             appeals_address="Tamarack County Employees' Health Plan, Appeals Committee, c/o Human Resources Benefits Division, 115 Courthouse Square, Room 204, Bemidji, MN 56601"),
    deadline=("days", 180, "YOU MUST FILE A FIRST-LEVEL APPEAL WITHIN 180 DAYS FROM THE STATEMENT DATE SHOWN ABOVE"),
    anchors=dict(notice_date="11/06/2026", service_dates=["03/11/2026", "04/22/2026"],
                 denial_category="THE TIME LIMIT FOR FILING HAS EXPIRED", plan_type="A self-funded governmental plan",
                 urgent=None),
    note=("FICTIONAL: invented family, county plan, administrator, clinic and numbers. A county employees' "
          "self-funded governmental plan's legal-size EOB of three claims: the subscriber's office visit and "
          "the child's psychotherapy paid, the spouse's two lumbar epidural steroid injections (62323, M54.16) denied for late filing (CO-29). The "
          "clinic faxed it on; the fax server cut the legal-length page into two letter-length fax pages (fine "
          "mode, 1-bit TIFF), slicing one line through its middle, with its header on each page. Window stated: "
          "180 days from the statement date. Traps: the fax header NOV-20-2026, the claims-received range, claim "
          "received 11/02, the paid claims 2026-301-00982 (99213, M25.561, PR-3) and 2026-303-00551 (the child Eli, "
          "-03, 90834, F41.1), the subscriber's -01 ID, the check number, open enrollment dates, the plan-year "
          "table, the claims PO box, 60 days, 4 months; the cut goes through the line above 'MAIL APPEALS TO:', so "
          "the address block is on the second fax page under its header."),
)
