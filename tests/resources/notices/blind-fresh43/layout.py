"""Lay out a notice's blocks on pages (points), once, for the image devices and the text PDF. FICTIONAL set 43."""
from PIL import ImageFont

FD = "/usr/share/fonts/truetype/liberation2/"
FONTS = {"sans": FD + "LiberationSans-Regular.ttf", "bold": FD + "LiberationSans-Bold.ttf",
         "mono": FD + "LiberationMono-Regular.ttf", "serif": FD + "LiberationSerif-Regular.ttf"}
_M = {k: ImageFont.truetype(v, 100) for k, v in FONTS.items()}


def width(text, font, size):
    return _M[font].getlength(text) * size / 100.0


def wrap(text, font, size, maxw):
    out, line = [], ""
    for word in text.split(" "):
        t = word if not line else line + " " + word
        if width(t, font, size) <= maxw or not line:
            line = t
        else:
            out.append(line)
            line = word
    if line:
        out.append(line)
    return out


class Page:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.runs = []    # (x, y_baseline, font, size, text, colour)
        self.rules = []   # (x1, y1, x2, y2)
        self.fills = []   # (x1, y1, x2, y2, colour)
        self.marks = {}   # block tag -> (x1, y1, x2, y2)


def lay_blocks(page, blocks, x, y, w, base=10.0):
    """Lay blocks from (x, y) within width w; return the y reached."""
    for i, b in enumerate(blocks):
        kind = b[0]
        y0 = y
        if kind == "title":
            page.fills.append((x, y - 2, x + w, y + 22, (28, 58, 110)))
            page.runs.append((x + 6, y + 15, "bold", 14, b[1], (255, 255, 255)))
            y += 30
        elif kind == "h":
            y += 5
            page.runs.append((x, y + 10, "bold", base + 1, b[1], (20, 20, 20)))
            y += 16
        elif kind in ("p", "small"):
            size = base if kind == "p" else base - 2
            for ln in wrap(b[1], "sans", size, w):
                page.runs.append((x, y + size, "sans", size, ln, (15, 15, 15)))
                y += size * 1.3
            y += 4
        elif kind == "kv":
            lw = max(width(k + ":", "bold", base - 0.5) for k, _ in b[1]) + 8
            lw = min(lw, w * 0.5)
            for k, v in b[1]:
                if width(k + ":", "bold", base - 0.5) + 4 > lw:
                    raise SystemExit(f"label {k!r} too wide for its column")
                page.runs.append((x, y + base, "bold", base - 0.5, k + ":", (15, 15, 15)))
                for j, ln in enumerate(wrap(v, "sans", base - 0.5, w - lw)):
                    page.runs.append((x + lw, y + base, "sans", base - 0.5, ln, (15, 15, 15)))
                    y += base * 1.35
            y += 4
        elif kind == "addr":
            for ln in b[1]:
                page.runs.append((x + 24, y + base, "sans", base, ln, (15, 15, 15)))
                y += base * 1.3
            y += 4
        elif kind == "mono":
            for ln in b[1]:
                page.runs.append((x, y + 9, "mono", 9, ln, (10, 10, 10)))
                y += 11.5
        elif kind == "gap":
            y += 8
        elif kind == "rule":
            page.rules.append((x, y + 3, x + w, y + 3))
            y += 8
        elif kind == "two":
            half = (w - 16) / 2
            ya = lay_blocks(page, b[1], x, y, half, base)
            yb = lay_blocks(page, b[2], x + half + 16, y, half, base)
            page.rules.append((x + half + 8, y, x + half + 8, max(ya, yb) - 4))
            y = max(ya, yb)
        elif kind == "table":
            head, rows = b[1], b[2]
            size = base - 1.5
            while True:
                cw = [max(width(str(r[c]), "bold" if r is head else "sans", size) for r in [head] + rows) + 8
                      for c in range(len(head))]
                if sum(cw) <= w or size < 6:
                    break
                size -= 0.25
            extra = (w - sum(cw)) / len(cw)
            cw = [c + extra for c in cw]
            rh = size * 1.7
            top = y
            page.fills.append((x, y, x + w, y + rh, (225, 229, 236)))
            for r in [head] + rows:
                cx = x
                for c, cell in enumerate(r):
                    page.runs.append((cx + 4, y + rh - size * 0.5, "bold" if r is head else "sans", size, str(cell),
                                      (10, 10, 10)))
                    cx += cw[c]
                page.rules.append((x, y, x + w, y))
                y += rh
            page.rules.append((x, y, x + w, y))
            cx = x
            for c in cw + [0]:
                page.rules.append((cx, top, cx, y))
                cx += c
            y += 6
        else:
            raise ValueError(kind)
        page.marks[i] = (x, y0, x + w, y)
    return y


def lay_out(case):
    """Pages of runs for a case; raises when a page overflows."""
    W, H = (612, 1008) if case.get("legal") else (612, 792)
    pages = []
    n = len(case["pages"])
    for i, blocks in enumerate(case["pages"]):
        pg = Page(W, H)
        y = 54
        if case.get("header"):
            t = case["header"].format(page=i + 1, pages=n)
            pg.runs.append((54, 34, "sans", 7.5, t, (60, 60, 60)))
            pg.rules.append((54, 40, W - 54, 40))
        y = lay_blocks(pg, blocks, 60, y, W - 120)
        if case.get("footer"):
            t = case["footer"].format(page=i + 1, pages=n)
            pg.rules.append((54, H - 42, W - 54, H - 42))
            pg.runs.append((54, H - 30, "sans", 7.5, t, (60, 60, 60)))
        if y > H - 50:
            raise SystemExit(f"case {case['n']:02d} page {i + 1} overflows ({y:.0f} > {H - 50})")
        pages.append(pg)
    return pages
