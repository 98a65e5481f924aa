"""FICTIONAL cases 01-09 (English) of blind-fresh11."""
import random
from PIL import Image, ImageDraw, ImageFont
import render as R
from make_set import FICT, FICT_ES, days, months


def pdf_builder(pages, style, extra_text=""):
    def build(path):
        ops = R.Layout(style).run(pages)
        R.to_pdf(ops, path)
        return extra_text
    return build


def scan_builder(pages, style, angles, seed):
    def build(path):
        ops = R.Layout(style).run(pages)
        ims = [R.scan_effect(R.to_image(o), a, seed + i) for i, (o, a) in enumerate(zip(ops, angles))]
        R.save_scan_pdf(ims, path)
        return R.layout_text(ops)
    return build


def photo_builder(pages, style, angle, seed, fmt, **kw):
    def build(path):
        ops = R.Layout(style).run(pages)
        im = R.photo_effect(R.to_image(ops[0], dpi=170), angle, seed, **kw)
        if fmt == "JPEG":
            im.save(path, "JPEG", quality=82)
        else:
            im.save(path, "PNG")
        return R.layout_text(ops)
    return build


def fax_builder(pages, style, seed):
    def build(path):
        ops = R.Layout(style).run(pages)
        R.save_fax_tiff(R.fax_pages([R.to_image(o) for o in ops], seed), path)
        return R.layout_text(ops)
    return build


def note(text):
    return "All people, plans, administrators, numbers and addresses in this notice are fictional. " + text


# ---------------------------------------------------------------- 01
def c01():
    addr = ["Corvane Industries Employee Health Plan", "c/o BrightHarbor Benefit Services", "Attn: Appeals Review Unit",
            "4410 Larkspur Parkway, Suite 220", "Fernhollow, OH 43999"]

    def hdr(p, n):
        return [(18, 14, "11/28/26, 9:14 AM", "lib", 8), (230, 14, "Message Center | BrightHarbor Member Portal", "lib", 8),
                (18, 772, "https://members.brightharbor.example/message-center/view?msg=MSG-88310427&print=1", "lib", 8),
                (560, 772, "%d/%d" % (p, n), "lib", 8)]
    st = {"font": "lib", "bold": "libb", "size": 9.5, "margin": 54, "header": hdr}
    p1 = [("gap", 1), ("line", "BrightHarbor Benefit Services", True, 15), ("line", "Member Portal  >  Message Center  >  Claim decisions", False, 8),
          ("rule",),
          ("kv", [("Subject:", "Claim decision: Claim 2026-318-004417 has been denied"),
                  ("From:", "BrightHarbor Claims (no-reply)"), ("Sent:", "11/12/2026 3:41 PM"),
                  ("Message ID:", "MSG-88310427")], 90),
          ("rule",),
          ("line", "Attachment shown inline: Notice of Adverse Benefit Determination (2 pages)", False, 8),
          ("gap", 1),
          ("line", "CORVANE INDUSTRIES EMPLOYEE HEALTH PLAN", True, 11),
          ("line", "A self-funded group health plan. Claims administrator: BrightHarbor Benefit Services. BrightHarbor does not insure this plan.", False, 7.5),
          ("gap", 1),
          ("line", "NOTICE OF ADVERSE BENEFIT DETERMINATION", True, 12, 0, "center"),
          ("gap", 1),
          ("kv", [("Date of notice:", "Nov. 12th, 2026"), ("Participant:", "Delphine Okoro-Whitfield"),
                  ("Participant ID:", "FICT-BHX-558201-01"), ("Group:", "CORV-7700"),
                  ("Claim number:", "2026-318-004417"), ("Provider:", "Lakeview Renewal Infusion Center"),
                  ("Date(s) of service:", "10/20/2026 and 10/22/2026"), ("Amount billed:", "$1,880.00")], 130),
          ("para", "We reviewed the claim listed above for ketamine infusion therapy (CPT 96365 and HCPCS J3490, ketamine "
                   "hydrochloride 50 mg/mL, 0.5 mg/kg) billed with diagnosis F33.2 (major depressive disorder, recurrent, "
                   "severe without psychotic features). The claim is denied."),
          ("line", "Reason for the decision", True),
          ("para", "The plan covers services that are medically necessary. A physician reviewer board-certified in "
                   "psychiatry found that the records sent do not show that the coverage criteria of Medical Policy "
                   "BH-214 (Intravenous Ketamine for Depression) were met: the records do not document two adequate "
                   "antidepressant trials of at least 8 weeks each at a therapeutic dose during the current episode. "
                   "The services are therefore not medically necessary as defined in Section 9.3 of the Summary Plan "
                   "Description."),
          ("para", "Reference numbers on this page (the Message ID and the portal case 4471-2026-88) are for portal use only and are not claim numbers."),
          ]
    p2 = [("gap", 1),
          ("line", "Your right to appeal", True, 11),
          ("para", "You may appeal this decision. You must file your appeal within 180 days after you receive this notice. "
                   "You may send written comments, documents and records, and you may ask for copies of all documents "
                   "relevant to your claim free of charge. If your situation is urgent, you may ask for an expedited "
                   "appeal by calling 1-555-0134."),
          ("line", "Send your written appeal to:", True),
          ("lines", addr, False, None, 24),
          ("gap", 1),
          ("para", "Do not send appeals to the claims address on your ID card (BrightHarbor Claims, PO Box 30990, "
                   "Fernhollow, OH 43998): that box only accepts new claims."),
          ("para", "After the internal appeal you may have a right to an external review by an independent review "
                   "organization, and to bring a civil action under section 502(a) of ERISA."),
          ("line", "Patient date of birth on file: 11/10/1988", False, 8),
          ("gap", 2),
          ("line", FICT, False, 7.5),
          ]
    return {"file": "01-erisa-selffunded-portal-printout.pdf",
            "build": pdf_builder([p1, p2], st),
            "printed": {"notice_date": "Nov. 12th, 2026", "service_dates": ["10/20/2026", "10/22/2026"]},
            "key": {"_note": note("Portal printout (browser header with print date 11/28/26 and a footer URL carrying "
                                  "the message ID) of a self-funded ERISA plan's notice; claims administrator "
                                  "BrightHarbor Benefit Services, plan Corvane Industries Employee Health Plan. Notice "
                                  "date written 'Nov. 12th, 2026'; 'Sent' 11/12/2026 is the same day; DOB 11/10/1988 two days "
                                  "before; message ID and portal case number are not claim numbers; claims PO Box is not "
                                  "for appeals. Deadline counted from the notice date (receipt, no mailing days)."),
                    "patient_name": "Delphine Okoro-Whitfield", "member_id": "FICT-BHX-558201-01",
                    "claim_number": "2026-318-004417", "notice_date": "2026-11-12",
                    "service_dates": ["2026-10-20", "2026-10-22"], "procedure_codes": ["96365", "J3490"],
                    "diagnosis_codes": ["F33.2"], "denial_category": "medical_necessity",
                    "plan_type": "employer_erisa", "urgent": False, "appeal_deadline": days("2026-11-12", 180),
                    "deadline_basis": "within 180 days after you receive this notice",
                    "appeals_address": ", ".join(addr)}}


