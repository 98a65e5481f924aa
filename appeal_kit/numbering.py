"""Exhibit labels, packet page ranges and Bates numbers: the numbering that the letter (which cites exhibits and
Bates pages) and the packet (which stamps them, lists them in the index and bookmarks them) must agree on. It sits
below both, so neither imports the other.

A packet is: the letter (pages 1..L), the exhibit index (I pages), then each exhibit as a cover sheet followed by
its own pages. Bates numbers are the packet page numbers with the case's prefix: WHITFIELD-000013.

Delivery may add pages (`Extras`): a fax cover sheet as page 1, and for two-sided printing blank pages so that the
letter, the index and every exhibit cover start on an odd (right-hand) page. They are packet pages like any other,
numbered here, so the letter's pointers, the index, the bookmarks and the stamps all count them.
"""
from __future__ import annotations

from dataclasses import dataclass

LETTER_TITLE = "Appeal letter"  # its bookmark in the packet
REQUEST_LETTER_TITLE = "Letter of medical necessity"  # a prior-authorization request's letter, its bookmark


def exhibit_label(n: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA, like spreadsheet columns."""
    label = ""
    n += 1
    while n:
        n, rem = divmod(n - 1, 26)
        label = chr(65 + rem) + label
    return label


def page_range(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}–{last}"


def bates_number(prefix: str, n: int) -> str:
    return f"{prefix}-{n:06d}"


def bates_range(prefix: str, first: int, last: int) -> str:
    return bates_number(prefix, first) if first == last else \
        f"{bates_number(prefix, first)} – {bates_number(prefix, last)}"


@dataclass(frozen=True)
class Span:
    """A run of packet pages. For an exhibit, `first` is its cover sheet and its own pages follow."""

    label: str  # "" for the letter and the index
    title: str
    first: int
    last: int

    @property
    def pages(self) -> int:
        return self.last - self.first + 1

    @property
    def heading(self) -> str:
        """Its bookmark: "Exhibit B: Progress notes", or the letter's or index's title."""
        return f"Exhibit {self.label}: {self.title}" if self.label else self.title


@dataclass(frozen=True)
class Extras:
    """Pages that a delivery route adds to the packet."""

    fax_cover: bool = False  # page 1 is a fax cover sheet
    duplex: bool = False  # blank pages keep the letter, the index and each exhibit cover on odd pages


@dataclass(frozen=True)
class Numbering:
    prefix: str
    letter: Span
    index: Span
    exhibits: tuple[Span, ...]
    cover: Span | None = None  # the fax cover sheet, page 1
    blanks: tuple[int, ...] = ()  # packet pages left blank on purpose (duplex)

    @property
    def total(self) -> int:
        return self.exhibits[-1].last if self.exhibits else self.index.last

    @property
    def spans(self) -> tuple[Span, ...]:
        """Every span in packet order: the fax cover (if any), the letter, the index, the exhibits."""
        return ((self.cover,) if self.cover else ()) + (self.letter, self.index, *self.exhibits)

    def bates(self, n: int) -> str:
        return bates_number(self.prefix, n)

    def exhibit_pages(self, i: int) -> tuple[int, int]:
        """Packet pages of exhibit i's own pages (after its cover sheet)."""
        span = self.exhibits[i]
        return span.first + 1, span.last

    def exhibit_page(self, i: int, page: int) -> int | None:
        """Packet page of page `page` (1-based) of exhibit i, or None when the exhibit is shorter."""
        first, last = self.exhibit_pages(i)
        return first + page - 1 if 1 <= page <= last - first + 1 else None

    def bates_span(self, first: int, last: int) -> str:
        """"WHITFIELD-000013–WHITFIELD-000014" (en dash, no spaces: it sits inside a sentence)."""
        return self.bates(first) if first == last else f"{self.bates(first)}–{self.bates(last)}"


def lay_out(prefix: str, letter_pages: int, index_pages: int, exhibits: list[tuple[str, int]],
            extras: Extras = Extras(), *, letter_title: str = LETTER_TITLE) -> Numbering:
    """Number the packet: `exhibits` is [(title, own page count)] in packet order; each also gets a cover sheet."""
    blanks: list[int] = []
    next_page = 1

    def start(pages: int, label: str = "", title: str = "") -> Span:
        nonlocal next_page
        if extras.duplex and next_page % 2 == 0:
            blanks.append(next_page)
            next_page += 1
        span = Span(label, title, next_page, next_page + pages - 1)
        next_page = span.last + 1
        return span

    cover = start(1, title="Fax cover sheet") if extras.fax_cover else None
    letter = start(letter_pages, title=letter_title)
    index = start(index_pages, title="Exhibit index")
    spans = [start(pages + 1, exhibit_label(i), title) for i, (title, pages) in enumerate(exhibits)]  # + cover
    return Numbering(prefix, letter, index, tuple(spans), cover, tuple(blanks))
