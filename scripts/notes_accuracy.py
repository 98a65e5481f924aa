"""How well `appeal-kit notes` reads clinical notes written by someone else.

Usage:  python scripts/notes_accuracy.py [--set blind-dev|blind-fresh|blind-freshN] [FOLDER] [--verbose] [--all]
                                         [--cache DIR]

A set is a folder of cases, each `NN-name/clinical/` with `NN-name.truth.json` beside it: the proposals a careful
person would make from those notes, in the `--json` shape. Sets: every `blind-dev`, `blind-fresh` and `blind-freshN`
folder under tests/resources/notes/, found there, so a set committed is scored by `--all` with the others
(tests/resources/README.md says how each was written and when it was scored; blind-dev and the fix sets may be tuned
on, a fresh one is scored once before anyone reads it).

Scored as issue 24 measures it:
- a history row is FOUND when a proposed row names the same treatment (names compared through the treatments
  table, so "CBT" and "cognitive behavioral therapy" are one) with the same kind and outcome class, and start and
  end within a month of the truth (a year-only truth date matches any date in that year; a date we give less
  precisely than the truth does not match; an end the truth leaves open must be left open); a treatment the truth
  lists twice (tried twice) is paired with two proposed rows, each truth row with the row that matches it, else
  with the one whose start is nearest;
- an EXTRA row is one for a treatment the truth does not list: invented, often from a negated or planned mention;
- a row's PAGE is right when its source names the truth's file and page;
- scales count when name, score and date agree; diagnoses by code; suicidality by level.
Prints every miss, the figures per part, and exits 1 when rows found are below 90% or any row is extra.

Writers disagreed on two calls; the settled conventions (docs/notes.md) are applied to every truth file as it is
read (`settled`), so the scorer and the docs agree whatever a set's writer chose:
- "added to X": an augmentation trial when the added drug is an augmenting agent (an antipsychotic, lithium, a thyroid
  hormone), an antidepressant trial when it is itself an antidepressant (a truth row of kind augmentation for a drug
  the treatments table classes as an antidepressant is scored as antidepressant);
- "maybe" or an unclear outcome is unknown, never a partial response (a truth row classed partial_response whose
  outcome words guess, "maybe a little better", "unclear benefit", "better?", without saying "partial", is scored as
  unknown; a form's question the words quote, "Did it help? Somewhat", is no guess); but a guess at how much a stated
  gain is, with no doubt beside it ("maybe a third better", "maybe 40 percent"), keeps its writer's partial_response
  (settled at s66: every writer who wrote one classed it so);
- a harm, then a denied benefit, then a stop with no reason said ("sweating and no better. Quit.") is side_effects
  (settled by the lead at s53 the way blind-fresh20's and blind-fresh21's writers classed it, as prior-authorization
  forms tick "intolerance" when any adverse effect led to the stop; a truth row classed no_response under it is
  scored as side_effects).
"""
from __future__ import annotations

import json
import re
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from appeal_kit.notes import lexicon  # noqa: E402
from appeal_kit.notes.dates import When  # noqa: E402
from appeal_kit.notes.propose import read_notes  # noqa: E402

NOTES = ROOT / "tests" / "resources" / "notes"
# blind-dev, blind-fresh, then blind-fresh3, blind-fresh4 ... in the order they were written (a second reader's copy
# of a set is no set of its own)
SETS = {p.name: p for p in sorted(NOTES.glob("blind-*"), key=lambda p: (p.name != "blind-dev", int(
    re.sub(r"\D", "", p.name) or 0))) if re.fullmatch(r"blind-(?:dev|fresh\d*)", p.name)}
TARGET = 0.90
FIELDS = ("kind", "outcome_class", "start", "end")  # a named row's fields, each counted right or wrong (--fields)


def canonical(name: str) -> str:
    """A treatment's name as the treatments table normalizes it ("Lexapro", "escitalopram" -> escitalopram)."""
    t = lexicon.lookup(name)
    if t is None:
        found = lexicon.find_treatments(name)
        t = found[0].treatment if found else None
    return t.name if t else name.strip().lower()


def _interval(value: str) -> tuple[date, date]:
    w = When(0, 0, value)
    return w.as_date(), w.as_date(last=True)


