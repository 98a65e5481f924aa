"""An experiment (s66, issue 24): can a small word-count classifier read a trial's OUTCOME class better than the rules?

Usage:  python scripts/notes_outcome_experiment.py build --out DATA.jsonl [--cache DIR]
        python scripts/notes_outcome_experiment.py evaluate DATA.jsonl

`build` reads every set the scorer knows (scripts/notes_accuracy.py, SETS), pairs each truth row with the reader's
proposed row the way the scorer does, and writes one line a truth row: the set, the case, the treatment, the truth's
outcome class (under the settled conventions), the rules' class and words, and the sentences the reader weighed for
that row: the sentence it proposed the row from, the other pages' sentences it joined to it (`also`), and every
sentence of the case that names the same treatment (found with the reader's own `lexicon.find_treatments`) with the
sentence after each when that names no treatment, and the words the rules judged the row by.

`evaluate` trains a multinomial naive Bayes over word and word-pair counts (written out below, no library) and scores
it LEAVE-ONE-SET-OUT: for each set, the model is trained on the other sets' rows only and classifies that set's rows
the reader found (a truth row paired with a proposed row). Per set and in total it prints: rules right, model right,
both, neither; then the combinations (the model only where the rules say unknown; where the rules' words hold no
listed phrase; the model where it is sure), measured the same way.

Everything here is an experiment: nothing in appeal_kit/ reads its output (docs/notes.md, "s66: a classifier for the
outcome class, measured").
"""
from __future__ import annotations

import importlib.util
import json
import math
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# S66_READER=DIR: read with the appeal_kit/ of another tree (an old commit's, `git archive`), to take a set's class
# figure with the rules as they were when it was fresh; the scorer and the sets stay this tree's
if os.environ.get("S66_READER"):
    sys.path.insert(0, os.environ["S66_READER"])

from appeal_kit.notes import lexicon, propose as reader  # noqa: E402

_spec = importlib.util.spec_from_file_location("notes_accuracy", ROOT / "scripts" / "notes_accuracy.py")
scorer = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(scorer)  # type: ignore[union-attr]

CLASSES = reader.OUTCOME_CLASSES


# ------------------------------------------------------------------------------------------------ build

def _case_rows(set_name: str, truth_path: Path) -> list[dict]:
    """One record a truth row of the case: the truth, the reader's paired row, the sentences weighed."""
    captured: list[list] = []
    real_units = reader.units

    def keep(*args, **kwargs):  # (an old tree's `units` takes no `carried`)
        got = real_units(*args, **kwargs)
        captured.append(got)
        return got

    reader.units = keep
    try:
        case = truth_path.with_name(truth_path.name.removesuffix(".truth.json"))
        got = reader.read_notes(case)
    finally:
        reader.units = real_units
    sentences = [u for doc_units in captured for u in doc_units]
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    wants = [scorer.settled(w, truth_path) for w in truth["history"]]
    rows = got.history
    # the scorer's pairing: a truth row with the proposed row of the same treatment that matches it in every field,
    # else the one whose start is nearest (scripts/notes_accuracy.py, score_case)
    left = [(scorer.canonical(r.name), r) for r in rows]
    as_json = {id(r): r.to_json() for r in rows}
    out = []
    for want in sorted(wants, key=lambda w: not any(scorer.canonical(r.name) == scorer.canonical(w["name"]) and
                                                    scorer._same(as_json[id(r)], w) for r in rows)):
        key = scorer.canonical(want["name"])
        same = [r for k, r in left if k == key]
        have = next((r for r in same if scorer._same(as_json[id(r)], want)), None) or (
            min(same, key=lambda r: scorer._distance(as_json[id(r)], want)) if same else None)
        if have is not None:
            left = [(k, r) for k, r in left if r is not have]
        mentions, after = [], []
        for i, u in enumerate(sentences):
            if any(scorer.canonical(f.treatment.name) == key for f in lexicon.find_treatments(u.text)):
                mentions.append(u.text)
                nxt = sentences[i + 1] if i + 1 < len(sentences) else None
                if nxt is not None and nxt.file == u.file and not lexicon.find_treatments(nxt.text):
                    after.append(nxt.text)  # the sentence after a mention that names no other treatment
        rec = {"set": set_name, "case": case.name, "name": key, "truth": want["outcome_class"],
               "truth_words": want.get("outcome"), "kind": want["kind"], "found": have is not None,
               "mentions": mentions, "after": after}
        if have is not None:
            j = as_json[id(have)]
            rec.update({"rules": have.outcome_class, "rules_words": have.outcome,
                        "source": have.source.text, "also": [s.text for s in have.also],
                        "rest_ok": j["kind"] == want["kind"] and scorer.date_ok(j["start"], want["start"]) and
                        scorer.date_ok(j["end"], want["end"])})
        out.append(rec)
    return out


