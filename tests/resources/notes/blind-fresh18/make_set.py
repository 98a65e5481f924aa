"""Build the FICTIONAL notes18 set: delete and rewrite every NN-slug/clinical/* and NN-slug.truth.json, then check
every truth span against its page (exit 1 on any failure). Run: /work/main/.venv/bin/python make_set.py
"""
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

from model import n_pages, page_text
from render import docx_text, render

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
CLASSES = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
SCALES = {"PHQ-9", "MADRS", "HAM-D", "GAD-7", "C-SSRS", "pain NRS"}
LEVELS = {"none", "passive", "active", "attempt", None}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CODE = re.compile(r"^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$")
ROW_KEYS = {"name", "class", "kind", "dose", "start", "end", "outcome", "outcome_class", "source"}


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().casefold()


def load_cases():
    cases = []
    for modname in ("cases_a", "cases_b"):
        try:
            mod = __import__(modname)
        except ModuleNotFoundError:
            continue
        cases.extend(mod.CASES)
    return cases


def pdftotext(path, page):
    r = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(path), "-"],
                       capture_output=True, text=True)
    return r.stdout


def pdfpages(path):
    r = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True)
    m = re.search(r"^Pages:\s+(\d+)", r.stdout, re.M)
    return int(m.group(1)) if m else -1


def main():
    fails = []
    for p in HERE.iterdir():
        if re.match(r"^\d\d-", p.name):
            if p.is_dir():
                shutil.rmtree(p)
            else:
                p.unlink()
    cases = [c() for c in load_cases()]
    totals = [0, 0, 0]
    for case in cases:
        slug = case["slug"]
        cdir = HERE / slug / "clinical"
        cdir.mkdir(parents=True)
        docs = {d.name: d for d in case["docs"]}
        pagetexts, extracted = {}, {}
        for d in case["docs"]:
            out = cdir / d.name
            try:
                render(d, out)
            except Exception as e:  # a layout overflow or a renderer error is a failure, not a crash
                fails.append("%s/%s: not rendered: %s" % (slug, d.name, e))
                continue
            for i in range(1, n_pages(d) + 1):
                pagetexts[(d.name, i)] = norm(page_text(d, i))
            if d.kind == "pdf":
                if pdfpages(out) != len(d.pages):
                    fails.append("%s/%s: page count %d, model %d" % (slug, d.name, pdfpages(out), len(d.pages)))
                for i in range(1, len(d.pages) + 1):
                    extracted[(d.name, i)] = norm(pdftotext(out, i))
            elif d.kind == "scan":
                if pdfpages(out) != len(d.pages):
                    fails.append("%s/%s: page count" % (slug, d.name))
                if norm(pdftotext(out, 1)):
                    fails.append("%s/%s: the scan has a text layer" % (slug, d.name))
            elif d.kind == "docx":
                extracted[(d.name, 1)] = norm(docx_text(out))
            elif d.kind == "txt":
                extracted[(d.name, 1)] = norm(out.read_text(encoding="utf-8"))
            first = pagetexts[(d.name, 1)]
            if "fictional" not in first and "ficticia" not in first:
                fails.append("%s/%s: first page does not say FICTIONAL" % (slug, d.name))
        truth = {"_note": case["note"], "history": case["history"], "scales": case["scales"],
                 "diagnoses": case["diagnoses"], "suicidality": case["suicidality"]}
        if not truth["_note"].startswith("FICTIONAL"):
            fails.append("%s: _note must start with FICTIONAL" % slug)

        def check_src(what, s, must=()):
            if s is None:
                fails.append("%s: %s has no source" % (slug, what))
                return
            key = (s["file"], s["page"])
            if s["file"] not in docs:
                fails.append("%s: %s cites a missing file %s" % (slug, what, s["file"]))
                return
            if key not in pagetexts:
                fails.append("%s: %s cites a missing page %s" % (slug, what, key))
                return
            t = norm(s["text"])
            if t not in pagetexts[key]:
                fails.append("%s: %s span not on %s p.%d: %r" % (slug, what, s["file"], s["page"], s["text"]))
            if key in extracted and t not in extracted[key]:
                fails.append("%s: %s span not in the file's extracted text, p.%d: %r" % (slug, what, s["page"], s["text"]))
            for m in must:
                if not re.search(r"(?<![\d.])" + re.escape(norm(str(m))) + r"(?![\d])", t):
                    fails.append("%s: %s: %r not in its source text %r" % (slug, what, m, s["text"]))

        for r in truth["history"]:
            what = "history %s" % r.get("name")
            if set(r) != ROW_KEYS:
                fails.append("%s: %s keys %s" % (slug, what, sorted(r)))
            if r["kind"] not in KINDS:
                fails.append("%s: %s kind %s" % (slug, what, r["kind"]))
            if r["outcome_class"] not in CLASSES:
                fails.append("%s: %s class %s" % (slug, what, r["outcome_class"]))
            for k in ("start", "end"):
                if r[k] is not None and not DATE.match(r[k]):
                    fails.append("%s: %s %s %r" % (slug, what, k, r[k]))
            if r["start"] and r["end"]:
                n = min(len(r["start"]), len(r["end"]))
                if r["start"][:n] > r["end"][:n]:
                    fails.append("%s: %s starts after it ends" % (slug, what))
            check_src(what, r["source"])
        for sc in truth["scales"]:
            what = "scale %s %s %s" % (sc["name"], sc["score"], sc["date"])
            if sc["name"] not in SCALES:
                fails.append("%s: %s: unknown scale" % (slug, what))
            if not isinstance(sc["score"], (int, float)):
                fails.append("%s: %s: score not a number" % (slug, what))
            if sc["date"] is not None and not DATE.match(sc["date"]):
                fails.append("%s: %s: date shape" % (slug, what))
            check_src(what, sc["source"], must=[sc["score"]])
        for d in truth["diagnoses"]:
            if not CODE.match(d["code"]):
                fails.append("%s: code shape %s" % (slug, d["code"]))
            check_src("code " + d["code"], d["source"], must=[d["code"]])
        codes = [d["code"] for d in truth["diagnoses"]]
        if len(codes) != len(set(codes)):
            fails.append("%s: a code is listed twice" % slug)
        su = truth["suicidality"]
        if su["level"] not in LEVELS:
            fails.append("%s: suicidality level %s" % (slug, su["level"]))
        if su["level"] is not None:
            check_src("suicidality", su["source"])
        (HERE / (slug + ".truth.json")).write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n",
                                                    encoding="utf-8")
        totals[0] += len(truth["history"])
        totals[1] += len(truth["scales"])
        totals[2] += len(truth["diagnoses"])
        print("%-48s %2d rows %3d scales %2d codes  %s" % (slug, len(truth["history"]), len(truth["scales"]),
                                                          len(truth["diagnoses"]), su["level"]))
    for f in fails:
        print("FAIL:", f)
    print("%d cases, %d history rows, %d scale rows, %d diagnosis codes, %d failures"
          % (len(cases), totals[0], totals[1], totals[2], len(fails)))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