def date_ok(got: str | None, want: str | None) -> bool:
    if want is None or got is None:
        return want is None and got is None
    if len(got) < len(want):  # "2023" for a truth of "2023-06-14": less precise than the record
        return False
    (ga, gb), (wa, wb) = _interval(got), _interval(want)
    gap = max((wa - gb).days, (ga - wb).days, 0)
    return gap <= 31


_GUESS = re.compile(r"\b(?:maybe|perhaps|possibly|unclear|uncertain|unsure|not sure)\b|\?", re.IGNORECASE)
# a guess at how much a stated gain is, with no doubt beside it ("maybe a third better", "maybe 40 percent"): partial
# (settled s66: every writer who wrote one classed it so); the scorer's own patterns, the same as the reader's
_SIZED_GUESS = re.compile(r"\b(?:maybe|perhaps|possibly) (?:about |around |like )?(?:\d{1,3} ?(?:%|percent|per cent)|"
                          r"half(?:[- ]?way)?|a third|a quarter|two[- ]thirds|three[- ]quarters)", re.IGNORECASE)
_GUESS_DOUBT = re.compile(r"\b(?:not sure|unsure|can'?t tell|cannot tell|hard to (?:say|tell|judge)|unclear|uncertain|"
                          r"(?:do|does|did) ?n[o']t know)\b|\?", re.IGNORECASE)
_QUESTION = re.compile(r"\b(?:did|does|do|is|was|were|are|has|have|can|could)\s+(?:it|this|that|they|you|the \w+)\s+"
                       r"[^?.;]{0,40}\?", re.IGNORECASE)


# Truth rows under a settled convention whose own outcome words leave out the part that decides it: (set, case, name)
# -> the class the convention gives. blind-fresh7 06's gabapentin: the record says "some drowsiness; no change in
# burning pain at 2700 mg/day, stopped." (a harm, a denied benefit, a stop); the truth quotes from "no change".
_SETTLED_ROWS = {("blind-fresh7", "06-pain-clinic-crps-ketamine", "gabapentin"): "side_effects"}


def settled(want: dict, where: Path | None = None) -> dict:
    """A truth row under the settled conventions (module docstring): what the scorer compares against. `where` is
    the truth file, for the rows `_SETTLED_ROWS` names."""
    want = dict(want)
    if where is not None and (cls := _SETTLED_ROWS.get((where.parent.name, where.name.removesuffix(".truth.json"),
                                                         want["name"]))):
        want["outcome_class"] = cls
        return want
    t = lexicon.lookup(want["name"])
    if want["kind"] == "augmentation" and t is not None and t.kind == "antidepressant":
        want["kind"] = "antidepressant"
    # (a form's question the words quote is no guess: "Did it help? Somewhat" answers it)
    words = _QUESTION.sub(" ", want.get("outcome") or "")
    if want["outcome_class"] == "partial_response" and _GUESS.search(words) and \
            not re.search(r"\bpartial", words, re.IGNORECASE) and \
            not (_SIZED_GUESS.search(words) and not _GUESS_DOUBT.search(words)):  # (a sized guess is partial: s66)
        want["outcome_class"] = "unknown"
    if want["outcome_class"] == "no_response" and harm_no_gain_stop(want.get("outcome") or ""):
        want["outcome_class"] = "side_effects"  # (settled at s53: the harm's stop)
    return want


# Conventions the writers dispute (docs/notes.md, "Conventions the writers dispute"): a truth row whose outcome words
# fall under one is counted as its writer classed it, and also reported apart, so that a change that turns such rows
# right for one writer is seen to be tuning to that writer rather than reading better.
_DENIED_GAIN = re.compile(r"\bno (?:better|change|benefit|help|improvement|relief)\b|\bno different\b|"
                          r"\b(?:did|does) ?n[o']t (?:help|work)\b", re.IGNORECASE)
_STOPPED = re.compile(r"\b(?:stopp(?:ed|ing)|quit|discontinued|came off|d/c)\b", re.IGNORECASE)
_NOT_MOOD = re.compile(r"\bbut not (?:her|his|my|their|the) (?:mood|depression)\b", re.IGNORECASE)