def build(out: Path, only: list[str] | None = None) -> None:
    with out.open("w", encoding="utf-8") as f:
        for set_name, folder in scorer.SETS.items():
            if only and set_name not in only:
                continue
            for truth_path in sorted(folder.glob("*.truth.json")):
                for rec in _case_rows(set_name, truth_path):
                    f.write(json.dumps(rec) + "\n")
            print(f"{set_name}: done", file=sys.stderr)


# ------------------------------------------------------------------------------------------------ features

_NUMBER = re.compile(r"\d+(?:[.,/:-]\d+)*")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|[%?!]")


def masked(text: str, name: str) -> str:
    """The sentence with the row's own treatment written DRUGX and any other treatment OTHERX (the words around a
    name decide its outcome, not which drug it is), numbers NUMX."""
    found = lexicon.find_treatments(text)
    for f in reversed(found):
        tag = " drugx " if scorer.canonical(f.treatment.name) == name else " otherx "
        text = text[:f.start] + tag + text[f.end:]
    return _NUMBER.sub(" numx ", text.translate(reader._STRAIGHT))


def tokens(text: str) -> list[str]:
    words = _WORD.findall(text.lower())
    return words + [f"{a}_{b}" for a, b in zip(words, words[1:])]


def features(rec: dict, variant: str) -> Counter:
    """Word and word-pair counts of the sentences weighed for a row: 'own' (the proposed row's sentence and the
    sentences joined to it), 'mentions' (those and every sentence naming the treatment, words near the name marked)."""
    own = [rec.get("source") or ""] + rec.get("also", [])
    if rec.get("rules_words") and rec["rules_words"] not in own[0]:
        own.append(rec["rules_words"])  # the words the rules judged it by, when another sentence said them
    c: Counter = Counter()
    for s in own:
        c.update(tokens(masked(s, rec["name"])))
    if variant == "mentions":
        for s in rec["mentions"] + rec["after"]:
            c.update("m:" + t for t in tokens(masked(s, rec["name"])))
    return c


# ------------------------------------------------------------------------------------------------ the model

class NaiveBayes:
    """Multinomial naive Bayes with add-one smoothing: log P(class) + sum over words of count * log P(word | class)."""

    def __init__(self, alpha: float = 1.0):
        self.alpha = alpha

    def fit(self, xs: list[Counter], ys: list[str]) -> NaiveBayes:
        self.classes = sorted(set(ys))
        self.prior = {c: math.log(ys.count(c) / len(ys)) for c in self.classes}
        counts: dict[str, Counter] = defaultdict(Counter)
        for x, y in zip(xs, ys):
            counts[y].update(x)
        self.vocab = {w for x in xs for w in x}
        self.logp = {}
        for c in self.classes:
            total = sum(counts[c].values()) + self.alpha * len(self.vocab)
            self.logp[c] = {w: math.log((counts[c][w] + self.alpha) / total) for w in self.vocab}
        return self

    def scores(self, x: Counter) -> dict[str, float]:
        return {c: self.prior[c] + sum(n * self.logp[c][w] for w, n in x.items() if w in self.vocab)
                for c in self.classes}

    def predict(self, x: Counter) -> tuple[str, float, list[str]]:
        """(class, its posterior, the words that most favoured it over the runner-up)."""
        s = self.scores(x)
        ranked = sorted(s, key=s.get, reverse=True)  # type: ignore[arg-type]
        best, second = ranked[0], ranked[1] if len(ranked) > 1 else ranked[0]
        top = max(s.values())
        post = math.exp(s[best] - top) / sum(math.exp(v - top) for v in s.values())
        why = sorted((w for w in x if w in self.vocab),
                     key=lambda w: x[w] * (self.logp[best][w] - self.logp[second][w]), reverse=True)[:5]
        return best, post, why