# ---------------------------------------------------------------- 02
def c02():
    st = {"font": "sans", "bold": "sansb", "size": 9.5, "margin": 58}
    appeal = ["Sunmeadow Health Plans", "Attn: Appeals & Grievances Department", "PO Box 7188", "Cedar Bluff, AZ 85999"]
    p1 = [("line", "Sunmeadow Advantage Plus (HMO)", True, 13), ("line", "Sunmeadow Health Plans  ·  Member Correspondence  ·  PO Box 7120  ·  Cedar Bluff, AZ 85999", False, 8),
          ("gap", 1),
          ("line", "Notice of Denial of Medical Coverage (or Payment)", True, 13, 0, "center"),
          ("gap", 1),
          ("kv", [("Date:", "16-Nov-2026"), ("Name:", "Harold P. Vance, representative"),
                  ("", "for Margaret A. Vance (enrollee)"), ("Member number:", "SMH 4077 1228 6"),
                  ("Enrollee date of birth:", "14-Nov-1949"), ("Claim number:", "MA26-1104-7731")], 140),
          ("para", "Dear Mr. Vance: you are receiving this notice because Margaret A. Vance named you as her appointed "
                   "representative (CMS-1696 on file, received 02-Sep-2026). Information about her is shared with you under "
                   "that appointment."),
          ("line", "Your request was denied", True, 11),
          ("para", "We denied payment for the services listed below that Margaret A. Vance received from Juniper Valley "
                   "Psychiatry on 08-Oct-2026 and 15-Oct-2026: supervised esketamine self-administration visits (G2083) "
                   "with established-patient visits (99214), diagnosis F33.2."),
          ("line", "Why did we deny your request?", True, 11),
          ("para", "Sunmeadow Advantage Plus requires prior authorization for supervised esketamine treatment. We have "
                   "no record that your provider asked for or received prior authorization before these visits. Because "
                   "prior authorization was not obtained, we cannot pay this claim. If your provider asks, we will review "
                   "whether the care met Medicare coverage rules."),
          ("line", "You have the right to appeal our decision", True, 11),
          ("para", "You have the right to ask Sunmeadow Advantage Plus to review our decision by asking us for an "
                   "appeal. Ask for an appeal within 65 days of the date of this notice. We can give you more time if "
                   "you have a good reason for missing the deadline."),
          ]
    p2 = [("line", "How to ask for a standard appeal", True, 11),
          ("para", "You, your representative or your doctor may ask for an appeal. Put the request in writing and mail "
                   "or deliver it to our appeals office (not to the correspondence address at the top of this notice):"),
          ("lines", appeal, False, None, 30), ("gap", 1),
          ("para", "Fax: 1-555-0161. Phone (appeals): 1-555-0162, 8 a.m. to 8 p.m., seven days a week. Payment appeals "
                   "are standard appeals: there is no fast appeal for a payment request."),
          ("line", "What happens next", True, 11),
          ("para", "If we keep our denial in whole or in part, we will automatically send your case to an independent "
                   "reviewer. If you disagree with that decision, you will have the right to further appeals."),
          ("line", "Get help & more information", True, 11),
          ("para", "Sunmeadow Member Services: 1-555-0163 (TTY 711). 1-800-MEDICARE. Your State Health Insurance "
                   "Assistance Program (SHIP)."),
          ("line", "Form CMS-10003-NDMCP (fictional copy)       Printed 17-Nov-2026       Page 2 of 2", False, 7.5),
          ("gap", 1), ("line", FICT, False, 7.5)]
    return {"file": "02-ma-idn-spouse-representative-scan.pdf", "image_only": True,
            "build": scan_builder([p1, p2], st, [0.7, -0.5], 202),
            "printed": {"notice_date": "16-Nov-2026", "service_dates": ["08-Oct-2026", "15-Oct-2026"]},
            "key": {"_note": note("Medicare Advantage IDN, image-only scan. Addressed to the member's husband as appointed "
                                  "representative: the PATIENT is Margaret A. Vance, not Harold P. Vance. Dates written "
                                  "'16-Nov-2026'; DOB 14-Nov-1949 two days before; CMS-1696 received 02-Sep-2026 and printed "
                                  "17-Nov-2026 are not the notice date; correspondence PO Box 7120 at the top is not the "
                                  "appeals address (PO Box 7188). Member number in groups (compare without spaces)."),
                    "patient_name": "Margaret A. Vance", "member_id": "SMH 4077 1228 6",
                    "claim_number": "MA26-1104-7731", "notice_date": "2026-11-16",
                    "service_dates": ["2026-10-08", "2026-10-15"], "procedure_codes": ["G2083", "99214"],
                    "diagnosis_codes": ["F33.2"], "denial_category": "prior_authorization",
                    "plan_type": "medicare_advantage", "urgent": False, "appeal_deadline": days("2026-11-16", 65),
                    "deadline_basis": "within 65 days of the date of this notice",
                    "appeals_address": ", ".join(appeal)}}


