"""Set 39 (FICTIONAL): dates, the block model's page layout, and its PIL / reportlab / HTML / Word / text writers."""
import datetime as dt
import html as htmlmod
import re

from PIL import Image, ImageDraw, ImageFont

FONTS = {
    ("sans", False): "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    ("sans", True): "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    ("serif", False): "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    ("serif", True): "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    ("mono", False): "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
    ("mono", True): "/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf",
    ("dejavu", False): "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    ("dejavu", True): "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
}

# ---------------------------------------------------------------- dates
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def d(iso):
    return dt.date.fromisoformat(iso)


def fmt(iso, f):
    x = d(iso)
    if f == "long":
        return f"{MONTHS[x.month - 1]} {x.day}, {x.year}"
    if f == "LONG":
        return f"{MONTHS[x.month - 1].upper()} {x.day}, {x.year}"
    if f == "abbr":
        return f"{MONTHS[x.month - 1][:3]} {x.day}, {x.year}"
    if f == "us":
        return f"{x.month:02d}/{x.day:02d}/{x.year}"
    if f == "es":
        return f"{x.day} de {MESES[x.month - 1]} de {x.year}"
    if f == "dmy":
        return f"{x.day:02d}/{x.month:02d}/{x.year}"
    if f == "iso":
        return x.isoformat()
    raise ValueError(f)


def parse_printed(s):
    """Every ISO date a printed form could be, in the writers' forms (for the self-check)."""
    out = set()
    m = re.fullmatch(r"([A-Za-z]+)\.? (\d{1,2}), (\d{4})", s)
    if m:
        name = m.group(1).lower()
        for i, mo in enumerate(MONTHS):
            if mo.lower() == name or mo.lower()[:3] == name:
                out.add(dt.date(int(m.group(3)), i + 1, int(m.group(2))).isoformat())
    m = re.fullmatch(r"(\d{1,2}) de ([a-z]+) de (\d{4})", s)
    if m and m.group(2) in MESES:
        out.add(dt.date(int(m.group(3)), MESES.index(m.group(2)) + 1, int(m.group(1))).isoformat())
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", s)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        for mo, da in ((a, b), (b, a)):
            try:
                out.add(dt.date(y, mo, da).isoformat())
            except ValueError:
                pass
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        out.add(s)
    return out