# ------------------------------------------------------------------------------------------------ evaluate

def listed_phrase(words: str | None) -> bool:
    """The rules' words hold one of the listed outcome phrases (propose._CUE_RES), not only the structure's read."""
    return bool(words) and any(p.search(words) for _, p in reader._CUE_RES)


SURE = 0.9  # fixed before measuring: the model overrides the rules only when its posterior is at least this


def evaluate(data: Path, variant: str, show: bool) -> dict:
    recs = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines()]
    sets = list(dict.fromkeys(r["set"] for r in recs))
    feats = [features(r, variant) for r in recs]
    table: dict[str, Counter] = {}
    wrong_recent: list[str] = []
    for held in sets:
        train = [(x, r["truth"]) for x, r in zip(feats, recs) if r["set"] != held]
        model = NaiveBayes().fit([x for x, _ in train], [y for _, y in train])
        t: Counter = Counter()
        for x, r in zip(feats, recs):
            if r["set"] != held or not r["found"]:
                continue
            got, post, why = model.predict(x)
            truth, rules = r["truth"], r["rules"]
            rules_ok, model_ok = rules == truth, got == truth
            combos = {
                "unknown": got if rules == "unknown" else rules,
                "weak": got if rules == "unknown" or not listed_phrase(r["rules_words"]) else rules,
                "sure": got if post >= SURE else rules,
                "sure_unknown": got if rules == "unknown" and post >= SURE else rules,
            }
            t["rows"] += 1
            t["rules"] += rules_ok
            t["model"] += model_ok
            t["both"] += rules_ok and model_ok
            t["neither"] += not rules_ok and not model_ok
            for k, v in combos.items():
                t[k] += v == truth
            t["rest_ok"] += r["rest_ok"]
            t["found_rules"] += r["rest_ok"] and rules_ok
            t["found_model"] += r["rest_ok"] and model_ok
            for k, v in combos.items():
                t["found_" + k] += r["rest_ok"] and v == truth
            if held in ("blind-fresh33", "blind-fresh34", "blind-fresh35") and not rules_ok:
                t["recent_rules_wrong"] += 1
                t["recent_model_right"] += model_ok
                wrong_recent.append(f"{held} {r['case'][:30]} {r['name']}: truth {truth}, rules {rules}, "
                                    f"model {got} ({post:.2f}; {', '.join(why)}) | {(r['source'] or '')[:110]!r}")
        table[held] = t
    total: Counter = sum(table.values(), Counter())
    head = ("set", "rows", "rules", "model", "both", "neither", "m|unk", "m|weak", "m|sure", "m|sure&unk",
            "found:rules", "found:model", "found:m|s&u")
    print(f"variant: {variant}")
    print("".join(f"{h:>13}" for h in head))
    for name, t in [*table.items(), ("total", total)]:
        print("".join(f"{c:>13}" for c in (name, t["rows"], t["rules"], t["model"], t["both"], t["neither"],
                                            t["unknown"], t["weak"], t["sure"], t["sure_unknown"],
                                            t["found_rules"], t["found_model"], t["found_sure_unknown"])))
    print(f"whole rows found (drug, kind, dates right and the class): rules {total['found_rules']}, model "
          f"{total['found_model']}, m|unk {total['found_unknown']}, m|weak {total['found_weak']}, m|sure "
          f"{total['found_sure']}, m|sure&unk {total['found_sure_unknown']} (of {total['rows']} named rows; "
          f"{total['rest_ok']} right but for the class)")
    print(f"sets 33-35, rows the rules class wrong: {total['recent_rules_wrong']}; the model right on "
          f"{total['recent_model_right']}")
    if show:
        for line in wrong_recent:
            print("  " + line)
    return table


