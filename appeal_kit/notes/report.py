"""The proposals as a person reads them at the terminal: a numbered table of treatments, then scales, diagnoses
and suicidality, each with the file and page it came from."""
from __future__ import annotations

from appeal_kit.i18n import N_, _
from appeal_kit.notes.propose import HistoryRow, Proposals

OUTCOME_WORDS = {"no_response": N_("no response"), "partial_response": N_("partial response"),
                 "relapse": N_("relapse"), "side_effects": N_("side effects"), "remission": N_("remission"),
                 "unknown": "?"}
SUICIDALITY_WORDS = {"none": N_("none"), "passive": N_("passive"), "active": N_("active"), "attempt": N_("attempt")}
KIND_WORDS = {"antidepressant": N_("antidepressant"), "augmentation": N_("augmentation"),
              "psychotherapy": N_("psychotherapy"), "neuromodulation": N_("neuromodulation"), "other": N_("other")}


def _cut(text: str | None, width: int) -> str:
    text = text or ""
    return text if len(text) <= width else text[:width - 1] + "…"


def history_lines(rows: list[HistoryRow], *, numbered_from: int = 1) -> list[str]:
    words = [_("treatment"), _("kind"), _("dose"), _("start"), _("end"), _("outcome"), _("source")]
    head = "{:>3}  {:<26} {:<15} {:<16} {:<10} {:<10} {:<16} {}".format("#", *words)
    lines = [head, "-" * len(head)]
    for n, r in enumerate(rows, numbered_from):
        lines.append(f"{n:>3}  {_cut(r.name, 26):<26} {_(KIND_WORDS[r.kind]):<15} {_cut(r.dose, 16):<16} "
                     f"{r.start or '':<10} {r.end or '':<10} {_(OUTCOME_WORDS[r.outcome_class]):<16} "
                     + _("{file} p. {page}").format(file=r.source.file, page=r.source.page))
        if r.outcome:
            lines.append(f"{'':5}{_cut(chr(34) + r.outcome + chr(34), 110)}")
        if r.also:  # the same trial named on other pages or in other documents
            lines.append(f"{'':5}+ " + ", ".join(_("{file} p. {page}").format(file=s.file, page=s.page)
                                                 for s in r.also))
    return lines


def other_lines(p: Proposals) -> list[str]:
    lines = []
    if p.scales:
        lines.append(_("Rating scales:"))
        for s in p.scales:
            lines.append(f"  {s['name']} {s['score']}  {s['date'] or _('date not written')}  ("
                         + _("{file} p. {page}").format(file=s["source"]["file"], page=s["source"]["page"]) + ")")
    if p.diagnoses:
        lines.append(_("Diagnosis codes: {codes}").format(codes=", ".join(
            f"{d['code']} (" + _("{file} p. {page}").format(file=d["source"]["file"], page=d["source"]["page"]) + ")"
            for d in p.diagnoses)))
    si = p.suicidality
    if si.get("level"):
        lines.append(_("Suicidality, the highest level the records document: {level} ({file} p. {page}: \"{words}\")")
                     .format(level=_(SUICIDALITY_WORDS[si["level"]]), file=si["source"]["file"],
                             page=si["source"]["page"], words=_cut(si["source"]["text"], 90)))
    return lines
