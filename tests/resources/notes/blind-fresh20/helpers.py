"""FICTIONAL test data for notes20: truth-row constructors and small text helpers."""
from __future__ import annotations


def src(file: str, page: int, text: str) -> dict:
    return {"file": file, "page": page, "text": text}


def H(name, cls, kind, dose, start, end, outcome, oc, file, page, text) -> dict:
    """One treatment-history row, keys in the contract's order."""
    return {"name": name, "class": cls, "kind": kind, "dose": dose, "start": start, "end": end,
            "outcome": outcome, "outcome_class": oc, "source": src(file, page, text)}


def S(name, score, date, file, page, text) -> dict:
    return {"name": name, "score": score, "date": date, "source": src(file, page, text)}


def D(code, file, page, text) -> dict:
    return {"code": code, "source": src(file, page, text)}


def SI(level, file=None, page=None, text=None) -> dict:
    if level is None:
        return {"level": None, "source": None}
    return {"level": level, "source": src(file, page, text)}


def txt_table(headers: list[str], rows: list[list[str]], sep: str = "  ") -> str:
    """A fixed-width plain-text table (columns padded with spaces)."""
    allrows = [headers] + rows
    w = [max(len(r[c]) for r in allrows) for c in range(len(headers))]
    out = []
    for i, r in enumerate(allrows):
        out.append(sep.join(r[c].ljust(w[c]) for c in range(len(headers))).rstrip())
        if i == 0:
            out.append(sep.join("-" * w[c] for c in range(len(headers))))
    return "\n".join(out)


def wrap_txt(text: str, width: int = 100, indent: str = "") -> str:
    words, lines, cur = text.split(), [], ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if len(indent + cand) <= width:
            cur = cand
        else:
            lines.append(indent + cur)
            cur = w
    if cur:
        lines.append(indent + cur)
    return "\n".join(lines)
