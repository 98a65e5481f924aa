"""Generate the evidence files of the FICTIONAL sample cases in this folder.

How to run (from the repository root; needs reportlab and python-docx, both in the test extras):

    /tmp/venv/bin/python evidence_samples/make_samples.py

It (re)writes, for evidence_samples/ketamine-trd/:
    denial/denial-notice.pdf                          2-page denial letter with a text layer
    clinical/progress-notes.pdf                       3 pages of psychiatric progress notes
    clinical/medication-trial-history.docx            a Word table of treatment trials (exercises DOCX -> PDF)
    literature/sanacora-2017-consensus-summary.pdf    1 page: citation plus a summary in our own words

Names, identifiers and the patient's treatment history are read from the case's case.yaml, so the evidence and
the case file cannot drift apart. Everything is invented: every page says so in its footer. The
PDFs are byte-for-byte reproducible (reportlab's invariant mode); the .docx is not (python-docx stamps the
zip entries with the current time), so commit it only when its content changed.
"""
from __future__ import annotations

import sys
from datetime import date
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
from reportlab.platypus import (KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table,  # noqa: E402
                                TableStyle)

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))  # run from a source checkout without installing

from appeal_kit.case import read_yaml, _plain  # noqa: E402
from appeal_kit.render import join_and, longdate  # noqa: E402

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


def _page_furniture(letterhead: str | None):
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
            canvas.drawString(inch, height - 0.78 * inch,
                              "PO Box 91733 · Portland, OR 97291-0733 · Member Services (800) 555-0163 (TTY 711)")
        canvas.setFillColor(colors.HexColor("#B00020"))
        canvas.setFont(SANS_BOLD, 8)
        canvas.drawCentredString(width / 2, 0.72 * inch, FICTIONAL)
        canvas.setFillColor(colors.black)
        canvas.setFont(SANS, 8)
        canvas.drawRightString(width - inch, 0.72 * inch - 11, f"Page {doc.page}")
        canvas.restoreState()
    return draw


def _build_pdf(path: Path, story: list, *, title: str, letterhead: str | None = None, top: float = 1.0):
    path.parent.mkdir(parents=True, exist_ok=True)
    # Bottom margin 1.1 in: the packet stamps its Bates number in the bottom 0.6 in, the footer sits above it.
    doc = SimpleDocTemplate(str(path), pagesize=LETTER, leftMargin=inch, rightMargin=inch,
                            topMargin=(1.3 if letterhead else top) * inch, bottomMargin=1.1 * inch,
                            title=title, author="appeal-kit sample generator (fictional)")
    furniture = _page_furniture(letterhead)
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
    # Summaries in our own words (CPT descriptors are AMA text; see appeals-domain.md section 3).
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


def _note(day: str, kind: str, sections: list[tuple[str, str]]) -> list:
    parts = [Paragraph(f"{longdate(day)} · {kind} · {PSYCHIATRIST}", H2)]
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
            ("Treatment history", "Four adequate antidepressant trials since 2023, two with augmentation "
                                  "(sertraline, bupropion augmentation, venlafaxine, aripiprazole "
                                  "augmentation), and 36 sessions of TMS in 2025, all without remission. "
                                  "Currently on desvenlafaxine 100 mg daily since May 2025 with little "
                                  "benefit."),
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
            ("Plan", "Cleared for IV ketamine series starting September 8, 2026. Consent signed. Continue "
                     "desvenlafaxine unchanged."),
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


def medication_history_docx(case: dict, out: Path) -> None:
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
    doc.add_paragraph(f"Prepared by {PSYCHIATRIST}, {PROVIDER}, from the pharmacy record and chart, "
                      f"{longdate('2026-10-20')}.")
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
    return list(outputs.values())


if __name__ == "__main__":
    for path in ketamine_trd():
        print(f"wrote {path.relative_to(REPO)}")
