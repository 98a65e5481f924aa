"""Layout and writers for set 49 (FICTIONAL set): one layout of blocks, drawn as images or a text PDF, and the
same blocks written as Word, HTML, e-mail and plain text."""
import html as H
import io
import re
import zipfile

from PIL import Image, ImageDraw, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/liberation2/"
FONTS = {"reg": "LiberationSans-Regular.ttf", "bold": "LiberationSans-Bold.ttf", "mono": "LiberationMono-Regular.ttf"}
_cache = {}


def font(kind, size):
    k = (kind, size)
    if k not in _cache:
        _cache[k] = ImageFont.truetype(FONT_DIR + FONTS[kind], size)
    return _cache[k]


def tlen(s, kind, size):
    return font(kind, size).getlength(s)


def wrap(s, kind, size, width):
    words, lines, cur = s.split(" "), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if cur and tlen(t, kind, size) > width:
            lines.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines or [""]


# ------------------------------------------------------------------------------------------------ layout (pixels)
class Layout:
    def __init__(self, W=1700, Hh=2200, margin=120, scale=1.0):
        self.W, self.H, self.m, self.s = W, Hh, margin, scale
        self.pages = [[]]
        self.y = margin

    def sz(self, n):
        return max(12, int(round(n * self.s)))

    def op(self, *a):
        self.pages[-1].append(a)

    def newpage(self):
        self.pages.append([])
        self.y = self.m

    def text(self, x, s, kind, size):
        self.op("text", x, self.y, s, kind, size)

    def block(self, b, x0, width):
        t = b[0]
        s = self.sz
        if t == "title":
            self.text(x0, b[1], "bold", s(42)); self.y += s(58)
        elif t == "small":
            for ln in wrap(b[1], "reg", s(22), width):
                self.text(x0, ln, "reg", s(22)); self.y += s(30)
            self.y += s(4)
        elif t == "h":
            self.y += s(16)
            for ln in wrap(b[1], "bold", s(30), width):
                self.text(x0, ln, "bold", s(30)); self.y += s(42)
            self.y += s(4)
        elif t == "p":
            for ln in wrap(b[1], "reg", s(27), width):
                self.text(x0, ln, "reg", s(27)); self.y += s(36)
            self.y += s(14)
        elif t == "kv":
            lw = min(max(tlen(l + ":", "bold", s(26)) for l, _ in b[1]) + s(22), width * 0.48)
            for l, v in b[1]:
                self.text(x0, l + ":", "bold", s(26))
                for i, ln in enumerate(wrap(v, "reg", s(26), width - lw)):
                    self.text(x0 + lw, ln, "reg", s(26)); self.y += s(35)
            self.y += s(12)
        elif t == "grid":
            per = 3
            cw = width / per
            items = b[1]
            for r in range(0, len(items), per):
                top = self.y
                for c, (l, v) in enumerate(items[r:r + per]):
                    cx = x0 + c * cw
                    self.op("rect", cx, top, cx + cw, top + s(84), 2)
                    self.op("text", cx + s(12), top + s(8), l, "bold", s(21))
                    self.op("text", cx + s(12), top + s(40), v, "reg", s(26))
                self.y = top + s(84)
            self.y += s(20)
        elif t == "table":
            heads, rows = b[1], b[2]
            fs = s(23)
            pad = s(14)
            nat = [max([tlen(h, "bold", fs)] + [tlen(r[i], "reg", fs) for r in rows]) + 2 * pad
                   for i, h in enumerate(heads)]
            if sum(nat) > width:
                # shrink the widest columns by wrapping: give each at least its longest word
                minw = [max([tlen(w, "bold", fs) for w in h.split()] + [tlen(w, "reg", fs) for r in rows for w in r[i].split()] + [0]) + 2 * pad
                        for i, h in enumerate(heads)]
                extra = width - sum(minw)
                flex = [n - m for n, m in zip(nat, minw)]
                tot = sum(flex) or 1
                nat = [m + max(0, extra) * f / tot for m, f in zip(minw, flex)]
            else:
                nat = [n * width / sum(nat) for n in nat]
            xs = [x0]
            for n in nat:
                xs.append(xs[-1] + n)
            self.op("line", x0, self.y, x0 + width, self.y, 3)
            for ri, row in enumerate([heads] + rows):
                kind = "bold" if ri == 0 else "reg"
                cells = [wrap(c, kind, fs, nat[i] - 2 * pad) for i, c in enumerate(row)]
                nl = max(len(c) for c in cells)
                top = self.y
                for i, c in enumerate(cells):
                    for j, ln in enumerate(c):
                        self.op("text", xs[i] + pad, top + s(8) + j * s(30), ln, kind, fs)
                self.y = top + s(16) + nl * s(30)
                self.op("line", x0, self.y, x0 + width, self.y, 3 if ri == 0 else 1)
            self.y += s(18)
        elif t == "addr":
            for ln in b[1]:
                self.text(x0 + s(40), ln, "reg", s(27)); self.y += s(35)
            self.y += s(14)
        elif t == "rule":
            self.op("line", x0, self.y + s(6), x0 + width, self.y + s(6), 3); self.y += s(22)
        elif t == "cols":
            top = self.y
            half = (width - s(40)) / 2
            for bb in b[1]:
                self.block(bb, x0, half)
            yl = self.y
            self.y = top
            for bb in b[2]:
                self.block(bb, x0 + half + s(40), half)
            self.op("line", x0 + half + s(20), top, x0 + half + s(20), max(yl, self.y) - s(10), 1)
            self.y = max(yl, self.y)
        elif t == "page":
            self.newpage()
        else:
            raise ValueError(t)

    def run(self, blocks):
        for b in blocks:
            self.block(b, self.m, self.W - 2 * self.m)
        return self.pages


