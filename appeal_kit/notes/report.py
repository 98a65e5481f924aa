"""The proposals as a person reads them at the terminal: a numbered table of treatments, then scales, diagnoses
and suicidality, each with the file and page it came from."""
from __future__ import annotations

from appeal_kit.notes.propose import HistoryRow, Proposals

OUTCOME_WORDS = {"no_response": "no response", "partial_response": "partial response", "relapse": "relapse",
                 "side_effects": "side effects", "remission": "remission", "unknown": "?"}


def _cut(text: str | None, width: int) -> str:
    text = text or ""
    return text if len(text) <= width else text[:width - 1] + "…"


def history_lines(rows: list[HistoryRow], *, numbered_from: int = 1) -> list[str]:
    head = f"{'#':>3}  {'treatment':<26} {'kind':<15} {'dose':<16} {'start':<10} {'end':<10} {'outcome':<16} source"
    lines = [head, "-" * len(head)]
    for n, r in enumerate(rows, numbered_from):
        lines.append(f"{n:>3}  {_cut(r.name, 26):<26} {r.kind:<15} {_cut(r.dose, 16):<16} {r.start or '':<10} "
                     f"{r.end or '':<10} {OUTCOME_WORDS[r.outcome_class]:<16} {r.source.file} p. {r.source.page}")
        if r.outcome:
            lines.append(f"{'':5}{_cut(chr(34) + r.outcome + chr(34), 110)}")
    return lines


def other_lines(p: Proposals) -> list[str]:
    lines = []
    if p.scales:
        lines.append("Rating scales:")
        for s in p.scales:
            lines.append(f"  {s['name']} {s['score']}  {s['date'] or 'date not written'}  "
                         f"({s['source']['file']} p. {s['source']['page']})")
    if p.diagnoses:
        lines.append("Diagnosis codes: " + ", ".join(
            f"{d['code']} ({d['source']['file']} p. {d['source']['page']})" for d in p.diagnoses))
    si = p.suicidality
    if si.get("level"):
        lines.append(f"Suicidality, the highest level the records document: {si['level']} "
                     f"({si['source']['file']} p. {si['source']['page']}: \"{_cut(si['source']['text'], 90)}\")")
    return lines