# ---------------------------------------------------------------- 03
def c03():
    st = {"font": "serif", "bold": "serifb", "size": 10.5, "margin": 62}
    addr = ["Keystone Meridian Rx", "Attn: Part D Redeterminations", "P.O. Box 30291", "Ashgrove, PA 17999"]
    p = [("line", "KEYSTONE MERIDIAN Rx (PDP)", True, 15), ("line", "A Medicare Prescription Drug Plan", False, 9),
         ("gap", 1),
         ("line", "November 19, 2026", False),
         ("gap", 1),
         ("lines", ["Walter J. Pruitt", "118 Sorrel Hill Lane", "Brindlewood, PA 17998"]),
         ("gap", 1),
         ("kv", [("Member ID:", "FICT7731004"), ("Case number:", "CD-2026-1119-0382"), ("Date of birth:", "11/21/1946")], 110),
         ("line", "NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE", True, 11, 0, "center"),
         ("gap", 0.5),
         ("para", "We denied coverage of Auvelity (dextromethorphan-bupropion) 45 mg/105 mg extended-release tablets that "
                  "your prescriber requested on November 17, 2026. Auvelity is on our formulary with a step therapy "
                  "requirement: you must first try two other antidepressants (such as sertraline and bupropion) and have "
                  "them not work. Our records show no claims for either drug, and your prescriber did not send a reason "
                  "why they would not work for you."),
         ("line", "You have the right to ask us to redetermine (appeal) our decision.", True),
         ("para", "You must ask for a redetermination within 65 days from the date of this notice. Mail or fax your request to:"),
         ("lines", addr, False, None, 36),
         ("para", "Fax 1-555-0177. For a fast (expedited) redetermination call 1-555-0178. Do not send appeals to our "
                  "pharmacy claims unit (P.O. Box 30200)."),
         ("line", FICT, False, 7)]
    return {"file": "03-part-d-step-therapy-desk-photo.jpg",
            "build": photo_builder([p], st, -4.0, 303, "JPEG", keystone=0.08, shadow=0.55, bg=(120, 84, 52), desk=True),
            "printed": {"notice_date": "November 19, 2026"},
            "key": {"_note": note("Phone photo (JPEG) of a Part D coverage determination denial lying on a wooden desk "
                                  "with a pen: tilted, keystone, shadow over the top-left corner. Drug request: no service "
                                  "dates or codes; the Case number is the claim_number. DOB 11/21/1946 two days after the "
                                  "notice; 'requested on November 17, 2026' is not the notice date; pharmacy claims P.O. "
                                  "Box is not for appeals."),
                    "patient_name": "Walter J. Pruitt", "member_id": "FICT7731004",
                    "claim_number": "CD-2026-1119-0382", "notice_date": "2026-11-19",
                    "denial_category": "step_therapy", "plan_type": "medicare_part_d", "urgent": False,
                    "appeal_deadline": days("2026-11-19", 65),
                    "deadline_basis": "within 65 days from the date of this notice",
                    "appeals_address": ", ".join(addr)}}


