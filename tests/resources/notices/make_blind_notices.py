#!/usr/bin/env python3
"""Generate the blind intake test notices (dev/ and fresh/) with their .expected.json files.

Standalone: needs Pillow, python-docx and reportlab (e.g. /work/main/.venv/bin/python make_notices.py [dev|fresh|all]),
plus pdftotext (poppler) for the self-check of text-layer PDFs. Everything in these notices is fictional:
invented people, plans, numbers and addresses. Layouts are modelled on public forms (DOL model notice of adverse
benefit determination, CMS-10003 Integrated Denial Notice in English and Spanish, CMS-10146 Part D denial notice,
the Medicare Summary Notice, state Medicaid managed-care notices of adverse benefit determination, insurer EOBs,
TRICARE EOBs, fax cover sheets, e-mail notices); no insurer prose is copied.
"""


# ====================================================================== nk_render.py
"""Rendering helpers for the blind intake notice set (all content fictional).

Markup used by the notice texts (one list entry per line/paragraph):
  "# Title"      heading (large, bold)
  "## Sub"       sub-heading (bold)
  "**text"       bold paragraph
  "|a|b|c|"      table row; consecutive rows form one table (first row is not special)
  "||a|b|"       table row of a table drawn with a grid (boxed)
  "---"          horizontal rule
  "~text"        preformatted line (monospace, no wrapping)
  ""             blank line
  anything else  paragraph (wrapped)
"""
import datetime as dt
import email.utils
import random
import textwrap
from email.message import EmailMessage

from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/liberation2/"
SANS = FONT_DIR + "LiberationSans-Regular.ttf"
SANS_B = FONT_DIR + "LiberationSans-Bold.ttf"
SERIF = FONT_DIR + "LiberationSerif-Regular.ttf"
SERIF_B = FONT_DIR + "LiberationSerif-Bold.ttf"
MONO = FONT_DIR + "LiberationMono-Regular.ttf"

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]


def D(y, m, d):
    return dt.date(y, m, d)


def L(d):  # May 3, 2026
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def N(d):  # 05/03/2026
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def ES(d):  # 3 de mayo de 2026
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def DMY(d):  # 03/05/2026 (day first)
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def plus(d, days):
    return d + dt.timedelta(days=days)


def plus_months(d, months):
    m = d.month - 1 + months
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


def iso(d):
    return d.isoformat()


# ---------------------------------------------------------------- parsing
def blocks(lines):
    """Group markup lines into blocks: (kind, payload)."""
    out = []
    i = 0
    while i < len(lines):
        s = lines[i]
        if s.startswith("|"):
            grid = s.startswith("||")
            rows = []
            while i < len(lines) and lines[i].startswith("|") and lines[i].startswith("||") == grid:
                raw = lines[i][2:] if grid else lines[i][1:]
                rows.append([c.strip() for c in raw.rstrip("|").split("|")])
                i += 1
            out.append(("grid" if grid else "table", rows))
            continue
        if s.startswith("## "):
            out.append(("h2", s[3:]))
        elif s.startswith("# "):
            out.append(("h1", s[2:]))
        elif s.startswith("**"):
            out.append(("bold", s[2:]))
        elif s == "---":
            out.append(("hr", None))
        elif s.startswith("~"):
            out.append(("pre", s[1:]))
        elif s == "":
            out.append(("blank", None))
        else:
            out.append(("p", s))
        i += 1
    return out


def plain_text(lines):
    """Text as a reader sees it (for self-checks)."""
    parts = []
    for kind, p in blocks(lines):
        if kind in ("table", "grid"):
            for r in p:
                parts.append("  ".join(r))
        elif p:
            parts.append(p)
    return "\n".join(parts)


def col_widths(rows, ncol, total, wordw):
    """Column widths: never narrower than the longest word, the rest shared by text length."""
    minw, want = [], []
    for j in range(ncol):
        cells = [r[j] if j < len(r) else "" for r in rows]
        mw = max([wordw(w) for c in cells for w in c.split()] + [wordw("xx")])
        minw.append(mw)
        want.append(max(wordw(c) if c else 0 for c in cells))
    if sum(minw) >= total:
        return [total * x / sum(minw) for x in minw]
    if sum(want) <= total:
        extra = (total - sum(want)) / ncol
        return [w + extra for w in want]
    spare = total - sum(minw)
    over = [max(0.0, w - m) for w, m in zip(want, minw)]
    so = sum(over) or 1.0
    return [m + spare * o / so for m, o in zip(minw, over)]


# ---------------------------------------------------------------- txt
def render_txt(lines, path, width=78, keep=()):
    out = []
    for kind, p in blocks(lines):
        if kind in ("h1",):
            out.append(p.upper())
        elif kind in ("h2", "bold"):
            out.append(p)
        elif kind == "hr":
            out.append("-" * width)
        elif kind == "pre":
            out.append(p)
        elif kind == "blank":
            out.append("")
        elif kind == "p":
            txt = p
            for k in keep:  # never break a line inside these phrases
                txt = txt.replace(k, k.replace(" ", "\u00a0"))
            wrapped = textwrap.fill(txt, width=width, break_long_words=False, break_on_hyphens=False)
            out.append(wrapped.replace("\u00a0", " "))
        elif kind in ("table", "grid"):
            ncol = max(len(r) for r in p)
            rows = [r + [""] * (ncol - len(r)) for r in p]
            w = [max(len(r[c]) for r in rows) for c in range(ncol)]
            if kind == "grid":
                sep = "+" + "+".join("-" * (x + 2) for x in w) + "+"
                out.append(sep)
                for r in rows:
                    out.append("| " + " | ".join(r[c].ljust(w[c]) for c in range(ncol)) + " |")
                    out.append(sep)
            else:
                for r in rows:
                    out.append("  ".join(r[c].ljust(w[c]) for c in range(ncol)).rstrip())
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")


# ---------------------------------------------------------------- docx
def render_docx(lines, path, font="Calibri"):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(11)
    for kind, p in blocks(lines):
        if kind == "h1":
            doc.add_heading(p, level=1)
        elif kind == "h2":
            doc.add_heading(p, level=2)
        elif kind == "bold":
            doc.add_paragraph().add_run(p).bold = True
        elif kind == "hr":
            doc.add_paragraph("_" * 60)
        elif kind == "pre":
            r = doc.add_paragraph().add_run(p)
            r.font.name = "Courier New"
        elif kind == "blank":
            continue
        elif kind == "p":
            doc.add_paragraph(p)
        elif kind in ("table", "grid"):
            ncol = max(len(r) for r in p)
            t = doc.add_table(rows=len(p), cols=ncol)
            if kind == "grid":
                t.style = "Table Grid"
            for i, r in enumerate(p):
                for j in range(ncol):
                    t.cell(i, j).text = r[j] if j < len(r) else ""
            doc.add_paragraph("")
    doc.save(path)


# ---------------------------------------------------------------- pdf (text layer)
def render_pdf(lines, path, serif=False, header=None, footer=None):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import HRFlowable, Paragraph, Preformatted, SimpleDocTemplate, Spacer, Table, TableStyle
    for nm, fp in (("LS", SANS), ("LSB", SANS_B), ("LSe", SERIF), ("LSeB", SERIF_B), ("LM", MONO)):
        try:
            pdfmetrics.registerFont(TTFont(nm, fp))
        except Exception:
            pass
    base, bold = ("LSe", "LSeB") if serif else ("LS", "LSB")
    body = ParagraphStyle("b", fontName=base, fontSize=10, leading=13, alignment=TA_LEFT, spaceAfter=4)
    cell = ParagraphStyle("c", fontName=base, fontSize=9, leading=11)
    h1 = ParagraphStyle("h1", fontName=bold, fontSize=14, leading=18, spaceAfter=6, spaceBefore=4)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=11, leading=14, spaceAfter=3, spaceBefore=6)
    bst = ParagraphStyle("bb", parent=body, fontName=bold)
    pre = ParagraphStyle("pre", fontName="LM", fontSize=8.5, leading=10.5)

    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    story = []
    for kind, p in blocks(lines):
        if kind == "h1":
            story.append(Paragraph(esc(p), h1))
        elif kind == "h2":
            story.append(Paragraph(esc(p), h2))
        elif kind == "bold":
            story.append(Paragraph(esc(p), bst))
        elif kind == "hr":
            story.append(HRFlowable(width="100%", thickness=0.7, color=colors.black))
        elif kind == "pre":
            story.append(Preformatted(p, pre))
        elif kind == "blank":
            story.append(Spacer(1, 6))
        elif kind == "p":
            story.append(Paragraph(esc(p), body))
        elif kind in ("table", "grid"):
            ncol = max(len(r) for r in p)
            data = [[Paragraph(esc(r[j]) if j < len(r) else "", cell) for j in range(ncol)] for r in p]
            widths = col_widths(p, ncol, 7.0 * inch,
                                lambda w: pdfmetrics.stringWidth(w, base, 9) + 8)
            t = Table(data, colWidths=widths)
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                   ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
            if kind == "grid":
                sty.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
            t.setStyle(TableStyle(sty))
            story.append(t)
            story.append(Spacer(1, 6))

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont(base, 7.5)
        if header:
            canvas.drawRightString(7.75 * inch, 10.6 * inch, header)
        if footer:
            canvas.drawString(0.75 * inch, 0.5 * inch, footer)
        canvas.drawRightString(7.75 * inch, 0.5 * inch, f"Page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=0.75 * inch, rightMargin=0.75 * inch,
                            topMargin=0.7 * inch, bottomMargin=0.8 * inch)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------- raster pages
