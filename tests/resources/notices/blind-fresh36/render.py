"""Writers for set 36 (FICTIONAL): blocks -> text model, page image, text PDF, Word, HTML, plain text.

Blocks (tuples):
  ('h', text)                heading
  ('p', text)                paragraph (wrapped)
  ('s', text)                small print paragraph
  ('kv', label, value)       a label and its value on one row
  ('t', header, rows)        a table (lists of cell strings)
  ('a', [lines])             lines kept as they are (addresses, letterheads)
  ('hl', text)               a paragraph the member marked with a highlighter (images only differ)
  ('col', left_blocks, right_blocks)  two columns
  ('gap',)                   empty line
"""
import html as htmlmod
import io
import textwrap
import zipfile

from PIL import Image, ImageDraw, ImageFont

FONTS = "/usr/share/fonts/truetype/liberation2/"
SANS = FONTS + "LiberationSans-Regular.ttf"
SANSB = FONTS + "LiberationSans-Bold.ttf"
SERIF = FONTS + "LiberationSerif-Regular.ttf"
SERIFB = FONTS + "LiberationSerif-Bold.ttf"
MONO = FONTS + "LiberationMono-Regular.ttf"
MONOB = FONTS + "LiberationMono-Bold.ttf"
HAND = "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf"


def text_lines(blocks):
    """The text model: what a reader sees, one string per line or row."""
    out = []
    for b in blocks:
        k = b[0]
        if k in ('h', 'p', 's', 'hl'):
            out.append(b[1])
        elif k == 'kv':
            out.append(f"{b[1]} {b[2]}")
        elif k == 't':
            out.append(" | ".join(b[1]))
            for r in b[2]:
                out.append(" | ".join(r))
        elif k == 'a':
            out.extend(b[1])
        elif k == 'col':
            out.extend(text_lines(b[1]))
            out.extend(text_lines(b[2]))
        elif k == 'gap':
            out.append("")
    return out


# ---------------------------------------------------------------- page image
def _font(path, size):
    return ImageFont.truetype(path, size)