# ---------------------------------------------------------------- 04 (DOCX)
def c04():
    addr = ["Riverbend Kids & Family Health", "Attn: Member Appeals", "2250 Quarry Road, Mail Stop 4B", "Lantern Falls, MO 64999"]

    def build(path):
        import docx
        from docx.shared import Pt
        d = docx.Document()
        d.styles["Normal"].font.name = "Calibri"
        d.styles["Normal"].font.size = Pt(10.5)
        d.sections[0].header.paragraphs[0].text = "Riverbend Kids & Family Health  |  A Medicaid managed care plan  |  1-555-0140"
        d.sections[0].footer.paragraphs[0].text = FICT
        d.add_paragraph("November 6, 2026")
        d.add_paragraph("Rosa Castellanos\nParent/guardian of Mateo R. Castellanos\n77 Wicklow Street, Apt 3\nLantern Falls, MO 64998")
        d.add_heading("Notice of Adverse Benefit Determination", level=1)
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for a, b in [("Member (your child)", "Mateo R. Castellanos"), ("Member date of birth", "11/08/2010"),
                     ("Medicaid ID", "RKF-00917733"), ("Household case number", "4471-0093-2"),
                     ("Claim number", "RB-26-301-88412"), ("Provider", "Northfield Adolescent TMS Program"),
                     ("Dates of service", "October 19, 2026 through\nOctober 30, 2026"),
                     ("Services", "90867 (TMS, initial session with mapping); 90868 (TMS, later sessions)"),
                     ("Diagnosis", "F32.2")]:
            r = t.add_row().cells
            r[0].text, r[1].text = a, b
        d.add_paragraph()
        d.add_paragraph("Dear Ms. Castellanos:")
        d.add_paragraph("Riverbend Kids & Family Health has denied payment for transcranial magnetic stimulation (TMS) "
                        "that your child received. TMS for members under 18 needs prior approval from Riverbend before "
                        "treatment starts. The provider did not ask for prior approval, so the claim is denied. This is "
                        "not a decision that the treatment was wrong for your child.")
        d.add_heading("Your right to appeal", level=2)
        d.add_paragraph("You, your child's provider (with your written permission), or someone you choose can appeal. You "
                        "must ask for an appeal within 60 calendar days from the date on this notice. To keep services "
                        "going during the appeal you must ask within 10 days from the date on this notice. If we keep "
                        "our decision, you can ask for a State fair hearing within 120 days of our appeal decision.")
        d.add_paragraph("Mail your appeal to:")
        d.add_paragraph("\n".join(addr))
        d.add_paragraph("Or call Member Services at 1-555-0141 (TTY 711) to appeal by phone. Claims and bills go to "
                        "PO Box 1180, Lantern Falls, MO 64998; do not send appeals there.")
        d.add_paragraph(FICT)
        d.save(path)
        return ""
    return {"file": "04-medicaid-parent-about-child.docx", "build": build,
            "printed": {"notice_date": "November 6, 2026", "service_dates": ["October 19, 2026", "October 30, 2026"]},
            "key": {"_note": note("Medicaid managed care notice (DOCX, label table) addressed to the PARENT (Rosa "
                                  "Castellanos) about her child: the PATIENT is the child, Mateo R. Castellanos. Service "
                                  "dates are a range written across two lines ('October 19, 2026 through' / 'October 30, "
                                  "2026'): the key gives the range's two ends. Child's DOB 11/08/2010 two days after; "
                                  "household case number beside the Medicaid ID; 10-day continuation and 120-day hearing "
                                  "are not the appeal deadline; claims PO Box not for appeals."),
                    "patient_name": "Mateo R. Castellanos", "member_id": "RKF-00917733",
                    "claim_number": "RB-26-301-88412", "notice_date": "2026-11-06",
                    "service_dates": ["2026-10-19", "2026-10-30"], "procedure_codes": ["90867", "90868"],
                    "diagnosis_codes": ["F32.2"], "denial_category": "prior_authorization",
                    "plan_type": "medicaid", "urgent": False, "appeal_deadline": days("2026-11-06", 60),
                    "deadline_basis": "within 60 calendar days from the date on this notice",
                    "appeals_address": ", ".join(addr)}}


