"""FICTIONAL cases 10-18 of blind-fresh11 (10-12 English, 13-18 Spanish)."""
from PIL import Image, ImageDraw, ImageFont
import render as R
from make_set import FICT, FICT_ES, days, months
from cases_a import pdf_builder, scan_builder, photo_builder, note


def nota(text):
    return "All people, plans, administrators, numbers and addresses in this notice are fictional. " + text


# ---------------------------------------------------------------- 10 Marketplace photo PNG, timely filing
def c10():
    addr = ["Cascadia Commons Health", "Attn: Grievance and Appeals", "1400 Alder Quay, Suite 900", "Mistral Harbor, WA 98999"]
    st = {"font": "lib", "bold": "libb", "size": 10.5, "margin": 64}
    p = [("line", "cascadia commons health", True, 18), ("line", "Silver 2026 EPO  ·  Individual & Family Plans (Marketplace)", False, 8.5),
         ("gap", 1),
         ("line", "Nov. 5th, 2026", False),
         ("gap", 0.5),
         ("lines", ["Yusuf Al-Rashid Brennan", "3902 Kestrel Row", "Mistral Harbor, WA 98998"]),
         ("gap", 1),
         ("line", "Re: Claim CCH-2026-44-71920  |  Member ID CCH 5521 0934 01", True),
         ("gap", 0.5),
         ("para", "Dear Yusuf Al-Rashid Brennan,"),
         ("para", "We received your request for reimbursement (superbill) for ketamine infusion services (96365, J3490; "
                  "diagnosis G89.4) you received on 02/17/2026 from Saltmarsh Pain & Infusion. The claim was received on "
                  "10/29/2026. Your plan requires claims to be filed no later than 180 days after the date of service. "
                  "Because the claim was received after that limit, it is denied (reason code CO-29: the time limit for "
                  "filing has expired)."),
         ("para", "If you filed the claim on time, or had a good reason for filing late, you can appeal. You must file "
                  "your appeal within 180 days after you receive this letter."),
         ("line", "Appeals (mail or fax 1-555-0192):", True),
         ("lines", addr, False, None, 20), ("gap", 0.5),
         ("para", "General correspondence (not appeals): Cascadia Commons Health, PO Box 2020, Mistral Harbor, WA 98998."),
         ("para", "You may also ask for an external review after our final decision. Free help: Washington Consumer "
                  "Assistance (fictional line) 1-555-0193."),
         ("line", "Member DOB 11/03/1979", False, 8),
         ("line", FICT, False, 7)]
    return {"file": "10-marketplace-timely-filing-photo.png",
            "build": photo_builder([p], st, 3.0, 1010, "PNG", keystone=0.05, shadow=0.4, bg=(60, 64, 70)),
            "printed": {"notice_date": "Nov. 5th, 2026", "service_dates": ["02/17/2026"]},
            "key": {"_note": nota("Phone photo (PNG) of a Marketplace plan's timely-filing denial, rotated 3 degrees "
                                  "with a shadow and keystone. Date written 'Nov. 5th, 2026'; claim received 10/29/2026 "
                                  "is not the notice date; DOB 11/03/1979 two days before; the '180 days after the date "
                                  "of service' filing limit is not the appeal deadline; identifiers only in a Re: line; "
                                  "member ID in groups (compare without spaces); correspondence PO Box not for appeals."),
                    "patient_name": "Yusuf Al-Rashid Brennan", "member_id": "CCH 5521 0934 01",
                    "claim_number": "CCH-2026-44-71920", "notice_date": "2026-11-05", "service_dates": ["2026-02-17"],
                    "procedure_codes": ["96365", "J3490"], "diagnosis_codes": ["G89.4"], "carc_codes": ["CO-29"],
                    "denial_category": "timely_filing", "plan_type": "individual_aca", "urgent": False,
                    "appeal_deadline": days("2026-11-05", 180),
                    "deadline_basis": "within 180 days after you receive this letter",
                    "appeals_address": ", ".join(addr)}}


