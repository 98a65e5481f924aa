"""Intake on kinds of notices written by others: Spanish notices, e-mails (.eml), statements listing several
claims, TPA letters, slanted photos, and the blind-written development set.

Every notice here is fictional, typed for the test (the blind sets are described in tests/resources/README.md).
"""
from __future__ import annotations

import json
import re
import sys
from datetime import date
from email.message import EmailMessage
from pathlib import Path
from types import SimpleNamespace

import pytest

from appeal_kit.intake import codes, facts as intake_facts, textract
from appeal_kit.intake.labels import detect_language

ROOT = Path(__file__).resolve().parent.parent
BLIND_DEV = ROOT / "tests" / "resources" / "notices" / "blind-dev"
TODAY = date(2026, 12, 1)

SPANISH = """Plan de Salud Río Claro - Medicaid
Fecha del aviso: 2 de junio de 2026

Nombre del miembro:     Graciela Núñez Albarrán
Fecha de nacimiento:    03/05/1961
Número de identificación de Medicaid:    RCM-3019-4477
Reclamación n.º:    2026-05-0881

Estimada Sra. Núñez Albarrán:
Recibimos una reclamación por servicios que usted recibió el 21 de abril de 2026 y
el 28 de abril de 2026: psicoterapia individual (código CPT 90837). Diagnóstico: F43.10.

Hemos negado el pago de estos servicios. Después de la sesión número 12 el proveedor debe pedir una
autorización previa, y estas sesiones no tenían autorización previa.

Si no está de acuerdo, puede pedir una apelación. Usted debe pedir una apelación dentro de 60 días a partir de
la fecha de este aviso. Si este aviso reduce un servicio que ya recibe, puede seguir recibiéndolo (continuación
de beneficios) si pide la apelación dentro de los 10 días siguientes a la fecha de este aviso.
Si después de la apelación seguimos negando el servicio, puede pedir una audiencia imparcial estatal dentro de
120 días.
"""


def test_a_spanish_medicaid_notice():
    f = intake_facts.extract_facts(SPANISH, today=TODAY)
    assert f["language"] == "es"
    assert (f["patient_name"], f["member_id"], f["claim_number"]) == \
        ("Graciela Núñez Albarrán", "RCM-3019-4477", "2026-05-0881")
    assert f["notice_date"] == "2026-06-02" and f["date_of_birth"] == "1961-05-03"  # day first in Spanish
    assert f["service_dates"] == ["2026-04-21", "2026-04-28"]
    assert f["procedure_codes"] == ["90837"] and f["diagnosis_codes"] == ["F43.10"]
    assert f["plan_type"] == "medicaid" and f["denial_category"] == "prior_authorization"
    # the reason in its own words, not translated
    assert "no tenían autorización previa" in f["evidence"]["denial_category"]
    # 60 days to appeal: not the 10 days for keeping benefits, nor the fair hearing's 120
    assert f["appeal_deadline"] == "2026-08-01"
    assert "dentro de 60 días" in f["deadline_basis"]


def test_language_is_told_by_the_words():
    assert detect_language(SPANISH) == "es"
    assert detect_language("We denied the claim for the services you received. You may appeal.") == "en"


def test_ocr_lookalikes_in_lower_case():
    assert codes.correct_ocr_codes("ketamine jo013 and visit g2082") == "ketamine J0013 and visit G2082"


# ---------------------------------------------------------------------------------------------- e-mail

def _eml(tmp_path: Path, html: bool) -> Path:
    msg = EmailMessage()
    msg["From"] = "Juniper Plains Health <notices@juniper.example>"
    msg["To"] = "Lorenzo Baptiste <lb@mail.example>"
    msg["Subject"] = "Claim decision JP26-221-80457"
    msg["Date"] = "Tue, 11 Aug 2026 09:14:22 -0500"
    body = ("Member ID: JPH-4418-2290\nClaim number: JP26-221-80457\nDate of service: 07/29/2026\n"
            "We denied the claim because we did not receive a prior authorization request. You can file an "
            "internal appeal within 180 days from the date of this notice, a long sentence that a mail program "
            "wraps with soft line breaks in quoted-printable.\n")
    if html:
        cells = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in
                        (("Member ID:", "JPH-4418-2290"), ("Claim number:", "JP26-221-80457"),
                         ("Date of service:", "07/29/2026")))
        msg.set_content(f"<html><head><style>td {{color: red}}</style></head><body><table>{cells}</table>"
                        "<p>We denied the claim because we did not receive a prior authorization request.</p>"
                        "<p>You can file an internal appeal within 180 days from the date of this notice.</p>"
                        "</body></html>", subtype="html", cte="quoted-printable")
    else:
        msg.set_content(body, cte="quoted-printable")
    path = tmp_path / ("html.eml" if html else "plain.eml")
    path.write_bytes(bytes(msg))
    return path


@pytest.mark.parametrize("html", [False, True])
def test_an_email_notice(tmp_path, html):
    path = _eml(tmp_path, html)
    extracted = textract.extract_text(path)
    assert extracted.method == "eml" and "color: red" not in extracted.text
    assert extracted.fields["subject"] == "Claim decision JP26-221-80457"
    f = intake_facts.intake_file(path, today=TODAY).facts
    assert f["email"]["from"].startswith("Juniper Plains Health")
    assert (f["member_id"], f["claim_number"], f["service_dates"]) == \
        ("JPH-4418-2290", "JP26-221-80457", ["2026-07-29"])
    assert f["notice_date"] == "2026-08-11"  # the Date header
    assert f["insurer"] == "Juniper Plains Health"
    assert "within 180 days from the date of this notice" in f["deadline_basis"]  # no "day= s" left


# ---------------------------------------------------------------------------------------------- statements

STATEMENT = """Pinecrest Benefit Life Insurance Company
EXPLANATION OF BENEFITS - THIS IS NOT A BILL
Statement date: April 6, 2026                                   Member: Colleen M. Atherton
Member ID: PBL-553019-02

Claim 26068A11937 - Patient: Colleen M. Atherton - Provider: Northside Family Medicine
Date of service      Service           Code           Billed          Plan paid        You owe          Adj. codes
03/09/2026           Office visit      99214          $210.00         $117.18          $25.00           PR-3

Claim 26072B40512 - Patient: Colleen M. Atherton - Provider: Lumen Ketamine Clinic PLLC
Date of service   Service                              Code        Billed        Plan paid      You owe     Adj. codes
03/12/2026        IV infusion, initial hour            96365       $650.00       $0.00          $0.00       CO-197
03/12/2026        Unclassified drug (ketamine)         J3490       $95.00        $0.00          $0.00       CO-197

Explanation of codes
PR-3: Copayment amount. CO-197: Precertification/authorization absent.
You have 180 days from the statement date to request an appeal. This plan is governed by ERISA.
"""


def test_a_statement_of_several_claims_gives_the_denied_one():
    f = intake_facts.extract_facts(STATEMENT, today=TODAY)
    assert f["claim_number"] == "26072B40512"
    assert f["service_dates"] == ["2026-03-12"]
    assert f["procedure_codes"] == ["96365", "J3490"] and f["carc_codes"] == ["CO-197"]
    assert f["paid_claims"] == [{"claim_number": "26068A11937", "service_dates": ["2026-03-09"],
                                 "procedure_codes": ["99214"], "carc_codes": ["PR-3"]}]
    assert f["denial_category"] == "prior_authorization"


def test_a_claim_table_with_two_denied_claims_marks_the_claim_number_to_check():
    table = """Tidewater Health Options     EXPLANATION OF BENEFITS
Date of this notice:  05/19/2026
Claim #        Provider                        Service date  Code   Billed    Plan paid  You owe   Remark
TW2604-18830   Harbor Pharmacy                 04/14/2026    RX     $38.12    $28.12     $10.00    --
TW2604-20177   Coastal Counseling Collective   04/16/2026    90837  $185.00   $0.00      $185.00   CO-242
TW2605-00412   Coastal Counseling Collective   04/30/2026    90837  $185.00   $0.00      $185.00   CO-242
"""
    f = intake_facts.extract_facts(table, today=TODAY)
    assert f["claim_number"] == "TW2604-20177" and "denies 2 claims" in f["uncertain"]["claim_number"]
    assert [c["claim_number"] for c in f["denied_claims"]] == ["TW2604-20177", "TW2605-00412"]
    assert f["service_dates"] == ["2026-04-16", "2026-04-30"]


# ---------------------------------------------------------------------------------------------- TPA, photos

def test_a_tpa_letter_names_the_plan_and_the_administrator():
    f = intake_facts.extract_facts(
        "NORTHGATE CLAIMS SERVICES LTD\nThird-party administrator for the Harrowgate Analytics US Employee Benefit "
        "Plan\nDate: 21/05/2026\nMember number: HGA-00412-7\nThe claim has been declined because the treatment is "
        "excluded. Northgate Claims Services Ltd administers claims for the Plan but does not insure it.\n",
        today=TODAY)
    assert f["administrator"] == "Northgate Claims Services Ltd"
    assert f["plan_name"] == "Harrowgate Analytics US Employee Benefit Plan"
    assert f["notice_date"] == "2026-05-21"  # 21 cannot be a month


def test_a_slanted_photo_is_levelled(tmp_path):
    from PIL import Image, ImageDraw

    page = Image.new("L", (800, 600), 255)
    draw = ImageDraw.Draw(page)
    for y in range(60, 560, 24):
        draw.rectangle((60, y, 740, y + 9), fill=0)  # lines of "text"
    slanted = page.rotate(-4, expand=True, fillcolor=90)  # on a dark table, turned 4 degrees clockwise
    assert abs(textract.skew_angle(slanted) - 4.0) <= 0.5
    assert textract.skew_angle(page) == 0.0


# ---------------------------------------------------------------------------------------------- blind set

@pytest.mark.ocr  # a PDF page with too little text in its layer is read by OCR (textract._pdf_text)
def test_blind_dev_notices_with_a_text_layer():
    """The blind-written development set, notices that need no OCR (the OCR'd ones: scripts/intake_accuracy.py)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from intake_accuracy import FIELDS, same

    hits = total = 0
    misses = []
    for exp_path in sorted(BLIND_DEV.glob("*.expected.json")):
        exp = json.loads(exp_path.read_text(encoding="utf-8"))
        notice = BLIND_DEV / exp["file"]
        if textract.sniff(notice) in ("image",) or notice.suffix in (".tiff", ".jpg", ".png"):
            continue
        got = intake_facts.intake_file(notice).facts
        if got.get("notice_date"):
            assert got["notice_date"] != got.get("date_of_birth"), notice.name
        for f in FIELDS:
            if f in exp:
                total += 1
                if same(f, got.get(f), exp[f]):
                    hits += 1
                else:
                    misses.append((notice.name, f, got.get(f), exp[f]))
    assert total > 200 and hits / total >= 0.95, misses


@pytest.mark.parametrize("written", ["Dates of service: March 3-5, 2026.", "services you received from March 3 "
                                     "through 5, 2026", "por los servicios del 3 al 5 de marzo de 2026."])
def test_a_range_of_days_in_one_month_gives_both_ends(written):
    assert intake_facts.extract_facts(written, today=TODAY)["service_dates"] == ["2026-03-03", "2026-03-05"]


# ---------------------------------------------------------------------------------------------- pages, tables, plans

def test_a_fax_in_standard_mode_is_read_with_square_pixels():
    from PIL import Image

    fax = Image.new("1", (1728, 1100), 1)
    fax.info["dpi"] = (204.0, 98.0)  # letters stored half as tall as they are wide
    upright = textract.square_pixels(fax)
    assert upright.size == (1728, round(1100 * 204 / 98))
    square = Image.new("L", (800, 600), 255)
    square.info["dpi"] = (300, 300)
    assert textract.square_pixels(square) is square


def test_a_shadowed_speckled_page_is_cleaned_before_reading(tmp_path):
    import random

    from PIL import Image, ImageDraw

    page = Image.new("L", (1200, 1600), 245)
    draw = ImageDraw.Draw(page)
    for x in range(0, 600):  # a shadow across the left half: the paper there is mid grey
        draw.line((x, 0, x, 1599), fill=130 + x // 6)
    for y in range(100, 1500, 40):
        for x in range(80, 1100, 9):
            draw.rectangle((x, y, x + 4, y + 12), fill=20)  # lines of "letters", some in the shadow
    rng = random.Random(3)
    for _ in range(20000):  # dust: single dark dots
        page.putpixel((rng.randrange(1200), rng.randrange(1600)), 0)
    path = tmp_path / "page.png"
    page.save(path)
    assert textract._lone_dark_share(page) >= textract.SPECKLED
    textract.clean_page(path)
    with Image.open(path) as cleaned:
        assert cleaned.getpixel((300, 80)) > 200  # the shadowed paper is paper again
        assert cleaned.getpixel((300, 106)) < 128  # and the ink in the shadow still ink
        assert textract._lone_dark_share(cleaned) < textract.SPECKLED


def test_a_sheet_lying_on_a_newspaper_is_read_without_the_newspaper(tmp_path):
    """A sheet photographed on other print (an open newspaper): the lighter paper of the sheet is found and the
    print round it painted white before OCR; a sheet on a plain desk, or filling the picture, is left as it is."""
    from PIL import Image, ImageDraw

    def photo(background: int, printed: bool, sheet: tuple[int, int, int, int]) -> Image.Image:
        page = Image.new("L", (2000, 1500), background)
        draw = ImageDraw.Draw(page)
        if printed:  # newsprint: dense lines of small "letters" all over
            for y in range(10, 1500, 22):
                for x in range(5, 2000, 8):
                    draw.rectangle((x, y, x + 4, y + 10), fill=40)
        draw.rectangle(sheet, fill=246)
        for y in range(sheet[1] + 60, sheet[3] - 60, 40):  # the sheet's own lines of text
            for x in range(sheet[0] + 60, sheet[2] - 60, 11):
                draw.rectangle((x, y, x + 5, y + 14), fill=30)
        return page

    path = tmp_path / "photo.png"
    photo(205, True, (500, 150, 1500, 1350)).save(path)
    assert textract.sheet_only(path)
    with Image.open(path) as read:
        assert read.getpixel((100, 700)) == 255 and read.getpixel((1900, 100)) == 255  # the newspaper is gone
        assert read.getpixel((563, 213)) < 100  # the sheet's letters stay
    for background, printed, sheet in ((60, False, (500, 150, 1500, 1350)),  # a dark desk, nothing printed
                                       (205, True, (10, 10, 1990, 1490))):  # the sheet fills the picture
        photo(background, printed, sheet).save(path)
        assert not textract.sheet_only(path)
    # a scanner app's page lit unevenly (its light fading from one corner) on a grey frame: its lighter part has no
    # edge where the light fades, so nothing is painted
    page = Image.new("L", (1500, 2000), 190)
    draw = ImageDraw.Draw(page)
    for y in range(40, 1960):
        draw.line((40, y, 1460, y), fill=252 - 50 * y // 1960)
    for y in range(100, 1900, 40):
        for x in range(100, 1400, 11):
            draw.rectangle((x, y, x + 5, y + 14), fill=30)
    page.save(path)
    assert not textract.sheet_only(path)


def test_light_letters_on_a_dark_title_bar_are_kept(tmp_path):
    from PIL import Image, ImageDraw

    page = Image.new("L", (1600, 500), 246)  # a web page: a dark title bar over white, as a screenshot shows it
    draw = ImageDraw.Draw(page)
    draw.rectangle((0, 0, 1599, 80), fill=40)
    for x in range(40, 700, 9):
        draw.rectangle((x, 30, x + 4, 46), fill=250)  # light "letters" on the bar
    path = tmp_path / "portal.png"
    page.save(path)
    textract.clean_page(path)
    with Image.open(path) as cleaned:
        assert abs(cleaned.getpixel((42, 38)) - cleaned.getpixel((46, 38))) > 120  # a letter and the bar beside it


def test_a_word_header_table_with_labels_over_values_is_read_in_place(tmp_path):
    import docx

    doc = docx.Document()
    doc.add_paragraph("Harbourline Mutual Health, 12 Wharf Street, Port Emery, RI 02999")
    doc.add_paragraph("Claim Determination")
    table = doc.add_table(rows=2, cols=4)
    for i, (label, value) in enumerate((("Member name", "Odile Fairweather-Brandt"), ("Member ID", "HMH-44-0918"),
                                        ("Claim number", "HM26 4410 7702"), ("Notice date", "2026-11-12"))):
        table.cell(0, i).text = label
        table.cell(1, i).text = value
    doc.add_paragraph("We denied the claim because the provider is out of network. You have 180 days from the "
                      "date you receive this notice to appeal. Your employer group health plan is governed by ERISA.")
    path = tmp_path / "notice.docx"
    doc.save(path)
    text = textract.extract_text(path).text
    assert text.index("Member ID") < text.index("We denied")  # the table where the document has it
    got = intake_facts.intake_file(path, today=TODAY).facts
    assert (got["patient_name"], got["member_id"], got["claim_number"], got["notice_date"]) == \
        ("Odile Fairweather-Brandt", "HMH-44-0918", "HM26 4410 7702", "2026-11-12")


def _word_form_notice(path: Path) -> None:
    """A Word form letter whose filled-in values sit in content controls (w:sdt), as notice templates keep them:
    inline controls in a paragraph, a block control around a paragraph, a repeating section around a table's rows,
    a tracked deletion and a field code (neither shows on the page)."""
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def control(tag: str, inner: str) -> str:
        return f'<w:sdt {w}><w:sdtPr><w:tag w:val="{tag}"/><w:text/></w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>'

    def run(text: str) -> str:
        return f'<w:r {w}><w:t xml:space="preserve">{text}</w:t></w:r>'

    doc = docx.Document()
    doc.add_paragraph("Brightwater Health Plan, Appeals Unit, PO Box 4410, Cedar Fork, OH 43999 (FICTIONAL)")
    line = doc.add_paragraph("Date: ")
    line._p.append(parse_xml(control("NoticeDate", run("November 18, 2026"))))
    line = doc.add_paragraph("Member: ")
    line._p.append(parse_xml(control("Name", run("Rosalind Achebe-Varga"))))
    line._p.append(parse_xml(run("    Member ID: ")))
    line._p.append(parse_xml(control("MemberID", run("BHP-FICT-771204"))))
    line._p.append(parse_xml(f'<w:del {w} w:id="1" w:author="x"><w:r><w:delText>BHP-OLD-000000</w:delText></w:r></w:del>'))
    body = doc.element.body
    body.insert(len(body) - 1, parse_xml(control("Claim", f'<w:p {w}>{run("Claim number: CL-2611-55012")}</w:p>')))
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Date of service", "Code"
    rows = "".join(f'<w:tr {w}><w:tc><w:p>{run(day)}</w:p></w:tc><w:tc><w:p>{run("96365")}</w:p></w:tc></w:tr>'
                   for day in ("10/06/2026", "10/09/2026"))
    table._tbl.append(parse_xml(control("Lines", rows)))
    field = doc.add_paragraph()
    field._p.append(parse_xml(f'<w:r {w}><w:instrText xml:space="preserve"> MERGEFIELD Secret </w:instrText></w:r>'))
    doc.add_paragraph("We denied the claim because the treatment is not medically necessary. You may appeal within "
                      "180 days of the date you receive this notice. Your employer's group health plan is governed "
                      "by ERISA.")
    doc.save(path)


def test_a_word_form_notices_content_controls_are_read(tmp_path):
    path = tmp_path / "form-notice.docx"
    _word_form_notice(path)
    text = textract.extract_text(path).text
    assert "Member: Rosalind Achebe-Varga    Member ID: BHP-FICT-771204" in text.splitlines()
    assert "BHP-OLD-000000" not in text and "MERGEFIELD" not in text  # deleted text and field codes do not show
    assert [line.split() for line in text.splitlines() if "/2026" in line] == [["10/06/2026", "96365"],
                                                                             ["10/09/2026", "96365"]]
    got = intake_facts.intake_file(path, today=TODAY).facts
    assert (got["patient_name"], got["member_id"], got["claim_number"], got["notice_date"]) == \
        ("Rosalind Achebe-Varga", "BHP-FICT-771204", "CL-2611-55012", "2026-11-18")


def test_dates_written_day_month_year_with_hyphens_and_a_transaction_control_number():
    got = intake_facts.extract_facts(
        "Notice date    12-Nov-2026\nBeneficiary    Kaylee Marsh\nTransaction control number (TCN)    2631 5540 "
        "0078 120\nDate of service    Procedure    Billed    Status\n14-Oct-2026    96365    $420.00    Denied\n"
        "We denied this claim because the care is not medically necessary.\n", today=TODAY)
    assert got["notice_date"] == "2026-11-12" and got["service_dates"] == ["2026-10-14"]
    assert got["claim_number"] == "2631 5540 0078 120"


@pytest.mark.parametrize(("words", "plan"), [
    ("Arboleda Kids CHIP, the Children's Health Insurance Program of the state", "chip"),
    ("Sunvale Medicaid and CHIP. You may ask for a state fair hearing", "medicaid"),
    ("Lakeshore County Employees Health Plan. This plan is a governmental plan and is not subject to ERISA. Your "
     "employer sponsors this group health plan", "governmental"),
    ("The State Health Benefit Plan for teachers and state employees", "governmental"),
    ("Good Shepherd Benefits Board. This church plan is not governed by ERISA", "church"),
    ("Your employer's group health plan. You have rights under ERISA section 502(a)", "employer_erisa"),
])
def test_chip_government_and_church_plans_are_told_apart(words, plan):
    text = f"{words}.\nDate: 11/02/2026\nWe denied the claim because it is not medically necessary.\n"
    assert intake_facts.extract_facts(text, today=TODAY)["plan_type"] == plan


def test_specks_between_a_label_and_its_dates_are_not_words():
    got = intake_facts.extract_facts("Date of notice: September 22, 2026\nDates of service:        oo         ~ "
                                     "05/11/2026 and 05/14/2026\nWe denied the claim.\n", today=TODAY)
    assert got["service_dates"] == ["2026-05-11", "2026-05-14"]


@pytest.mark.parametrize(("reason", "category"), [
    # a reason named only to be set aside is not the reason
    ("Your plan does not cover esketamine given in an office; it is listed as an exclusion. This is a benefit "
     "exclusion, not a decision about medical necessity.", "not_covered"),
    # the sentence after a bare "not covered" says why
    ("Reason: the plan does not cover intravenous ketamine for depression. It is considered unproven (experimental "
     "or investigational) under the policy manual.", "experimental_investigational"),
    ("Note A: Denied. CO-15: the authorization number is missing, invalid, or does not apply.",
     "prior_authorization"),
    # another payer said to pay first: by its code, or by the words alone (a category of its own since session 41)
    ("Denied. CO-22: this care may be covered by another payer.", "coordination_of_benefits"),
    ("Claim denied: our records show other coverage is primary for this member. Send the other plan's explanation "
     "of benefits.", "coordination_of_benefits"),
    ("Reclamo denegado por coordinación de beneficios: otro seguro es primario.", "coordination_of_benefits"),
])
def test_the_reason_a_denial_rests_on(reason, category):
    text = f"Date: 11/02/2026\nMember ID: ABC-12345\n{reason}\n"
    assert intake_facts.extract_facts(text, today=TODAY)["denial_category"] == category


def test_identifiers_plans_and_urgency_as_others_write_them():
    got = intake_facts.extract_facts(
        "To: Fenella Marsh (Member ID: NVH 6620 1193)\nSent: 11/23/2026\nPlan: NovaHarbor Employer PPO\n"
        "Claim reference    KRB 2026 1019 4471\nThis request was reviewed on an expedited (urgent) basis. Decision: "
        "DENIED because the care is not medically necessary.\nIf you disagree with our decision, you may ask us to "
        "reconsider it. You must write to us within 6 months from the date of our decision.\n", today=TODAY)
    assert (got["member_id"], got["claim_number"]) == ("NVH 6620 1193", "KRB 2026 1019 4471")
    assert got["plan_type"] == "employer_erisa" and got["urgent"] is True
    assert got["appeal_deadline"] == "2027-05-23" and "6 months" in got["deadline_basis"]
    student = intake_facts.extract_facts("THORNBURY UNIVERSITY STUDENT HEALTH INSURANCE PLAN\nDate: 11/02/2026\n"
                                         "We are unable to pay this claim.\n", today=TODAY)
    assert student["plan_type"] == "individual_aca"


def test_a_claim_table_with_wrapped_numbers_and_a_note_key():
    wrapped = intake_facts.extract_facts(
        "EXPLANATION OF BENEFITS\nStatement date: 11/09/2026\n"
        " Claim number     Provider     Service      Service        Billed       Plan paid     Codes\n"
        "                               date\n"
        " 26-301-11882     Lumen        10/05/2026   99214          $240.00      $118.48       PR-2\n"
        " 2                Psychiatry                office visit\n"
        "                  Group\n"
        " 26-305-00994     Northstar    10/19/2026   96365 IV       $1,150.00    $0.00         CO-197\n"
        " 1                Infusion                  infusion\n\n"
        "Claim 26-305-009941 is denied: no prior authorization.\n", today=TODAY)
    assert (wrapped["claim_number"], wrapped["service_dates"], wrapped["carc_codes"]) == \
        ("26-305-009941", ["2026-10-19"], ["CO-197"])
    noted = intake_facts.extract_facts(
        "Date issued: Nov 3, 2026\n\nClaim       Date     Service            Plan paid You pay Note\n"
        "2610 7731 0045 10/02/2026 99213 office visit       $78.20    $20.00\n\n"
        "2610 7734 0012 10/08/2026 90867 TMS, first session $0.00    $0.00   A\n"
        "2610 7740 0391 10/15/2026 90834 psychotherapy      $81.44    $20.00\n\n"
        "Note A: Denied. CO-15: the authorization number is missing.\n", today=TODAY)
    assert (noted["claim_number"], noted["service_dates"], noted["procedure_codes"]) == \
        ("2610 7734 0012", ["2026-10-08"], ["90867"])


def test_a_street_address_after_an_ocr_made_label_is_not_an_id():
    got = intake_facts.extract_facts(
        "Plan de atención administrada de Medicaid id   3200 E Camelback Rd,  Phoenix, AZ 85018\n"
        "Fecha: 30 de septiembre de 2026\nID de miembro: ASF-61-0099318\n", today=TODAY)
    assert got["member_id"] == "ASF-61-0099318"


def test_a_paid_rows_local_reason_code_is_not_the_denials():
    got = intake_facts.extract_facts(
        "Date: May 29, 2026\n"
        "Claim number      Provider     Date of service    Service (code)       Charged    Plan paid    Reason\n"
        "IFH-26-0471553    Dr. Feld     04/08/2026         Evaluation (90792)   $320.00    $236.00      A1\n"
        "IFH-26-0479902    TMS Center   04/22/2026         TMS (90867)          $480.00    $0.00        CO-50\n\n"
        "A1 - Paid under your plan benefits after your copayment.\n", today=TODAY)
    assert got["carc_codes"] == ["CO-50"] and got["claim_number"] == "IFH-26-0479902"


def test_a_labelled_service_range_said_from_through():
    got = intake_facts.extract_facts(
        "Mailed on: November 4, 2026\nServices: electroconvulsive therapy (CPT 90870) from September 14, 2026\n"
        "through September 18, 2026, diagnosis F33.2.\nDecision: denied.\n", today=TODAY)
    assert got["service_dates"] == ["2026-09-14", "2026-09-18"]


@pytest.mark.ocr
def test_every_page_of_a_fax_tiff_is_read(tmp_path):
    # a fax's cover sheet comes first; the notice, with its facts, is on the next page
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 36)
    pages = []
    for lines in (["FAX TRANSMITTAL", "Pages: 2 including cover"], ["Notice of denial", "Member ID: QXR 55019 2287"]):
        page = Image.new("L", (1700, 1100), 255)
        draw = ImageDraw.Draw(page)
        for i, line in enumerate(lines):
            draw.text((120, 150 + 80 * i), line, font=font, fill=0)
        pages.append(page.convert("1"))
    fax = tmp_path / "fax.tif"
    pages[0].save(fax, compression="group4", save_all=True, append_images=pages[1:], dpi=(200, 200))
    text = textract.extract_text(fax).text
    assert "TRANSMITTAL" in text and "QXR 55019 2287" in text


@pytest.mark.parametrize(("ocr", "printed"), [
    ("nasal spray treatment (JO0013, G2083)", "nasal spray treatment (J0013, G2083)"),  # one 0 read twice
    ("Member ID: MO0123", "Member ID: MO0123"),  # an identifier, not a code
    ("recurrent, severe (F33. 2). We", "recurrent, severe (F33.2). We"),  # a space after the dot
    ("Diagnóstico: F3O.1.", "Diagnóstico: F30.1."),  # an O in a digit place
    ("Service(s)   $0013 esketamine 84 mg", "Service(s)   S0013 esketamine 84 mg"),  # a $ for the S of a drug code
    ("Billed $0013 and paid $0.00, esketamine", "Billed S0013 and paid $0.00, esketamine"),
    ("Account $0013 on file", "Account $0013 on file"),  # no drug named: left as read
])
def test_code_shaped_ocr_confusions_of_o_and_zero(ocr, printed):
    assert codes.correct_ocr_codes(ocr) == printed


# ---------------------------------------------------------------------------------------------- more layouts

def test_claim_blocks_headed_by_numbers_in_groups_with_a_status_line():
    statement = """CASCADE PUBLIC EMPLOYEES PLAN     EXPLANATION OF BENEFITS
Statement date: 04/02/2026

CLAIM 2026 0201 61734   Provider: Alder Counseling        Received 02/20/2026
  Svc date    Code   Dx      Billed     Allowed    Plan paid   You owe   Code
  02/01/2026  90837  F33.1   $180.00    $120.00    $96.00      $24.00    PR-2
  Claim status: PAID

CLAIM 2025 0114 72205   Provider: Alder Counseling        Received 03/03/2026
  Svc date    Code   Dx      Billed     Allowed    Plan paid   You owe   Code
  01/14/2025  90834  F33.1   $150.00    $0.00      $0.00       $0.00     CO-29
  Claim status: DENIED
"""
    f = intake_facts.extract_facts(statement, today=TODAY)
    assert f["claim_number"] == "2025 0114 72205"
    assert f["service_dates"] == ["2025-01-14"]  # not the heading's date received
    assert f["procedure_codes"] == ["90834"]  # not 72205, the end of the claim number
    assert f["carc_codes"] == ["CO-29"]


def test_header_cells_over_values_in_other_columns_are_paired_in_order():
    # OCR of a photo narrows the gaps between a boxed header's cells unevenly
    text = """Date of issue                                     Claim received                             Claim reference
04/03/2026                       01/03/2026                  QRT-C 2603 11842
Insured member                            Member number                          Date of birth
Ottilie Brandvold-Sousa       QRT/US/40127/02                 12/12/1980
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["patient_name"] == "Ottilie Brandvold-Sousa"
    assert f["member_id"] == "QRT/US/40127/02"
    assert f["claim_number"] == "QRT-C 2603 11842"  # a letters-and-hyphen prefix before the digit groups


def test_no_label_inside_a_hyphenated_number():
    # "CLM" reads like the label "CIN" (a Medicaid client index number) to an OCR-tolerant match
    text = "Subject: Claim determination - Claim TPA-CLM 4410 2207 19\n\nMember ID:   OKW-220417-03\n"
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["member_id"] == "OKW-220417-03"


