#!/usr/bin/env python3
"""Rebuild blind-fresh11 (FICTIONAL clinical notes for issue 24) from scratch and self-check every truth source.

    /work/main/.venv/bin/python make_set.py
"""
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import render  # noqa: E402
import cases_a  # noqa: E402
import cases_b  # noqa: E402

KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
OCS = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
LEVELS = {None, "none", "passive", "active", "attempt"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def build_case(case):
    d = os.path.join(HERE, case["slug"])
    if os.path.exists(d):
        shutil.rmtree(d)
    clin = os.path.join(d, "clinical")
    os.makedirs(clin)
    page_texts = {}  # (file, page) -> [normalised variants]
    for doc in case["docs"]:
        fn, kind, content = doc["file"], doc["kind"], doc["content"]
        path = os.path.join(clin, fn)
        if kind == "txt":
            render.write_txt(path, content)
            page_texts[(fn, 1)] = [norm("\n".join(content))]
        elif kind == "pdf":
            render.write_pdf(path, content, mono=doc.get("mono", False), font=doc.get("font", "Helvetica"))
            for p in range(1, len(content) + 1):
                vs = []
                for extra in ([], ["-layout"]):
                    out = subprocess.run(["pdftotext", *extra, "-f", str(p), "-l", str(p), path, "-"],
                                         capture_output=True, text=True).stdout
                    vs.append(norm(out))
                page_texts[(fn, p)] = vs
        elif kind == "docx":
            render.write_docx(path, content)
            parts = []
            for k, v in content:
                if k == "t":
                    parts += [" ".join(r) for r in v]
                else:
                    parts.append(v)
            page_texts[(fn, 1)] = [norm("\n".join(parts))]
        elif kind == "scanpdf":
            render.write_scan_pdf(path, content, seed=doc["seed"])
            for p, lines in enumerate(content, 1):
                page_texts[(fn, p)] = [norm("\n".join(l[2:] if l.startswith("# ") else l for l in lines))]
        elif kind == "photo":
            render.write_photo(path, content, seed=doc["seed"])
            page_texts[(fn, 1)] = [norm("\n".join(l[2:] if l.startswith("# ") else l for l in content))]
        else:
            raise SystemExit(f"unknown kind {kind}")
    # every document must say FICTIONAL on its face
    fails = []
    for (fn, p), vs in page_texts.items():
        if p == 1 and not any("FICTIONAL" in v.upper() for v in vs):
            fails.append(f"{case['slug']}: {fn} has no FICTIONAL line")
    truth = {"_note": case["note"], "history": case["history"], "scales": case["scales"],
             "diagnoses": case["diagnoses"], "suicidality": case["suicidality"]}
    assert truth["_note"].startswith("FICTIONAL"), case["slug"]

    def chk(what, src, must=None):
        if src is None:
            return
        key = (src["file"], src["page"])
        if key not in page_texts:
            fails.append(f"{case['slug']}: {what}: no such file/page {key}")
            return
        t = norm(src["text"])
        if not any(t in v for v in page_texts[key]):
            fails.append(f"{case['slug']}: {what}: text not on {key}: {t!r}")
        if must is not None and str(must) not in t:
            fails.append(f"{case['slug']}: {what}: {must} not in source text {t!r}")

    for i, r in enumerate(truth["history"], 1):
        assert r["kind"] in KINDS and r["outcome_class"] in OCS, r
        for k in ("start", "end"):
            assert r[k] is None or DATE.match(r[k]), (k, r)
        chk(f"history {i} {r['name']}", r["source"])
    for i, s in enumerate(truth["scales"], 1):
        assert isinstance(s["score"], int) and (s["date"] is None or DATE.match(s["date"])), s
        chk(f"scale {i} {s['name']}", s["source"], must=s["score"])
    for i, dx in enumerate(truth["diagnoses"], 1):
        chk(f"dx {dx['code']}", dx["source"], must=dx["code"])
    assert truth["suicidality"]["level"] in LEVELS
    chk("suicidality", truth["suicidality"]["source"])
    with open(os.path.join(HERE, case["slug"] + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return fails


def main():
    cases = cases_a.CASES + cases_b.CASES
    fails, rows, scales, dx = [], 0, 0, 0
    kinds, ocs = {}, {}
    for c in cases:
        fails += build_case(c)
        rows += len(c["history"])
        scales += len(c["scales"])
        dx += len(c["diagnoses"])
        for r in c["history"]:
            kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
            ocs[r["outcome_class"]] = ocs.get(r["outcome_class"], 0) + 1
    for f in fails:
        print("FAIL", f)
    print(f"{len(cases)} cases, {rows} history rows, {scales} scale rows, {dx} diagnosis codes, "
          f"{len(fails)} source failures")
    print("kinds", kinds)
    print("outcome classes", ocs)
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