def harm_no_gain_stop(words: str) -> bool:
    """A harm, then a denied benefit, then a stop with no reason said ("sweating and no better. Quit."): disputed
    until s53, now settled as side_effects (the module docstring)."""
    from appeal_kit.notes.propose import _SE_RE

    harm = _SE_RE.search(words)
    denied = _DENIED_GAIN.search(words, harm.end()) if harm else None
    stop = _STOPPED.search(words, denied.end()) if denied else None
    return bool(stop) and not re.match(r"\s*(?:it\s+)?(?:for|because|due to|as|since|when)\b|\s*[-–:]",
                                       words[stop.end():])  # (no reason said after the stop)


# Therapies made for another disorder (trauma-focused: for PTSD) that writers split on in a depression case: a row for
# blind-fresh8's, 9's, 15's, 17's and 20's writers, no row for 21's, 22's and 23's (the lead, s54: the reader keeps its
# row; the scorer reports these rows, found or extra, apart).
OTHER_DISORDER_THERAPIES = frozenset({"prolonged exposure therapy", "eye movement desensitization and reprocessing",
                                      "cognitive processing therapy"})
ANOTHER_DISORDER = "a therapy for another disorder (PTSD)"


def disputed(want: dict) -> str | None:
    """The disputed convention a truth row rests on, or None: a trauma-focused therapy for PTSD in a depression case
    (a row for some writers, none for others: `OTHER_DISORDER_THERAPIES`); help with something else "but not her
    mood" (partial_response for one writer, no_response for others). (A harm, then a denied benefit, then a stop was
    disputed too until s53; it is settled now, `harm_no_gain_stop`.)"""
    if canonical(want["name"]) in OTHER_DISORDER_THERAPIES:
        return ANOTHER_DISORDER
    words = want.get("outcome") or ""
    if want["outcome_class"] in ("partial_response", "no_response") and _NOT_MOOD.search(words) and \
            not re.search(r"\bpartial", words, re.IGNORECASE):  # (a part said outright decides: no dispute)
        return "helped, but not the mood"
    return None


def _same(have: dict, want: dict) -> bool:
    return all(have[f] == want[f] for f in ("kind", "outcome_class")) and \
        all(date_ok(have[f], want[f]) for f in ("start", "end"))


def _distance(have: dict, want: dict) -> int:
    """Days between two rows' starts (an undated start is far from any)."""
    if not (have["start"] and want["start"]):
        return 10 ** 6
    return abs((_interval(have["start"])[0] - _interval(want["start"])[0]).days)