def test_a_stamped_time_of_day_is_no_letter_date_and_a_glossed_label_is_read():
    printed = "HALDEN BENEFIT ADMINISTRATORS        Date printed: 05/13/2026 06:02\n\nMay 12, 2026\n\nDear Ms. Aune:\n"
    assert intake_facts.extract_facts(printed, today=TODAY)["notice_date"] == "2026-05-12"
    portal = ("Message sent:  05/20/2026 3:47 PM\n\nHello,\n\n  Patient:   Tove Aune\n"
              "  EOB date (date of the insurer's notice): 05/14/2026\n")
    assert intake_facts.extract_facts(portal, today=TODAY)["notice_date"] == "2026-05-14"


def test_a_header_over_a_row_per_person_gives_the_patients_row_not_the_first():
    text = ("Name                                  Benefits Number\nSponsor SSG Ivo Lindahl      2201 4410 339\n"
            "Patient Maren Lindahl (spouse) 2201 4410 347\n")
    assert intake_facts.extract_facts(text, today=TODAY)["member_id"] == "2201 4410 347"  # never the sponsor's


def test_a_decision_made_on_an_expedited_basis_is_urgent():
    text = ("Date: May 20, 2026\nBecause your doctor told us that waiting could seriously harm your health, we made "
            "this decision on an expedited (fast) basis.\n")
    assert intake_facts.extract_facts(text, today=TODAY)["urgent"] is True


def test_a_claim_column_read_apart_from_its_rows_is_paired_in_order():
    # tesseract on a photographed EOB reads the claim column as a block of its own, then the other columns
    photo = """Aspen Ridge Medicare Advantage (PPO)
Date issued: Nov 3, 2026

Claim

3310 5521 0045
3310 5524 0012
3310 5530 0391

Note B: Denied.

Date      Service               Plan paid You pay Note
10/01/2026 99213 office visit       $78.20    $20.00
10/08/2026 90867 TMS, first session $0.00    $0.00   B
10/15/2026 90834 psychotherapy        $81.44     $20.00

CO-15: the authorization number is missing.
"""
    f = intake_facts.extract_facts(photo, today=TODAY)
    assert f["claim_number"] == "3310 5524 0012"
    assert f["service_dates"] == ["2026-10-08"] and f["procedure_codes"] == ["90867"]
    assert [c["claim_number"] for c in f["paid_claims"]] == ["3310 5521 0045", "3310 5530 0391"]


def test_a_summary_notice_whose_column_headings_stand_over_its_first_claim():
    msn = """Medicare Summary Notice for Part B
Date of This Notice: May 26, 2026

Claim / provider / service                 Date      Approved? You may be billed
Claim 26-03-118-442-210 Prairie Psychiatry
Office visit, est. patient (99214)       03/03/2026 Yes     $27.41
Claim 25-02-339-007-581 Prairie Psychiatry
Supervised esketamine visit (G2082)       02/15/2025 No (A)   $0.00

A This claim was denied because it was filed after the time limit.
"""
    f = intake_facts.extract_facts(msn, today=TODAY)
    assert f["claim_number"] == "25-02-339-007-581"
    assert f["service_dates"] == ["2025-02-15"] and f["procedure_codes"] == ["G2082"]


def test_a_spanish_limit_under_an_appeal_heading_is_the_appeal_deadline():
    # the sentence's own word for the appeal is garbled by OCR; the heading above says what it is about
    text = ("Fecha del aviso: 4 de mayo de 2026\n\nCómo apelar\n\nUsted tiene 60 días a partir de la fecha de este "
            "aviso para pedir una Apoiación.\n")
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["appeal_deadline"] == "2026-07-03" and "60 días" in f["deadline_basis"]


def test_a_childs_chip_notice_in_spanish():
    text = """Plan de Salud Infantil Girasol
Programa de Seguro Médico para Niños (CHIP) - no es Medicaid
Fecha: 13 de mayo de 2026

Sra. Alba Ruiz Orozco
901 Camino del Sol
Las Cruces, NM 88001

AVISO DE DENEGACIÓN DE PAGO

Niño/a (miembro): Tomás Andrés Villalba Ruiz
Número de miembro: GIR-2210-5548-07

Estimada Sra. Ruiz Orozco: revisamos la factura de la Dra. Inés Carvajal por la evaluación psiquiátrica
(90792) del 02/04/2026 y la visita de seguimiento (99214) del 16/04/2026. Diagnóstico: F32.2.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["plan_type"] == "chip"  # Medicaid is named only to say it is not
    assert f["patient_name"] == "Tomás Andrés Villalba Ruiz"  # the child, labelled in brackets, not the parent
    assert f["service_dates"] == ["2026-04-02", "2026-04-16"]  # "del 02/04/2026" after the care, day first


def test_a_name_in_capitals_is_given_as_printed_in_mixed_case_and_a_check_letter_is_kept():
    text = ("Medicare Summary Notice\n\nNotice for Edna J. Holloway-Pratt\n\nEDNA J HOLLOWAY-PRATT            "
            "Medicare Number: 7XK4-RT2-MN58\n77 CHESTNUT RIDGE RD             Date of This Notice: May 26, 2026\n"
            "FARGO, ND 58102\n")
    assert intake_facts.extract_facts(text, today=TODAY)["patient_name"] == "Edna J. Holloway-Pratt"
    cin = "Número de identificación del beneficiario (CIN): 90184 4772 A\n"
    assert intake_facts.extract_facts(cin, today=TODAY)["member_id"] == "90184 4772 A"


def test_the_sessions_a_plan_already_paid_are_not_the_claims_services():
    text = ("Fecha de esta carta 27/05/2026\n\nFecha de servicio    Código\n03/05/2026           90868\n\n"
            "Motivo: el plan cubre hasta 36 sesiones por año y ya pagó 36 sesiones entre el 02/01/2026 y el "
            "29/04/2026 (código CO-119).\n")
    assert intake_facts.extract_facts(text, today=TODAY)["service_dates"] == ["2026-05-03"]


def test_a_mailing_stamp_at_the_foot_gives_way_to_the_letters_own_date():
    # the letter's date as a scan reads it, a stray colon after the month; a production line at the foot
    text = ("Harbor Federal Health Plan\n\n|  September: 30, 2026\n\nGideon Marsh\n5520 Wexford Lane\n\n"
            "Dear Mr. Marsh:\n\nWe cannot approve this request. You must write to us within 6 months from the date "
            "of this letter.\n\nMailed 10/02/2026 LTR-PA-STEP-07\n")
    assert intake_facts.extract_facts(text, today=TODAY)["notice_date"] == "2026-09-30"


@pytest.mark.parametrize("head, expected", [
    ("Print date 09/14/2026          Notice date: September 15, 2026\n", "2026-09-15"),
    ("Fecha del aviso: 15 de septiembre de 2026\nEnviado el: 17/09/2026\n", "2026-09-15"),
    ("Mailed on: 09/17/2026\nDate: 09/15/2026\n", "2026-09-15"),
])
def test_the_notices_own_date_wins_over_its_print_or_mailing_date(head, expected):
    # fictional notice; the print or mailing stamp comes first on the page and still loses
    text = (f"Fernhill Mutual (fictional)\n{head}\nMember ID: FM-2231-07\nWe denied the claim for 96365 because it "
            "was not medically necessary.\n")
    assert intake_facts.extract_facts(text, today=TODAY)["notice_date"] == expected


@pytest.mark.parametrize("scanned, read", [
    ("You have 30 days froin the date of this letter to ask for a reconsideration.",
     "30 days from the date of this letter"),
    ("Para apelar, usted ticne 90 días a partir de la techa de este aviso.", "tiene 90 días a partir de la fecha"),
    ("You musi ask for an appeal wiihin 30 days from the daie of ihis noiice.",
     "must ask for an appeal within 30 days from the date of this notice"),
])
def test_a_scans_letter_confusions_in_a_deadline_sentence_are_read_back(scanned, read):
    from appeal_kit.intake.deadlines import find_stated_deadline

    stated = find_stated_deadline(f"We denied the claim.\n{scanned}\n", date(2026, 10, 1))
    assert stated is not None and read in stated.sentence
    assert stated.date == (date(2026, 10, 31) if "30" in scanned else date(2026, 12, 30))


def test_real_words_near_a_deadline_are_left_alone():
    from appeal_kit.intake.deadlines import mend_ocr_words

    sentence = "Send the claim form and the clinic note to Dr. Tim Lister within 60 days of this notice."
    assert mend_ocr_words(sentence) == sentence
    assert mend_ocr_words("Call us at 555 0100 within 60 days.") == "Call us at 555 0100 within 60 days."


def test_a_space_a_scan_put_beside_a_hyphen_inside_an_id_is_dropped():
    text = ("Fernhill Mutual (fictional)\nNotice date: 09/15/2026\nMember ID: FM- 2231-07\n"
            "Claim number: CL-2026- 0915-44\nWe denied the claim for 96365 because it was not medically necessary.\n")
    f = intake_facts.extract_facts(text, today=TODAY)
    assert (f["member_id"], f["claim_number"]) == ("FM-2231-07", "CL-2026-0915-44")


def test_a_spanish_fee_for_service_notice_whose_first_appeal_is_a_hearing_in_business_days():
    text = """Departamento de Servicios Humanos - Programa Medicaid (pago por servicio)
Calle Robles 12, Villa Seca, NM 87501
Fecha del aviso: 30/11/2026

Su derecho a una audiencia imparcial
Si no está de acuerdo con esta decisión, puede pedir una audiencia imparcial. Tiene 10 días hábiles a partir de la
fecha de este aviso para pedir la audiencia. Envíe su solicitud por escrito a:

    Oficina de Audiencias
    P.O. Box 77
    Villa Seca, NM 87599
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    # 30 Nov 2026 is a Monday: ten days Monday to Friday end on Monday 14 December
    assert f["appeal_deadline"] == "2026-12-14" and "10 días hábiles" in f["deadline_basis"]
    assert f["appeals_address"] == "Oficina de Audiencias, P.O. Box 77, Villa Seca, NM 87599"


def test_a_program_or_right_named_only_to_say_the_plan_lacks_it():
    text = ("Sunny Kids Health, a Children's Health Insurance Program (CHIP) plan\nNotice date: 05/04/2026\n"
            "This program is not Medicaid. CHIP does not offer a state fair hearing; you may ask for a state review.\n")
    assert intake_facts.extract_facts(text, today=TODAY)["plan_type"] == "chip"


def test_a_claim_cell_in_the_middle_of_a_header_row_and_a_claim_number_closed_by_a_check_digit():
    row = ("Enrollee          Member ID    Claim              Received\n"
           "Dana Q. Whitlow   X55120339    ABC 26293 00417    10/09/2026\n")
    assert intake_facts.extract_facts(row, today=TODAY)["claim_number"] == "ABC 26293 00417"
    msn = """Medicare Summary Notice for Part B
Date of This Notice: May 26, 2026
              Service Provided & Billing Code              Amount     Medicare    Medicare    You May
                                                           Charged    Approved    Paid        Be Billed
Claim number 12 2604 0991 552 0
  Mar 3, 2026 Office visit (99214)                         $185.00    $128.40     $102.72     $25.68
Claim number 12 2604 3347 018 7
  Mar 9, 2026 Ther/proph/diag iv inf init (96365)          $650.00 $0.00          $0.00       $650.00 A

A Medicare doesn't pay for items or services that aren't reasonable and necessary for your condition.
"""
    f = intake_facts.extract_facts(msn, today=TODAY)
    assert f["claim_number"] == "12 2604 3347 018 7"
    assert f["denial_category"] == "medical_necessity"  # "aren't" read as "are not"


def test_a_claim_table_a_page_break_cut_and_a_spanish_claim_table():
    eob = """Statement date: 11/12/2026
 Claim no.        Provider            Service date   Code    Billed     Plan paid   Adj.
 AB-26-0311-558   Stillwater Clinic   02/03/2026     90837   $180.00    $127.80     PR-2
 AB-26-0311-902   Hearth Infusion     03/05/2026     96365   $650.00    $0.00       CO-29

 Claim no.        Provider            Service date   Code    Billed     Plan paid   Adj.
 AB-26-0311-902   Hearth Infusion     03/12/2026     J3490   $270.00    $0.00       CO-29
 AB-26-0402-117   Alder Family Med.   04/02/2026     99214   $210.00    $131.00     PR-3
"""
    f = intake_facts.extract_facts(eob, today=TODAY)
    assert f["claim_number"] == "AB-26-0311-902"
    assert sorted(f["procedure_codes"]) == ["96365", "J3490"] and f["carc_codes"] == ["CO-29"]
    assert f["service_dates"] == ["2026-03-05", "2026-03-12"]
    spanish = """Fecha del aviso: 20 de noviembre de 2026
Reclamación  Fecha de servicio  Código  Cargo  Pagado por el plan  Estado  Código de ajuste
2026-1031-00951  10/22/2026  99214  $195.00  $148.00  Pagada  -
2026-1031-00952  10/22/2026  96365  $700.00  $0.00  Negada  CO-242
2026-1031-00952  10/29/2026  J3490  $240.00  $0.00  Negada  CO-242
"""
    f = intake_facts.extract_facts(spanish, today=TODAY)
    assert f["claim_number"] == "2026-1031-00952" and sorted(f["procedure_codes"]) == ["96365", "J3490"]


@pytest.mark.parametrize(("words", "plan"), [
    ("Su patrono, Cooperativa del Sur, le ofrece un plan médico grupal.", "employer_erisa"),
    ("Plan gubernamental para empleados del Gobierno de Puerto Rico.", "governmental"),
])
def test_puerto_rico_employer_and_government_plans_in_spanish(words, plan):
    text = f"Fecha del aviso: 14 de octubre de 2026\nNúm. de contrato: IVS-884-20173-00\n{words}\n"
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["plan_type"] == plan and f["member_id"] == "IVS-884-20173-00"


def test_a_care_word_inside_a_providers_name_puts_no_service_on_the_date_received():
    text = ("Date: November 4, 2026\nWe received a claim from Lakeview Infusion Partners on October 27, 2026 for "
            "ketamine infusions given to you on 10/14/2026 and 10/16/2026 (CPT 96365).\n")
    assert intake_facts.extract_facts(text, today=TODAY)["service_dates"] == ["2026-10-14", "2026-10-16"]


def test_two_columns_of_prose_are_read_left_then_right():
    left = ["Your request was denied", "We have denied payment for the services that", "you received from the clinic.",
            "Services: ketamine infusion, CPT 96365, on", "09/29/2026, 10/01/2026 and 10/03/2026. Our", "reviewer made this decision.",
            "Plan contract H9917."]
    right = ["Fast appeal: a fast appeal is only for care", "you have not yet received; it does not apply",
             "to payment requests like this one at all.", "If we decide against you, we will send your", "case to an independent review organization",
             "for a new review; you need not ask for it."]
    page = "Date: October 21, 2026\n\n" + "\n".join(
        f"{a:<60}{b}" for a, b in zip(left, [*right, ""])) + "\n"
    f = intake_facts.extract_facts(page, today=TODAY)
    assert f["service_dates"] == ["2026-09-29", "2026-10-01", "2026-10-03"]
    assert f["procedure_codes"] == ["96365"]  # a Medicare plan's contract number is no code


def test_the_patients_own_number_over_the_sponsors_and_ocr_repairs():
    text = """Date: October 30, 2026
Sponsor: Marcus T. Delacroix       Sponsor DoD Benefits Number: 1023 4456 781
Patient: Yvette Delacroix -Lane    Patient DoD Benefits Number: 1023 4456 799
Tomamos esta decisión de forma acelerada porque esperar podría dañar su salud.
Send your appeal to:
Northgate Health
P.0. Box 7120
Harlan Ford, MN $5999
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["member_id"] == "1023 4456 799"
    assert f["patient_name"] == "Yvette Delacroix-Lane"
    assert f["appeals_address"] == "Northgate Health, P.O. Box 7120, Harlan Ford, MN 55999"
    assert f["urgent"] is True


def test_a_fax_cover_sheets_date_is_not_the_notices():
    text = """NOV-30-2026 09:14 FROM: PLAN PHARMACY 5550197700 TO: 5550142290      P.001/002
FACSIMILE TRANSMITTAL
Date:      11/30/2026
Pages:    2 (including this cover)

NOV-30-2026 09:15 FROM: PLAN PHARMACY 5550197700 TO: 5550142290      P.002/002

Notice of Denial of Medicare Prescription Drug Coverage

Date: 11/24/2026

You asked for a fast (expedited) coverage decision. We denied your request.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["notice_date"] == "2026-11-24" and f["urgent"] is True
    assert f["plan_type"] == "medicare_part_d"


def test_a_forwarded_emails_quoted_deadline_and_a_tricare_notice():
    mail = ("From: clinic\n\n> Date of notice: November 20, 2026\n> We denied the claim.\n"
            "> You may file an appeal within 180 days of the date of this notice. Send your written appeal to us.\n")
    f = intake_facts.extract_facts(mail, today=TODAY)
    assert f["appeal_deadline"] == "2027-05-19" and "within 180 days of the date of this notice" in f["deadline_basis"]
    assert intake_facts.extract_facts("Plan: TRICARE Select\nDate: 10/30/2026\n", today=TODAY)["plan_type"] == "tricare"


def test_a_family_statements_denied_row_names_the_patient_and_the_member_list_gives_the_id():
    eob = """Statement Date: 11/12/2026
Subscriber: Marcus Bellweather
 Member                         Member ID                 Relationship
 Marcus Bellweather             PBS-88210-01              Subscriber
 Ingrid Bellweather             PBS-88210-02              Spouse

 Claim                Patient     Dates        Service   Billed    Plan paid   Adj
 26-3309-11872-00     Marcus      09/29/2026   99214     $210.00   $112.00     PR-3
 26-3310-40021-00     Ingrid      10/07/2026   96365     $980.00   $0.00       CO-16
"""
    f = intake_facts.extract_facts(eob, today=TODAY)
    assert (f["patient_name"], f["member_id"]) == ("Ingrid Bellweather", "PBS-88210-02")
    assert f["claim_number"] == "26-3310-40021-00"


def test_a_table_ocr_read_with_single_spaces_gives_the_dates_its_rows_open_with():
    scan = """Date: 11/20/2026
Date of service Code Diagnosis Billed Paid Adj

03/02/2026 ©     90868 F33.1      $260.00 $0.00 C0-29
03/09/2026       90868 F33.1      $260.00 $0.00 C0-29

We denied this claim because it was received after the filing limit.
"""
    assert intake_facts.extract_facts(scan, today=TODAY)["service_dates"] == ["2026-03-02", "2026-03-09"]


def test_a_spanish_summary_and_care_the_patient_received():
    msn = """Resumen de Medicare (MSN) - Parte B
Fecha del aviso: 6 de noviembre de 2026
Número de Medicare: 4TR7-XK2-MP63
Negamos el pago de los servicios que su hijo Mateo recibió el 02/11/2026 (código 90792).
Nota A: Medicare no pagó este servicio porque no es médicamente razonable y necesario.
"""
    f = intake_facts.extract_facts(msn, today=TODAY)
    assert f["member_id"] == "4TR7-XK2-MP63" and f["denial_category"] == "medical_necessity"
    assert f["service_dates"] == ["2026-11-02"]


def test_a_scans_specks_before_a_code_and_inside_a_list_of_dates():
    scan = """Date: October 9, 2026
We reviewed the ketamine infusion therapy you received on 09/18/2026 - ~

and 09/25/2026 (CPT 96365).
10/28/2026   oy  Drug, unclassified (ketamine) .J3490 F43.12 . $160.00
"""
    f = intake_facts.extract_facts(scan, today=TODAY)
    assert f["service_dates"] == ["2026-09-18", "2026-09-25"]
    assert sorted(f["procedure_codes"]) == ["96365", "J3490"]


def test_a_row_per_person_under_an_id_heading_gives_the_patients_and_a_header_ending_in_a_full_stop():
    fax = """November 6, 2026
Name                        DoD Benefits Number
Sponsor SFC Raymond T. Abernathy      1039 2210 446
Patient Lorelei M. Abernathy (spouse) 1048 8832 917

Service date Procedure Diagnosis Billed TRICARE paid Adj.

10/13/2026     96365        F33.2        $575.00 $0.00           CO-96
10/15/2026     96365        F33.2        $575.00 $0.00            cO-96
"""
    f = intake_facts.extract_facts(fax, today=TODAY)
    assert f["member_id"] == "1048 8832 917"
    assert f["service_dates"] == ["2026-10-13", "2026-10-15"]


# a printed form whose labels run into their values through dot leaders, the member's name in capitals there
# and in mixed case in the greeting (fictional, typed for the test)
LEADERS = {
    "en": """FICTIONAL TEST DOCUMENT. Lakeshore Valley Health Plan - a Medicaid managed care plan

DATE OF THIS LETTER....... 03/14/2026
ENROLLEE.................. LATOYA R. OKAFOR-DUNN
MEDICAID ID............... LVH-5521-0093
CLAIM NUMBER . . . . . . . LV-C-2603-117

Dear LaToya R. Okafor-Dunn:
We denied payment for physical therapy you got on 02/20/2026 (code 97110) because it was not medically
necessary. You may ask for an appeal within 60 days of the date of this letter.
""",
    "es": """DOCUMENTO FICTICIO DE PRUEBA. Plan de Salud Valle del Lago - Medicaid

FECHA DEL AVISO........... 14/03/2026
MIEMBRO................... LATOYA R. OKAFOR-DUNN
NÚMERO DE MEDICAID........ LVH-5521-0093
RECLAMACIÓN N.º…………… LV-C-2603-117

Estimada LaToya R. Okafor-Dunn:
Negamos el pago de la terapia física que recibió el 20/02/2026 (código 97110) porque no era médicamente
necesaria. Puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso.
""",
}


@pytest.mark.parametrize("lang", sorted(LEADERS))
def test_dot_leaders_between_label_and_value(lang):
    f = intake_facts.extract_facts(LEADERS[lang], today=TODAY)
    assert f["language"] == lang
    assert f["notice_date"] == "2026-03-14" and f["claim_number"] == "LV-C-2603-117"
    assert f["appeal_deadline"] == "2026-05-13"
    # the greeting's own spelling, not a guess at the capitals' case ("Latoya")
    assert f["patient_name"] == "LaToya R. Okafor-Dunn"


# a dependant's notice: the subscriber (or claimant) and the patient both named, each with a number; labels
# whose tail is another field's label ("Claim ID #", "Household case no."); a boxed header with a blank line
# under its row of labels (fictional, typed for the test)
DEPENDANT = """FICTIONAL TEST DOCUMENT. Orchard Ridge Health - Notice of Adverse Benefit Determination

Date of Notice:               Claimant:                     Patient:

03/09/2026                    Walter P. Brennick            Ivy M. Brennick (dependent)

Subscriber ID:                Claim ID #:                   Member ID:

ORH-5510-2231                 ORC-2602-7781                 ORH-5510-2231-04

Household case no.: 77120981     Reference/Claim no.: ORC-2602-7781
Dates of service: 02/10/2026 and 02/12/2026 (CPT 90837)
We denied the claim because the service was not medically necessary. You may appeal within 180 days of the
date of this notice.
"""


def test_a_dependants_boxed_header_gives_the_patient_and_her_own_number():
    f = intake_facts.extract_facts(DEPENDANT, today=TODAY)
    assert f["patient_name"] == "Ivy M. Brennick"
    assert f["member_id"] == "ORH-5510-2231-04"  # the member's own, not the subscriber's nor the claim's
    assert f["claim_number"] == "ORC-2602-7781"  # not the household case number
    assert f["notice_date"] == "2026-03-09"  # its label is above the blank line over its row
    assert f["appeal_deadline"] == "2026-09-05"


def test_a_subscriber_label_before_the_members_and_a_generic_id_before_a_specific_one():
    letter = """Letter date: 04/02/2026
Employee ID: 000991234
Subscriber ID: KWH 100 200 300
Patient: Dara L. Ostrowski          Plan Member No.: KWH 100 200 300-02
Claim #: 2603-55-1190
"""
    f = intake_facts.extract_facts(letter, today=TODAY)
    assert f["member_id"] == "KWH 100 200 300-02"


def test_a_spanish_label_with_its_other_gender_and_a_role_gloss_after_a_name():
    aviso = """Fecha de emisión: 9 de marzo de 2026
Asegurado(a):        Maribel Ortega Suárez
Núm. de contrato:    PRS-118822-03
"""
    f = intake_facts.extract_facts(aviso, today=TODAY)
    assert f["patient_name"] == "Maribel Ortega Suárez"
    member = """Date: 03/03/2026
Member: Harold V. Quist (subscriber)
Patient: Lena Quist
"""
    assert intake_facts.extract_facts(member, today=TODAY)["patient_name"] == "Lena Quist"


def test_a_header_cell_joining_two_roles_and_service_dates_under_their_heading():
    letter = """Letter date      Student / patient     Student ID
03/04/2026       Kofi Mensah-Arthur    UVX-2025-11873
Date of birth    Provider              Dates of service
14/02/2000       Lakeside Clinic       02/02/2026, 16/02/2026

All dates in this letter are DD/MM/YYYY.
"""
    f = intake_facts.extract_facts(letter, today=TODAY)
    assert f["patient_name"] == "Kofi Mensah-Arthur"
    assert f["service_dates"] == ["2026-02-02", "2026-02-16"]  # not the date of birth in the row's first cell


def test_an_email_forwarding_a_notice_takes_the_notices_own_date():
    text = """From: Plan Mail <mail@plan.example>
To: Ana Ruiz <ana@mail.example>
Date: March 20, 2026
Subject: Your denial notice

We are sending you the notice again, as you asked.

NOTICE OF DENIAL
Date: March 16, 2026
Member: Ana Ruiz
"""
    assert intake_facts.extract_facts(text, today=TODAY)["notice_date"] == "2026-03-16"
    alone = text.split("NOTICE OF DENIAL")[0] + "We denied your claim for the service on 03/02/2026.\n"
    assert intake_facts.extract_facts(alone, today=TODAY)["notice_date"] == "2026-03-20"  # no other: the e-mail's


def test_a_claim_table_whose_claims_have_rows_without_the_claim_number():
    eob = """Statement date: 04/14/2026
Claim number Provider          Service date    Code     Billed     Plan paid  Adj.

CR 2603 1101   Elm Counseling  03/02/2026      90834    $150.00    $120.00

Dx F41.1       Paid

CR 2603 1102   Birch Infusion  03/04/2026      96365    $600.00    $0.00      CO-197

Dx F33.1       DENIED          03/04/2026      J3490    $90.00     $0.00      CO-197

                               03/06/2026      96365    $600.00    $0.00      CO-197

CR 2603 1107   Elm Counseling  03/09/2026      90834    $150.00    $120.00

Dx F41.1       Paid

Totals                                                  $1,590.00  $240.00

You may appeal a denied claim within 180 days.
"""
    f = intake_facts.extract_facts(eob, today=TODAY)
    assert f["claim_number"] == "CR 2603 1102"
    assert f["service_dates"] == ["2026-03-04", "2026-03-06"]
    assert sorted(f["procedure_codes"]) == ["96365", "J3490"]
    assert f["diagnosis_codes"] == ["F33.1"]
    assert [c["claim_number"] for c in f["paid_claims"]] == ["CR 2603 1101", "CR 2603 1107"]


def test_a_spanish_expedited_request_a_redetermination_address_and_a_right_the_plan_lacks():
    aviso = """Fecha: 3 de marzo de 2026
Usted o su médico pidieron una decisión de cobertura ACELERADA (rápida). Denegamos el medicamento.
Debe pedir la redeterminación dentro de los 65 días. Envíe su solicitud a:

Plan Ejemplo Rx
Atención: Redeterminaciones
P.O. Box 1200

Villa Nueva, NM 87000
"""
    f = intake_facts.extract_facts(aviso, today=TODAY)
    assert f["urgent"] is True
    assert f["appeals_address"] == "Plan Ejemplo Rx, Atención: Redeterminaciones, P.O. Box 1200, Villa Nueva, NM 87000"
    chip = """Plan Niños Felices - Programa de Seguro Médico para Niños (CHIP). Este plan no es Medicaid.
Como este plan no es Medicaid, no hay audiencia imparcial estatal de Medicaid ni continuación de beneficios.
"""
    assert intake_facts.extract_facts(chip, today=TODAY)["plan_type"] == "chip"


def test_a_page_that_reads_poorly_is_read_again_from_a_blurred_copy(tmp_path, monkeypatch):
    from PIL import Image

    page = Image.new("L", (400, 200), 255)
    page.paste(0, (100, 80, 300, 120))  # a black bar on white: dots of two values only, as a fax's
    read: list[tuple[str, int]] = []

    def ocr(confidences, words=()):
        def read_it(image, psm, darken=False):
            nothing = SimpleNamespace(words=[])  # (no rules on the page: the faint-rules check finds none)
            if darken:  # (a page of no words is read darkened too, see FEW_WORDS: here that reads nothing)
                return nothing, "darkened", 0.0, 0.0
            with Image.open(image) as im:
                read.append((image.name, sum(im.convert("L").histogram()[1:255])))
            if "smooth" in image.name:
                return nothing, "blurred", confidences[1], confidences[1] * (words[1] if len(words) > 1 else 100)
            return nothing, "sharp", confidences[0], confidences[0] * (words[0] if words else 100)
        return read_it

    page.save(tmp_path / "page.png")
    monkeypatch.setattr(textract, "_ocr_cleaned", ocr((82.0, 93.0)))  # poor; its blurred copy reads well
    assert textract.read_image(tmp_path / "page.png") == "blurred"
    assert read[0] == ("page.png", 0) and read[1][0] == "page-smooth.png" and read[1][1] > 0  # grey edges
    for confidences, words, kept in (((82.0, 75.0), (), "sharp"),  # the blurred copy read worse: the first stays
                                     # more surely on average, but it lost a tenth of the words (a table's column)
                                     ((88.0, 94.0), (350, 310), "sharp"),
                                     ((88.0, 94.0), (350, 345), "blurred"),  # the same words, more surely read
                                     ((93.0, 99.0), (), "sharp")):  # it read well: read once
        page.save(tmp_path / "page.png")
        read.clear()
        monkeypatch.setattr(textract, "_ocr_cleaned", ocr(confidences, words))
        assert textract.read_image(tmp_path / "page.png") == kept
        assert len(read) == (2 if confidences[0] < textract.POOR_PAGE else 1)


def test_a_dependant_under_a_label_of_its_own_or_glossed_before_the_colon():
    rows = """Date of notice: 05/04/2026
Subscriber: Tomas Heller          Subscriber ID: QPH-300400
Dependent: Greta Heller           Dependent ID: QPH-300400-02
"""
    f = intake_facts.extract_facts(rows, today=TODAY)
    assert (f["patient_name"], f["member_id"]) == ("Greta Heller", "QPH-300400-02")
    glossed = """Date of notice: 05/04/2026
Subscriber name: Tomas Heller
Patient name (dependent): Greta Heller
Member ID (on your card): QPH-300400
"""
    f = intake_facts.extract_facts(glossed, today=TODAY)
    assert (f["patient_name"], f["member_id"]) == ("Greta Heller", "QPH-300400")


