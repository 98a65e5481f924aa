"""Generate the evidence files of the FICTIONAL sample cases in this folder.

How to run (from the repository root; needs reportlab and python-docx, both in the test extras):

    /tmp/venv/bin/python evidence_samples/make_samples.py

It (re)writes, for evidence_samples/ketamine-trd/:
    denial/denial-notice.pdf                          2-page denial letter with a text layer
    clinical/progress-notes.pdf                       3 pages of psychiatric progress notes
    clinical/medication-trial-history.docx            a Word table of treatment trials (exercises DOCX -> PDF)
    literature/sanacora-2017-consensus-summary.pdf    1 page: citation plus a summary in our own words
    literature/{zarate-2006,murrough-2013,anand-2023}-summary.pdf   2 pages each: the evidence library's citation,
                                                    summary and claim (our words), then a page of reading notes

and for evidence_samples/spravato-step-therapy/: denial/prior-authorization-denial.pdf, clinical/pharmacy-fill-
history.pdf, clinical/progress-notes.pdf, clinical/treatment-trial-history.docx, literature/popova-2019-summary.pdf;
for evidence_samples/out-of-network-gap/: denial/explanation-of-benefits.pdf, clinical/referral-and-progress-
notes.pdf, other/network-search-results.pdf and other/superbill.pdf (made by appeal-kit's own superbill code
through LibreOffice, so it needs soffice and is not byte-for-byte reproducible). Name samples on the command line
to make only those: `make_samples.py out-of-network-gap`.

Names, identifiers and the patient's treatment history are read from the case's case.yaml, so the evidence and
the case file cannot drift apart. Everything is invented: every page says so in its footer. The
PDFs are byte-for-byte reproducible (reportlab's invariant mode); the .docx is not (python-docx stamps the
zip entries with the current time), so commit it only when its content changed.
"""
from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1  # fixed creation dates and document IDs: reproducible PDFs

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import LETTER  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import inch  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))  # run from a source checkout without installing

from appeal_kit.case.folder import (  # noqa: E402
    parse_date,
    read_yaml,
    to_plain as _plain,  # noqa: E402
)
from appeal_kit.letter import cite  # noqa: E402
from appeal_kit.letter.wording import join_and, longdate  # noqa: E402

FICTIONAL = "FICTIONAL SAMPLE — not a real patient, plan or provider. All names and numbers are invented."
FONT_DIR = Path("/usr/share/fonts/truetype/liberation2")


def _fonts() -> tuple[str, str]:
    """Liberation Sans if installed (embedded, full Unicode), else the built-in Helvetica."""
    regular, bold = FONT_DIR / "LiberationSans-Regular.ttf", FONT_DIR / "LiberationSans-Bold.ttf"
    if regular.is_file() and bold.is_file():
        pdfmetrics.registerFont(TTFont("Sans", str(regular)))
        pdfmetrics.registerFont(TTFont("Sans-Bold", str(bold)))
        pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans", boldItalic="Sans-Bold")
        return "Sans", "Sans-Bold"
    return "Helvetica", "Helvetica-Bold"


SANS, SANS_BOLD = _fonts()
BODY = ParagraphStyle("body", fontName=SANS, fontSize=10, leading=13.5, spaceAfter=7)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11, spaceAfter=3)
H1 = ParagraphStyle("h1", parent=BODY, fontName=SANS_BOLD, fontSize=13, leading=16, spaceAfter=8)
H2 = ParagraphStyle("h2", parent=BODY, fontName=SANS_BOLD, fontSize=10.5, leading=14, spaceBefore=4,
                    spaceAfter=4)
RIGHT = ParagraphStyle("right", parent=SMALL, alignment=TA_RIGHT)
GRID = TableStyle([
    ("FONTNAME", (0, 0), (-1, -1), SANS), ("FONTSIZE", (0, 0), (-1, -1), 9),
    ("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8ECF2")), ("FONTNAME", (0, 0), (-1, 0), SANS_BOLD),
])


NORTHWIND_CONTACT = "PO Box 91733 · Portland, OR 97291-0733 · Member Services (800) 555-0163 (TTY 711)"


def _page_furniture(letterhead: str | None, contact: str = NORTHWIND_CONTACT):
    """Draw the fictional-sample footer and page number on every page (plus a letterhead band if given)."""
    def draw(canvas, doc):
        canvas.saveState()
        width, height = LETTER
        if letterhead:
            canvas.setFillColor(colors.HexColor("#1F3A5F"))
            canvas.rect(0, height - 0.95 * inch, width, 0.95 * inch, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            canvas.setFont(SANS_BOLD, 16)
            canvas.drawString(inch, height - 0.55 * inch, letterhead)
            canvas.setFont(SANS, 8.5)
            canvas.drawString(inch, height - 0.78 * inch, contact)
        canvas.setFillColor(colors.HexColor("#B00020"))
        canvas.setFont(SANS_BOLD, 8)
        canvas.drawCentredString(width / 2, 0.72 * inch, FICTIONAL)
        canvas.setFillColor(colors.black)
        canvas.setFont(SANS, 8)
        canvas.drawRightString(width - inch, 0.72 * inch - 11, f"Page {doc.page}")
        canvas.restoreState()
    return draw


def _build_pdf(path: Path, story: list, *, title: str, letterhead: str | None = None, top: float = 1.0,
               contact: str = NORTHWIND_CONTACT):
    path.parent.mkdir(parents=True, exist_ok=True)
    # Bottom margin 1.1 in: the packet stamps its Bates number in the bottom 0.6 in, the footer sits above it.
    doc = SimpleDocTemplate(str(path), pagesize=LETTER, leftMargin=inch, rightMargin=inch,
                            topMargin=(1.3 if letterhead else top) * inch, bottomMargin=1.1 * inch,
                            title=title, author="appeal-kit sample generator (fictional)")
    furniture = _page_furniture(letterhead, contact)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)