def _wrap(draw, text, font, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if draw.textlength(t, font=font) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def _draw_blocks(draw, blocks, x0, y, width, style, marks, dry=False):
    fam = style.get('family', 'sans')
    reg, bold = {'sans': (SANS, SANSB), 'serif': (SERIF, SERIFB), 'mono': (MONO, MONOB)}[fam]
    sz = style.get('size', 28)
    caps = style.get('caps', False)
    f = _font(reg, sz)
    fb = _font(bold, sz)
    fh = _font(bold, int(sz * 1.3))
    fs = _font(reg, int(sz * 0.82))
    lh = int(sz * 1.38)
    ink = style.get('ink', (20, 20, 20))

    def put(xy, s, font):
        if not dry:
            draw.text(xy, s, font=font, fill=ink)

    for b in blocks:
        k = b[0]
        if k == 'gap':
            y += lh // 2
        elif k == 'h':
            for ln in _wrap(draw, b[1], fh, width):
                put((x0, y), ln, fh)
                y += int(lh * 1.25)
            y += 4
        elif k in ('p', 's', 'hl'):
            font = fs if k == 's' else f
            l2 = int(lh * 0.85) if k == 's' else lh
            y_start = y
            for ln in _wrap(draw, b[1], font, width):
                if k == 'hl' and not dry:
                    marks.append((x0 - 6, y - 4, x0 + draw.textlength(ln, font=font) + 6, y + l2 - 4))
                put((x0, y), ln, font)
                y += l2
            y += lh // 3
        elif k == 'kv':
            lw = style.get('labelw', 360)
            lw = max(lw, int(draw.textlength(b[1], font=fb)) + 16)
            put((x0, y), b[1], fb)
            vl = _wrap(draw, b[2], f, width - lw)
            for i, ln in enumerate(vl):
                put((x0 + lw, y), ln, f)
                y += lh
        elif k == 'a':
            for ln in b[1]:
                put((x0, y), ln, f)
                y += lh
            y += lh // 3
        elif k == 't':
            header, rows = b[1], b[2]
            ft = _font(reg, int(sz * 0.88))
            ftb = _font(bold, int(sz * 0.88))
            n = len(header)
            wants = [max(draw.textlength(str(r[i]), font=ft) for r in rows + [header]) + 24 for i in range(n)]
            tot = sum(wants)
            scale = min(1.0, width / tot)
            cw = [w * scale for w in wants]
            if tot < width:
                cw[-1] += width - tot
            th = int(sz * 0.88 * 1.45)
            xs = [x0]
            for w in cw:
                xs.append(xs[-1] + w)
            if not dry:
                draw.line((x0, y, x0 + width, y), fill=ink, width=2)
            for i, c in enumerate(header):
                for j, ln in enumerate(_wrap(draw, c, ftb, cw[i] - 14)[:2]):
                    put((xs[i] + 8, y + 6 + j * th), ln, ftb)
            hh = th * max(len(_wrap(draw, c, ftb, cw[i] - 14)[:2]) for i, c in enumerate(header)) + 10
            y += hh
            if not dry:
                draw.line((x0, y, x0 + width, y), fill=ink, width=2)
            for r in rows:
                nl = 1
                for i, c in enumerate(r):
                    ls = _wrap(draw, str(c), ft, cw[i] - 14)
                    nl = max(nl, len(ls))
                    for j, ln in enumerate(ls):
                        put((xs[i] + 8, y + 6 + j * th), ln, ft)
                y += th * nl + 8
                if not dry:
                    draw.line((x0, y, x0 + width, y), fill=(120, 120, 120), width=1)
            y += lh // 2
        elif k == 'col':
            gap = 50
            w2 = (width - gap) // 2
            sub = dict(style)
            sub['labelw'] = int(style.get('labelw', 360) * 0.8)
            y1 = _draw_blocks(draw, b[1], x0, y, w2, sub, marks, dry)
            y2 = _draw_blocks(draw, b[2], x0 + w2 + gap, y, w2, sub, marks, dry)
            if not dry:
                draw.line((x0 + w2 + gap // 2, y, x0 + w2 + gap // 2, max(y1, y2)), fill=(140, 140, 140), width=1)
            y = max(y1, y2)
    return y


def page_image(blocks, width=1700, min_height=2200, style=None, paper=(255, 255, 255), margin=120, top=110):
    """Draw the blocks on one page; returns (RGB image, highlight boxes). The page grows if the content needs it."""
    style = style or {}
    probe = Image.new("RGB", (width, 100), paper)
    d = ImageDraw.Draw(probe)
    h = _draw_blocks(d, blocks, margin, top, width - 2 * margin, style, [], dry=True) + 120
    H = max(min_height, h)
    img = Image.new("RGB", (width, H), paper)
    d = ImageDraw.Draw(img)
    marks = []
    _draw_blocks(d, blocks, margin, top, width - 2 * margin, style, marks)
    return img, marks


# ---------------------------------------------------------------- text PDF
def text_pdf(path, blocks, title, columns_from=None):
    """reportlab, Liberation fonts, invariant. Draws line by line so the text layer reads in order."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("LS", SANS))
    pdfmetrics.registerFont(TTFont("LSB", SANSB))
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setAuthor("FICTIONAL SAMPLE")
    W, H = letter
    state = {'y': H - 54}

    def need(h):
        if state['y'] - h < 50:
            c.showPage()
            state['y'] = H - 54

    def wrap(text, font, size, width):
        out, cur = [], ""
        for w in text.split(" "):
            t = (cur + " " + w).strip()
            if pdfmetrics.stringWidth(t, font, size) <= width or not cur:
                cur = t
            else:
                out.append(cur)
                cur = w
        if cur:
            out.append(cur)
        return out

    def draw(blocks, x0, width, y0=None, dry=False):
        if y0 is not None:
            state['y'] = y0
        for b in blocks:
            k = b[0]
            if k == 'gap':
                state['y'] -= 6
            elif k == 'h':
                for ln in wrap(b[1], "LSB", 12, width):
                    need(16)
                    if not dry:
                        c.setFont("LSB", 12)
                        c.drawString(x0, state['y'], ln)
                    state['y'] -= 16
            elif k in ('p', 's', 'hl'):
                sz = 7.5 if k == 's' else 9.5
                for ln in wrap(b[1], "LS", sz, width):
                    need(sz + 3)
                    if not dry:
                        c.setFont("LS", sz)
                        c.drawString(x0, state['y'], ln)
                    state['y'] -= sz + 3
                state['y'] -= 4
            elif k == 'kv':
                need(13)
                lw = min(130, width * 0.45)
                if not dry:
                    c.setFont("LSB", 9.5)
                    c.drawString(x0, state['y'], b[1])
                for ln in wrap(b[2], "LS", 9.5, width - lw):
                    if not dry:
                        c.setFont("LS", 9.5)
                        c.drawString(x0 + lw, state['y'], ln)
                    state['y'] -= 12.5
            elif k == 'a':
                for ln in b[1]:
                    need(12.5)
                    if not dry:
                        c.setFont("LS", 9.5)
                        c.drawString(x0, state['y'], ln)
                    state['y'] -= 12.5
                state['y'] -= 4
            elif k == 't':
                header, rows = b[1], b[2]
                n = len(header)
                wants = [max(pdfmetrics.stringWidth(str(r[i]), "LS", 8.5) for r in rows + [header]) + 8 for i in range(n)]
                sc = min(1.0, width / sum(wants))
                cw = [w * sc for w in wants]
                for ri, r in enumerate([header] + rows):
                    cells = [wrap(str(cl), "LSB" if ri == 0 else "LS", 8.5, cw[i] - 4) for i, cl in enumerate(r)]
                    nl = max(len(x) for x in cells)
                    need(11 * nl + 4)
                    x = x0
                    for i, cl in enumerate(cells):
                        for j, ln in enumerate(cl):
                            if not dry:
                                c.setFont("LSB" if ri == 0 else "LS", 8.5)
                                c.drawString(x + 2, state['y'] - j * 11, ln)
                        x += cw[i]
                    state['y'] -= 11 * nl + 3
                    if not dry:
                        c.setLineWidth(0.4)
                        c.line(x0, state['y'] + 8, x0 + width, state['y'] + 8)
                state['y'] -= 6
            elif k == 'col':
                ytop = state['y']
                w2 = (width - 24) / 2
                draw(b[1], x0, w2)
                yl = state['y']
                state['y'] = ytop
                draw(b[2], x0 + w2 + 24, w2)
                yr = state['y']
                if not dry:
                    c.setLineWidth(0.5)
                    c.line(x0 + w2 + 12, ytop + 10, x0 + w2 + 12, min(yl, yr) + 10)
                state['y'] = min(yl, yr)

    draw(blocks, 54, W - 108)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- Word
def docx_file(path, blocks, title):
    import docx
    from docx.shared import Pt
    import datetime as dt

    d = docx.Document()
    st = d.styles['Normal']
    st.font.name = 'Liberation Serif'
    st.font.size = Pt(11)

    def add(blocks):
        for b in blocks:
            k = b[0]
            if k == 'h':
                p = d.add_paragraph()
                r = p.add_run(b[1])
                r.bold = True
                r.font.size = Pt(13)
            elif k in ('p', 'hl'):
                d.add_paragraph(b[1])
            elif k == 's':
                p = d.add_paragraph()
                p.add_run(b[1]).font.size = Pt(8)
            elif k == 'kv':
                p = d.add_paragraph()
                p.add_run(b[1] + " ").bold = True
                p.add_run(b[2])
            elif k == 'a':
                p = d.add_paragraph()
                for i, ln in enumerate(b[1]):
                    r = p.add_run(ln)
                    if i < len(b[1]) - 1:
                        r.add_break()
            elif k == 't':
                t = d.add_table(rows=1 + len(b[2]), cols=len(b[1]))
                t.style = 'Table Grid'
                for i, c in enumerate(b[1]):
                    t.cell(0, i).text = c
                for ri, r in enumerate(b[2]):
                    for i, c in enumerate(r):
                        t.cell(ri + 1, i).text = str(c)
            elif k == 'col':
                add(b[1])
                add(b[2])
            elif k == 'gap':
                d.add_paragraph("")

    add(blocks)
    cp = d.core_properties
    cp.title = title
    cp.author = "FICTIONAL SAMPLE"
    cp.last_modified_by = "FICTIONAL SAMPLE"
    cp.created = dt.datetime(2026, 11, 1, 12, 0, 0)
    cp.modified = dt.datetime(2026, 11, 1, 12, 0, 0)
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in sorted(zin.namelist(), key=lambda s: (s != "[Content_Types].xml", s)):
            zi = zipfile.ZipInfo(n, date_time=(2026, 11, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(n))


def docx_text(path):
    import docx
    d = docx.Document(path)
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            out.append(" | ".join(c.text for c in r.cells))
    return "\n".join(out)


# ---------------------------------------------------------------- HTML
def html_blocks(blocks):
    e = htmlmod.escape
    out = []
    for b in blocks:
        k = b[0]
        if k == 'h':
            out.append(f"<h3>{e(b[1])}</h3>")
        elif k in ('p', 'hl'):
            out.append(f"<p>{e(b[1])}</p>")
        elif k == 's':
            out.append(f"<p class=\"fine\"><small>{e(b[1])}</small></p>")
        elif k == 'kv':
            out.append(f"<div class=\"row\"><span class=\"lbl\">{e(b[1])}</span> <span class=\"val\">{e(b[2])}</span></div>")
        elif k == 'a':
            out.append("<address>" + "<br>\n".join(e(x) for x in b[1]) + "</address>")
        elif k == 't':
            rows = "".join("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>\n" for r in b[2])
            out.append("<table class=\"lines\"><thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in b[1]) +
                       f"</tr></thead>\n<tbody>\n{rows}</tbody></table>")
        elif k == 'col':
            out.append("<div class=\"cols\"><div class=\"c\">" + html_blocks(b[1]) + "</div><div class=\"c\">" +
                       html_blocks(b[2]) + "</div></div>")
        elif k == 'gap':
            out.append("<br>")
    return "\n".join(out)


def strip_html(s):
    import re
    s = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?i)</(p|div|tr|h\d|li|address|table|thead|tbody)>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return htmlmod.unescape(s)


# ---------------------------------------------------------------- plain text
def plain_text(blocks, width=74):
    out = []
    for b in blocks:
        k = b[0]
        if k == 'h':
            out += ["", b[1].upper(), "=" * min(width, len(b[1]))]
        elif k in ('p', 's', 'hl'):
            out += textwrap.wrap(b[1], width) + [""]
        elif k == 'kv':
            out.append(f"{b[1]:<26}{b[2]}")
        elif k == 'a':
            out += ["    " + x for x in b[1]] + [""]
        elif k == 't':
            n = len(b[1])
            ws = [max(len(str(r[i])) for r in b[2] + [b[1]]) for i in range(n)]
            out.append("  ".join(str(c).ljust(ws[i]) for i, c in enumerate(b[1])).rstrip())
            out.append("  ".join("-" * ws[i] for i in range(n)))
            for r in b[2]:
                out.append("  ".join(str(c).ljust(ws[i]) for i, c in enumerate(r)).rstrip())
            out.append("")
        elif k == 'col':
            out += plain_text(b[1], width).split("\n") + plain_text(b[2], width).split("\n")
        elif k == 'gap':
            out.append("")
    return "\n".join(out)