@pytest.mark.parametrize("line, due", [("Appeal deadline: 10/30/2026", "2026-10-30"),
                                       ("Last day to appeal: October 30, 2026", "2026-10-30"),
                                       ("Fecha límite para apelar: 30 de octubre de 2026", "2026-10-30")])
def test_a_deadline_date_under_a_label_of_its_own(line, due):
    notice = f"""Date: 05/04/2026
Member: Greta Heller    Member ID: QPH-300400
We denied the claim for the visit on 04/02/2026 because it was not medically necessary.
{line}
"""
    f = intake_facts.extract_facts(notice, today=TODAY)
    assert f["appeal_deadline"] == due  # the stated date, not 30 days counted for an unknown plan


def test_care_the_member_received_in_a_spanish_sentence_and_a_scans_blank_line_inside_the_deadline():
    aviso = """Fecha del aviso: 3 de noviembre de 2026
Revisamos el reclamo por esketamina en aerosol nasal, con observación clínica, que usted recibió el 21/10/2026 y
el 24/10/2026. Negamos el pago porque no tenía autorización previa.
Fecha en que recibimos el reclamo: 28/10/2026
"""
    assert intake_facts.extract_facts(aviso, today=TODAY)["service_dates"] == ["2026-10-21", "2026-10-24"]
    scan = """Date: 09/30/2026
You may ask us in writing to reconsider our decision. You must write to us within 6 months from the date of

this letter. Include the reasons you disagree.
"""
    f = intake_facts.extract_facts(scan, today=TODAY)
    assert "within 6 months from the date of this letter" in f["deadline_basis"]
    assert f["appeal_deadline"] == "2027-03-30"


def test_a_family_statement_in_blocks_gives_the_patient_of_the_denied_block():
    eob = """Statement date: 04/14/2026
Subscriber: Owen Castellano     Member ID: PLH-4400-1200

Claim 1 of 2
Patient: Owen Castellano
Claim number: PL-2603-0101     Provider: Elm Counseling
Service date 03/02/2026   90834   Billed $150.00   Plan paid $120.00
Status: Paid

Claim 2 of 2
Patient: Mira Castellano
Claim number: PL-2603-0102     Provider: Birch Infusion
Service date 03/04/2026   96365   Billed $600.00   Plan paid $0.00   CO-197
Status: Denied

You may appeal a denied claim within 180 days.
"""
    f = intake_facts.extract_facts(eob, today=TODAY)
    assert (f["claim_number"], f["patient_name"]) == ("PL-2603-0102", "Mira Castellano")
    assert f["service_dates"] == ["2026-03-04"]


def test_the_patient_heading_the_last_cell_of_a_header_row():
    boxed = """Date of notice    Subscriber        Patient
10/02/2026        Paul Ekwueme      Ada Ekwueme (daughter)
Subscriber ID     Member ID         Claim number
LVH-100-200       LVH-100-200-03    CLM 2609 7781
"""
    f = intake_facts.extract_facts(boxed, today=TODAY)
    assert (f["patient_name"], f["member_id"]) == ("Ada Ekwueme", "LVH-100-200-03")


def test_labels_with_an_m_read_as_rn_and_service_with_an_l_for_its_i():
    scan = """Date of Notlce: 10/02/2026
Patlent Name: Ada Ekwueme
Member lD: LVH-100-200-03
Claim Nurnber: CLM-2609-7781
Dates of Servlce: 09/14/2026
We denied the claim because it was not rnedically necessary.
"""
    f = intake_facts.extract_facts(scan, today=TODAY)
    assert (f["claim_number"], f["service_dates"]) == ("CLM-2609-7781", ["2026-09-14"])
    assert f["denial_category"] == "medical_necessity"


def test_year_first_dates_and_a_spanish_weekday_before_the_notice_date():
    notice = """Fax from: Plan Ejemplo   Date: 10/07/2026
Date of notice:     2026/10/05
Birth date:         1950/10/06
You must ask for a redetermination within 65 days from the date of this notice.
"""
    f = intake_facts.extract_facts(notice, today=TODAY)
    assert f["notice_date"] == "2026-10-05"
    assert f["date_of_birth"] == "1950-10-06"
    assert f["appeal_deadline"] == "2026-12-09"
    aviso = """From: Plan Ejemplo <avisos@ejemplo.example>
Date: October 8, 2026

Fecha: miércoles, 7 de octubre de 2026
Puede pedir una apelación dentro de 60 días a partir de la fecha de esta carta.
"""
    assert intake_facts.extract_facts(aviso, today=TODAY)["notice_date"] == "2026-10-07"


def test_the_patient_and_her_number_beside_the_policyholders():
    columns = """Subscriber (employee)          Patient (dependent)
Name                 Paul Ekwueme               Ada N. Ekwueme
Member ID                  LVH-100-200-01              LVH-100-200-03
Date of birth        01-mar-1970              14-jun-2001
"""
    f = intake_facts.extract_facts(columns, today=TODAY)
    assert (f["patient_name"], f["member_id"]) == ("Ada N. Ekwueme", "LVH-100-200-03")
    rows = """Dear Sergeant Ekwueme:
Person                                    Benefits Number       Born
Paul Ekwueme (sponsor)                    2210 3300 11          02 March 1980
Ada N. Ekwueme (dependent)                2210 3300 17          15 June 2001
"""
    f = intake_facts.extract_facts(rows, today=TODAY)
    assert (f["patient_name"], f["member_id"]) == ("Ada N. Ekwueme", "2210 3300 17")
    spanish = """Suscriptor (empleado)            Paciente (dependiente)
Nombre                Pablo Ruiz Soto             Ana Ruiz Vega
Número de miembro       RS-100-01                  RS-100-03
"""
    f = intake_facts.extract_facts(spanish, today=TODAY)
    assert (f["patient_name"], f["member_id"]) == ("Ana Ruiz Vega", "RS-100-03")


def test_a_remittance_with_a_dx_line_under_another_column_and_a_claim_filing_limit():
    remit = """Remit date: 10/20/2026
Claim #          Patient              Member ID            DOS           Code    Billed     Paid      Adj

4410 2201 1      Lena Voss            QX-5001-11           09/01/2026    99213   $120.00    $96.00    CO-45

                 Dx F41.1

4410 2201 2      Omar Reyes Pike      QX-5001-42           03/02/2026    90837   $200.00    $0.00     CO-29

                 Dx F33.1                                                                           N130

4410 2201 3      Ivo Brandt           QX-5001-77           09/08/2026    90834   $150.00    $120.00   CO-45

                 Dx F43.10

REMARK CODES
N130     Consult plan benefit documents for information about restrictions for this service.

The plan's filing limit is 90 days from the date of service. You may appeal a denied claim within 180 days of
the date of this remittance.
"""
    f = intake_facts.extract_facts(remit, today=TODAY)
    assert (f["claim_number"], f["patient_name"], f["member_id"]) == ("4410 2201 2", "Omar Reyes Pike", "QX-5001-42")
    assert (f["service_dates"], f["procedure_codes"], f["carc_codes"]) == (["2026-03-02"], ["90837"], ["CO-29"])
    assert f["diagnosis_codes"] == ["F33.1"]  # N130 is a remark code in the next column, no diagnosis
    assert f["appeal_deadline"] == "2027-04-18"  # 180 days from the remittance, not 90 from the service


def test_a_numbered_form_whose_scan_left_specks_between_labels_and_values():
    form = """COUNTY EMPLOYEES HEALTH PLAN - FORM 12
1. Date of notice =                ' 10/02/2026          rec'd 1 0/0 6/26
2. Covered person                 Dana T. Moravec            :
3. Plan member ID          |  CEH -FICT-5501-02
4. Claim / request no.           26-1002-CE-0009
5. Service(s) and date(s)          esketamine 84 mg,   09/14/2026
You may file a written appeal no later than 180 days after you receive this notice.
"""
    f = intake_facts.extract_facts(form, today=TODAY)
    assert (f["notice_date"], f["patient_name"], f["member_id"]) == ("2026-10-02", "Dana T. Moravec",
                                                                      "CEH-FICT-5501-02")
    assert f["service_dates"] == ["2026-09-14"]
    spanish = "Reclamación n.':     RC-26-1030-0042\nServicio:        30-oct-2026 - 96365\n"
    f = intake_facts.extract_facts(spanish, today=TODAY)
    assert (f["claim_number"], f["service_dates"]) == ("RC-26-1030-0042", ["2026-10-30"])


@pytest.mark.parametrize("sentence, field, value", [
    ("We denied the esketamine sessions she received at Lakeview Psychiatry on 09/14/2026 and 09/16/2026.",
     "service_dates", ["2026-09-14", "2026-09-16"]),
    ("We reviewed the claim from Elm Infusion Center for intravenous ketamine on 09/14/2026 and 09/17/2026.",
     "service_dates", ["2026-09-14", "2026-09-17"]),
    ("The claim for your services was received on 09/20/2026.", "service_dates", []),
    ("We denied the ketamine troche, requested on September 8, 2026.", "service_dates", []),
    ("The plan requires an approved prior authorization for this treatment, and none was on file.",
     "denial_category", "prior_authorization"),
    ("Denegamos el pago porque el servicio necesitaba autorización previa y nadie la pidió.",
     "denial_category", "prior_authorization"),
    ("We processed this request on the expedited (72-hour) timeline and denied it.", "urgent", True),
    ("Plan Sol (CHIP). Este programa no ofrece audiencia imparcial de Medicaid.", "plan_type", "chip"),
])
def test_care_received_reasons_and_programs_in_sentences(sentence, field, value):
    assert intake_facts.extract_facts(sentence, today=TODAY)[field] == value


def test_a_label_joining_two_roles_and_rows_indented_under_a_date_heading():
    f = intake_facts.extract_facts("Letter date    10/02/2026\n\nStudent / insured    Priya Anand-Cole\n",
                                   today=TODAY)
    assert f["patient_name"] == "Priya Anand-Cole"
    table = """      Service date          Code              Billed            Plan paid

      09/14/2026            96365             $425.00           $0.00
"""
    assert intake_facts.extract_facts(table, today=TODAY)["service_dates"] == ["2026-09-14"]


def test_ocr_letters_of_a_care_of_line_and_a_number_label():
    assert textract.care_of("Envíe su apelación a:\nPlan X\nalc Administradores Y\nclo Z Benefits") == \
        "Envíe su apelación a:\nPlan X\na/c Administradores Y\nc/o Z Benefits"
    text = """Plan de Ejemplo (MUESTRA FICTICIA)
Fecha de emisión               19/11/2026
Asegurada                      Ana B. Ejemplo
Núm, de miembro                EJM-200418-01
"""
    assert intake_facts.extract_facts(text, today=TODAY)["member_id"] == "EJM-200418-01"  # "Núm," for "Núm."


def test_an_appeals_address_in_a_table_row_in_care_of_and_in_a_right_column():
    table = """For                                     Write to
Questions                               Plan Sol Member Services, PO Box 40, Mesa, NM 87998
Appeals of this decision                Plan Sol, Attn: Appeals Unit, 11 Juniper Loop, Mesa, NM 87999
"""
    assert intake_facts.extract_facts(table, today=TODAY)["appeals_address"] == \
        "Plan Sol, Attn: Appeals Unit, 11 Juniper Loop, Mesa, NM 87999"
    care_of = """Tiene 180 días para apelar. Envíela a:

Plan de Salud de Empleados de Conservas Sol .
a/c Benefit Administrators

Atención: Apelaciones

P.O. Box 9044

Puerto Lirio, TX 77999
"""
    assert intake_facts.extract_facts(care_of, today=TODAY)["appeals_address"] == \
        "Plan de Salud de Empleados de Conservas Sol, a/c Benefit Administrators, Atención: Apelaciones, " \
        "P.O. Box 9044, Puerto Lirio, TX 77999"
    left = ["ABOUT YOUR CLAIM", "Member:        Harold B. Ruiz", "Member ID:     KFH-R4883-0001-22", "Claim:         26-304-7781",
            "Provider:      Stillwater Partners", "", "OUR DECISION", "You are enrolled in our High Option plan and",
            "the brochure covers care from these providers", "only in an emergency or with a prior referral.",
            "We found neither, so we denied the claim as", "out of network. You may owe the full charge."]
    right = ["YOUR RIGHT TO ASK US TO RECONSIDER", "If you disagree, write to us within 6 months of",
             "the date of this letter and ask us to reconsider.", "Mail your written request to:",
             "   Keystone Federal Health", "   Attn: Reconsideration Unit", "   77 Ledgerline Road",
             "   Brackwater, PA 17999", "", "NEWS FOR MEMBERS", "Flu shots are free at network pharmacies",
             "through March, and a new telehealth line opens."]
    page = "\n".join(f"{a:<62}{b}".rstrip() for a, b in zip(left, right))
    f = intake_facts.extract_facts(page, today=TODAY)
    assert f["appeals_address"] == "Keystone Federal Health, Attn: Reconsideration Unit, 77 Ledgerline Road, " \
        "Brackwater, PA 17999"
    assert "within 6 months of the date of this letter" in f["deadline_basis"]


def test_a_calendar_date_the_notice_states_wins_over_its_number_of_days():
    letter = """Date: 10/02/2026
Your right to appeal. Federal law gives you at least 180 days after you receive this letter to appeal.
Your appeal must be received by April 5, 2027. To keep your benefits during the appeal, ask by October 12, 2026.
"""
    f = intake_facts.extract_facts(letter, today=TODAY)
    assert f["appeal_deadline"] == "2027-04-05"
    assert "received by April 5, 2027" in f["deadline_basis"]


def test_the_patients_label_over_the_policyholder_the_letter_is_addressed_to():
    letter = """November 2, 2026
Priscilla N. Adeyemi
62 Larchmont Terrace
Marrowick, PA 17996

Enrollee                 Priscilla N. Adeyemi                  Enrollee ID        FICT4471
Patient                  Ambrose K. Adeyemi (spouse)           Patient ID         FICT4471-02

Dear Ms. Adeyemi:
We reviewed the claim for services your spouse received.
"""
    assert intake_facts.extract_facts(letter, today=TODAY)["patient_name"] == "Ambrose K. Adeyemi"
    header = """Employee / Subscriber        Subscriber ID            Patient                      Patient ID

Gordon T. Ashby              FICT-CFL-2044            Wren Ashby-Molina            FICT-CFL-2044-02

Dear Mr. Ashby:
"""
    assert intake_facts.extract_facts(header, today=TODAY)["patient_name"] == "Wren Ashby-Molina"


def test_the_plans_member_id_over_a_student_id_and_the_date_of_this_statement():
    letter = """Date of this statement: November 18, 2026          Processed: 11/16/2026
  Insured student : Tran Minh Khoi
  Student ID      : 903-11-4478
  Member ID       : PGS-FICT-26-104
"""
    f = intake_facts.extract_facts(letter, today=TODAY)
    assert (f["member_id"], f["notice_date"]) == ("PGS-FICT-26-104", "2026-11-18")


def test_a_childs_notice_headed_in_spanish_to_the_parent():
    aviso = """Plan del Programa de Seguro Médico para Niños (CHIP)
Fecha del aviso                   Niño/a (paciente)                 Número de miembro
12 de noviembre de 2026           Tomás Vera Lugo                   NSP-FICT-3309
Padre/madre o tutor               Número de reclamación
Rosa Lugo Peña                    NS-26-4471-0930

Estimada Sra. Lugo Peña:
Le escribimos sobre los servicios que su hijo Tomás recibió del Dr. Elías Mora el 8 de octubre de
2026 y el 22 de octubre de 2026. El médico no pertenece a la red. Código de ajuste de la reclamación: CO-242.
Puede pedir una reconsideración del plan.  Debe pedía dentro de 65 días a partir de la fecha de este aviso.
A diferencia de Medicaid, CHIP no ofrece una audiencia imparcial estatal.
"""
    f = intake_facts.extract_facts(aviso, today=TODAY)
    assert (f["patient_name"], f["member_id"], f["claim_number"]) == ("Tomás Vera Lugo", "NSP-FICT-3309",
                                                                      "NS-26-4471-0930")
    assert (f["service_dates"], f["carc_codes"], f["plan_type"]) == (["2026-10-08", "2026-10-22"], ["CO-242"], "chip")
    assert f["appeal_deadline"] == "2027-01-16"


def test_a_claim_named_in_the_subject_line_over_an_internal_reference():
    letter = """BLUEWATER CREST                      Letter date: 11/25/2026
INSURANCE COMPANY                    Internal reference: CSR-26-7714

Annika Lindqvist -
309 Foghorn Road
Clement Bay, ME 04997

RE: Coverage decision on claim 9902-77140-26
Dear Ms. Lindqvist,
"""
    f = intake_facts.extract_facts(letter, today=TODAY)
    assert (f["claim_number"], f["patient_name"]) == ("9902-77140-26", "Annika Lindqvist")


@pytest.mark.parametrize("written, value", [("14-ago-2026", date(2026, 8, 14)), ("03/dic/2026", date(2026, 12, 3)),
                                            ("2026/11/24", date(2026, 11, 24)), ("2026.11.24", date(2026, 11, 24))])
def test_spanish_abbreviated_months_between_hyphens_and_dates_written_year_first(written, value):
    from appeal_kit.intake.deadlines import find_dates

    assert [h.value for h in find_dates(f"Fecha: {written}.", "DMY")] == [value]


def test_a_photos_value_read_above_its_label():
    photo = """Copy of member ID card

QCH 4418 2207 01

Member ID:

Birth date:                     1991-11-22
"""
    assert intake_facts.extract_facts(photo, today=TODAY)["member_id"] == "QCH 4418 2207 01"


def test_a_row_glossed_as_the_patients_without_an_id_column_and_a_patient_name_column():
    rows = """Dear Mr. Ekwueme:
Person                                    Relationship          Born
Paul Ekwueme (subscriber)                 Self                  02 March 1980
Ada N. Ekwueme (dependent)                Daughter              15 June 2001
"""
    f = intake_facts.extract_facts(rows, today=TODAY)
    assert (f["patient_name"], f["member_id"]) == ("Ada N. Ekwueme", None)
    statement = """Claim #        Patient name        Service date    Code     Billed     Plan paid
CL-5501        Lena Voss           09/01/2026      99213    $120.00    $96.00
CL-5502        Omar Reyes Pike     09/02/2026      90837    $200.00    $0.00
"""
    f = intake_facts.extract_facts(statement, today=TODAY)
    assert (f["claim_number"], f["patient_name"]) == ("CL-5502", "Omar Reyes Pike")


def test_a_photos_column_of_values_read_before_its_column_of_labels():
    photo = """Esto no es una factura.
3 de noviembre de 2026

Héctor Rosado Vélez

ISB-FICT-7702

Valentina Rosado Méndez (hija)

ISB-FICT-7702-03

Fecha de emisión:
Suscriptor:

Núm. de contrato:
Paciente:

Núm. de socio:
Fechas en formato día/mes/año
"""
    f = intake_facts.extract_facts(photo, today=TODAY)
    assert (f["notice_date"], f["patient_name"], f["member_id"]) == ("2026-11-03", "Valentina Rosado Méndez",
                                                                      "ISB-FICT-7702-03")
    # a form's labels with no values beside them and the lines of an address above: left as they are
    form = "Plan Sol\nPO Box 12\nMesa, NM 87000\n\nSignature:\nDate:\n"
    from appeal_kit.intake.extract import values_before_labels

    assert values_before_labels(form) == form


@pytest.mark.parametrize("printed, read", [("Member ID: FICT 4410 2287 5S", "FICT 4410 2287 55"),
                                           ("Member ID: EVR-P S5019 2287", "EVR-P 55019 2287"),
                                           ("Member ID: S1234 5678", "S1234 5678"),
                                           ("Member ID: QCH 4418 2207 01", "QCH 4418 2207 01")])
def test_a_look_alike_letter_in_one_group_of_an_id_written_in_groups_of_digits(printed, read):
    assert intake_facts.extract_facts(printed, today=TODAY)["member_id"] == read


def test_a_glossed_label_column_a_hyphenated_name_in_a_claim_row_and_care_on_a_date():
    aviso = ("KidsCare Norte\n\nEstimada Sra. Lucía Solís Ferrán:\n\nLe escribimos sobre los servicios que recibió su "
             "hijo.\n\nFecha del aviso    06/11/2026\n\nNiño (paciente)    Mateo Ibarra Solís\n\n"
             "Reclamación    KC-2611-06052\n")
    assert intake_facts.extract_facts(aviso, today=TODAY)["patient_name"] == "Mateo Ibarra Solís"
    eob = """Subscriber:        Carla Marchetti-Lund
Member ID:         HFW-FICT-660392
Statement date:    11/16/2026

Claim no.        Patient                Service date     Code      Billed     Plan paid    Adj. code
6620-118-0039    Carla                  10/19/2026       99214     $185.00    $140.00      PR-3
6620-118-0041    Theo Marchetti-Lund    10/21/2026       96365     $520.00    $0.00        CO-197
"""
    f = intake_facts.extract_facts(eob, today=TODAY)
    assert (f["patient_name"], f["claim_number"]) == ("Theo Marchetti-Lund", "6620-118-0041")
    letter = ("Northpass Health Plans\nNotice date    November 24, 2026\nMember    Cormac Teague\n\nWe reviewed the claim "
              "from Emberline Psychiatric Associates for care on Oct 29, 2026 (99205). It is out of network.\n")
    assert intake_facts.extract_facts(letter, today=TODAY)["service_dates"] == ["2026-10-29"]


def test_names_labelled_as_a_child_and_words_of_a_form_or_greeting_are_no_names():
    aviso = ("Cuidado Kids del Sur\nFecha del aviso:    06/11/2026\nPara:               Marisol Luján de Ibarra (madre)\n"
             "Miembro (niña):     Valentina Sofía Ibarra Luján\nNúmero de miembro:  CKS-FICT-0088213\n\n"
             "Marisol Luján de Ibarra\n318 Calle Mezquite\nSan Benito Viejo, TX 78990\n"
             "Estimada Sra. Luján de Ibarra:\nNegamos el pago.\n")
    assert intake_facts.extract_facts(aviso, today=TODAY)["patient_name"] == "Valentina Sofía Ibarra Luján"
    from appeal_kit.intake.extract import _clean_name

    for not_a_name in ("Hi Nadia", "Mail To", "Correspondence-- PO Box"):
        assert _clean_name(not_a_name) is None
    assert _clean_name("Mateo A. Castellanos") == "Mateo A. Castellanos"


def test_a_middle_initials_full_stop_read_as_a_comma_is_still_a_name():
    from appeal_kit.intake.extract import _clean_name

    assert _clean_name("Priya K, Vanterpool-Hale") == "Priya K. Vanterpool-Hale"
    assert _clean_name("Anders Bo K, Lindgren") == "Anders Bo K. Lindgren"
    assert _clean_name("VANTERPOOL, PRIYA K") == "Priya K Vanterpool"  # the surname first, as before
    fax = ("TRICARE Regional Review\nDate of notice: 11/04/2026\n\nBeneficiary          Priya K, Vanterpool-Hale "
           "(dependent, age 17)\nDoD Benefits Number  FICT-2290-4417-08\n\nWe denied the request.\n")
    assert intake_facts.extract_facts(fax, today=TODAY)["patient_name"] == "Priya K. Vanterpool-Hale"


def test_statement_rows_nothing_paid_for_the_deductible_a_speck_before_a_claim_and_wrapped_cells():
    deductible = """Claim no.         Service date     Code       Dx        Billed       Allowed       Plan paid      Adj. (CARC)

TM2610020371      10/02/2026       99214      F33.1     $240.00      $162.00       $129.60        CO-45 PR-2

TM2610090377      10/09/2026       96365      F33.1     $950.00      $0.00         $0.00          CO-197

TM2610160392      10/16/2026       90792      F41.1     $380.00      $260.00       $0.00          CO-45 PR-1
"""
    f = intake_facts.extract_facts(deductible, today=TODAY)
    assert (f["claim_number"], f["procedure_codes"], f["carc_codes"]) == ("TM2610090377", ["96365"], ["CO-197"])
    speck = """Reclamación           Fecha servicio Código        Diagnóstico       Facturado    Pagado por el plan   Estado
26-1002-33810      02/10/2026        99213       F33.2            $95.00         $62.40                  Pagada
*  26-1009-33962          09/10/2026            96365        F33.2        $600.00             $0.00       Negada CO-197
"""
    f = intake_facts.extract_facts(speck, today=TODAY)
    assert (f["claim_number"], f["procedure_codes"]) == ("26-1009-33962", ["96365"])
    wrapped = """Claim               Provider               Service date Code            Billed     Allowed    Plan paid     Adj. codes

LV26-1031-00482     Aspen Primary Care     2026/10/28      99214        $210.00    $142.60    $114.08       CO-45 PR-2

LV26-1103-00917     Clearwater Infusion    2026/10/30      96365        $650.00    $0.00      $0.00         CO-242

                    Partners (out of       2026/10/30      J3490        $240.00    $0.00      $0.00         CO-242 N130

                    network)                               Dx F33.1

LV26-1107-01133     Frontier Labs          2026/11/02      80053        $88.00     $31.10     $24.88        CO-45 PR-2
"""
    f = intake_facts.extract_facts(wrapped, today=TODAY)
    assert (f["claim_number"], sorted(f["procedure_codes"])) == ("LV26-1103-00917", ["96365", "J3490"])


def test_a_carve_out_statement_filed_before_the_denial_gives_none_of_its_facts():
    vision = ("ClearSight Vision Services\nVision benefits carve-out for the Covenant plan\n\nNovember 2, 2026\n\n"
              "VISION BENEFIT STATEMENT - THIS IS NOT A BILL\nCovered person:    Bethany Kowalczyk\n"
              "Vision claim:      VS-882014\nService:           Routine eye exam and lenses, 10/19/2026\n"
              "Status:            Processed - plan paid $145.00\nIf you have a question about this vision claim, "
              "write to ClearSight Vision, Attn: Claims Review, PO Box 4470, Gilead Crossing, ND 58998 within 90 days."
              "\n\n")
    medical = ("COVENANT SHEPHERD HEALTH BENEFITS TRUST\nA church plan\n\n\nOctober 30, 2026\nBethany Kowalczyk\n"
               "306 Linden Court\nGilead Crossing, ND 58997\nRe: Claim CS-2026-0931-118\n\nDear Ms. Kowalczyk:\n"
               "We have reviewed the claim for intravenous ketamine on 10/06/2026 and 10/09/2026. The Trust denies this "
               "claim because ketamine infusion for bipolar depression is experimental under the Plan Document.\n"
               "To appeal, write to the Appeals Committee within 180 days from the date you receive this notice. "
               "Address your appeal to:\n        Covenant Shepherd Health Benefits Trust\n"
               "        Attn: Appeals Committee\n        19 Vesper Row\n        Gilead Crossing, ND 58999\n")
    f = intake_facts.extract_facts(vision + medical, today=TODAY)
    assert (f["claim_number"], f["notice_date"]) == ("CS-2026-0931-118", "2026-10-30")
    assert "within 180 days" in f["deadline_basis"] and f["appeals_address"].startswith("Covenant Shepherd")
    # the medical letter alone reads the same
    alone = intake_facts.extract_facts(medical, today=TODAY)
    assert (alone["claim_number"], alone["notice_date"]) == ("CS-2026-0931-118", "2026-10-30")


def test_a_pdf_table_whose_cells_touch_is_read_as_rows_and_columns(tmp_path):
    """Cells set close in a PDF (a word space's width, or a cell's text running into the next cell) are told
    apart by the words' boxes: the denied row's claim, member and dates, not the paid rows'."""
    pytest.importorskip("reportlab")
    from reportlab.pdfgen.canvas import Canvas

    pdf = tmp_path / "eob.pdf"
    c = Canvas(str(pdf))
    c.setFont("Helvetica", 8)
    y = 760
    c.drawString(50, y, "Statement date: 11/20/2026    Northfield Benefit Services, administrator (fictional)")
    y -= 30
    heads = [(50, "Patient / Member ID"), (150, "DOB"), (195, "Claim no."), (258, "Svc date"), (304, "Code"),
             (335, "Dx"), (370, "Billed"), (410, "Paid"), (445, "Adj.")]
    for x, h in heads:
        c.drawString(x, y, h)
    rows = [("Oren Vasquez /", "NBS-FICT-10233", "04/12/1970", "NB2611000101", "10/20/2026", "99214", "F41.1",
             "180.00", "97.92", "CO-45"),
            ("Mira Vasquez /", "NBS-FICT-10237", "08/30/2001", "NB2611000105", "10/27/2026", "90837", "F33.1",
             "240.00", "0.00", "CO-50"),
            ("Tomas Vasquez /", "NBS-FICT-10239", "01/02/2004", "NB2611000108", "11/03/2026", "90834", "F90.2",
             "160.00", "120.00", "CO-45")]
    for row in rows:
        y -= 14
        name, member, *cells = row
        c.drawString(50, y, name)
        c.drawString(50, y - 10, member)
        for (x, _), cell in zip(heads[1:], cells):
            c.drawString(x, y, cell)
        y -= 10
    c.drawString(50, y - 30, "Appeal a denied line within 180 days of the statement date. This is fictional.")
    # a cell's text run into the next column's cell: "NBS-FICT-10237" drawn wide enough to touch "NB2611..."
    c.showPage()
    c.setFont("Helvetica", 8)
    c.drawString(50, 700, "Paciente")
    c.drawString(110, 700, "ID de miembro")
    c.drawString(170, 700, "Reclamación")
    c.drawString(50, 686, "Mira Vasquez")
    c.drawString(110, 686, "NBS-FICT-10237")
    c.drawString(110 + c.stringWidth("NBS-FICT-10237", "Helvetica", 8), 686, "NB2611000105")
    c.save()
    text = textract.extract_text(pdf).text
    assert re.search(r"04/12/1970 {2,}NB2611000101 {2,}10/20/2026", text)
    assert "NBS-FICT-10237  NB2611000105" in text
    f = intake_facts.extract_facts(text.split("\f")[0], today=TODAY)
    assert (f["claim_number"], f["patient_name"], f["member_id"]) == ("NB2611000105", "Mira Vasquez",
                                                                       "NBS-FICT-10237")
    # the date under the DOB column is a birth date, no date of care
    assert (f["service_dates"], f["procedure_codes"], f["carc_codes"]) == (["2026-10-27"], ["90837"], ["CO-50"])


def test_a_name_wrapped_in_its_cell_and_ids_a_spanish_sentence_names():
    eob = """Paciente               ID de miembro        Reclamación     Fecha         Código   Pagado    Ajuste
Andrés Ocampo          OCM-FICT-2201-01     OC-26-5510      02/11/2026    99213    $80.00    CO-45
Inés Ocampo            OCM-FICT-2201-02     OC-26-5514      05/11/2026    90868    $0.00     CO-197
Villalobos
"""
    f = intake_facts.extract_facts(eob, today=TODAY)
    assert (f["claim_number"], f["patient_name"], f["member_id"]) == ("OC-26-5514", "Inés Ocampo Villalobos",
                                                                       "OCM-FICT-2201-02")
    letter = ("Puerto Viejo, 3 de noviembre de 2026\n\nSr. Julián Prado Esquivel\nCalle Sauce 8\n"
              "Puerto Viejo, NM 87990\n\nEstimado señor Prado Esquivel:\nLe escribimos sobre la reclamación número "
              "PV-26-77120, a nombre de usted, con su número de miembro de Medicaid PVM-FICT-330118, por la consulta "
              "(código 90837) que usted recibió el 12 de octubre de 2026. Hemos decidido no pagarla porque no es "
              "médicamente necesaria. Puede pedir una apelación en un plazo de 60 días contados desde la fecha de "
              "esta carta.\n")
    f = intake_facts.extract_facts(letter, today=TODAY)
    assert (f["claim_number"], f["member_id"], f["notice_date"]) == ("PV-26-77120", "PVM-FICT-330118", "2026-11-03")
    assert f["appeal_deadline"] == "2027-01-02"