# ---------------------------------------------------------------- 11 county plan, plain text
def c11():
    addr = ["Marlow County Employee Benefits Trust", "Attn: Appeals Committee", "75 Courthouse Square, Room 204", "Tessaly, OR 97999"]

    def build(path):
        t = "\n".join([
            "MARLOW COUNTY EMPLOYEE BENEFITS TRUST",
            "Self-insured health plan for employees of Marlow County (a governmental plan)",
            "",
            "Date Issued: 12-Nov-2026                                Printed: 14-Nov-2026",
            "",
            "Employee: Gideon Tarrant-Hale           Employee no. 004417",
            "Member ID: MCE-31720-01                 Plan: County PPO 1500",
            "Claim #: MC-0092281-A                   Reference: REF 2026-11-0771 (not a claim number)",
            "",
            "BENEFIT DETERMINATION - DENIED",
            "",
            "Services reviewed (Harborview Interventional Psychiatry):",
            "  21-Oct-2026   J0013  esketamine nasal spray, 84 mg      F33.2",
            "  21-Oct-2026   99415  prolonged clinical staff service   F33.2",
            "  28-Oct-2026   J0013  esketamine nasal spray, 84 mg      F33.2",
            "  28-Oct-2026   99416  prolonged service, each add'l 30   F33.2",
            "",
            "Reason: The Trust's step therapy rule for esketamine (Spravato) requires trials of at least two",
            "oral antidepressants of different classes and one augmentation agent, each for 6 weeks or more,",
            "in the current episode. The records show one antidepressant trial. Coverage is denied until the",
            "step therapy requirement is met or an exception is approved.",
            "",
            "YOUR APPEAL",
            "You may appeal within 180 days from the date you receive this notice. You may send records and",
            "ask for copies of the documents used to decide the claim, free of charge.",
            "",
            "TWO ADDRESSES - PLEASE READ",
            "  Correspondence, address changes, ID cards:",
            "      Marlow County Employee Benefits Trust",
            "      PO Box 511",
            "      Tessaly, OR 97998",
            "  Appeals ONLY:",
        ] + ["      " + a for a in addr] + [
            "",
            "An appeal mailed to the PO Box will be forwarded and may be delayed.",
            "After the Trust's final decision you may ask for an independent external review.",
            "Questions: Benefits Office 1-555-0124, benefits@marlowcounty.example",
            "",
            FICT,
            ""])
        open(path, "w", encoding="utf-8").write(t)
        return ""
    return {"file": "11-county-plan-two-addresses.txt", "build": build,
            "printed": {"notice_date": "12-Nov-2026", "service_dates": ["21-Oct-2026", "28-Oct-2026"]},
            "key": {"_note": nota("Plain-text notice of a county employees' self-insured plan (governmental). Dates "
                                  "'12-Nov-2026'; printed 14-Nov-2026; a correspondence PO Box beside the appeals-only "
                                  "street address; employee number and a REF number that are not member or claim numbers."),
                    "patient_name": "Gideon Tarrant-Hale", "member_id": "MCE-31720-01", "claim_number": "MC-0092281-A",
                    "notice_date": "2026-11-12", "service_dates": ["2026-10-21", "2026-10-28"],
                    "procedure_codes": ["J0013", "99415", "99416"], "diagnosis_codes": ["F33.2"],
                    "denial_category": "step_therapy", "plan_type": "governmental", "urgent": False,
                    "appeal_deadline": days("2026-11-12", 180),
                    "deadline_basis": "within 180 days from the date you receive this notice",
                    "appeals_address": ", ".join(addr)}}