def score_case(truth_path: Path, verbose: bool) -> dict:
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    truth["history"] = [settled(w, truth_path) for w in truth["history"]]
    case = truth_path.with_name(truth_path.name.removesuffix(".truth.json"))
    got = read_notes(case).to_json()
    c = {"rows": len(truth["history"]), "named": 0, "found": 0, "extra": 0, "page": 0, "proposed": len(got["history"]),
         "with_page": sum(1 for r in got["history"] if r["source"] and r["source"].get("page")),
         "scales": len(truth["scales"]), "scales_found": 0, "scales_extra": 0,
         "codes": len(truth["diagnoses"]), "codes_found": 0, "codes_extra": 0, "si_ok": 0, "misses": [],
         "disputed": 0, "disputed_found": 0, "disputed_extra": 0, "outcome_unknown": 0, "outcome_wrong": 0,
         "found_or_unknown": 0, **{f"ok_{f}": 0 for f in FIELDS}}
    # a drug tried twice is two rows: each truth row is paired with a proposed row of the same treatment, the one
    # that matches it in every field first, else the one whose start is nearest
    left = [(canonical(r["name"]), r) for r in got["history"]]
    pairs: list[tuple[dict, dict | None]] = []
    for want in sorted(truth["history"], key=lambda w: not any(
            canonical(r["name"]) == canonical(w["name"]) and _same(r, w) for r in got["history"])):
        same = [(k, r) for k, r in left if k == canonical(want["name"])]
        have = next((r for _, r in same if _same(r, want)), None) or (
            min((r for _, r in same), key=lambda r: _distance(r, want)) if same else None)
        if have is not None:
            left = [(k, r) for k, r in left if r is not have]
        pairs.append((want, have))
    wanted = {canonical(w["name"]) for w in truth["history"]}
    for want, have in pairs:
        if have is None:
            c["misses"].append(f"row missing: {want['name']} ({want['kind']}, {want['outcome_class']})")
            continue
        c["named"] += 1
        wrong = [f for f in ("kind", "outcome_class") if have[f] != want[f]]
        wrong += [f for f in ("start", "end") if not date_ok(have[f], want[f])]
        for f in FIELDS:
            c[f"ok_{f}"] += f not in wrong
        # the person's side: an `unknown` they fill from the quoted words, or a wrong class a letter would state
        c["outcome_unknown"] += have["outcome_class"] == "unknown" != want["outcome_class"]
        c["outcome_wrong"] += "unknown" != have["outcome_class"] != want["outcome_class"]
        # a row right but for an `unknown` class is one the person completes from the quoted words, not a wrong one
        c["found_or_unknown"] += all(f == "outcome_class" and have[f] == "unknown" for f in wrong)
        convention = disputed(want)
        c["disputed"] += convention is not None
        if wrong:
            c["misses"].append(f"row {want['name']}: " + ", ".join(f"{f} {have[f]!r} (truth {want[f]!r})"
                                                                   for f in wrong) +
                               (f" [disputed convention: {convention}]" if convention else ""))
        else:
            c["found"] += 1
            c["disputed_found"] += convention is not None
        src, wsrc = have["source"], want["source"]
        if Path(src["file"]).name == Path(wsrc["file"]).name and src["page"] == wsrc["page"]:
            c["page"] += 1
        else:
            c["misses"].append(f"row {want['name']}: source {Path(src['file']).name} p. {src['page']} "
                               f"(truth {wsrc['file']} p. {wsrc['page']})")
    for key, have in left:  # (a second row of a treatment the truth lists once is shown, not counted as extra)
        c["extra"] += key not in wanted
        apart = key not in wanted and key in OTHER_DISORDER_THERAPIES  # (the writer gave a PTSD therapy no row)
        c["disputed_extra"] += apart
        c["misses"].append(f"row {'extra' if key not in wanted else 'split off'}: {have['name']} from "
                           f"{Path(have['source']['file']).name} p. {have['source']['page']}: "
                           f"{have['source']['text'][:90]!r}" +
                           (f" [disputed convention: {ANOTHER_DISORDER}]" if apart else ""))
    got_scales = {(s["name"], s["score"], s["date"]) for s in got["scales"] if isinstance(s["score"], int)}
    want_scales = {(s["name"], s["score"], s["date"]) for s in truth["scales"]}
    c["scales_found"] = len(got_scales & want_scales)
    c["scales_extra"] = len(got_scales - want_scales)
    c["misses"] += [f"scale missing: {s}" for s in sorted(want_scales - got_scales, key=str)]
    c["misses"] += [f"scale extra: {s}" for s in sorted(got_scales - want_scales, key=str)]
    got_codes = {d["code"] for d in got["diagnoses"]}
    want_codes = {d["code"] for d in truth["diagnoses"]}
    c["codes_found"] = len(got_codes & want_codes)
    c["codes_extra"] = len(got_codes - want_codes)
    c["misses"] += [f"code missing: {x}" for x in sorted(want_codes - got_codes)]
    c["misses"] += [f"code extra: {x}" for x in sorted(got_codes - want_codes)]
    # a truth file may write `"suicidality": null` for records that never speak of it, as the contract allows
    si_got, si_want = ((side.get("suicidality") or {}).get("level") for side in (got, truth))
    c["si_ok"] = int(si_got == si_want)
    if si_got != si_want:
        c["misses"].append(f"suicidality {si_got!r} (truth {si_want!r})")
    if verbose or c["misses"]:
        print(f"{case.name}: {c['found']}/{c['rows']} rows found, {c['extra']} extra")
        for m in c["misses"]:
            print(f"  {m}")
    return c


def score(folder: Path, verbose: bool = False) -> dict:
    total: dict = {}
    started = time.perf_counter()
    cases = sorted(folder.glob("*.truth.json"))
    for truth_path in cases:
        for k, v in score_case(truth_path, verbose).items():
            if k != "misses":
                total[k] = total.get(k, 0) + v
    total["cases"] = len(cases)
    total["seconds"] = time.perf_counter() - started
    return total


def pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.1f}%)" if b else "-"


def _cache_text(folder: Path) -> None:
    """--cache FOLDER: keep what intake's reader got from each file (OCR takes a minute a set) while tuning."""
    import hashlib
    import pickle

    from appeal_kit.intake import textract

    read = textract.extract_text

    def cached(path):
        key = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        stored = folder / key
        if stored.exists():
            return pickle.loads(stored.read_bytes())
        got = read(path)
        folder.mkdir(parents=True, exist_ok=True)
        stored.write_bytes(pickle.dumps(got))
        return got

    textract.extract_text = cached


def _all_sets(verbose: bool) -> int:
    """One line a set: rows found, drug named, and each field of the named rows right, then the totals."""
    head = ("set", "found", "named", *FIELDS, "extra")
    print("".join(f"{h:>15}" for h in head))
    totals: dict = {}
    for name, folder in SETS.items():
        t = score(folder, verbose)
        for k, v in t.items():
            totals[k] = totals.get(k, 0) + v
        _line(name, t)
    _line("total", totals)
    print(f"rows whose class rests on a convention the writers dispute (counted above as written): "
          f"{totals['disputed_found']}/{totals['disputed']} found; the others: "
          f"{totals['found'] - totals['disputed_found']}/{totals['rows'] - totals['disputed']}; extra rows under one "
          f"(a PTSD therapy the writer gave no row): {totals['disputed_extra']} of {totals['extra']}")
    return 0


def _line(name: str, t: dict) -> None:
    cells = [name, f"{t['found']}/{t['rows']}", f"{t['named']}/{t['rows']}",
             *(f"{t['ok_' + f]}/{t['named']}" for f in FIELDS), str(t["extra"])]
    print("".join(f"{c:>15}" for c in cells))


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Score `appeal-kit notes` on a set of blind-written cases.")
    parser.add_argument("folder", nargs="?", type=Path, help="a folder of cases (instead of --set)")
    parser.add_argument("--set", dest="name", choices=sorted(SETS), default="blind-dev")
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("--cache", type=Path, help="keep what the reader got from each file here (OCR is slow)")
    parser.add_argument("--all", action="store_true", help="every set: one line each, rows found and each field")
    opts = parser.parse_args(argv)  # an unknown set or option: a usage error (exit 2), not a traceback
    if opts.cache:
        _cache_text(opts.cache)
    if opts.all:
        return _all_sets(opts.verbose)
    folder, verbose = opts.folder or SETS[opts.name], opts.verbose
    if not folder.is_dir():
        parser.error(f"{folder}: no such folder of cases")
    t = score(folder, verbose)
    print(f"\n{folder}: {t['cases']} cases, read in {t['seconds']:.1f} s")
    print(f"  history rows found (drug, kind, outcome class, dates within a month): {pct(t['found'], t['rows'])}")
    print(f"  found with the class right or `unknown` (the person fills it):     "
          f"{pct(t['found_or_unknown'], t['rows'])}; a wrong class on {t['outcome_wrong']} rows")
    print(f"  history rows named (drug only):                                    {pct(t['named'], t['rows'])}")
    print(f"  extra rows (treatments the truth does not list):                  {t['extra']} of {t['proposed']}")
    print(f"  outcome class of the rows named: {t['ok_outcome_class']} right, {t['outcome_unknown']} unknown where "
          f"the truth gives a class (the person fills it), {t['outcome_wrong']} a wrong class (a letter would say it)")
    print(f"  rows with the truth's file and page:                               {pct(t['page'], t['named'])}")
    print(f"  proposals with a page:                                             {pct(t['with_page'], t['proposed'])}")
    print(f"  scales (name, score, date):  {pct(t['scales_found'], t['scales'])}, {t['scales_extra']} extra")
    print(f"  diagnosis codes:             {pct(t['codes_found'], t['codes'])}, {t['codes_extra']} extra")
    print(f"  suicidality level:           {pct(t['si_ok'], t['cases'])}")
    print(f"  rows under a disputed convention (counted above as written): {pct(t['disputed_found'], t['disputed'])}"
          f", and {t['disputed_extra']} of the extra rows")
    return 0 if t["rows"] and t["found"] / t["rows"] >= TARGET and not t["extra"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
