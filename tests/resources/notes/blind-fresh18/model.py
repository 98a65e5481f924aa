"""A small document model for the FICTIONAL notes18 set (written for this set, not copied).

A Doc is a list of Pages; a Page is a list of blocks. The text model of a page (what truth spans are checked
against) is each block's text on its own line: a table row is its cells joined by single spaces, a monospace block
its lines. A TXT document is its own text (one page). DOCX, TXT and each photo are one page.
"""
from dataclasses import dataclass, field


@dataclass
class Title:
    text: str
    size: float = 14.5


@dataclass
class H:
    """A section heading (bold)."""
    text: str
    size: float = 11


@dataclass
class P:
    """A wrapped paragraph."""
    text: str
    size: float = 9.8
    indent: float = 0
    bold: bool = False


@dataclass
class L:
    """A single line that never wraps (shrunk to fit if it must be)."""
    text: str
    size: float = 9.8
    bold: bool = False
    mono: bool = False
    indent: float = 0


@dataclass
class T:
    """A ruled table whose cells never wrap; rows[0] is the header when header is True."""
    rows: list
    header: bool = True
    size: float = 8.8
    full: bool = True
    grid: bool = True         # False: no vertical rules, a light rule under each row (a printed report)


@dataclass
class M:
    """Monospace lines, kept as written."""
    lines: list
    size: float = 8.6


@dataclass
class Gap:
    h: float = 6


@dataclass
class Rule:
    pass


@dataclass
class Page:
    blocks: list


@dataclass
class Doc:
    name: str                 # file name inside clinical/
    kind: str                 # pdf | scan | photo | docx | txt
    pages: list = field(default_factory=list)
    text: str = ""            # txt only
    font: str = "sans"        # sans | serif | lsans | lserif
    landscape: bool = False
    header: str = ""          # running header (pdf/scan)
    footer: bool = True
    fax_header: str = ""      # scan only: the fax machine's line on each page
    seed: int = 1


def block_lines(b):
    if isinstance(b, (Title, H, P, L)):
        return [b.text]
    if isinstance(b, T):
        return [" ".join(str(c) for c in r) for r in b.rows]
    if isinstance(b, M):
        return list(b.lines)
    return []


def page_text(doc, i):
    """The text model of page i (1-based)."""
    if doc.kind == "txt":
        return doc.text
    out = []
    if doc.kind in ("pdf", "scan") and doc.header:
        out.append(doc.header)
    if doc.kind == "docx":
        for pg in doc.pages:
            for b in pg.blocks:
                out.extend(block_lines(b))
        return "\n".join(out)
    for b in doc.pages[i - 1].blocks:
        out.extend(block_lines(b))
    return "\n".join(out)


def n_pages(doc):
    if doc.kind in ("txt", "docx", "photo"):
        return 1
    return len(doc.pages)
