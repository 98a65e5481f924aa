"""Renderers for set 48 (FICTIONAL notices): one block model, written as an image, a text PDF, Word, HTML, e-mail
or plain text. Blocks:
  ('logo', name, sub)           letterhead: a square mark with initials, the name, a line under it
  ('title', s) ('h', s) ('p', s) ('small', s) ('mono', s)
  ('kv', [(label, value), ...])  label/value rows (labels printed as given, colon included)
  ('table', head, rows, widths)  widths are fractions of the text width
  ('addr', [lines])              an address block
  ('cols', blocks_left, blocks_right)
  ('rule',) ('sp', px)
  ('hand', text, x, y, angle, rgb, size)    handwriting over the page (images only), x, y fractions of the page
  ('stamp', [lines], x, y, angle, rgb)      an ink stamp (images only)
"""
import html as htmlmod
import io
import math
import random
import textwrap
import zipfile

from PIL import Image, ImageDraw, ImageFont

FD = "/usr/share/fonts/truetype/"
SANS = FD + "liberation2/LiberationSans-Regular.ttf"
SANSB = FD + "liberation2/LiberationSans-Bold.ttf"
SERIF = FD + "liberation2/LiberationSerif-Regular.ttf"
SERIFB = FD + "liberation2/LiberationSerif-Bold.ttf"
MONO = FD + "liberation2/LiberationMono-Regular.ttf"
HAND = FD + "dejavu/DejaVuSans-Oblique.ttf"
HAND2 = FD + "liberation2/LiberationSerif-Italic.ttf"

_fc = {}


def font(path, size):
    k = (path, size)
    if k not in _fc:
        _fc[k] = ImageFont.truetype(path, size)
    return _fc[k]