def layout(blocks, W=1700, Hh=2200):
    for scale in (1.0, 0.94, 0.88, 0.82, 0.76, 0.7):
        L = Layout(W, Hh, scale=scale)
        pages = L.run(blocks)
        if all(max([o[2] for o in p] + [0]) < Hh - 130 for p in pages) and L.y < Hh - 110:
            return pages, scale
    raise ValueError("does not fit")


def draw_pages(blocks, ink=(0, 0, 0), paper=(255, 255, 255), W=1700, Hh=2200):
    pages, _ = layout(blocks, W, Hh)
    out = []
    for ops in pages:
        im = Image.new("RGB", (W, Hh), paper)
        d = ImageDraw.Draw(im)
        for o in ops:
            if o[0] == "text":
                d.text((o[1], o[2]), o[3], font=font(o[4], o[5]), fill=ink)
            elif o[0] == "line":
                d.line([(o[1], o[2]), (o[3], o[4])], fill=ink, width=o[5])
            elif o[0] == "rect":
                d.rectangle([o[1], o[2], o[3], o[4]], outline=ink, width=o[5])
        out.append(im)
    return out


def text_pdf(blocks, path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    for k, f in FONTS.items():
        try:
            pdfmetrics.getFont("L" + k)
        except KeyError:
            pdfmetrics.registerFont(TTFont("L" + k, FONT_DIR + f))
    pages, _ = layout(blocks)
    k = 72 / 200
    c = canvas.Canvas(path, pagesize=(612, 792), invariant=1)
    c.setTitle("FICTIONAL sample notice")
    for ops in pages:
        for o in ops:
            if o[0] == "text":
                c.setFont("L" + o[4], o[5] * k)
                c.drawString(o[1] * k, 792 - (o[2] + o[5] * 0.82) * k, o[3])
            elif o[0] == "line":
                c.setLineWidth(o[5] * k)
                c.line(o[1] * k, 792 - o[2] * k, o[3] * k, 792 - o[4] * k)
            elif o[0] == "rect":
                c.setLineWidth(o[5] * k)
                c.rect(o[1] * k, 792 - o[4] * k, (o[3] - o[1]) * k, (o[4] - o[2]) * k)
        c.showPage()
    c.save()


# ------------------------------------------------------------------------------------------------ text model
def model_text(blocks):
    out = []
    for b in blocks:
        t = b[0]
        if t in ("title", "small", "h", "p"):
            out.append(b[1])
        elif t in ("kv", "grid"):
            out += [f"{l}: {v}" for l, v in b[1]]
        elif t == "table":
            out += ["  ".join(r) for r in [b[1]] + b[2]]
        elif t == "addr":
            out += b[1]
        elif t == "cols":
            out.append(model_text(b[1]))
            out.append(model_text(b[2]))
    return "\n".join(out)


# ------------------------------------------------------------------------------------------------ plain text
def plain(blocks, width=76):
    import textwrap
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out += [b[1], "=" * len(b[1])]
        elif t == "small":
            out += textwrap.wrap(b[1], width)
        elif t == "h":
            out += ["", b[1], "-" * len(b[1])]
        elif t == "p":
            out += [""] + textwrap.wrap(b[1], width)
        elif t in ("kv", "grid"):
            lw = max(len(l) for l, _ in b[1]) + 2
            out += [""] + [(l + ":").ljust(lw + 1) + v for l, v in b[1]]
        elif t == "table":
            rows = [b[1]] + b[2]
            ws = [max(len(r[i]) for r in rows) for i in range(len(b[1]))]
            out.append("")
            for ri, r in enumerate(rows):
                out.append("  ".join(c.ljust(w) for c, w in zip(r, ws)).rstrip())
                if ri == 0:
                    out.append("  ".join("-" * w for w in ws))
        elif t == "addr":
            out += [""] + ["    " + ln for ln in b[1]]
        elif t == "rule":
            out.append("-" * width)
        elif t == "cols":
            out += plain(b[1], width).split("\n") + plain(b[2], width).split("\n")
    return "\n".join(out).strip("\n") + "\n"


# ------------------------------------------------------------------------------------------------ HTML
def html_blocks(blocks):
    e = H.escape
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif t == "small":
            out.append(f'<p class="small">{e(b[1])}</p>')
        elif t == "h":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif t == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif t in ("kv", "grid"):
            out.append('<div class="facts">' + "".join(
                f'<div class="row"><span class="lab">{e(l)}</span><span class="val">{e(v)}</span></div>'
                for l, v in b[1]) + "</div>")
        elif t == "table":
            out.append("<table><thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in b[1]) + "</tr></thead><tbody>"
                       + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in b[2])
                       + "</tbody></table>")
        elif t == "addr":
            out.append("<p class=\"addr\">" + "<br>".join(e(x) for x in b[1]) + "</p>")
        elif t == "rule":
            out.append("<hr>")
        elif t == "cols":
            out.append('<div style="display:flex;gap:2em"><div>' + html_blocks(b[1]) + "</div><div>"
                       + html_blocks(b[2]) + "</div></div>")
    return "\n".join(out)