def _table(rows: list[list[str]], widths: list[float]) -> Table:
    cells = [[Paragraph(c, SMALL) for c in row] for row in rows]
    table = Table(cells, colWidths=[w * inch for w in widths], repeatRows=1)
    table.setStyle(GRID)
    return table


def _esc(text) -> str:
    """reportlab Paragraphs take a little XML markup, so escape data before putting it in one."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _br(text: str) -> str:
    return _esc(text).replace("\n", "<br/>")


# ---------------------------------------------------------------------------------------------- ketamine-trd

PROVIDER = "Cascade Ridge Behavioral Health"
PROVIDER_ADDRESS = "1450 Willamette Street, Suite 300, Eugene, OR 97401"
PSYCHIATRIST = "Miriam Osei, MD"
NPI = "1999999992"  # deliberately not a registered NPI
GROUP = "Lane Valley Woodworks, Inc. Employee Health Plan (group 0048213)"
CARC_50 = ("CO-50, the Plan does not consider the service medically necessary (group code CO: contractual "
           "obligation; a network provider may not bill you for this amount).")


def denial_notice(case: dict, out: Path) -> None:
    p, c = case["patient"], case["claim"]
    # Summaries in our own words (CPT descriptors are AMA text; see docs/domain.md, "Billing codes").
    codes = {"96365": ("IV infusion, first hour", 380), "96366": ("IV infusion, each added hour", 140),
             "J3490": ("Unclassified drug: ketamine HCl 50 mg, NDC 0409-2051-05", 45)}
    lines = [["Date of service", "Codes", "Services (summary)", "Billed", "Allowed", "Status"]]
    per_visit = sum(codes[code][1] for code in c["procedure_codes"])
    for d in c["service_dates"]:
        lines.append([longdate(d), "<br/>".join(c["procedure_codes"]),
                      "<br/>".join(codes[code][0] for code in c["procedure_codes"]),
                      f"${per_visit:,.2f}", "$0.00", "Denied (CO-50)"])
    lines.append(["Total", "", "", f"${per_visit * len(c['service_dates']):,.2f}", "$0.00", ""])
    story = [
        Paragraph(f"{longdate(c['notice_date'])}", BODY),
        Paragraph(f"{_esc(p['name'])}<br/>{_br(p['address'])}", BODY),
        Spacer(1, 6),
        Paragraph("Notice of Adverse Benefit Determination", H1),
        _table([["Member", "Member ID", "Claim number", "Group"],
                [_esc(p["name"]), p["member_id"], c["number"], _esc(GROUP)]], [1.3, 1.25, 1.75, 2.2]),
        Spacer(1, 8),
        Paragraph(f"Dear {_esc(p['name'])}:", BODY),
        Paragraph(f"We reviewed the claim from {PROVIDER} ({PSYCHIATRIST}, NPI {NPI}), {PROVIDER_ADDRESS}, for "
                  f"services on {join_and([longdate(d) for d in c['service_dates']])}. The claim has been "
                  "<b>denied</b>. You are not responsible for the denied amount if the provider is in our network.",
                  BODY),
        _table(lines, [1.2, 0.6, 2.3, 0.7, 0.6, 1.1]),
        Spacer(1, 8),
        Paragraph("Diagnosis on the claim: F33.2 (major depressive disorder, recurrent, severe, without psychotic "
                  "features). You may ask us for the meaning of any diagnosis or treatment code on this notice, "
                  "free of charge.", BODY),
        Paragraph("Why we denied this claim", H2),
        Paragraph(f"{_esc(c['denial_reason'])}", BODY),
        Paragraph(f"Claim adjustment reason code: {_esc(CARC_50)}", BODY),
        Paragraph("Plan provision relied on: Summary Plan Description, Section 7.3 (Medically Necessary Services) "
                  "and Section 9.1 (Exclusions: experimental or investigational services). Clinical criteria "
                  "used: Northwind Medical Policy BH-114, <i>Ketamine and Esketamine for Depressive "
                  "Disorders</i>. You may ask for a free copy of the policy, the criteria and all documents "
                  "relevant to this claim.", BODY),
        Paragraph("This decision was made by a Northwind physician reviewer, board-certified in family medicine.",
                  BODY),
        Paragraph("Your right to appeal", H1),
        Paragraph("<b>Internal appeal.</b> If you disagree with this decision, you or someone you authorize may "
                  "ask us to review it. Your appeal must be received within <b>180 days</b> of the date you "
                  "receive this notice. Send a letter explaining why you disagree, with any medical records, "
                  "letters from your doctor or other information you want us to consider, to:", BODY),
        Paragraph(f"{_esc(case['insurer']['name'])}<br/>{_br(case['insurer']['appeals_address'])}<br/>"
                  f"Fax: {case['insurer']['fax']}", ParagraphStyle("addr", parent=BODY, leftIndent=24)),
        Paragraph("A reviewer who was not involved in this decision, and who consults a health care professional "
                  "with appropriate training in the field of medicine involved, will decide the appeal. We will "
                  "send you our decision in writing within 60 days of receiving your appeal for a service already "
                  "received, or 30 days for a service not yet received.", BODY),
        Paragraph("<b>Urgent situations.</b> If waiting could seriously jeopardize your life, health or ability to "
                  "regain maximum function, you or your doctor may ask for an expedited appeal by calling "
                  "(800) 555-0163. We will decide an expedited appeal within 72 hours. You may ask for an "
                  "expedited external review at the same time.", BODY),
        Paragraph("<b>External review.</b> If we uphold our decision after your internal appeal, you may ask for "
                  "an independent external review by an Independent Review Organization. You must ask within "
                  "<b>4 months</b> of receiving our final internal decision. The external reviewer's decision is "
                  "binding on the Plan.", BODY),
        Paragraph("<b>Other rights.</b> This Plan is governed by the Employee Retirement Income Security Act "
                  "(ERISA). You may have the right to bring a civil action under section 502(a) of ERISA after "
                  "you have completed the appeal process. You may contact the Employee Benefits Security "
                  "Administration at 1-866-444-EBSA (3272) for help.", BODY),
        Paragraph("<b>Help with your appeal.</b> Your state's consumer assistance program for health insurance "
                  "can help you file an appeal: call (888) 555-0177.", BODY),
        Paragraph("Sincerely,<br/>Utilization Management Department, Northwind Health Plan", BODY),
        Paragraph("Language assistance: If you need help in another language, call (800) 555-0163 (TTY 711). "
                  "Ayuda en español: llame al (800) 555-0163. Hỗ trợ tiếng Việt: gọi (800) 555-0163.", SMALL),
    ]
    _build_pdf(out, story, title="Notice of Adverse Benefit Determination (fictional)",
               letterhead="Northwind Health Plan")


def _note(day: str, kind: str, sections: list[tuple[str, str]], clinician: str = PSYCHIATRIST) -> list:
    parts = [Paragraph(f"{longdate(day)} · {kind} · {clinician}", H2)]
    parts += [Paragraph(f"<b>{head}.</b> {text}", BODY) for head, text in sections]
    return [KeepTogether(parts[:2]), *parts[2:], Spacer(1, 6)]


def progress_notes(case: dict, out: Path) -> None:
    p = case["patient"]
    header = [
        Paragraph(f"{PROVIDER}", H1),
        Paragraph(f"{PROVIDER_ADDRESS} · Tel (541) 555-0122 · Fax (541) 555-0123", SMALL),
        Spacer(1, 4),
        _table([["Patient", "Date of birth", "Member ID", "Treating psychiatrist"],
                [_esc(p["name"]), longdate(p["date_of_birth"]), p["member_id"], f"{PSYCHIATRIST} (NPI {NPI})"]],
               [1.5, 1.3, 1.5, 2.2]),
        Spacer(1, 8),
        Paragraph("Psychiatric progress notes (excerpts)", H2),
    ]
    notes = [
        *_note("2026-08-25", "Follow-up, 50 min", [
            ("Subjective", "Reports worsening low mood for 4 months, anhedonia, early waking, poor concentration "
                           "affecting work as a bookkeeper; has taken medical leave since July. Passive wishes "
                           "not to wake up on most days; denies plan or intent. No substance use."),
            ("Objective", "Constricted affect, psychomotor slowing, linear thought process, no psychotic "
                          "features. PHQ-9 22 (severe). C-SSRS screen: passive ideation, no behavior."),
            ("Treatment history", "Two adequate antidepressant trials since 2023 (sertraline, venlafaxine), "
                                  "each with an augmentation trial (bupropion, aripiprazole), and 36 sessions "
                                  "of TMS in 2025, all without remission. No antidepressant at present."),
            ("Assessment", "Major depressive disorder, recurrent, severe, without psychotic features (F33.2). "
                           "Meets common definitions of treatment-resistant depression (two or more failed "
                           "adequate trials in the current episode)."),
            ("Plan", "Discussed options: ECT (patient declines because of memory concerns in a job that depends "
                     "on detail), esketamine nasal spray, and IV ketamine. Shared decision for a series of six "
                     "IV ketamine infusions, 0.5 mg/kg over 40 minutes, twice weekly, with monitoring. Safety "
                     "plan reviewed; crisis line numbers given."),
        ]),
        *_note("2026-09-01", "Pre-treatment evaluation, 40 min", [
            ("Subjective", "Mood unchanged. Sleep 4-5 hours. No new stressors."),
            ("Objective", "MADRS 38 (severe). BP 124/78, HR 72, BMI 24.1. No history of psychosis, no "
                          "uncontrolled hypertension, no substance use disorder. Urine drug screen negative."),
            ("Plan", "Cleared for IV ketamine series starting September 8, 2026. Consent signed. Revisit an "
                     "oral antidepressant after the series."),
        ]),
        *_note("2026-09-17", "Infusion 4 of 6 and review, 30 min", [
            ("Subjective", "Noticeably better since the second infusion: sleeping 6-7 hours, reading again, "
                           "passive death wishes have stopped. Mild dissociation during infusions, resolved "
                           "within 30 minutes of each."),
            ("Objective", "Brighter affect. PHQ-9 12 (moderate), down from 22. Peak BP during infusion 142/88, "
                          "back to baseline by discharge. No adverse events."),
            ("Assessment", "Clear early response to IV ketamine in severe, treatment-resistant depression."),
            ("Plan", "Complete the series of six, then taper to maintenance infusions every 3-4 weeks if the "
                     "response holds. Insurer has denied the claim; will support the patient's appeal with a "
                     "letter of medical necessity."),
        ]),
        *_note("2026-10-20", "Follow-up, 30 min", [
            ("Subjective", "Infusions paused after the claim denial. Mood has slipped over the last two weeks; "
                           "sleep shortening again. No suicidal ideation."),
            ("Objective", "PHQ-9 16 (moderately severe). MADRS 24."),
            ("Plan", "Resume infusions as soon as coverage allows; weekly check-ins meanwhile. Letter of "
                     "medical necessity sent to the patient for the appeal."),
        ]),
        Spacer(1, 6),
        Paragraph(f"Electronically signed: {PSYCHIATRIST}, Board certified in Psychiatry. "
                  "These notes are excerpts prepared for an insurance appeal.", SMALL),
    ]
    _build_pdf(out, header + notes, title="Psychiatric progress notes (fictional)")


def literature_summary(out: Path) -> None:
    story = [
        Paragraph("Literature summary: ketamine for mood disorders", H1),
        Paragraph("<b>Citation.</b> Sanacora G, Frye MA, McDonald W, et al. A consensus statement on the use of "
                  "ketamine in the treatment of mood disorders. <i>JAMA Psychiatry</i>. 2017;74(4):399-405. "
                  "doi:10.1001/jamapsychiatry.2017.0080. PMID 28249076.", BODY),
        Paragraph("Summary (written for this sample in our own words; it is not the authors' text)", H2),
        Paragraph("The statement was prepared by a task force of the American Psychiatric Association's Council "
                  "of Research. It reviews the evidence, then available from randomized controlled trials and "
                  "other studies, that a low, sub-anesthetic dose of intravenous ketamine can produce a rapid "
                  "antidepressant effect in patients with major depression who have not responded to standard "
                  "treatments.", BODY),
        Paragraph("Rather than endorsing routine use, the authors set out practical considerations for clinicians "
                  "who offer ketamine to carefully selected patients: an evaluation before treatment (diagnosis, "
                  "history of treatment resistance, medical and psychiatric risks such as psychosis or substance "
                  "misuse), informed consent, appropriately trained staff and a setting able to monitor vital "
                  "signs and manage side effects, a dosing approach based on the doses used in the trials, "
                  "monitoring during and after each infusion, and regular measurement of symptoms to decide "
                  "whether to continue.", BODY),
        Paragraph("The authors also point out what was still uncertain at the time, notably the long-term "
                  "effectiveness and safety of repeated infusions, and call for further research.", BODY),
        Paragraph("Why it is enclosed", H2),
        Paragraph("The statement shows that IV ketamine for treatment-resistant depression is recognised by "
                  "specialists in the field and describes the safeguards (careful selection, monitoring, "
                  "symptom measurement) that the treating psychiatrist followed in this case. Readers should "
                  "consult the full article.", BODY),
    ]
    _build_pdf(out, story, title="Sanacora et al. 2017, summary (fictional sample packet)")


def reference_summary(key: str, out: Path, pages: int = 2) -> None:
    """A summary of a bundled evidence-library reference, in our own words: the citation formatted in AMA style,
    the library's plain summary and the claim it supports, then a second page of reading notes, so the exhibit
    has a page range a letter can point into. It is not the paper, and says so."""
    ref = cite.library()[key]
    citation = cite.format_references([ref.csl])[0]
    story = [
        Paragraph(f"Literature summary: {_esc(ref.short())}", H1),
        Paragraph(f"<b>Citation.</b> {_esc(citation)}. PMID {ref.pmid}.", BODY),
        Paragraph("Summary (written for this sample in our own words; it is not the authors' text)", H2),
        Paragraph(_esc(ref.summary), BODY),
        Paragraph("Why it is enclosed", H2),
        Paragraph(_esc(ref.supports) + " Readers should consult the full article, which the DOI above leads to.",
                  BODY),
    ]
    for n in range(2, pages + 1):
        story += [PageBreak(), Paragraph(f"Reading notes, page {n}", H2),
                  Paragraph("This page stands in for the body of the article in the fictional sample packet. A real "
                            "packet would enclose the article itself, or the pages of it that the letter relies on.",
                            BODY)]
    _build_pdf(out, story, title=f"{ref.short()}, summary (fictional sample packet)")


def medication_history_docx(case: dict, out: Path, *, prepared_by: str = f"{PSYCHIATRIST}, {PROVIDER}",
                            prepared_on: str = "2026-10-20") -> None:
    from docx import Document
    from docx.shared import Inches, Pt

    p = case["patient"]
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    for side in ("top_margin", "bottom_margin", "left_margin", "right_margin"):
        setattr(section, side, Inches(1))
    section.footer_distance = Inches(0.7)  # clear of the Bates stamp the packet puts in the bottom 0.6 in
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Medication and treatment trial history", level=1)
    doc.add_paragraph(f"Patient: {p['name']}    Date of birth: {longdate(p['date_of_birth'])}    "
                      f"Member ID: {p['member_id']}")
    doc.add_paragraph(f"Prepared by {prepared_by}, from the pharmacy record and chart, "
                      f"{longdate(prepared_on)}.")
    header = ["Medication or treatment", "Dose", "Started", "Ended", "Weeks", "Outcome"]
    history = case["clinical"]["history"]
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for t in history:
        weeks = (date.fromisoformat(str(t["end"])) - date.fromisoformat(str(t["start"]))).days // 7
        values = [t["drug"], t["dose"], longdate(str(t["start"])), longdate(str(t["end"])), str(weeks), t["outcome"]]
        for cell, text in zip(table.add_row().cells, values):
            cell.text = text
    # LibreOffice sizes columns from the table grid, Word from the cells: set both.
    table.autofit = False
    widths = [Inches(w) for w in (1.45, 1.05, 0.95, 0.95, 0.65, 1.45)]
    for column, width in zip(table.columns, widths):
        column.width = width
        for cell in column.cells:
            cell.width = width
    doc.add_paragraph()
    doc.add_paragraph("Adherence was confirmed at each visit and by pharmacy fill history. Each medication trial "
                      "reached the target dose and was continued for at least 6 weeks at that dose.")
    footer = section.footer.paragraphs[0]
    footer.text = FICTIONAL
    footer.runs[0].bold = True
    doc.core_properties.title = "Medication and treatment trial history (fictional)"
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(out)


def ketamine_trd() -> list[Path]:
    folder = HERE / "ketamine-trd"
    case = _plain(read_yaml(folder / "case.yaml"))
    outputs = {
        "denial": folder / "denial" / "denial-notice.pdf",
        "notes": folder / "clinical" / "progress-notes.pdf",
        "history": folder / "clinical" / "medication-trial-history.docx",
        "literature": folder / "literature" / "sanacora-2017-consensus-summary.pdf",
    }
    denial_notice(case, outputs["denial"])
    progress_notes(case, outputs["notes"])
    medication_history_docx(case, outputs["history"])
    literature_summary(outputs["literature"])
    for key in ("zarate-2006", "murrough-2013", "anand-2023"):
        outputs[key] = folder / "literature" / f"{key}-summary.pdf"
        reference_summary(key, outputs[key])
    return list(outputs.values())


# ---------------------------------------------------------------------------------------------- spravato-step-therapy

BLUESTEM_CONTACT = "PO Box 60417 · Omaha, NE 68106-0417 · Pharmacy Services (888) 555-0144 (TTY 711)"
PRAIRIE = "Prairie Lantern Psychiatry"
PRAIRIE_ADDRESS = "2600 South 48th Street, Suite 210, Lincoln, NE 68506"


def spravato_denial(case: dict, out: Path) -> None:
    p, c, ins, prov = case["patient"], case["claim"], case["insurer"], case["provider"]
    prescriber = f"{prov['name']}, MD"
    story = [
        Paragraph(longdate(c["notice_date"]), BODY),
        Paragraph(f"{_esc(p['name'])}<br/>{_br(p['address'])}", BODY),
        Spacer(1, 6),
        Paragraph("Notice of Denial: Prior Authorization Request", H1),
        _table([["Member", "Member ID", "Reference number", "Plan"],
                [_esc(p["name"]), p["member_id"], c["number"],
                 "Pinecrest Logistics Employee Health Plan (group 22-0931), Rx benefit"]], [1.3, 1.25, 1.6, 2.35]),
        Spacer(1, 8),
        Paragraph(f"Dear {_esc(p['name'])}:", BODY),
        Paragraph(f"On {longdate('2026-11-03')} we received a request from {prescriber} ({PRAIRIE}, NPI "
                  f"{prov['npi']}) for the following drug and its administration at the prescriber's office:", BODY),
        _table([["Drug or service", "Code", "Quantity requested", "Decision"],
                ["Spravato (esketamine) nasal spray 28 mg devices, 84 mg per treatment session", "J0013",
                 "84 units (1 mg each) per session; 8 sessions in weeks 1-4, then weekly", "<b>Denied</b>"],
                ["Office visit with supervised self-administration and 2-hour monitoring", "99214",
                 "1 per session", "<b>Denied</b>"]], [2.6, 0.6, 2.1, 1.2]),
        Spacer(1, 8),
        Paragraph("Diagnosis on the request: F33.2. You may ask us for the meaning of any diagnosis or treatment "
                  "code on this notice, free of charge.", BODY),
        Paragraph("Why we denied this request", H2),
        Paragraph(_esc(c["denial_reason"]), BODY),
        Paragraph("Policy relied on: Bluestem Mutual Health Pharmacy Policy RX-207, <i>Esketamine Nasal Spray</i>, "
                  "criteria 2(a) and 2(b) (step therapy), and the Summary Plan Description, Section 6.4 "
                  "(Prescription Drug Step Therapy). You may ask for a free copy of the policy, the criteria and all "
                  "documents relevant to this decision.", BODY),
        Paragraph("<b>What could change this decision.</b> Records showing the member's trials of other "
                  "antidepressants and of an augmentation agent in the current episode, with dates, doses and "
                  "results, including trials paid for by another plan.", BODY),
        Paragraph("This decision was made by a Bluestem pharmacist reviewer and a physician board-certified in "
                  "internal medicine.", BODY),
        Paragraph("Your right to appeal", H1),
        Paragraph("<b>Internal appeal.</b> You, your prescriber or someone you authorize may ask us to review "
                  "this decision within <b>180 days</b> of receiving this notice. Send your appeal and any records "
                  "you want us to consider to:", BODY),
        Paragraph(f"{_esc(ins['name'])}<br/>{_br(ins['appeals_address'])}<br/>Fax: {ins['fax']}",
                  ParagraphStyle("addr2", parent=BODY, leftIndent=24)),
        Paragraph("We will decide an appeal about a service you have not yet received within 30 days. If waiting "
                  "could seriously jeopardize your life, health or ability to regain maximum function, ask for an "
                  "<b>expedited appeal</b> by calling (888) 555-0144; we will decide within 72 hours. You may also "
                  "ask for a step-therapy exception, with a statement from your prescriber, at any time.", BODY),
        Paragraph("<b>External review.</b> If we uphold this decision you may ask for an independent external "
                  "review within <b>4 months</b> of our final internal decision. This plan is governed by ERISA; "
                  "you may have the right to bring a civil action under section 502(a) after the appeal process. "
                  "The Employee Benefits Security Administration can help: 1-866-444-EBSA (3272).", BODY),
        Paragraph("Sincerely,<br/>Pharmacy Utilization Management, Bluestem Mutual Health", BODY),
        Paragraph("Language assistance: call (888) 555-0144 (TTY 711). Ayuda en español: llame al "
                  "(888) 555-0144.", SMALL),
    ]
    _build_pdf(out, story, title="Prior authorization denial (fictional)", letterhead="Bluestem Mutual Health",
               contact=BLUESTEM_CONTACT)


def pharmacy_fill_history(case: dict, out: Path) -> None:
    p = case["patient"]
    fills = [  # (date, drug, strength, qty, days, prescriber, payer)
        ("2022-03-14", "Escitalopram", "10 mg tab", 30, 30, "Cornhusker Medical Group"),
        ("2022-04-11", "Escitalopram", "20 mg tab", 30, 30, "Cornhusker Medical Group"),
        ("2022-05-09", "Escitalopram", "20 mg tab", 90, 90, "Cornhusker Medical Group"),
        ("2022-08-08", "Escitalopram", "20 mg tab", 60, 60, "Cornhusker Medical Group"),
        ("2022-10-03", "Sertraline", "100 mg tab", 30, 30, PRAIRIE),
        ("2022-10-31", "Sertraline", "100 mg tab", 60, 30, PRAIRIE),
        ("2022-11-28", "Sertraline", "100 mg tab", 180, 90, PRAIRIE),
        ("2023-02-27", "Sertraline", "100 mg tab", 100, 50, PRAIRIE),
        ("2023-05-01", "Bupropion XL", "150 mg tab", 30, 30, PRAIRIE),
        ("2023-05-30", "Bupropion XL", "300 mg tab", 30, 30, PRAIRIE),
        ("2023-06-28", "Bupropion XL", "450 mg tab", 90, 90, PRAIRIE),
        ("2023-08-07", "Aripiprazole", "2 mg tab", 14, 14, PRAIRIE),
        ("2023-08-21", "Aripiprazole", "5 mg tab", 60, 60, PRAIRIE),
        ("2023-09-25", "Bupropion XL", "450 mg tab", 60, 60, PRAIRIE),
        ("2023-10-20", "Aripiprazole", "5 mg tab", 30, 30, PRAIRIE),
        ("2024-12-02", "Duloxetine", "60 mg cap", 30, 30, PRAIRIE),
        ("2025-01-02", "Duloxetine", "60 mg cap", 60, 30, PRAIRIE),
        ("2025-02-03", "Duloxetine", "60 mg cap", 180, 90, PRAIRIE),
        ("2025-05-05", "Duloxetine", "60 mg cap", 180, 90, PRAIRIE),
        ("2025-08-04", "Duloxetine", "60 mg cap", 180, 90, PRAIRIE),
        ("2025-11-03", "Duloxetine", "60 mg cap", 180, 90, PRAIRIE),
        ("2026-02-02", "Duloxetine", "60 mg cap", 180, 90, PRAIRIE),
        ("2026-05-04", "Duloxetine", "60 mg cap", 180, 90, PRAIRIE),
        ("2026-08-03", "Duloxetine", "60 mg cap", 180, 90, PRAIRIE),
    ]
    rows = [["Fill date", "Drug", "Strength", "Qty", "Days", "Prescriber", "Paid by"]]
    for day, drug, strength, qty, days, who in fills:
        payer = "Bluestem Mutual Health" if day >= "2025-01-01" else "Heartland Shield (previous plan)"
        rows.append([longdate(day), drug, strength, str(qty), str(days), _esc(who), payer])
    story = [
        Paragraph("Larkspur Community Pharmacy", H1),
        Paragraph("1830 O Street, Lincoln, NE 68508 · Tel (402) 555-0124 · NCPDP 2899991", SMALL),
        Spacer(1, 4),
        Paragraph("Prescription fill history, antidepressants and augmentation agents", H2),
        _table([["Patient", "Date of birth", "Current member ID", "Printed"],
                [_esc(p["name"]), longdate(p["date_of_birth"]), p["member_id"], longdate("2026-11-12")]],
               [1.6, 1.3, 1.7, 1.9]),
        Spacer(1, 8),
        _table(rows, [1.15, 1.0, 0.85, 0.45, 0.45, 1.5, 1.1]),
        Spacer(1, 8),
        Paragraph("Fills before January 1, 2025 were paid by the patient's previous plan (Heartland Shield, member "
                  "ID HSH-330-5517); Bluestem Mutual Health's records begin on that date, which is why its step-"
                  "therapy review saw only duloxetine. Doses above the tablet strength were taken as directed "
                  "(for example sertraline 200 mg as two 100 mg tablets).", BODY),
        Paragraph("Certified a true copy of our dispensing records. R. Okonkwo, PharmD, pharmacist in charge.", SMALL),
    ]
    _build_pdf(out, story, title="Pharmacy fill history (fictional)")


def spravato_progress_notes(case: dict, out: Path) -> None:
    p, prov = case["patient"], case["provider"]
    clinician = f"{prov['name']}, MD"
    header = [
        Paragraph(PRAIRIE, H1),
        Paragraph(f"{PRAIRIE_ADDRESS} · Tel {prov['phone']} · Fax (402) 555-0172", SMALL),
        Spacer(1, 4),
        _table([["Patient", "Date of birth", "Member ID", "Treating psychiatrist"],
                [_esc(p["name"]), longdate(p["date_of_birth"]), p["member_id"], f"{clinician} (NPI {prov['npi']})"]],
               [1.5, 1.3, 1.5, 2.2]),
        Spacer(1, 8),
        Paragraph("Psychiatric progress notes (excerpts)", H2),
    ]
    notes = [
        *_note("2026-10-20", "Follow-up, 45 min", [
            ("Subjective", "Depression has worsened since the autumn despite duloxetine 120 mg for nearly two "
                           "years; off work as a freight dispatcher since August 2026. Sleeping 4 hours, no "
                           "appetite, lost 6 kg. Passive wishes to be dead most days; no plan or intent."),
            ("Objective", "Flat affect, slowed speech, no psychotic features. MADRS 36, PHQ-9 21 (severe). "
                          "C-SSRS: passive ideation, no behavior. BP 128/80."),
            ("Treatment history", "Escitalopram 20 mg (2022), sertraline 200 mg (2022-23), bupropion XL 450 mg "
                                  "(2023) with aripiprazole 5 mg augmentation stopped for akathisia, duloxetine "
                                  "120 mg since December 2024: four antidepressants from three classes and one "
                                  "augmentation, each at an adequate dose and duration, plus 16 sessions of CBT. "
                                  "Pharmacy record obtained."),
            ("Assessment", "Major depressive disorder, recurrent, severe, without psychotic features (F33.2), "
                           "treatment-resistant: at least two adequate trials failed in the current episode."),
            ("Plan", "Esketamine nasal spray 56 mg then 84 mg twice weekly for four weeks, with an oral "
                     "antidepressant, in our REMS-certified office with 2-hour monitoring. Lithium augmentation "
                     "discussed; patient has stage 3a chronic kidney disease (eGFR 52), so lithium is relatively "
                     "contraindicated. ECT declined for now. Prior authorization requested."),
        ], clinician),
        *_note("2026-11-12", "Phone follow-up, 20 min", [
            ("Subjective", "Prior authorization denied for step therapy; the plan saw only duloxetine because the "
                           "earlier trials were under the previous employer's plan. Mood unchanged; safety plan "
                           "reviewed, no intent."),
            ("Plan", "Appeal with the pharmacy fill history and these notes; ask for an expedited review because "
                     "of severity and passive suicidal ideation. Weekly visits meanwhile."),
        ], clinician),
        Spacer(1, 6),
        Paragraph(f"Electronically signed: {clinician}, board certified in psychiatry. Excerpts prepared for an "
                  "insurance appeal.", SMALL),
    ]
    _build_pdf(out, header + notes, title="Psychiatric progress notes (fictional)")


def popova_summary(out: Path) -> None:
    story = [
        Paragraph("Literature summary: esketamine nasal spray in treatment-resistant depression", H1),
        Paragraph("<b>Citation.</b> Popova V, Daly EJ, Trivedi M, et al. Efficacy and safety of flexibly dosed "
                  "esketamine nasal spray combined with a newly initiated oral antidepressant in treatment-resistant "
                  "depression: a randomized double-blind active-controlled study. <i>Am J Psychiatry</i>. "
                  "2019;176(6):428-438. doi:10.1176/appi.ajp.2019.19020172. PMID 31109201.", BODY),
        Paragraph("Summary (written for this sample in our own words; it is not the authors' text)", H2),
        Paragraph("Adults with depression that had not responded to at least two antidepressants were randomly "
                  "assigned to a new oral antidepressant plus either esketamine nasal spray or a placebo spray, "
                  "given twice a week for four weeks in a clinic with monitoring. Those receiving esketamine "
                  "improved more on a standard depression rating scale by the end of the four weeks, and the "
                  "difference began early in treatment.", BODY),
        Paragraph("The most common side effects were short-lived dissociation, dizziness, nausea, sleepiness and "
                  "a rise in blood pressure, mostly on dosing days and resolving the same day, which is why "
                  "treatment is given under observation. The study supported the 2019 FDA approval of esketamine "
                  "nasal spray, with an oral antidepressant, for treatment-resistant depression.", BODY),
        Paragraph("Why it is enclosed", H2),
        Paragraph("It shows the treatment is established for exactly the patients the Plan's step-therapy rule "
                  "is meant to identify (two or more failed antidepressants), which this patient is. Readers "
                  "should consult the full article.", BODY),
    ]
    _build_pdf(out, story, title="Popova et al. 2019, summary (fictional sample packet)")


def spravato_step_therapy() -> list[Path]:
    folder = HERE / "spravato-step-therapy"
    case = _plain(read_yaml(folder / "case.yaml"))
    outputs = {
        "denial": folder / "denial" / "prior-authorization-denial.pdf",
        "fills": folder / "clinical" / "pharmacy-fill-history.pdf",
        "notes": folder / "clinical" / "progress-notes.pdf",
        "history": folder / "clinical" / "treatment-trial-history.docx",
        "literature": folder / "literature" / "popova-2019-summary.pdf",
    }
    spravato_denial(case, outputs["denial"])
    pharmacy_fill_history(case, outputs["fills"])
    spravato_progress_notes(case, outputs["notes"])
    medication_history_docx(case, outputs["history"], prepared_by=f"{case['provider']['name']}, MD, {PRAIRIE}",
                            prepared_on="2026-11-12")
    popova_summary(outputs["literature"])
    return list(outputs.values())


# ---------------------------------------------------------------------------------------------- out-of-network-gap

SAWTOOTH_CONTACT = "PO Box 44190 · Boise, ID 83711-4190 · Member Services (877) 555-0131 (TTY 711)"
CLEARWATER = "Clearwater Ketamine Clinic"


def oon_eob(case: dict, out: Path) -> None:
    p, c, ins, prov = case["patient"], case["claim"], case["insurer"], case["provider"]
    rows = [["Date", "Service (code)", "Billed", "Allowed", "Plan paid", "You owe", "Code"]]
    billed = Decimal("0")
    for line in case["service_lines"]:
        if str(line["date"]) == "2026-08-24":
            continue  # the consultation was billed on a separate claim
        amount = Decimal(str(line["charge"]))
        billed += amount
        what = "IV infusion" if str(line["code"]) == "96365" else "Drug, unclassified"
        rows.append([longdate(line["date"]), f"{what} ({line['code']})", f"${amount:,.2f}", "$0.00", "$0.00",
                     f"${amount:,.2f}", "PR-242"])
    rows.append(["<b>Total</b>", "", f"<b>${billed:,.2f}</b>", "$0.00", "$0.00", f"<b>${billed:,.2f}</b>", ""])
    story = [
        Paragraph("Explanation of Benefits", H1),
        Paragraph("THIS IS NOT A BILL. It explains how your plan processed a claim.", BODY),
        _table([["Member", "Member ID", "Claim number", "Processed"],
                [_esc(p["name"]), p["member_id"], c["number"], longdate(c["notice_date"])]], [1.6, 1.5, 1.9, 1.5]),
        Spacer(1, 6),
        Paragraph(f"Provider: {CLEARWATER} ({prov['name']}, MD, NPI {prov['npi']}) · Network status: "
                  "<b>out of network</b> · Plan: Sawtooth Ridge Silver EPO 3500 (Idaho health insurance exchange)",
                  BODY),
        _table(rows, [1.1, 1.45, 0.8, 0.7, 0.75, 0.8, 0.7]),
        Spacer(1, 8),
        Paragraph("Diagnosis codes on the claim: F33.2, F41.1. You may ask for the meaning of any diagnosis or "
                  "treatment code, free of charge.", BODY),
        Paragraph("Remark codes", H2),
        Paragraph("<b>PR-242</b>: services not provided by network or primary care providers; the amount is the "
                  "patient's responsibility. " + _esc(c["denial_reason"]), BODY),
        Paragraph("Plan provision: Evidence of Coverage, Section 3.2 (Network Providers) and Section 3.5 "
                  "(Out-of-Network Services). Ask for a free copy of the documents used to decide this claim.", BODY),
        Paragraph("Your right to appeal", H1),
        Paragraph("If you disagree, you may appeal within <b>180 days</b> of receiving this notice. Write to "
                  f"{_esc(ins['name'])}, {_esc(ins['appeals_address']).replace(chr(10), ', ')}, or fax "
                  f"{ins['fax']}. If you could not get the care you needed from a network provider within a "
                  "reasonable time and distance, say so in your appeal and include the providers you tried. If we "
                  "uphold our decision, you may ask for an independent external review within <b>4 months</b>. "
                  "The Idaho Department of Insurance consumer line can help: (800) 555-0109.", BODY),
    ]
    _build_pdf(out, story, title="Explanation of benefits (fictional)", letterhead="Sawtooth Ridge Health",
               contact=SAWTOOTH_CONTACT)


def oon_notes(case: dict, out: Path) -> None:
    p, prov = case["patient"], case["provider"]
    referring = "Tobias Reyna, DO"
    header = [
        Paragraph("Referral and clinical notes", H1),
        _table([["Patient", "Date of birth", "Member ID"],
                [_esc(p["name"]), longdate(p["date_of_birth"]), p["member_id"]]], [2.3, 2.0, 2.2]),
        Spacer(1, 8),
        Paragraph("Magic Valley Behavioral Health (in-network psychiatry), 455 Shoshone Street, Twin Falls, ID", H2),
    ]
    notes = [
        *_note("2026-08-10", "Psychiatric follow-up and referral", [
            ("History", "Recurrent major depression since 2019 with generalized anxiety. Failed adequate trials of "
                        "fluoxetine 60 mg, venlafaxine XR 225 mg and mirtazapine 45 mg, and quetiapine 150 mg "
                        "augmentation, each for at least 8 weeks at dose; 20 sessions of CBT."),
            ("Assessment", "F33.2 major depressive disorder, recurrent, severe, without psychotic features; F41.1 "
                           "generalized anxiety disorder. PHQ-9 23, GAD-7 17. Passive suicidal ideation, no plan."),
            ("Plan", "Refer for IV ketamine. Our clinic does not offer ketamine or esketamine; no in-network "
                     "provider known to us offers it for depression in southern Idaho. Patient to ask the plan."),
        ], referring),
        Paragraph(f"{CLEARWATER}, {_esc(prov['address']).splitlines()[-1]}", H2),
        *_note("2026-08-24", "Telehealth consultation, 60 min", [
            ("Assessment", "Appropriate for IV ketamine: treatment-resistant depression, no psychosis, no "
                           "substance use disorder, BP 122/76. Plan a series of six infusions, 0.5 mg/kg over 40 "
                           "minutes, twice weekly, with monitoring."),
        ], f"{prov['name']}, MD"),
        *_note("2026-09-18", "Infusion 6 of 6", [
            ("Outcome", "PHQ-9 fell from 23 before the series to 9 after infusion 6; no suicidal ideation since "
                        "infusion 3. Infusions well tolerated; transient dissociation only."),
            ("Plan", "Maintenance infusions every 4 weeks if coverage allows; follow up with the referring "
                     "psychiatrist."),
        ], f"{prov['name']}, MD"),
        Paragraph("Excerpts prepared for an insurance appeal.", SMALL),
    ]
    _build_pdf(out, header + notes, title="Referral and progress notes (fictional)")


def oon_network_search(case: dict, out: Path) -> None:
    results = [["Provider", "Distance", "Network", "Offers ketamine / esketamine for depression?"],
               ["Magic Valley Behavioral Health, Twin Falls", "2 mi", "In network", "No (therapy and medication "
                                                                                    "management only)"],
               ["Snake River Psychiatry Associates, Boise", "130 mi", "In network",
                "Esketamine only; closed to new patients (about 7 months' wait)"],
               ["Gem State Interventional Pain, Boise", "130 mi", "In network", "Ketamine for chronic pain only"],
               ["Clearwater Ketamine Clinic, Twin Falls", "3 mi", "<b>Not in network</b>",
                "Yes: IV ketamine, first available August 24, 2026"]]
    tried = [["Date contacted", "Provider", "Outcome"]]
    tried += [[longdate(parse_date(n["date"], what="network date")), _esc(n["name"]), _esc(n["outcome"])]
              for n in case["network"]]
    story = [
        Paragraph("Provider directory search and providers contacted", H1),
        Paragraph("Sawtooth Ridge Health online provider directory, printed August 14, 2026. Search: "
                  "\"ketamine\" and \"esketamine\", specialty psychiatry and pain medicine, within 200 miles of "
                  "ZIP 83301, plan Silver EPO 3500.", BODY),
        _table(results, [2.1, 0.7, 1.0, 2.7]),
        Spacer(1, 10),
        Paragraph("In-network providers the patient contacted", H2),
        _table(tried, [1.2, 2.4, 2.9]),
        Spacer(1, 8),
        Paragraph("Compiled by the patient from the directory print-out and his call notes.", SMALL),
    ]
    _build_pdf(out, story, title="Network search results (fictional)")


def out_of_network_gap() -> list[Path]:
    from appeal_kit.letter.superbill import EXHIBIT_PATH, make_superbill

    folder = HERE / "out-of-network-gap"
    case = _plain(read_yaml(folder / "case.yaml"))
    outputs = {
        "eob": folder / "denial" / "explanation-of-benefits.pdf",
        "notes": folder / "clinical" / "referral-and-progress-notes.pdf",
        "network": folder / "other" / "network-search-results.pdf",
    }
    oon_eob(case, outputs["eob"])
    oon_notes(case, outputs["notes"])
    oon_network_search(case, outputs["network"])
    # The superbill comes from appeal-kit itself (LibreOffice): only its exhibit copy is kept in the sample.
    result = make_superbill(folder, force=True, add_exhibit=True)
    result.docx.unlink()
    result.pdf.unlink()
    return [*outputs.values(), folder / EXHIBIT_PATH]


SAMPLES = {"ketamine-trd": ketamine_trd, "spravato-step-therapy": spravato_step_therapy,
           "out-of-network-gap": out_of_network_gap}

if __name__ == "__main__":
    chosen = sys.argv[1:] or list(SAMPLES)
    unknown = [name for name in chosen if name not in SAMPLES]
    if unknown:
        sys.exit(f"unknown sample {', '.join(unknown)}; choose from {', '.join(SAMPLES)}")
    for name in chosen:
        for path in SAMPLES[name]():
            print(f"wrote {path.relative_to(REPO)}")
