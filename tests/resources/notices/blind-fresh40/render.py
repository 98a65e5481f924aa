"""Draws a notice's blocks onto a page image (Pillow) and gives the page's plain text (the text model).
FICTIONAL set 40."""
from PIL import Image, ImageDraw, ImageFont

FD = "/usr/share/fonts/truetype/liberation2/"
SANS, BOLD, MONO = FD + "LiberationSans-Regular.ttf", FD + "LiberationSans-Bold.ttf", FD + "LiberationMono-Regular.ttf"
_fc = {}


def font(path, size):
    k = (path, int(size))
    if k not in _fc:
        _fc[k] = ImageFont.truetype(path, int(size))
    return _fc[k]


# ------------------------------------------------------------------ text model
def block_text(blocks):
    out = []
    for b in blocks:
        t = b[0]
        if t in ('title', 'h', 'p', 'small', 'faxhead', 'portalhead', 'grey'):
            out.append(b[1])
        elif t == 'kv':
            out += [f"{l} {v}" for l, v in b[1]]
        elif t == 'table':
            out.append("  ".join(b[1]))
            out += ["  ".join(r) for r in b[2]]
        elif t == 'lines':
            out += b[1]
        elif t == 'cols':
            out.append(block_text(b[1]))
            out.append(block_text(b[2]))
        elif t == 'box':
            out.append(block_text(b[1]))
    return "\n".join(out)


def case_text(case):
    return "\n\n".join(block_text(p) for p in case['pages'])


# ------------------------------------------------------------------ drawing
def wrap(text, f, width):
    words, lines, cur = text.split(' '), [], ''
    for w in words:
        t = (cur + ' ' + w) if cur else w
        if f.getlength(t) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class Pen:
    def __init__(self, img, size, margin):
        self.img, self.d = img, ImageDraw.Draw(img)
        self.s = size
        self.m = margin
        self.W, self.H = img.size

    def f(self, kind):
        s = self.s
        return {'p': font(SANS, s), 'b': font(BOLD, s), 'small': font(SANS, s * 0.8), 'h': font(BOLD, s * 1.15),
                'title': font(BOLD, s * 1.45), 'mono': font(MONO, s * 0.72)}[kind]

    def text_lines(self, x, y, lines, f, fill=0, lh=1.28):
        for ln in lines:
            self.d.text((x, y), ln, font=f, fill=fill)
            y += f.size * lh
        return y

    def blocks(self, blocks, x0, x1, y):
        for b in blocks:
            y = self.block(b, x0, x1, y)
        return y

    def block(self, b, x0, x1, y):
        t, w, s = b[0], x1 - x0, self.s
        if t == 'faxhead':
            self.d.text((20, 12), b[1], font=self.f('mono'), fill=0)
            return max(y, 12 + s * 1.4)
        if t == 'portalhead':
            self.d.rectangle([0, 0, self.W, s * 1.9], fill=225)
            self.d.text((24, s * 0.45), b[1], font=self.f('small'), fill=40)
            return max(y, s * 2.6)
        if t in ('title', 'h', 'p', 'small', 'grey'):
            f = self.f({'title': 'title', 'h': 'h', 'p': 'p', 'small': 'small', 'grey': 'p'}[t])
            fill = 140 if t == 'grey' else 0
            y = self.text_lines(x0, y, wrap(b[1], f, w), f, fill)
            return y + s * (0.55 if t != 'small' else 0.35)
        if t == 'rule':
            self.d.line([x0, y + 4, x1, y + 4], fill=0, width=3)
            return y + s * 0.7
        if t == 'space':
            return y + s * 0.6
        if t == 'lines':
            y = self.text_lines(x0, y, b[1], self.f('p'), lh=1.22)
            return y + s * 0.5
        if t == 'kv':
            fl, fv = self.f('b'), self.f('p')
            lw = min(max(fl.getlength(l) for l, _ in b[1]) + s * 0.7, w * 0.5)
            for l, v in b[1]:
                ll = wrap(l, fl, lw - s * 0.4)
                vl = wrap(v, fv, w - lw)
                self.text_lines(x0, y, ll, fl)
                y2 = self.text_lines(x0 + lw, y, vl, fv)
                y = max(y2, y + len(ll) * fl.size * 1.28)
            return y + s * 0.5
        if t == 'table':
            head, rows = b[1], b[2]
            fh, fc = self.f('b'), self.f('p')
            fh, fc = font(BOLD, s * 0.85), font(SANS, s * 0.85)
            n = len(head)
            nat = [max([fh.getlength(head[i])] + [fc.getlength(r[i]) for r in rows]) + s * 0.8 for i in range(n)]
            tot = sum(nat)
            cw = [x * w / tot for x in nat] if tot > w else nat[:-1] + [nat[-1] + (w - tot)]
            pad = s * 0.3

            def row(cells, f, y, shade=False):
                wl = [wrap(c, f, cw[i] - 2 * pad) for i, c in enumerate(cells)]
                hgt = max(len(x) for x in wl) * f.size * 1.25 + 2 * pad
                if shade:
                    self.d.rectangle([x0, y, x0 + sum(cw), y + hgt], fill=215)
                x = x0
                for i, lines in enumerate(wl):
                    self.text_lines(x + pad, y + pad, lines, f, lh=1.25)
                    self.d.rectangle([x, y, x + cw[i], y + hgt], outline=0, width=2)
                    x += cw[i]
                return y + hgt
            y = row(head, fh, y, shade=True)
            for r in rows:
                y = row(r, fc, y)
            return y + s * 0.6
        if t == 'cols':
            mid = x0 + w / 2
            ya = self.blocks(b[1], x0, mid - s * 0.5, y)
            yb = self.blocks(b[2], mid + s * 0.5, x1, y)
            self.d.line([mid, y, mid, max(ya, yb) - s * 0.4], fill=0, width=2)
            return max(ya, yb)
        if t == 'box':
            y0 = y
            y = self.blocks(b[1], x0 + s * 0.5, x1 - s * 0.5, y + s * 0.5)
            self.d.rectangle([x0, y0, x1, y], outline=0, width=3)
            return y + s * 0.6
        raise ValueError(t)


def render_page(blocks, size=(1700, 2200), base=30, margin=110):
    """Draws the blocks; shrinks the type until the page holds them."""
    s = base
    while True:
        img = Image.new('L', size, 255)
        pen = Pen(img, s, margin)
        y = pen.blocks(blocks, margin, size[0] - margin, margin)
        if y <= size[1] - margin * 0.6 or s < 16:
            return img
        s *= 0.94
