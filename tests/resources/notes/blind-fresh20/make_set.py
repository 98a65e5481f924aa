"""Build the FICTIONAL blind set notes20 and check every truth span against the documents' own text.

Usage: /work/main/.venv/bin/python make_set.py

Deletes every NN-slug/ folder and NN-slug.truth.json here, rewrites them from cases_a.py (01-06) and cases_b.py
(07-12), then checks them; exits 1 on any failure. The last line printed is
"N cases, N history rows, N scale rows, N diagnosis codes, N failures".
"""
from __future__ import annotations

import collections
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import model  # noqa: E402
import render  # noqa: E402

KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
CLASSES = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
SCALES = {"PHQ-9", "MADRS", "HAM-D", "GAD-7", "C-SSRS", "pain NRS"}
LEVELS = {"none", "passive", "active", "attempt"}
HKEYS = ["name", "class", "kind", "dose", "start", "end", "outcome", "outcome_class", "source"]
DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
CODE_RE = re.compile(r"^[A-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?$")


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def pdftotext_page(path: Path, page: int) -> str:
    r = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(path), "-"],
                       capture_output=True, text=True, check=True)
    return r.stdout


def pdf_pages(path: Path) -> int:
    r = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", r.stdout, re.M).group(1))


def load_cases():
    import cases_a
    import cases_b
    return cases_a.CASES + cases_b.CASES


def clean():
    for p in sorted(HERE.glob("[0-9][0-9]-*")):
        if p.is_dir():
            shutil.rmtree(p)
        elif p.name.endswith(".truth.json"):
            p.unlink()


