"""Exhibit labels, packet page ranges and Bates numbers: the numbering that the letter (which cites exhibits and
Bates pages) and the packet (which stamps them) must agree on. It sits below both, so neither imports the other.
"""
from __future__ import annotations


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
