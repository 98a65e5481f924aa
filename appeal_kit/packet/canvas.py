"""A very small PDF content-stream writer for the pages and stamps appeal-kit draws itself."""
from __future__ import annotations

from appeal_kit.packet.fonts import FontPack

INK = "0.12 0.14 0.18"  # near-black, a little softer than pure black
MUTED = "0.38 0.40 0.45"
RULE = "0.70 0.72 0.76"


class Canvas:
    def __init__(self, fonts: FontPack):
        self.fonts = fonts
        self.ops: list[bytes] = []

    def raw(self, op: str | bytes) -> None:
        self.ops.append(op.encode("ascii") if isinstance(op, str) else op)

    def text(self, x: float, y: float, text: str, size: float, *, bold: bool = False, color: str = INK,
             align: str = "left") -> None:
        """Draw one line of text with its baseline at y; align is left, right or center around x."""
        if align != "left":
            width = self.fonts.width(text, size, bold)
            x -= width if align == "right" else width / 2
        self.raw(f"BT {color} rg {x:.2f} {y:.2f} Td ".encode("ascii") + self.fonts.show(text, size, bold) + b" ET")

    def line(self, x0: float, y0: float, x1: float, y1: float, *, width: float = 0.5, color: str = RULE) -> None:
        self.raw(f"q {color} RG {width:g} w {x0:.2f} {y0:.2f} m {x1:.2f} {y1:.2f} l S Q")

    def rect(self, x: float, y: float, w: float, h: float, *, fill: str) -> None:
        self.raw(f"q {fill} rg {x:.2f} {y:.2f} {w:.2f} {h:.2f} re f Q")

    def fit_size(self, text: str, size: float, max_width: float, bold: bool = False, floor: float = 4) -> float:
        """The largest font size <= size at which text fits in max_width (never below floor)."""
        width = self.fonts.width(text, size, bold)
        return size if width <= max_width else max(floor, size * max_width / width)

    def wrap(self, text: str, size: float, max_width: float, bold: bool = False) -> list[str]:
        """Greedy word wrap; a single over-long word is broken by characters."""
        lines: list[str] = []
        current = ""
        for word in text.split():
            candidate = f"{current} {word}".strip()
            if self.fonts.width(candidate, size, bold) <= max_width:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = ""
            for ch in word:
                if self.fonts.width(current + ch, size, bold) > max_width and current:
                    lines.append(current)
                    current = ""
                current += ch
        if current:
            lines.append(current)
        return lines or [""]

    def data(self) -> bytes:
        return b"\n".join(self.ops)
