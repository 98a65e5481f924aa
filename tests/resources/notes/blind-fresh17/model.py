"""Document model for notes17 (FICTIONAL clinical records).

A Doc is a list of pages; a page is a list of blocks. The renderers (render.py) lay the blocks out as PDF
text, image-only scans, phone photos, Word files or plain text, and each returns the text model of every page:
the words as they stand on it, one block a line, a table row as its cells joined by single spaces (plain text:
the file's own text). The generator checks every truth span against that model.
"""
from dataclasses import dataclass, field


@dataclass
class H:
    """A heading (level 1 large, 2 medium, 3 a bold run-in label on its own line)."""
    text: str
    level: int = 1


@dataclass
class P:
    """A paragraph that wraps. style: '' regular, 'b' bold, 'i' italic, 's' small."""
    text: str
    style: str = ""


@dataclass
class L:
    """One line that must fit (no wrapping). indent in points."""
    text: str
    style: str = ""
    indent: float = 0


@dataclass
class T:
    """A table: header cells (may be empty) and rows of cells. widths: optional fractions of the line width.
    size: optional font size. sep: column separator in plain text ('  ' or ' | ')."""
    headers: list
    rows: list
    widths: list = None
    size: float = None
    sep: str = "  "


@dataclass
class M:
    """Preformatted monospace lines (kept as they are)."""
    lines: list
    size: float = 8.5


@dataclass
class Sp:
    """Vertical space in points (plain text: a blank line)."""
    h: float = 6


@dataclass
class PB:
    """A page break inside a Word document (the model keeps one page for DOCX)."""


@dataclass
class Doc:
    file: str
    kind: str  # pdf | scan | photo | docx | txt
    pages: list
    opts: dict = field(default_factory=dict)
