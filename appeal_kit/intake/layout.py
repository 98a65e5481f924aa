"""A page as words in boxes: rows, cells and the text they make, the same for a PDF's text layer (`pdftotext -bbox`)
and for a scan or a photo (tesseract's word table).

Every finder in extract.py reads text laid out as `pdftotext -layout` lays out a page: a row of the page on one
line, a table's cells apart by two spaces or more and under their headings, a label on the line of its value. A PDF's
layout text is checked against its words' boxes (`cells`, `apart`). OCR text is written from the boxes (`render`):
tesseract prints a page block by block, so a column of labels can come out before the column of values beside it,
and a table's columns one after the other; from the boxes each row of the page is one line again, whatever block
tesseract put its words in, levelled first when the page is still slanted after it was straightened (a photo's
keystone), its cells apart where the boxes are, and a speck read as a word of no letter or digit
left out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median

from appeal_kit._exec.boxes import Word

# a gap between two words on a line wider than this share of the line's height, and wider than CELL_GAP_CHARS of
# the left word's characters, is no space between words but one between a table's cells (a word space of a
# proportional font is about a third of the height and half a character; a monospaced font's space is a whole
# character)
CELL_GAP = 0.6
CELL_GAP_CHARS = 1.2
# OCR: a gap between two words is a cell's only when it is also this many times the page's usual word space
SPACES_IN_CELL_GAP = 2.0
# ... of the row's own word space, when its narrowest space between words is at most this many characters wide
ROW_SPACE_CHARS = 1.5
ROW_SPACE_STEP = 1.5
# lines of two blocks side by side are level when their middles, levelled, are closer than this share of their
# height (lines of columns set apart, each with its own spacing, fall anywhere beside each other)
ROW_LEVEL = 0.25
# two words are in one row when their middles, levelled, are closer than this share of their height
SAME_ROW = 0.5
# an OCR word with no letter or digit read with less confidence than this is a speck (dust, a fax's noise, a fold)
SPECK_CONFIDENCE = 50.0
# a word read with less confidence than this, in a box of a height outside these shares of the page's usual word, is
# no word (layout.speck)
JUNK_CONFIDENCE = 25.0
JUNK_HEIGHTS = (0.25, 1.8)
# rows further apart than this many times the page's usual row pitch have a blank line between them (a paragraph's
# end, the gap between a table and the text under it)
PARAGRAPH_PITCH = 1.45


def _middle(w: Word) -> float:
    return (w.top + w.bottom) / 2


def _height(w: Word) -> float:
    return max(1.0, w.bottom - w.top)


def _slope(line: list[Word]) -> float | None:
    """How much a line of words drops per unit across (least squares through their middles), when it is long
    enough to tell: three words or more over a quarter of its own length in heights."""
    if len(line) < 3:
        return None
    xs = [(w.left + w.right) / 2 for w in line]
    ys = [_middle(w) for w in line]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mx) ** 2 for x in xs)
    if spread < (8 * median(map(_height, line))) ** 2:
        return None
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / spread


def _levelled_lines(words: list[Word]) -> list[tuple[float, list[Word]]]:
    """The reader's lines (each word its own where the reader gives none), each with its middle levelled by the
    slant of the nearest long line."""
    units: dict[object, list[Word]] = {}
    for i, w in enumerate(words):
        units.setdefault(w.line if w.line is not None else i, []).append(w)
    lines = [sorted(u, key=lambda w: w.left) for u in units.values()]
    slopes = [(sum(map(_middle, u)) / len(u), s) for u in lines if (s := _slope(u)) is not None]

    def levelled(u: list[Word]) -> float:
        y = sum(map(_middle, u)) / len(u)
        slope = min(slopes, key=lambda m: abs(m[0] - y))[1] if slopes else 0.0
        return sum(_middle(w) - slope * (w.left + w.right) / 2 for w in u) / len(u)

    return [(levelled(u), u) for u in lines]


def rows(words: list[Word]) -> list[list[Word]]:
    """The words of a page in rows as the eye reads them across it, each row left to right, top to bottom. The
    reader's own lines (tesseract's) are kept whole and put side by side when they stand in one row (a label's
    column and its value's, a table's columns read as blocks of their own), levelled by the slant of the nearest
    long line, so a row left slanted (a photo's keystone, a scan straightened to the nearest tenth of a degree)
    stays one row. Words with no line of the reader's (pdftotext's) are placed one by one."""
    if not words:
        return []
    placed: list[tuple[float, float, list[Word]]] = []  # (levelled middle, height, words)
    for y, u in sorted(_levelled_lines(words), key=lambda p: p[0]):
        h = median(map(_height, u))
        for k in range(len(placed) - 1, max(-1, len(placed) - 4), -1):
            ry, rh, row = placed[k]
            if abs(ry - y) < SAME_ROW * min(h, rh) and \
                    not any(a.left < b.right and b.left < a.right for a in row for b in u):
                placed[k] = ((ry * len(row) + y * len(u)) / (len(row) + len(u)), max(rh, h), row + u)
                break
        else:
            placed.append((y, h, list(u)))
    return [sorted(row, key=lambda w: w.left) for _, _, row in sorted(placed, key=lambda p: p[0])]


def cell_gap(a: Word, b: Word, row: list[Word], ink: tuple[float, float] | None = None) -> bool:
    """Between the words `a` and `b` of `row` stands a cell's gap, not a word space: wider than the share CELL_GAP
    of the line's height and CELL_GAP_CHARS of a character. A text layer's boxes are as tall as the font and as wide
    as the word's characters, so `a`'s own measures serve. OCR's boxes are as tall and wide as the ink; for them
    `ink` gives the height of the page's taller words (only a word with letters above and below the line, "paid",
    is as tall as the font) and its usual word space: the line's height is then at least the first, a character is
    the row's usual one (a hyphen's or a comma's box is a sliver), and a cell's gap is also wider than
    SPACES_IN_CELL_GAP word spaces, however wide a photo's or a monospaced font's spaces are ("P.O. Box 100",
    "2610 7731 0045")."""
    gap = b.left - a.right
    height, char = _height(a), (a.right - a.left) / max(1, len(a.text))
    if ink is not None:
        tall, space = ink
        height = max([tall, *(_height(w) for w in row if len(w.text) >= 2)])
        char = median([(w.right - w.left) / len(w.text) for w in row if len(w.text) >= 2] or [char])
        # a row set with wider word spaces than the page's (a typewriter's fill-ins on a printed form: "Wendell P.
        # Haugaard", the full stop's cell widening the space after it): its narrowest space between words that is
        # half as wide again as the page's usual one or more, when it is still a word's space (ROW_SPACE_CHARS
        # characters at most), is the row's usual one
        wide = [q.left - p.right for p, q in zip(row, row[1:]) if q.left - p.right >= ROW_SPACE_STEP * space]
        if wide and min(wide) <= ROW_SPACE_CHARS * char:
            space = min(wide)
        if gap <= SPACES_IN_CELL_GAP * space:
            return False
    return gap > CELL_GAP * height and gap > CELL_GAP_CHARS * char


def speck(w: Word, height: float) -> bool:
    """A word of no letter or digit that is a speck, not a mark of the text: one the reader was unsure of (dust, a
    fax line's noise, a fold's shadow), or a dot, tick or quote mark smaller than half the page's usual word
    (`height`) across and down, standing alone (a slash, a bracket, a sign or a hyphen alone is the text's: a
    pair's, a range's, an amount's, and stays). And a few letters (no digit) the reader all but guessed
    (JUNK_CONFIDENCE) in a box no word of the page has, twice as tall as the usual word or a sliver a quarter as
    tall: a table's rule and its shading, a shadow's edge, read as "et" or "pee"."""
    if w.confidence < JUNK_CONFIDENCE and len(w.text) <= 4 and not any(c.isdigit() for c in w.text) and \
            not JUNK_HEIGHTS[0] * height <= _height(w) <= JUNK_HEIGHTS[1] * height:
        return True
    if any(c.isalnum() for c in w.text) or set(w.text) & set("/$%#&+()"):
        return False
    small = _height(w) < height / 2 and w.right - w.left < height / 2
    return w.confidence < SPECK_CONFIDENCE or small and not set(w.text) & set("-–")


# what a speck the reader ran into a word it was unsure of leaves at the word's ends ("97110°", "‘CO-45"), and a
# hyphen before an identifier of letters and digits ("-EOB-26-7719-3"; "-Holt", a name's second half, keeps it);
# a full stop stays ("F33." of "F33. 2", a sentence's end, "P.O.")
_SPECK_ENDS = re.compile(r"^[,'`‘’°*~—_]+(?=\w)|^-+(?=[A-Z]+-?\d)|(?<=\w)['`‘’°*~—_]+$")


# a table's border OCR ran into the cell beside it, read as a bracket or bar at the cell's start ("[SFV-R-26-30917",
# "|F33.3", "(01/10/2026"): no word opens with a bracket it never closes
# (but a bar before a state's code and ZIP is OCR's I of IA, ID, IL or IN: textract.state_letters reads it back)
_BORDER_START = re.compile(r"^[\[|](?=[^\W_])(?![ADLN]\d{5}\b)(?!.*[\]|])|^\((?=\d)(?!.*\))")


def _unbordered(w: Word) -> Word:
    return w._replace(text=_BORDER_START.sub("", w.text)) if len(w.text) > 2 else w


def _unspecked(w: Word) -> Word:
    if w.confidence >= SPECK_CONFIDENCE:
        return w
    return w._replace(text=_SPECK_ENDS.sub("", w.text))


# a box's corner or a stub of its side read as a letter at a row's end ("I Beneficiary ... Date of notice   1"): one
# stroke, thin, read unsurely, and standing off the row's line (above it or below), as no letter of the row does
_STROKE = frozenset("Il1|!i[]()")
BORDER_CONFIDENCE = 70.0


def border_mark(w: Word, row: list[Word]) -> bool:
    """Whether `w`, the first or last word of `row`, is a border's stroke read as a letter (see _STROKE)."""
    others = [o for o in row if o is not w and len(o.text) >= 2]
    if w.text not in _STROKE or w.confidence >= BORDER_CONFIDENCE or not others:
        return False
    height = median(map(_height, others))
    base = median(o.bottom for o in others)
    return w.right - w.left < 0.3 * height and abs(w.bottom - base) > 0.35 * height


def across(words: list[Word]) -> bool:
    """Whether a page's words run across it: most words of three letters or more wider than tall. tesseract also
    reads a page turned on its side, word by word down its lines, and such boxes make no rows."""
    long = [w for w in words if len(w.text) >= 3]
    return 2 * sum(w.right - w.left > w.bottom - w.top for w in long) >= len(long)


def reading_with(reading, words: list[Word]):
    """`reading` (tesseract's, _exec.tesseract.Reading) with its words replaced by `words`."""
    from dataclasses import replace

    return replace(reading, words=words)


def upright(words: list[Word]) -> list[Word] | None:
    """The words of a page tesseract read turned (its orientation detection, `--psm 1`, reads a page lying on its
    side or upside down, and gives each word's box as the page lay), with their boxes turned as the page reads:
    so a table sent sideways on a fax comes out in rows like any upright page. Which way the page lay is read from
    the words themselves, as a reader's eye follows them: the boxes of words of three letters or more taller than
    wide (on its side), and the way the next word of a line stands from the one before it (down the page or up it;
    right to left: upside down). None when the words do not tell (few words, or as many one way as the other); the
    words as they are on a page that reads upright."""
    long = [w for w in words if len(w.text) >= 3]
    if len(long) < 10:
        return None
    steps = [(b.left - a.left, b.top - a.top) for a, b in zip(words, words[1:])
             if a.line is not None and a.line == b.line]
    if across(words):
        back = sum(dx < 0 for dx, _ in steps)
        if 2 * back <= len(steps):
            return words
        if 4 * back < 3 * len(steps):
            return None
        right, bottom = max(w.right for w in words), max(w.bottom for w in words)
        return [w._replace(left=right - w.right, right=right - w.left, top=bottom - w.bottom, bottom=bottom - w.top)
                for w in words]
    down = sum(dy > 0 for _, dy in steps)
    up = sum(dy < 0 for _, dy in steps)
    if 4 * max(down, up) < 3 * (down + up):
        return None
    right, bottom = max(w.right for w in words), max(w.bottom for w in words)
    if down > up:  # its top to the right: a line runs down the page, the next line stands left of it
        return [w._replace(left=w.top, right=w.bottom, top=right - w.right, bottom=right - w.left) for w in words]
    return [w._replace(left=bottom - w.bottom, right=bottom - w.top, top=w.left, bottom=w.right) for w in words]


def columns_of_prose(words: list[Word]) -> bool:
    """Whether the reader's blocks stand side by side as columns of their own whose lines do not share rows: a
    folded mailer's or a newsletter's panels, each with its own line spacing. Such a page is read block by block, as
    tesseract prints it; put in rows, its columns' lines would be shuffled together. Lines of blocks side by side
    that do share rows (a column of labels beside its values, a table's columns) are rows: the page is in columns
    when most lines with a line of another block beside them (over the same height of the page) are not level with
    it, a few of them at least."""
    lines = [(y, u, u[0].line[:2], u[0].left, u[-1].right, median(map(_height, u)))
             for y, u in _levelled_lines(words) if u[0].line is not None and len(u[0].line) >= 2]
    level = apart = 0
    for y, _, block, left, right, h in lines:
        beside = [(z, g) for z, _, other, lo, hi, g in lines
                  if other != block and (hi < left or lo > right) and abs(z - y) < (h + g) / 2]
        if beside:
            if any(abs(z - y) < ROW_LEVEL * min(h, g) for z, g in beside):
                level += 1
            else:
                apart += 1
    return apart >= 4 and apart > level


# a sheet holding two pages side by side (a "2-up" copy, an open booklet): the gutter between them is clear of words
# from the top of the sheet to its bottom, near its middle, at least this share of the sheet's width wide...
GUTTER_WIDTH = 0.02
# ...and each page beside it holds at least this share of the sheet's words and this many rows of them
PAGE_WORDS = 0.2
PAGE_ROWS = 8


def pages_side_by_side(words: list[Word]) -> list[list[Word]]:
    """The words of a sheet that holds two pages side by side (a 2-up copy, a spread), page by page, left first;
    the words as they are, in one list, for a sheet of one page. Two pages: a gutter near the middle of the sheet
    (between 35% and 65% of its width) that no word crosses from top to bottom, wider than GUTTER_WIDTH of the sheet
    and than two lines' height, with a page of text on each side of it (PAGE_WORDS of the words and PAGE_ROWS rows
    each, over half of the sheet's height). A letter's own columns (labels and values, a sidebar) do not make one:
    its letterhead, title and paragraphs run across the middle."""
    sure = [w for w in words if w.confidence >= SPECK_CONFIDENCE and sum(c.isalnum() for c in w.text) >= 2]
    if len(sure) < 2 * PAGE_ROWS:
        return [words]
    left, right = min(w.left for w in sure), max(w.right for w in sure)
    top, bottom = min(w.top for w in sure), max(w.bottom for w in sure)
    width, height = right - left, median(map(_height, sure))
    covered: list[list[float]] = []
    for w in sorted(sure, key=lambda w: w.left):
        if covered and w.left <= covered[-1][1]:
            covered[-1][1] = max(covered[-1][1], w.right)
        else:
            covered.append([w.left, w.right])
    for (_, a), (b, _) in zip(covered, covered[1:]):
        middle = (a + b) / 2
        if b - a < max(GUTTER_WIDTH * width, 2 * height) or not \
                left + 0.35 * width <= middle <= left + 0.65 * width:
            continue
        halves = [[w for w in words if (w.left + w.right) / 2 < middle], [w for w in words
                                                                           if (w.left + w.right) / 2 >= middle]]
        sure_halves = [[w for w in sure if (w.left + w.right) / 2 < middle], [w for w in sure
                                                                             if (w.left + w.right) / 2 >= middle]]
        if all(len(h) >= PAGE_WORDS * len(sure) and len(rows(h)) >= PAGE_ROWS and
               max(w.bottom for w in h) - min(w.top for w in h) > (bottom - top) / 2 for h in sure_halves):
            return halves
    return [words]


def render(words: list[Word]) -> str:
    """The text of a page read by OCR, laid out from its words' boxes as `pdftotext -layout` lays out a PDF: a row
    of the page a line, the first word of a line and each cell after a cell's gap at the place its left edge has
    across the page (so cells stand under their headings), two spaces at least before a cell and one between the
    words of a cell, and a blank line where the rows are further apart than the page's usual pitch."""
    words = [w for w in words if w.text.strip()]
    if not words:
        return ""
    height = median(map(_height, words))
    words = [_unbordered(_unspecked(w)) for w in words if not speck(w, height)]
    widths = [(w.right - w.left) / len(w.text) for w in words if len(w.text) >= 2]
    char = max(1.0, median(widths) if widths else median(w.right - w.left for w in words))
    margin = min(w.left for w in words)
    heights = sorted(_height(w) for w in words if len(w.text) >= 2) or [height]
    tall = heights[len(heights) * 3 // 4]
    by_line: dict[object, list[Word]] = {}
    for w in words:
        by_line.setdefault(w.line, []).append(w)
    spaces = [b.left - a.right for line in by_line.values() for a, b in zip(line, line[1:]) if b.left > a.right]
    ink = (tall, median(spaces) if spaces else 0.0)
    page = [[w for k, w in enumerate(row) if not (k in (0, len(row) - 1) and border_mark(w, row))]
            for row in rows(words)]
    page = [row for row in page if row]
    middles = [sum(map(_middle, row)) / len(row) for row in page]
    pitches = sorted(b - a for a, b in zip(middles, middles[1:]))
    pitch = pitches[len(pitches) // 3] if pitches else 0.0  # single spacing: the closer rows
    # where the rows start: a left edge three rows or more share is the text's own (its margin, an indented
    # block's), and a row starting within a character of one starts there (the slant and the rounding of a photo
    # or a scan move a paragraph's lines by one character; a letter's lines are no less one block for it); the
    # text's leftmost such edge is the text's first column
    starts = [round((row[0].left - margin) / char) for row in page]
    edges = sorted(c for c in set(starts) if sum(abs(s - c) <= 1 for s in starts) >= 3 and
                   sum(s == c for s in starts) >= sum(s == c + d for s in starts for d in (-1, 1)))
    first = edges[0] if edges else 0
    out: list[str] = []
    for k, row in enumerate(page):
        if k and pitch and middles[k] - middles[k - 1] > PARAGRAPH_PITCH * pitch:
            out.append("")
        line = ""
        for j, w in enumerate(row):
            at = round((w.left - margin) / char)
            if j == 0:
                at = next((e for e in edges if abs(e - at) <= 1), at)
                line = " " * max(0, at - first)
            elif cell_gap(row[j - 1], w, row, ink):
                line += " " * max(2, at - first - len(line))
            else:
                line += " "
            line += w.text
        out.append(line.rstrip())
    return "\n".join(out)


@dataclass
class Cells:
    """Where a page's table cells meet with no room between them in its layout text, read from the words' boxes."""
    gaps: set[tuple[str, str]] = field(default_factory=set)  # two words side by side with a cell's gap between
    splits: dict[str, tuple[str, str]] = field(default_factory=dict)  # one "word" that is two cells run together


def cells(words: list[Word]) -> Cells:
    """Where the cells of a page's tables meet, from its words' boxes. A table whose cells are set close prints in
    `-layout` text with a single space between cells ("03/02/1961 CBA2631800709 10/28/2026"), which reads as one
    cell, and a cell whose text runs past its column's edge into the next cell prints as one word with it
    ("ASP-FICT-60218-03SP-26-44109" under "ID de miembro" and "Reclamación"); the boxes say where a cell ends and the
    next begins."""
    found = Cells()
    page = rows(words)
    for line in page:
        for a, b in zip(line, line[1:]):
            # (between two numbers, the cells a row of identifiers, dates and codes is made of: a gap after a
            # word of prose or before one is left as the layout prints it)
            if cell_gap(a, b, line) and re.search(r"\d", a.text) and re.search(r"\d", b.text):
                found.gaps.add((a.text, b.text))
    # the left edges of a table's columns: where the cells of a row of headings start (three cells or more, no digit)
    edges = []
    for line in page:
        starts = [w for k, w in enumerate(line) if not k or cell_gap(line[k - 1], w, line)]
        if len(starts) >= 3 and not any(re.search(r"\d", w.text) for w in line):
            edges += [(w.top, w.left) for w in starts]
    for word in words:
        if cut := _run_together(word, edges):
            found.splits[word.text] = cut
    return found


def _run_together(word: Word, edges: list[tuple[float, float]]) -> tuple[str, str] | None:
    """An identifier-like word (letters, digits, hyphens) that starts under a heading and crosses the left edge of
    the next column (`edges`: the top and left of each heading of a row of headings a few lines above it), split
    there when the edge falls where its letters turn to digits or back: the text of one cell run into the next. The
    place is estimated from the word's width, one character either way."""
    text = word.text
    height = _height(word)
    if len(text) < 10 or not re.fullmatch(r"[A-Z0-9][A-Z0-9-]+", text) or not re.search(r"\d", text):
        return None
    width = (word.right - word.left) / len(text)
    if not any(0 < word.top - top <= 12 * height and abs(left - word.left) <= 2 for top, left in edges):
        return None  # not a cell of the table: it starts under no heading
    for top, left in edges:
        if not (0 < word.top - top <= 12 * height and word.left + 4 * width < left < word.right - 4 * width):
            continue
        guess = round((left - word.left) / width)
        for i in (guess, guess - 1, guess + 1):
            head, tail = text[:i], text[i:]
            turns = head[-1].isdigit() != tail[0].isdigit() and "-" not in (head[-1], tail[0])
            if turns and re.search(r"[A-Z0-9]{2}$", head) and re.match(r"[A-Z0-9]{2}", tail):
                return head, tail
    return None


def in_place(page: str, words: list[Word]) -> str:
    """`page` (a PDF page's `pdftotext -layout` text) with a table row whose first cell the layout printed off its
    column put back: rows whose first words start at one place across the page (their boxes' left edges within a
    point) start at one column, the one most of them are printed at ("11/03/2026" printed four columns left of the
    "10/27/2026" above it, though both stand at the same place under "Service date"). Only a row of cells moves,
    and only its first cell, when the gap after it leaves two spaces."""
    lines = page.split("\n")
    boxes = rows(words)
    placed: list[tuple[int, float]] = []  # (line, left edge of its first word)
    b = 0
    for i, line in enumerate(lines):
        tokens = line.split()
        if not tokens:
            continue
        for k in range(b, min(b + 6, len(boxes))):
            if [w.text for w in boxes[k]] == tokens:
                placed.append((i, boxes[k][0].left))
                b = k + 1
                break
    out = list(lines)
    for i, left in placed:
        cells = [(m.start(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", lines[i])]
        if len(cells) < 2:
            continue
        same = [len(lines[j]) - len(lines[j].lstrip(" ")) for j, x in placed if abs(x - left) <= 1.0]
        column = max(set(same), key=lambda c: (same.count(c), -c))
        if same.count(column) < 2 or column == cells[0][0]:
            continue
        (_, first), (second, _) = cells[0], cells[1]
        if column + len(first) + 2 <= second:
            out[i] = " " * column + first + " " * (second - column - len(first)) + lines[i][second:]
    return "\n".join(out)


def apart(page: str, found: Cells) -> str:
    """`page` with two spaces, not one, between the cells `cells` found side by side, and a word that is two cells
    run together printed as the two."""
    if not found.gaps and not found.splits:
        return page
    out = []
    for line in page.split("\n"):
        words = line.split(" ")
        spaced = [" " + b if a and b and (a, b) in found.gaps else b for a, b in zip([""] + words, words)]
        out.append(" ".join("  ".join(found.splits.get(w.lstrip(), (w,))) for w in spaced))
    return "\n".join(out)