def test_a_label_under_a_label_and_a_role_after_a_comma_are_no_names():
    memo = """MEMORANDUM

TO:              Priya Lindqvist-Moore, enrollee (Enrollee ID WSE-FICT-88120)
DATE:            November 9, 2026
RE:              Decision on claim WS-26-118204
Employee No.:    0071142
Date of birth:   03/02/1975

This memo denies the claim for care you received on October 2, 2026 because it was not medically necessary.
"""
    f = intake_facts.extract_facts(memo, today=TODAY)
    assert f["patient_name"] == "Priya Lindqvist-Moore"


def test_two_verbs_before_prior_authorization_and_a_sentence_before_the_addressee():
    text = ("Date: November 4, 2026\nDear Ms. Reyes,\nWe denied payment for the testing. The provider did not ask "
            "for or receive prior authorization before the testing was done.\nYour appeal must reach us no later "
            "than May 3, 2027. Write to\nHarbor Light Health Plan, Attn: Appeals Unit, 40 Quay Street, Suite 2, "
            "Port Ellis, ME 04999. This notice is fictional.\n")
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["denial_category"] == "prior_authorization"
    assert f["appeals_address"] == "Harbor Light Health Plan, Attn: Appeals Unit, 40 Quay Street, Suite 2, Port Ellis, ME 04999"


def test_a_decision_the_plan_made_as_expedited_and_the_window_of_a_review_of_this_decision():
    text = ("Plan de Salud Lumbre (CHIP)\nFecha del aviso: 04/11/2026\n\nTomamos una decisión acelerada (en 72 horas) "
            "porque su médico indicó que esperar podría dañar su salud. Negamos la solicitud porque el proveedor no "
            "pertenece a la red.\nPuede pedir una revisión estatal de esta decisión dentro de 30 días a partir de la "
            "fecha de este aviso. Este aviso es ficticio.\n")
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["urgent"] is True
    assert f["appeal_deadline"] == "2026-12-04"  # 30 days stated, not a rule's 60


def test_the_employee_a_label_names_and_a_list_of_services_under_its_heading():
    text = """RIVERTON CITY EMPLOYEE HEALTH PLAN
Date Issued: 09-Nov-2026

Employee: Marisol Quintero-Baird          Employee no. 009921
Member ID: RCE-40112-01                   Claim #: RC-0071120-B

Services reviewed (Lakeside Neuromodulation):
  14-Oct-2026   90867  TMS initial mapping          F33.1
  16-Oct-2026   90868  TMS treatment session        F33.1

Reason: the plan's policy requires prior authorization, and none was requested. Coverage is denied.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["patient_name"] == "Marisol Quintero-Baird"
    assert f["service_dates"] == ["2026-10-14", "2026-10-16"]


def test_an_employer_group_plan_named_noun_first_and_no_request_for_authorization_received():
    text = ("ASEGURADORA LOMA CLARA\nPlan de grupo del empleador: Talleres Norte (asegurado)\n"
            "Fecha del aviso: 10/11/2026\n\nNegamos el pago porque su plan exige autorización previa y no recibimos "
            "una solicitud de autorización antes de la fecha de servicio. Este aviso es ficticio.\n")
    f = intake_facts.extract_facts(text, today=TODAY)
    assert (f["plan_type"], f["denial_category"]) == ("employer_erisa", "prior_authorization")


@pytest.mark.parametrize("written, dates", [
    ("infusions on November 2 and November 4, 2026.", ["2026-11-02", "2026-11-04"]),
    ("sesiones del 14 de octubre y 16 de octubre de 2026", ["2026-10-14", "2026-10-16"]),
    ("visits on December 28 and January 3, 2027", ["2026-12-28", "2027-01-03"])])
def test_a_year_said_once_for_two_dates(written, dates):
    from appeal_kit.intake import deadlines

    assert [h.value.isoformat() for h in deadlines.find_dates(written)] == dates


def test_a_label_over_an_image_has_its_value_past_the_blank_lines():
    text = """Northwind Advantage (HMO)
Date of notice:      November 12, 2026
Member name:         Harold P. Lindgren
Reference (quote it when you write):



NWA 26-418-00913

We have denied payment for the care you received on October 20, 2026.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["claim_number"] == "NWA 26-418-00913"


def test_care_a_named_child_received_on_days_listed_in_a_spanish_sentence():
    text = ("Plan Sendero (CHIP)\nFecha del aviso: 02/11/2026\n\nRevisamos la reclamación del programa de día "
            "(código H0035, diagnóstico F33.1) que su hija Lucía recibió los días 06/10/2026, 13/10/2026 y 20/10/2026."
            "\nDecisión: negamos el pago. Motivo: no es médicamente necesario. Este aviso es ficticio.\n")
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["service_dates"] == ["2026-10-06", "2026-10-13", "2026-10-20"]


def test_a_date_in_a_sentence_below_a_table_with_a_birth_date_column_is_care():
    care = "Recibimos la reclamación por las terapias que usted recibió los días 08/10/2026 y 15/10/2026."
    col = care.index("08/10")  # the sentence's dates stand under the table's birth-date column
    text = ("Asegurado".ljust(col) + "Fecha de nacimiento     Núm. de reclamación\n" +
            "Rosa Elena Vidal".ljust(col) + "03/04/1969              2026-301-00871\n\n\nEstimada señora Vidal:\n" +
            care + "\nNegamos el pago porque no son médicamente necesarias.\n")
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["service_dates"] == ["2026-10-08", "2026-10-15"] and f["date_of_birth"] == "1969-04-03"


def test_cells_a_monospaced_pdf_sets_apart_and_words_of_prose_keep_their_spacing(tmp_path):
    pytest.importorskip("reportlab")
    from reportlab.pdfgen.canvas import Canvas

    pdf = tmp_path / "msn.pdf"
    c = Canvas(str(pdf))
    c.setFont("Courier", 9)
    c.drawString(50, 700, "Claim number: CVX 448 2291 07")
    c.drawString(50, 686, "Sep 14, 2026  Office visit (99214)  $185.00  $0.00")
    c.save()
    text = textract.extract_text(pdf).text
    assert "CVX 448 2291 07" in text  # a monospaced space is one character wide: no cell's gap


def test_a_list_of_dates_with_the_year_said_once_at_its_end():
    """'on May 4, May 6 and May 11, 2026' names three days of care, the year said once for all of them (and the
    same list in Spanish, each day with its month)."""
    letter = ("Sample Plan (fictional)\nDate of notice: June 2, 2026\nMember: Ada Fictional\n\nWe denied the infusions "
              "(code 96365) you received on May 4, May 6 and May 11, 2026, as not medically necessary.\n")
    assert intake_facts.extract_facts(letter, today=TODAY)["service_dates"] == ["2026-05-04", "2026-05-06",
                                                                               "2026-05-11"]
    aviso = ("Plan de Ejemplo (ficticio)\nFecha del aviso: 2 de junio de 2026\nMiembro: Ada Ficticia\n\nNegamos las "
             "infusiones (código 96365) que usted recibió los días 4 de mayo, 6 de mayo y 11 de mayo de 2026 porque "
             "no son médicamente necesarias.\n")
    assert intake_facts.extract_facts(aviso, today=TODAY)["service_dates"] == ["2026-05-04", "2026-05-06",
                                                                              "2026-05-11"]


def test_a_line_under_a_services_heading_that_opens_with_a_list_of_dates():
    """'Services reviewed:' over a line opening with the dates of the care, listed, then the codes: every date of
    the list is a date of service."""
    letter = ("Sample Behavioral Health (fictional)\nLetter date: 06/02/2026\nMember: Ada Fictional\n"
              "Services reviewed:\n 05/04/2026, 05/06/2026 and 05/11/2026: 90837, 90838\n"
              "Determination: not medically necessary.\n")
    assert intake_facts.extract_facts(letter, today=TODAY)["service_dates"] == ["2026-05-04", "2026-05-06",
                                                                               "2026-05-11"]


def test_a_spanish_eobs_own_date_and_a_bare_identification_label():
    """'Fecha de la explicación:' is the date of a Spanish explanation of benefits, and 'Identificación:' (a
    colon after it) labels the member's number, as 'ID:' does in English."""
    eob = ("Aseguradora Ejemplo (ficticia)\nExplicación de beneficios\n\n"
           "Fecha de la explicación:    4 de junio de 2026\nAsegurada:    Ada Ficticia\n"
           "Identificación:    EJM-FICT-204417\n")
    f = intake_facts.extract_facts(eob, today=TODAY)
    assert (f["notice_date"], f["member_id"]) == ("2026-06-04", "EJM-FICT-204417")


def test_a_hearings_limit_in_the_next_sentence_with_the_verb_and_its_pronoun_as_one_word():
    """A fee-for-service notice offers no plan appeal, only the state's hearing, and gives its limit in the next
    sentence with the verb joined to its pronoun ('para pedirla', 'para solicitarla')."""
    aviso = ("Programa Medicaid del Estado (ficticio)\nFecha del aviso: 2 de junio de 2026\n"
             "Beneficiario(a): Ada Ficticia\n\nDenegamos el pago del servicio. No hay apelación ante un plan: si no "
             "está de acuerdo, puede pedir una audiencia imparcial estatal. Usted tiene 90 días a partir de la fecha "
             "de este aviso para {verb}.\n")
    for verb in ("pedirla", "solicitarla"):
        f = intake_facts.extract_facts(aviso.format(verb=verb), today=TODAY)
        assert f["appeal_deadline"] == "2026-08-31" and "90 días" in f["deadline_basis"], verb


def test_the_letters_date_alone_in_its_cell_beside_a_column_of_the_header():
    """A letter whose header runs in two columns prints its date at the left of a row whose right column holds
    a label and its value: the date alone in its cell is the letter's date."""
    letter = ("Sample Health Insurance Company (fictional)\n\n"
              "October 28, 2026                                       Subscriber ID: SHI 229 410 877\n"
              "Ada Fictional                                          Claim #: 26-0302-SH-58841\n"
              "1 Sample Lane                                          DOB: 10/30/1990\n\n"
              "Dear Ada Fictional:\nWe denied the claim for the infusions you received on 02/09/2026.\n")
    assert intake_facts.extract_facts(letter, today=TODAY)["notice_date"] == "2026-10-28"


def test_a_reason_column_whose_group_ocr_read_with_a_zero():
    """'C0-96' under a claim table's Reason column is CO-96, the group's O read as a zero, not a code C0."""
    eob = ("Sample Health Program (fictional)\nClaim number: 2026 318 04417 00\n\n"
           "Service date   Code   Diagnosis  Billed    Paid   Reason\n"
           "10/05/2026     96365  F33.1      $900.00   $0.00  C0-96\n")
    assert intake_facts.extract_facts(eob, today=TODAY)["carc_codes"] == ["CO-96"]


def test_a_wrapped_cell_of_dates_is_no_dateline():
    # a boxed panel beside the letterhead: the service dates wrap onto a line of their own, under the first ones;
    # that line is the cell's continuation, and the letter's own date comes below it
    text = ("WESTFOLD MUTUAL (FICTIONAL)              Member            Ana Ruiz\n"
            "PO Box 10, Lakeview, OH 43999            Dates of service  09/02/2026, 09/05/2026\n"
            "                                                           09/09/2026\n"
            "\n"
            "October 20, 2026\n"
            "\n"
            "Dear Ms. Ruiz:\n"
            "We denied the infusions given on September 2, 5 and 9, 2026.\n")
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["notice_date"] == "2026-10-20"


@pytest.mark.parametrize("hearing", [
    "Si no está de acuerdo con esta decisión, puede pedir una audiencia imparcial estatal dentro de 90 días a partir "
    "de la fecha de este aviso.",
    "If you disagree with this decision, you may ask for a state fair hearing within 90 days from the date of this "
    "notice.",
])
def test_a_hearing_asked_for_in_its_own_sentence_is_the_first_step_where_no_plan_appeal_is_offered(hearing):
    """A fee-for-service notice has no appeal to a plan: the sentence that asks for the state's hearing within a
    limit, with no appeal word in it, gives the window (not the managed-care rule's 60 days), and the shorter limit
    for keeping benefits does not."""
    aviso = ("State Medical Assistance Program (fictional)\nDate of notice: June 2, 2026\nMember: Ada Fictional\n\n"
             "We denied payment for the service.\n" + hearing + "\nIf you ask for the hearing within 10 days of the "
             "date of this notice, services you already have may continue.\n")
    f = intake_facts.extract_facts(aviso, today=TODAY)
    assert f["appeal_deadline"] == "2026-08-31" and "90" in f["deadline_basis"]


@pytest.mark.parametrize("why", [
    "Service date   Code    What we decided\n10/07/2026     90847   Denied - prior authorization was required\n",
    "Why: Visits after the first six in a year need our approval before they take place. The provider did not ask us "
    "to approve more visits.\n",
])
def test_an_approval_required_and_never_asked_for_is_a_prior_authorization_denial(why):
    """A status saying prior authorization was required, or a reason saying the approval needed before care was
    never asked for, is a prior-authorization denial, also beside a line saying the care was not found unneeded."""
    notice = ("Sample Children's Plan (fictional)\nNotice date: November 13, 2026\nMember: Ada Fictional\n\n" + why +
              "This decision is not a finding that the therapy was not needed.\n")
    assert intake_facts.extract_facts(notice, today=TODAY)["denial_category"] == "prior_authorization"


def test_records_that_do_not_show_the_care_was_reasonable_and_necessary_is_medical_necessity():
    """Medicare's wording of a necessity denial with the negation on the verb: 'the records do not show it was
    reasonable and necessary'."""
    msn = ("Medicare Summary Notice (fictional)\nDate of this notice: November 20, 2026\nNotice for: Ada Fictional\n\n"
           "A: Medicare does not pay for this service because the records do not show it was reasonable and "
           "necessary under the local coverage rules.\n")
    assert intake_facts.extract_facts(msn, today=TODAY)["denial_category"] == "medical_necessity"


def test_a_plan_that_calls_itself_a_plan_for_federal_employees_is_fehb():
    """An FEHB carrier's letterhead may name the program only in words ('a health benefits plan for federal
    employees, annuitants and their families'), never 'FEHB' or OPM."""
    letter = ("Sample Federal Employees Health Association (fictional)\nA health benefits plan for federal employees, "
              "annuitants and their families\nNovember 18, 2026\n\nEnrollee: Ada Fictional\n\n"
              "We are unable to pay the services below.\n")
    assert intake_facts.extract_facts(letter, today=TODAY)["plan_type"] == "fehb"


@pytest.mark.parametrize("first, second", [("10/29/2026 and", "11/02/2026"), ("29 de octubre de 2026 y",
                                                                           "2 de noviembre de 2026")])
def test_a_list_of_service_dates_that_wraps_in_its_cell_under_its_label(first, second):
    """A column of labels each over its value (a two-column scan's claim box): the list of dates under 'Dates of
    service' wraps after its joiner onto the next line, and that line's date is the list's too."""
    notice = ("Sample Health Insurance Company (fictional)\nNovember 19, 2026\n\nMember\nAda Fictional\n"
              f"Dates of service\n{first}\n{second}\n\nWe denied the claim for these infusions.\n")
    assert intake_facts.extract_facts(notice, today=TODAY)["service_dates"] == ["2026-10-29", "2026-11-02"]


def test_a_remittance_row_that_names_its_patient_last_name_first():
    """A provider's remittance lists several patients, each 'LAST, FIRST' in capitals; the denied claim's patient
    and member ID are its row's, not the first row's."""
    remit = ("SAMPLE PLAN SERVICES (fictional)\nRemittance date:   11/06/2026\n\n"
             "Patient             Member ID          Claim number       From          Code     Billed     Paid     Adj.\n"
             "DOE, JANE           SMP-FICT-1000001   SMP-26310-00001    10/21/2026    99214    185.00     106.24   CO-45\n"
             "ROE, RICHARD A      SMP-FICT-1000002   SMP-26310-00002    10/27/2026    G2083    1,240.00   0.00     CO-197\n"
             "                                                          10/30/2026    G2083    1,240.00   0.00     CO-197\n"
             "POE, ANNA           SMP-FICT-1000003   SMP-26310-00003    10/29/2026    90834    160.00     106.40   CO-45\n")
    f = intake_facts.extract_facts(remit, today=TODAY)
    assert (f["claim_number"], f["patient_name"], f["member_id"]) == (
        "SMP-26310-00002", "Richard A Roe", "SMP-FICT-1000002")


SIDEBAR_EOB = """SAMPLE HEALTH (fictional)                                                 Explanation of Benefits

Member                                     Your claims this period
Ada Fictional

Member ID
                                           Claim / Provider              Service date    Code     Billed    Plan paid   You owe   Adj.
SMP-FICT-24561807
                                           SMP-2610-1001 Dr. Amelia      10/02/2026      99214    210.00    96.40       40.00     CO-45
Plan                                       Frost (in network)
Sample Silver 2500                         SMP-2610-1002 Harlan          10/09/2026      80053    58.00     21.10       0.00      CO-45
EPO (Marketplace)                          Springs Lab (in network)

                                           SMP-2610-1003 Quiet           10/14/2026      90837    220.00    0.00        220.00    CO-242
Statement date                             Harbor Counseling LLC (out of
November 9, 2026                           network)

                                                                         10/21/2026      90837    220.00    0.00        220.00    CO-242
Claims processed
                                           SMP-2610-1004 Dr. Ines        10/28/2026      90834    165.00    103.20      30.00     CO-45
10/01/2026 - 10/31/2026                    Vallejo, LCSW (in network)

                                          Diagnosis codes on these claims: SMP-2610-1001 I10; SMP-2610-1002 E78.5;
                                          SMP-2610-1003 F41.1; SMP-2610-1004 F43.10.

You have 180 days from the date you receive this statement to file an appeal.
"""


def test_a_claims_table_beside_a_sidebar_keeps_its_rows_and_each_claims_diagnosis():
    """A statement whose claims table stands beside a sidebar of the member's facts: the sidebar's "Member ID" has
    its value under it past the line where the table's heading stands beside it, the sidebar's words are no
    cells of the table's rows (they shifted every cell, so two claims read as one), a provider's name wrapped
    under its cell does not end the table, the sidebar's dates are no service dates, and a list naming each claim
    with its diagnosis gives the denied claim's only."""
    f = intake_facts.extract_facts(SIDEBAR_EOB, today=TODAY)
    assert (f["claim_number"], f["member_id"]) == ("SMP-2610-1003", "SMP-FICT-24561807")
    assert (f["service_dates"], f["procedure_codes"], f["diagnosis_codes"], f["carc_codes"]) == (
        ["2026-10-14", "2026-10-21"], ["90837"], ["F41.1"], ["CO-242"])


def test_a_drug_code_whose_letter_ocr_read_as_a_digit_where_another_row_prints_it():
    """In OCR text a J or S code's letter may be read as a digit in one row ('33490', a valid number as read, with
    no drug named beside it) while the other rows print it whole: the same code it is."""
    table = ("Service date   Code    Diagnosis   Billed\n10/20/2026     96365   F33.2       $650.00\n"
             "10/20/2026     33490   F33.2       $120.00\n10/23/2026     J3490   F33.2       $120.00\n")
    fixed = codes.correct_ocr_codes(table)
    assert fixed.count("J3490") == 2 and "33490" not in fixed
    assert "33490" in codes.correct_ocr_codes(table.replace("J3490", "96365"))  # none printed: left as read


def test_the_slashes_of_a_date_ocr_lost_or_read_as_digits_are_put_back():
    fixed = textract.date_slashes("Services on 0911/2026, 14/031988 and 0471272026; claim 7734/2026, ID 4417201955, "
                                  "paid 12/01/2026")
    assert fixed == ("Services on 09/11/2026, 14/03/1988 and 04/12/2026; claim 7734/2026, ID 4417201955, "
                     "paid 12/01/2026")


def test_ocr_look_alikes_in_an_address_are_put_back():
    assert textract.state_letters("Cedar Mills, |A52099\nPrairie Bend, 1A 52088") == \
        "Cedar Mills, IA 52099\nPrairie Bend, IA 52088"
    assert textract.state_letters("Boise, lD 83701-0001") == "Boise, ID 83701-0001"
    assert textract.state_letters("Page 1A 52088, 1A") == "Page 1A 52088, 1A"  # no city's comma before it
    assert textract.care_of("Plan X\n     clo Shepherd's Way Administrators\nclose the window") == \
        "Plan X\n     c/o Shepherd's Way Administrators\nclose the window"


FAX_COVER_PAGES = """NOV-16-2026 10:42  FROM: HARBOR FED HLTH SVCS  (843)555-0190  P.1/3
FAX
To:         Tidewater Counseling - Billing
Date:       11/16/2026
Pages:      3 including cover
Re:         Claim determination

NOV-16-2026 10:42  FROM: HARBOR FED HLTH SVCS  (843)555-0190  P.2/3
Harbor Federal Health Services
TRICARE East Region contractor - PO Box 7000, Norrisville, SC 29699
November 14, 2026

Beneficiary:                 Tobin R. Quarles (family member)
Claim number:               E26318009999

CLAIM DENIAL - NO REFERRAL OR AUTHORIZATION ON FILE
We processed the claim below for outpatient psychotherapy under TRICARE Prime. This care needs a referral from
the primary care manager and an authorization from the regional contractor.

Date              Code        Service                         Billed        Status
10/06/2026        90837       Psychotherapy                   $185.00       Denied
10/13/2026        90837       Psychotherapy                   $185.00       Denied
"""


def test_a_fax_cover_named_by_its_page_count_and_a_referral_not_on_file():
    f = intake_facts.extract_facts(FAX_COVER_PAGES, today=TODAY)
    assert f["notice_date"] == "2026-11-14"  # the letter's date, not the cover's
    assert f["denial_category"] == "prior_authorization"


def test_a_date_heading_a_table_column_is_no_notice_date():
    text = """Plains Mutual Health Insurance Company
Dear Nora Castell:
We have denied payment for the services listed below.

[Date           Code       Service (as billed)          Billed       Plan paid     Adjustment
10/21/2026      96365      IV infusion, first hour      $640.00      $0.00         CO-50
10/28/2026      96365      IV infusion, first hour      $640.00      $0.00         CO-50

The service is not medically necessary under the plan.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["notice_date"] is None
    assert f["service_dates"] == ["2026-10-21", "2026-10-28"]


def test_reasons_named_only_as_left_undecided_and_medicare_wording():
    pa = """Notice of Claim Denial
The plan has denied the claim for transcranial magnetic stimulation. The plan requires prior authorization
for TMS. No authorization was requested or approved before the treatment began. This decision is about
authorization only; the plan has not decided whether TMS is medically necessary for you.
"""
    assert intake_facts.extract_facts(pa, today=TODAY)["denial_category"] == "prior_authorization"
    msn = """Medicare Summary Notice
Notes for claims above: A - Medicare won't pay for these services because the information provided does not
show they were medically reasonable and necessary.
"""
    assert intake_facts.extract_facts(msn, today=TODAY)["denial_category"] == "medical_necessity"


def test_a_spanish_group_plan_an_addressee_over_a_calle_and_a_wrapped_labelled_name():
    group = """Cooperativa de Salud Marejada
Villa Norte, 20 de noviembre de 2026

Yadira Colón Ferrer
Urb. Los Robles, Calle 4 B-12
Villa Norte, PR 00907

Núm. de contrato:   CSM-4472016
Patrono:            Destilería Ejemplo (plan médico grupal)
Estimada socia:
Denegamos la reclamación porque se radicó fuera de término.
"""
    f = intake_facts.extract_facts(group, today=TODAY)
    assert f["plan_type"] == "employer_erisa"
    assert f["patient_name"] == "Yadira Colón Ferrer"
    sidebar = """RESUMEN                    Sra. Verónica Benítez
Niño(a) paciente:          Calle Nogal 77
Mateo Alejandro            Río Claro, TX 78504
Ruiz Benítez
Fecha: 13/11/2026          Estimada Sra. Benítez:
                           Le escribimos sobre su hijo, Mateo Alejandro Ruiz Benítez. Negamos la reclamación.
"""
    assert intake_facts.extract_facts(sidebar, today=TODAY)["patient_name"] == "Mateo Alejandro Ruiz Benítez"


def test_a_member_id_after_a_spanish_label_with_one_space_and_never_a_date():
    text = """Salud Ejemplo del Río, plan de Medicaid de Valle Escondido
Número de identificación de Medicaid SCR-FICT-3308172
Fecha de nacimiento                  12/11/1967
Negamos el pago.
"""
    assert intake_facts.extract_facts(text, today=TODAY)["member_id"] == "SCR-FICT-3308172"
    bare = """Número de identificación de Medicaid
12/11/1967
Negamos el pago.
"""
    assert intake_facts.extract_facts(bare, today=TODAY)["member_id"] is None


def test_an_appeals_address_block_beside_another_column_reads_its_own_cells():
    beside = """Cómo apelar. Usted puede apelar dentro de 60 días.
                                   Mande su apelación por escrito a:
Código:
90837                                Niños Sanos Plan de Salud
Diagnóstico:                         Unidad de Apelaciones
F32.1                                Apartado Postal 7781
                                     Río Claro, TX 78599
"""
    assert intake_facts.extract_facts(beside, today=TODAY)["appeals_address"] == \
        "Niños Sanos Plan de Salud, Unidad de Apelaciones, Apartado Postal 7781, Río Claro, TX 78599"
    right = """You may appeal within 180 days. Send your appeal to
Summit Ridge Health                          Fax: 1-888-555-0166
Attn: Grievances and Appeals                 Phone: 1-888-555-0161
2100 Larkspur Road, Suite 300
Pinecrest Junction, CO 80999
"""
    assert intake_facts.extract_facts(right, today=TODAY)["appeals_address"] == \
        "Summit Ridge Health, Attn: Grievances and Appeals, 2100 Larkspur Road, Suite 300, Pinecrest Junction, CO 80999"


def test_a_spanish_codigo_column_and_a_speck_before_a_box():
    text = """Agencia Estatal de Ejemplo - Medicaid
Fecha del aviso: 09/11/2026
La Agencia negó el pago del servicio de abajo porque no es médicamente necesario.

Fecha de servicio    Código    Diagnóstico    Decisión
21/10/2026           62323     M54.16         Negado

Puede pedir una apelación dentro de 60 días. Envíe su solicitud a:
        Plan Ejemplo Medicare (HMO)
        Departamento de Apelaciones
        ¿Apartado Postal 7720
        Loma Serena, FL 33999
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["procedure_codes"] == ["62323"]
    assert f["appeals_address"] == \
        "Plan Ejemplo Medicare (HMO), Departamento de Apelaciones, Apartado Postal 7720, Loma Serena, FL 33999"

# --- kinds found on blind-fresh19 (s47/s48 rounds); every notice here is FICTIONAL, typed for the test ---------

def test_a_notice_that_offers_no_plan_appeal_gives_the_hearing_window_not_the_continuation_one():
    text = """Oficina Estatal de Ejemplo - Programa Medicaid de pago por servicio (FICTICIO)
Fecha del aviso: 3 de noviembre de 2026
Negamos la autorización previa porque el servicio no es médicamente necesario.
Este programa no tiene una apelación previa con un plan: la audiencia es el primer paso.
Puede pedir una audiencia imparcial estatal dentro de 90 días a partir de la fecha de este aviso.
Si pide la audiencia dentro de 10 días, el servicio puede continuar mientras se decide.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["appeal_deadline"] == "2027-02-01" and "dentro de 90 días" in f["deadline_basis"]


def test_a_limit_told_of_a_step_already_taken_is_no_window():
    text = """Example Medicare Contractor (FICTIONAL)
Date: October 20, 2026
Medicare Redetermination Notice
The redetermination you asked for within the 120 days allowed was decided against you: the service was not
medically reasonable and necessary.
You must file your request for reconsideration within 180 days of receiving this letter.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert "within 180 days" in f["deadline_basis"]
    # a step done, then the member's own limit in the same clause, is still a window
    text = text.replace("You must file your request for reconsideration within 180 days of receiving this letter.",
                        "We have reviewed the file and you have 60 days from the date of this letter to appeal.")
    text = text.replace("within the 120 days allowed ", "")
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["appeal_deadline"] == "2026-12-19"


def test_an_address_the_notice_says_to_send_the_appeal_to_beats_a_letterhead_office():
    text = """Northgate Example Contractor (FICTIONAL)
Part B Redeterminations, PO Box 7720, Ransom, IA 50899
Date: October 20, 2026
We decided your redetermination. The service is not medically reasonable and necessary.
If you disagree, you may ask for a reconsideration by the QIC within 180 days of receiving this letter.
Send your request, with a copy of this notice, to the QIC, not to Northgate:
Example QIC Reconsiderations
PO Box 4450
Milltown, OH 43999
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["appeals_address"] == "Example QIC Reconsiderations, PO Box 4450, Milltown, OH 43999"


def test_records_that_do_not_show_the_criteria_were_met_is_medical_necessity():
    en = """Example Federal Plan (FICTIONAL)
Date: October 20, 2026
We denied the request. The records we received do not show that the criteria in Section 5(a) of our brochure
for this treatment were met.
"""
    assert intake_facts.extract_facts(en, today=TODAY)["denial_category"] == "medical_necessity"
    es = """Plan Ejemplo (FICTICIO)
Fecha: 20 de octubre de 2026
Negamos la solicitud. Nuestros criterios piden dos ensayos de medicamentos y los expedientes no lo muestran.
"""
    assert intake_facts.extract_facts(es, today=TODAY)["denial_category"] == "medical_necessity"


def test_a_reason_split_by_a_sidebar_is_read_from_its_own_cells():
    text = """Example Federal Plan (FICTIONAL)
Dear Ms. Ames:                                                                   Letter date
                                                                                 October 19, 2026
We have finished reviewing your claim for TMS. We are                            Claim number
denying benefits for the sessions below because the records we received          2026093011825
do not show that the criteria in Section 5(a) of the plan brochure were          Claim received
met: a trial of four antidepressants before TMS was started.                     September 30, 2026
"""
    assert intake_facts.extract_facts(text, today=TODAY)["denial_category"] == "medical_necessity"
    # a benefit maximum's adjustment code (CO-119) is the reason itself, `benefit_limit` (check then asks for the
    # plan's limit): not read again
    limit = """Example Medicaid Plan (FICTIONAL)
Date: October 19, 2026
Reason code CO-119: benefit maximum for this time period has been reached.
Service         Code       Billed       Paid
10/01/2026      90837      $210.00      $0.00
"""
    assert intake_facts.extract_facts(limit, today=TODAY)["denial_category"] == "benefit_limit"


def test_spanish_words_of_a_county_government_plan():
    text = """Plan Ejemplo (FICTICIO)
