"""Rebuild notes14b: deletes and rewrites every case folder and truth file, then self-checks.
Run: /work/main/.venv/bin/python make_set.py"""
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
CLASSES = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
LEVELS = {None, "none", "passive", "active", "attempt"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


def main():
    cases = cases_a.CASES + cases_b.CASES
    for entry in os.listdir(HERE):
        p = os.path.join(HERE, entry)
        if re.match(r"^\d\d-", entry):
            shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
    os.makedirs("/tmp/notes14b", exist_ok=True)
    fails, nh, ns, nd = [], 0, 0, 0
    for case in cases:
        slug = case["slug"]
        texts = {}
        for fname, fmt, doc, kw in case["docs"]:
            path = os.path.join(HERE, slug, "clinical", fname)
            render.render(doc, path, fmt, **kw)
            pts = render.page_texts(doc)
            if fmt in ("docx", "txt", "photo"):
                pts = ["\n".join(pts)]
            texts[fname] = [norm(t) for t in pts]
            if "fictional" not in texts[fname][0] and "ficticia" not in texts[fname][0]:
                fails.append(f"{slug}/{fname}: first page lacks FICTIONAL")
            if fmt == "pdf":  # the real text layer must hold the same words
                for i in range(len(doc)):
                    out = subprocess.run(["pdftotext", "-f", str(i + 1), "-l", str(i + 1), path, "-"],
                                         capture_output=True, text=True).stdout
                    texts[fname][i] = (texts[fname][i], norm(out))
        truth = {k: case[k] for k in ("_note", "history", "scales", "diagnoses", "suicidality")}
        if not truth["_note"].startswith("FICTIONAL"):
            fails.append(f"{slug}: _note must start FICTIONAL")

        def check(label, s, needle=None):
            pages = texts.get(s["file"])
            if pages is None or not (1 <= s["page"] <= len(pages)):
                fails.append(f"{slug} {label}: no such file/page {s['file']} p{s['page']}")
                return
            pg = pages[s["page"] - 1]
            cands = pg if isinstance(pg, tuple) else (pg,)
            if not any(norm(s["text"]) in c for c in cands[:1]):
                fails.append(f"{slug} {label}: text not on page: {s['text']!r}")
            elif len(cands) > 1 and norm(s["text"]) not in cands[1]:
                # pdftotext may split a table cell; only warn
                print(f"  note {slug} {label}: not verbatim in pdftotext output: {s['text']!r}")
            if needle is not None and norm(str(needle)) not in norm(s["text"]):
                fails.append(f"{slug} {label}: {needle} not in its source text")

        for r in truth["history"]:
            nh += 1
            check("history " + r["name"], r["source"])
            if r["kind"] not in KINDS or r["outcome_class"] not in CLASSES:
                fails.append(f"{slug} {r['name']}: bad enum")
            for k in ("start", "end"):
                if r[k] is not None and not DATE.match(r[k]):
                    fails.append(f"{slug} {r['name']}: bad {k} {r[k]}")
        for s in truth["scales"]:
            ns += 1
            check(f"scale {s['name']} {s['score']}", s["source"], s["score"])
            if not DATE.match(s["date"]):
                fails.append(f"{slug} scale date {s['date']}")
        for d in truth["diagnoses"]:
            nd += 1
            check("code " + d["code"], d["source"], d["code"])
        su = truth["suicidality"]
        if su["level"] not in LEVELS:
            fails.append(f"{slug}: bad suicidality level")
        if su["source"]:
            check("suicidality", su["source"])
        with open(os.path.join(HERE, slug + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print(f"{len(cases)} cases, {nh} history rows, {ns} scale rows, {nd} diagnosis codes, {len(fails)} failures")
    for x in fails:
        print("FAIL", x)
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
