"""Build the notes12 set (FICTIONAL): deletes and rewrites every case folder and truth file, then self-checks.

    /work/main/.venv/bin/python make_set.py
"""
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import render
from cases_a import CASES as A
from cases_b import CASES as B

HERE = Path(__file__).resolve().parent
TMP = Path("/tmp/notes12")
KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
CLASSES = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
LEVELS = {"none", "passive", "active", "attempt", None}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def pdf_pages(path, n):
    pages = []
    for p in range(1, n + 1):
        a = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), "-layout", str(path), "-"],
                           capture_output=True, text=True).stdout
        b = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), str(path), "-"],
                           capture_output=True, text=True).stdout
        pages.append([a, b])
    return pages


def build_case(case, errors):
    slug = case["slug"]
    cdir = HERE / slug / "clinical"
    cdir.mkdir(parents=True)
    texts = {}
    for d in case["docs"]:
        path = cdir / d["file"]
        k = d["kind"]
        if k == "pdf":
            render.pdf(path, d["pages"], font=d.get("font", "Helvetica"), size=d.get("size", 9.5))
            found = pdf_pages(path, len(d["pages"]))
        elif k == "scan":
            found = render.scan_pdf(path, d["pages"], TMP, seed=d.get("seed", 3), hand_rows=d.get("hand", False))
        elif k == "photo":
            found = render.photo_jpeg(path, d["pages"][0], seed=d.get("seed", 7))
        elif k == "docx":
            found = render.docx(path, d["pages"][0])
        elif k == "txt":
            found = render.txt(path, d["pages"][0])
        else:
            raise SystemExit(k)
        texts[d["file"]] = [norm(" ".join(p)) for p in found]
        if "fictional" not in texts[d["file"]][0] and "ficticia" not in texts[d["file"]][0]:
            errors.append(f"{slug}/{d['file']}: first page does not say FICTIONAL")

    def check_src(src, what):
        if src is None:
            return
        f, p, t = src["file"], src["page"], src["text"]
        if f not in texts or p < 1 or p > len(texts[f]):
            errors.append(f"{slug}: {what}: no {f} p. {p}")
        elif norm(t) not in texts[f][p - 1]:
            errors.append(f"{slug}: {what}: not on {f} p. {p}: {t!r}")

    truth = {"_note": case["note"], "history": [], "scales": [], "diagnoses": [], "suicidality": case["suicidality"]}
    assert case["note"].startswith("FICTIONAL")
    for r in case["history"]:
        assert r["kind"] in KINDS and r["outcome_class"] in CLASSES, r
        for k in ("start", "end"):
            if r[k] is not None and not DATE.match(r[k]):
                errors.append(f"{slug}: bad date {r[k]}")
        check_src(r["source"], "history " + r["name"])
        truth["history"].append(r)
    for s in case["scales"]:
        assert isinstance(s["score"], int) and DATE.match(s["date"]), s
        if str(s["score"]) not in s["source"]["text"]:
            errors.append(f"{slug}: score {s['score']} not in its text")
        check_src(s["source"], f"scale {s['name']} {s['score']}")
        truth["scales"].append(s)
    for dx in case["diagnoses"]:
        if dx["code"] not in dx["source"]["text"]:
            errors.append(f"{slug}: code {dx['code']} not in its text")
        check_src(dx["source"], "dx " + dx["code"])
        truth["diagnoses"].append(dx)
    si = case["suicidality"]
    assert si["level"] in LEVELS
    check_src(si["source"], "suicidality")
    (HERE / f"{slug}.truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return len(truth["history"]), len(truth["scales"]), len(truth["diagnoses"])


def main():
    if TMP.exists():
        shutil.rmtree(TMP)
    TMP.mkdir(parents=True)
    for p in HERE.iterdir():
        if p.is_dir() and re.match(r"^\d\d-", p.name):
            shutil.rmtree(p)
        elif p.name.endswith(".truth.json"):
            p.unlink()
    errors, tot = [], [0, 0, 0]
    for case in A + B:
        n = build_case(case, errors)
        tot = [a + b for a, b in zip(tot, n)]
    for e in errors:
        print("FAIL", e)
    print(f"{len(A + B)} cases, {tot[0]} history rows, {tot[1]} scale rows, {tot[2]} diagnosis codes, "
          f"{len(errors)} source failures")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