# ---------------------------------------------------------------- layout
class Layout:
    """Lays blocks out on letter pages at `dpi`; keeps every text run and every line or box drawn."""

    def __init__(self, dpi=200, family="sans", base=10.5, margin=1.0, width_in=8.5, height_in=11.0):
        self.dpi, self.family, self.base = dpi, family, base
        self.W, self.H = int(width_in * dpi), int(height_in * dpi)
        self.m = int(margin * dpi * 0.75)
        self.page, self.y = 0, self.m
        self.runs, self.gfx = [], []
        self._fonts = {}

    def px(self, pt):
        return pt * self.dpi / 72.0

    def font(self, bold=False, size=None, fam=None):
        fam = fam or self.family
        key = (fam, bold, round(self.px(size or self.base)))
        if key not in self._fonts:
            self._fonts[key] = ImageFont.truetype(FONTS[(fam, bold)], key[2])
        return self._fonts[key]

    def width(self, s, f):
        return f.getlength(s)

    def text(self, x, s, bold=False, size=None, fam=None, y=None, tag=None):
        f = self.font(bold, size, fam)
        yy = self.y if y is None else y
        w = self.width(s, f)
        self.runs.append(dict(page=self.page, x=x, y=yy, w=w, h=f.size * 1.2, text=s, bold=bold,
                              size=size or self.base, fam=fam or self.family, tag=tag))
        return w

    def lh(self, size=None):
        return self.px(size or self.base) * 1.32

    def need(self, h):
        if self.y + h > self.H - self.m:
            self.page += 1
            self.y = self.m

    def wrap(self, s, width, f):
        words, lines, cur = s.split(" "), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if self.width(t, f) <= width or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    def blocks(self, bl, x0=None, x1=None):
        x0 = self.m if x0 is None else x0
        x1 = self.W - self.m if x1 is None else x1
        for b in bl:
            self.block(b, x0, x1)

    def block(self, b, x0, x1):
        k = b[0]
        if k == "sp":
            self.y += self.px(b[1] if len(b) > 1 else 6)
        elif k == "pagebreak":
            self.page += 1
            self.y = self.m
        elif k in ("title", "h", "p", "small", "center", "right", "bp"):
            size = {"title": self.base + 5, "h": self.base + 1, "small": self.base - 2}.get(k, self.base)
            bold = k in ("title", "h", "bp")
            f = self.font(bold, size)
            for line in self.wrap(b[1], x1 - x0, f):
                self.need(self.lh(size))
                x = x0
                if k == "center":
                    x = (x0 + x1 - self.width(line, f)) / 2
                elif k == "right":
                    x = x1 - self.width(line, f)
                self.text(x, line, bold, size)
                self.y += self.lh(size)
            self.y += self.px(3 if k != "title" else 5)
        elif k == "kv":
            lw = (x1 - x0) * (b[2] if len(b) > 2 else 0.36)
            for label, value in b[1]:
                self.need(self.lh())
                self.text(x0, label, True)
                self.text(x0 + lw, value, False)
                self.y += self.lh()
            self.y += self.px(3)
        elif k == "addr":
            for line in b[1]:
                self.need(self.lh())
                self.text(x0 + (self.px(b[2]) if len(b) > 2 else 0), line)
                self.y += self.lh()
            self.y += self.px(3)
        elif k == "mono":
            for line in b[1]:
                self.need(self.lh(self.base - 1))
                self.text(x0, line, size=self.base - 1, fam="mono")
                self.y += self.lh(self.base - 1)
        elif k == "table":
            heads, rows = b[1], b[2]
            fr = b[3] if len(b) > 3 else [1.0 / len(heads)] * len(heads)
            size = self.base - 1.5
            xs = [x0]
            for f_ in fr:
                xs.append(xs[-1] + (x1 - x0) * f_ / sum(fr))
            rh = self.lh(size) + self.px(4)
            pad = self.px(3)
            for ri, row in enumerate([heads] + rows):
                self.need(rh)
                top = self.y
                if ri == 0:
                    self.gfx.append(("rect", self.page, x0, top, x1, top + rh, 1, (225, 225, 225)))
                for ci, cell in enumerate(row):
                    f = self.font(ri == 0, size)
                    if self.width(cell, f) > xs[ci + 1] - xs[ci] - 2 * pad:
                        raise ValueError(f"cell too wide: {cell!r}")
                    self.text(xs[ci] + pad, cell, ri == 0, size, y=top + self.px(2))
                self.gfx.append(("line", self.page, x0, top + rh, x1, top + rh, 2))
                if ri == 0:
                    self.gfx.append(("line", self.page, x0, top, x1, top, 2))
                for xx in xs:
                    self.gfx.append(("line", self.page, xx, top, xx, top + rh, 2))
                self.y += rh
            self.y += self.px(6)
        elif k == "cols":
            gap = self.px(14)
            mid = (x0 + x1) / 2
            y0, p0 = self.y, self.page
            self.blocks(b[1], x0, mid - gap / 2)
            yl = self.y
            self.y = y0
            self.blocks(b[2], mid + gap / 2, x1)
            self.gfx.append(("line", p0, mid, y0, mid, max(yl, self.y) - self.px(4), 2))
            self.y = max(yl, self.y)
        elif k == "box":
            pad = self.px(7)
            y0, p0 = self.y, self.page
            self.y += pad
            self.blocks(b[1], x0 + pad, x1 - pad)
            self.gfx.append(("rect", p0, x0, y0, x1, self.y, 3, None))
            self.y += self.px(8)
        elif k == "rule":
            self.gfx.append(("line", self.page, x0, self.y, x1, self.y, 3))
            self.y += self.px(6)
        else:
            raise ValueError(k)

    # ----------------------------------------------------------- backends
    def to_images(self, mode="RGB"):
        pages = []
        for p in range(self.page + 1):
            im = Image.new(mode, (self.W, self.H), "white")
            dr = ImageDraw.Draw(im)
            for g in self.gfx:
                if g[1] != p:
                    continue
                if g[0] == "rect":
                    _, _, a, b_, c, e, w, fill = g
                    dr.rectangle([a, b_, c, e], outline="black" if fill is None else None,
                                 fill=fill if mode == "RGB" or fill is None else 225, width=w)
                else:
                    _, _, a, b_, c, e, w = g
                    dr.line([a, b_, c, e], fill="black", width=w)
            for r in self.runs:
                if r["page"] == p:
                    dr.text((r["x"], r["y"]), r["text"], font=self.font(r["bold"], r["size"], r["fam"]),
                            fill="black" if mode != "RGB" else (20, 20, 24))
            pages.append(im)
        return pages

    def to_pdf(self, path, title):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas
        names = {}
        for (fam, bold), fp in FONTS.items():
            n = f"L39-{fam}-{int(bold)}"
            if n not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(n, fp))
            names[(fam, bold)] = n
        s = 72.0 / self.dpi
        c = canvas.Canvas(path, pagesize=(self.W * s, self.H * s), invariant=1)
        c.setTitle(title)
        c.setAuthor("FICTIONAL sample")
        for p in range(self.page + 1):
            for g in self.gfx:
                if g[1] != p:
                    continue
                if g[0] == "rect":
                    _, _, a, b_, cc, e, w, fill = g
                    c.setLineWidth(w * s)
                    if fill:
                        c.setFillColorRGB(*(v / 255 for v in fill))
                        c.rect(a * s, (self.H - e) * s, (cc - a) * s, (e - b_) * s, stroke=0, fill=1)
                    else:
                        c.rect(a * s, (self.H - e) * s, (cc - a) * s, (e - b_) * s, stroke=1, fill=0)
                else:
                    _, _, a, b_, cc, e, w = g
                    c.setLineWidth(w * s)
                    c.line(a * s, (self.H - b_) * s, cc * s, (self.H - e) * s)
            c.setFillColorRGB(0, 0, 0)
            for r in self.runs:
                if r["page"] != p:
                    continue
                f = self.font(r["bold"], r["size"], r["fam"])
                c.setFont(names[(r["fam"], r["bold"])], f.size * s)
                asc = f.getmetrics()[0]
                c.drawString(r["x"] * s, (self.H - r["y"] - asc) * s, r["text"])
            c.showPage()
        c.save()