# ---------------------------------------------------------------- 05
def c05():
    addr = ["Tallgrass Mutual Health Insurance Company", "Attn: Member Appeals", "P.O. Box 4406", "Prairie Vale, KS 66999"]
    st = {"font": "cond", "bold": "condb", "size": 8.5, "margin": 40}
    p1 = [("line", "TALLGRASS MUTUAL HEALTH INSURANCE COMPANY", True, 13),
          ("line", "Claims: P.O. Box 4400, Prairie Vale, KS 66999  ·  Customer service 1-555-0150", False, 7.5),
          ("gap", 1),
          ("line", "MEMBER CLAIM STATEMENT AND REMITTANCE DETAIL - THIS IS NOT A BILL", True, 11),
          ("gap", 0.5),
          ("table", [["Subscriber", "Subscriber ID", "Patient", "Patient member ID", "Statement date"],
                     ["Jonah Emberly", "TMH-884201937-01", "Priya Emberly-Nair (spouse)", "TMH-884201937-02", "11/13/2026"]],
           [100, 100, 150, 110, 72]),
          ("line", "Group: Harlow Grain Cooperative employee plan (insured by Tallgrass Mutual), group 0077-HG", False, 7.5),
          ("gap", 1),
          ("line", "CLAIM DETAIL", True, 10),
          ("table", [["Claim no.", "Service date", "Code", "Dx", "Billed", "Allowed", "Plan paid", "You owe", "Adj. (CARC)", "Remark (RARC)"],
                     ["TM2610020371", "10/02/2026", "99214", "F33.1", "$240.00", "$162.00", "$129.60", "$32.40", "CO-45 PR-2", ""],
                     ["TM2610090377", "10/09/2026", "96365", "F33.1", "$950.00", "$0.00", "$0.00", "$0.00", "CO-197", "M62"],
                     ["", "10/09/2026", "J3490", "F33.1", "$310.00", "$0.00", "$0.00", "$0.00", "CO-197", "M62 N657"],
                     ["TM2610160392", "10/16/2026", "90792", "F41.1", "$380.00", "$260.00", "$0.00", "$260.00", "CO-45 PR-1", ""]],
           [62, 56, 36, 34, 46, 46, 48, 46, 66, 92]),
          ("line", "Processed: 10/21/2026 (TM2610020371), 11/12/2026 (TM2610090377), 10/27/2026 (TM2610160392)", False, 7.5),
          ("gap", 1),
          ("line", "ADJUSTMENT REASON CODES (CARC) ON THIS STATEMENT", True, 9),
          ("table", [["Code", "Group", "What it means"],
                     ["45", "CO", "Charge is more than the allowed amount for a network provider. You do not owe this part."],
                     ["197", "CO", "Precertification/authorization was absent. The plan requires approval before this service."],
                     ["1", "PR", "Deductible amount."], ["2", "PR", "Coinsurance amount."]], [40, 40, 452]),
          ("line", "REMARK CODES (RARC)", True, 9),
          ("table", [["Code", "What it means"],
                     ["M62", "Missing, incomplete or invalid treatment authorization code."],
                     ["N657", "This should be billed with the appropriate code for these services (NDC required for unlisted drug)."]],
           [40, 492]),
          ]
    p2 = [("line", "TALLGRASS MUTUAL  ·  Statement of 11/13/2026  ·  page 2", False, 7.5), ("gap", 1),
          ("line", "What was denied", True, 10),
          ("para", "Claim TM2610090377 (ketamine infusion, 96365 and J3490, on 10/09/2026) was denied because the group "
                   "policy requires prior authorization for ketamine infusion therapy and none was obtained (CO-197). "
                   "Claims TM2610020371 and TM2610160392 were paid as shown; they are not denied."),
          ("line", "Your right to appeal", True, 10),
          ("para", "You have 180 days from the date you receive this statement to appeal a denied claim. Send a letter "
                   "that names the claim number and why you disagree, with any records, to:"),
          ("lines", addr, False, None, 30), ("gap", 1),
          ("para", "The P.O. Box 4400 shown at the top is for claims only. You may also have a right to an external "
                   "review by an independent review organization after the internal appeal, and to sue under ERISA "
                   "section 502(a). For help, call the Kansas consumer assistance line at 1-555-0152."),
          ("gap", 1), ("line", FICT, False, 7)]
    return {"file": "05-remittance-carc-rarc-three-claims.pdf", "build": pdf_builder([p1, p2], st),
            "printed": {"notice_date": "11/13/2026", "service_dates": ["10/09/2026"]},
            "key": {"_note": note("Insured employer (ERISA) member statement with remittance detail: three claims, only "
                                  "TM2610090377 denied (CO-197 with RARC M62/N657; RARCs are not CARCs). Paid claims' dates, "
                                  "codes, diagnoses and adjustment codes (CO-45, PR-1, PR-2) are not in the key. Patient is "
                                  "the subscriber's spouse with her own member ID (-02); subscriber's ID ends -01. Processed "
                                  "dates differ from the statement date. Claims PO Box 4400 not for appeals."),
                    "patient_name": "Priya Emberly-Nair", "member_id": "TMH-884201937-02",
                    "claim_number": "TM2610090377", "notice_date": "2026-11-13",
                    "service_dates": ["2026-10-09"], "procedure_codes": ["96365", "J3490"],
                    "diagnosis_codes": ["F33.1"], "carc_codes": ["CO-197"], "denial_category": "prior_authorization",
                    "plan_type": "employer_erisa", "urgent": False, "appeal_deadline": days("2026-11-13", 180),
                    "deadline_basis": "180 days from the date you receive this statement",
                    "appeals_address": ", ".join(addr)}}


