"""Writers for fresh set 4: text PDF, DOCX, plain text, image formats (fictional notices only)."""
import textwrap
from xml.sax.saxutils import escape

import fresh4_render as R


def write_pdf(path, items, font="Helvetica", size=10):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import (HRFlowable, PageBreak, Paragraph, Preformatted, SimpleDocTemplate,
                                    Spacer, Table, TableStyle)
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    body = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=5)
    h = ParagraphStyle("h", parent=body, fontName=bold, spaceBefore=5, spaceAfter=3)
    title = ParagraphStyle("t", parent=body, fontName=bold, fontSize=size + 4, leading=(size + 4) * 1.25,
                           alignment=TA_CENTER)
    center = ParagraphStyle("c", parent=body, alignment=TA_CENTER)
    rightst = ParagraphStyle("r", parent=body, alignment=TA_RIGHT)
    small = ParagraphStyle("s", parent=body, fontSize=size - 2, leading=(size - 2) * 1.25)
    lab = ParagraphStyle("l", parent=body, fontName=bold, fontSize=size - 2.5, leading=size - 1, spaceAfter=0)
    cell = ParagraphStyle("cell", parent=body, fontSize=size - 1, leading=(size - 1) * 1.2, spaceAfter=0)
    mono = ParagraphStyle("m", fontName="Courier", fontSize=size - 1.5, leading=(size - 1.5) * 1.25)
    story = []

    def br(t):
        return "<br/>".join(escape(x) for x in t.split("\n"))

    for it in items:
        if isinstance(it, str):
            story.append(Paragraph(escape(it), body))
            continue
        k = it[0]
        if k == "page":
            story.append(PageBreak())
        elif k == "gap":
            story.append(Spacer(1, 8))
        elif k == "rule":
            story.append(HRFlowable(width="100%", thickness=1, color=colors.black))
        elif k == "h":
            story.append(Paragraph(escape(it[1]), h))
        elif k == "title":
            story.append(Paragraph(br(it[1]), title))
        elif k == "center":
            story.append(Paragraph(br(it[1]), center))
        elif k == "right":
            story.append(Paragraph(br(it[1]), rightst))
        elif k == "lines":
            story.append(Paragraph(br(it[1]), body))
        elif k == "small":
            story.append(Paragraph(escape(it[1]), small))
        elif k == "pre":
            story.append(Preformatted(it[1], mono))
        elif k == "table":
            data = [[Paragraph(escape(c), cell) for c in r] for r in it[1]]
            t = Table(data, hAlign="LEFT", repeatRows=1)
            st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, 0), bold)]
            if len(it) > 2 and it[2]:
                st += [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd"))]
            else:
                st += [("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black)]
            t.setStyle(TableStyle(st))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == "box":
            for row in it[1]:
                data = [[[Paragraph(escape(a), lab), Paragraph(escape(b), cell)] for a, b in row]]
                t = Table(data, colWidths=[6.9 * inch / len(row)] * len(row), hAlign="LEFT")
                t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.black),
                                       ("INNERGRID", (0, 0), (-1, -1), 1, colors.black),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story.append(t)
            story.append(Spacer(1, 8))
        else:
            raise ValueError(k)
    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=0.8 * inch, rightMargin=0.8 * inch,
                            topMargin=0.7 * inch, bottomMargin=0.7 * inch)
    doc.build(story)


def write_docx(path, items, font="Calibri", header=None):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    if header:
        hp = d.sections[0].header.paragraphs[0]
        hp.text = header
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def para(text, bold=False, align=None, size=None):
        p = d.add_paragraph()
        lines = text.split("\n")
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
            if i < len(lines) - 1:
                r.add_break()
        if align:
            p.alignment = align
        return p

    for it in items:
        if isinstance(it, str):
            para(it)
            continue
        k = it[0]
        if k == "page":
            d.add_page_break()
        elif k == "gap":
            d.add_paragraph("")
        elif k == "rule":
            p = d.add_paragraph()
            pPr = p._p.get_or_add_pPr()
            bdr = OxmlElement("w:pBdr")
            b = OxmlElement("w:bottom")
            for a, v in (("w:val", "single"), ("w:sz", "8"), ("w:space", "1"), ("w:color", "000000")):
                b.set(qn(a), v)
            bdr.append(b)
            pPr.append(bdr)
        elif k == "h":
            para(it[1], bold=True)
        elif k == "title":
            para(it[1], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
        elif k == "center":
            para(it[1], align=WD_ALIGN_PARAGRAPH.CENTER)
        elif k == "right":
            para(it[1], align=WD_ALIGN_PARAGRAPH.RIGHT)
        elif k == "lines":
            para(it[1])
        elif k == "small":
            para(it[1], size=8.5)
        elif k == "pre":
            for ln in it[1].split("\n"):
                p = d.add_paragraph()
                r = p.add_run(ln)
                r.font.name = "Courier New"
        elif k == "table":
            rows = it[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
        elif k == "box":
            for row in it[1]:
                t = d.add_table(rows=1, cols=len(row))
                t.style = "Table Grid"
                for j, (a, b) in enumerate(row):
                    c = t.cell(0, j)
                    p0 = c.paragraphs[0]
                    r = p0.add_run(a)
                    r.bold = True
                    r.font.size = Pt(8)
                    p1 = c.add_paragraph()
                    p1.add_run(b)
            d.add_paragraph("")
        else:
            raise ValueError(k)
    d.save(path)


def items_to_text(items, width=88):
    out = []
    for it in items:
        if isinstance(it, str):
            out.extend(textwrap.wrap(it, width) or [""])
            out.append("")
            continue
        k = it[0]
        if k == "page":
            out.append("\f")
        elif k == "gap":
            out.append("")
        elif k == "rule":
            out.append("-" * width)
        elif k in ("h",):
            out.append(it[1].upper() if it[1] == it[1].upper() else it[1])
        elif k == "title":
            out.extend(ln.center(width).rstrip() for ln in it[1].split("\n"))
            out.append("")
        elif k == "center":
            out.extend(ln.center(width).rstrip() for ln in it[1].split("\n"))
            out.append("")
        elif k == "right":
            out.extend(ln.rjust(width) for ln in it[1].split("\n"))
            out.append("")
        elif k in ("lines", "pre"):
            out.extend(it[1].split("\n"))
            out.append("")
        elif k == "small":
            out.extend(textwrap.wrap(it[1], width))
            out.append("")
        elif k == "table":
            rows = it[1]
            w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
            for r in rows:
                out.append("  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
            out.append("")
        elif k == "box":
            for row in it[1]:
                cw = max(max(len(a), len(b)) for a, b in row) + 2
                out.append("+" + "+".join("-" * cw for _ in row) + "+")
                out.append("|" + "|".join((" " + a).ljust(cw) for a, _ in row) + "|")
                out.append("|" + "|".join((" " + b).ljust(cw) for _, b in row) + "|")
            out.append("+" + "+".join("-" * cw for _ in row) + "+")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def write_txt(path, items, width=88, crlf=False):
    t = items_to_text(items, width)
    with open(path, "w", encoding="utf-8", newline="\r\n" if crlf else "\n") as f:
        f.write(t)


def write_scan_pdf(path, items, seed=0, **kw):
    pages = [R.scan(p, seed=seed + i) for i, p in enumerate(R.render(items, **kw))]
    pages[0].save(path, save_all=True, append_images=pages[1:], resolution=200)
    return len(pages)


def write_fax_tiff(path, items, headers, seed=0, **kw):
    imgs = R.render(items, **kw)
    pages = [R.fax(p, seed=seed + i, header=headers(i + 1, len(imgs))) for i, p in enumerate(imgs)]
    pages[0].save(path, save_all=True, append_images=pages[1:], compression="group4", dpi=(200, 200))
    return len(pages)


def write_photo(path, items, seed=0, angle=2.5, **kw):
    imgs = R.render(items, **kw)
    assert len(imgs) == 1, (path, len(imgs))
    im = R.photo(imgs[0], seed=seed, angle=angle)
    if path.endswith(".png"):
        im.save(path)
    else:
        im.save(path, quality=80)