def layout(blocks, **kw):
    lay = Layout(**kw)
    lay.blocks(blocks)
    return lay


# ---------------------------------------------------------------- other backends
def to_html(blocks):
    e = htmlmod.escape
    out = []
    for b in blocks:
        k = b[0]
        if k in ("sp", "pagebreak"):
            continue
        if k == "title":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif k == "h":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif k in ("p", "center", "right", "small", "bp"):
            cls = {"small": ' class="fine"', "center": ' class="c"', "right": ' class="r"', "bp": ' class="b"'}.get(k, "")
            out.append(f"<p{cls}>{e(b[1])}</p>")
        elif k == "kv":
            out.append('<table class="kv">' + "".join(
                f"<tr><th scope=\"row\">{e(a)}</th><td>{e(v)}</td></tr>" for a, v in b[1]) + "</table>")
        elif k in ("addr", "mono"):
            tag = "address" if k == "addr" else "pre"
            joiner = "<br>\n" if k == "addr" else "\n"
            out.append(f"<{tag}>" + joiner.join(e(x) for x in b[1]) + f"</{tag}>")
        elif k == "table":
            out.append('<table class="lines"><thead><tr>' + "".join(f"<th>{e(h)}</th>" for h in b[1])
                       + "</tr></thead><tbody>" + "".join(
                "<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in b[2]) + "</tbody></table>")
        elif k == "cols":
            out.append('<div class="cols"><div>' + to_html(b[1]) + "</div><div>" + to_html(b[2]) + "</div></div>")
        elif k == "box":
            out.append('<div class="box">' + to_html(b[1]) + "</div>")
        elif k == "rule":
            out.append("<hr>")
    return "\n".join(out)


def to_text(blocks, width=80, rule="=", boxed_tables=True):
    import textwrap
    out = []
    for b in blocks:
        k = b[0]
        if k == "sp":
            out.append("")
        elif k == "pagebreak":
            out.append("\f")
        elif k == "title":
            out += [b[1].upper(), rule * min(width, len(b[1]))]
        elif k == "h":
            out += ["", b[1].upper(), "-" * min(width, len(b[1]))]
        elif k in ("p", "small", "bp"):
            out += textwrap.wrap(b[1], width, break_on_hyphens=False, break_long_words=False) + [""]
        elif k == "center":
            out += [x.center(width).rstrip() for x in textwrap.wrap(b[1], width, break_on_hyphens=False)]
        elif k == "right":
            out.append(b[1].rjust(width))
        elif k == "kv":
            lw = max(len(a) for a, _ in b[1]) + 2
            out += [f"{a:<{lw}}{v}" for a, v in b[1]] + [""]
        elif k in ("addr", "mono"):
            out += ["    " + x if k == "addr" else x for x in b[1]] + [""]
        elif k == "table":
            ws = [max(len(r[i]) for r in [b[1]] + b[2]) for i in range(len(b[1]))]
            sep = "+" + "+".join("-" * (w + 2) for w in ws) + "+"
            row = lambda r: "| " + " | ".join(c.ljust(w) for c, w in zip(r, ws)) + " |"
            out += [sep, row(b[1]), sep.replace("-", "=")] + [row(r) for r in b[2]] + [sep, ""]
        elif k in ("cols",):
            out += to_text(b[1], width, rule).split("\n") + to_text(b[2], width, rule).split("\n")
        elif k == "box":
            inner = to_text(b[1], width - 4, rule).rstrip("\n").split("\n")
            out += ["*" * width] + [f"* {x:<{width - 4}} *" for x in inner] + ["*" * width, ""]
        elif k == "rule":
            out.append("-" * width)
    return "\n".join(out)


def to_docx(blocks, doc):
    from docx.shared import Pt
    for b in blocks:
        k = b[0]
        if k in ("sp",):
            continue
        if k == "pagebreak":
            doc.add_page_break()
        elif k in ("title", "h"):
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(15 if k == "title" else 11.5)
        elif k in ("p", "small", "center", "right", "bp"):
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.bold = k == "bp"
            if k == "small":
                r.font.size = Pt(8.5)
            if k == "center":
                p.alignment = 1
            if k == "right":
                p.alignment = 2
        elif k == "kv":
            t = doc.add_table(rows=0, cols=2)
            for a, v in b[1]:
                cells = t.add_row().cells
                cells[0].paragraphs[0].add_run(a).bold = True
                cells[1].paragraphs[0].add_run(v)
        elif k in ("addr", "mono"):
            p = doc.add_paragraph()
            for i, x in enumerate(b[1]):
                r = p.add_run(x)
                if i < len(b[1]) - 1:
                    r.add_break()
        elif k == "table":
            t = doc.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, b[1]):
                c.paragraphs[0].add_run(h).bold = True
            for r_ in b[2]:
                cells = t.add_row().cells
                for c, v in zip(cells, r_):
                    c.text = v
        elif k == "cols":
            t = doc.add_table(rows=1, cols=2)
            for cell, sub in zip(t.rows[0].cells, (b[1], b[2])):
                cell.text = to_text(sub, 60).strip()
        elif k == "box":
            t = doc.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            t.rows[0].cells[0].text = to_text(b[1], 90).strip()
        elif k == "rule":
            doc.add_paragraph("_" * 40)