STYLE = """body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222}
.small{font-size:12px;color:#555}.facts .row{display:flex;gap:1em;padding:2px 0}.lab{font-weight:bold;min-width:14em}
table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #999;padding:4px 8px;text-align:left}
.addr{margin-left:2em}nav a{margin-right:1.5em}.side{width:28%;float:right;border-left:1px solid #ccc;padding-left:1em}
@media (max-width:600px){.side{display:none}.lab{min-width:6em}}"""


def portal_html(blocks, extra, lang):
    e = H.escape
    es = lang == "es"
    nav = (["Inicio", "Reclamaciones", "Beneficios", "Mensajes", "Cerrar sesión"] if es
           else ["Home", "Claims", "Benefits", "Messages", "Sign out"])
    side_h = "Sus reclamaciones recientes" if es else "Your recent claims"
    heads = (["Reclamación", "Fecha", "Proveedor", "Estado"] if es else ["Claim", "Date", "Provider", "Status"])
    side = ("<table><thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in heads) + "</tr></thead><tbody>"
            + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in extra["other_claims"])
            + "</tbody></table>")
    stamp = e(extra["print_stamp"])
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>"
            f"{'Detalle de reclamación' if es else 'Claim details'}</title>\n<style>{STYLE}</style>\n"
            "<script>window.dataLayer=window.dataLayer||[];function keepAlive(){return 1}</script></head>\n<body>\n"
            f"<div class=\"stamp\">{stamp}</div>\n<nav>" + "".join(f"<a href=\"#\">{e(n)}</a>" for n in nav)
            + "</nav>\n<div hidden>session token placeholder</div>\n"
            f"<aside class=\"side\"><h3>{e(side_h)}</h3>{side}</aside>\n<main>\n{html_blocks(blocks)}\n</main>\n"
            f"<footer><p class=\"small\">{stamp}</p></footer>\n</body></html>\n")