Fecha: 20 de octubre de 2026
Su plan es un plan autofinanciado del gobierno del condado para los Empleados del Condado de Ejemplo.
Negamos el pago porque el servicio no es médicamente necesario.
"""
    assert intake_facts.extract_facts(text, today=TODAY)["plan_type"] == "governmental"


def test_an_e_fax_job_id_is_no_member_id_and_a_denied_blocks_patient_line_gives_theirs():
    text = """Example Fax Relay (FICTIONAL)
Received:          11/19/2026 09:42 AM
Pages:             3 including this page
Job ID:            FR-88120-33-7

EXAMPLE BENEFIT SERVICES - explanation of benefits
Statement date:          11/12/2026
Plan member:             Samuel T. Greaves
Family ID:               SAC-FICT-3301776

Patient: Samuel T. Greaves (01)  ID SAC-FICT-3301776-01  Claim E2611-04418
Service date     Code       Dx         Billed        Allowed      Plan paid     You owe      Codes
10/20/2026       99214      F41.1      $185.00       $121.00      $96.00        $25.00       PR-3

Patient: Naomi L. Greaves (02)  ID SAC-FICT-3301776-02   Claim E2611-04419
Service date     Code       Dx         Billed        Allowed      Plan paid     You owe      Codes
10/12/2026       90867      F33.2      $650.00       $0.00        $0.00         $650.00      CO-242

CO-242: services not provided by network providers.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert (f["patient_name"], f["claim_number"]) == ("Naomi L. Greaves", "E2611-04419")
    assert f["member_id"] == "SAC-FICT-3301776-02"


def test_a_spanish_claim_named_in_a_sentence_and_a_plan_id_label():
    text = """Subject: Decisión sobre su reclamación MST-26-0415529
Plan Ejemplo (FICTICIO)
Fecha: 20 de octubre de 2026
ID del plan ....... MST-FICT-2208814
Negamos el pago porque el servicio no es médicamente necesario.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["claim_number"] == "MST-26-0415529"
    assert f["member_id"] == "MST-FICT-2208814"


def test_a_cards_heading_is_no_name():
    text = """Example Student Health Plan - claim details (FICTIONAL)
Printed October 20, 2026

MEMBER                                  THIS CLAIM
Harriet O. Penhallow                    Claim number      SP-26-0042
Member ID   SHP-FICT-1182               Date of service   10/01/2026

We denied this claim because the code billed does not match the service (coding error).
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["patient_name"] == "Harriet O. Penhallow"


def test_a_service_column_beside_the_dates_holds_codes_and_a_garbled_date_heading():
    text = """Example Medicare Contractor (FICTIONAL)
Date: October 20, 2026
We decided your redetermination: the service is not medically reasonable and necessary.

Date(s) of service     Service                                       Decision
09/14/2026             64635 (lumbar facet nerve ablation)           Unfavorable
"""
    assert intake_facts.extract_facts(text, today=TODAY)["procedure_codes"] == ["64635"]
    fax = """Plan Ejemplo Medicare (FICTICIO)
Fecha: 20 de octubre de 2026
Negamos el pago porque el medicamento es experimental.

Fecna          Código     Descripción                Cargo
13/10/2026     J3490      Ketamina                   $560.00
14/10/2026     J3490      Ketamina                   $560.00
15/10/2026     J3490      Ketamina                   $560.00
"""
    assert intake_facts.extract_facts(fax, today=TODAY)["service_dates"] == ["2026-10-13", "2026-10-14", "2026-10-15"]


def test_ocr_text_a_space_inside_a_dates_day_and_a_bar_read_as_a_1_before_a_code():
    # a photo of a screen split a day's two digits ("10/2 1/2026"); a table border read as a 1 before a code
    assert textract.date_slashes("Dates of service: 10/2 1/2026 and 1 0/23/2026") == \
        "Dates of service: 10/21/2026 and 10/23/2026"
    assert textract.date_slashes("Item 4 5/2026") == "Item 4 5/2026"  # no date
    table = "Date        Code        Billed\n10/21/2026  133490      $560.00\n10/21/2026  196365      $400.00\n"
    fixed = codes.correct_ocr_codes(table)
    assert "J3490" in fixed and " 96365 " in fixed
    assert codes.correct_ocr_codes("Member ID 196365774") == "Member ID 196365774"  # not a code's cell


# --- kinds found on blind-fresh20 (s48 round); every notice here is FICTIONAL, typed for the test --------------

def test_an_html_definition_list_keeps_each_term_beside_its_value():
    markup = ("<p>Aseguradora Ejemplo (FICTICIO)</p><dl>\n<dt>Fecha de la decisión</dt><dd>23 de noviembre de 2026</dd>\n"
              "<dt>Asegurada</dt><dd>Valeria Ejemplo Quiles</dd>\n<dt>ID de miembro</dt><dd>BSM-FICT-503318</dd>\n"
              "</dl><p>Estimada Valeria Ejemplo Quiles:</p>")
    text = textract.html_to_text(markup)
    assert "Asegurada    Valeria Ejemplo Quiles\nID de miembro    BSM-FICT-503318" in text
    f = intake_facts.extract_facts(text, today=TODAY)
    assert (f["patient_name"], f["member_id"], f["notice_date"]) == \
        ("Valeria Ejemplo Quiles", "BSM-FICT-503318", "2026-11-23")


def test_a_decision_made_as_an_expedited_determination_is_urgent():
    text = """Example Rx Plan (FICTIONAL)
Date: November 18, 2026
We made this decision as an expedited (fast) coverage determination, because your prescriber told us that waiting
could seriously harm your health. The drug is not on our formulary.
"""
    assert intake_facts.extract_facts(text, today=TODAY)["urgent"] is True


def test_a_dateline_naming_the_city_and_its_state():
    text = """Plan Ejemplo de Niños (FICTICIO)

Álamo Viejo, Texas, 29 de octubre de 2026

Sra. Yolanda Ejemplo
77 Calle Mezquite
Álamo Viejo, TX 78999

Estimada Sra. Ejemplo:
Negamos el pago porque el tratamiento es experimental. Tiene 60 días a partir de la fecha de esta carta para
pedir una apelación.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["notice_date"] == "2026-10-29" and f["appeal_deadline"] == "2026-12-28"


def test_a_chip_notice_that_says_it_offers_no_medicaid_hearing_is_chip():
    text = """Programa de Seguro Médico para Niños (CHIP) de Ejemplo - este plan no es Medicaid (FICTICIO)
Fecha: 29 de octubre de 2026
Negamos el pago porque el tratamiento es experimental.
No se ofrece audiencia imparcial estatal porque este plan no es Medicaid.
"""
    assert intake_facts.extract_facts(text, today=TODAY)["plan_type"] == "chip"


def test_the_limit_to_keep_a_service_said_with_a_pronoun_is_not_the_appeals():
    text = """Plan de Medicaid Ejemplo (FICTICIO)
Fecha del aviso: 16/11/2026
Negamos la reclamación porque faltaba la autorización previa.
Si no está de acuerdo con esta decisión, puede presentar una apelación ante el plan. Tiene 60 días calendario
a partir de la fecha de este aviso para presentarla, por escrito o por teléfono.
Continuar sus beneficios: si este aviso reduce un servicio que ya recibía, puede seguir
recibiéndolo durante la apelación si apela dentro de 10 días a partir de la fecha de este aviso.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["appeal_deadline"] == "2027-01-15" and "60 días calendario" in f["deadline_basis"]


def test_a_messages_sent_date_and_notice_date_are_no_dates_of_care():
    text = """Example Community Health - Message Center (FICTIONAL)

   Notice of Adverse Benefit Determination - Claim PC-26-40952
   From: Example Appeals and Notices | Sent: 11/13/2026 4:18 PM | To: Fenella Example
   Member            Fenella Example                  Member ID         PCC-FICT-708831
   Claim number      PC-26-40952                      Notice date       November 13, 2026
   What we decided. We denied payment for psychotherapy (90837) on 09/15/2026 and 09/22/2026. Adjustment
   code: CO-242.

   Claim update for Ruby Example
   From: Example Member Services | Sent: 10/02/2026 9:03 AM | To: Fenella Example
   Claim PC-26-31177 for Ruby Example (Member ID PCC-FICT-708832), date of service
   09/18/2026, office visit 99213, was paid in full.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["claim_number"] == "PC-26-40952"
    assert f["service_dates"] == ["2026-09-15", "2026-09-22"]


def test_a_patient_and_member_id_column():
    text = """EXAMPLE ADMINISTRATIVE SERVICES (FICTIONAL) - Explanation of Benefits
Statement date    November 10, 2026    Employee    Marcus Example
Family ID         LAS-FICT-33019

Patient and member ID                          Claim number      Date of service    Code     Plan paid    Remark
Marcus Example (employee) LAS-FICT-33019-01    LAS-2611-00881    10/02/2026         99213    $96.40       PR-3
Iris Example (spouse) LAS-FICT-33019-02        LAS-2611-00917    10/08/2026         90837    $0.00        CO-242
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert (f["patient_name"], f["member_id"], f["claim_number"]) == \
        ("Iris Example", "LAS-FICT-33019-02", "LAS-2611-00917")


def test_a_watermarks_letters_between_a_tables_rows_do_not_end_it():
    page = """We did not pay the claim: no prior authorization was on file.



                                                                   O
    Date of service     Procedure     Description            Billed     Paid      Adjustment
    10/05/2026          90867         TMS, first session     $420.00    $0.00     CO-197




                                                                 C
    10/06/2026          90868         TMS, later session     $295.00    $0.00     CO-197


                                   B
                                E M
                    M

Page 1 of 2"""
    text = textract.without_watermark(page)
    assert "C\n" not in text and "E M" not in text and "\n\n\n" not in text
    assert "CO-197\n\n    10/06/2026" in text
    f = intake_facts.extract_facts("Example TRICARE contractor (FICTIONAL)\nDate: November 4, 2026\n" + text,
                                   today=TODAY)
    assert f["service_dates"] == ["2026-10-05", "2026-10-06"]
    assert textract.without_watermark("Note\nA\nB") == "Note\nA\nB"  # not beside a blank line: kept


def test_a_date_led_heading_row_of_three_whose_first_two_ocr_joined():
    text = """Example Health Insurance Company (FICTIONAL)
October 27, 2026
We are not able to pay for the services below: they are experimental or investigational.

Date of service Code        Service
09/29/2026          96365       IV infusion, first hour              $465.00     $0.00    CO-55
10/02/2026          96365       IV infusion, first hour              $465.00     $0.00    CO-55
10/06/2026          96365       IV infusion, first hour              $465.00     $0.00    CO-55
"""
    assert intake_facts.extract_facts(text, today=TODAY)["service_dates"] == ["2026-09-29", "2026-10-02", "2026-10-06"]


# --- kinds found on blind-fresh21 (s49 round); every notice here is FICTIONAL, typed for the test --------------

_LETTER_HTML = """<html><head><style>
p {margin: 0 0 10px}
.row {display: flex}
.lab {width: 140px; font-weight: bold}
.preheader {display: none}
@media (max-width: 600px) { .row {display: block} }
</style><script>document.write("Member ID: SCRIPT-0000")</script></head><body>
<span class="preheader">Member ID: HIDDEN-0000 and other text the reader never sees</span>
<div style="font-size:11px">View this message in your browser.</div>
<table><tr><td><img src="https://tracker.example/logo.png" alt="Example Plan logo"></td></tr></table>
<p>November 30, 2026</p>
<p>Dear Ms. Example:</p>
<p>We decided your claim under the Example Federal Plan (FICTIONAL), a plan in the Federal Employees Health
Benefits (FEHB) Program.</p>
<table>
<tr><td><b>Enrollee</b></td><td>Rosalind Q. Example</td></tr>
<tr><td><b>Enrollee ID</b></td><td>R00000001</td></tr>
<tr><td><b>Claim</b></td><td>EX-2026-0000-0001</td></tr>
</table>
<div class="row"><span class="lab">Dates of service</span><span>October 13, 2026<br>October 16, 2026</span></div>
<div class="row"><span class="lab">Diagnosis</span><span>G90.512</span></div>
<p><b>Our decision.</b> We did not pay this claim: the brochure lists it as a service that is not covered.</p>
<p>Mail your request to:</p>
<p style="margin-left:30px">Example Federal Plan<br>Reconsideration Unit<br>PO Box 90000<br>Richmond, VA 23286</p>
<pre>Reference    EX-REF   kept   as   set</pre>
</body></html>"""


def test_html_reads_as_a_person_sees_it():
    text = textract.html_to_text(_LETTER_HTML)
    # nothing hidden, scripted or styled shows; a table's row is a line of cells
    assert "HIDDEN" not in text and "SCRIPT" not in text and "margin" not in text and "display" not in text
    assert "Enrollee ID    R00000001" in text
    # a flex row's children stand side by side (the @media rule for narrow screens is not applied), and a
    # cell's second line stands under its first
    assert "Dates of service    October 13, 2026\n                    October 16, 2026" in text
    assert "Diagnosis    G90.512" in text
    assert "Reference    EX-REF   kept   as   set" in text  # a <pre> block's spaces as they are
    assert "November 30, 2026\n\nDear Ms. Example:" in text  # paragraphs apart
    assert "Example Federal Plan\nReconsideration Unit\nPO Box 90000\nRichmond, VA 23286" in text


def test_html_reading_fetches_nothing(monkeypatch):
    import socket
    import urllib.request

    def refuse(*args, **kwargs):
        raise AssertionError("html_to_text tried the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    text = textract.html_to_text('<link rel="stylesheet" href="https://x.example/a.css"><img src="http://x.example/'
                                 'p.gif"><iframe src="https://x.example/f">framed</iframe><p>Shown</p>')
    assert text == "Shown\n"


def test_an_html_email_whose_plain_part_is_a_stub(tmp_path):
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "Example Federal Plan <notices@plan.example>"
    msg["To"] = "Rosalind Example <re@mail.example>"
    msg["Subject"] = "Your claim EX-2026-0000-0001 decision letter (FICTIONAL)"
    msg["Date"] = "Tue, 01 Dec 2026 08:02:11 -0500"
    msg.set_content("This message has an HTML letter. If you cannot see it, sign in to read it.\n")
    msg.add_alternative(_LETTER_HTML, subtype="html")
    msg.get_payload()[1].add_related(b"\x89PNG\r\n\x1a\n", "image", "png", cid="<logo@plan.example>")
    path = tmp_path / "letter.eml"
    path.write_bytes(bytes(msg))
    f = intake_facts.intake_file(path, today=TODAY).facts
    assert (f["patient_name"], f["member_id"], f["claim_number"]) == \
        ("Rosalind Q. Example", "R00000001", "EX-2026-0000-0001")
    assert f["service_dates"] == ["2026-10-13", "2026-10-16"] and f["diagnosis_codes"] == ["G90.512"]
    assert f["plan_type"] == "fehb" and f["denial_category"] == "not_covered"
    # the letter's own date, not the day the e-mail was sent (the header's "Subject:" is no salutation)
    assert f["notice_date"] == "2026-11-30"
    assert f["appeals_address"] == "Example Federal Plan, Reconsideration Unit, PO Box 90000, Richmond, VA 23286"


def test_a_notice_forwarded_as_an_attached_message(tmp_path, monkeypatch):
    """A member's note that carries the plan's e-mail as an attachment (message/rfc822): the notice is the attached
    message, its own headers and the body it shows (here its HTML one), read from the file alone."""
    import socket

    notice = EmailMessage()
    notice["From"] = "Example Federal Plan <notices@plan.example>"
    notice["To"] = "Rosalind Example <re@mail.example>"
    notice["Subject"] = "Your claim EX-2026-0000-0001 decision letter (FICTIONAL)"
    notice["Date"] = "Mon, 30 Nov 2026 08:02:11 -0500"
    notice.set_content("This message has an HTML letter. If you cannot see it, sign in to read it.\n")
    notice.add_alternative(_LETTER_HTML, subtype="html")
    note = EmailMessage()
    note["From"] = "Rosalind Example <re@mail.example>"
    note["To"] = "Help Desk <help@advocates.example>"
    note["Subject"] = "Fwd: my claim (FICTIONAL)"
    note["Date"] = "Thu, 10 Dec 2026 21:40:00 -0500"
    note.set_content("Hi, the plan's e-mail is attached. My next visit is 12/14/2026. Can you help?\n")
    note.add_attachment(notice, filename="decision.eml")
    path = tmp_path / "forwarded.eml"
    path.write_bytes(bytes(note))
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: pytest.fail("nothing is fetched"))
    extracted = textract.extract_text(path)
    assert "Attached message" in extracted.text and "Enrollee ID    R00000001" in extracted.text
    f = intake_facts.intake_file(path, today=date(2026, 12, 11)).facts
    assert (f["patient_name"], f["member_id"], f["claim_number"]) == \
        ("Rosalind Q. Example", "R00000001", "EX-2026-0000-0001")
    # the letter's own date, not the day the note or the notice was sent; no date of the note's
    assert f["notice_date"] == "2026-11-30" and f["service_dates"] == ["2026-10-13", "2026-10-16"]
    assert f["appeals_address"] == "Example Federal Plan, Reconsideration Unit, PO Box 90000, Richmond, VA 23286"
    assert f["email"]["subject"] == "Fwd: my claim (FICTIONAL)"  # the file's own headers, as sent


def test_a_plan_for_a_schools_students_names_no_patient():
    text = """Example Collegiate Health Plan (FICTIONAL)
Student Health Insurance Plan for Example State University

November 20, 2026

Ada B. Example
Student ID: 000000001
Member ID: ECH-00000001

Dear Ada B. Example,
We denied the claim for psychotherapy (90837) on 10/06/2026.
"""
    assert intake_facts.extract_facts(text, today=TODAY)["patient_name"] == "Ada B. Example"


@pytest.mark.parametrize("name, head", [("letter.html", ""), ("letter.htm", ""), ("saved-message", "<!DOCTYPE html>")])
def test_a_saved_html_message(tmp_path, name, head):
    path = tmp_path / name
    path.write_bytes((head + _LETTER_HTML.replace("<head>", '<head><meta charset="windows-1252">')).encode("cp1252"))
    extracted = textract.extract_text(path)
    assert extracted.method == "html" and "<p>" not in extracted.text and "Enrollee ID    R00000001" in extracted.text
    assert intake_facts.intake_file(path, today=TODAY).facts["member_id"] == "R00000001"


def test_dates_of_service_stacked_in_their_cell():
    text = """Example Exchange Plan (FICTIONAL)
Letter date    November 9, 2026
We denied the claim below.
Dates of service    October 13, 2026
                    October 16, 2026
                    October 20, 2026
Diagnosis    F32.2
"""
    assert intake_facts.extract_facts(text, today=TODAY)["service_dates"] == ["2026-10-13", "2026-10-16", "2026-10-20"]


def test_a_review_the_notice_says_is_no_appeal_gives_no_appeal_limit():
    text = """Example Benefit Administrators, LLC (FICTIONAL) - 40 Market Square, Lancaster, PA 17603

November 13, 2026
Example Tool Works Employee Health Plan. This is a self-funded employer group health plan governed by ERISA.
Reason for denial (CO-197). The plan requires precertification, and we have no precertification on file.
Your right to appeal. You may appeal this decision in writing.
The time limits for filing an appeal are in your Summary Plan Description. Your provider may also ask us for a
retrospective review of the precertification within 30 days of this notice; that review is not an appeal.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["appeal_deadline"] == "2027-05-12" and "2560.503-1" in f["deadline_basis"]  # ERISA's 180 days
    same = text.replace("; that review is not an appeal.", ". A corrected claim is not an appeal.")
    assert intake_facts.extract_facts(same, today=TODAY)["appeal_deadline"] == "2026-12-13"  # not about that review


def test_steps_after_the_hearing_decision_are_no_plan_appeal():
    text = """Agencia Estatal de Ejemplo - Programa Medicaid (pago por servicio) (FICTICIO)
Fecha del aviso: 20 de noviembre de 2026
Hemos negado la autorización previa del servicio de arriba: no es un servicio cubierto.
Su derecho a una audiencia imparcial. Puede pedir una audiencia imparcial dentro de 60 días a partir de la fecha de
este aviso.
Si no está de acuerdo con la decisión de la audiencia, puede pedir que se reconsidere dentro de 15 días o apelar al
tribunal dentro de 45 días a partir de esa decisión.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["appeal_deadline"] == "2027-01-19" and "dentro de 60 días" in f["deadline_basis"]


def test_unticked_options_of_a_form_are_no_reason():
    text = """Agencia Estatal de Ejemplo - Programa Medicaid (FICTICIO)
Fecha del aviso: 20 de noviembre de 2026
Número de autorización previa           PA-0000-0001
Hemos negado la autorización previa del servicio de arriba. Motivo de la decisión (marcado):

☐    El servicio no es médicamente necesario.
☒    El servicio no está cubierto por el plan estatal de Medicaid.
☐    Falta información para decidir la solicitud.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["denial_category"] == "not_covered" and f["claim_number"] == "PA-0000-0001"
    boxes = text.replace("☐", "[ ]").replace("☒", "[X]")
    assert intake_facts.extract_facts(boxes, today=TODAY)["denial_category"] == "not_covered"


def test_a_provider_network_and_a_receipt_in_other_words():
    text = """Example Health Partners (FICTIONAL)
Date of this notice: November 20, 2026
Copperline is a Medicaid managed care plan. We have denied the service listed above.
Why: Example Brain Health is not in our provider network.
"""
    assert intake_facts.extract_facts(text, today=TODAY)["denial_category"] == "out_of_network"
    late = """Example Student Health Plan (FICTIONAL)
Date of letter: November 19, 2026
  Date of service   Code    Charged    Paid    Reason
  06/12/2026        90834   $150.00    $0.00   CO-29
Why we denied this claim: the claim was received after the time limit for filing. Claims must reach us within 90
days of the date of service, and this claim reached us on 11/02/2026.
"""
    assert intake_facts.extract_facts(late, today=TODAY)["service_dates"] == ["2026-06-12"]


def test_days_listed_with_one_month_and_year():
    es = """Aseguradora de Ejemplo (FICTICIO)
Fecha del aviso: 24 de noviembre de 2026
Negamos la reclamación por estimulación magnética transcraneal (código 90868) que usted recibió los días 19, 20,
21, 22 y 23 de octubre de 2026. La recibimos el 3 de noviembre de 2026.
"""
    assert intake_facts.extract_facts(es, today=TODAY)["service_dates"] == \
        ["2026-10-19", "2026-10-20", "2026-10-21", "2026-10-22", "2026-10-23"]
    from appeal_kit.intake.deadlines import find_dates
    said = "sessions on October 19, 20, 21 and 22, 2026 and on November 2, 2026"
    assert [h.value.isoformat() for h in find_dates(said)] == \
        ["2026-10-19", "2026-10-20", "2026-10-21", "2026-10-22", "2026-11-02"]


def test_a_claim_heading_names_its_patient_and_status_and_its_diagnosis_line_is_its_own():
    text = """Example Fellowship Health Plan (FICTIONAL)
Explanation of Benefits
Statement date      10/28/2026
Subscriber          Rev. Jonah E. Example          Subscriber ID        CFH-000000-01

Claim CF 26 0915 3301 - Patient: Abigail R. Example - Provider: Example Counseling - Status: PAID
          Service date   Code      Billed       Plan paid    Codes
          09/10/2026     90834     $140.00      $96.00       PR-3
Diagnosis: F32.1

Claim CF 26 0915 3382 - Patient: Miriam L. Example - Provider: Example Psychology - Status: DENIED
          Service date   Code      Billed       Plan paid    Codes
          09/17/2026     90837     $185.00      $0.00        CO-119
Diagnosis: F41.1
CO-119: the benefit maximum for this period has been reached: your plan covers 30 visits a year, and Miriam's
30th visit was paid on 09/10/2026. PR-3: your copayment.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert (f["claim_number"], f["patient_name"], f["diagnosis_codes"], f["service_dates"], f["carc_codes"]) == \
        ("CF 26 0915 3382", "Miriam L. Example", ["F41.1"], ["2026-09-17"], ["CO-119"])


def test_a_claim_told_in_sentences_keeps_its_dates_across_lines():
    text = """Example Community Health (FICTIONAL)
Notice of Adverse Benefit Determination - Claim PC-26-00052
From: Example Appeals and Notices   Sent: 11/13/2026 4:18 PM   To: Fenella Example

Claim number      PC-26-00052                                  Notice date       November 13, 2026
Provider          Example Counseling, LLC (not in our          Program           Medicaid managed care
                  network)


What we decided. We denied payment for psychotherapy, 60 minutes (90837), on 09/15/2026,
09/22/2026 and 09/29/2026. Diagnosis on the claim: F43.12. Adjustment code: CO-242.

Claim update for Ruby Example
Claim PC-26-00077 for Ruby Example (Member ID PCC-FICT-000032), date of service
09/18/2026, office visit 99213 at Example Pediatrics, was paid in full.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["service_dates"] == ["2026-09-15", "2026-09-22", "2026-09-29"]


def test_a_portal_list_of_claims_over_the_detail_of_the_denied_one():
    text = """Example Health Cooperative (FICTIONAL)                    Home   Claims   Sign out
Recent claims for your family
          Claim #                   Patient                        Provider                     Service date       Status
          NF-26-0000-55271          Beatriz A. Example             Example Therapy Group        10/27/2026         Denied
          NF-26-0000-41180          Elena M. Example               Example Pediatrics           10/22/2026         Paid

Claim details: NF-26-0000-55271
         Patient          Beatriz A. Example                          Member ID           NHC-0000-1187-01
         Provider         Example Therapy Group                       EOB issued          November 17, 2026

                    Service date    Service code       Billed            Plan paid        Reason
                    10/27/2026      90837              $160.00           $0.00            CO-22
                    11/03/2026      90837              $160.00           $0.00            CO-22
Why this claim was denied (CO-22). Our records show other coverage that pays first.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert (f["claim_number"], f["service_dates"]) == ("NF-26-0000-55271", ["2026-10-27", "2026-11-03"])


def test_lines_paid_beside_the_lines_denied_are_no_facts_of_the_denial():
    """One claim, a table of its lines: the plan paid one (an amount above zero, the member's share only, or a status
    saying so) and denied the others: the paid line's date, code, diagnosis and adjustment code are not the
    denial's; a value on both stays."""
    text = """Example Health Insurance Company (FICTIONAL)
November 18, 2026
Member: Ada B. Example     Member ID: EXH-0000001     Claim number: 2026-0000-00001-K
We paid the office visit. We did not pay the infusion lines.

Date of service   Code    Diagnosis   Billed     Plan paid    Adjustment
10/05/2026        99214   M54.50      $210.00    $148.20      PR-2 coinsurance
10/06/2026        96365   F33.2       $480.00    $0.00        CO-50
10/06/2026        J3490   F33.2       $65.00     $0.00        CO-50
10/09/2026        96365   F33.2       $480.00    $0.00        CO-50

Why we denied the infusion lines: the records do not show that they were medically necessary (CO-50).
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert (f["service_dates"], f["procedure_codes"]) == (["2026-10-06", "2026-10-09"], ["96365", "J3490"])
    assert (f["diagnosis_codes"], f["carc_codes"]) == (["F33.2"], ["CO-50"])
    # the paid line on a day of a denied one: the day stays
    same_day = text.replace("10/05/2026        99214", "10/06/2026        99214")
    assert intake_facts.extract_facts(same_day, today=TODAY)["service_dates"] == ["2026-10-06", "2026-10-09"]
    # a status saying so, with no amount (Spanish: "Pagada" beside "Denegada")
    status = """Plan de Salud de Ejemplo (FICTICIO)
Fecha del aviso: 19/11/2026
Fecha de servicio    Código    Diagnóstico    Facturado    Ajuste    Estado
02/10/2026           99214     F41.1          $160.00      PR-3      Pagada
06/10/2026           90868     F33.1          $285.00      CO-50     Denegada
07/10/2026           90868     F33.1          $285.00      CO-50     Denegada
"""
    g = intake_facts.extract_facts(status, today=TODAY)
    assert (g["service_dates"], g["procedure_codes"]) == (["2026-10-06", "2026-10-07"], ["90868"])
    assert (g["diagnosis_codes"], g["carc_codes"]) == (["F33.1"], ["CO-50"])
    # no line denied: nothing is taken out (a statement of paid lines names its own codes)
    paid_only = text.replace("$0.00        CO-50", "$120.00      PR-2 ")
    assert intake_facts.extract_facts(paid_only, today=TODAY)["procedure_codes"] == ["99214", "96365", "J3490"]


def test_a_list_of_other_claims_beside_the_claim_gives_it_no_dates():
    text = """Example portal print (FICTIONAL)
Part B claim details
  Beneficiary        Ada B. Example
  Claim number       21226330147520
  Included on your Medicare Summary Notice dated 11/16/2026
Services on this claim
  Service date   Code    Charged     Medicare paid   Note
  10/21/2026     G2083   $1,412.00   $0.00           B
  10/24/2026     G2083   $1,412.00   $0.00           B
B. The information provided does not support the code billed.
Other claims in the last 90 days
  Claim number       Provider                    Service date   Status
  21226329881140     Example Family Medicine     10/08/2026     Processed: Medicare paid $84.12
  21226331002236     Example Psychiatry Group    11/04/2026     Processing
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["service_dates"] == ["2026-10-21", "2026-10-24"] and f["procedure_codes"] == ["G2083"]


def test_a_final_internal_decision_gives_the_external_reviews_window_and_address():
    text = """Plan de Salud de Empleados de Ejemplo (MUESTRA FICTICIA)
Oficina de Beneficios: 240 N. Example Avenue, Tucson, AZ 85701
Tucson, Arizona, 25 de noviembre de 2026

Decisión final de la apelación interna
  Afiliada                  Ana B. Ejemplo
  Núm. de afiliada          EJM-000001
Decisión: mantenemos la denegación. Esta es la decisión final del proceso de apelación interna del plan. No hay otra
apelación interna. Usted presentó su apelación dentro del plazo de 180 días; ese plazo ya no aplica.
Usted tiene derecho a pedir una revisión externa. Debe pedirla dentro de cuatro (4) meses a partir de la fecha en que
reciba este aviso. Envíe el formulario de solicitud y una copia de este aviso a:
Programa Estatal de Revisión Externa
División de Seguros
1450 W. Example Street, Suite 330
Phoenix, AZ 85007
No envíe esta solicitud a la Oficina de Beneficios del plan: Unidad de Apelaciones, PO Box 100, Tucson, AZ 85702.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["member_id"] == "EJM-000001"  # the feminine label
    assert f["appeal_deadline"] == "2027-03-25" and "cuatro (4) meses" in f["deadline_basis"]
    assert f["appeals_address"] == \
        "Programa Estatal de Revisión Externa, División de Seguros, 1450 W. Example Street, Suite 330, Phoenix, AZ 85007"
    # a first denial that says what follows a final decision is none: its own appeal window stands
    first = """Example Health Plan (FICTIONAL)
