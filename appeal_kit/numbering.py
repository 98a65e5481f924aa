"""Exhibit labels, packet page ranges and Bates numbers: the numbering that the letter (which cites exhibits and
Bates pages) and the packet (which stamps them, lists them in the index and bookmarks them) must agree on. It sits
below both, so neither imports the other.

A packet is: the letter (pages 1..L), the exhibit index (I pages), then each exhibit as a cover sheet followed by
its own pages. Bates numbers are the packet page numbers with the case's prefix: WHITFIELD-000013.
"""
from __future__ import annotations

from dataclasses import dataclass


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


@dataclass(frozen=True)
class Numbering:
    prefix: str
    letter: Span
    index: Span
    exhibits: tuple[Span, ...]

    @property
    def total(self) -> int:
        return self.exhibits[-1].last if self.exhibits else self.index.last

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


def lay_out(prefix: str, letter_pages: int, index_pages: int, exhibits: list[tuple[str, int]]) -> Numbering:
    """Number the packet: `exhibits` is [(title, own page count)] in packet order; each also gets a cover sheet."""
    letter = Span("", "Appeal letter", 1, letter_pages)
    index = Span("", "Exhibit index", letter.last + 1, letter.last + index_pages)
    spans, next_page = [], index.last + 1
    for i, (title, pages) in enumerate(exhibits):
        span = Span(exhibit_label(i), title, next_page, next_page + pages)  # + 1 cover sheet, - 1 for `last`
        spans.append(span)
        next_page = span.last + 1
    return Numbering(prefix, letter, index, tuple(spans))