# ---------------------------------------------------------------- 06
def c06():
    addr = ["Heritage Civil Service Benefit Association", "Attn: FEHB Reconsideration Unit", "1900 Beacon Mill Drive, Suite 410", "Halverton, VA 22999"]
    st = {"font": "libserif", "bold": "libserifb", "size": 9.5, "margin": 50}
    left = [("h", "Your claim at a glance"),
            ("p", "Enrollee: Leonora Fitch"), ("p", "Member ID: HCS-R58830172"), ("p", "Enrollment code: 451 (Self Only)"),
            ("p", "Claim: 26-283-55019-0"), ("p", "Provider: Crescent Bay Ketamine Clinic"),
            ("p", "Service date: 09/29/2026"), ("p", "Codes: 96365, 96366, J3490"), ("p", "Diagnoses: F33.2, F43.12"),
            ("h", "What we decided"),
            ("p", "We reviewed your claim for intravenous ketamine infusion and denied it. Under the Plan brochure "
                  "(Section 6, General exclusions), we do not cover services, drugs or supplies that are experimental or "
                  "investigational. Our medical director found that ketamine infusion for post-traumatic stress disorder "
                  "with depression is investigational under our coverage policy HC-MH-031."),
            ("h", "Why it matters"),
            ("p", "This is our initial decision on a disputed claim under the Federal Employees Health Benefits Program. "
                  "You may ask us to reconsider it.")]
    right = [("h", "How to ask us to reconsider"),
             ("p", "Write to us and explain why you believe our decision is wrong. Include copies of records and a "
                   "letter from your doctor. Your request for reconsideration must be received by us no later than "
                   "May 17, 2027."),
             ("p", "Mail it to:"),
             ("p", "Heritage Civil Service Benefit Association"), ("p", "Attn: FEHB Reconsideration Unit"),
             ("p", "1900 Beacon Mill Drive, Suite 410"), ("p", "Halverton, VA 22999"),
             ("h", "If we say no again"),
             ("p", "You may ask the U.S. Office of Personnel Management (OPM) to review our decision within 90 days of "
                   "the date of our reconsideration decision. Do not send your request for reconsideration to OPM."),
             ("h", "Questions?"),
             ("p", "Call 1-555-0155 or write to Member Services, PO Box 2200, Halverton, VA 22998 (not for reconsideration requests).")]
    p = [("line", "Heritage Civil Service Benefit Association", True, 16),
         ("line", "Health benefits for federal employees and annuitants  ·  FEHB Plan", False, 8.5),
         ("rule", 1.5),
         ("kv", [("Date of this decision:", "November 10, 2026"), ("Mailed:", "November 12, 2026")], 120),
         ("line", "CLAIM DECISION UPDATE", True, 13, 0, "center"),
         ("gap", 0.5),
         ("cols", left, right),
         ("rule",),
         ("line", "Leonora Fitch, 2207 Osprey Lane, Halverton, VA 22997     Date of birth 11/12/1968", False, 7.5),
         ("line", FICT, False, 7)]
    return {"file": "06-fehb-two-column-stated-date.pdf", "build": pdf_builder([p], st),
            "printed": {"notice_date": "November 10, 2026", "appeal_deadline": "May 17, 2027", "service_dates": ["09/29/2026"]},
            "key": {"_note": note("FEHB carrier letter in two columns, newsletter style. The stated date 'no later than "
                                  "May 17, 2027' wins over the rule (6 months from 2026-11-10 would be 2027-05-10). "
                                  "Mailed 11/12 is not the notice date; DOB 11/12/1968 two days after; enrollment code "
                                  "451 beside the member ID; OPM 90 days is the next level; Member Services PO Box not "
                                  "for appeals."),
                    "patient_name": "Leonora Fitch", "member_id": "HCS-R58830172", "claim_number": "26-283-55019-0",
                    "notice_date": "2026-11-10", "service_dates": ["2026-09-29"],
                    "procedure_codes": ["96365", "96366", "J3490"], "diagnosis_codes": ["F33.2", "F43.12"],
                    "denial_category": "experimental_investigational", "plan_type": "fehb", "urgent": False,
                    "appeal_deadline": "2027-05-17",
                    "deadline_basis": "Your request for reconsideration must be received by us no later than May 17, 2027",
                    "appeals_address": ", ".join(addr)}}