November 20, 2026
We denied your claim for psychotherapy (90837) on 10/06/2026: the provider is not in our network.
How to appeal: you may appeal within 180 days after you receive this notice. Send your appeal to:
Example Health Plan, Appeals Unit, PO Box 100, Sacramento, CA 95851
If we uphold the denial, you may ask for an external review within 4 months after our final decision.
"""
    g = intake_facts.extract_facts(first, today=TODAY)
    assert g["appeal_deadline"] == "2027-05-19" and g["appeals_address"].startswith("Example Health Plan, Appeals")


def test_a_fair_hearing_said_to_be_how_you_appeal_is_the_first_step():
    text = """Department of Example Services - Division of Medical Assistance (Medicaid) (FICTIONAL)
Notice date: November 23, 2026
Your Medical Assistance coverage is fee-for-service. We have denied the request: it is not medically necessary.
If you disagree with this decision, you may ask for a state fair hearing. There is no other appeal step first: a fair
hearing is how you appeal a Medical Assistance decision. Your hearing request must be received within 90 days of the
notice date shown above.
Your provider may ask for a peer-to-peer review within 10 business days. That review is not an appeal and does not
change your hearing deadline.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["appeal_deadline"] == "2027-02-21" and "within 90 days" in f["deadline_basis"]


def test_where_to_send_an_appeal_the_notice_calls_a_review():
    text = """Example Conference Benefits Board (FICTIONAL)
1420 Example Ridge Road, Suite 210, Nashville, TN 37215
November 30, 2026
Requesting a review
If you believe the claim was filed on time, you may request a review within 60 days after you receive this letter.
Send the request and any proof of earlier filing to:
Example Conference Benefits Board
Attention: Claims Review Committee
1420 Example Ridge Road, Suite 210
Nashville, TN 37215
"""
    assert intake_facts.extract_facts(text, today=TODAY)["appeals_address"] == \
        "Example Conference Benefits Board, Attention: Claims Review Committee, 1420 Example Ridge Road, Suite 210, " \
        "Nashville, TN 37215"
    sentence = """Example portal print (FICTIONAL)
How to appeal this claim: you must file an appeal by 03/16/2027.
Send your appeal to the contractor that handled the claim: Example Medicare Services, Part B Redeterminations, PO Box
6702, Indianapolis, IN 46206-6702. Circle the items you disagree with.
"""
    assert intake_facts.extract_facts(sentence, today=TODAY)["appeals_address"] == \
        "Example Medicare Services, Part B Redeterminations, PO Box 6702, Indianapolis, IN 46206-6702"


def test_a_service_date_label_that_ends_its_sentence_gives_no_date():
    text = """Aseguradora de Ejemplo (MUESTRA FICTICIA)
4 de noviembre de 2026
Fecha de servicio    Código    Cargo      Pagado    Ajuste
03/03/2026           90834     $150.00    $0.00     CO-29
Motivo: la póliza pide que las reclamaciones se presenten dentro de 180 días después de la fecha de servicio. Recibimos
esta reclamación el 14/09/2026, después de ese plazo. Las fechas de este aviso están en formato día/mes/año.
"""
    assert intake_facts.extract_facts(text, today=TODAY)["service_dates"] == ["2026-03-03"]


def test_a_dates_day_and_month_in_a_reason_column_are_no_codes():
    text = """EXAMPLE EMPLOYEES HEALTH PLAN (FICTIONAL)
DATE OF NOTICE 11/19/2026
  DOS            CODE        BILLED         PAID          REASON
10/21/2026       62323       1,480.00       0.00          CO-197
11. REASON FOR DENIAL
CO-197   PRECERTIFICATION ABSENT.     NO  REQUEST   WAS RECEIVED BEFORE THE 10/21/2026 INJECTION.    THE OFFICE
VISIT OF     10/14/2026 WAS PAID.
"""
    assert intake_facts.extract_facts(text, today=TODAY)["carc_codes"] == ["CO-197"]


def _reading(words, confidence, text=""):
    from appeal_kit._exec.tesseract import Reading

    return Reading(words, text, confidence)


def test_a_sideways_table_and_a_spanish_readings_numbers(tmp_path, monkeypatch):
    """A page read only by orientation detection (a table sent sideways) is laid out in rows from its turned boxes,
    in English as in Spanish; and a number printed in groups that the Spanish data ran together ("5182449073") is
    split again where the English reading of the page kept its groups apart."""
    from PIL import Image

    from appeal_kit._exec import tesseract
    from appeal_kit._exec.boxes import Word

    def row(y: int, cells: list[str], line: int) -> list[Word]:
        out, x = [], 100
        for cell in cells:
            for word in cell.split():
                out.append(Word(y, y + 30, x, x + 16 * len(word), word, 90.0, (1, 1, line, 1)))
                x += 16 * (len(word) + 1)
            x += 200
        return out

    table = [row(100, ["Date of service", "Code", "Plan paid"], 1), row(160, ["10/06/2026", "90868", "$0.00"], 2),
             row(220, ["10/07/2026", "90868", "$0.00"], 3)]
    # the sheet on its side, its top to the right: the boxes as tesseract gives them for the page as it lay
    sideways = [w._replace(left=400 - w.bottom, right=400 - w.top, top=w.left, bottom=w.right) for r in table for w in r]
    column_by_column = "Date of service\n10/06/2026\n10/07/2026\n\nCode\n90868\n90868\n\nPlan paid\n$0.00\n$0.00\n"

    def read_page(image, *, lang="eng", psm=3):
        return _reading(sideways, 85.0 if psm == 1 else 30.0, column_by_column)

    monkeypatch.setattr(tesseract, "read_page", read_page)
    monkeypatch.setattr(tesseract, "has_language", lambda code: False)
    image = tmp_path / "page.pgm"
    Image.new("L", (400, 1400), 255).save(image)
    text = textract.read_image(image)
    assert re.search(r"(?m)^10/06/2026\s+90868\s+\$0\.00$", text), text  # a row, not a column
    # the Spanish reading's run-together number, split as the English reading has it
    grouped = [Word(100, 130, 600, 648, "518", 90.0, (1, 1, 1, 1)), Word(100, 130, 664, 712, "244", 90.0, (1, 1, 1, 1)),
               Word(100, 130, 728, 792, "9073", 90.0, (1, 1, 1, 1))]
    label = [Word(100, 130, 100, 228, "Número", 95.0, (1, 1, 1, 1)), Word(100, 130, 244, 276, "de", 95.0, (1, 1, 1, 1)),
             Word(100, 130, 292, 420, "Medicaid", 95.0, (1, 1, 1, 1))]
    run_together = Word(100, 130, 600, 792, "5182449073", 60.0, (1, 1, 1, 1))
    spanish = textract._groups_kept(_reading([*label, run_together], 80.0), _reading([*label, *grouped], 85.0))
    assert [w.text for w in spanish.words] == ["Número", "de", "Medicaid", "518", "244", "9073"]
    other = Word(100, 130, 600, 792, "5182449074", 60.0, (1, 1, 1, 1))  # the groups read otherwise: kept as read
    assert [w.text for w in textract._groups_kept(_reading([other], 80.0), _reading(grouped, 85.0)).words] == \
        ["5182449074"]


def test_a_statements_partly_denied_claim_block_under_a_paid_one():
    """A family EOB of two claims in blocks: the subscriber's claim "Status: PAID", then the spouse's "Status: PARTLY
    DENIED", whose details ("Member ID", "Received" wrapped onto the next line, "Diagnosis:") stand above its column
    headings after a blank line and whose first line was paid (OCR closed the heading's gaps to one space and read the
    border in "Plan | paid" as a gap): the denied claim's number, patient, member ID, and its denied lines' dates and
    codes only."""
    text = """Example Mutual Health Insurance Company (FICTIONAL)
Statement date: November 19, 2026
Subscriber: Ada B. Example      Subscriber ID: EXM000000001-01

Claim 26-0000-000001 Patient: Ada B. Example (self) Status: PAID

Provider: Example Family Medicine Received 10/21/2026 Diagnosis: M54.50
Date of service      Code         Billed           Allowed          Plan paid         Adjustment        You owe
10/14/2026        99213      $168.00        $112.40       $89.92         CO-45 PR-2            $22.48

Claim 26-0000-000002 Patient: Bea C. Example-Sample (spouse) Status: PARTLY DENIED

Member ID: EXM000000001-02 Provider: Example Infusion Partners, PLLC (in network) Received
10/29/2026 Diagnosis: F33.2

Date of service       Code         Billed              Allowed           Plan   paid         Adjustment         You owe
10/20/2026           99214        $245.00          $168.30          $134.64          CO-45 PR-2                $33.66
10/20/2026           96365        $610.00          $0.00            $0.00            CO-50                     $0.00
10/22/2026           96365        $610.00          $0.00            $0.00            CO-50                     $0.00
  Totals                          $1,465.00                         $134.64                                    $33.66

CO-50: we find the infusions were not medically necessary.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert (f["claim_number"], f["patient_name"], f["member_id"]) == \
        ("26-0000-000002", "Bea C. Example-Sample", "EXM000000001-02")
    assert (f["service_dates"], f["procedure_codes"]) == (["2026-10-20", "2026-10-22"], ["96365"])
    assert (f["diagnosis_codes"], f["carc_codes"]) == (["F33.2"], ["CO-50"])


def test_a_table_of_one_other_claim_beside_the_notices_claim():
    """"Also processed this period" under the notice's labelled claim: the other claim's date, code and adjustment code
    (paid to the deductible) are not the denial's; a table whose one claim is the notice's own takes nothing out."""
    text = """Example Benefit Administrators (FICTIONAL)
EOB date: 11/24/2026        Claim: EXA-26-00001-02        Member ID: EXA 00000 0001
      Date              Code     Billed        Allowed       Paid        Adj.
      10/21/2026        64635    $2,400.00     $0.00         $0.00       CO-4
Why this claim was denied: a required modifier is missing (CO-4).

  Also processed this period (for your records)
   Claim                Patient             Date            Code     Billed      Paid      Adj.     Status
   EXA-26-00002-01      Ada B. Example      09/30/2026      99204    $310.00     $0.00     PR-1     Paid to deductible
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert (f["service_dates"], f["procedure_codes"], f["carc_codes"]) == (["2026-10-21"], ["64635"], ["CO-4"])
    own = text.replace("EXA-26-00002-01", "EXA-26-00001-02")
    assert intake_facts.extract_facts(own, today=TODAY)["procedure_codes"] == ["64635", "99204"]


def test_a_redetermination_and_an_appeal_resolution_give_the_next_steps_window():
    """Original Medicare's redetermination notice: the QIC's reconsideration is the step open (its window, the QIC's
    address), the label naming the decision appealed ("First decision:   Medicare Summary Notice dated ...") gives no
    notice date, a line "not paid" is denied beside one paid, and codes named as what to bill instead are none of the
    claim's. A managed-care plan's notice of appeal resolution: the fair hearing's window. A count of care ("five days
    of infusions") is no window."""
    text = """                                              MEDICARE REDETERMINATION NOTICE
Example Medicare Services (FICTIONAL)
PO Box 100, Fargo, ND 58108-0100
                                                                  November 6, 2026
Beneficiary:               Ada B. Example
Medicare Number:           0AA0-AA0-AA00
First decision:            Medicare Summary Notice dated 08/31/2026
Dear Ms. Example:
We have decided that the first decision on the psychotherapy lines was correct.
 Date of service       Code          Decision
 08/12/2026            99214         paid on the first decision (not appealed)
 08/12/2026            90837         not paid: decision upheld
Medicare pays psychotherapy given with a visit only under an add-on code (90833 or 90836) billed with the visit.
You may ask for a reconsideration by a Qualified Independent Contractor (QIC). You must file your request in
writing within 180 days of receiving this notice. Send it to the QIC, not to us:
        Example Reconsideration Services
        PO Box 200
        Harrisburg, PA 17105-0200
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert (f["notice_date"], f["procedure_codes"]) == ("2026-11-06", ["90837"])
    assert f["appeal_deadline"] == "2027-05-05" and "within 180 days of receiving" in f["deadline_basis"]
    assert f["appeals_address"] == "Example Reconsideration Services, PO Box 200, Harrisburg, PA 17105-0200"
    resolution = """Plan de Salud de Ejemplo (MUESTRA FICTICIA)