def _wrap_px(draw, text, font, maxw):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if draw.textlength(t, font=font) <= maxw or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def render_pages(lines, dpi=200, serif=False, scale=1.0, top_text=None):
    """Render markup to a list of white letter-size page images (RGB)."""
    W, H = int(8.5 * dpi), int(11 * dpi)
    m = int(0.75 * dpi)
    px = dpi / 72.0 * scale
    f_body = ImageFont.truetype(SERIF if serif else SANS, int(10.5 * px))
    f_bold = ImageFont.truetype(SERIF_B if serif else SANS_B, int(10.5 * px))
    f_h1 = ImageFont.truetype(SERIF_B if serif else SANS_B, int(15 * px))
    f_h2 = ImageFont.truetype(SERIF_B if serif else SANS_B, int(12 * px))
    f_cell = ImageFont.truetype(SERIF if serif else SANS, int(9.5 * px))
    f_mono = ImageFont.truetype(MONO, int(9 * px))
    pages = []

    def new_page():
        im = Image.new("RGB", (W, H), "white")
        return im, ImageDraw.Draw(im)

    im, dr = new_page()
    y = m
    if top_text:
        dr.text((m, int(0.3 * dpi)), top_text, font=f_mono, fill="black")

    def need(h):
        nonlocal im, dr, y
        if y + h > H - m:
            pages.append(im)
            im, dr = new_page()
            y = m

    for kind, p in blocks(lines):
        if kind in ("h1", "h2", "bold", "p"):
            font = {"h1": f_h1, "h2": f_h2, "bold": f_bold, "p": f_body}[kind]
            lh = int(font.size * 1.3)
            if kind in ("h1", "h2"):
                y += int(lh * 0.3)
            for ln in _wrap_px(dr, p, font, W - 2 * m):
                need(lh)
                dr.text((m, y), ln, font=font, fill="black")
                y += lh
            y += int(lh * 0.25)
        elif kind == "pre":
            lh = int(f_mono.size * 1.3)
            need(lh)
            dr.text((m, y), p, font=f_mono, fill="black")
            y += lh
        elif kind == "blank":
            y += int(f_body.size * 0.8)
        elif kind == "hr":
            need(10)
            dr.line((m, y + 4, W - m, y + 4), fill="black", width=max(2, dpi // 100))
            y += 14
        elif kind in ("table", "grid"):
            ncol = max(len(r) for r in p)
            pad0 = int(0.04 * dpi)
            widths = [int(x) for x in col_widths(p, ncol, W - 2 * m,
                                                 lambda w: dr.textlength(w, font=f_cell) + 2 * pad0 + 4)]
            lh = int(f_cell.size * 1.25)
            pad = int(0.04 * dpi)
            for r in p:
                cells = [_wrap_px(dr, r[j] if j < len(r) else "", f_cell, widths[j] - 2 * pad) for j in range(ncol)]
                rh = max(len(c) for c in cells) * lh + 2 * pad
                need(rh)
                x = m
                for j in range(ncol):
                    if kind == "grid":
                        dr.rectangle((x, y, x + widths[j], y + rh), outline="black", width=max(2, dpi // 110))
                    yy = y + pad
                    for ln in cells[j]:
                        dr.text((x + pad, yy), ln, font=f_cell, fill="black")
                        yy += lh
                    x += widths[j]
                y += rh
            y += int(lh * 0.6)
    pages.append(im)
    return pages


def _find_coeffs(pa, pb):
    # pa: target quad, pb: source quad (PIL perspective transform)
    A = []
    for (x, y), (X, Y) in zip(pa, pb):
        A.append([x, y, 1, 0, 0, 0, -X * x, -X * y])
        A.append([0, 0, 0, x, y, 1, -Y * x, -Y * y])
    B = [c for p in pb for c in p]
    # solve 8x8 with gaussian elimination (no numpy needed)
    n = 8
    M = [A[i] + [B[i]] for i in range(n)]
    for c in range(n):
        piv = max(range(c, n), key=lambda r: abs(M[r][c]))
        M[c], M[piv] = M[piv], M[c]
        for r in range(n):
            if r != c:
                f = M[r][c] / M[c][c]
                M[r] = [a - f * b for a, b in zip(M[r], M[c])]
    return [M[i][n] / M[i][i] for i in range(n)]


def photo(page, seed, angle=3.0, sideways=False, blur=1.1, quality=60, persp=0.03, shade=True,
          bg=(92, 78, 64)):
    """Make a phone-photo-like image of a page: on a table, tilted, uneven light, noise."""
    rnd = random.Random(seed)
    pw, ph = page.size
    # downscale a bit like a phone at arm's length
    page = page.resize((int(pw * 0.8), int(ph * 0.8)), Image.LANCZOS)
    pw, ph = page.size
    padx, pady = int(pw * 0.08), int(ph * 0.06)
    canvas = Image.new("RGB", (pw + 2 * padx, ph + 2 * pady), bg)
    # table texture
    px = canvas.load()
    for _ in range(4000):
        x, y = rnd.randrange(canvas.size[0]), rnd.randrange(canvas.size[1])
        v = rnd.randint(-18, 18)
        c = px[x, y]
        px[x, y] = tuple(max(0, min(255, k + v)) for k in c)
    # paper slightly off-white
    paper = ImageEnhance.Brightness(page).enhance(0.96)
    canvas.paste(paper, (padx, pady))
    W, H = canvas.size
    # perspective: pull corners
    d = [int(persp * W * rnd.uniform(0.4, 1.0)) for _ in range(8)]
    quad_src = [(0 + d[0], 0 + d[1]), (W - d[2], 0 + d[3] // 2), (W - d[4] // 2, H - d[5]), (0 + d[6] // 2, H - d[7] // 3)]
    coeffs = _find_coeffs([(0, 0), (W, 0), (W, H), (0, H)], quad_src)
    canvas = canvas.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=bg)
    canvas = canvas.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=bg)
    if shade:
        W, H = canvas.size
        grad = Image.new("L", (W, H))
        gd = ImageDraw.Draw(grad)
        cx, cy = rnd.uniform(0.2, 0.8) * W, rnd.uniform(0.1, 0.5) * H
        for i in range(0, max(W, H), 8):
            v = int(255 - 70 * (i / max(W, H)))
            gd.ellipse((cx - i, cy - i, cx + i, cy + i), outline=v, width=9)
        grad = grad.filter(ImageFilter.GaussianBlur(40))
        dark = ImageEnhance.Brightness(canvas).enhance(0.72)
        canvas = Image.composite(canvas, dark, grad)
    if blur:
        canvas = canvas.filter(ImageFilter.GaussianBlur(blur))
    # sensor noise
    W, H = canvas.size
    noise = Image.effect_noise((W, H), 14).convert("RGB")
    canvas = Image.blend(canvas, noise, 0.06)
    canvas = ImageEnhance.Color(canvas).enhance(0.9)
    if sideways:
        canvas = canvas.transpose(Image.ROTATE_90)
    # shrink to a phone-ish resolution
    scale = 2400 / max(canvas.size)
    canvas = canvas.resize((int(canvas.size[0] * scale), int(canvas.size[1] * scale)), Image.LANCZOS)
    return canvas


def save_jpeg(im, path, quality=60):
    im.save(path, "JPEG", quality=quality)


def scan(page, seed, angle=0.6):
    """Office-scanner look: grey, slight skew, dust, moderate resolution."""
    rnd = random.Random(seed)
    g = page.convert("L")
    g = g.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    g = g.resize((int(g.size[0] * 0.75), int(g.size[1] * 0.75)), Image.LANCZOS)
    g = g.filter(ImageFilter.GaussianBlur(0.6))
    px = g.load()
    for _ in range(900):
        x, y = rnd.randrange(g.size[0]), rnd.randrange(g.size[1])
        px[x, y] = rnd.randint(40, 140)
    g = ImageEnhance.Contrast(g).enhance(1.15)
    return g


def fax(page, seed, header_line):
    """1-bit fax look: 200x100 dpi vertical squash, threshold, speckle, header line."""
    rnd = random.Random(seed)
    g = page.convert("L")
    W, H = g.size
    # fax header stamped at the top
    hdr = Image.new("L", (W, 40), 255)
    ImageDraw.Draw(hdr).text((30, 8), header_line, font=ImageFont.truetype(MONO, 24), fill=0)
    g2 = Image.new("L", (W, H + 40), 255)
    g2.paste(hdr, (0, 0))
    g2.paste(g, (0, 40))
    g2 = g2.rotate(0.35, resample=Image.BICUBIC, fillcolor=255)
    # standard resolution fax: half vertical resolution
    g2 = g2.resize((W, (H + 40) // 2), Image.BILINEAR).resize((W, H + 40), Image.NEAREST)
    bw = g2.point(lambda v: 0 if v < 165 else 255, "1")
    px = bw.load()
    for _ in range(2500):
        x, y = rnd.randrange(bw.size[0]), rnd.randrange(bw.size[1])
        px[x, y] = 0
    return bw


# ---------------------------------------------------------------- e-mail
def render_eml(path, subject, from_, to, date_dt, text, html=None, msgid_domain="example.com"):
    msg = EmailMessage()
    msg["From"] = from_
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = email.utils.format_datetime(date_dt)
    import hashlib
    msg["Message-ID"] = "<%s@%s>" % (hashlib.sha1(subject.encode()).hexdigest()[:20], msgid_domain)
    msg["MIME-Version"] = "1.0"
    msg.set_content(text, charset="utf-8")
    if html:
        msg.add_alternative(html, subtype="html", charset="utf-8")
    with open(path, "wb") as f:
        f.write(bytes(msg))


# ====================================================================== nk_dev.py
# Dev set: 26 fictional notices. Every person, plan, number and address is invented.


KEYS = ["patient_name", "member_id", "claim_number", "insurer", "notice_date", "service_dates",
        "procedure_codes", "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent",
        "appeal_deadline", "deadline_basis"]


def X(**kw):
    out = {}
    for k in KEYS:
        if k in kw:
            v = kw[k]
            if k in ("notice_date", "appeal_deadline") and v is not None and not isinstance(v, str):
                v = iso(v)
            if k == "service_dates":
                v = [x if isinstance(x, str) else iso(x) for x in v]
            out[k] = v
    extra = set(kw) - set(KEYS)
    assert not extra, extra
    return out


DEV = []


def add(name, fmt, lines, exp, note="", **extra):
    DEV.append(dict(name=name, fmt=fmt, lines=lines, exp=exp, note=note, **extra))


# ------------------------------------------------------------------ d01 DOL model notice, ERISA, ketamine
nd = D(2026, 3, 18)
add("d01_dol_model_erisa", "txt", [
    "Harborview Life & Health Insurance Company",
    "Member Appeals Unit - PO Box 41870 - Columbus, OH 43241-0870",
    "Customer Service 1-800-555-0133 (TTY 711) - Monday-Friday 8 a.m. to 6 p.m. ET",
    "",
    f"Date of issue: {L(nd)}",
    "",
    "~Tobias J. Ferreira-Lund",
    "~2288 Winterhaven Court, Apt 4",
    "~Dayton, OH 45419",
    "",
    "# Notice of Adverse Benefit Determination",
    "Important: this notice explains your right to appeal our decision. Read it carefully and keep it with your records. If you need help, call the number above.",
    "",
    "|Patient / participant:|Tobias J. Ferreira-Lund|",
    "|Date of birth:|09/02/1979|",
    "|Member ID:|HVL7730418-01|",
    "|Group health plan:|Calloway Industries, Inc. Employee Medical Plan (group 0055412)|",
    "|Claim ID:|HV26-0219-55310|",
    "|Provider:|Lakeshore Infusion & Wellness Center|",
    f"|Date(s) of service:|{L(D(2026, 2, 24))}; {L(D(2026, 2, 27))}|",
    "|Amount billed:|$2,340.00|",
    "",
    "## Claim information",
    "This notice is about the claim listed above for intravenous ketamine infusion therapy. The services billed were CPT 96365 (IV infusion, first hour), CPT 96366 (each additional hour) and HCPCS J3490 (unclassified drug, ketamine hydrochloride). Diagnosis codes on the claim: F33.1 (major depressive disorder, recurrent, moderate) and F41.1 (generalized anxiety disorder). You may also ask us for the diagnosis and treatment codes and what they mean, free of charge.",
    "",
    "## Reason for adverse determination",
    "We have denied payment for these services. Our physician reviewer, a board-certified psychiatrist, compared the records we received with Harborview Behavioral Health Clinical Policy BH-114, Ketamine Infusion Therapy. The records do not show a current standardized depression rating or the level of functional impairment the policy requires, so the infusions are not medically necessary as defined in Section 9.2 of your Summary Plan Description. You may ask for a free copy of the clinical policy used in this decision.",
    "",
    "## What you can do",
    "To complete your claim you may send office notes that include a current PHQ-9 or MADRS score and a description of your treatment history.",
    "",
    "## Important information about your appeal rights",
    "**What if I need help understanding this denial?",
    "Contact us at 1-800-555-0133 if you need help understanding this notice or our decision.",
    "**What if I don't agree with this decision?",
    "You have a right to appeal any decision not to pay for an item or service. If you disagree with this decision, you or your authorized representative may file an appeal within 180 days of the date of this notice. Send your appeal in writing to Harborview Life & Health, Attn: Member Appeals, PO Box 41870, Columbus, OH 43241-0870, or fax it to 1-614-555-0190.",
    "**Can I provide additional information about my claim?",
    "Yes. You may give us written comments, documents, records and other information about your claim with your appeal, and you may review your claim file.",
    "**What happens next?",
    "If you appeal, we will review our decision and give you a written decision within 60 days. If we continue to deny payment, you may be able to request an external review of your claim by an independent third party, who will review the denial. An external review request must be filed within 4 months after you receive our final decision.",
    "**Other resources to help you",
    "You also have the right to bring a civil action under section 502(a) of the Employee Retirement Income Security Act (ERISA) following an adverse benefit determination on appeal. For questions about your rights you may contact the Employee Benefits Security Administration at 1-866-444-EBSA (3272).",
], X(patient_name="Tobias J. Ferreira-Lund", member_id="HVL7730418-01", claim_number="HV26-0219-55310",
     insurer="Harborview Life & Health Insurance Company", notice_date=nd,
     service_dates=[D(2026, 2, 24), D(2026, 2, 27)], procedure_codes=["96365", "96366", "J3490"],
     diagnosis_codes=["F33.1", "F41.1"], carc_codes=[], denial_category="medical_necessity",
     plan_type="employer_erisa", urgent=False, appeal_deadline=plus(nd, 180),
     deadline_basis="within 180 days of the date of this notice"),
    "layout after the US Labor Department model notice of adverse benefit determination; DOB near the top")

# ------------------------------------------------------------------ d02 IDN, Medicare Advantage, Spravato step therapy
nd = D(2026, 4, 7)
add("d02_idn_medicare_advantage", "pdf", [
    "Quillback Ridge Health Plan - Medicare Select (HMO)",
    "PO Box 30771, Tacoma, WA 98401 - Member Services 1-888-555-0161 (TTY 711), 8 a.m.-8 p.m., 7 days a week",
    "---",
    "Important: This notice explains your right to appeal our decision. Read this notice carefully. If you need help, you can call one of the numbers listed on the last page under \"Get help & more information.\"",
    "# Notice of Denial of Medical Coverage",
    f"||Date: {L(nd)}|Member number: QRH-4471-0936|",
    "||Name: Imelda Castellanos-Reyes|Reference number: PA-2026-0407-1183|",
    "||Provider: Brightwater Interventional Psychiatry|Service: Spravato (esketamine) nasal spray treatment|",
    "## Your request was denied",
    "We've denied the medical services/items listed below requested by your doctor:",
    "Spravato (esketamine) 84 mg nasal spray, HCPCS S0013 (esketamine, nasal spray, 1 mg) - 84 units per session, and G2083 (office visit with self-administration of esketamine, more than 56 mg, including 2 hours of post-administration observation), twice weekly for 4 weeks. Diagnosis: F33.2, major depressive disorder, recurrent severe without psychotic features.",
    "## Why did we deny your request?",
    "We denied the medical services/items listed above because Spravato is part of our plan's Medicare Part B step therapy program, described in Chapter 4 of your Evidence of Coverage. Before the plan covers Spravato, the member must have tried an oral antidepressant together with an augmenting medication covered under the plan (for example aripiprazole or lithium). Our records, and the records sent by your doctor, do not show a trial of an augmenting medication. If your doctor sends information that you tried one, or why you cannot take one, we will look at the request again.",
    "You should share a copy of this decision with your doctor so you and your doctor can discuss next steps. If your doctor requested coverage on your behalf, we have sent a copy of this decision to your doctor.",
    "## You have the right to appeal our decision",
    "You have the right to ask Quillback Ridge Health Plan to review our decision by asking us for an appeal. Ask for an appeal within 65 days of the date of this notice. We can give you more time if you have a good reason for missing the deadline.",
    "## There are 2 kinds of appeals with Quillback Ridge Health Plan",
    "Standard Appeal - We'll give you a written decision on a standard appeal within 30 days after we get your appeal. Our decision might take longer if you ask for an extension, or if we need more information about your case.",
    "Fast Appeal - We'll give you a decision on a fast appeal within 72 hours after we get your appeal. You can ask for a fast appeal if you or your doctor believe your health could be seriously harmed by waiting up to 30 days for a decision.",
    "## How to ask for an appeal with Quillback Ridge Health Plan",
    "Step 1: You, your representative, or your doctor must ask us for an appeal. Your written request must include your name, address, member number, the reasons for appealing, and whether you want a standard or fast appeal.",
    "Step 2: Mail, fax, or deliver your appeal or call us. Address: Quillback Ridge Health Plan, Attn: Appeals & Grievances, PO Box 30790, Tacoma, WA 98401. Fax: 1-253-555-0177. Phone: 1-888-555-0161.",
    "## What happens next?",
    "If you ask for an appeal and we continue to deny your request, we'll automatically send your case to an independent reviewer. If the independent reviewer denies your request, the written decision will explain if you have additional appeal rights.",
    "## Get help & more information",
    "Quillback Ridge Health Plan Member Services 1-888-555-0161. 1-800-MEDICARE (1-800-633-4227), 24 hours a day, 7 days a week. TTY: 1-877-486-2048. Medicare Rights Center: 1-888-HMO-9050. Elder Care Locator: 1-800-677-1116.",
    "Form CMS-10003-NDMCP - OMB Approval 0938-0829",
], X(patient_name="Imelda Castellanos-Reyes", member_id="QRH-4471-0936", claim_number="PA-2026-0407-1183",
     insurer="Quillback Ridge Health Plan", notice_date=nd, service_dates=[],
     procedure_codes=["S0013", "G2083"], diagnosis_codes=["F33.2"], carc_codes=[],
     denial_category="step_therapy", plan_type="medicare_advantage", urgent=False,
     appeal_deadline=plus(nd, 65), deadline_basis="within 65 days of the date of this notice"),
    "layout after CMS-10003 Integrated Denial Notice; pre-service request, so no service dates")

# ------------------------------------------------------------------ d03 Part D CMS-10146, step therapy
nd = D(2026, 5, 12)
add("d03_partd_denial_cms10146", "pdf", [
    "Sagebrook Rx",
    "Sagebrook Rx Value (PDP) - 4400 Meridian Parkway, Suite 210, Omaha, NE 68114 - 1-877-555-0148 (TTY 711)",
    "---",
    "DEPARTMENT OF HEALTH AND HUMAN SERVICES - CENTERS FOR MEDICARE & MEDICAID SERVICES",
    "Important: This notice explains your right to appeal our decision. Read this notice carefully. If you need help, you can call one of the numbers listed under the section titled \"Get help & more information.\"",
    "# NOTICE OF DENIAL OF MEDICARE PART D PRESCRIPTION DRUG COVERAGE",
    f"Date: {L(nd)}",
    "Enrollee's Name: Harold W. Osei-Bonsu",
    "Member Number: SRX88201457",
    "Coverage determination case number: CD-26-0512-7719",
    "## Your request was denied",
    "We have denied coverage under your Medicare Part D benefit for the following prescription drug that you or your prescriber requested: Auvelity (dextromethorphan HBr and bupropion HCl) 45 mg/105 mg extended-release tablets, quantity 60 per 30 days.",
    "## Why did we deny your request?",
    "We denied this request under Medicare Part D because Auvelity is a step therapy drug on our 2026 formulary. The plan covers Auvelity only after you have tried two formulary antidepressants from different drug classes (for example sertraline and bupropion XL) for at least six weeks each, or your prescriber tells us why those drugs are not right for you. Our pharmacy claims show one trial (escitalopram). Your prescriber may ask for an exception by sending a statement that supports it.",
    "Share a copy of this decision with your prescriber so you and your prescriber can discuss next steps. If your prescriber asked for coverage on your behalf, we have shared this decision with your prescriber.",
    "## You have the right to appeal our decision",
    "You have the right to ask us to review our decision (redetermination). You must ask for a redetermination within 65 days from the date of this notice. We can give you more time if you have a good reason for missing the deadline.",
    "## There are 2 kinds of appeals you can ask for",
    "Standard appeal - We'll give you a decision within 7 days after we get your appeal. If your appeal is for payment of a drug you already bought, we'll give you a decision within 14 days.",
    "Fast appeal - We'll give you a decision within 72 hours after we get your appeal. You can ask for a fast appeal if you or your prescriber believe that your health could be seriously harmed by waiting up to 7 days for a decision.",
    "## How to ask for an appeal",
    "Step 1: You, your representative, or your prescriber must ask us for an appeal. Your written request must include your name, address, member number, the reasons for appealing, and any evidence you wish to attach.",
    "Step 2: Mail, fax, or deliver your appeal or call us at: Sagebrook Rx, Attn: Part D Redeterminations, PO Box 64118, Omaha, NE 68164. Fax 1-855-555-0122. Phone 1-877-555-0148.",
    "## What happens next?",
    "If you ask for an appeal and we continue to deny your request, you can ask for an independent review of your case by an Independent Review Entity.",
    "## Get help & more information",
    "Sagebrook Rx Member Services: 1-877-555-0148, TTY 711. 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048.",
    "Form CMS-10146 - OMB Approval 0938-0976",
], X(patient_name="Harold W. Osei-Bonsu", member_id="SRX88201457", claim_number="CD-26-0512-7719",
     insurer="Sagebrook Rx", notice_date=nd, service_dates=[], procedure_codes=[], diagnosis_codes=[],
     carc_codes=[], denial_category="step_therapy", plan_type="medicare_part_d", urgent=False,
     appeal_deadline=plus(nd, 65), deadline_basis="within 65 days from the date of this notice"),
    "layout after CMS-10146 Notice of Denial of Medicare Part D Prescription Drug Coverage")

# ------------------------------------------------------------------ d04 Medicaid MCO English NABD, TMS
nd = D(2026, 6, 3)
add("d04_medicaid_mco_nabd_en", "docx", [
    "# Cedar Valley Community Health Plan",
    "A managed care plan serving Iowa Medicaid members - 1100 Locust Street, Des Moines, IA 50309 - Member Services 1-866-555-0119 (TTY 711)",
    "",
    f"Date of this notice: {L(nd)}",
    "",
    "Ruthanne Kowalczyk",
    "617 Orchard Hill Drive",
    "Ames, IA 50010",
    "",
    "# NOTICE OF ADVERSE BENEFIT DETERMINATION",
    "||Member name|Ruthanne Kowalczyk|",
    "||Member ID|CVC-55120983|",
    "||Authorization request number|AR-77120446|",
    f"||Date we received the request|{L(D(2026, 5, 28))}|",
    "||Requesting provider|Prairie Light Neuromodulation Clinic|",
    "||Service requested|Transcranial magnetic stimulation (TMS): CPT 90867 x 1 (initial mapping), CPT 90868 x 35 (treatment sessions)|",
    "||Diagnosis|F33.1 Major depressive disorder, recurrent, moderate|",
    "",
    "Dear Ruthanne Kowalczyk:",
    "Cedar Valley Community Health Plan has denied your provider's request for the service listed above. This is called an adverse benefit determination.",
    "## Why did we make this decision?",
    "A psychiatrist reviewed the request using the plan's TMS medical necessity criteria (Clinical Guideline CVC-BH-22). The criteria require a documented trial of evidence-based psychotherapy. The records we received do not show that you have had psychotherapy for depression, so the request does not meet medical necessity criteria. This decision is based on 441 Iowa Administrative Code 78 and 42 CFR 438.210.",
    "You have the right to ask for a free copy of the guideline we used and all documents and records related to this decision. Call Member Services to ask.",
    "## Your right to appeal",
    "If you do not agree with this decision, you can ask for an appeal with Cedar Valley Community Health Plan. You must ask for an appeal within 60 calendar days from the date on this notice. You can ask by phone at 1-866-555-0119 or in writing to: Cedar Valley Community Health Plan, Appeals Unit, PO Box 9122, Des Moines, IA 50306. Fax: 1-515-555-0140.",
    "We will decide a standard appeal within 30 calendar days. If waiting could seriously harm your health, you or your provider can ask for an expedited (fast) appeal. We will decide a fast appeal within 72 hours.",
    "## Continuing your services during the appeal",
    "If this notice stops or reduces a service you are already getting, you may be able to keep getting the service during your appeal. To keep your services you must ask for an appeal within 10 days of the date of this notice, or before the date the change takes effect, whichever is later. If you lose your appeal you may have to pay for the services you got during the appeal.",
    "## State fair hearing",
    "If you appeal and we do not decide in your favor, you can ask for a State Fair Hearing with the Iowa Department of Health and Human Services. You must ask for a State Fair Hearing within 120 days of the date of our appeal decision letter.",
    "## Help with your appeal",
    "You can name a relative, friend, provider or lawyer to act for you. Free language help and auxiliary aids are available. Call 1-866-555-0119 (TTY 711).",
], X(patient_name="Ruthanne Kowalczyk", member_id="CVC-55120983", claim_number="AR-77120446",
     insurer="Cedar Valley Community Health Plan", notice_date=nd, service_dates=[],
     procedure_codes=["90867", "90868"], diagnosis_codes=["F33.1"], carc_codes=[],
     denial_category="medical_necessity", plan_type="medicaid", urgent=False,
     appeal_deadline=plus(nd, 60), deadline_basis="within 60 calendar days from the date on this notice"),
    "state Medicaid managed-care NABD layout (boxed header table); received date and 10-day continuation paragraph are traps")

# ------------------------------------------------------------------ d05 Spanish Medicaid NABD, DOB trap
nd = D(2026, 5, 14)
add("d05_medicaid_nabd_es", "pdf", [
    "Plan de Salud Bahía Azul - Medicaid",
    "2300 Avenida Central SE, Albuquerque, NM 87106 - Servicios para Miembros: 1-855-555-0172 (TTY 711)",
    "---",
    "# AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS",
    "||Nombre del miembro:|Graciela Núñez Albarrán|",
    "||Fecha de nacimiento:|03/05/1961|",
    "||Número de miembro:|BAZ-3019-4477|",
    "||Número de reclamación:|2026-05-0881|",
    f"||Fecha del aviso:|{ES(nd)}|",
    "",
    "Estimada Sra. Núñez Albarrán:",
    f"Recibimos una reclamación de Consejería Mente Clara por servicios que usted recibió el {ES(D(2026, 4, 21))} y el {ES(D(2026, 4, 28))}: psicoterapia individual de 60 minutos (código CPT 90837). Diagnóstico: F43.10 (trastorno de estrés postraumático).",
    "## ¿Qué decidimos?",
    "Hemos negado el pago de estos servicios.",
    "## ¿Por qué?",
    "Su plan cubre las primeras 12 sesiones de psicoterapia de cada año sin autorización. Después de la sesión número 12, el proveedor debe pedir una autorización previa al plan. Estas dos sesiones fueron la número 13 y la número 14 de 2026 y no tenían autorización previa. Esta decisión se basa en el Manual del Miembro, sección 6, y en 42 CFR 438.210.",
    "Usted tiene derecho a recibir, sin costo, copias de todos los documentos y registros relacionados con esta decisión.",
    "## Su derecho a apelar",
    "Si no está de acuerdo con esta decisión, puede pedir una apelación. Usted debe pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Puede pedirla por teléfono al 1-855-555-0172 o por escrito a: Plan de Salud Bahía Azul, Unidad de Apelaciones, PO Box 27145, Albuquerque, NM 87125. Fax: 1-505-555-0163.",
    "Tomaremos una decisión dentro de 30 días. Si usted o su proveedor creen que esperar podría poner en grave peligro su salud, puede pedir una apelación rápida (acelerada). Le daremos una decisión en 72 horas.",
    "## Continuación de beneficios",
    "Si este aviso suspende o reduce un servicio que usted ya recibe, puede seguir recibiéndolo durante la apelación si pide la apelación dentro de los 10 días siguientes a la fecha de este aviso.",
    "## Audiencia imparcial estatal",
    "Si después de la apelación seguimos negando el servicio, usted puede pedir una audiencia imparcial estatal. Debe pedirla dentro de 120 días a partir de la fecha de nuestra carta de decisión de la apelación.",
    "## Ayuda",
    "Puede pedir que un familiar, amigo, proveedor o abogado le represente. Los servicios de interpretación son gratuitos. Llame al 1-855-555-0172.",
], X(patient_name="Graciela Núñez Albarrán", member_id="BAZ-3019-4477", claim_number="2026-05-0881",
     insurer="Plan de Salud Bahía Azul", notice_date=nd, service_dates=[D(2026, 4, 21), D(2026, 4, 28)],
     procedure_codes=["90837"], diagnosis_codes=["F43.10"], carc_codes=[],
     denial_category="prior_authorization", plan_type="medicaid", urgent=False,
     appeal_deadline=plus(nd, 60), deadline_basis="dentro de 60 días a partir de la fecha de este aviso"),
    "Spanish state Medicaid managed-care NABD; 'Fecha de nacimiento: 03/05/1961' above the notice date (the issue-19 trap)")

# ------------------------------------------------------------------ d06 Spanish letter, ketamine experimental, calendar deadline
nd = D(2026, 6, 2)
dl = D(2026, 8, 1)
add("d06_medicaid_carta_ketamina_es", "txt", [
    "SOLMAR SALUD - Plan de Medicaid administrado",
    "8801 NW 41st Street, Doral, FL 33178",
    "Servicios para Miembros 1-866-555-0137 (TTY 711)",
    "",
    f"Fecha: {ES(nd)}",
    "",
    "~Sr. Esteban Ríos Valdivia",
    "~1450 W 49th Place, Apt 12",
    "~Hialeah, FL 33012",
    "",
    "~Fecha de nac.: 11/09/1988",
    "~Número de identificación de Medicaid: 7712094451",
    "~Número de reclamo: 26133-004817",
    "",
    "Asunto: Aviso de determinación adversa de beneficios - infusión de ketamina",
    "",
    "Estimado Sr. Ríos Valdivia:",
    "",
    f"Solmar Salud revisó la reclamación de Centro Bienestar Infusiones por los servicios del {ES(D(2026, 5, 12))} y del {ES(D(2026, 5, 15))}. Los servicios facturados fueron infusión intravenosa de ketamina: códigos 96365 y 96366, y el medicamento con el código J3490 (ketamina). El diagnóstico en la reclamación es F32.2 (episodio depresivo mayor, grave, sin síntomas psicóticos).",
    "",
    "Decisión: Negamos el pago de estos servicios.",
    "",
    "Razón: La infusión intravenosa de ketamina para tratar la depresión se considera experimental o de investigación según la política clínica SS-BH-031 de Solmar Salud y la Sección 59G-1.010 del Código Administrativo de Florida. Medicaid no paga servicios experimentales o de investigación.",
    "",
    "Si no está de acuerdo con esta decisión, usted o su representante pueden pedir una apelación al plan. Tiene hasta el 1 de agosto de 2026 para pedir una apelación. Puede llamarnos o escribir a: Solmar Salud, Departamento de Apelaciones, PO Box 660213, Miami, FL 33266. Fax: 1-305-555-0118.",
    "",
    "Si el plan mantiene la decisión después de la apelación, puede pedir una audiencia imparcial estatal a la Agencia para la Administración del Cuidado de la Salud (AHCA) dentro de 120 días a partir de la fecha de la carta de resolución de la apelación.",
    "",
    "Tiene derecho a pedir gratis copias de la política clínica y de los documentos que usamos para tomar esta decisión.",
    "",
    "Atentamente,",
    "Departamento de Gestión de Utilización",
    "Solmar Salud",
], X(patient_name="Esteban Ríos Valdivia", member_id="7712094451", claim_number="26133-004817",
     insurer="Solmar Salud", notice_date=nd, service_dates=[D(2026, 5, 12), D(2026, 5, 15)],
     procedure_codes=["96365", "96366", "J3490"], diagnosis_codes=["F32.2"], carc_codes=[],
     denial_category="experimental_investigational", plan_type="medicaid", urgent=False,
     appeal_deadline=dl, deadline_basis="Tiene hasta el 1 de agosto de 2026"),
    "Spanish Medicaid MCO letter; deadline stated as a calendar date; date of birth near the top")

# ------------------------------------------------------------------ d07 Spanish IDN payment denial, photo
nd = D(2026, 7, 9)
add("d07_idn_pago_es_foto", "photo_jpg", [
    "Mesa Norte Salud - Mesa Norte Medicare Advantage (HMO D-SNP)",
    "PO Box 51902, Phoenix, AZ 85076 - 1-800-555-0126 (TTY 711)",
    "---",
    "Importante: En este aviso se explica su derecho de apelar nuestra decisión. Léalo atentamente.",
    "# Aviso de Denegación de Pago",
    f"||Fecha: {ES(nd)}|Número de afiliado: MNR-2207-6645|",
    "||Nombre: Amparo Lucía Villaseñor|Número de reclamación: 44019-2207|",
    f"||Proveedor: Clínica Serenidad Psiquiatría|Fecha del servicio: {ES(D(2026, 6, 16))}|",
    "## Su petición fue denegada",
    "Hemos denegado el pago de los servicios médicos listados a continuación: visita en el consultorio con autoadministración de esketamina (Spravato), 56 mg o menos, con 2 horas de observación (código G2082).",
    "## ¿Por qué hemos denegado la petición?",
    "Hemos denegado el pago porque este servicio requiere autorización previa del plan y no recibimos una solicitud de autorización antes de la fecha del servicio (Evidencia de Cobertura, Capítulo 4).",
    "## Usted tiene el derecho de apelar la decisión",
    "Pídale a Mesa Norte Salud una apelación dentro de 65 días a partir de la fecha de este aviso. Podemos darle más tiempo si tiene una buena razón.",
    "Envíe su apelación a: Mesa Norte Salud, Apelaciones, PO Box 51960, Phoenix, AZ 85076. Fax: 1-602-555-0184.",
], X(patient_name="Amparo Lucía Villaseñor", member_id="MNR-2207-6645", claim_number="44019-2207",
     insurer="Mesa Norte Salud", notice_date=nd, service_dates=[D(2026, 6, 16)],
     procedure_codes=["G2082"], diagnosis_codes=[], carc_codes=[],
     denial_category="prior_authorization", plan_type="medicare_advantage", urgent=False,
     appeal_deadline=plus(nd, 65), deadline_basis="dentro de 65 días a partir de la fecha de este aviso"),
    "Spanish CMS-10003 (Aviso de Denegación de Pago) photographed at an angle", seed=7, angle=-3.5)

# ------------------------------------------------------------------ d08 CHIP Spanish, child, out of network
nd = D(2026, 4, 21)
dl = D(2026, 6, 20)
add("d08_chip_aviso_es", "docx", [
    "# Plan de Salud Infantil Arboleda",
    "Programa de Seguro Médico para Niños (CHIP) - 500 Commerce Street, Suite 300, Nashville, TN 37203 - 1-888-555-0153",
    "",
    f"Fecha del aviso: {ES(nd)}",
    "",
    "Sra. Lucía Ibáñez Ortega",
    "2215 Whites Creek Pike",
    "Nashville, TN 37207",
    "",
    "|Nombre del miembro:|Mateo Quiroga Ibáñez|",
    "|Fecha de nacimiento:|22/03/2014|",
    "|Número de identificación del miembro:|PSA-00918-27|",
    "|Reclamación n.º:|77-314-2026-0091|",
    "",
    "Estimada Sra. Ibáñez Ortega:",
    f"Le escribimos sobre la reclamación de Terapia Familiar Los Robles por los servicios que recibió su hijo, Mateo Quiroga Ibáñez, el {ES(D(2026, 3, 3))} y el {ES(D(2026, 3, 10))}. Los servicios fueron psicoterapia de 45 minutos (90834) y psicoterapia familiar con el paciente presente (90847). Diagnóstico: F90.2 y F43.23.",
    "## Nuestra decisión",
    "No pagaremos estos servicios porque Terapia Familiar Los Robles no es un proveedor de la red del Plan de Salud Infantil Arboleda. El plan solo paga servicios fuera de la red en casos de emergencia o cuando el plan los aprueba antes. No había una aprobación para estos servicios.",
    "## Cómo apelar",
    "Usted tiene hasta el 20 de junio de 2026 para pedir una apelación. Puede llamar al 1-888-555-0153 o escribir a: Plan de Salud Infantil Arboleda, Apelaciones, PO Box 280455, Nashville, TN 37228.",
    "Si no está de acuerdo con la decisión de la apelación, puede pedir una revisión externa independiente. Le explicaremos cómo hacerlo en la carta de decisión.",
    "Si necesita este aviso en otro idioma o formato, llame gratis al 1-888-555-0153.",
], X(patient_name="Mateo Quiroga Ibáñez", member_id="PSA-00918-27", claim_number="77-314-2026-0091",
     insurer="Plan de Salud Infantil Arboleda", notice_date=nd, service_dates=[D(2026, 3, 3), D(2026, 3, 10)],
     procedure_codes=["90834", "90847"], diagnosis_codes=["F90.2", "F43.23"], carc_codes=[],
     denial_category="out_of_network", urgent=False, appeal_deadline=dl,
     deadline_basis="tiene hasta el 20 de junio de 2026"),
    "Spanish CHIP notice to a parent about a child; plan_type left out (CHIP is not one of the README's plan types)")

# ------------------------------------------------------------------ d09 Spanish Medicaid, image-only scan, Spravato pre-service
nd = D(2026, 9, 30)
add("d09_medicaid_spravato_es_escaneo", "scanpdf", [
    "ALIANZA SALUD FAMILIAR",
    "Plan de atención administrada de Medicaid (AHCCCS) - 3200 E Camelback Rd, Phoenix, AZ 85018 - 1-877-555-0194",
    "---",
    f"Fecha: {ES(nd)}",
    "",
    "José Manuel Ortiz Bermúdez",
    "4021 S 16th Ave",
    "Tucson, AZ 85713",
    "",
    "|Fecha de nacimiento: 07/08/1972|ID de miembro: ASF-61-0099318|",
    "|Número de autorización: AUT-6620145|Proveedor: Desierto Claro Salud Mental|",
    "",
    "# Aviso de determinación adversa de beneficios",
    "Estimado Sr. Ortiz Bermúdez:",
    "Su proveedor pidió autorización para tratamiento con Spravato (esketamina) en aerosol nasal: código S0013 (esketamina, 1 mg) y código G2083 (visita con autoadministración de más de 56 mg y observación). Diagnóstico: F33.2.",
    "Hemos negado esta solicitud. Un psiquiatra del plan revisó los documentos. El tratamiento no cumple los criterios de necesidad médica del plan porque los registros no muestran dos tratamientos previos con antidepresivos a dosis y duración adecuadas durante el episodio actual.",
    "## ¿Qué puede hacer?",
    "Usted puede pedir una apelación en un plazo de 60 días calendario a partir de la fecha de esta carta. Llame al 1-877-555-0194 o escriba a: Alianza Salud Familiar, Apelaciones, PO Box 16720, Phoenix, AZ 85011.",
    "Si su salud está en grave peligro, pida una apelación acelerada; le daremos una respuesta en 72 horas.",
    "Si el plan mantiene la decisión, puede pedir una audiencia imparcial estatal dentro de 120 días después de la carta de decisión de la apelación.",
    "Atentamente, Departamento de Gestión Médica",
], X(patient_name="José Manuel Ortiz Bermúdez", member_id="ASF-61-0099318", claim_number="AUT-6620145",
     insurer="Alianza Salud Familiar", notice_date=nd, service_dates=[], procedure_codes=["S0013", "G2083"],
     diagnosis_codes=["F33.2"], carc_codes=[], denial_category="medical_necessity", plan_type="medicaid",
     urgent=False, appeal_deadline=plus(nd, 60),
     deadline_basis="en un plazo de 60 días calendario a partir de la fecha de esta carta"),
    "Spanish Medicaid MCO notice scanned to an image-only PDF", seed=9)

# ------------------------------------------------------------------ d10 multi-claim EOB ERISA, 1 of 3 denied
nd = D(2026, 4, 6)
add("d10_eob_three_claims_erisa", "pdf", [
    "Pinecrest Benefit Life Insurance Company",
    "Claims Office - PO Box 7720, Hartford, CT 06102 - Customer Service 1-800-555-0107",
    "# EXPLANATION OF BENEFITS - THIS IS NOT A BILL",
    f"|Statement date: {L(nd)}|Member: Colleen M. Atherton|",
    "|Member ID: PBL-553019-02|Group: Dunmore Precision Tooling LLC - 7730-01|",
    f"|Claims processed from {L(D(2026, 3, 1))} through {L(D(2026, 3, 31))}| |",
    "---",
    "## Claim 26068A11937 - Patient: Colleen M. Atherton - Provider: Northside Family Medicine",
    "||Date of service|Service|Code|Billed|Allowed|Plan paid|You owe|Adj. codes|",
    "||03/09/2026|Office visit|99214|$210.00|$142.18|$117.18|$25.00|PR-3|",
    "## Claim 26072B40512 - Patient: Colleen M. Atherton - Provider: Lumen Ketamine Clinic PLLC",
    "||Date of service|Service|Code|Billed|Allowed|Plan paid|You owe|Adj. codes|",
    "||03/12/2026|IV infusion, initial hour|96365|$650.00|$0.00|$0.00|$0.00|CO-197|",
    "||03/12/2026|IV infusion, addl hour|96366|$300.00|$0.00|$0.00|$0.00|CO-197|",
    "||03/12/2026|Unclassified drug (ketamine)|J3490|$95.00|$0.00|$0.00|$0.00|CO-197|",
    "## Claim 26079C00875 - Patient: Colleen M. Atherton - Provider: Quest Point Laboratories",
    "||Date of service|Service|Code|Billed|Allowed|Plan paid|You owe|Adj. codes|",
    "||03/19/2026|Metabolic panel|80053|$48.00|$11.40|$11.40|$0.00| |",
    "---",
    "## Explanation of codes",
    "PR-3: Copayment amount. CO-197: Precertification/authorization/notification absent. The provider did not get the approval your plan requires before these services, so the claim was denied. Network providers may not bill you for amounts denied with a CO code.",
    "## Your right to appeal",
    "If you disagree with a denial on this statement, you may appeal. You have 180 days from the statement date shown above to request an appeal. Write to Pinecrest Benefit Life, Appeals, PO Box 7731, Hartford, CT 06102 or fax 1-860-555-0152. Include the claim number. You may request, free of charge, copies of all documents relevant to your claim and the diagnosis and treatment codes and their meanings.",
    "Your plan is an employee welfare benefit plan governed by the Employee Retirement Income Security Act of 1974 (ERISA). You have the right to bring a civil action under section 502(a) of ERISA after you have completed the plan's appeal process.",
], X(patient_name="Colleen M. Atherton", member_id="PBL-553019-02", claim_number="26072B40512",
     insurer="Pinecrest Benefit Life Insurance Company", notice_date=nd, service_dates=[D(2026, 3, 12)],
     procedure_codes=["96365", "96366", "J3490"], diagnosis_codes=[], carc_codes=["CO-197"],
     denial_category="prior_authorization", plan_type="employer_erisa", urgent=False,
     appeal_deadline=plus(nd, 180), deadline_basis="180 days from the statement date shown above"),
    "insurer sample EOB with three claims, only the ketamine claim denied; statement period 'from ... through ...'")

# ------------------------------------------------------------------ d11 Marketplace EOB, 2 of 3 claims denied
nd = D(2026, 5, 19)
add("d11_eob_marketplace_two_denied", "txt", [
    "~TIDEWATER HEALTH OPTIONS                                  EXPLANATION OF BENEFITS",
    "~PO Box 11408, Norfolk, VA 23517                           This is not a bill",
    "~Member Services 1-844-555-0185",
    "",
    "~Member:         Priyanka Raman-Oduya           Date of this notice:  " + N(nd),
    "~Member ID:      TWH6107332501                  Plan: Tidewater Silver 3500 (Marketplace)",
    "~Address:        88 Bayview Terrace, Norfolk, VA 23503",
    "",
    "~CLAIM SUMMARY",
    "~Claim #        Provider                        Service date  Code   Billed    Plan paid  You owe   Remark",
    "~TW2604-18830   Harbor Pharmacy #212            04/14/2026    RX     $38.12    $28.12     $10.00    --",
    "~TW2604-20177   Coastal Counseling Collective   04/16/2026    90837  $185.00   $0.00      $185.00   CO-242",
    "~TW2605-00412   Coastal Counseling Collective   04/30/2026    90837  $185.00   $0.00      $185.00   CO-242",
    "",
    "REMARK CODES",
    "CO-242: Services not provided by network/primary care providers. Coastal Counseling Collective is not in the Tidewater Silver network. Your plan does not cover care from out-of-network providers except for emergencies or when we approve it in advance.",
    "",
    "DIAGNOSIS ON CLAIMS TW2604-20177 AND TW2605-00412: F41.1",
    "",
    "YOUR RIGHT TO APPEAL",
    "You bought this qualified health plan through the Health Insurance Marketplace. If you think we made a mistake, you can ask us to reconsider. Your appeal must be filed within 180 days of the date of this notice. Send it to Tidewater Health Options, Grievances and Appeals, PO Box 11490, Norfolk, VA 23517, or call 1-844-555-0185. After our final decision you may ask for an external review by an independent review organization through the Virginia Bureau of Insurance.",
], X(patient_name="Priyanka Raman-Oduya", member_id="TWH6107332501", insurer="Tidewater Health Options",
     notice_date=nd, service_dates=[D(2026, 4, 16), D(2026, 4, 30)], procedure_codes=["90837"],
     diagnosis_codes=["F41.1"], carc_codes=["CO-242"], denial_category="out_of_network",
     plan_type="individual_aca", urgent=False, appeal_deadline=plus(nd, 180),
     deadline_basis="within 180 days of the date of this notice"),
    "Marketplace EOB, three claims, two denied with different claim numbers: claim_number left out on purpose")

# ------------------------------------------------------------------ d12 FEHB EOB docx, 1 of 3 denied, 6 months
nd = D(2026, 5, 29)
add("d12_fehb_eob_tms", "docx", [
    "# Ironwood Federal Health Benefit Plan",
    "A plan in the Federal Employees Health Benefits (FEHB) Program - PO Box 96022, Alexandria, VA 22313 - 1-800-555-0179",
    "",
    "Explanation of Benefits - this is not a bill",
    f"Date: {L(nd)}",
    "Enrollee: Gideon P. Marchetti     Patient: Gideon P. Marchetti",
    "Enrollee ID: R71428830",
    "",
    "|Claim number|Provider|Date of service|Service (code)|Charged|Plan paid|Your share|Reason|",
    "|IFH-26-0471553|Dr. Naomi Feld, MD|04/08/2026|Psychiatric diagnostic evaluation (90792)|$320.00|$236.00|$30.00|A1|",
    "|IFH-26-0479902|Potomac TMS Center|04/22/2026|TMS initial motor threshold and mapping (90867)|$480.00|$0.00|$480.00|CO-50|",
    "|IFH-26-0480117|Dr. Naomi Feld, MD|04/29/2026|Medication management with psychotherapy (99214, 90833)|$275.00|$201.50|$30.00|A1|",
    "",
    "Reason codes",
    "A1 - Paid under your plan benefits after your copayment.",
    "CO-50 - These are non-covered services because this is not deemed a medical necessity by the payer. The records for claim IFH-26-0479902 did not show the two antidepressant trials and the depression severity score that our TMS criteria (Ironwood Medical Policy 3.07) require. Diagnosis on this claim: F33.2.",
    "",
    "## If you disagree",
    "This statement is our initial decision on the claims listed. Under the FEHB disputed claims process (5 CFR 890.105), you may ask us in writing to reconsider our decision within 6 months from the date of our decision. Write to: Ironwood Federal Health Benefit Plan, Reconsiderations, PO Box 96040, Alexandria, VA 22313. If we do not change our decision, you may ask the U.S. Office of Personnel Management (OPM) to review it.",
], X(patient_name="Gideon P. Marchetti", member_id="R71428830", claim_number="IFH-26-0479902",
     insurer="Ironwood Federal Health Benefit Plan", notice_date=nd, service_dates=[D(2026, 4, 22)],
     procedure_codes=["90867"], diagnosis_codes=["F33.2"], carc_codes=["CO-50"],
     denial_category="medical_necessity", plan_type="fehb", urgent=False,
     appeal_deadline=plus_months(nd, 6), deadline_basis="within 6 months from the date of our decision"),
    "FEHB carrier EOB in Word, three claims, one TMS claim denied; 6-month reconsideration window")

# ------------------------------------------------------------------ d13 fax cover + UR letter to provider, Marketplace, expedited
nd = D(2026, 6, 22)
add("d13_fax_ur_expedited_marketplace", "pdf", [
    "# FAX",
    "||DATE:|06/22/2026|PAGES (incl. cover):|3|",
    "||TO:|Anita Borowski, MD - Summit Ridge TMS|FAX:|(555) 555-0199|",
    "||FROM:|Utilization Management, Cobalt Coast Health Plan|PHONE:|1-877-555-0131|",
    "||RE:|Expedited pre-service determination|FAX:|1-877-555-0132|",
    "CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it in error, notify the sender and destroy all copies.",
    "---",
    "Cobalt Coast Health Plan - Utilization Management - 700 Harbor Blvd, Long Beach, CA 90802",
    "",
    f"{L(nd)}",
    "",
    "Anita Borowski, MD",
    "Summit Ridge TMS",
    "1250 Pacific Coast Hwy, Suite 5, Huntington Beach, CA 92648",
    "",
    "|Member:|Kwabena Adjei-Whitlock|",
    "|DOB:|12/01/1990|",
    "|Member ID:|CCH-90215577|",
    "|Plan:|Cobalt Coast Silver 70 HMO - individual coverage purchased through Covered California|",
    "|Reference #:|UM-26-173-0442|",
    "|Review type:|Expedited (urgent) pre-service|",
    "|Service:|Transcranial magnetic stimulation - 90867 x1, 90868 x36|",
    "|Diagnosis:|F33.2|",
    "",
    "Dear Dr. Borowski:",
    "Cobalt Coast Health Plan received your expedited request on June 20, 2026 for the service above. After review by a board-certified psychiatrist, the request is denied. The documentation does not show a failed trial of at least two antidepressants at adequate dose and duration in the current episode, which is required by Cobalt Coast Medical Policy MP-BH-09 (Transcranial Magnetic Stimulation). The service is therefore not medically necessary under the member's Evidence of Coverage.",
    "A peer-to-peer discussion is available: call 1-877-555-0131 option 3 within 5 business days.",
    "## Appeal rights",
    "The member, or you on the member's behalf, may request an expedited appeal by phone or fax; we will decide within 72 hours. A standard appeal may be filed within 180 days from the date of this notice. Send appeals to Cobalt Coast Health Plan, Appeals & Grievances, PO Box 22590, Long Beach, CA 90801, fax 1-877-555-0133. The member may also contact the California Department of Managed Health Care about an Independent Medical Review.",
    "A copy of this letter has been mailed to the member.",
    "Sincerely, Helen Tso, RN, Utilization Management Nurse, for Daniel Marsh, MD, Medical Director",
], X(patient_name="Kwabena Adjei-Whitlock", member_id="CCH-90215577", claim_number="UM-26-173-0442",
     insurer="Cobalt Coast Health Plan", notice_date=nd, service_dates=[], procedure_codes=["90867", "90868"],
     diagnosis_codes=["F33.2"], carc_codes=[], denial_category="medical_necessity", plan_type="individual_aca",
     urgent=True, appeal_deadline=plus(nd, 180), deadline_basis="within 180 days from the date of this notice"),
    "fax cover sheet + utilization review letter to the provider (salutation names the doctor, not the patient)")

# ------------------------------------------------------------------ d14 HTML e-mail, Marketplace, Spravato, no auth
import datetime as _dt

nd = D(2026, 8, 11)
_html14 = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="background:#1f4e79;color:#fff;padding:12px"><b>Juniper Plains Health</b> &middot; Member Notices</div>
<p>Hello Lorenzo,</p>
<p>A new document is available in your member account: <b>Notice of claim denial</b>. A summary is below.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><td>Member name</td><td>Lorenzo Baptiste-Marsh</td></tr>
<tr><td>Member ID</td><td>JPH-4418-2290</td></tr>
<tr><td>Claim number</td><td>JP26-221-80457</td></tr>
<tr><td>Notice date</td><td>August 11, 2026</td></tr>
<tr><td>Date of service</td><td>07/29/2026</td></tr>
<tr><td>Provider</td><td>Riverside Spravato Treatment Center</td></tr>
<tr><td>Services</td><td>S0013 esketamine nasal spray 1 mg (x84); G2083 esketamine self-administration visit with observation</td></tr>
<tr><td>Diagnosis</td><td>F33.1</td></tr>
<tr><td>Claim status</td><td><b>Denied</b> &ndash; CO-197 (precertification/authorization absent)</td></tr>
</table>
<p><b>Why was this claim denied?</b> Spravato treatment needs prior authorization under your Juniper Plains Bronze Saver plan. We did not receive an authorization request from the provider before the date of service.</p>
<p><b>Your appeal rights.</b> Your plan is an individual health plan bought through the Health Insurance Marketplace. You can file an internal appeal within 180 days from the date of this notice. Reply to appeals@juniperplains.example, fax 1-316-555-0148, or write to Juniper Plains Health, Appeals, PO Box 47711, Wichita, KS 67201. If we uphold the denial you can request an external review.</p>
<p>Questions? Call 1-866-555-0196 (TTY 711).</p>
<p style="font-size:11px;color:#666">Please do not reply with personal health details to this automated address. &copy; 2026 Juniper Plains Health.</p>
</body></html>"""
_text14 = """Hello Lorenzo,

A new document is available in your member account: Notice of claim denial.

Member name: Lorenzo Baptiste-Marsh
Member ID: JPH-4418-2290
Claim number: JP26-221-80457
Notice date: August 11, 2026
Date of service: 07/29/2026
Provider: Riverside Spravato Treatment Center
Services: S0013 esketamine nasal spray 1 mg (x84); G2083 esketamine self-administration visit with observation
Diagnosis: F33.1
Claim status: Denied - CO-197 (precertification/authorization absent)

Why was this claim denied? Spravato treatment needs prior authorization under your Juniper Plains Bronze Saver plan. We did not receive an authorization request from the provider before the date of service.

Your appeal rights. Your plan is an individual health plan bought through the Health Insurance Marketplace. You can file an internal appeal within 180 days from the date of this notice. Reply to appeals@juniperplains.example, fax 1-316-555-0148, or write to Juniper Plains Health, Appeals, PO Box 47711, Wichita, KS 67201. If we uphold the denial you can request an external review.

Questions? Call 1-866-555-0196 (TTY 711).
"""
add("d14_email_html_marketplace", "eml", [], X(
    patient_name="Lorenzo Baptiste-Marsh", member_id="JPH-4418-2290", claim_number="JP26-221-80457",
    insurer="Juniper Plains Health", notice_date=nd, service_dates=[D(2026, 7, 29)],
    procedure_codes=["S0013", "G2083"], diagnosis_codes=["F33.1"], carc_codes=["CO-197"],
    denial_category="prior_authorization", plan_type="individual_aca", urgent=False,
    appeal_deadline=plus(nd, 180), deadline_basis="within 180 days from the date of this notice"),
    "e-mail notice (MIME multipart/alternative, HTML table body)",
    eml=dict(subject="Important: a claim decision is available - JP26-221-80457",
             from_="Juniper Plains Health <notices@juniperplains.example>",
             to="Lorenzo Baptiste-Marsh <lbmarsh@mailbox.example>",
             date=_dt.datetime(2026, 8, 11, 9, 14, 22, tzinfo=_dt.timezone(_dt.timedelta(hours=-5))),
             text=_text14, html=_html14))

# ------------------------------------------------------------------ d15 plain e-mail, student plan, day-first with hint
nd = D(2026, 4, 2)
_text15 = """Dear Aiko Tanabe-Morrison,

This message is from Collegiate Health Assurance Company, the insurer of the Westbridge University Student Health Insurance Plan (SHIP). It concerns a claim we processed for you.

Please note: all dates in this message are shown as DD/MM/YYYY.

  Student / member:    Aiko Tanabe-Morrison
  Member ID:           WBU-S2025-31877
  Claim number:        CHA-2603-118845
  Provider:            Dr. Elena Vasquez-Roe, LCSW (telehealth)
  Dates of service:    04/03/2026 and 11/03/2026
  Service:             Psychotherapy, 45 minutes (CPT 90834), place of service 02
  Diagnosis:           F43.22
  Date of decision:    02/04/2026

Decision: DENIED. Both visits were billed as telehealth (place of service 02) without the telehealth modifier 95 that the plan requires, and the claim lines cannot be processed as billed (adjustment code CO-4: the procedure code is inconsistent with the modifier used or a required modifier is missing). This is a billing problem, not a decision about whether the visits were needed. Your provider may send a corrected claim.

If you disagree with this decision, you may appeal within 180 days of the date of this decision. Send your appeal to SHIP Appeals, Collegiate Health Assurance Company, PO Box 5509, Madison, WI 53705, or upload it in the student portal.

Student Health Insurance Office, Westbridge University - ship@westbridge.example - +1 608 555 0114

This e-mail was sent from an unmonitored mailbox.
"""
add("d15_email_student_plan_ddmm", "eml", [], X(
    patient_name="Aiko Tanabe-Morrison", member_id="WBU-S2025-31877", claim_number="CHA-2603-118845",
    insurer="Collegiate Health Assurance Company", notice_date=nd, service_dates=[D(2026, 3, 4), D(2026, 3, 11)],
    procedure_codes=["90834"], diagnosis_codes=["F43.22"], carc_codes=["CO-4"],
    denial_category="coding_billing", urgent=False, appeal_deadline=plus(nd, 180),
    deadline_basis="within 180 days of the date of this decision"),
    "plain-text e-mail from a student health plan insurer; day-first dates with an explicit DD/MM/YYYY hint; plan_type left out (student plan)",
    eml=dict(subject="Claim decision CHA-2603-118845",
             from_="Collegiate Health Assurance <no-reply@collegiatehealth.example>",
             to="aiko.tm@student.westbridge.example",
             date=_dt.datetime(2026, 4, 2, 16, 40, 5, tzinfo=_dt.UTC), text=_text15))

# ------------------------------------------------------------------ d16 TPA letter, day-first without hint (unambiguous days)
nd = D(2026, 5, 21)
add("d16_tpa_dayfirst_nohint", "txt", [
    "NORTHGATE CLAIMS SERVICES LTD",
    "Third-party administrator for the Harrowgate Analytics US Employee Benefit Plan",
    "Unit 4, 220 Federal Street, Boston, MA 02110   |   +1 617 555 0168",
    "",
    f"Date: {DMY(nd)}",
    "",
    "~Fiona Delacroix-Haugen",
    "~31 Larchmont Road",
    "~Brookline, MA 02446",
    "",
    "~Date of birth:       30/11/1984",
    "~Member number:       HGA-00412-7",
    "~Our reference:       NCS/26/0519/2281",
    "",
    "Dear Ms Delacroix-Haugen,",
    "",
    f"Re: Claim for intravenous ketamine treatment on {DMY(D(2026, 4, 14))} and {DMY(D(2026, 4, 28))}",
    "",
    "We have assessed the claim from Back Bay Infusion Partners for the treatment above (CPT 96365 and HCPCS J3490, ketamine hydrochloride; diagnosis F33.2). The Harrowgate Analytics US Employee Benefit Plan is self-funded by your employer; Northgate Claims Services administers claims for the Plan but does not insure it.",
    "",
    "The claim has been declined. Section 7.4(m) of the Plan Document lists 'ketamine infusion for any psychiatric or behavioural health indication' among the Plan's exclusions. Because the treatment is excluded, the Plan provides no benefit for it regardless of medical need.",
    "",
    "If you disagree with this decision you may appeal in writing within 180 days of the date of this letter to: Appeals Officer, Northgate Claims Services Ltd, 220 Federal Street, Unit 4, Boston, MA 02110. You may submit written comments, documents and other information, and you may request copies of all documents relevant to your claim free of charge. As a participant in a plan governed by ERISA, you may bring a civil action under section 502(a) of ERISA after the Plan's appeal procedures are exhausted.",
    "",
    "Yours sincerely,",
    "Claims Assessment Team",
    "Northgate Claims Services Ltd, on behalf of the Plan Administrator",
], X(patient_name="Fiona Delacroix-Haugen", member_id="HGA-00412-7", claim_number="NCS/26/0519/2281",
     notice_date=nd, service_dates=[D(2026, 4, 14), D(2026, 4, 28)], procedure_codes=["96365", "J3490"],
     diagnosis_codes=["F33.2"], carc_codes=[], denial_category="not_covered", plan_type="employer_erisa",
     urgent=False, appeal_deadline=plus(nd, 180), deadline_basis="within 180 days of the date of this letter"),
    "TPA letter (administrator vs self-funded plan: insurer left out); day-first dates without a hint, every day > 12",
    keep=("within 180 days of the date of this letter",))

# ------------------------------------------------------------------ d17 TPA docx, US dates, timely filing, 'after you receive'
nd = D(2026, 9, 9)
add("d17_tpa_timely_filing", "docx", [
    "Brightline Benefit Administrators, Inc.",
    "Claims administrator for the Tessaro Hospitality Group Health & Welfare Plan",
    "PO Box 3318, Scottsdale, AZ 85271 - 1-888-555-0110",
    "",
    f"{L(nd)}",
    "",
    "Marcus T. Halloran",
    "5402 E Cactus Wren Rd",
    "Paradise Valley, AZ 85253",
    "",
    "|Employee/Patient|Marcus T. Halloran|",
    "|Participant ID|BBA-TH-7730194|",
    "|Claim number|BB2609-004471|",
    "|Provider|Desert Bloom Psychotherapy, PLLC|",
    f"|Date of service|{N(D(2025, 11, 4))}|",
    "|Procedure|90837 Psychotherapy, 60 minutes|",
    "|Claim received|08/28/2026|",
    "|Adjustment reason|CO-29 The time limit for filing has expired.|",
    "",
    "Dear Mr. Halloran:",
    "The claim above was received more than 180 days after the date of service. The Plan Document (Article V, Section 5.3) requires that claims be submitted within 180 days of the date of service. The claim is therefore denied for late filing. Under the Plan's network agreement the provider may not bill you for this amount.",
    "You or your authorized representative may appeal this decision. Your written appeal must be received within 180 days after you receive this letter. Mail it to Brightline Benefit Administrators, Attn: Appeals, PO Box 3320, Scottsdale, AZ 85271, or fax it to 1-480-555-0121.",
    "You have the right to bring a civil action under section 502(a) of ERISA following an adverse benefit determination on appeal.",
    "Sincerely,",
    "Claims Department, Brightline Benefit Administrators, Inc., on behalf of the Tessaro Hospitality Group Health & Welfare Plan",
], X(patient_name="Marcus T. Halloran", member_id="BBA-TH-7730194", claim_number="BB2609-004471",
     notice_date=nd, service_dates=[D(2025, 11, 4)], procedure_codes=["90837"], diagnosis_codes=[],
     carc_codes=["CO-29"], denial_category="timely_filing", plan_type="employer_erisa", urgent=False),
    "TPA letter in Word; deadline counted from receipt (not a date the notice gives), so appeal_deadline is left out; insurer left out (TPA vs plan)")

# ------------------------------------------------------------------ d18 TRICARE EOB photo (PNG), DoD benefits number
nd = D(2026, 6, 29)
add("d18_tricare_eob_photo", "photo_png", [
    "TRICARE East Region - Palisade Federal Health Services, claims processor",
    "PO Box 870140, Surfside Beach, SC 29587-9740 - 1-800-555-0116",
    "# TRICARE Explanation of Benefits",
    "This is a statement of action taken on your TRICARE claim. Keep it for your records. This is not a bill.",
    f"||Date of notice|{L(nd)}|Sponsor|SSG Darnell K. Price|",
    "||Beneficiary|Shayla R. Okonkwo-Price|DoD Benefits Number|10494817263|",
    "||Claim number|25-187-004412-00|Provider|Lowcountry Brain Health TMS|",
    "",
    "||Date of service|Service|Billed|Allowed|Paid|Notes|",
    "||06/01/2026|TMS treatment session (90868)|$310.00|$0.00|$0.00|1|",
    "||06/02/2026|TMS treatment session (90868)|$310.00|$0.00|$0.00|1|",
    "||06/03/2026|TMS treatment session (90868)|$310.00|$0.00|$0.00|1|",
    "Note 1: Prior authorization is required for transcranial magnetic stimulation. No authorization was on file for these dates. Diagnosis: F33.1.",
    "## Appeal rights",
    "You may appeal this decision. Your appeal must be postmarked or received within 90 days of the date of this notice. Send it to: Palisade Federal Health Services, TRICARE Appeals, PO Box 870145, Surfside Beach, SC 29587-9745.",
], X(patient_name="Shayla R. Okonkwo-Price", member_id="10494817263", claim_number="25-187-004412-00",
     notice_date=nd, service_dates=[D(2026, 6, 1), D(2026, 6, 2), D(2026, 6, 3)], procedure_codes=["90868"],
     diagnosis_codes=["F33.1"], carc_codes=[], denial_category="prior_authorization", urgent=False,
     appeal_deadline=plus(nd, 90), deadline_basis="within 90 days of the date of this notice"),
    "TRICARE EOB photographed (PNG); DoD Benefits Number as member ID; sponsor named beside beneficiary; insurer and plan_type left out",
    seed=18, angle=2.2)

# ------------------------------------------------------------------ d19 Medicare Summary Notice, Part B, calendar deadline
nd = D(2026, 8, 3)
add("d19_msn_original_medicare", "pdf", [
    "# Medicare Summary Notice for Part B (Medical Insurance)",
    "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
    "||Walter E. Brannigan|Notice for Walter E. Brannigan|",
    "||1187 Quarry Lane, Montpelier, VT 05602|Medicare Number XXXX-XX8-WK61|",
    f"|| |Date of this notice: {L(nd)}|",
    "|| |Claims and services processed between May 4 - August 1, 2026|",
    "THIS IS NOT A BILL",
    "## Your Deductible Status",
    "You have met your Part B deductible for 2026.",
    "## Did Medicare approve all services?",
    "NO - Medicare denied 1 service. See page 3 for details.",
    "## If you disagree with a coverage decision",
    "Your appeal must be received by December 1, 2026. See page 4 for how to appeal.",
    "---",
    "## Your Claims for Part B (Medical Insurance)",
    "Green Mountain Psychiatry Associates - Claim number 22617100118430",
    "||Service provided & billing code|Date|Service approved?|Amount provider charged|Medicare-approved amount|Medicare paid|You may be billed|See notes|",
    "||Office visit, established patient (99214)|06/02/2026|Yes|$205.00|$128.44|$100.72|$25.18| |",
    "||Psychotherapy add-on, 30 min (90833)|06/02/2026|Yes|$110.00|$74.60|$58.50|$14.62| |",
    "Hillcrest Neuromodulation Services - Claim number 22617300441520",
    "||Service provided & billing code|Date|Service approved?|Amount provider charged|Medicare-approved amount|Medicare paid|You may be billed|See notes|",
    "||Therapeutic repetitive transcranial magnetic stimulation, treatment delivery (90868)|06/09/2026|No|$325.00|$0.00|$0.00|$0.00|A|",
    "Notes for Your Claims",
    "A  The information provided does not support the need for this service or item. Your provider did not tell you in writing before the service that Medicare would probably deny it, so you are not responsible for this charge.",
    "---",
    "## How to Handle Denied Claims or File an Appeal",
    "If you disagree with a coverage decision, you can file an appeal. Your appeal must be received by December 1, 2026. Circle the service(s) you disagree with on this notice, explain why, sign, and send it with any supporting documents to: Medicare Claims Processor, Jurisdiction K Part B Redeterminations, PO Box 4410, Hingham, MA 02044.",
    "Get help: 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048.",
], X(patient_name="Walter E. Brannigan", claim_number="22617300441520", notice_date=nd,
     service_dates=[D(2026, 6, 9)], procedure_codes=["90868"], diagnosis_codes=[], carc_codes=[],
     denial_category="medical_necessity", plan_type="medicare", urgent=False, appeal_deadline=D(2026, 12, 1),
     deadline_basis="must be received by December 1, 2026"),
    "Medicare Summary Notice layout, two claims, one denied; masked Medicare Number (member_id and insurer left out)")

# ------------------------------------------------------------------ d20 1-bit fax TIFF, ERISA, ketamine investigational
nd = D(2026, 8, 18)
dl = D(2027, 2, 14)
add("d20_fax_ketamine_erisa", "fax_tiff", [
    "Granite Shore Health Insurance Co.",
    "Utilization Management Department - 45 Merrimack Street, Manchester, NH 03101",
    "Phone 1-800-555-0189   Fax 1-603-555-0184",
    "",
    f"DATE: {L(nd)}",
    "",
    "TO: Seacoast Ketamine & Mood Clinic, Attn: Prior Authorization Coordinator",
    "",
    "|MEMBER NAME:|Beatriz Olmstead|",
    "|DATE OF BIRTH:|01/22/1969|",
    "|MEMBER ID:|GSH0440219877|",
    "|PA REFERENCE:|PA 2608-118-0042|",
    "|SERVICE:|IV ketamine infusion series (96365, 96366, J3490) x 6|",
    "|DIAGNOSIS:|F33.2, F43.12|",
    "",
    "# NOTICE OF ADVERSE DETERMINATION - PRE-SERVICE",
    "The request for the service listed above is DENIED. Intravenous ketamine for treatment-resistant depression is considered experimental/investigational under Granite Shore Medical Policy 5.01.33 because its long-term safety and effectiveness have not been established in published peer-reviewed literature. Experimental and investigational services are excluded from coverage under the member's employer-sponsored group plan, which is subject to ERISA.",
    "APPEAL RIGHTS: The member or the provider acting for the member may appeal. An appeal must be filed by February 14, 2027. Expedited appeals for urgent situations may be requested by phone. Send appeals to Granite Shore Health, Appeals Unit, PO Box 1901, Manchester, NH 03105, fax 1-603-555-0186.",
    "A copy of this notice was mailed to the member.",
], X(patient_name="Beatriz Olmstead", member_id="GSH0440219877", claim_number="PA 2608-118-0042",
     insurer="Granite Shore Health Insurance Co.", notice_date=nd, service_dates=[],
     procedure_codes=["96365", "96366", "J3490"], diagnosis_codes=["F33.2", "F43.12"], carc_codes=[],
     denial_category="experimental_investigational", plan_type="employer_erisa", urgent=False,
     appeal_deadline=dl, deadline_basis="must be filed by February 14, 2027"),
    "1-bit fax TIFF to the clinic; fax header timestamp is the day after the letter date; calendar deadline",
    fax_header="AUG 19 2026 15:02   GRANITE SHORE UM   6035550184   P. 2/3", seed=20)

# ------------------------------------------------------------------ d21 boxed header table, Marketplace, Spravato OON
nd = D(2026, 9, 15)
add("d21_boxed_header_marketplace", "pdf", [
    "# Silverleaf Health",
    "Claims Determination Notice",
    "||Date of Birth|06/14/1983|Notice Date|09/15/2026|",
    "||Member Name|Odalys Brennan-Szabo|Member ID|SLH880417652|",
    "||Claim Number|SL-26-0915-33807|Plan|Silverleaf Gold Select - Individual & Family (Marketplace)|",
    "||Date(s) of Service|08/25/2026, 08/28/2026|Provider|Mindful Path Psychiatry (out of network)|",
    "||Services|S0013 x 56; G2082 x 1 per date|Diagnosis|F33.2|",
    "||Amount billed|$2,680.00|Plan paid|$0.00|",
    "",
    "Denial code: CO-242 - Services not provided by network/primary care providers.",
    "We did not pay this claim because Mindful Path Psychiatry is not part of the Silverleaf Gold Select provider network. Your plan is an exclusive provider organization (EPO) plan: except for emergencies, it covers care only from network providers. Two network providers within 25 miles of your home offer Spravato treatment; call Member Services for their names.",
    "## Appeal rights",
    "You may ask for an internal appeal within 180 days of the Notice Date shown above. Send your appeal and any supporting documents to Silverleaf Health Appeals, PO Box 20388, Tempe, AZ 85285, fax 1-480-555-0127. If we uphold our decision, you may request an external review by an independent review organization through the Arizona Department of Insurance and Financial Institutions.",
    "Member Services: 1-855-555-0150 (TTY 711).",
], X(patient_name="Odalys Brennan-Szabo", member_id="SLH880417652", claim_number="SL-26-0915-33807",
     insurer="Silverleaf Health", notice_date=nd, service_dates=[D(2026, 8, 25), D(2026, 8, 28)],
     procedure_codes=["S0013", "G2082"], diagnosis_codes=["F33.2"], carc_codes=["CO-242"],
     denial_category="out_of_network", plan_type="individual_aca", urgent=False, appeal_deadline=plus(nd, 180),
     deadline_basis="within 180 days of the Notice Date shown above"),
    "boxed header table with the date of birth in the first cell")

# ------------------------------------------------------------------ d22 sideways photo, MA payment denial, couples therapy not covered
nd = D(2026, 10, 2)
add("d22_ma_payment_denial_sideways", "sideways_jpg", [
    "Heronwood Health - Heronwood Medicare Advantage (PPO)",
    "PO Box 6120, Portland, ME 04101 - 1-800-555-0174 (TTY 711)",
    "Important: This notice explains your right to appeal our decision. Read this notice carefully.",
    "# Notice of Denial of Payment",
    f"|Date: {L(nd)}|Member number: HWM-77102938|",
    "|Name: Florence A. Macready|Claim number: HW2609-3318402|",
    f"|Provider: Casco Bay Couples Counseling|Dates of service: {L(D(2026, 9, 1))} and {L(D(2026, 9, 8))}|",
    "## Your request was denied",
    "We've denied payment of the medical services listed below: family/couples psychotherapy with the patient present (90847). Diagnosis on the claim: Z63.0.",
    "## Why did we deny your request?",
    "Marriage and couples counseling for relationship problems is not a Medicare-covered service and is not an added benefit of your plan (Evidence of Coverage, Chapter 4, Section 3, services not covered).",
    "## You have the right to appeal our decision",
    "Ask Heronwood Health for an appeal within 65 days of the date of this notice. Write to Heronwood Health Appeals, PO Box 6188, Portland, ME 04101 or fax 1-207-555-0142.",
], X(patient_name="Florence A. Macready", member_id="HWM-77102938", claim_number="HW2609-3318402",
     insurer="Heronwood Health", notice_date=nd, service_dates=[D(2026, 9, 1), D(2026, 9, 8)],
     procedure_codes=["90847"], diagnosis_codes=["Z63.0"], carc_codes=[], denial_category="not_covered",
     plan_type="medicare_advantage", urgent=False, appeal_deadline=plus(nd, 65),
     deadline_basis="within 65 days of the date of this notice"),
    "CMS-10003 payment denial photographed sideways (rotated 90 degrees, no EXIF)", seed=22, angle=1.5)

# ------------------------------------------------------------------ d23 'Mailed on', California HMO, public-employer group, coding
nd = D(2026, 7, 14)
add("d23_mailed_on_ca_hmo", "txt", [
    "GOLDEN POPPY HEALTH PLAN",
    "Member Services: 1-800-555-0103  (TTY 711)          www.goldenpoppy.example",
    "PO Box 41120, Sacramento, CA 95841",
    "",
    f"~Mailed on: {N(nd)}",
    "",
    "~BAO CHAU NGUYEN",
    "~2617 FLORIN RD APT 3",
    "~SACRAMENTO CA 95822",
    "",
    "~Group:      Lakeview Unified School District - Certificated & Classified Employees",
    "~Member ID:  GPH-221-093-4471",
    "~Claim:      2026-0619-GP-55127",
    f"~Service:    {N(D(2026, 6, 19))}  Psychotherapy 60 min (90837) with interactive complexity (90785)",
    "~Dx:         F41.1",
    "~Adjustment: CO-4",
    "",
    "Dear Bao Chau Nguyen:",
    "",
    "We could not pay the claim listed above as it was billed. Code 90785 (interactive complexity) may only be reported with a psychotherapy code when the record documents one of the specific communication factors listed in the CPT code definition, and the claim must carry the required modifier for the place of service. The claim was returned to your provider with adjustment code CO-4 (the procedure code is inconsistent with the modifier used, or a required modifier is missing). Your provider may correct and resubmit the claim. You should not be billed while the claim is corrected.",
    "",
    "YOUR RIGHT TO FILE A GRIEVANCE OR APPEAL",
    "If you disagree, you may file a grievance (appeal) with Golden Poppy Health Plan. You have 180 days from the date this letter was mailed to file. Call 1-800-555-0103 or write to Golden Poppy Health Plan, Grievances & Appeals, PO Box 41188, Sacramento, CA 95841.",
    "",
    "The California Department of Managed Health Care is responsible for regulating health care service plans. If you have a grievance against your health plan, you should first telephone your health plan at 1-800-555-0103 and use your health plan's grievance process before contacting the department. If you need help with a grievance involving an emergency, a grievance that has not been satisfactorily resolved by your health plan, or a grievance that has remained unresolved for more than 30 days, you may call the department for assistance. You may also be eligible for an Independent Medical Review (IMR).",
], X(patient_name="Bao Chau Nguyen", member_id="GPH-221-093-4471", claim_number="2026-0619-GP-55127",
     insurer="Golden Poppy Health Plan", notice_date=nd, service_dates=[D(2026, 6, 19)],
     procedure_codes=["90837", "90785"], diagnosis_codes=["F41.1"], carc_codes=["CO-4"],
     denial_category="coding_billing", urgent=False, appeal_deadline=plus(nd, 180),
     deadline_basis="180 days from the date this letter was mailed"),
    "California HMO letter with a 'Mailed on' label; public-school-district group (not ERISA), so plan_type left out",
    keep=("180 days from the date this letter was mailed",))

# ------------------------------------------------------------------ d24 MA expedited pre-service, ketamine investigational, urgent
nd = D(2026, 11, 3)
add("d24_ma_expedited_ketamine", "txt", [
    "STONEHAVEN HEALTH",
    "Stonehaven Medicare Advantage Plus (HMO-POS)",
    "PO Box 90318, Louisville, KY 40290  -  1-877-555-0165 (TTY 711)",
    "",
    "Important: This notice explains your right to appeal our decision. Read this notice carefully.",
    "",
    "NOTICE OF DENIAL OF MEDICAL COVERAGE",
    "",
    f"~Date: {L(nd)}                          Member number: SHM0093317204",
    "~Name: Raymond Vukovich",
    "~Case reference: ORG-26-1103-0057",
    "~Decision type: Expedited (fast) organization determination",
    "",
    "YOUR REQUEST WAS DENIED",
    "We've denied the medical services listed below requested by your doctor: intravenous ketamine infusion, CPT 96365 with drug code J3490 (ketamine), for diagnosis F33.2.",
    "",
    "WHY DID WE DENY YOUR REQUEST?",
    "Your doctor asked for a fast decision and we made one. Medicare has no national or local coverage rule for ketamine infusion to treat depression. Under our plan's medical policy, ketamine infusion for depression is considered experimental and investigational because the evidence does not yet show that it works and is safe for longer-term use. The Evidence of Coverage (Chapter 4, Section 3) excludes experimental and investigational procedures.",
    "",
    "YOU HAVE THE RIGHT TO APPEAL OUR DECISION",
    "You have the right to ask Stonehaven Health to review our decision by asking us for an appeal. Ask for an appeal within 65 days of the date of this notice. Because your doctor said your health could be seriously harmed by waiting, you can ask for a fast appeal and we will decide within 72 hours. Call 1-877-555-0165 or fax 1-502-555-0109.",
], X(patient_name="Raymond Vukovich", member_id="SHM0093317204", claim_number="ORG-26-1103-0057",
     insurer="Stonehaven Health", notice_date=nd, service_dates=[], procedure_codes=["96365", "J3490"],
     diagnosis_codes=["F33.2"], carc_codes=[], denial_category="experimental_investigational",
     plan_type="medicare_advantage", urgent=True, appeal_deadline=plus(nd, 65),
     deadline_basis="within 65 days of the date of this notice"),
    "CMS-10003 wording as plain text; expedited (urgent) pre-service decision",
    keep=("within 65 days of the date of this notice",))

# ------------------------------------------------------------------ d25 claim number with spaces, adolescent TMS, range
nd = D(2026, 8, 4)
add("d25_claim_spaces_adolescent_tms", "pdf_serif", [
    "Bluewater Crossing Insurance Company",
    "Group Health Claims - 1 Harbor Point, Stamford, CT 06902 - 1-800-555-0112",
    "",
    f"{L(nd)}",
    "",
    "To the parent or guardian of Owen Pritchard-Layne",
    "c/o Meredith Pritchard",
    "77 Saugatuck Avenue, Westport, CT 06880",
    "",
    "Patient: Owen Pritchard-Layne (dependent)",
    "Subscriber: Meredith Pritchard",
    "Member ID: BWX-4417009203",
    "Claim number: 4410 2288 0193 7",
    "Employer group: Saugatuck Marine Supply Co. (group 55-2190)",
    "",
    "Dear Parent or Guardian:",
    f"We reviewed the claim from Shoreline Neuromodulation Center for transcranial magnetic stimulation sessions (CPT 90868, 2 sessions) provided to Owen from {L(D(2026, 7, 6))} through {L(D(2026, 7, 7))}. Diagnosis: F32.1.",
    "We are not able to pay this claim. Bluewater Crossing Medical Policy MP-412 considers TMS for members younger than 18 years of age to be investigational, because studies in adolescents have not shown a clear benefit over sham treatment. Services that are experimental or investigational are excluded under your group health plan.",
    "You may appeal within 180 days of the date of this letter by writing to Bluewater Crossing Insurance Company, Appeals Department, PO Box 8811, Stamford, CT 06904. Include the claim number. You may ask for copies of the medical policy and of all records used in this decision, free of charge. This plan is governed by ERISA; you may have the right to bring a civil action under section 502(a) of ERISA after exhausting the appeal process.",
    "Sincerely, Member Claims Review",
], X(patient_name="Owen Pritchard-Layne", member_id="BWX-4417009203", claim_number="4410 2288 0193 7",
     insurer="Bluewater Crossing Insurance Company", notice_date=nd, service_dates=[D(2026, 7, 6), D(2026, 7, 7)],
     procedure_codes=["90868"], diagnosis_codes=["F32.1"], carc_codes=[],
     denial_category="experimental_investigational", plan_type="employer_erisa", urgent=False,
     appeal_deadline=plus(nd, 180), deadline_basis="within 180 days of the date of this letter"),
    "letter to the parent of a minor; claim number with spaces; service dates written 'from ... through ...'")

# ------------------------------------------------------------------ d26 Medicaid reduction notice photo, effective-date trap
nd = D(2026, 10, 20)
add("d26_medicaid_reduction_photo", "photo_jpg", [
    "Riverbend Health Partners - Medicaid Managed Care",
    "400 W Market St, Louisville, KY 40202 - 1-800-555-0158 (TTY 711)",
    "# Notice of Adverse Benefit Determination",
    f"Notice date: {L(nd)}",
    f"Effective date of action: {L(D(2026, 11, 1))}",
    "|Member:|Dontrell A. Whitfield-Ames|",
    "|Member ID:|MCP0082291034|",
    "|Authorization #:|55-20260918-07|",
    "|Service:|Individual psychotherapy, 60 minutes (90837)|",
    "|Diagnosis:|F31.81|",
    "We are reducing your approved psychotherapy visits from once a week to twice a month. Our reviewer found that your recent records show stable symptoms, so weekly visits are no longer medically necessary under our behavioral health criteria.",
    "You can ask us for an appeal within 60 days from the date of this notice. To keep getting weekly visits while your appeal is decided, you must ask for the appeal within 10 days from the date of this notice or before the effective date of the action.",
    "Call 1-800-555-0158 or write to Riverbend Health Partners, Appeals, PO Box 36420, Louisville, KY 40233.",
], X(patient_name="Dontrell A. Whitfield-Ames", member_id="MCP0082291034", claim_number="55-20260918-07",
     insurer="Riverbend Health Partners", notice_date=nd, service_dates=[], procedure_codes=["90837"],
     diagnosis_codes=["F31.81"], carc_codes=[], denial_category="medical_necessity", plan_type="medicaid",
     urgent=False, appeal_deadline=plus(nd, 60), deadline_basis="within 60 days from the date of this notice"),
    "Medicaid MCO reduction notice photographed; effective date of action and 10-day continuation rule as traps",
    seed=26, angle=4.0)


# ====================================================================== nk_fresh.py
# Fresh set: 18 more fictional notices, other people, plans, wording and layouts than the dev set.
import datetime as _dt

FRESH = []


def addf(name, fmt, lines, exp, note="", **extra):
    FRESH.append(dict(name=name, fmt=fmt, lines=lines, exp=exp, note=note, **extra))


# ------------------------------------------------------------------ f01 Spanish Part D (CMS-10146 Spanish), not on formulary
nd = D(2026, 2, 23)
addf("f01_parte_d_denegacion_es", "pdf", [
    "Lumbre Rx (PDP)",
    "Plan de medicamentos recetados de Medicare - 1200 Camino Real, Suite 400, San Antonio, TX 78216 - 1-866-555-0138 (TTY 711)",
    "---",
    "Importante: En este aviso se explica su derecho a apelar nuestra decisión. Léalo atentamente. Si necesita ayuda, llame a uno de los números que aparecen en la sección \"Obtenga ayuda y más información\".",
    "# AVISO DE DENEGACIÓN DE COBERTURA DE MEDICAMENTOS RECETADOS DE LA PARTE D DE MEDICARE",
    f"Fecha: {ES(nd)}",
    "Nombre del afiliado: Rosario Elvira Cantú de León",
    "Número de afiliado: LHR-0058312-D",
    "Número de caso: LRX-CD-2602-11874",
    "## Se denegó la cobertura de su medicamento",
    "Denegamos la cobertura de la Parte D de Medicare del siguiente medicamento que usted o su médico pidieron: Exxua (gepirona) tabletas de liberación prolongada de 18,2 mg, 30 tabletas cada 30 días.",
    "## ¿Por qué se denegó la cobertura?",
    "Exxua no está en la Lista de medicamentos cubiertos (formulario) de Lumbre Rx para 2026, y su médico no nos envió una declaración que explique por qué los medicamentos del formulario para la depresión no serían eficaces para usted o le causarían daño. Sin esa declaración no podemos aprobar una excepción al formulario.",
    "Comparta una copia de esta decisión con su médico. Si su médico pidió la cobertura por usted, ya le enviamos una copia.",
    "## Usted tiene derecho a apelar nuestra decisión",
    "Tiene derecho a pedirnos que revisemos nuestra decisión (redeterminación). Debe pedir una redeterminación dentro de los 65 días siguientes a la fecha de este aviso. Podemos darle más tiempo si tiene una buena razón para no haber cumplido el plazo.",
    "Apelación estándar: le daremos una decisión dentro de 7 días. Apelación rápida: le daremos una decisión dentro de 72 horas si su salud podría verse gravemente afectada por esperar.",
    "## Cómo pedir una apelación",
    "Envíe su solicitud por correo o fax, o llámenos: Lumbre Rx, Redeterminaciones de la Parte D, PO Box 790122, San Antonio, TX 78279. Fax 1-866-555-0139. Teléfono 1-866-555-0138.",
    "## Obtenga ayuda y más información",
    "Lumbre Rx: 1-866-555-0138 (TTY 711). 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048.",
    "Formulario CMS-10146 - Aprobación de OMB 0938-0976",
], X(patient_name="Rosario Elvira Cantú de León", member_id="LHR-0058312-D", claim_number="LRX-CD-2602-11874",
     insurer="Lumbre Rx", notice_date=nd, service_dates=[], procedure_codes=[], diagnosis_codes=[], carc_codes=[],
     denial_category="not_covered", plan_type="medicare_part_d", urgent=False, appeal_deadline=plus(nd, 65),
     deadline_basis="dentro de los 65 días siguientes a la fecha de este aviso"),
    "Spanish Part D denial after CMS-10146 (Spanish version); non-formulary drug, no procedure codes")

# ------------------------------------------------------------------ f02 Spanish Medicaid TMS, photo, 'Fecha de envío por correo'
nd = D(2026, 10, 8)
addf("f02_medicaid_emt_es_foto", "photo_jpg", [
    "SALUD DEL RÍO GRANDE - Plan de Medicaid STAR",
    "PO Box 4410, McAllen, TX 78502 - Servicios para Miembros 1-877-555-0147",
    "",
    "|Fecha de nacimiento:|12/10/1979|",
    "|Nombre:|Yolanda Beatriz Treviño Garza|",
    "|Número de Medicaid:|528830146|",
    "|Número de autorización:|26-TX-445190|",
    f"|Fecha de envío por correo:|{ES(nd)}|",
    "# Aviso de determinación adversa de beneficios",
    "Su médico pidió estimulación magnética transcraneal (EMT): códigos 90867 y 90868, 30 sesiones, para el diagnóstico F33.2.",
    "Decisión: negada. El médico revisor del plan decidió que la EMT no es médicamente necesaria para usted en este momento porque no hay registro de que haya probado psicoterapia junto con medicamentos antidepresivos.",
    "Usted tiene 60 días a partir de la fecha de esta carta para pedir una apelación al plan. Llame al 1-877-555-0147 o escriba a Salud del Río Grande, Apelaciones, PO Box 4418, McAllen, TX 78502.",
    "Después de la apelación, si no está de acuerdo con la decisión, puede pedir una audiencia imparcial estatal y una revisión médica externa independiente.",
], X(patient_name="Yolanda Beatriz Treviño Garza", member_id="528830146", claim_number="26-TX-445190",
     insurer="Salud del Río Grande", notice_date=nd, service_dates=[], procedure_codes=["90867", "90868"],
     diagnosis_codes=["F33.2"], carc_codes=[], denial_category="medical_necessity", plan_type="medicaid",
     urgent=False, appeal_deadline=plus(nd, 60), deadline_basis="60 días a partir de la fecha de esta carta"),
    "Spanish Medicaid MCO notice photographed; date of birth in the first line; mailing date label in Spanish",
    seed=102, angle=-2.6, blur=1.3)

# ------------------------------------------------------------------ f03 Spanish reduction + continuation, calendar deadline
nd = D(2026, 11, 2)
addf("f03_medicaid_reduccion_continuacion_es", "txt", [
    "~CUIDADO SANO DE NEVADA",
    "~Plan de atención médica administrada de Medicaid",
    "~6900 W Cheyenne Ave, Las Vegas, NV 89108  |  1-800-555-0193 (TTY 711)",
    "",
    "~Fabián Ocampo Lizárraga",
    "~Fecha de nacimiento: 5 de enero de 1995",
    "~Número de identificación: CSN-770419332",
    "~Número de caso: NV-26-110233",
    "",
    f"~Fecha del aviso: {ES(nd)}",
    f"~Fecha en que entra en vigor el cambio: {ES(D(2026, 11, 16))}",
    "",
    "AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS - REDUCCIÓN DE SERVICIOS",
    "",
    "Estimado Sr. Ocampo Lizárraga:",
    "",
    "Usted tiene aprobadas 8 sesiones al mes de psicoterapia individual de 45 minutos (código 90834) con Desert Willow Behavioral Health. A partir de la fecha en que entra en vigor el cambio, el plan aprobará 4 sesiones al mes. Diagnóstico: F41.0.",
    "",
    "Razón: Según las notas clínicas de septiembre y octubre, sus síntomas han mejorado y ya no cumple los criterios de necesidad médica del plan para 8 sesiones al mes.",
    "",
    "SU DERECHO A APELAR: Si no está de acuerdo, puede pedir una apelación al plan a más tardar el 1 de enero de 2027.",
    "",
    "CONTINUACIÓN DE BENEFICIOS: Si quiere seguir recibiendo 8 sesiones al mes mientras se decide su apelación, debe pedir la apelación y la continuación de beneficios dentro de 10 días a partir de la fecha de este aviso o antes de la fecha en que entra en vigor el cambio. Si pierde la apelación, es posible que tenga que pagar los servicios que recibió durante la apelación.",
    "",
    "AUDIENCIA IMPARCIAL ESTATAL: Si el plan mantiene su decisión, puede pedir una audiencia imparcial estatal a la División de Financiamiento y Políticas de Atención Médica de Nevada dentro de 120 días a partir de la fecha de la carta de decisión de la apelación.",
    "",
    "Para pedir una apelación: llame al 1-800-555-0193, envíe un fax al 1-702-555-0171 o escriba a Cuidado Sano de Nevada, Apelaciones, PO Box 37710, Las Vegas, NV 89137.",
], X(patient_name="Fabián Ocampo Lizárraga", member_id="CSN-770419332", claim_number="NV-26-110233",
     insurer="Cuidado Sano de Nevada", notice_date=nd, service_dates=[], procedure_codes=["90834"],
     diagnosis_codes=["F41.0"], carc_codes=[], denial_category="medical_necessity", plan_type="medicaid",
     urgent=False, appeal_deadline=D(2027, 1, 1), deadline_basis="a más tardar el 1 de enero de 2027"),
    "Spanish Medicaid reduction notice with continuación de beneficios and audiencia imparcial; written-out birth date above the notice date; effective date as a trap")

# ------------------------------------------------------------------ f04 e-mail from a TPA, multipart, Spravato, explicit range
nd = D(2026, 10, 5)
_t4 = """Keel & Compass Benefits Group
Claims administrator for the Ardent Logistics Employee Medical Plan

Notice date: October 5, 2026

Dear Tamsin Oyelaran-Wolfe,

We have finished processing the claim below under the Ardent Logistics Employee Medical Plan (the Plan). The Plan is self-funded by Ardent Logistics, Inc.; Keel & Compass Benefits Group processes claims for the Plan and is not an insurer.

Participant:      Tamsin Oyelaran-Wolfe
Participant ID:   KCB-ARD-0412277
Claim number:     KC-26-0918-66120
Provider:         Northshore Spravato & Mood Center
Services:         from 09/14/2026 through 09/17/2026 (2 visits: 09/14/2026 and 09/17/2026)
Codes billed:     S0013 x 84 each visit; G2083 each visit
Diagnosis:        F33.2
Result:           Not payable - CO-50

Reason: The Plan's utilization review vendor found that the records do not show a current depression severity score, which the Plan's esketamine coverage criteria require. The services are therefore not medically necessary as defined in the Plan Document. (CO-50: non-covered services because this is not deemed a medical necessity by the payer.)

How to appeal: You or your authorized representative may appeal within 180 days of the notice date above. Reply to this message with your appeal, or mail it to Keel & Compass Benefits Group, Appeals, PO Box 2209, Grand Rapids, MI 49501. You may request free copies of all documents relevant to your claim. The Plan is governed by ERISA, and you may bring a civil action under section 502(a) of ERISA after the appeal process is complete.

Keel & Compass Member Care  |  1-888-555-0176
"""
_h4 = """<!DOCTYPE html><html><body style="font-family:Segoe UI,Arial,sans-serif">
<p style="font-size:18px"><b>Keel &amp; Compass Benefits Group</b><br><span style="color:#555">Claims administrator for the Ardent Logistics Employee Medical Plan</span></p>
<p>Notice date: October 5, 2026</p>
<p>Dear Tamsin Oyelaran-Wolfe,</p>
<p>We have finished processing the claim below under the Ardent Logistics Employee Medical Plan (the Plan). The Plan is self-funded by Ardent Logistics, Inc.; Keel &amp; Compass Benefits Group processes claims for the Plan and is not an insurer.</p>
<table style="border:1px solid #999" cellpadding="4">
<tr><th align="left">Participant</th><td>Tamsin Oyelaran-Wolfe</td></tr>
<tr><th align="left">Participant ID</th><td>KCB-ARD-0412277</td></tr>
<tr><th align="left">Claim number</th><td>KC-26-0918-66120</td></tr>
<tr><th align="left">Provider</th><td>Northshore Spravato &amp; Mood Center</td></tr>
<tr><th align="left">Services</th><td>from 09/14/2026 through 09/17/2026 (2 visits: 09/14/2026 and 09/17/2026)</td></tr>
<tr><th align="left">Codes billed</th><td>S0013 x 84 each visit; G2083 each visit</td></tr>
<tr><th align="left">Diagnosis</th><td>F33.2</td></tr>
<tr><th align="left">Result</th><td><span style="color:#b00">Not payable</span> - CO-50</td></tr>
</table>
<p><b>Reason:</b> The Plan's utilization review vendor found that the records do not show a current depression severity score, which the Plan's esketamine coverage criteria require. The services are therefore not medically necessary as defined in the Plan Document. (CO-50: non-covered services because this is not deemed a medical necessity by the payer.)</p>
<p><b>How to appeal:</b> You or your authorized representative may appeal within 180 days of the notice date above. Reply to this message with your appeal, or mail it to Keel &amp; Compass Benefits Group, Appeals, PO Box 2209, Grand Rapids, MI 49501. You may request free copies of all documents relevant to your claim. The Plan is governed by ERISA, and you may bring a civil action under section 502(a) of ERISA after the appeal process is complete.</p>
<p style="color:#777">Keel &amp; Compass Member Care &nbsp;|&nbsp; 1-888-555-0176</p>
</body></html>"""
addf("f04_email_tpa_spravato", "eml", [], X(
    patient_name="Tamsin Oyelaran-Wolfe", member_id="KCB-ARD-0412277", claim_number="KC-26-0918-66120",
    notice_date=nd, service_dates=[D(2026, 9, 14), D(2026, 9, 17)], procedure_codes=["S0013", "G2083"],
    diagnosis_codes=["F33.2"], carc_codes=["CO-50"], denial_category="medical_necessity",
    plan_type="employer_erisa", urgent=False, appeal_deadline=plus(nd, 180),
    deadline_basis="within 180 days of the notice date above"),
    "e-mail from a TPA (multipart: plain text + HTML); insurer left out (administrator of a self-funded plan); range 'from ... through ...' with both visit dates listed",
    eml=dict(subject="Claim KC-26-0918-66120: decision notice", from_="Keel & Compass Member Care <claims@keelcompass.example>",
             to="tamsin.ow@homemail.example", date=_dt.datetime(2026, 10, 5, 13, 2, 47, tzinfo=_dt.timezone(_dt.timedelta(hours=-4))),
             text=_t4, html=_h4))

# ------------------------------------------------------------------ f05 MA monthly EOB, two TMS lines denied
nd = D(2026, 8, 12)
addf("f05_ma_monthly_eob_tms", "pdf", [
    "Bayou Heritage Health - Medicare Advantage HMO",
    "PO Box 52077, Baton Rouge, LA 70892 - Member Services 1-800-555-0128 (TTY 711)",
    "# Your Explanation of Benefits",
    f"Date of issue: {N(nd)}",
    f"This notice covers medical claims processed from {L(D(2026, 7, 1))} through {L(D(2026, 7, 31))}. It is not a bill.",
    "|Member:|Clement R. Aucoin|Member ID:|BYH20417889|",
    "|Mailing address:|118 Bayou Teche Rd, Breaux Bridge, LA 70517| | |",
    "## Claim BH-0726-4471-9 - Acadiana Family Medicine",
    "||Date|Service|Code|Provider charged|Plan approved|Plan paid|You owe|Code|",
    "||07/02/2026|Office visit|99213|$160.00|$98.15|$78.15|$20.00| |",
    "## Claim BH-0726-5510-2 - Cypress TMS & Psychiatry",
    "||Date|Service|Code|Provider charged|Plan approved|Plan paid|You owe|Code|",
    "||07/07/2026|TMS treatment session|90868|$290.00|$0.00|$0.00|$0.00|CO-15|",
    "||07/08/2026|TMS treatment session|90868|$290.00|$0.00|$0.00|$0.00|CO-15|",
    "Diagnosis on claim BH-0726-5510-2: F33.1",
    "CO-15: The authorization number is missing, invalid, or does not apply to the billed services or provider. The plan approved TMS for a different provider; Cypress TMS & Psychiatry had no approval for these dates. Because this is a network provider, you do not owe this amount.",
    "## Appeal rights",
    "If you disagree with how we handled a claim on this notice, you can ask for an appeal. Ask for an appeal within 65 days of the date of issue. Call Member Services or write to Bayou Heritage Health, Appeals & Grievances, PO Box 52081, Baton Rouge, LA 70892.",
], X(patient_name="Clement R. Aucoin", member_id="BYH20417889", claim_number="BH-0726-5510-2",
     insurer="Bayou Heritage Health", notice_date=nd, service_dates=[D(2026, 7, 7), D(2026, 7, 8)],
     procedure_codes=["90868"], diagnosis_codes=["F33.1"], carc_codes=["CO-15"],
     denial_category="prior_authorization", plan_type="medicare_advantage", urgent=False,
     appeal_deadline=plus(nd, 65), deadline_basis="within 65 days of the date of issue"),
    "Medicare Advantage monthly EOB, two claims, TMS lines denied; claims period 'from ... through ...'")

# ------------------------------------------------------------------ f06 commercial EOB docx, 3 claims, ketamine excluded, claim no. with spaces
nd = D(2026, 7, 30)
addf("f06_commercial_eob_ketamine_excluded", "docx", [
    "# Cardinal Ridge Assurance",
    "Explanation of Benefits for Ingrid Solberg-Mwangi",
    f"Statement date: {L(nd)}",
    "Member ID: CRA-70933415 - Group: Halvard Architects PLLC Employee Health Plan, No. 31877",
    "This is not a bill. It shows how your claims were processed.",
    "",
    "||Claim number|Patient|Provider|Service date|What was done|Code|Amount billed|Plan paid|Your responsibility|Notes|",
    "||CR 2607 4410 0017|Ingrid Solberg-Mwangi|Fjord Physical Therapy|07/06/2026|Therapeutic exercise|97110|$140.00|$96.00|$24.00|—|",
    "||CR 2607 4418 0021|Ingrid Solberg-Mwangi|Elm Street Ketamine Therapeutics|07/09/2026|IV infusion, first hour|96365|$575.00|$0.00|$575.00|CO-96|",
    "||CR 2607 4418 0021|Ingrid Solberg-Mwangi|Elm Street Ketamine Therapeutics|07/09/2026|Ketamine HCl (unlisted drug)|J3490|$85.00|$0.00|$85.00|CO-96|",
    "||CR 2607 4431 0009|Ingrid Solberg-Mwangi|Lakeside Labs|07/13/2026|Lipid panel|80061|$62.00|$18.20|$0.00|—|",
    "",
    "Notes: CO-96 - Non-covered charge(s). Your group plan excludes ketamine infusion therapy for mental health conditions (Certificate of Coverage, Exclusions, item 38). Diagnosis billed on claim CR 2607 4418 0021: F33.1.",
    "",
    "## Appeal information",
    "To appeal the denied claim, your request must reach us by January 26, 2027. Send it to Cardinal Ridge Assurance, Appeals Department, PO Box 15522, Richmond, VA 23227. This plan is subject to ERISA; you may bring a civil action under section 502(a) of ERISA after an adverse benefit determination on appeal.",
], X(patient_name="Ingrid Solberg-Mwangi", member_id="CRA-70933415", claim_number="CR 2607 4418 0021",
     insurer="Cardinal Ridge Assurance", notice_date=nd, service_dates=[D(2026, 7, 9)],
     procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.1"], carc_codes=["CO-96"],
     denial_category="not_covered", plan_type="employer_erisa", urgent=False, appeal_deadline=D(2027, 1, 26),
     deadline_basis="must reach us by January 26, 2027"),
    "commercial EOB in a Word table, three claims, the ketamine claim denied; claim numbers with spaces; calendar deadline")

# ------------------------------------------------------------------ f07 ERISA final internal adverse determination, scanned
nd = D(2026, 9, 22)
addf("f07_erisa_final_determination_scan", "scanpdf", [
    "Evergreen Wharf Health Insurance Company",
    "Appeals and Grievances - 1800 Alaskan Way, Seattle, WA 98101 - 1-800-555-0166",
    "",
    "Desmond Achterberg",
    "Date of birth: 04/30/1971",
    "3312 NE 72nd Street, Seattle, WA 98115",
    "",
    "# NOTICE OF FINAL INTERNAL ADVERSE BENEFIT DETERMINATION",
    f"|Date of notice:|{L(nd)}|",
    "|Member ID:|EWH-81-4402917|",
    "|Claim number:|EWH-26-339018|",
    f"|Date of original denial:|{L(D(2026, 6, 2))}|",
    f"|Date we received your appeal:|{L(D(2026, 7, 20))}|",
    f"|Dates of service:|{N(D(2026, 5, 11))} and {N(D(2026, 5, 14))}|",
    "|Services:|IV ketamine infusion 96365, 96366; ketamine J3490|",
    "|Diagnosis:|F33.2|",
    "",
    "Dear Mr. Achterberg:",
    "We have completed our review of your appeal. A psychiatrist who was not involved in the first decision reviewed your file, including the letter from your treating psychiatrist. We are upholding our decision to deny payment. The records do not show the severity scores and failed treatment trials that our Ketamine Infusion Policy (BH-7.12) requires, so the services are not medically necessary under your plan.",
    "This is the final decision of the plan's internal appeal process. If you disagree, you may ask for an external review by an independent review organization. Your request for external review must be filed within 4 months after the date of this notice. You also have the right to bring a civil action under section 502(a) of ERISA. You may ask for copies of all documents relevant to your claim free of charge.",
    "Sincerely, Appeals Unit, Evergreen Wharf Health Insurance Company",
], X(patient_name="Desmond Achterberg", member_id="EWH-81-4402917", claim_number="EWH-26-339018",
     insurer="Evergreen Wharf Health Insurance Company", notice_date=nd,
     service_dates=[D(2026, 5, 11), D(2026, 5, 14)], procedure_codes=["96365", "96366", "J3490"],
     diagnosis_codes=["F33.2"], carc_codes=[], denial_category="medical_necessity", plan_type="employer_erisa",
     urgent=False),
    "DOL model final internal adverse benefit determination, scanned (image-only PDF); original-denial and appeal-received dates as traps; the only stated window is for external review, so appeal_deadline is left out",
    seed=107, angle=-0.8)

# ------------------------------------------------------------------ f08 FEHB overseas, day-first without hint, Spravato step therapy
nd = D(2026, 10, 19)
addf("f08_fehb_overseas_dayfirst", "pdf_serif", [
    "Chesapeake Federal Employee Benefit Plan",
    "Overseas Claims Unit - 12 Queen's Gate Mews, London SW7 5QL, United Kingdom - +44 20 5550 0142",
    "A health plan in the Federal Employees Health Benefits (FEHB) Program",
    "",
    f"Date of letter: {DMY(nd)}",
    "",
    "Ms Lorraine V. Okafor-Dunn",
    "c/o U.S. Embassy Berlin, Clayallee 170, 14191 Berlin, Germany",
    "",
    "Enrollee ID: R88410276",
    "Claim reference: CFB-OS-26-07713",
    "",
    "Dear Ms Okafor-Dunn,",
    f"We have reviewed your claim for esketamine nasal spray treatment (Spravato) given by Praxis am Lietzensee, Berlin, on {DMY(D(2026, 9, 15))} and {DMY(D(2026, 9, 18))}. We coded the treatment as S0013 (esketamine, 1 mg) and G2083 (treatment visit with observation). Diagnosis: F33.2.",
    "We cannot pay this claim. Under the plan brochure (Section 5(f), Prescription drug benefits, and Section 3, step therapy), Spravato is covered only after the member has tried at least two oral antidepressants and one augmentation therapy. We have no record of an augmentation trial.",
    "If you disagree with our decision, you may ask us to reconsider it. Your request must be in writing and must reach us within 6 months from the date of this letter (5 CFR 890.105). If we do not change our decision you may then ask the U.S. Office of Personnel Management to review it.",
    "Yours sincerely,",
    "Overseas Claims Unit",
], X(patient_name="Lorraine V. Okafor-Dunn", member_id="R88410276", claim_number="CFB-OS-26-07713",
     insurer="Chesapeake Federal Employee Benefit Plan", notice_date=nd,
     service_dates=[D(2026, 9, 15), D(2026, 9, 18)], procedure_codes=["S0013", "G2083"],
     diagnosis_codes=["F33.2"], carc_codes=[], denial_category="step_therapy", plan_type="fehb", urgent=False,
     appeal_deadline=plus_months(nd, 6), deadline_basis="within 6 months from the date of this letter"),
    "FEHB carrier overseas claims letter; day-first dates with no hint (every day > 12)")

# ------------------------------------------------------------------ f09 TRICARE prior-auth denial letter, DBN
nd = D(2026, 10, 27)
addf("f09_tricare_tms_letter", "pdf", [
    "Cardinal Point Military Health - TRICARE West Region contractor",
    "PO Box 202117, Florence, SC 29502 - 1-844-555-0187",
    "",
    f"Letter date: {L(nd)}",
    "",
    "Marisol Fuentes-Harlan",
    "2210 Sentinel Ridge Dr, Colorado Springs, CO 80916",
    "",
    "||Beneficiary|Marisol Fuentes-Harlan|",
    "||DoD Benefits Number (DBN)|20381174529|",
    "||Sponsor|CPT Aaron Harlan, USA|",
    "||Authorization number|2610-TMS-00871|",
    "||Requested service|Transcranial magnetic stimulation, 90867 x1 and 90868 x30|",
    "||Requesting provider|Pikes Peak Neurotherapy|",
    "||Diagnosis|F33.1|",
    "",
    "# Notice of Denial - Prior Authorization",
    "Dear Marisol Fuentes-Harlan:",
    "We reviewed the request above. TRICARE covers TMS for major depressive disorder when the patient has not responded to at least two antidepressant medications and a course of psychotherapy. The records sent do not show a course of psychotherapy. Therefore the request does not meet medical necessity criteria and is denied (32 CFR 199.4; TRICARE Policy Manual, Chapter 7).",
    "## Your right to request reconsideration",
    "If you disagree, you may request reconsideration. Your request must be postmarked or received within 90 days of the date of this letter. Mail or fax a copy of this letter with your request to: Cardinal Point Military Health, Appeals, PO Box 202130, Florence, SC 29502, fax 1-844-555-0188. If you believe waiting could seriously harm your health, you may request an expedited reconsideration by phone.",
], X(patient_name="Marisol Fuentes-Harlan", member_id="20381174529", claim_number="2610-TMS-00871",
     notice_date=nd, service_dates=[], procedure_codes=["90867", "90868"], diagnosis_codes=["F33.1"],
     carc_codes=[], denial_category="medical_necessity", urgent=False, appeal_deadline=plus(nd, 90),
     deadline_basis="within 90 days of the date of this letter"),
    "TRICARE contractor prior-authorization denial letter with a DoD Benefits Number; insurer and plan_type left out")

# ------------------------------------------------------------------ f10 CHIP English Q&A, timely filing, calendar deadline
nd = D(2026, 4, 16)
addf("f10_chip_questions_timely_filing", "txt", [
    "KIDS BRIDGE HEALTH",
    "Children's Health Insurance Program (CHIP) coverage",
    "PO Box 3021, Harrisburg, PA 17105   Member Help Line 1-800-555-0169",
    "",
    f"{L(nd)}",
    "",
    "~To the parent or guardian of:",
    "~ELIJAH MBEKI-SORENSEN",
    "~Member ID: KBH-4471-0092",
    "~Claim: KBH-26-031177",
    "",
    "WHAT IS THIS LETTER ABOUT?",
    f"It is about a claim from Maple Grove Child & Family Counseling for Elijah's psychotherapy visit (30 minutes, code 90832) on {L(D(2025, 12, 9))}. The diagnosis on the claim is F93.0.",
    "",
    "WHAT DID WE DECIDE?",
    "We did not pay the claim.",
    "",
    "WHY?",
    "Providers must send claims to us within 90 days of the date of service. We received this claim on March 30, 2026, which is after that limit (reason code CO-29, time limit for filing has expired). Because the provider is in our network, the provider may not bill you for this visit.",
    "",
    "WHAT CAN YOU DO IF YOU DISAGREE?",
    "You can ask for an appeal. You have until June 15, 2026 to ask for an appeal. Call 1-800-555-0169 or write to Kids Bridge Health, Complaints and Appeals, PO Box 3033, Harrisburg, PA 17105.",
    "",
    "WHAT IF YOU NEED HELP?",
    "Call us. Language help is free.",
], X(patient_name="Elijah Mbeki-Sorensen", member_id="KBH-4471-0092", claim_number="KBH-26-031177",
     insurer="Kids Bridge Health", notice_date=nd, service_dates=[D(2025, 12, 9)], procedure_codes=["90832"],
     diagnosis_codes=["F93.0"], carc_codes=["CO-29"], denial_category="timely_filing", urgent=False,
     appeal_deadline=D(2026, 6, 15), deadline_basis="You have until June 15, 2026"),
    "CHIP question-and-answer letter to a parent; name printed in capitals (expected in normal case); claim-received date as a trap; plan_type left out",
    keep=("You have until June 15, 2026",))

# ------------------------------------------------------------------ f11 Medicaid MCO fax (1-bit PNG), ketamine not covered
nd = D(2026, 10, 19)
addf("f11_medicaid_ketamine_fax", "fax_png", [
    "Great Lakes Community Care - Michigan Medicaid Health Plan",
    "Claims Review - 230 Monroe Ave NW, Grand Rapids, MI 49503 - Provider Line 1-888-555-0143",
    "",
    f"Date: {N(nd)}",
    "",
    "To: Terrance L. Boatwright (member) - copy to Northwood Infusion Center, billing office",
    "",
    "|Member:|Terrance L. Boatwright|",
    "|Date of birth:|02/14/1983|",
    "|Medicaid ID:|0041922837|",
    "|Claim number:|GLC-26-1019-4471|",
    f"|Dates of service:|{N(D(2026, 10, 6))}, {N(D(2026, 10, 9))}|",
    "|Codes billed:|96365, J3490|",
    "|Diagnosis:|F33.2|",
    "",
    "# NOTICE OF ADVERSE BENEFIT DETERMINATION",
    "We denied payment for this claim. Ketamine infusion for depression is not a covered service under the Michigan Medicaid Provider Manual and the member's health plan benefits.",
    "You may ask for an internal appeal within 60 calendar days of the date of this notice. Call Member Services at 1-888-555-0144 or write to Great Lakes Community Care, Appeals, PO Box 8801, Grand Rapids, MI 49518. After the plan's appeal you may request a State Fair Hearing.",
], X(patient_name="Terrance L. Boatwright", member_id="0041922837", claim_number="GLC-26-1019-4471",
     insurer="Great Lakes Community Care", notice_date=nd, service_dates=[D(2026, 10, 6), D(2026, 10, 9)],
     procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"], carc_codes=[],
     denial_category="not_covered", plan_type="medicaid", urgent=False, appeal_deadline=plus(nd, 60),
     deadline_basis="within 60 calendar days of the date of this notice"),
    "Medicaid MCO notice received by fax (1-bit PNG); fax header dated the next day",
    fax_header="10/20/2026 08:41  GLCC CLAIMS REVIEW  616 555 0145  PAGE 001/002", seed=111)

# ------------------------------------------------------------------ f12 international student plan docx, DD/MM hint
nd = D(2026, 3, 9)
addf("f12_student_plan_ddmm_hint", "docx", [
    "# Academic Shield Insurance Company",
    "Northlake College International Student Health Plan - Policy NLC-2025-26",
    "Claims Service Centre, 55 Water Street, New York, NY 10041 - +1 212 555 0133",
    "",
    "Note: dates in this letter are written day/month/year (DD/MM/YYYY).",
    "",
    f"Date: {DMY(nd)}",
    "",
    "||Insured student|Chiara Benedetti-Okoro|",
    "||Student ID / Member no.|NLC-INT-884120|",
    "||Date of birth|07/06/2003|",
    "||Claim no.|ASI-260209-7731|",
    f"||Date(s) of treatment|{DMY(D(2026, 2, 3))}, {DMY(D(2026, 2, 10))}|",
    "||Treatment|Psychotherapy, 45 min (90834)|",
    "||Diagnosis|F32.1|",
    "",
    "Dear Chiara Benedetti-Okoro,",
    "We have reviewed the claim above from Lakeview Counseling Studio. The sessions were provided by a graduate counseling intern who is not yet licensed. The policy covers outpatient mental health treatment only when it is given by a licensed provider (Policy Wording, Section 4.7), so these charges are not covered.",
    "You may appeal this decision within 180 days of the date of this letter by writing to Academic Shield Insurance Company, Appeals, 55 Water Street, New York, NY 10041, or by e-mail to appeals@academicshield.example.",
    "Kind regards, Claims Service Centre",
], X(patient_name="Chiara Benedetti-Okoro", member_id="NLC-INT-884120", claim_number="ASI-260209-7731",
     insurer="Academic Shield Insurance Company", notice_date=nd, service_dates=[D(2026, 2, 3), D(2026, 2, 10)],
     procedure_codes=["90834"], diagnosis_codes=["F32.1"], carc_codes=[], denial_category="not_covered",
     urgent=False, appeal_deadline=plus(nd, 180), deadline_basis="within 180 days of the date of this letter"),
    "international student plan letter in Word with a DD/MM/YYYY hint (every date would also parse month-first); plan_type left out")

# ------------------------------------------------------------------ f13 English Medicaid NABD, boxed 3-column decision table, coding
nd = D(2026, 11, 12)
addf("f13_medicaid_spravato_billing", "pdf", [
    "Buckeye Meadows Health Plan",
    "Ohio Medicaid Managed Care - 4000 E Broad St, Columbus, OH 43213 - 1-855-555-0106 (TTY 711)",
    "",
    "Wren Adeyemi-Castro",
    "Date of birth 09/09/1998",
    "1871 Cleveland Ave, Columbus, OH 43211",
    "",
    f"Notice Date: {N(nd)}",
    "Member ID: BMH-2290-44816",
    "Claim #: 26-316-008842",
    "",
    "# Notice of Adverse Benefit Determination",
    "||Service|Date of service|Decision|Reason|",
    "||Esketamine nasal spray, 1 mg (S0013) x 112|10/27/2026|Denied|CO-16: claim lacks information or has billing errors|",
    "||Esketamine treatment visit, more than 56 mg (G2083)|10/27/2026|Denied|CO-16: claim lacks information or has billing errors|",
    "",
    "What this means: The claim from Olentangy Mood Clinic billed 112 units of S0013 (112 mg) for a visit where the record shows an 84 mg dose. The claim must be corrected and sent again by the provider. The plan has not decided whether the treatment itself is covered. Diagnosis on the claim: F33.2.",
    "If you disagree with this decision, you can ask for an appeal within 60 days from the date of this notice. Call 1-855-555-0106 or write to Buckeye Meadows Health Plan, Appeals, PO Box 1560, Columbus, OH 43216. After the plan's appeal, you can request a state hearing from the Ohio Department of Job and Family Services.",
    "If you are getting a service that is being reduced or stopped, you can keep it during your appeal if you ask within 15 days of the date of this notice.",
], X(patient_name="Wren Adeyemi-Castro", member_id="BMH-2290-44816", claim_number="26-316-008842",
     insurer="Buckeye Meadows Health Plan", notice_date=nd, service_dates=[D(2026, 10, 27)],
     procedure_codes=["S0013", "G2083"], diagnosis_codes=["F33.2"], carc_codes=["CO-16"],
     denial_category="coding_billing", plan_type="medicaid", urgent=False, appeal_deadline=plus(nd, 60),
     deadline_basis="within 60 days from the date of this notice"),
    "Medicaid MCO notice with a service/decision/reason grid; date of birth in the address block")

# ------------------------------------------------------------------ f14 MA IDN (partial approval) in Word, psychotherapy
nd = D(2026, 9, 3)
addf("f14_ma_idn_partial_psychotherapy", "docx", [
    "Larkspur Health",
    "Larkspur Medicare Choice (PPO) - PO Box 77120, Boise, ID 83707 - 1-888-555-0104 (TTY 711)",
    "",
    "Important: This notice explains your right to appeal our decision. Read this notice carefully.",
    "# Notice of Denial of Medical Coverage",
    "|Date:|" + L(nd) + "|",
    "|Member number:|LMC-33091772|",
    "|Name:|Agnes Thornbury-Willis|",
    "|Provider:|Snake River Counseling Associates|",
    "|Case number:|OD-2609-48812|",
    "## Your request was partially approved",
    "We've partially approved the medical services requested by your provider: individual psychotherapy, 60 minutes (90837), twice a week for 12 weeks (24 visits). Diagnosis: F43.10. We approved 12 visits (once a week for 12 weeks). We denied the other 12 visits.",
    "## Why did we partially approve your request?",
    "Our reviewer, a licensed psychologist, found that the records support weekly psychotherapy. They do not describe a crisis or other change that would make twice-weekly visits medically necessary under Medicare coverage rules and Chapter 4 of your Evidence of Coverage.",
    "## You have the right to appeal our decision",
    "You have the right to ask Larkspur Health to review our decision by asking us for an appeal within 65 days of the date of this notice. Send your appeal to Larkspur Health, Appeals, PO Box 77135, Boise, ID 83707, or fax 1-208-555-0115.",
    "If you or your doctor believe waiting up to 30 days could seriously harm your health, ask for a fast appeal. We'll decide within 72 hours.",
], X(patient_name="Agnes Thornbury-Willis", member_id="LMC-33091772", claim_number="OD-2609-48812",
     insurer="Larkspur Health", notice_date=nd, service_dates=[], procedure_codes=["90837"],
     diagnosis_codes=["F43.10"], carc_codes=[], denial_category="medical_necessity",
     plan_type="medicare_advantage", urgent=False, appeal_deadline=plus(nd, 65),
     deadline_basis="within 65 days of the date of this notice"),
    "CMS-10003 Integrated Denial Notice (partial approval) typed into Word")

# ------------------------------------------------------------------ f15 MSN photo, two claims, calendar deadline
nd = D(2026, 10, 14)
addf("f15_msn_photo_tms", "photo_jpg", [
    "# Medicare Summary Notice for Part B (Medical Insurance)",
    "|Dorothea J. Pennington|Medicare Number XXXX-XX4-RT58|",
    f"|45 Linden Court, Frankfort, KY 40601|Date of this notice: {L(nd)}|",
    "THIS IS NOT A BILL",
    "Did Medicare approve all services? NO. If you disagree with a coverage decision, your appeal must be received by February 11, 2027.",
    "## Your Claims for Part B",
    "Bluegrass Psychiatry Group - Claim number 21926200993310",
    "||Service & code|Date|Approved?|Charged|Medicare paid|You may be billed|Notes|",
    "||Psychotherapy, 45 min (90834)|08/18/2026|Yes|$150.00|$81.20|$20.30| |",
    "Kentucky River TMS Center - Claim number 21926400117245",
    "||Service & code|Date|Approved?|Charged|Medicare paid|You may be billed|Notes|",
    "||TMS treatment delivery (90868)|08/25/2026|No|$310.00|$0.00|$0.00|B|",
    "B  The information provided does not support the need for this many services within this period of time. You are not responsible for this charge.",
], X(patient_name="Dorothea J. Pennington", claim_number="21926400117245", notice_date=nd,
     service_dates=[D(2026, 8, 25)], procedure_codes=["90868"], diagnosis_codes=[], carc_codes=[],
     denial_category="medical_necessity", plan_type="medicare", urgent=False, appeal_deadline=D(2027, 2, 11),
     deadline_basis="must be received by February 11, 2027"),
    "Medicare Summary Notice photographed; two claims, one denied; masked Medicare Number (member_id and insurer left out)",
    seed=115, angle=2.8, blur=1.4, quality=50)

# ------------------------------------------------------------------ f16 portal secure-message printout, Marketplace
nd = D(2026, 11, 18)
addf("f16_portal_message_printout", "txt", [
    "~11/30/26, 7:45 PM                 Message Center | Prairie Sky Health",
    "~https://members.prairiesky.example/messages/view?id=8841207",
    "",
    "~Prairie Sky Health  >  Message Center  >  Inbox",
    "",
    "~From:     Prairie Sky Health Claims",
    "~To:       Benedikt Jorgensen-Ruiz",
    "~Sent:     11/18/2026 10:02 AM",
    "~Subject:  Claim decision - your TMS claim",
    "",
    f"Date: {L(nd)}",
    "",
    "Member: Benedikt Jorgensen-Ruiz",
    "Member ID: PSH-5501-772034",
    "Plan: Prairie Sky Silver 4000 - individual plan bought through the Health Insurance Marketplace",
    "Claim number: PS26-1104-22981",
    "",
    f"We processed the claim from High Plains TMS for maintenance TMS sessions (CPT 90868) on {L(D(2026, 10, 28))} and {L(D(2026, 11, 4))}. Diagnosis: F33.1. We did not pay these sessions. Your plan covers one acute course of TMS; maintenance TMS after the acute course is listed as an exclusion in your Evidence of Coverage (Section 11, item 27).",
    "",
    "If you disagree, you can ask for an internal appeal within 180 days from the date of this letter. Reply to this message, call 1-877-555-0125, or write to Prairie Sky Health, Appeals, PO Box 83310, Lincoln, NE 68501. After our final decision you can request an external review.",
    "",
    "~Page 1 of 1",
], X(patient_name="Benedikt Jorgensen-Ruiz", member_id="PSH-5501-772034", claim_number="PS26-1104-22981",
     insurer="Prairie Sky Health", notice_date=nd, service_dates=[D(2026, 10, 28), D(2026, 11, 4)],
     procedure_codes=["90868"], diagnosis_codes=["F33.1"], carc_codes=[], denial_category="not_covered",
     plan_type="individual_aca", urgent=False, appeal_deadline=plus(nd, 180),
     deadline_basis="within 180 days from the date of this letter"),
    "member-portal secure message printed from a browser (print timestamp in the header is not the notice date)")

# ------------------------------------------------------------------ f17 letter to provider, 'Mailed on', ERISA, psychotherapy frequency
nd = D(2026, 10, 29)
addf("f17_provider_letter_mailed_on", "pdf_serif", [
    "Lanternfield Health Insurance Company",
    "Behavioral Health Utilization Review - 600 Grant Street, Pittsburgh, PA 15219",
    "",
    f"Mailed on: {N(nd)}",
    "",
    "Priya Natarajan, PsyD",
    "Three Rivers Psychology Group",
    "412 Penn Avenue, Suite 8, Pittsburgh, PA 15222",
    "",
    "RE: Patient: Gabriel Oduya-Lindqvist",
    "Member ID: LHI-600-42-1185",
    "Authorization request: UR-26-300-7714",
    "Service: Psychotherapy, 60 minutes (90837), 3 sessions per week for 8 weeks",
    "Diagnosis: F60.3",
    "",
    "Dear Dr. Natarajan:",
    "Lanternfield Health has reviewed your request for the service above for your patient, Gabriel Oduya-Lindqvist. The request is approved in part: 1 session per week for 8 weeks is approved; the remaining 16 sessions are denied. The clinical information does not show that more than one session per week is medically necessary under Lanternfield Behavioral Health Criteria 4.2 (Outpatient Psychotherapy).",
    "Dialectical behavior therapy delivered in a structured program may be reviewed under a separate request.",
    "Appeal rights: the member, or you on the member's behalf with the member's written consent, may appeal within 180 days of the mailing date shown above. Send appeals to Lanternfield Health, Appeals, PO Box 9330, Pittsburgh, PA 15230. This plan is an employer group health plan governed by ERISA; the member may bring a civil action under section 502(a) of ERISA after the appeal process.",
    "A copy of this letter has been mailed to the member.",
    "Sincerely, Karen Liu, LCSW, Care Manager, for Thomas Reiner, MD, Associate Medical Director",
], X(patient_name="Gabriel Oduya-Lindqvist", member_id="LHI-600-42-1185", claim_number="UR-26-300-7714",
     insurer="Lanternfield Health Insurance Company", notice_date=nd, service_dates=[], procedure_codes=["90837"],
     diagnosis_codes=["F60.3"], carc_codes=[], denial_category="medical_necessity", plan_type="employer_erisa",
     urgent=False, appeal_deadline=plus(nd, 180), deadline_basis="within 180 days of the mailing date shown above"),
    "utilization-review letter addressed to the provider, 'Mailed on' label, patient named only after 'RE: Patient:'")

# ------------------------------------------------------------------ f18 boxed header, 'Date of Issue', ERISA maintenance TMS investigational
nd = D(2026, 11, 20)
addf("f18_boxed_header_tms_investigational", "pdf", [
    "# Quarry Hill Mutual Health",
    "Member Claims - 90 State Street, Albany, NY 12207 - 1-800-555-0191",
    "",
    "||DATE OF BIRTH|MEMBER ID|CLAIM NUMBER|DATE OF ISSUE|",
    "||03/17/1966|QHM-7730-0418|QH 5521 0098 7741|11/20/2026|",
    "||MEMBER NAME|PROVIDER|DATES OF SERVICE|GROUP|",
    "||Harriet N. Oyelowo-Briggs|Hudson Valley TMS|11/02/2026; 11/04/2026|Albany Tool & Die Co. Employee Plan|",
    "",
    "# Adverse Benefit Determination",
    "We have denied your claim for maintenance transcranial magnetic stimulation (CPT 90868, 2 sessions; diagnosis F33.1). Quarry Hill Medical Policy MP-BH-061 considers maintenance TMS, given after a completed acute course, to be experimental and investigational because there is not enough evidence that it prevents relapse. Experimental and investigational services are excluded by your group health plan.",
    "You may appeal within 180 days of the date of issue. Write to Quarry Hill Mutual Health, Appeals, PO Box 1190, Albany, NY 12201. You may also request the documents and criteria used to make this decision, free of charge. Your employer's plan is subject to ERISA; you may have the right to file a civil action under section 502(a) of ERISA after your appeal. If we uphold this denial, you may request an external appeal through the New York State Department of Financial Services.",
], X(patient_name="Harriet N. Oyelowo-Briggs", member_id="QHM-7730-0418", claim_number="QH 5521 0098 7741",
     insurer="Quarry Hill Mutual Health", notice_date=nd, service_dates=[D(2026, 11, 2), D(2026, 11, 4)],
     procedure_codes=["90868"], diagnosis_codes=["F33.1"], carc_codes=[], denial_category="experimental_investigational",
     plan_type="employer_erisa", urgent=False, appeal_deadline=plus(nd, 180),
     deadline_basis="within 180 days of the date of issue"),
    "boxed header with labels above values (date of birth first), 'Date of Issue', claim number with spaces")


# ====================================================================== nk_build.py
import json
import os
import re
import subprocess
import sys

EXT = {"txt": ".txt", "docx": ".docx", "pdf": ".pdf", "pdf_serif": ".pdf", "scanpdf": ".pdf",
       "photo_jpg": ".jpg", "photo_png": ".png", "sideways_jpg": ".jpg", "fax_tiff": ".tiff",
       "fax_png": ".png", "eml": ".eml"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def build(spec, outdir):
    name, fmt, lines = spec["name"], spec["fmt"], spec["lines"]
    fn = name + EXT[fmt]
    path = os.path.join(outdir, fn)
    seed = spec.get("seed", 1)
    if fmt == "txt":
        keep = tuple(spec.get("keep", ())) + ((spec["exp"].get("deadline_basis"),) if spec["exp"].get("deadline_basis") else ())
        render_txt(lines, path, keep=keep)
    elif fmt == "docx":
        render_docx(lines, path)
    elif fmt in ("pdf", "pdf_serif"):
        render_pdf(lines, path, serif=(fmt == "pdf_serif"))
    elif fmt == "scanpdf":
        pages = render_pages(lines, serif=spec.get("serif", False))
        imgs = [scan(p, seed + i, angle=spec.get("angle", 0.6)) for i, p in enumerate(pages)]
        imgs[0].save(path, "PDF", resolution=150, save_all=True, append_images=imgs[1:])
    elif fmt in ("photo_jpg", "photo_png", "sideways_jpg"):
        pages = render_pages(lines, serif=spec.get("serif", False))
        if len(pages) > 1:
            print("WARN: photo spans pages", name, len(pages))
        im = photo(pages[0], seed, angle=spec.get("angle", 3.0), sideways=(fmt == "sideways_jpg"),
                     blur=spec.get("blur", 1.1))
        if fmt == "photo_png":
            im.save(path, "PNG")
        else:
            save_jpeg(im, path, quality=spec.get("quality", 60))
    elif fmt in ("fax_tiff", "fax_png"):
        pages = render_pages(lines, serif=spec.get("serif", False))
        bws = [fax(p, seed + i, spec["fax_header"]) for i, p in enumerate(pages)]
        if fmt == "fax_tiff":
            bws[0].save(path, "TIFF", compression="group4", save_all=True, append_images=bws[1:], dpi=(200, 200))
        else:
            bws[0].save(path, "PNG")
    elif fmt == "eml":
        e = spec["eml"]
        render_eml(path, e["subject"], e["from_"], e["to"], e["date"], e["text"], e.get("html"))
    exp = {"file": fn, "_note": "fictional: invented people, plans, numbers and addresses; " + spec["note"]}
    exp.update(spec["exp"])
    with open(os.path.join(outdir, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return fn, path


def source_text(spec, path):
    fmt = spec["fmt"]
    if fmt == "eml":
        e = spec["eml"]
        return e["subject"] + "\n" + e["text"] + "\n" + (e.get("html") or "")
    if fmt == "txt":
        return open(path, encoding="utf-8").read()
    if fmt in ("pdf", "pdf_serif"):
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout + \
            "\n" + subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    return plain_text(spec["lines"]) + "\n" + spec.get("fax_header", "")


def check(spec, path):
    t = source_text(spec, path)
    nt = norm(t)
    exp = spec["exp"]
    probs = []
    for k in ("patient_name", "member_id", "claim_number", "insurer"):
        if k in exp and exp[k].lower() not in nt.lower():
            probs.append(f"{k}={exp[k]!r} not in text")
    for k in ("procedure_codes", "diagnosis_codes", "carc_codes"):
        for c in exp.get(k, []):
            if c not in nt:
                probs.append(f"{k} {c} not in text")
    b = exp.get("deadline_basis")
    if b:
        if b not in nt:
            probs.append(f"basis {b!r} not in normalized text")
        if spec["fmt"] == "txt" and b not in t:
            probs.append(f"basis {b!r} broken across lines in txt")
    if "appeal_deadline" in exp and "deadline_basis" not in exp:
        probs.append("deadline without basis")
    return probs


def main(which):
    sets = []
    if which in ("dev", "all"):
                sets.append(("dev", DEV))
    if which in ("fresh", "all"):
                sets.append(("fresh", FRESH))
    base = os.path.dirname(os.path.abspath(__file__))
    for sub, specs in sets:
        out = os.path.join(base, sub)
        os.makedirs(out, exist_ok=True)
        names = set()
        for s in specs:
            assert s["name"] not in names, s["name"]
            names.add(s["name"])
            fn, path = build(s, out)
            pr = check(s, path)
            print(f"{sub}/{fn}: {'OK' if not pr else pr}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "all")