# ---------------------------------------------------------------- 07 fax TIFF
def c07():
    addr = ["Pinecrest Federal Health Services", "TRICARE East Appeals", "Attn: Reconsiderations", "P.O. Box 870144", "Coldwater Springs, SC 29999"]

    def hdr(p, n):
        return [(30, 10, "2026/11/13 14:02   FROM: PINECREST FHS UM   FAX 555-0170   TO: 555-0119   P.%03d/%03d" % (p, n), "monob", 8)]
    st = {"font": "sans", "bold": "sansb", "size": 10, "margin": 56, "header": hdr}
    p1 = [("gap", 1), ("line", "PINECREST FEDERAL HEALTH SERVICES", True, 14),
          ("line", "TRICARE East Region contractor (fictional)", False, 8.5), ("gap", 1),
          ("line", "EXPLANATION OF DENIAL - TRICARE CLAIM", True, 12),
          ("kv", [("Date of notice:", "2026/11/12"), ("Sponsor:", "SSgt Darnell Okafor"),
                  ("Sponsor DoD ID:", "1568842201"), ("Patient (spouse):", "Adaeze N. Okafor"),
                  ("Patient DoD Benefits Number:", "20794418305"), ("Claim number:", "TE2631600417"),
                  ("Dates of service:", "2026/10/06, 2026/10/08"), ("Procedure codes:", "96365, J3490"),
                  ("Diagnosis:", "F43.12")], 180),
          ("para", "TRICARE did not pay this claim. Ketamine infusion therapy is a service that requires prior "
                   "authorization for TRICARE Select beneficiaries. No authorization was on file for these dates. "
                   "The provider may ask for a retroactive review, or you may ask for a reconsideration."),
          ]
    p2 = [("gap", 1), ("line", "YOUR APPEAL RIGHTS", True, 12),
          ("para", "If you disagree, you may ask for a reconsideration. Your request must be postmarked or received within "
                   "90 days of the date of this notice. Send a copy of this notice and any records to:"),
          ("lines", addr, False, None, 30), ("gap", 1),
          ("para", "Do not mail reconsideration requests to the claims address (TRICARE East Claims, P.O. Box 870100). "
                   "For help, contact a Beneficiary Counseling and Assistance Coordinator (BCAC) at your military "
                   "hospital or clinic."),
          ("para", "Patient date of birth: 1991/11/10"),
          ("line", FICT, False, 7.5)]
    return {"file": "07-tricare-spouse-fax.tif", "build": fax_builder([p1, p2], st, 707),
            "printed": {"notice_date": "2026/11/12", "service_dates": ["2026/10/06", "2026/10/08"]},
            "key": {"_note": note("TRICARE notice received by fax: 1-bit Group 4 TIFF, 204x98 dpi, 2 pages, fax header "
                                  "'2026/11/13' (the day faxed, not the notice date). Dates year-first (2026/11/12). "
                                  "Patient is the sponsor's spouse; her DoD Benefits Number is the member ID, not the "
                                  "sponsor's DoD ID. DOB 1991/11/10; claims PO Box not for appeals."),
                    "patient_name": "Adaeze N. Okafor", "member_id": "20794418305", "claim_number": "TE2631600417",
                    "notice_date": "2026-11-12", "service_dates": ["2026-10-06", "2026-10-08"],
                    "procedure_codes": ["96365", "J3490"], "diagnosis_codes": ["F43.12"],
                    "denial_category": "prior_authorization", "plan_type": "tricare", "urgent": False,
                    "appeal_deadline": days("2026-11-12", 90),
                    "deadline_basis": "within 90 days of the date of this notice",
                    "appeals_address": ", ".join(addr)}}


# ---------------------------------------------------------------- 08 form scan
def c08():
    addr = ["Corbridge Life & Health", "Student Plan Appeals", "Attn: Appeals Coordinator", "88 Wren Court, Suite 300", "Oakmere, IN 46999"]
    st = {"font": "lib", "bold": "libb", "size": 10, "margin": 48}
    p = [("line", "Lakeshore State University Student Health Insurance Plan", True, 13),
         ("line", "Underwritten by Corbridge Life & Health  ·  Form SHP-CR7 (rev. 03/2025)", False, 8),
         ("gap", 0.5),
         ("line", "CLAIM REVIEW DETERMINATION", True, 12, 0, "center"),
         ("form", [[("1. DETERMINATION DATE", "11/09/2026"), ("2. CLAIM NO.", "CLH 7720 1190 33")],
                   [("3. INSURED STUDENT (PATIENT)", "Tomasz Wierzbicki-Lowe"), ("4. DATE OF BIRTH", "11/07/2003")],
                   [("5. MEMBER ID", "CLH-SH-2266103"), ("6. UNIVERSITY STUDENT NO.", "U00481922")],
                   [("7. PROVIDER", "Driftwood Mind Infusions (non-network)"), ("8. DATE(S) OF SERVICE", "10/13/2026; 10/27/2026")],
                   [("9. PROCEDURE CODE(S)", "96365  J3490"), ("10. DIAGNOSIS", "F32.2")],
                   [("11. DETERMINATION", "DENIED - OUT OF NETWORK")]], 2, 34, 10, "mono", 2.5, 8),
         ("line", "12. EXPLANATION", True, 9),
         ("para", "The student plan is an exclusive provider plan. Services from providers outside the Corbridge network "
                  "are not covered except for emergencies or when the plan approved a network exception before care. "
                  "Driftwood Mind Infusions is not in the network, and no exception was requested."),
         ("line", "13. APPEAL RIGHTS", True, 9),
         ("para", "You may appeal within 180 days after receipt of this notice. Write to the address below; include the "
                  "claim number and any letter from your doctor. You may ask for external review after the internal "
                  "appeal. Urgent care appeals: call 1-555-0181."),
         ("box", addr),
         ("line", "Student Health Center billing (not for appeals): 400 Commons Hall, Oakmere, IN 46998", False, 8),
         ("gap", 1),
         ("line", "Printed 11/10/2026 09:02  ·  Page 1 of 1  ·  " + FICT, False, 6.5)]
    return {"file": "08-student-plan-form-scan.pdf", "image_only": True,
            "build": scan_builder([p], st, [-1.1], 808),
            "printed": {"notice_date": "11/09/2026", "service_dates": ["10/13/2026", "10/27/2026"]},
            "key": {"_note": note("Student health plan (individual market) boxed form with small printed labels and "
                                  "typewriter fill-ins set slightly off their lines; image-only scan skewed -1.1 degrees. "
                                  "Numbered labels; university student number beside the member ID; DOB 11/07/2003 two "
                                  "days before; printed 11/10/2026; claim number in groups (compare without spaces); "
                                  "appeals address in a box; Student Health Center billing address not for appeals."),
                    "patient_name": "Tomasz Wierzbicki-Lowe", "member_id": "CLH-SH-2266103",
                    "claim_number": "CLH 7720 1190 33", "notice_date": "2026-11-09",
                    "service_dates": ["2026-10-13", "2026-10-27"], "procedure_codes": ["96365", "J3490"],
                    "diagnosis_codes": ["F32.2"], "denial_category": "out_of_network", "plan_type": "individual_aca",
                    "urgent": False, "appeal_deadline": days("2026-11-09", 180),
                    "deadline_basis": "within 180 days after receipt of this notice",
                    "appeals_address": ", ".join(addr)}}