Fecha de esta carta: 30 de noviembre de 2026
Aviso de resolución de apelación
Revisamos su apelación de nuestra denegación de los cinco días de infusiones. Mantenemos la denegación.
Si no está de acuerdo, puede pedir una audiencia imparcial estatal dentro de 120 días a partir de la fecha de esta carta.
"""
    g = intake_facts.extract_facts(resolution, today=TODAY)
    assert g["appeal_deadline"] == "2027-03-30" and "120 días" in g["deadline_basis"]


def test_labels_of_a_statement_date_a_request_number_and_a_wrapped_cell():
    """"Fecha del estado" (a statement's date), "Núm. de solicitud de autorización previa", a patient's own "ID:" on
    its line after the participant's, and a label cell wrapped after "de" with its value beside its first line."""
    text = """Aseguradora de Ejemplo (MUESTRA FICTICIA)
Fecha del estado:      16/11/2026                      Período:               01/10/2026 - 31/10/2026
Asegurada:             Ana B. Ejemplo                  Núm. de                EJM 0000 00001
                                                       identificación:
Núm. de solicitud de autorización previa:      PA-0000-000001
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert (f["notice_date"], f["member_id"], f["claim_number"]) == ("2026-11-16", "EJM 0000 00001", "PA-0000-000001")
    report = """EXAMPLE BENEFITS BOARD (FICTIONAL)
LETTER DATE ........: 11/16/2026
PARTICIPANT ........: Rev. Abe Example      ID: EXB-000001
PATIENT ............: Bea Example (spouse)  ID: EXB-000001-S
"""
    assert intake_facts.extract_facts(report, today=TODAY)["member_id"] == "EXB-000001-S"


def test_ocr_letters_of_an_adjustment_group():
    assert codes.correct_ocr_codes("11/10/2026    J3490    Denied     C0204") == \
        "11/10/2026    J3490    Denied     CO-204"
    assert codes.correct_ocr_codes("claim C0-2026-1104") == "claim C0-2026-1104"  # no group code in an ID


def test_a_word_box_holding_nested_tables_and_a_table_in_a_grid_cell(tmp_path):
    """A Word claim box (a table of one cell) holding a label table and a service table: each read as a table, not
    run into one line; an HTML table inside a CSS grid's cell keeps its cells side by side."""
    import docx

    doc = docx.Document()
    doc.add_paragraph("Example Health Benefit Plan (FICTIONAL)")
    box = doc.add_table(rows=1, cols=1)
    cell = box.rows[0].cells[0]
    labels = cell.add_table(rows=2, cols=2)
    for r, (k, v) in enumerate((("Patient:", "Ada B. Example"), ("Claim no.:", "26-000-0000-0001"))):
        labels.rows[r].cells[0].text, labels.rows[r].cells[1].text = k, v
    lines = cell.add_table(rows=2, cols=3)
    for r, row in enumerate((("Date of service", "Code", "Paid"), ("11/02/2026", "90868", "$0.00"))):
        for c, v in enumerate(row):
            lines.rows[r].cells[c].text = v
    path = tmp_path / "box.docx"
    doc.save(path)
    text = textract.extract_text(path).text
    assert re.search(r"^Date of service\s{2,}Code\s{2,}Paid$", text, re.M)
    assert re.search(r"^11/02/2026\s{2,}90868\s{2,}\$0\.00$", text, re.M)
    html = """<html><head><style>main{display:grid;grid-template-columns:200px 1fr}</style></head><body><main>
<aside><p>Messages</p><p>11/21/2026 New document</p></aside><section><table>
<tr><th>Date of service</th><th>Code</th></tr><tr><td>11/02/2026</td><td>90867</td></tr></table></section></main>
</body></html>"""
    assert re.search(r"^11/02/2026\s{2,}90867$", textract.html_to_text(html), re.M)


def test_ocr_letters_of_a_dash_opening_a_cell_and_edge_marks_before_an_address_block():
    assert textract._DASH_OPENING_CELL.sub("", "Núm. de reclamación:   —2026-MKT-000001  a — b") == \
        "Núm. de reclamación:   2026-MKT-000001  a — b"
    text = "Example Health (FICTIONAL)\n]                   Attn: Member Appeals\n|          PO Box 1\nDuluth. MN 55806-0418\n"
    assert textract.edge_marks(text) == \
        "Example Health (FICTIONAL)\n                    Attn: Member Appeals\n           PO Box 1\nDuluth, MN 55806-0418\n"


def test_dim_papers_noise_is_no_dark_band():
    """A night-mode photo's dim paper passes the dark-band test in scattered blocks: on a page where most band blocks
    at paper's grey stand alone they are paper (and so evened); a title bar's blocks lie together and stay a band."""
    from PIL import Image, ImageDraw

    small = Image.new("L", (100, 120), 120)  # dim paper, 1/8 scale
    band = Image.new("L", small.size, 0)
    for k in range(200):  # scattered single blocks
        band.putpixel(((k * 37) % 97 + 1, (k * 53) % 117 + 1), 255)
    noise = textract.band_noise(band, small)
    assert noise is not None and noise.histogram()[255] >= 190
    bar = Image.new("L", small.size, 0)
    ImageDraw.Draw(bar).rectangle((0, 0, 99, 12), fill=255)  # a title bar across the top
    assert textract.band_noise(bar, small) is None
    # the desk round a page (darker than paper's grey) is never counted
    desk = Image.new("L", small.size, 60)
    assert textract.band_noise(band, desk) is None


def test_an_hdr_ghosts_fainter_copy_is_painted_out(tmp_path):
    """Two frames blended a few pixels apart: every letter twice, the second grey; the grey copy goes, the black
    stays. A page of plain print (its letters' grey edges on every side) is left as it is."""
    import random

    from PIL import Image, ImageDraw, ImageFilter

    def page(ghost: bool) -> Image.Image:
        im = Image.new("L", (1400, 1400), 255)
        draw = ImageDraw.Draw(im)
        rng = random.Random(5)
        for y in range(300, 1100, 40):
            x = 300
            while x < 1100:  # "letters" of uneven widths, heights and gaps, as a photo puts them on its pixels
                width, top, tall = rng.randrange(4, 16), y + rng.randrange(0, 5), rng.randrange(12, 22)
                if ghost:
                    draw.rectangle((x + 7, top + 4, x + 7 + width, top + 4 + tall), fill=140)
                draw.rectangle((x, top, x + width, top + tall), fill=10)
                x += width + rng.randrange(6, 30)
        return im.filter(ImageFilter.GaussianBlur(0.8)) if not ghost else im

    path = tmp_path / "ghost.png"
    page(True).save(path)
    first = random.Random(5)
    first.randrange(4, 16)
    top0, tall0 = 300 + first.randrange(0, 5), first.randrange(12, 22)  # the first letter's
    assert textract.unghost(path) == (7, 4)
    with Image.open(path) as done:
        assert done.getpixel((300 + 7 + 2, top0 + tall0 + 2)) == 255  # the copy's grey, under its letter's black
        assert done.getpixel((302, top0 + 4)) < 60  # the black stays
    page(False).save(path)
    assert textract.unghost(path) is None


def test_label_cells_wrapped_without_colons():
    """A table of label and value cells printed without colons, each label cell wrapped after "de" with its last
    words alone under it ("Número de" over "miembro"): the labels are read whole. The decision's date is the notice
    date over the day the notice was sent (the contract, docs/intake.md item 2; before s65-intake "envío" with its
    accent was not read as a mailing label, so the later date won). A line of values under a row is never taken for
    the labels' ends."""
    text = """PROGRAMA DE EJEMPLO (MUESTRA FICTICIA)
 Fecha de la             16 de noviembre de 2026            Número de               E-0000-0000-1
 decisión                                                   Medicaid
 Fecha de envío de       18 de noviembre de 2026            Número de               SE-2026-000001
 este aviso                                                 solicitud
 Beneficiaria            Ana Ejemplo Ruiz                   Proveedor               Clínica Ejemplo
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert (f["notice_date"], f["member_id"], f["claim_number"]) == ("2026-11-16", "E-0000-0000-1", "SE-2026-000001")
    values = """Paciente              Ana Ejemplo                        Número de            EJ-26-00001
                      Ruiz                               miembro
"""
    from appeal_kit.intake.extract import wrapped_labels

    assert "Número de miembro" not in wrapped_labels(values)  # "Ruiz" ends the name above it, no label


def test_label_cells_wrapped_after_a_noun():
    """A label cell cut after a noun, its lower-case end alone under it ("Identificación" over "de miembro", "Fecha
    de este" over "aviso"), beside a value with a digit: read whole. A name's last word under a label is not."""
    text = """PLAN DE EJEMPLO (MUESTRA FICTICIA)
 Fecha de este        24 de noviembre de 2026       Fecha de            20 de noviembre de 2026
 aviso                                              recepción
 Asegurada            Ana Ejemplo Ruiz              Identificación      EJM-000000-01
                                                    de miembro
 Número de            RCL2026-00-00001              Reclamación         02/10/2026
 reclamación                                        recibida
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert (f["notice_date"], f["member_id"], f["claim_number"]) == ("2026-11-24", "EJM-000000-01", "RCL2026-00-00001")
    from appeal_kit.intake.extract import wrapped_labels

    assert "Asegurada Ruiz" not in wrapped_labels(" Asegurada      Ana Ejemplo      Plan      EJ-1\n Ruiz\n")


def test_a_step_the_next_sentence_names_as_no_appeal_and_a_service_not_covered():
    """"También puede pedir una reconsideración informal ... dentro de 10 días." then "La reconsideración informal no
    es una apelación": its limit is not the appeal's, and the notice still offers no appeal to the plan (the fair
    hearing is the first step). "No es un servicio cubierto" is a service not covered."""
    text = """DEPARTAMENTO DE EJEMPLO (MUESTRA FICTICIA)
Fecha de envío de este aviso:  18 de noviembre de 2026
Negamos la solicitud. La terapia de ejemplo no es un servicio cubierto por el plan estatal de Medicaid.
Usted recibe Medicaid de pago por servicio: no tiene una apelación previa con un plan; la audiencia es el primer
paso. Tiene 60 días a partir de la fecha de envío de este aviso para pedir una audiencia imparcial estatal. Envíe el
formulario a: Oficina de Audiencias de Ejemplo, 100 Calle Ejemplo, Denver, CO 80202. También puede pedir una
reconsideración informal a este Departamento dentro de 10 días. La reconsideración informal no es una apelación y no
cambia el plazo para pedir la audiencia.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["appeal_deadline"] == "2027-01-17" and "60 días" in f["deadline_basis"]
    assert f["denial_category"] == "not_covered"


def test_a_page_lying_askew_is_turned_back(tmp_path):
    """A page photographed lying 24 degrees askew: its rows come sharp only when turned back, and skew_angle finds
    that angle. A level page and one at a slant of a few degrees keep their small angles."""
    import random

    from PIL import Image, ImageDraw

    im = Image.new("L", (1200, 1500), 255)
    draw = ImageDraw.Draw(im)
    rng = random.Random(3)
    for y in range(150, 1350, 36):
        x = 120
        while x < 1080:
            width = rng.randrange(8, 30)
            draw.rectangle((x, y, x + width, y + 16), fill=20)
            x += width + rng.randrange(6, 16)
    assert abs(textract.skew_angle(im)) < 0.3
    assert abs(textract.skew_angle(im.rotate(-3, expand=True, fillcolor=255)) - 3) < 0.5
    askew = im.rotate(-24, expand=True, fillcolor=255)
    assert abs(textract.skew_angle(askew) - 24) < 0.5


def test_an_integrated_dsnp_a_chip_that_says_it_is_not_medicaid_and_a_program_number_beside_the_plans():
    """An integrated D-SNP's notice speaks of Medicaid throughout: the plan is the Medicare Advantage plan, and the
    member's number is the plan's, not the Medicaid ID or Medicare number beside it. "Este plan es CHIP y no
    Medicaid" is a CHIP."""
    text = """Example Dual Advantage (HMO D-SNP)   A Medicare Advantage plan for people with both Medicare and Medicaid
FICTIONAL SAMPLE
INTEGRATED DENIAL NOTICE
Date                 November 24, 2026                      Medicaid ID          NM-0000000000
Member name          Ana Example                            Request number       ORG-26-000001
Member number        EXD 0000 0000 01                       Medicare number      0AA0-AA0-AA00
You may ask for an integrated reconsideration: one appeal covers both your Medicare and your Medicaid benefits.
For a service only Medicaid covers, you may ask for a State fair hearing within 120 days after our decision.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert (f["plan_type"], f["member_id"]) == ("medicare_advantage", "EXD 0000 0000 01")
    chip = """Plan Infantil de Ejemplo (MUESTRA FICTICIA)
Programa de Seguro Médico para Niños (CHIP) de Texas
Este plan es CHIP y no Medicaid, así que no se ofrece una audiencia imparcial estatal.
"""
    assert intake_facts.extract_facts(chip, today=TODAY)["plan_type"] == "chip"


def test_the_fast_appeal_a_notice_explains_is_no_urgency_and_a_name_split_after_its_capital():
    """"La página 2 explica la apelación rápida (72 horas)" offers a fast appeal: the request was not decided as
    urgent. OCR's space after a name's first capital ("Y areli") is one word."""
    text = """PLAN DE EJEMPLO (MUESTRA FICTICIA)
Fecha del aviso:  20 de noviembre de 2026
Paciente:  Y areli Ejemplo Ruiz
Negamos el pago de la reclamación. Puede pedir una apelación dentro de 60 días calendario a partir de la fecha de
este aviso. La página 2 explica la apelación rápida (72 horas).
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert not f.get("urgent") and f["patient_name"] == "Yareli Ejemplo Ruiz"
    assert intake_facts.extract_facts(text.replace("Negamos", "Tomamos una decisión acelerada. Negamos"),
                                      today=TODAY)["urgent"]


def test_a_portal_pages_patient_id_wrapped_in_its_cell():
    """"ID del" over "paciente" beside the patient's number, "ID del" over "suscriptor" beside the subscriber's: the
    patient's own."""
    text = """Portal de Ejemplo (MUESTRA FICTICIA)
        Paciente              Ana Ejemplo Ruiz (hija)                     Patrono                Ejemplo, Inc.
        ID del                EJQ-000000-03                               Proveedor              Clínica Ejemplo
        paciente
        Suscriptor            Juan Ejemplo Pérez                          Fecha de               20/10/2026
                                                                          recibo
        ID del                EJQ-000000-01                               Estado                 Denegada
        suscriptor
"""
    assert intake_facts.extract_facts(text, today=TODAY)["member_id"] == "EJQ-000000-03"


def test_a_portal_claim_list_and_the_final_internal_appeal_decision_under_it():
    """A portal page lists claims in three columns (claim, date, status), the paid one first; the denied claim's
    detail follows under "Claim <number>", then the decision letter under its own date. The claim is the denied
    one with its detail's dates, the notice date the letter's, and "This is our final internal appeal decision"
    makes the external review (its window and address) the open step. "External Review Intake" is an office."""
    text = """Example Health member portal - FICTIONAL SAMPLE - printed 12/02/2026 9:12 PM
Claims | Ana Example-Ruiz |

Claim    Date of service    Status
26-EX-0000010    07/30/2026    Paid
26-EX-0000027    08/11/2026 - 08/18/2026    Denied - appeal decided

Claim 26-EX-0000027

Member ID: EXH-00000000-01 · Plan: Example Silver, bought through the Health Insurance Marketplace

Service date    Code    Diagnosis    Adjustment
08/11/2026    96365    G89.4    CO-204
08/13/2026    96365    G89.4    CO-204
08/18/2026    96365    G89.4    CO-204

Decision letter

November 16, 2026

Dear Ana Example-Ruiz,

This is our final internal appeal decision. We reviewed your appeal of claim 26-EX-0000027 and uphold the denial.

You have four months from the date you receive this final decision to ask for an external review by an independent review organization. Send your request to:

Example Independent Review
External Review Intake
100 Example Street, Suite 5
Denver, CO 80202

Example Health Appeals, PO Box 1, Denver, CO 80217 handled your internal appeal; it is now closed.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["claim_number"] == "26-EX-0000027"
    assert f["service_dates"] == ["2026-08-11", "2026-08-13", "2026-08-18"]
    assert f["notice_date"] == "2026-11-16" and f["appeal_deadline"] == "2027-03-16"
    assert f["appeals_address"].startswith("Example Independent Review, External Review Intake, 100 Example")
    assert f["patient_name"] == "Ana Example-Ruiz" and f["evidence"]["patient_name"] == "Dear Ana Example-Ruiz,"


def test_a_forwarded_messages_header_and_a_stated_date_before_a_later_level_run_on():
    """An e-mail forwarding a plan's message inline: the forwarded header's "Subject:" is no salutation and the
    letter's own date wins over both e-mails' Date lines. A stated appeal date whose sentence OCR ran on into the
    next level's ("... by March 20, 2027, Circle ... A later reconsideration by a qualified independent
    contractor ...") is still the appeal's."""
    text = """From: Ana Example <ana@mail.example>
To: Counselor <intake@clinic.example>
Date: December 1, 2026
Subject: Fwd: claim decision (FICTIONAL)

Here is the letter.

---------- Forwarded message ----------

From: Example Federal Plan <no-reply@plan.example>

Date: Tue, 17 Nov 2026 09:02:00 -0500

Subject: Your claim decision

Example Federal Plan - FEHB Program

November 17, 2026

Enrollee and patient: Ana Example
We denied payment for the psychotherapy you received on October 2, 2026 (procedure 90837).
If you disagree, write to us within 6 months from the date of our initial decision and ask us to reconsider.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["notice_date"] == "2026-11-17" and f["appeal_deadline"] == "2027-05-17"
    msn = """Medicare Summary Notice for Part B (FICTIONAL SAMPLE)
Notice date          November 20, 2026
How to handle denials
If you disagree with a decision on this notice, you must file an appeal by March 18,
2027, Circle the items you disagree with, explain why, sign and send this notice to:
Example Medicare Administrative Services
Part B Redeterminations
PO Box 1
Fargo, ND 58108-6620
A later reconsideration by a qualified independent contractor must be asked within
180 days.
"""
    f = intake_facts.extract_facts(msn, today=TODAY)
    assert f["appeal_deadline"] == "2027-03-18" and "by March 18, 2027" in f["deadline_basis"]


def test_an_employers_staff_plan_dates_with_bracketed_codes_and_a_paid_visit_told_after():
    """"Plan de Salud para Empleados de Constructora X" is an employer's plan. Dates each followed by their code in
    brackets are all dates of care; codes in brackets with the diagnosis are codes; a visit the next sentence says
    was paid is not this claim's care."""
    text = """Administradora Ejemplo (MUESTRA FICTICIA)
Fecha de la notificación          24 de noviembre de 2026
Paciente                          Inés Ejemplo Ochoa
Negamos las infusiones: no son médicamente necesarias. Puede apelar dentro de 180 días.
Envíe su apelación a:
Plan de Salud para Empleados de Constructora Ejemplo
a/c Administradora Ejemplo
"""
    assert intake_facts.extract_facts(text, today=TODAY)["plan_type"] == "employer_erisa"
    listed = """Palma Ejemplo - Plan Medicare Advantage (MUESTRA FICTICIA)
Fecha de este aviso                     12 de noviembre de 2026
Servicios negados: estimulación magnética transcraneal los días 6 de octubre de 2026 (90867), 8 de octubre de 2026
(90868) y 9 de octubre de 2026 (90868); diagnóstico F33.2; código CO-50.
"""
    f = intake_facts.extract_facts(listed, today=TODAY)
    assert f["service_dates"] == ["2026-10-06", "2026-10-08", "2026-10-09"]
    paid = """Seguro Ejemplo - Plan del Mercado de Seguros Médicos (MUESTRA FICTICIA)
Fecha: 10 de noviembre de 2026
Revisamos la reclamación por los bloqueos de rama medial lumbar del 2 de septiembre de 2026 (64493, 64494; diagnóstico M47.816; código CO-50). La consulta del 19 de agosto de 2026 fue pagada.
Decisión: negada.
"""
    f = intake_facts.extract_facts(paid, today=TODAY)
    assert f["service_dates"] == ["2026-09-02"] and f["procedure_codes"] == ["64493", "64494"]


def test_a_paid_claim_told_in_a_sentence_a_send_line_after_a_run_on_and_specks_before_a_value():
    """Another family member's claim a sentence says was paid keeps its code and diagnosis; a "Send your written
    appeal to:" line opens the address's sentence though OCR ran the line before it on ("... Claims Office,");
    specks between a label and its value ("Member   7   ...", "Member      al Jalen ...") are no part of it."""
    text = """Example Benefit Administrators (FICTIONAL SAMPLE)
Participant / patient              Dee Example
Claim no.                          TP26-118-40265
Date issued                        11/12/2026
Service date     Procedure        Dx               Charge           Plan paid       Adj. code
10/05/2026       90867            F33.1            $525.00          $0.00           CO-197
10/06/2026       90868            F33.1            $310.00          $0.00           CO-197

Also on this statement (your family): Amy Example, member ID BBA-0000-00002, claim
TP26-118-40301, 10/02/2026, 90791, F41.1: paid in full, nothing to appeal.
You may appeal within 180 days after our final decision you may ask for an external review within 4 months, Do not
send appeals to the Claims Office,
Send your written appeal to:
Example Mutual Health Insurance Company
Member Appeals Unit
PO Box 40917
Columbus, OH 43240-0917
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["procedure_codes"] == ["90867", "90868"] and f["diagnosis_codes"] == ["F33.1"]
    assert f["appeals_address"] == "Example Mutual Health Insurance Company, Member Appeals Unit, PO Box 40917, " \
                                   "Columbus, OH 43240-0917"
    for line in ("Member        7              Priya N. Example-Holt", "Member        al Priya N. Example-Holt   ees"):
        notice = f"Example State Employees Trust (FICTIONAL)\nStatement date    November 9, 2026\n{line}\n"
        assert intake_facts.extract_facts(notice, today=TODAY)["patient_name"] == "Priya N. Example-Holt"
    student = "Example Student Health Plan (FICTIONAL)\nNotice date    November 21, 2026\nStudent    Tobi Example-Lee\n"
    assert intake_facts.extract_facts(student, today=TODAY)["patient_name"] == "Tobi Example-Lee"


def test_thin_faint_table_rules_are_painted_out_only_where_straight(tmp_path):
    """A table drawn with rules a pixel thick and grey (a photo a messaging app scaled down): faint_rules paints
    them out and leaves the cells' print. A page with no rules, and one whose rules bow (a wide-angle lens), is
    left as it is."""
    import random

    from PIL import Image, ImageChops, ImageDraw, ImageStat

    def page(bow: float = 0.0, rules: bool = True):
        im = Image.new("L", (1300, 1600), 255)
        draw = ImageDraw.Draw(im)
        rng = random.Random(5)
        for row in range(8):
            y = 300 + row * 30
            for x0 in (190, 560):  # a word-like block in each cell
                x = x0
                while x < x0 + rng.randrange(150, 300):
                    width = rng.randrange(6, 14)
                    draw.rectangle((x, y + 9, x + width, y + 20), fill=30)
                    x += width + rng.randrange(2, 5)
            if rules:
                points = [(x, y + round(bow * ((x - 650) / 480) ** 2)) for x in range(170, 1131, 20)]
                draw.line(points, fill=150, width=1)
        if rules:
            for x in (170, 540, 1130):
                draw.line((x, 300, x, 540), fill=150, width=1)
        return im

    flat = tmp_path / "flat.png"
    page().save(flat)
    assert textract.faint_rules(flat)
    with Image.open(flat) as done:
        left = done.convert("L")
    assert ImageStat.Stat(left.crop((900, 295, 1100, 305))).extrema[0][0] > 200  # the rule's row: paper now
    printed = page().point(lambda v: 255 if v < 100 else 0)
    still = ImageChops.multiply(printed, left.point(lambda v: 255 if v < 100 else 0))
    assert still.histogram()[255] >= 0.98 * printed.histogram()[255]  # the cells' print stays
    for other in (page(rules=False), page(bow=24.0)):
        other.save(tmp_path / "other.png")
        assert textract.faint_rules(tmp_path / "other.png") is None
    # given a first reading: painted out where it left the table's rows without words, not where it read them
    from appeal_kit._exec.boxes import Word

    read = [Word(300 + row * 30 + 9, 300 + row * 30 + 20, 190, 300, "cell") for row in range(8)]
    for words, fires in (([], True), (read, False), (read[:3], True)):
        page().save(tmp_path / "again.png")
        assert (textract.faint_rules(tmp_path / "again.png", words) is not None) == fires


def test_a_family_statement_patient_number_in_brackets_and_a_code_after_its_care():
    """A family statement's denied claim names its patient with her own number in brackets ("Patient: Ana Ruiz
    (EJM-000000-02)"): that number, not the subscriber's -01 in the heading. A number in brackets right after the
    care it codes ("a lumbar epidural steroid injection (62323)") is a procedure code; "steroid" is no suite."""
    text = """EJEMPLO BENEFIT PLAN - FICTIONAL SAMPLE
Statement date          October 26, 2026                            Member                 Juan Ruiz
Member ID               EJM-000000-01

Claim 26-0000-0001 - Patient: Juan Ruiz (EJM-000000-01) - Example Clinic - PAID
  Date                  Code                  Diagnosis             Billed                Paid
  09/30/2026            99213                 I10                   $165.00               $118.40

Claim 26-0000-0002 - Patient: Ana Ruiz (EJM-000000-02) - Example Pain Center - DENIED
  Date                  Code                  Diagnosis             Billed                Paid                  Note
  09/17/2026            27096                 M46.1                 $1,150.00             $0.00                 CO-22
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert (f["patient_name"], f["member_id"]) == ("Ana Ruiz", "EJM-000000-02")
    letter = ("FICTIONAL SAMPLE\nNovember 4, 2026\nYou appealed the denial of the lumbar epidural steroid injection "
              "(62323) you received on July 15, 2026.\n")
    assert intake_facts.extract_facts(letter, today=TODAY)["procedure_codes"] == ["62323"]



def test_spanish_participant_label_a_name_before_its_id_label_and_a_code_after_spanish_care():
    """"Participante:" labels the patient; a name runs to the next label on its line, "Identificación:" too; in
    Spanish the words that say which care come after the care's own ("inyección epidural lumbar (62323)"); an
    address block's ZIP line ends its sentence, so the external review named on the next line is not the appeal's."""
    text = """Ejemplo Administradores - MUESTRA FICTICIA
Fecha del aviso: 26/10/2026
Participante: Lucía Ejemplo Ruiz   Fecha de nacimiento: 11/08/1980
Miembro: Lucía Ejemplo Ruiz Identificación: EJM-0000001
Servicio: inyección epidural lumbar (62323), diagnóstico M54.16, del 14 de septiembre de 2026.
Negamos el pago porque el servicio no es médicamente necesario.
Si no está de acuerdo, dispone de 180 días a partir de la fecha en que reciba este aviso para
presentar una apelación por escrito a:
   Plan Ejemplo
   Apartado Postal 0000
   Fresno, CA 93700-0000
Después de la decisión final puede pedir una revisión externa dentro de 4 meses.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["patient_name"] == "Lucía Ejemplo Ruiz"
    assert f["member_id"] == "EJM-0000001"
    assert f["procedure_codes"] == ["62323"]
    assert "dispone de 180 días" in f["deadline_basis"]


def test_statement_rows_kinds_of_others_hands():
    """A family statement's heading names its patient in a field of its own ("Claim X - Name (ID-02) - DENIED"); a
    row whose last words say it was paid ("PR-3 (copay) PAID", "Paid on an earlier claim") is none of the denial's;
    a heading whose last word is its status ("... Example Counseling DENIED") marks its claim denied."""
    family = """Example Assurance - FICTIONAL SAMPLE
Statement date: November 30, 2026
Subscriber: Nora Example-Hale, ID EXA000000-01

Claim EA26K0000001 - Nora Example-Hale (EXA000000-01) - PAID

10/14/2026 90834 F41.1 billed $150.00 plan paid $118.00 you owe $32.00

Claim EA26K0000002 - Sam Example-Hale (EXA000000-02) - DENIED

10/20/2026 90867 F33.1 billed $420.00 plan paid $0.00 CO-22
"""
    f = intake_facts.extract_facts(family, today=TODAY)
    assert (f["patient_name"], f["member_id"]) == ("Sam Example-Hale", "EXA000000-02")
    remark = """EXAMPLE MUTUAL - FICTIONAL SAMPLE
Date of this notice: November 9, 2026
Member: Ada Example       Member ID: EXM000000
  Date of service Code    Diagnosis Billed    Allowed You owe Remark
  10/02/2026   99214  F33.2    $210.00   $142.00  $30.00   PR-3 (copay) PAID
  10/06/2026    96365  F33.2    $640.00   $0.00   $0.00   CO-50
We denied the infusions as not medically necessary.
"""
    f = intake_facts.extract_facts(remark, today=TODAY)
    assert (f["service_dates"], f["procedure_codes"], f["carc_codes"]) == (["2026-10-06"], ["96365"], ["CO-50"])
    status = """EXAMPLE STATE PLAN - FICTIONAL SAMPLE
Notice Date: 11/05/2026
Date     Code    Dx    Status
06/10/2025 90837 F31.81 Denied CO-29
06/24/2025 90837 F31.81 Paid on an earlier claim
"""
    assert intake_facts.extract_facts(status, today=TODAY)["service_dates"] == ["2025-06-10"]
    msn = """MEDICARE SUMMARY NOTICE - FICTIONAL SAMPLE
Notice date; November 2, 2026
Claim 22-00000-000-001     Example Family Medicine    APPROVED
07/29/2026  99213   office visit  Medicare paid $88.41
Claim 22-00000-000-002 Example Counseling DENIED
08/11/2026  90837   diagnosis F43.12  Medicare paid $0.00  Note A
"""
    f = intake_facts.extract_facts(msn, today=TODAY)
    assert (f["claim_number"], f["notice_date"]) == ("22-00000-000-002", "2026-11-02")
    assert (f["service_dates"], f["procedure_codes"]) == (["2026-08-11"], ["90837"])


def test_a_claim_told_on_its_heading_a_code_after_a_rows_date_and_a_notice_date_before_the_care():
    """A paid claim of one service told on its heading's line is a claim of the statement; a denied row's code in the
    cell after its date is a code with no column heading; a notice date read before the statement's dates of care
    (a photo's cut year, "10/12/20") is set aside, never kept silently."""
    text = """EXAMPLE BENEFIT TRUST - FICTIONAL SAMPLE
BENEFIT STATEMENT
Date 10/12/20:
Plan member: Ivo Example    Member ID: EBT-0000-0001
Claim 9D0000001 Example Pain Center 08/14/2026 99204 PAID $212.00

Claim 9D0000002 Example Pain Center received 09/20/2026
  09/03/2026  64635   M47.816  $1,840.00  paid $0.00  CO-4
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert (f["claim_number"], f["service_dates"], f["procedure_codes"]) == ("9D0000002", ["2026-09-03"], ["64635"])
    assert f["notice_date"] is None and f["rejected"]["notice_date"]["value"] == "2020-10-12"


def test_form_cells_lists_of_other_requests_state_hearings_and_rows_under_a_sentence():
    """A form row's cells led by a bare label with one space ("Participant Dana Example", "ID EXP-0000-0001"); a
    portal's list of requests beside the notice's own gives it none of the others' codes; a state hearing
    ("audiencia estatal") is a fee-for-service notice's first appeal; an authorization request's label glossed
    ("Solicitud de autorización (TAR):"); an accent OCR put on a label ("Reclámo:"); rows of dates under a sentence
    that points to them ("We have denied payment for these services:")."""
    cells = """EXAMPLE BENEFIT ADMINISTRATORS - FICTIONAL SAMPLE
Statement date 11/16/2026      Participant Dana Example-Roe
ID EXP-00000-0001             Group GRP 0000
We denied these sessions as not medically necessary.
"""
    f = intake_facts.extract_facts(cells, today=TODAY)
    assert (f["patient_name"], f["member_id"]) == ("Dana Example-Roe", "EXP-00000-0001")
    portal = """Example Health Plans - member portal - FICTIONAL SAMPLE
Recent requests
PA-1111-04417    Eli Example    90837    Approved
PA-2222-09375    Wren Example    S0013    Denied
Letter date: December 1, 2026
Member: Wren Example
Request number: PA-2222-09375
Requested: esketamine nasal spray (S0013). Decision: denied under our step therapy rule.
"""
    assert intake_facts.extract_facts(portal, today=TODAY)["procedure_codes"] == ["S0013"]
    hearing = """PROGRAMA MEDICAID DEL ESTADO - pago por servicio (MUESTRA FICTICIA)
Fecha del aviso: 19 de noviembre de 2026
Beneficiario: Teo Ejemplo
Solicitud de autorización (TAR): TAR 0000 0000 1
Decisión: negada. El servicio no es un beneficio cubierto.
Su derecho a una audiencia estatal
Tiene 90 días a partir de la fecha de este aviso para pedir una audiencia estatal.
"""
    f = intake_facts.extract_facts(hearing, today=TODAY)
    assert (f["claim_number"], f["appeal_deadline"]) == ("TAR 0000 0000 1", "2027-02-17")
    accent = "PLAN EJEMPLO - MUESTRA FICTICIA\nFecha: 3 de noviembre de 2026\nReclámo: MA00-00-000001\n"
    assert intake_facts.extract_facts(accent, today=TODAY)["claim_number"] == "MA00-00-000001"
    rows = """EXAMPLE MEDICARE ADVANTAGE (HMO) - FICTIONAL SAMPLE
Date: 11/24/2026
We have denied payment for these services:
  10/19/2026  90870   diagnosis F33.3  CO-197
  10/21/2026  90870   diagnosis F33.3  CO-197
"""
    assert intake_facts.extract_facts(rows, today=TODAY)["service_dates"] == ["2026-10-19", "2026-10-21"]


def test_a_denied_blocks_patient_id_in_the_next_cell_of_its_heading():
    """"Claim X   Patient: Name    ID Y": the ID in the heading's next cell is the denied claim's patient's own,
    not the paid claim's above it (a "Subscriber ID" would name no patient's)."""
    text = """EXAMPLE COUNTY EMPLOYEE PLAN - FICTIONAL SAMPLE
Remittance date:  11/17/2026
Claim 7000-0000-10001   Patient: Ines Example   ID CTY-FICT-100001
  11/03/2026  90834   Billed $150.00  Allowed $118.40  Paid $118.40
Claim 7000-0000-20002   Patient: Leo Example    ID CTY-FICT-200002
  11/02/2026  90837   Billed $195.00  Allowed $0.00    Paid $0.00   CO-11
  Claim status: DENIED
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert (f["patient_name"], f["member_id"], f["claim_number"]) == ("Leo Example", "CTY-FICT-200002",
                                                                       "7000-0000-20002")


def test_ocr_dollar_and_brace_for_a_drug_codes_letter():
    """OCR reads the S of an S code as "$" and the J of a J code as "{": after a code label or in a list of codes
    ("HCPCS $9480", "codes 96365 and {3490"), and beside a drug named in Spanish ("esketamina ... $0013"); an
    amount elsewhere is left alone."""
    assert codes.correct_ocr_codes("program days (HCPCS $9480, diagnosis F41.1)") == \
        "program days (HCPCS S9480, diagnosis F41.1)"
    assert codes.correct_ocr_codes("infusions (procedure codes 96365 and {3490; diagnosis F33.2)") == \
        "infusions (procedure codes 96365 and J3490; diagnosis F33.2)"
    assert codes.correct_ocr_codes("tratamiento con esketamina (códigos G2082 y $0013;") == \
        "tratamiento con esketamina (códigos G2082 y S0013;"
    assert codes.correct_ocr_codes("You paid $9480 this year. Total {1234}") == "You paid $9480 this year. Total {1234}"


def test_a_portal_notice_posted_date_over_the_page_printed_date():
    """A portal's "Notice posted:" is the notice's date; the "Page printed" stamp at the foot is not."""
    text = """Home | Claims | Messages
Example Church Benefit Plan - member portal - FICTIONAL SAMPLE

Notice posted: 11/10/2026

Member: Greta Example
Member number: EX 00-0000-00

Reason: the claim reached us after the plan's 12-month filing limit. Denied CO-29.
To appeal, send a written request to Example Church Benefit Plan, 1 Example Avenue, St. Paul, MN 55104.

Page printed 11/28/2026
"""
    assert intake_facts.extract_facts(text, today=TODAY)["notice_date"] == "2026-11-10"


def test_a_name_ended_by_a_roles_number_label_and_a_label_with_a_slash():
    """"Student: Name Student ID / member: X": the name stops at the role's own number label, and a label joined to
    another name for it by a slash before its colon is still the member-ID label."""
    text = """EXAMPLE UNIVERSITY STUDENT HEALTH INSURANCE PLAN - FICTIONAL SAMPLE
Statement date: November 23, 2026
Student: Dana Example-Ibe Student ID / member: EXU-0000000-S

Claim 26-0000-140 was denied, CO-22.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert (f["patient_name"], f["member_id"]) == ("Dana Example-Ibe", "EXU-0000000-S")


def test_another_plan_the_member_also_has_is_not_the_plans_type():
    """A coordination-of-benefits denial names the other coverage ("also covered by a parent's employer plan,
    which pays first"): that plan's type is not the notice's own."""
    text = """EXAMPLE UNIVERSITY STUDENT HEALTH INSURANCE PLAN - FICTIONAL SAMPLE
Statement date: November 23, 2026
Student: Dana Example

Claim 26-0000-140: our records show you are also covered by a parent's employer plan, which pays first.
Send us that plan's explanation of benefits. CO-22.
"""
    assert intake_facts.extract_facts(text, today=TODAY)["plan_type"] == "individual_aca"


def test_the_beneficiarys_own_number_over_the_sponsors():
    """A TRICARE letter gives the sponsor's DoD ID on the sponsor's line and the beneficiary's own benefits number
    on the next: the patient's is the member ID."""
    text = """TRICARE EXAMPLE REGION - MEDICAL CLAIM DECISION - FICTIONAL SAMPLE
Date of this notice: November 19, 2026
Beneficiary: Mark Example (family member)
Sponsor: SSgt Luis Example, DoD ID 1000000000
DoD Benefits Number (beneficiary): 20000 00000 7
Claim number: TE00 0000 0000
"""
    assert intake_facts.extract_facts(text, today=TODAY)["member_id"] == "20000 00000 7"


def test_a_masked_number_before_the_full_one_and_a_programs_plus_sign():
    """"XXXX-XX7-WQ84 full number: 8WQ2-..." gives the whole number; a program's plus sign opens a number
    ("CHP+ 44810-72"); a masked number before another label that is no number's is kept as printed."""
    text = """Medicare Summary Notice - FICTIONAL SAMPLE
Notice date: November 9, 2026
Cornelius Example
Medicare Number XXXX-XX7-AB00 full number: 1AB0-CD0-AB00
"""
    assert intake_facts.extract_facts(text, today=TODAY)["member_id"] == "1AB0-CD0-AB00"
    chip = "EXAMPLE KIDS CARE (CHIP) - FICTIONAL SAMPLE\nNotice date: November 5, 2026\nChild: Sofia Example\n" \
           "Member ID: CHP+ 00000-72\n"
    assert intake_facts.extract_facts(chip, today=TODAY)["member_id"] == "CHP+ 00000-72"
    phone = "EXAMPLE PLAN - FICTIONAL SAMPLE\nNotice date: November 5, 2026\nMember ID: XXXX-0000  Phone: 555-0100\n"
    assert intake_facts.extract_facts(phone, today=TODAY)["member_id"] == "XXXX-0000"


def test_a_program_of_care_counted_in_days_dates_its_service():
    """"billed us for intensive outpatient program days on 11/02/2026, 11/03/2026 and 11/04/2026": a program of
    care is care, so the dates after its "on" are the service dates."""
    text = """EXAMPLE MESA HEALTH PLAN - Marketplace - FICTIONAL SAMPLE
Letter date: 11/18/2026
Dear Priya Example:
Your provider billed us for intensive outpatient program days
on 11/02/2026, 11/03/2026 and 11/04/2026 (HCPCS S9480, diagnosis F41.1). No prior authorization was on file,
so the claim was denied with code CO-197.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["service_dates"] == ["2026-11-02", "2026-11-03", "2026-11-04"]


def test_a_sentence_opening_with_the_day_of_care_and_a_code_whose_bracket_ocr_lost():
    """"El 1 de octubre de 2026 recibió un bloqueo ... 64493; diagnóstico M47.816)": the day that opens the
    sentence is the service date, and a number before the diagnosis and the bracket's close is a procedure code
    though OCR lost the opening bracket."""
    text = """ASEGURADORA EJEMPLO - Plan de grupo del empleador - MUESTRA FICTICIA
Emitido el: 4 de noviembre de 2026
Paciente: Guadalupe Ejemplo
El 1 de octubre de 2026 recibió un bloqueo de las articulaciones facetarias lumbares 64493;
diagnóstico M47.816) del Dr. Ejemplo, que no pertenece a la red de su plan. Código CO-242.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert (f["service_dates"], f["procedure_codes"]) == (["2026-10-01"], ["64493"])
    english = "EXAMPLE PLAN - FICTIONAL SAMPLE\nNotice date: November 4, 2026\nPatient: Lupe Example\n" \
              "On October 1, 2026, you received an injection from an out-of-network doctor. CO-242.\n"
    assert intake_facts.extract_facts(english, today=TODAY)["service_dates"] == ["2026-10-01"]


def test_a_range_of_days_billed_by_the_day_gives_each_day():
    """"partial hospitalization days from 10/26/2026 through 10/30/2026 ... H0035 x 5 days": a range of days the
    notice counts as that many days is every day of it; a range with no such count keeps its two ends."""
    text = """EXAMPLE COMMUNITY CARE - MEDICAID MANAGED CARE - FICTIONAL SAMPLE
Date of notice           11/16/2026
Member                   Kenji Example
What we decided
We will not pay for partial hospitalization days from 10/26/2026 through 10/30/2026.
Codes: H0035 x 5 days; diagnosis F31.4. Adjustment: CO-50.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["service_dates"] == ["2026-10-26", "2026-10-27", "2026-10-28", "2026-10-29", "2026-10-30"]
    uncounted = text.replace(" x 5 days", "")
    assert intake_facts.extract_facts(uncounted, today=TODAY)["service_dates"] == ["2026-10-26", "2026-10-30"]


def test_a_church_plan_named_in_spanish_outranks_the_employer_words():
    """"Plan de iglesia (no sujeto a ERISA)", a diocese's plan, and a spouse's employer plan that pays first: a
    church plan (s58-intake). The English church plan still reads as one, and a plain employer's letter stays ERISA."""
    text = """Plan de Beneficios de Salud de la Diócesis de Ejemplo
Plan de iglesia (no sujeto a ERISA) - MUESTRA FICTICIA
Fecha: 3 de noviembre de 2026
Miembro: Ramiro Ejemplo Soto

Usted también tiene cobertura por medio del empleador de su esposa, y esa cobertura paga primero (CO-22).
Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha en que reciba esta carta.
"""
    assert intake_facts.extract_facts(text, today=TODAY)["plan_type"] == "church"
    diocese = text.replace("Plan de iglesia (no sujeto a ERISA) - ", "")
    assert intake_facts.extract_facts(diocese, today=TODAY)["plan_type"] == "church"
    employer = ("EXAMPLE GROUP PLAN - FICTIONAL SAMPLE\nNotice date: November 3, 2026\nMember: Ramiro Example\n"
                "Your employer-sponsored group health plan is governed by ERISA.\n")
    assert intake_facts.extract_facts(employer, today=TODAY)["plan_type"] == "employer_erisa"


def test_a_student_plan_named_in_spanish_is_individual_coverage():
    """"Plan de Seguro Médico Estudiantil de la Universidad ..." on a portal page, as "student medical plan" in
    English: individual coverage under the ACA's market rules (s58-intake)."""
    text = """Aseguradora Ejemplo - Portal de miembros - MUESTRA FICTICIA
Plan de Seguro Médico Estudiantil de la Universidad Ejemplo 2026-2027
Detalle del reclamo
Estudiante asegurada    Lucía Ejemplo Ramos
Fecha de la decisión    25 de noviembre de 2026
Estado    Denegado
"""
    assert intake_facts.extract_facts(text, today=TODAY)["plan_type"] == "individual_aca"
    english = ("EXAMPLE UNIVERSITY STUDENT MEDICAL PLAN - FICTIONAL SAMPLE\nDecision date: November 25, 2026\n"
               "Student: Lucy Example\nThis is your student medical insurance plan's decision.\n")
    assert intake_facts.extract_facts(english, today=TODAY)["plan_type"] == "individual_aca"


def test_other_claims_listed_beside_the_denied_lines_leave_the_code_they_share():
    """A portal page's denied service lines, all one code, over "Other claims" listing a paid one with the same code:
    the code stays the denial's; the paid claim's own date goes (s58-intake)."""
    text = """Example Insurer - Member portal - FICTIONAL SAMPLE
Claim number    EX-26-0000187
Decision date    November 25, 2026
Status    Denied
Date    Code    Diagnosis    Billed    Paid    Adjustment
11/16/2026    90868    F33.1    $395.00    $0.00    CO-119
11/17/2026    90868    F33.1    $395.00    $0.00    CO-119

Other claims

Claim    Date    Code    Status
EX-26-0000915    11/03/2026    90868    Paid
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["procedure_codes"] == ["90868"]
    assert f["service_dates"] == ["2026-11-16", "2026-11-17"]


def test_no_health_plan_appeal_makes_the_fair_hearing_the_first_step():
    """A fee-for-service Medicaid notice: "there is no health plan appeal", so the hearing's own window (90 days)
    is the deadline, not a managed-care plan's 60 (s58-intake); likewise in Spanish."""
    text = """EXAMPLE STATE MEDICAL ASSISTANCE PROGRAM - FICTIONAL SAMPLE
Date of Notice: 11/27/2026
Member: Example Person
Reason: This service is not covered. This is a fee-for-service Medicaid benefit decision; there is no health
plan appeal.

YOUR RIGHT TO A FAIR HEARING
If you disagree, you must ask for a fair hearing within 90 days of the date this notice was mailed.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert (f["plan_type"], f["appeal_deadline"]) == ("medicaid", "2027-02-25")
    assert "within 90 days" in f["deadline_basis"]
    spanish = """PROGRAMA DE EJEMPLO DE MEDICAID - MUESTRA FICTICIA
Fecha del aviso: 27 de noviembre de 2026
Beneficiario: Persona Ejemplo
Esta es una decisión de Medicaid de pago por servicio: no hay apelación del plan de salud.
Puede pedir una audiencia imparcial estatal dentro de 90 días a partir de la fecha de este aviso.
"""
    assert intake_facts.extract_facts(spanish, today=TODAY)["appeal_deadline"] == "2027-02-25"


def test_a_coloured_seal_over_the_print_fades_and_the_print_stays(tmp_path):
    """A scanned page with a blue seal stamped across black print (s58-intake): the seal's pixels are coloured ink
    (their channels far apart) and fade to their lightest channel; the black letters under it and the grey paper
    stay as they were. A page of grey print holds no coloured ink and is left to the grey rendering."""
    from PIL import Image, ImageDraw

    page = Image.new("RGB", (200, 100), (245, 243, 238))
    draw = ImageDraw.Draw(page)
    draw.rectangle((20, 40, 180, 48), fill=(15, 15, 15))  # a line of print
    draw.ellipse((90, 10, 170, 90), outline=(40, 70, 190), width=6)  # the seal's ring across it
    path = tmp_path / "page.png"
    page.save(path)
    assert textract.coloured_ink_share(path) >= textract.COLOUR_SHARE
    textract.without_coloured_ink(path)
    with Image.open(path) as grey:
        assert grey.mode == "L"
        assert grey.getpixel((50, 44)) < 40  # the print
        assert grey.getpixel((93, 50)) > 170  # the ring, beside the print
        assert grey.getpixel((10, 10)) > 200  # the paper
    plain = tmp_path / "plain.png"
    Image.new("RGB", (50, 50), (128, 128, 128)).save(plain)
    assert textract.coloured_ink_share(plain) == 0.0


def test_an_add_on_line_paid_nothing_as_bundled_is_the_denial_beside_the_sessions_paid():
    """An EOB's sessions paid beside the add-on code's lines paid $0.00 with CO-97 alone (bundled into the session):
    the add-on lines are the denial, so the sessions' code is no code of it; a plan named "(individual)" on its
    "Plan:" line is individual coverage (s58-intake). A line whose $0.00 the member's deductible took stays paid."""
    text = """EXAMPLE EXCHANGE PLANS - FICTIONAL SAMPLE
Date of this notice:           November 18, 2026
Member:                        Dario Example
Plan:                          Example Silver 2500 (individual)
Claim number:                  2026-000-00812

Date         Service           Code      Diagnosis  Charged      Plan paid   You owe     Remark
10/21/2026   Therapy 45 min    90834     F43.12     $150.00      $96.00      $30.00
10/21/2026   Add-on code       90785     F43.12     $35.00       $0.00       $0.00       CO-97
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert (f["procedure_codes"], f["carc_codes"], f["plan_type"]) == (["90785"], ["CO-97"], "individual_aca")
    deductible = text.replace("$0.00       $0.00       CO-97", "$0.00       $35.00      PR-1").replace(
        "$96.00      $30.00", "$0.00       $150.00      CO-50")
    assert intake_facts.extract_facts(deductible, today=TODAY)["procedure_codes"] == ["90834"]
    family_deductible = text.replace("Plan:                          Example Silver 2500 (individual)",
                                     "Deductible met (individual): $500.00 of $2,500.00")
    assert intake_facts.extract_facts(family_deductible, today=TODAY)["plan_type"] != "individual_aca"


def test_a_temporary_code_read_with_its_s_as_a_five_under_a_code_label():
    """"(código 59480, diagnóstico F33.1)" on a screenshot: 59480 is no code this care is billed with, S9480 is,
    and a code label stands by it, so it is S9480 (s58-intake); a CPT code of this care is left as printed, and so is
    a number no label calls a code."""
    assert codes.correct_ocr_codes("un programa intensivo (código 59480, diagnóstico F33.1)") == \
        "un programa intensivo (código S9480, diagnóstico F33.1)"
    assert codes.correct_ocr_codes("intensive outpatient program (code 59480)") == \
        "intensive outpatient program (code S9480)"
    assert codes.correct_ocr_codes("Reference 59480 was opened") == "Reference 59480 was opened"
    assert codes.correct_ocr_codes("(code 90837)") == "(code 90837)"


def test_an_address_after_a_heading_in_capitals_starts_at_the_addressee():
    """"TO APPEAL A DENIED CLAIM, WRITE TO: Plan X, c/o Y, Appeals Dept, PO Box ..." : the address starts at the
    plan, not at the heading's words in capitals (s58-intake)."""
    text = """EXAMPLE ADMINISTRATORS - FICTIONAL SAMPLE
Claim printout  Printed 11/20/2026
Claim EX-2026-000045   Patient: Nora Example   DOS 10/14/2026   90837   Denied CO-29

TO APPEAL A DENIED CLAIM, WRITE TO: Example Freight Employee Benefit Plan,
c/o Example Administrators, Appeals Dept, PO Box 9000, Fort Worth, TX 76100-9000.
Appeal time limits are described in your Summary Plan Description.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["appeals_address"] == ("Example Freight Employee Benefit Plan, c/o Example Administrators, Appeals Dept, "
                                    "PO Box 9000, Fort Worth, TX 76100-9000")


def test_a_summary_notice_claim_block_dates_its_service_in_its_heading_details():
    """A Medicare Summary Notice of two claims, each "Claim n of 2 - Claim number ..." over "Provider, service on
    <date>" and its rows "Nerve block, neck facet joint, first level (64490)   No A": the denied claim's codes (a
    bracketed number after the care's words, commas between them) and its date only; the paid claim's date is its own
    (s58-intake)."""
    text = """Medicare Summary Notice for Part B (Medical Insurance) - FICTIONAL SAMPLE
EXAMPLE PERSON                                          Notice Date: November 9, 2026

Claim 1 of 2 - Claim number 26-00001-0001-217
Example Behavioral Associates, PC, service on 09/14/2026
Service provided                                         Approved?     Medicare paid You may be billed
Office visit, established patient (99214)                Yes           $96.14       $24.54

Claim 2 of 2 - Claim number 26-00002-0002-044
Example Interventional Pain, PLLC, service on 10/06/2026
Service provided                                         Approved?     Medicare paid You may be billed
Nerve block, neck facet joint, first level (64490)       No A          $0.00        $612.00
Nerve block, neck facet joint, added level (64491)       No A          $0.00        $534.00
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["claim_number"] == "26-00002-0002-044"
    assert (f["procedure_codes"], f["service_dates"]) == (["64490", "64491"], ["2026-10-06"])


def test_a_spanish_care_named_at_length_before_its_bracketed_code():
    """"bloqueo del ganglio estrellado guiado por imagen (64510)": the Spanish words that say which block come after
    it, six of them here, and the bracketed number is its code (s58-intake)."""
    text = """TRICARE - MUESTRA FICTICIA
Fecha del aviso: 29 de octubre de 2026
Beneficiario: Persona Ejemplo

Servicio: bloqueo del ganglio estrellado guiado por imagen (64510), dado el
6 de octubre de 2026, para trastorno de estrés postraumático crónico (F43.12).
"""
    assert intake_facts.extract_facts(text, today=TODAY)["procedure_codes"] == ["64510"]


def test_a_claim_heading_whose_number_opens_with_seven_digits():
    """"CLAIM 2026301 00917 - DENIED" over its rows: the whole number, its first group seven digits long (a TRICARE
    claim), not its first group alone (s58-intake)."""
    text = """TRICARE EXPLANATION OF BENEFITS - FICTIONAL SAMPLE
Date of notice: 11/05/2026                        Beneficiary: Example Person

CLAIM 2026287 00412 - PAID
Example Counseling  09/30/2026  90837  F33.2  billed $210.00  paid $151.20
CLAIM 2026301 00917 - DENIED
Example Infusion Clinic, LLC
Service dates    Procedure     Diagnosis     Billed        Allowed       Remark
10/14/2026       96365         F33.2         $380.00       $0.00         CO-56
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert (f["claim_number"], f["procedure_codes"], f["service_dates"]) == ("2026301 00917", ["96365"],
                                                                             ["2026-10-14"])


def test_an_f_read_as_a_slash_opens_a_diagnosis_in_brackets():
    """OCR's "/" for an F whose bars it lost, after a condition's name: "(/33.3)" is F33.3 (s58-intake); a slash in
    brackets with no condition named before it is left alone."""
    assert codes.correct_ocr_codes("for major depression, recurrent, severe (/33.3), We cannot pay it") == \
        "for major depression, recurrent, severe (F33.3), We cannot pay it"
    assert codes.correct_ocr_codes("por trastorno de ansiedad generalizada (/41.1).") == \
        "por trastorno de ansiedad generalizada (F41.1)."
    assert codes.correct_ocr_codes("Page total (/12.5)") == "Page total (/12.5)"


def test_a_small_l_read_for_a_names_first_capital_i():
    """OCR's "lleana Cordero Batista" for Ileana under a name label: no name opens with a small l, so it is an I
    (s58-intake); a particle ("la") inside a name stays."""
    text = """EJEMPLO SALUD - MUESTRA FICTICIA
Fecha de emisión:                  3 de noviembre de 2026
Asegurada:                         lleana Cordero Batista
"""
    assert intake_facts.extract_facts(text, today=TODAY)["patient_name"] == "Ileana Cordero Batista"
    particle = text.replace("lleana Cordero Batista", "María de la Cruz Ejemplo")
    assert intake_facts.extract_facts(particle, today=TODAY)["patient_name"] == "María de la Cruz Ejemplo"


def test_a_16_bit_scan_keeps_its_ink_for_ocr(tmp_path):
    # Pillow's own conversion to 8 bits clips everything above 255 to white: a 16-bit greyscale scan lost all its
    # text (intake set 33, notice 06, written blind)
    import array

    from PIL import Image

    from appeal_kit.intake.textract import eight_bit, prepare_photo

    # white paper with a band of ink: dark (4000 of 65535), yet far above 255 in 16 bits
    values = array.array("H", [4000 if 20 <= y < 60 and 20 <= x < 200 else 65535 for y in range(200)
                               for x in range(400)])
    scan = Image.frombytes("I;16", (400, 200), values.tobytes())
    assert eight_bit(scan).getpixel((30, 30)) < 20 and eight_bit(scan).getpixel((300, 150)) == 255
    scan.save(tmp_path / "scan.png")
    with Image.open(prepare_photo(tmp_path / "scan.png", tmp_path / "out.png")) as ready:
        assert ready.mode == "L" and ready.getextrema()[0] < 20


def test_a_portal_claim_detail_above_a_list_of_recent_claims():
    """A portal page's claim detail (its labelled number over a table of its lines) above a list of recent claims,
    where the denied claim's one row stands for all its lines ("90792 +2", its first date only): every date of the
    detail is the denial's, in English and Spanish (s59-intake)."""
    text = """Example Health - FICTIONAL SAMPLE
Claim number:    EX-26-0001
Patient:    Person Example
Notice issued:    November 12, 2026
Date of service    Code    Diagnosis    Billed    Paid    Adjustment
10/06/2026    90792    F33.1    $425.00    $0.00    CO-242
10/20/2026    99214    F33.1    $240.00    $0.00    CO-242

Your recent claims

Claim    First date    Provider    Codes    Status    Plan paid
EX-26-0002    09/29/2026    Example Clinic    99213    Paid    $96.40
EX-26-0001    10/06/2026    Example Doctor    90792 +1    Denied    $0.00
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert (f["claim_number"], f["service_dates"], f["procedure_codes"]) == \
        ("EX-26-0001", ["2026-10-06", "2026-10-20"], ["90792", "99214"])
    spanish = """Ejemplo Salud - MUESTRA FICTICIA
Fechas en formato día/mes/año.
Número de reclamo:    EJ-26-0001
Paciente:    Persona Ejemplo
Fecha del servicio    Código    Diagnóstico    Cobrado    Pagado    Ajuste
15/10/2026    90832    F43.22    $95.00    $0.00    CO-16
29/10/2026    90832    F43.22    $95.00    $0.00    CO-16

Reclamos recientes

Reclamo    Primera fecha    Proveedor    Códigos    Estado    Pagado
EJ-26-0002    01/10/2026    Centro Ejemplo    90791    Pagado    $182.00
EJ-26-0001    15/10/2026    Centro Ejemplo    90832    Denegado    $0.00
"""
    f = intake_facts.extract_facts(spanish, today=TODAY)
    assert (f["claim_number"], f["service_dates"]) == ("EJ-26-0001", ["2026-10-15", "2026-10-29"])


def test_a_claim_table_whose_amounts_stand_one_space_apart():
    """A plain-text statement with a claim column whose long billed amount leaves one space before the paid one
    ("$1,188.00 $0.00"): the amounts are two cells, so the $0.00 rows are the denied claim's; and a table whose
    cells are two spaces apart is no page of two columns (s59-intake)."""
    text = """EXAMPLE MUTUAL - CLAIM STATEMENT (FICTIONAL SAMPLE)
Statement Date: 11/27/2026
Member: Person Example

CLAIM NO.      PROVIDER                  DOS          CODE   UNITS  BILLED    PAID     RSN
EX-26-4470911  Example Psychiatry        10/20/2026   90792      1  $310.00   $248.00
EX-26-4471802  Example Psychiatry        11/02/2026   J0013     56  $1,188.00 $0.00    S7
EX-26-4471802  Example Psychiatry        11/05/2026   99415      1  $140.00   $0.00    S7
EX-26-4472290  Example Psychiatry        11/09/2026   99214      1  $205.00   $164.00
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert (f["claim_number"], f["service_dates"], sorted(f["procedure_codes"])) == \
        ("EX-26-4471802", ["2026-11-02", "2026-11-05"], ["99415", "J0013"])


def test_amounts_with_a_decimal_comma_tell_paid_lines_from_denied():
    """A Spanish EOB writes its amounts with a decimal comma ("612,40", "0,00"): the lines paid are told from the
    lines denied, and their dates and codes are not the denial's (s59-intake)."""
    text = """EJEMPLO SALUD - MUESTRA FICTICIA
Fecha de emisión       16 de noviembre de 2026
Paciente               Persona Ejemplo
Núm. de reclamación:   2610-EJ-0001
Las fechas se muestran como DD/MM/AAAA
Fecha       Código   Servicio                 Diag.  Cobrado    Pagado   Ajuste
20/10/2026  90870    terapia                  F33.2  890,00     612,40
27/10/2026  90870    terapia                  F33.2  890,00     612,40
27/10/2026  00104    anestesia                F33.2  1.410,00   0,00     CO-4
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert (f["service_dates"], f["procedure_codes"]) == (["2026-10-27"], ["00104"])


def test_a_claim_heading_closed_by_a_full_stop():
    """A Medicare Summary Notice's blocks headed "Provider. Claim number X." over rows with "Yes"/"No" under
    "Approved?": the full stop after the number ends a heading, not a sentence, so the denied block is found
    (s59-intake)."""
    text = """Medicare Summary Notice for Part B - FICTIONAL SAMPLE
Notice date:       November 6, 2026
Name:              Person Example
Example Associates. Claim number 12-26300-000-120.
Service                                       Approved?    Amount Medicare paid
Oct 2, 2026 psychotherapy (90834)             Yes          $86.19
Example TMS Clinic. Claim number 12-26302-000-930.
Service                                       Approved?    Amount Medicare paid
Oct 5, 2026 magnetic stimulation (90868)      No           $0.00
Oct 6, 2026 magnetic stimulation (90868)      No           $0.00
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert (f["claim_number"], f["service_dates"], f["procedure_codes"]) == \
        ("12-26302-000-930", ["2026-10-05", "2026-10-06"], ["90868"])


def test_a_heading_in_capitals_parts_the_sentences_round_it():
    """A sentence that lost its full stop ("... no es una apelación"), then a heading in capitals on its own line, then
    the appeal's time limit: the limit is its own sentence, not one the "no es una apelación" before it cancels
    (s59-intake)."""
    from appeal_kit.intake import deadlines

    text = """Su proveedor puede enviar un reclamo corregido; un reclamo corregido no es
una apelación
SUS DERECHOS DE APELACIÓN
Usted tiene 180 días a partir de la fecha en que reciba esta Explicación de Beneficios para apelar.
"""
    stated = deadlines.find_stated_deadline(text, date(2026, 11, 16))
    assert stated is not None and stated.days == 180
    # a sentence in capitals wrapped over two lines stays one sentence
    assert deadlines.sentences("YOU HAVE 60 DAYS TO ASK\nFOR AN APPEAL.") == ["YOU HAVE 60 DAYS TO ASK FOR AN APPEAL."]


def test_a_step_after_the_hearing_leaves_the_hearing_the_first_appeal():
    """A fee-for-service notice whose only appeal is the fair hearing, and which then says what may follow it ("Si
    después de la audiencia no está de acuerdo ..., puede pedir que se reconsidere"): the step after the hearing is
    no appeal to the plan, so the hearing's limit is the appeal's; its request's address is the appeals address
    (s59-intake)."""
    text = """Programa Medicaid (pago por servicio) - MUESTRA FICTICIA
Fecha del aviso: 25 de noviembre de 2026
Nombre: Persona Ejemplo

Usted no tiene una apelación previa con un plan: la audiencia imparcial estatal es el
primer paso. Debe pedirla dentro de 90 días a partir de la fecha de envío de este aviso.

Envíe su solicitud de audiencia a:

Oficina de Audiencias Ejemplo

Apartado Postal 0106

Helena, MT 59604-0106

Si después de la audiencia no está de acuerdo con la decisión, puede pedir que se reconsidere o apelar
al tribunal dentro de 30 días.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["appeal_deadline"] == "2027-02-23"
    assert f["appeals_address"] == "Oficina de Audiencias Ejemplo, Apartado Postal 0106, Helena, MT 59604-0106"


def test_an_article_before_the_addressee_is_the_sentences():
    """"Address your appeal to the Example Benefits Trust, ...": the lower-case article is the sentence's, not the
    addressee's (s59-intake)."""
    text = """Example Benefits Trust - FICTIONAL SAMPLE
Date: 11/02/2026
If you disagree, you may ask for an appeal. Address your appeal to the Example Benefits Trust, Attention: Appeals
Committee, 515 Example Road, Grand Rapids, MI 49503.
"""
    assert intake_facts.extract_facts(text, today=TODAY)["appeals_address"] == \
        "Example Benefits Trust, Attention: Appeals Committee, 515 Example Road, Grand Rapids, MI 49503"


def test_two_columns_beside_a_label_that_wrapped_without_its_colon():
    """A letter set in two columns, its left one a table of labels and values whose first label wrapped in its cell
    ("Determination    November 24, 2026" over "date:"), its right one the appeal rights and the address: the
    columns are read one after the other and the label made whole (s59-intake)."""
    text = """Example Student Health Plan - FICTIONAL SAMPLE

Notice of denial of a request for prior approval
About this decision                                                     Your right to appeal
 Determination              November 24, 2026                           You or your provider may appeal within 180 days of
 date:                                                                  receiving this notice. Include any records that show trials
 Member:                    Person Example                              of other medicines, or why they would not be safe for
 Member ID:                 EXM-0000001                                 you.
 Request #:                 PA2611-0000-S                               If waiting 15 days could seriously harm your health, ask
 Service:                   esketamine nasal spray, J0013               for an expedited appeal; we decide expedited appeals
                                                                        within 72 hours.
 Diagnosis:                 F33.2                                       Send appeals to:
We denied this request for prior approval. Under the                    Example Life and Health
plan's step therapy rules, esketamine is approved after                 Student Health Plan Appeals
trials of two oral antidepressants from different classes               PO Box 7719
and one augmentation trial.                                             Hartford, CT 06102-7719
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert (f["notice_date"], f["appeal_deadline"]) == ("2026-11-24", "2027-05-23")
    assert f["appeals_address"] == "Example Life and Health, Student Health Plan Appeals, PO Box 7719, Hartford, CT 06102-7719"


def test_a_table_header_under_a_line_that_only_looked_like_one():
    """A photo's specks make the sentence over a table look like a row of cells ("... one day at a time:    .    ,"):
    the real header under it ("Day  Code  Diagnosis  Decision") still leads its rows of dates (s59-intake)."""
    text = """Example Trust - FICTIONAL SAMPLE
Date: 11/02/2026
Member: Person Example
The program billed one day at a time:           .                                              ,
Day               Code Diagnosis    Decision
10/26/2026 H0035 F33.2           Denied - CO-50
10/27/2026    H0035    F33.2           Denied - CO-50
"""
    assert intake_facts.extract_facts(text, today=TODAY)["service_dates"] == ["2026-10-26", "2026-10-27"]


def test_spanish_ocr_and_wording_of_a_separate_chip():
    """A separate CHIP that names Medicaid only to say it is apart from it ("separado de Medicaid") is CHIP; OCR's
    "n.2" for "n.º" still labels the claim number; care a sentence says was paid ("del 3 de febrero al 11 de noviembre
    de 2026, se pagaron") gives no date of the denial (s59-intake)."""
    text = """Plan Infantil Ejemplo
Programa de Seguro Médico Infantil (CHIP) de Colorado, separado de Medicaid
Fecha: 2 de diciembre de 2026

Asunto: reclamación n.2 CK26-00000-19 de su hija Persona Ejemplo

Le escribimos sobre las sesiones de psicoterapia (código 90837) que
su hija recibió los días 18 y 25 de noviembre de 2026. No podemos pagar estas dos sesiones. Las 20 consultas
anteriores, del 3 de febrero al 11 de noviembre de 2026,
se pagaron.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert (f["plan_type"], f["claim_number"], f["service_dates"]) == \
        ("chip", "CK26-00000-19", ["2026-11-18", "2026-11-25"])


def test_care_listed_on_these_dates_and_care_the_plan_allowed():
    """A letter that names the care with its codes, then "on these dates:" over a row of dates alone: every date of
    the row is the denial's; a later sentence's "Treatments from 20-OCT-2026 on were authorized" gives care the plan
    allowed, no date of the denial (s59-intake)."""
    text = """Example State Employees Plan - FICTIONAL SAMPLE
Letter date: November 5, 2026
Member ID: SEG-00000001          Claim number: SEGHP-26-000019

We reviewed the claim from Example Hospital for electroconvulsive therapy
and its anesthesia (codes 90870 and 00104; diagnosis F33.2) on these dates:
14-OCT-2026      16-OCT-2026     19-OCT-2026

The claim is therefore denied (adjustment code CO-197). Treatments from 20-OCT-2026 on were
authorized under PA-77120 and will be paid on a separate claim.
"""
    assert intake_facts.extract_facts(text, today=TODAY)["service_dates"] == \
        ["2026-10-14", "2026-10-16", "2026-10-19"]


def test_a_portal_decision_details_heading_names_the_request():
    """A drug plan's portal page: "Detalle de la decisión: CD-ES-26-00001" (or "Decision details: ...") over the
    decision names the request the notice is about (s59-intake)."""
    text = """Ejemplo Rx - Portal para miembros - MUESTRA FICTICIA

Detalle de la decisión: CD-ES-26-00001

Fecha de la decisión: 24 de noviembre de 2026
Miembro: Persona Ejemplo
"""
    assert intake_facts.extract_facts(text, today=TODAY)["claim_number"] == "CD-ES-26-00001"
    english = text.replace("Detalle de la decisión", "Decision details")
    assert intake_facts.extract_facts(english, today=TODAY)["claim_number"] == "CD-ES-26-00001"


def test_a_decision_made_in_the_fast_time_is_urgent():
    """"We made this decision within 72 hours (expedited review)": only an urgent request is decided in the fast
    time, so the notice is urgent, in English and Spanish; a plan's promise to decide a fast appeal in 72 hours is
    not (s59-intake)."""
    for text in ("Because your doctor told us waiting could harm your health, we made this decision within 72 hours.",
                 "Por eso tomamos esta decisión en 72 horas."):
        assert intake_facts.extract_facts("Example Plan - FICTIONAL SAMPLE\n" + text, today=TODAY)["urgent"] is True
    assert intake_facts.extract_facts("Example Plan - FICTIONAL SAMPLE\nIf you ask for a fast appeal, we decide "
                                      "within 72 hours.", today=TODAY)["urgent"] is False


def test_a_notice_date_that_is_also_a_date_of_service_is_never_taken_silently():
    """A layout that runs a label's value into a table's row can make a service row's date the best-placed notice date
    candidate: it is then marked to check, with why (s59-intake)."""
    facts: dict = {"notice_date": None}
    ev: dict = {}
    uncertain: dict = {}
    doc = intake_facts.Doc.of("Statement date:\n10/01/2026  99213  $185.00  $82.40\n")
    service = {date(2026, 10, 1): "10/01/2026  99213  $185.00  $82.40"}
    intake_facts._pick_notice_date(doc, facts, ev, uncertain, {}, births={}, services=service, today=TODAY)
    assert facts["notice_date"] == "2026-10-01" and "date of service" in str(uncertain["notice_date"])


# s63-intake, part A (the contract, docs/intake.md "A decision on an appeal"): a notice that decides an appeal and
# leaves no internal appeal gives the next level's window, counted from its own date
def test_a_decision_on_an_appeal_gives_the_next_levels_window():
    stated = """Example Federal Carrier (FICTIONAL)
Reconsideration decision
Reconsideration decision date:   18-Nov-2026
Member:                          Ana B. Example
Member ID:                       EX 000 0001
You asked us to reconsider our denial of the claim for care given on 09/30/2026. We have affirmed the denial.
If you disagree, you may ask the U.S. Office of Personnel Management to review our decision. You must write
to OPM within 90 days from the date of this letter. Write to:
Office of Personnel Management (sample)
Review Group 9
PO Box 10455
Washington, DC 20044
"""
    f = intake_facts.extract_facts(stated, today=TODAY)
    assert f["appeal_deadline"] == "2027-02-16" and "within 90 days from the date of this letter" in f["deadline_basis"]
    # no window printed: the next level's rule for the plan type, from the decision's date (OPM, 90 days)
    unstated = stated.replace("You must write\nto OPM within 90 days from the date of this letter. ", "")
    g = intake_facts.extract_facts(unstated.replace("Example Federal Carrier", "Example FEHB carrier"), today=TODAY)
    assert g["plan_type"] == "fehb" and g["appeal_deadline"] == "2027-02-16", g["deadline_basis"]
    assert "Office of Personnel Management" in g["deadline_basis"]
    # OCR's "intemal" and "extemal" for a final internal decision's words; the external review's date stated
    fax = """Example Benefit Administrators (FICTIONAL)
December 1, 2026
RE: Level 2 appeal - final intemal decision
Member ID:   EXM 0001
Decision: the denial is UPHELD.
Because this is the final intemal decisioi, you may ask that an independent review organization look at it. Your
written request must be received no later than April 1, 2027.
Send your request for extemal review to:
Example Employee Health Plan
External Review Requests
PO Box 40817
Columbus, OH 43240
"""
    h = intake_facts.extract_facts(fax, today=TODAY)
    assert h["appeal_deadline"] == "2027-04-01"
    assert h["appeals_address"] == "Example Employee Health Plan, External Review Requests, PO Box 40817, Columbus, OH 43240"
    # a first-level decision that offers a second level keeps the plan's own window
    first = fax.replace("RE: Level 2 appeal - final intemal decision", "RE: Level 1 appeal decision").replace(
        "December 1, 2026", "Date of decision: November 20, 2026").replace(
        "Because this is the final intemal decisioi, you may ask that an independent review organization look at it. "
        "Your\nwritten request must be received no later than April 1, 2027.",
        "You may ask for a second-level appeal within 60 days of the date of this letter.")
    assert intake_facts.extract_facts(first, today=TODAY)["appeal_deadline"] == "2027-01-19"


# the contract's (2) and (3): a decision date over a mailing date in either order; the denied claim's number over
# the appeal's reference printed beside it
@pytest.mark.parametrize("first, second", [("Date mailed: November 12, 2026", "Date of decision: November 10, 2026"),
                                           ("Date of decision: November 10, 2026", "Mailed on: November 12, 2026")])
def test_an_appeal_decisions_date_and_claim_number(first, second):
    text = f"""Example Health Plan (FICTIONAL)
Appeal decision
{first}
{second}
Member: Ana Example
Appeal number: APL-26-0001
Claim number: CLM-26-5555
We denied your claim for care on 10/01/2026 (90837). We have upheld the denial.
You may ask for an external review within 4 months of the date of this letter.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert (f["notice_date"], f["claim_number"], f["appeal_deadline"]) == ("2026-11-10", "CLM-26-5555", "2027-03-10")


# s63-intake, group B (a stated window the member is given, its subject left out) and group I (an ID printed in
# groups inside a sentence that ends on it)
def test_a_window_given_to_the_member_and_a_grouped_id_that_ends_a_sentence():
    text = """Aseguradora de Ejemplo (MUESTRA FICTICIA)
Chicago, 19 de noviembre de 2026
Estimada Sra. Ana Ejemplo:
Le enviamos la Explicación de Beneficios de su reclamo EJ-26-1022-90318. Su número de miembro
es EJM 6609 4421. No pagamos las infusiones que recibió el 22/10/2026 (96365): su póliza las excluye.
Si no está de acuerdo, puede apelar. Tiene 180 días a partir de la fecha en que reciba esta carta. Envíe su
apelación a:
Aseguradora de Ejemplo
Apartado Postal 80417
Chicago, IL 60680
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["member_id"] == "EJM 6609 4421"
    assert "Tiene 180 días a partir de la fecha en que reciba esta carta" in f["deadline_basis"]
    english = ("Example Health Plan (FICTIONAL)\nNovember 19, 2026\nWe denied your claim for care on 10/22/2026 (96365)."
               " If you disagree, you may appeal. You have 120 days from the date of this letter.\n")
    assert intake_facts.extract_facts(english, today=TODAY)["appeal_deadline"] == "2027-03-19"


# s63-intake, group G: an address block that a page break splits below its Attn line (the text layer's form feed
# read as a second blank line)
def test_an_address_block_split_by_a_page_break_below_its_attn_line():
    text = """Example Rx Plan (FICTIONAL)
Date of notice: 11/24/2026
We denied your request for a drug. You may ask for a redetermination within 65 days of the date of this notice.
Mail your written request for a redetermination to the address below. It is not the address at the top of this
letter, which is our mail center.
Example Rx Plan
Attn: Part D Redeterminations

\fPO Box 77302
Louisville, KY 40277
"""
    assert intake_facts.extract_facts(text, today=TODAY)["appeals_address"] == \
        "Example Rx Plan, Attn: Part D Redeterminations, PO Box 77302, Louisville, KY 40277"


# s63-intake, group E: a document's title or a reviewer's office is no patient; OCR's colon for an initial's full stop
def test_a_statements_title_is_no_patient_and_a_colon_after_an_initial():
    text = """Example Health Plan (FICTIONAL)
Member Claims Statement
Statement issued:        11/30/2026                        Member:                 Jerome T: Example
Member ID:               EXH 6620 4417                     Plan:                   Example Silver EPO
Claim               Date        Code   Diagnosis   Billed    Paid   Adjustment
EX-26-1028-330419   10/28/2026  64405  G43.709     $620.00   $0.00  CO-242
"""
    assert intake_facts.extract_facts(text, today=TODAY)["patient_name"] == "Jerome T. Example"
    qic = """Example Medicare Contractor (FICTIONAL)
Medicare Redetermination Notice
You may ask for a reconsideration. Send it to:
Part B East Pinecrest QIC
Reconsideration Requests
PO Box 183092
Columbus, OH 43218
"""
    assert intake_facts.extract_facts(qic, today=TODAY)["patient_name"] is None


# s63-intake, group C: an appeal decision's table of lines under a "Result" column, some approved on appeal and some
# still denied: the denial is the lines still denied
def test_lines_approved_on_appeal_are_none_of_the_denial():
    rows = "\n".join([f"10/0{d}/2026    H0035    Approved on appeal" for d in (5, 6, 7)] +
                     [f"10/1{d}/2026    H0035    Denied - CO-50" for d in (2, 3)])
    text = f"""Example Student Health Plan (FICTIONAL)
Date of decision:    10/30/2026
Claim number:    EXM-2610-40551
We have reviewed your second-level appeal of the partial hospitalization program. The denial is partly overturned.

Date    Code    Result
{rows}

We will pay the first three days. The last two days remain denied.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["service_dates"] == ["2026-10-12", "2026-10-13"] and f["carc_codes"] == ["CO-50"]


# s63-intake, group F: a drug's exception refused, named as such, is docs/domain.md's category (a formulary exception
# not_covered, a tiering exception other), over the step-therapy words that list the drugs to try
@pytest.mark.parametrize("said, category", [
    ("We denied your request for a formulary exception. The drug you asked for is not on our Drug List.", "not_covered"),
    ("You asked us to cover the drug at the cost sharing of our preferred drugs. We denied this tiering exception.",
     "other")])
def test_a_drug_exception_refused_gives_its_category(said, category):
    text = f"""Example Rx Plan (FICTIONAL)
Notice of Denial of Medicare Prescription Drug Coverage
Date of notice: 11/24/2026
{said}
We can approve it after a trial of at least two Drug List antidepressants, or a reason they cannot be used.
"""
    assert intake_facts.extract_facts(text, today=TODAY)["denial_category"] == category


# s63-intake, group B and G: a letter's "Your right to appeal" printed beside its table of facts and lines (a text
# PDF's two columns): the window's sentence read from its own column, the address block from its own cells
def test_an_appeal_column_beside_a_table_of_facts():
    text = """Example KidsCare Health Plan (FICTIONAL)
PO Box 2270, Wichita, KS 67201

 Notice date:                November 19, 2026
                                                                          Why we denied it
 Child (patient):            Noah Example
                                                                        CO-197: Family therapy after the eighth visit
 KidsCare ID:                EKC-7720193                                needs our approval before it is given. We had no
 Claim:                      2026-1119-CHP-0047                         approval on file for these two visits.
 Provider:                   Example Family Counseling
                                                                          Your right to appeal
 Diagnosis:                  F43.23
                                                                        You can ask us for an appeal within 60 days from the date
 Parent or guardian:         Leah Example                               of this notice. Send it to:
 Date                         Code               Reason                 Example KidsCare Health Plan
                                                                        Appeals and Grievances
 11/04/2026                   90847              CO-197
                                                                        1500 SW Example Blvd, Suite 800
 11/11/2026                   90847              CO-197                 Topeka, KS 66612
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert "You can ask us for an appeal within 60 days from the date of this notice" in f["deadline_basis"]
    assert f["appeals_address"] == \
        "Example KidsCare Health Plan, Appeals and Grievances, 1500 SW Example Blvd, Suite 800, Topeka, KS 66612"


# s63-intake: "final decision" opening a sentence's wrapped line is no heading, so a first denial that says what
# follows a final decision keeps its own window (blind-fresh22 11, which the next level's rule would have changed)
def test_final_decision_at_a_wrapped_lines_start_is_no_heading():
    text = """Example Employee Plan (FICTIONAL)
Date: November 9, 2026
We denied the claim for family therapy on 10/06/2026 (90847). You may appeal this determination within 180 days
of the date of this letter. Do not send appeals to our claims office. After the Plan's
final decision on appeal you may have the right to an external review by an independent organization.
"""
    f = intake_facts.extract_facts(text, today=TODAY)
    assert f["appeal_deadline"] == "2027-05-08"