def build_and_check():
    failures: list[str] = []
    stats = collections.Counter()
    kinds, classes, scale_names, levels, formats = (collections.Counter() for _ in range(5))
    cases = load_cases()
    clean()
    n_hist = n_sc = n_dx = 0
    slugs = [c["slug"] for c in cases]
    if len(set(slugs)) != len(slugs):
        failures.append("duplicate slugs")
    for case in cases:
        slug = case["slug"]
        folder = HERE / slug / "clinical"
        pages: dict[str, list[str]] = {}      # file -> model text per page
        extracted: dict[str, list[str] | None] = {}
        for doc in case["docs"]:
            formats[doc.kind] += 1
            try:
                paths, texts = render.render(doc, folder)
            except model.LayoutError as e:
                failures.append(f"{slug}: layout: {e}")
                continue
            if doc.kind == "photo":
                for p, t in zip(paths, texts):
                    pages[p.name] = [t]
                    extracted[p.name] = None
                continue
            f = paths[0]
            pages[f.name] = texts
            if doc.kind == "pdf":
                n = pdf_pages(f)
                if n != len(texts):
                    failures.append(f"{slug}/{f.name}: pdfinfo {n} pages, model {len(texts)}")
                extracted[f.name] = [pdftotext_page(f, i + 1) for i in range(n)]
            elif doc.kind == "scan":
                n = pdf_pages(f)
                if n != len(texts):
                    failures.append(f"{slug}/{f.name}: pdfinfo {n} pages, model {len(texts)}")
                if pdftotext_page(f, 1).strip():
                    failures.append(f"{slug}/{f.name}: the scan has a text layer")
                extracted[f.name] = None
            elif doc.kind == "docx":
                extracted[f.name] = [render.docx_readback(f)]
            elif doc.kind == "txt":
                extracted[f.name] = [f.read_text(encoding="utf-8")]
        # every document (every photo) says FICTIONAL on its first page
        for fname, ptexts in pages.items():
            if "fictional" not in norm(ptexts[0]) and "ficticia" not in norm(ptexts[0]):
                failures.append(f"{slug}/{fname}: first page does not say FICTIONAL")

        def check_src(what: str, s: dict | None, must: str | None = None):
            if s is None:
                failures.append(f"{slug}: {what}: no source")
                return
            if list(s) != ["file", "page", "text"]:
                failures.append(f"{slug}: {what}: source keys {list(s)}")
            fname, pg, text = s.get("file"), s.get("page"), s.get("text", "")
            if fname not in pages:
                failures.append(f"{slug}: {what}: no file {fname!r}")
                return
            if not isinstance(pg, int) or not 1 <= pg <= len(pages[fname]):
                failures.append(f"{slug}: {what}: {fname} has no page {pg}")
                return
            if not text or norm(text) not in norm(pages[fname][pg - 1]):
                failures.append(f"{slug}: {what}: span not on {fname} p. {pg}: {text!r}")
            ex = extracted.get(fname)
            if ex is not None and norm(text) not in norm(ex[pg - 1]):
                failures.append(f"{slug}: {what}: span not in the extracted text of {fname} p. {pg}: {text!r}")
            if must is not None and not re.search(r"(?<![\w.])" + re.escape(must.casefold()) + r"(?![\w])",
                                                  norm(text)):
                failures.append(f"{slug}: {what}: {must!r} not in its span {text!r}")

        truth = {"_note": case["note"], "history": case["history"], "scales": case["scales"],
                 "diagnoses": case["diagnoses"], "suicidality": case["suicidality"]}
        if not truth["_note"].startswith("FICTIONAL"):
            failures.append(f"{slug}: _note does not start with FICTIONAL")
        for i, h in enumerate(truth["history"]):
            w = f"history[{i}] {h.get('name')}"
            if list(h) != HKEYS:
                failures.append(f"{slug}: {w}: keys {list(h)}")
            if h["kind"] not in KINDS:
                failures.append(f"{slug}: {w}: kind {h['kind']}")
            if h["outcome_class"] not in CLASSES:
                failures.append(f"{slug}: {w}: outcome_class {h['outcome_class']}")
            if h["name"] != h["name"].strip() or not h["name"]:
                failures.append(f"{slug}: {w}: name")
            for k in ("start", "end"):
                if h[k] is not None and not DATE_RE.match(h[k]):
                    failures.append(f"{slug}: {w}: {k} {h[k]!r}")
            if h["start"] and h["end"]:
                n = min(len(h["start"]), len(h["end"]))
                if h["start"][:n] > h["end"][:n]:
                    failures.append(f"{slug}: {w}: start after end")
            check_src(w, h["source"])
            kinds[h["kind"]] += 1
            classes[h["outcome_class"]] += 1
        for i, s in enumerate(truth["scales"]):
            w = f"scales[{i}] {s.get('name')} {s.get('score')}"
            if list(s) != ["name", "score", "date", "source"]:
                failures.append(f"{slug}: {w}: keys")
            if s["name"] not in SCALES:
                failures.append(f"{slug}: {w}: scale name")
            if not isinstance(s["score"], (int, float)) or isinstance(s["score"], bool):
                failures.append(f"{slug}: {w}: score not a number")
            if s["name"] == "C-SSRS" and not 0 <= s["score"] <= 5:
                failures.append(f"{slug}: {w}: C-SSRS out of 0-5")
            if s["date"] is not None and not DATE_RE.match(s["date"]):
                failures.append(f"{slug}: {w}: date {s['date']!r}")
            check_src(w, s["source"], must=str(s["score"]))
            scale_names[s["name"]] += 1
        seen = set()
        for i, dx in enumerate(truth["diagnoses"]):
            w = f"diagnoses[{i}] {dx.get('code')}"
            if not CODE_RE.match(dx["code"]):
                failures.append(f"{slug}: {w}: code shape")
            if dx["code"] in seen:
                failures.append(f"{slug}: {w}: code twice")
            seen.add(dx["code"])
            check_src(w, dx["source"], must=dx["code"])
        si = truth["suicidality"]
        if list(si) != ["level", "source"]:
            failures.append(f"{slug}: suicidality keys")
        if si["level"] is None:
            if si["source"] is not None:
                failures.append(f"{slug}: suicidality null with a source")
        else:
            if si["level"] not in LEVELS:
                failures.append(f"{slug}: suicidality level {si['level']}")
            check_src("suicidality", si["source"])
        levels[str(si["level"])] += 1
        (HERE / f"{slug}.truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n",
                                                 encoding="utf-8")
        n_hist += len(truth["history"])
        n_sc += len(truth["scales"])
        n_dx += len(truth["diagnoses"])
        stats[slug] = len(truth["history"])
    for f in failures:
        print("FAIL", f)
    for slug, n in stats.items():
        print(f"  {slug}: {n} rows")
    print("kinds:", dict(kinds.most_common()))
    print("outcome classes:", dict(classes.most_common()))
    print("scales:", dict(scale_names.most_common()))
    print("suicidality:", dict(levels.most_common()))
    print("formats:", dict(formats.most_common()))
    print(f"{len(cases)} cases, {n_hist} history rows, {n_sc} scale rows, {n_dx} diagnosis codes, "
          f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(build_and_check())