def fresh_figures(data: Path, variant: str, table: dict[str, Counter], fresh: list[Path]) -> None:
    """The rules' fair figure beside the model's: each set read by the rules as they were when it was fresh (a
    `build --sets` output made with S66_READER at that commit). First the whole rows then, the model's
    leave-one-set-out rows today and the rules' today; then, on the rows the rules named then, the class the rules
    gave then, the model's (trained on the other sets), and each combination laid over the rules of then."""
    recs = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines()]
    feats = [features(r, variant) for r in recs]
    print("set: rules when fresh (class right / rows named, whole rows found) | model LOSO (class right / rows named,"
          " whole rows found) | rules now")
    sums: Counter = Counter()
    combos: dict[str, Counter] = {}
    for path in fresh:
        fresh_recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        named = [r for r in fresh_recs if r["found"]]
        name = fresh_recs[0]["set"]
        t = table[name]
        row = Counter({"f_named": len(named), "f_class": sum(r["rules"] == r["truth"] for r in named),
                       "f_found": sum(r["rules"] == r["truth"] and r["rest_ok"] for r in named),
                       "m_named": t["rows"], "m_class": t["model"], "m_found": t["found_model"],
                       "n_class": t["rules"], "n_found": t["found_rules"], "rows": len(fresh_recs)})
        sums.update(row)
        print(f"{name}: {row['f_class']}/{row['f_named']}, {row['f_found']}/{row['rows']} | {row['m_class']}/"
              f"{row['m_named']}, {row['m_found']}/{row['rows']} | {row['n_class']}/{row['m_named']}, "
              f"{row['n_found']}/{row['rows']}")
        model = NaiveBayes().fit([x for x, r in zip(feats, recs) if r["set"] != name],
                                 [r["truth"] for r in recs if r["set"] != name])
        c: Counter = Counter()
        for r in named:
            got, post, _ = model.predict(features(r, variant))
            rules, truth = r["rules"], r["truth"]
            c["named"] += 1
            c["rules"] += rules == truth
            c["model"] += got == truth
            c["m|unk"] += (got if rules == "unknown" else rules) == truth
            c["m|weak"] += (got if rules == "unknown" or not listed_phrase(r["rules_words"]) else rules) == truth
            c["m|sure"] += (got if post >= SURE else rules) == truth
            c["m|sure&unk"] += (got if rules == "unknown" and post >= SURE else rules) == truth
        combos[name] = c
    print(f"total: {sums['f_class']}/{sums['f_named']}, {sums['f_found']}/{sums['rows']} | {sums['m_class']}/"
          f"{sums['m_named']}, {sums['m_found']}/{sums['rows']} | {sums['n_class']}/{sums['m_named']}, "
          f"{sums['n_found']}/{sums['rows']}")
    keys = ("named", "rules", "model", "m|unk", "m|weak", "m|sure", "m|sure&unk")
    print("on the rows named then, class right: " + " | ".join(keys))
    for name, c in [*combos.items(), ("total", sum(combos.values(), Counter()))]:
        print(name, *(c[k] for k in keys))


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    b = sub.add_parser("build")
    b.add_argument("--out", type=Path, required=True)
    b.add_argument("--cache", type=Path)
    b.add_argument("--sets", nargs="*", help="only these sets")
    e = sub.add_parser("evaluate")
    e.add_argument("data", type=Path)
    e.add_argument("--variant", choices=("own", "mentions"), default="own")
    e.add_argument("--show", action="store_true", help="list the recent sets' rows the rules class wrong")
    e.add_argument("--fresh", type=Path, nargs="*", help="build outputs of single sets read with their fresh rules "
                   "(a set fresh for today's rules: its rows from DATA, written apart with `build --sets`)")
    opts = parser.parse_args(argv)
    if opts.what == "build":
        if opts.cache:
            scorer._cache_text(opts.cache)
        build(opts.out, opts.sets)
    else:
        table = evaluate(opts.data, opts.variant, opts.show)
        if opts.fresh:
            fresh_figures(opts.data, opts.variant, table, opts.fresh)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