# ---------------------------------------------------------------- 12 member ID only on a card image
def card_image():
    s = 4
    im = Image.new("RGB", (340 * s, 200 * s), (231, 240, 248))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, 340 * s - 1, 200 * s - 1), 14 * s, outline=(40, 70, 110), width=3 * s, fill=(231, 240, 248))
    d.rectangle((0, 0, 340 * s, 36 * s), fill=(40, 70, 110))
    F = lambda n, b=False: ImageFont.truetype(R.FONTS["sansb" if b else "sans"], n * s)
    d.text((12 * s, 9 * s), "HALCYON RIDGE ASSURANCE", font=F(14, True), fill="white")
    rows = [("Member", "Bartholomew Quist"), ("Member ID", "HRA FICT 660 1984"), ("Group", "0055271"),
            ("Plan", "Open Access PPO"), ("Rx BIN", "610999")]
    for i, (a, b) in enumerate(rows):
        d.text((14 * s, (48 + i * 27) * s), a, font=F(9), fill=(60, 60, 60))
        d.text((100 * s, (46 + i * 27) * s), b, font=F(13, True), fill=(10, 10, 10))
    return im, "Member Bartholomew Quist\nMember ID HRA FICT 660 1984\nGroup 0055271"


def c12():
    addr = ["Halcyon Ridge Assurance Company", "Attn: Appeals Department", "300 Ferris Avenue, Suite 1500", "Elmstead, NC 27999"]
    card, cardtext = card_image()
    st = {"font": "sans", "bold": "sansb", "size": 9.5, "margin": 60}
    p = [("line", "Halcyon Ridge Assurance Company", True, 14), ("line", "Group medical insurance", False, 8),
         ("gap", 1),
         ("kv", [("Date of notice:", "November 17, 2026"), ("Print date:", "11/18/2026"),
                 ("Insured:", "Bartholomew Quist"), ("Employer group:", "Pell & Ostrander LLP"),
                 ("Claim number:", "HR-5519-2026-0043"),
                 ("Service dates:", "10/26/2026, 11/02/2026"), ("Provider:", "Ironwood Pain Institute")], 110),
         ("line", "The ID card we have on file for you:", False, 8.5),
         ("image", card, 204, 120, 0),
         ("line", "ADVERSE BENEFIT DETERMINATION", True, 12),
         ("para", "We denied the claim above for intravenous ketamine infusions (96365, 96366, J3490) for complex "
                  "regional pain syndrome (G90.59) and chronic pain syndrome (G89.4). Our clinical policy CP-0412 "
                  "considers ketamine infusion for chronic pain experimental and investigational because its long-term "
                  "benefit has not been shown in well-designed trials. The plan does not cover experimental or "
                  "investigational services (Certificate of Coverage, Exclusions, item 22)."),
         ("para", "You may appeal within 180 days of receiving this notice. Include the member ID shown on your card "
                  "and the claim number. Send appeals to:"),
         ("lines", addr, False, None, 24), ("gap", 0.5),
         ("para", "You can ask for an expedited appeal if waiting could seriously harm your health: 1-555-0128. You may "
                  "also have the right to external review and to bring a civil action under ERISA section 502(a)."),
         ("line", "Date of birth on file: 11/19/1972", False, 8),
         ("line", FICT, False, 7)]
    return {"file": "12-member-id-only-on-card-image.pdf", "build": pdf_builder([p], st, "\n" + cardtext),
            "printed": {"notice_date": "November 17, 2026", "service_dates": ["10/26/2026", "11/02/2026"]},
            "key": {"_note": nota("Insured employer (ERISA) text PDF whose member ID is printed ONLY on an embedded ID-card "
                                  "image (not in the text layer: it needs OCR of the image; in groups, compare without "
                                  "spaces). Separate 'Print date: 11/18/2026' and 'Date of notice'; DOB 11/19/1972 two "
                                  "days after; group number 0055271 on the card is not the member ID."),
                    "patient_name": "Bartholomew Quist", "member_id": "HRA FICT 660 1984",
                    "claim_number": "HR-5519-2026-0043", "notice_date": "2026-11-17",
                    "service_dates": ["2026-10-26", "2026-11-02"], "procedure_codes": ["96365", "96366", "J3490"],
                    "diagnosis_codes": ["G90.59", "G89.4"], "denial_category": "experimental_investigational",
                    "plan_type": "employer_erisa", "urgent": False, "appeal_deadline": days("2026-11-17", 180),
                    "deadline_basis": "within 180 days of receiving this notice",
                    "appeals_address": ", ".join(addr)}}


CASES = [c10, c11, c12]