# ---------------------------------------------------------------- text model
def to_text(blocks, width=96):
    out = []
    for b in blocks:
        t = b[0]
        if t == 'logo':
            out += [b[1], b[2]]
        elif t in ('title', 'h', 'small', 'mono'):
            out.append(b[1])
        elif t == 'p':
            out += textwrap.wrap(b[1], width) or ['']
        elif t == 'kv':
            lw = max(len(k) for k, _ in b[1]) + 2
            out += [(k.ljust(lw) + v) for k, v in b[1]]
        elif t == 'table':
            head, rows = b[1], b[2]
            ws = [max(len(str(r[i])) for r in [head] + rows) + 2 for i in range(len(head))]
            for r in [head] + rows:
                out.append(''.join(str(c).ljust(w) for c, w in zip(r, ws)).rstrip())
        elif t == 'addr':
            out += list(b[1])
        elif t == 'cols':
            out += to_text(b[1], width // 2).split('\n')
            out += to_text(b[2], width // 2).split('\n')
        elif t == 'rule':
            out.append('-' * min(width, 72))
        elif t == 'sp':
            out.append('')
        elif t == 'hand':
            out.append(b[1])
        elif t == 'stamp':
            out += list(b[1])
        out.append('') if t in ('p', 'kv', 'table', 'addr', 'title') else None
    return '\n'.join(out)


# ---------------------------------------------------------------- image
class Page:
    def __init__(self, w=1700, h=2200, serif=False, scale=1.0):
        self.w, self.h = w, h
        self.img = Image.new('RGB', (w, h), (255, 255, 255))
        self.d = ImageDraw.Draw(self.img)
        self.m = int(125 * w / 1700)
        self.y = int(110 * scale)
        self.s = scale
        self.reg = SERIF if serif else SANS
        self.bold = SERIFB if serif else SANSB

    def f(self, size, bold=False, path=None):
        return font(path or (self.bold if bold else self.reg), int(size * self.s))

    def wrap(self, text, fnt, width):
        words, lines, cur = text.split(' '), [], ''
        for wd in words:
            t = (cur + ' ' + wd).strip()
            if fnt.getlength(t) <= width or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = wd
        if cur:
            lines.append(cur)
        return lines


def draw_blocks(pg, blocks, x0=None, x1=None):
    d = pg.d
    x0 = pg.m if x0 is None else x0
    x1 = pg.w - pg.m if x1 is None else x1
    W = x1 - x0
    s = pg.s
    for b in blocks:
        t = b[0]
        if t == 'logo':
            sz = int(74 * s)
            d.rectangle([x0, pg.y, x0 + sz, pg.y + sz], fill=(30, 70, 120))
            ini = ''.join(w[0] for w in b[1].split()[:2] if w[0].isalpha())
            fi = pg.f(34, True)
            d.text((x0 + sz // 2, pg.y + sz // 2), ini, font=fi, fill='white', anchor='mm')
            d.text((x0 + sz + 20, pg.y + 4), b[1], font=pg.f(36, True), fill=(20, 40, 80))
            d.text((x0 + sz + 20, pg.y + int(46 * s)), b[2], font=pg.f(22), fill=(60, 60, 60))
            pg.y += sz + int(30 * s)
        elif t == 'title':
            fnt = pg.f(38, True)
            for ln in pg.wrap(b[1], fnt, W):
                d.text((x0, pg.y), ln, font=fnt, fill='black')
                pg.y += int(48 * s)
            pg.y += int(14 * s)
        elif t == 'h':
            fnt = pg.f(30, True)
            for ln in pg.wrap(b[1], fnt, W):
                d.text((x0, pg.y), ln, font=fnt, fill='black')
                pg.y += int(40 * s)
            pg.y += int(4 * s)
        elif t in ('p', 'small', 'mono'):
            size = {'p': 27, 'small': 22, 'mono': 25}[t]
            fnt = pg.f(size, path=MONO if t == 'mono' else None)
            for ln in pg.wrap(b[1], fnt, W):
                d.text((x0, pg.y), ln, font=fnt, fill='black')
                pg.y += int(size * 1.32 * s)
            pg.y += int(14 * s)
        elif t == 'kv':
            fl, fv = pg.f(26, True), pg.f(26)
            lw = max(fl.getlength(k) for k, _ in b[1]) + 30 * s
            for k, v in b[1]:
                d.text((x0, pg.y), k, font=fl, fill='black')
                lines = pg.wrap(v, fv, W - lw) or ['']
                for ln in lines:
                    d.text((x0 + lw, pg.y), ln, font=fv, fill='black')
                    pg.y += int(35 * s)
            pg.y += int(14 * s)
        elif t == 'table':
            head, rows, widths = b[1], b[2], b[3]
            fh, fr = pg.f(22, True), pg.f(22)
            xs = [x0]
            for wfrac in widths:
                xs.append(xs[-1] + int(W * wfrac))
            rh = int(36 * s)
            top = pg.y
            d.rectangle([x0, pg.y, xs[-1], pg.y + rh], fill=(225, 225, 225))
            for i, c in enumerate(head):
                d.text((xs[i] + 8, pg.y + 7), c, font=fh, fill='black')
            pg.y += rh
            for r in rows:
                for i, c in enumerate(r):
                    d.text((xs[i] + 8, pg.y + 7), str(c), font=fr, fill='black')
                pg.y += rh
                d.line([x0, pg.y, xs[-1], pg.y], fill=(150, 150, 150), width=1)
            d.rectangle([x0, top, xs[-1], pg.y], outline='black', width=2)
            for xx in xs[1:-1]:
                d.line([xx, top, xx, pg.y], fill=(150, 150, 150), width=1)
            pg.y += int(24 * s)
        elif t == 'addr':
            fnt = pg.f(27)
            for ln in b[1]:
                d.text((x0 + int(30 * s), pg.y), ln, font=fnt, fill='black')
                pg.y += int(35 * s)
            pg.y += int(16 * s)
        elif t == 'cols':
            y0 = pg.y
            mid = x0 + W // 2
            draw_blocks(pg, b[1], x0, mid - int(25 * s))
            y1 = pg.y
            pg.y = y0
            draw_blocks(pg, b[2], mid + int(25 * s), x1)
            d.line([mid, y0, mid, max(y1, pg.y) - 10], fill=(120, 120, 120), width=2)
            pg.y = max(y1, pg.y)
        elif t == 'rule':
            d.line([x0, pg.y, x1, pg.y], fill='black', width=2)
            pg.y += int(18 * s)
        elif t == 'sp':
            pg.y += int(b[1] * s)
    return pg


def overlay_marks(img, blocks, seed):
    """Handwriting and stamps, drawn on their own layers and pasted rotated."""
    rnd = random.Random(seed)
    W, H = img.size
    for b in blocks:
        if b[0] == 'hand':
            text, fx, fy, ang, rgb, size = b[1:7]
            fnt = font(HAND, size)
            lay = Image.new('RGBA', (int(fnt.getlength(text) + 60), size * 2), (0, 0, 0, 0))
            ld = ImageDraw.Draw(lay)
            x = 10
            for ch in text:
                dy = rnd.randint(-3, 3)
                ld.text((x, size // 3 + dy), ch, font=fnt, fill=rgb + (235,))
                ld.text((x + 1, size // 3 + dy), ch, font=fnt, fill=rgb + (200,))
                x += fnt.getlength(ch) * rnd.uniform(0.95, 1.08)
            lay = lay.rotate(ang, expand=True, resample=Image.BICUBIC)
            img.paste(lay, (int(fx * W), int(fy * H)), lay)
        elif b[0] == 'stamp':
            lines, fx, fy, ang, rgb = b[1:6]
            fnt = font(SANSB, 34)
            wmax = max(fnt.getlength(ln) for ln in lines)
            lw, lh = int(wmax + 60), 50 * len(lines) + 40
            lay = Image.new('RGBA', (lw, lh), (0, 0, 0, 0))
            ld = ImageDraw.Draw(lay)
            ld.rounded_rectangle([4, 4, lw - 5, lh - 5], radius=14, outline=rgb + (220,), width=5)
            for i, ln in enumerate(lines):
                ld.text((lw // 2, 40 + 50 * i), ln, font=fnt, fill=rgb + (215,), anchor='mm')
            # uneven ink: knock out specks
            px = lay.load()
            for _ in range(lw * lh // 9):
                xx, yy = rnd.randrange(lw), rnd.randrange(lh)
                r, g, bb, a = px[xx, yy]
                if a:
                    px[xx, yy] = (r, g, bb, int(a * rnd.uniform(0.1, 0.7)))
            lay = lay.rotate(ang, expand=True, resample=Image.BICUBIC)
            img.paste(lay, (int(fx * W), int(fy * H)), lay)
    return img


def render_image(blocks, w=1700, h=2200, serif=False, seed=0, scale=1.0):
    pg = Page(w, h, serif, scale)
    draw_blocks(pg, [b for b in blocks if b[0] not in ('hand', 'stamp')])
    if pg.y > h - 60:
        raise ValueError('page overflow: %d > %d' % (pg.y, h))
    return overlay_marks(pg.img, blocks, seed)


# ---------------------------------------------------------------- text PDF
def render_pdf(blocks, path, title):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    for nm, p in (('LS', SANS), ('LSB', SANSB)):
        try:
            pdfmetrics.getFont(nm)
        except KeyError:
            pdfmetrics.registerFont(TTFont(nm, p))
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setAuthor('FICTIONAL SAMPLE')
    PW, PH = letter
    m = 54
    st = {'y': PH - 54}

    def need(h):
        if st['y'] - h < 54:
            c.showPage()
            st['y'] = PH - 54

    def wrap(text, fn, size, width):
        words, lines, cur = text.split(' '), [], ''
        for wd in words:
            t = (cur + ' ' + wd).strip()
            if pdfmetrics.stringWidth(t, fn, size) <= width or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = wd
        if cur:
            lines.append(cur)
        return lines

    def blocks_at(bl, x0, x1):
        W = x1 - x0
        for b in bl:
            t = b[0]
            if t == 'logo':
                need(40)
                c.setFillColorRGB(0.12, 0.27, 0.47)
                c.rect(x0, st['y'] - 30, 30, 30, fill=1, stroke=0)
                c.setFillColorRGB(0, 0, 0)
                c.setFont('LSB', 15)
                c.drawString(x0 + 40, st['y'] - 14, b[1])
                c.setFont('LS', 9)
                c.drawString(x0 + 40, st['y'] - 27, b[2])
                st['y'] -= 44
            elif t in ('title', 'h', 'p', 'small', 'mono'):
                fn, size, lead, after = {'title': ('LSB', 14, 17, 6), 'h': ('LSB', 11, 14, 2),
                                         'p': ('LS', 9.5, 12.5, 6), 'small': ('LS', 8, 10, 4),
                                         'mono': ('LS', 9, 11.5, 4)}[t]
                for ln in wrap(b[1], fn, size, W):
                    need(lead)
                    c.setFont(fn, size)
                    c.drawString(x0, st['y'] - size, ln)
                    st['y'] -= lead
                st['y'] -= after
            elif t == 'kv':
                lw = max(pdfmetrics.stringWidth(k, 'LSB', 9.5) for k, _ in b[1]) + 10
                for k, v in b[1]:
                    need(13)
                    c.setFont('LSB', 9.5)
                    c.drawString(x0, st['y'] - 9.5, k)
                    c.setFont('LS', 9.5)
                    for ln in wrap(v, 'LS', 9.5, W - lw) or ['']:
                        c.drawString(x0 + lw, st['y'] - 9.5, ln)
                        st['y'] -= 12.5
                st['y'] -= 6
            elif t == 'table':
                head, rows, widths = b[1], b[2], b[3]
                xs = [x0]
                for wf in widths:
                    xs.append(xs[-1] + W * wf)
                need(16 * (len(rows) + 1))
                top = st['y']
                c.setFillColorRGB(0.88, 0.88, 0.88)
                c.rect(x0, st['y'] - 15, xs[-1] - x0, 15, fill=1, stroke=0)
                c.setFillColorRGB(0, 0, 0)
                c.setFont('LSB', 8)
                for i, h in enumerate(head):
                    c.drawString(xs[i] + 3, st['y'] - 11, h)
                st['y'] -= 15
                c.setFont('LS', 8)
                for r in rows:
                    for i, cell in enumerate(r):
                        c.drawString(xs[i] + 3, st['y'] - 11, str(cell))
                    st['y'] -= 15
                    c.setStrokeColorRGB(0.6, 0.6, 0.6)
                    c.line(x0, st['y'], xs[-1], st['y'])
                c.setStrokeColorRGB(0, 0, 0)
                c.rect(x0, st['y'], xs[-1] - x0, top - st['y'], fill=0, stroke=1)
                st['y'] -= 10
            elif t == 'addr':
                c.setFont('LS', 9.5)
                for ln in b[1]:
                    need(12.5)
                    c.drawString(x0 + 12, st['y'] - 9.5, ln)
                    st['y'] -= 12.5
                st['y'] -= 6
            elif t == 'cols':
                y0 = st['y']
                mid = x0 + W / 2
                blocks_at(b[1], x0, mid - 10)
                y1 = st['y']
                st['y'] = y0
                blocks_at(b[2], mid + 10, x1)
                c.line(mid, y0, mid, min(y1, st['y']) + 4)
                st['y'] = min(y1, st['y'])
            elif t == 'rule':
                need(8)
                c.line(x0, st['y'] - 3, x1, st['y'] - 3)
                st['y'] -= 10
            elif t == 'sp':
                st['y'] -= b[1] / 3
    blocks_at([b for b in blocks if b[0] not in ('hand', 'stamp')], m, PW - m)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- Word
def render_docx(blocks, path):
    import docx
    from docx.shared import Pt
    import datetime as dt
    doc = docx.Document()
    doc.styles['Normal'].font.name = 'Liberation Serif'
    doc.styles['Normal'].font.size = Pt(11)

    def add(bl):
        for b in bl:
            t = b[0]
            if t == 'logo':
                p = doc.add_paragraph()
                r = p.add_run(b[1])
                r.bold = True
                r.font.size = Pt(16)
                doc.add_paragraph(b[2])
            elif t == 'title':
                p = doc.add_paragraph()
                r = p.add_run(b[1])
                r.bold = True
                r.font.size = Pt(13)
            elif t == 'h':
                p = doc.add_paragraph()
                p.add_run(b[1]).bold = True
            elif t in ('p', 'small', 'mono'):
                doc.add_paragraph(b[1])
            elif t == 'kv':
                for k, v in b[1]:
                    p = doc.add_paragraph()
                    p.add_run(k + ' ').bold = True
                    p.add_run(v)
            elif t == 'table':
                tb = doc.add_table(rows=1 + len(b[2]), cols=len(b[1]))
                tb.style = 'Table Grid'
                for i, h in enumerate(b[1]):
                    tb.rows[0].cells[i].text = h
                for j, r in enumerate(b[2]):
                    for i, cell in enumerate(r):
                        tb.rows[j + 1].cells[i].text = str(cell)
                doc.add_paragraph('')
            elif t == 'addr':
                p = doc.add_paragraph()
                for i, ln in enumerate(b[1]):
                    if i:
                        p.add_run().add_break()
                    p.add_run(ln)
            elif t == 'cols':
                add(b[1])
                add(b[2])
            elif t == 'rule':
                doc.add_paragraph('_' * 40)
    add(blocks)
    cp = doc.core_properties
    fixed = dt.datetime(2026, 12, 7, 0, 0, 0)
    cp.created = cp.modified = fixed
    cp.last_printed = fixed
    cp.author = cp.last_modified_by = 'FICTIONAL SAMPLE'
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as zout:
        for it in sorted(zin.infolist(), key=lambda i: i.filename != '[Content_Types].xml'):
            zi = zipfile.ZipInfo(it.filename, date_time=(2026, 12, 7, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(it.filename))


# ---------------------------------------------------------------- HTML
def blocks_html(blocks):
    e = htmlmod.escape
    out = []
    for b in blocks:
        t = b[0]
        if t == 'logo':
            out.append('<div class="brand"><strong>%s</strong><br><span>%s</span></div>' % (e(b[1]), e(b[2])))
        elif t == 'title':
            out.append('<h1>%s</h1>' % e(b[1]))
        elif t == 'h':
            out.append('<h2>%s</h2>' % e(b[1]))
        elif t in ('p', 'mono'):
            out.append('<p>%s</p>' % e(b[1]))
        elif t == 'small':
            out.append('<p class="small">%s</p>' % e(b[1]))
        elif t == 'kv':
            out.append('<table class="kv">' + ''.join(
                '<tr><th>%s</th><td>%s</td></tr>' % (e(k), e(v)) for k, v in b[1]) + '</table>')
        elif t == 'table':
            out.append('<table class="lines"><thead><tr>' + ''.join('<th>%s</th>' % e(h) for h in b[1])
                       + '</tr></thead><tbody>' + ''.join(
                           '<tr>' + ''.join('<td>%s</td>' % e(str(c)) for c in r) + '</tr>' for r in b[2])
                       + '</tbody></table>')
        elif t == 'addr':
            out.append('<p class="addr">' + '<br>'.join(e(x) for x in b[1]) + '</p>')
        elif t == 'cols':
            out.append('<div class="cols"><div>%s</div><div>%s</div></div>' % (blocks_html(b[1]), blocks_html(b[2])))
        elif t == 'rule':
            out.append('<hr>')
    return '\n'.join(out)


def html_to_text(s):
    import re
    s = re.sub(r'(?is)<(script|style|head)\b.*?</\1>', ' ', s)
    s = re.sub(r'(?i)<br\s*/?>|</(p|div|tr|h1|h2|h3|li|table|dt|dd)>', '\n', s)
    s = re.sub(r'<[^>]+>', ' ', s)
    return htmlmod.unescape(s)