def letter_html(blocks, lang):
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><style>{STYLE}</style></head>"
            f"<body><div style=\"max-width:680px;margin:auto\">\n{html_blocks(blocks)}\n</div></body></html>\n")


class _Strip(__import__("html.parser").parser.HTMLParser):
    VOID = {"br", "meta", "hr", "img", "input", "link"}

    def __init__(self):
        super().__init__()
        self.out, self.stack, self.skip_at = [], [], None

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "p", "div", "tr", "h1", "h2", "h3", "li"):
            self.out.append("\n")
        if tag in ("td", "th", "span"):
            self.out.append("  ")
        if tag in self.VOID:
            return
        self.stack.append(tag)
        if self.skip_at is None and (tag in ("script", "style", "head") or "hidden" in dict(attrs)):
            self.skip_at = len(self.stack) - 1

    def handle_endtag(self, tag):
        if tag in self.VOID or tag not in self.stack:
            return
        while self.stack and self.stack.pop() != tag:
            pass
        if self.skip_at is not None and len(self.stack) <= self.skip_at:
            self.skip_at = None

    def handle_data(self, data):
        if self.skip_at is None:
            self.out.append(data)


def html_text(s):
    p = _Strip()
    p.feed(s)
    return "".join(p.out)


# ------------------------------------------------------------------------------------------------ Word
def write_docx(blocks, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10.5)

    def para(text, bold=False, size=None, space=4):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(space)
        return p

    for b in blocks:
        t = b[0]
        if t == "title":
            para(b[1], True, 17)
        elif t == "small":
            para(b[1], size=8.5, space=1)
        elif t == "h":
            para(b[1], True, 12.5, 6)
        elif t == "p":
            para(b[1])
        elif t == "kv":
            for l, v in b[1]:
                p = d.add_paragraph()
                r = p.add_run(l + ": ")
                r.bold = True
                p.add_run(v)
                p.paragraph_format.space_after = Pt(0)
        elif t == "grid":
            items = b[1]
            per = 3
            tb = d.add_table(rows=0, cols=per)
            tb.style = "Table Grid"
            for r0 in range(0, len(items), per):
                row = tb.add_row().cells
                for c, (l, v) in enumerate(items[r0:r0 + per]):
                    row[c].text = ""
                    pp = row[c].paragraphs[0]
                    rr = pp.add_run(l + ": ")
                    rr.bold = True
                    pp.add_run(v)
            d.add_paragraph()
        elif t == "table":
            tb = d.add_table(rows=1, cols=len(b[1]))
            tb.style = "Table Grid"
            for i, h in enumerate(b[1]):
                tb.rows[0].cells[i].text = h
            for r in b[2]:
                cells = tb.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = c
        elif t == "addr":
            for i, ln in enumerate(b[1]):
                p = para(ln, space=0)
                p.paragraph_format.left_indent = Pt(24)
        elif t == "page":
            d.add_page_break()
    import datetime
    cp = d.core_properties
    cp.author = "FICTIONAL sample"
    cp.title = "FICTIONAL sample notice"
    cp.created = cp.modified = datetime.datetime(2026, 11, 19, 9, 0, 0)
    cp.last_modified_by = "FICTIONAL sample"
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(it.filename, (2026, 11, 19, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(it.filename))


def docx_text(path):
    import docx
    d = docx.Document(path)
    out = [p.text for p in d.paragraphs]
    for tb in d.tables:
        for r in tb.rows:
            out.append("  ".join(c.text for c in r.cells))
    return "\n".join(out)