# ---------------------------------------------------------------- 09 church plan, e-mail base64 plain
def c09():
    addr = ["Covenant Shores Ministries Benefit Plan", "c/o Northgate Claims Administration", "Attn: Appeals",
            "600 Tamarack Street, Suite 12", "Brookhaven Mills, MN 55999"]

    def build(path):
        from email.message import EmailMessage
        m = EmailMessage()
        m["From"] = "Northgate Claims Administration <determinations@northgate-claims.example>"
        m["To"] = "Corinne Abernathy-Dahl <corinne.ad@mailbox.example>"
        m["Subject"] = "Your benefit determination - Covenant Shores Ministries Benefit Plan"
        m["Date"] = "Mon, 16 Nov 2026 08:12:44 -0600"
        m["Message-ID"] = "<nca-2026-1116-4471@northgate-claims.example>"
        body = "\n".join([
            "Dear Corinne Abernathy-Dahl,",
            "",
            "Northgate Claims Administration processes claims for the Covenant Shores Ministries Benefit Plan, a church",
            "plan. The plan is not subject to ERISA. Below is the determination on your recent claim.",
            "",
            "  Date of determination ..... 11/13/2026",
            "  Covered person ............ Corinne Abernathy-Dahl",
            "  Plan member number ........ CSM-FICT-204417",
            "  Claim ..................... NCA-2026-0098813",
            "  Provider .................. Tidewater Integrative Psychiatry",
            "  Services .................. 90837 psychotherapy, 96365 infusion, J3490 ketamine",
            "  Date of service ........... 10/28/2026",
            "  Diagnosis ................. F43.10",
            "  Determination ............. Not covered",
            "",
            "Why: Section 7.4 of the plan document excludes \"psychedelic-assisted or drug-assisted psychotherapy,",
            "including ketamine-assisted psychotherapy\". The services billed together on 10/28/2026 were",
            "ketamine-assisted psychotherapy, which is a benefit exclusion under the plan. This is not a finding about",
            "medical necessity.",
            "",
            "Appeal: you may appeal within 180 days of receiving this notice. Send your written appeal to:",
            "",
        ] + ["    " + a for a in addr] + [
            "",
            "Please do not reply to this e-mail; this mailbox is not monitored and e-mail is not an appeal.",
            "After the plan's final decision you may be able to ask for an external review.",
            "",
            "Northgate Claims Administration, 1-555-0187",
            "",
            FICT,
        ])
        m.set_content(body, charset="utf-8", cte="base64")
        open(path, "wb").write(bytes(m))
        return ""
    return {"file": "09-church-plan-tpa-email-base64.eml", "build": build,
            "printed": {"notice_date": "11/13/2026", "service_dates": ["10/28/2026"]},
            "key": {"_note": note("Church plan (not ERISA) via a TPA, plain-text e-mail in base64 UTF-8. Plan name "
                                  "Covenant Shores Ministries Benefit Plan; administrator Northgate Claims Administration. "
                                  "E-mail Date 16 Nov 2026 is not the notice date ('Date of determination 11/13/2026'); "
                                  "dotted leaders; 'Covered person'; c/o block."),
                    "patient_name": "Corinne Abernathy-Dahl", "member_id": "CSM-FICT-204417",
                    "claim_number": "NCA-2026-0098813", "notice_date": "2026-11-13",
                    "service_dates": ["2026-10-28"], "procedure_codes": ["90837", "96365", "J3490"],
                    "diagnosis_codes": ["F43.10"], "denial_category": "not_covered", "plan_type": "church",
                    "urgent": False, "appeal_deadline": days("2026-11-13", 180),
                    "deadline_basis": "within 180 days of receiving this notice",
                    "appeals_address": ", ".join(addr)}}


CASES = [c01, c02, c03, c04, c05, c06, c07, c08, c09]
