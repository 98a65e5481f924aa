"""Build the FICTIONAL blind set notes23 and self-check it (own code).

Deletes and rewrites every NN-slug/clinical/* and NN-slug.truth.json, then checks every truth span against the
page model of its document (and against what pdftotext / python-docx / the text file give back), the shapes of
every field, and exits 1 on any failure. Last line: N cases, N history rows, N scale rows, N diagnosis codes,
N failures.
"""
import collections
import glob
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import render  # noqa: E402
from helpers import KINDS, CLASSES, SCALES, LEVELS  # noqa: E402
import cases_a  # noqa: E402
import cases_b  # noqa: E402

CASES = cases_a.CASES + cases_b.CASES
KEYS = ["name", "class", "kind", "dose", "start", "end", "outcome", "outcome_class", "source"]
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
CODE_RE = re.compile(r"^[A-Z]\d{2}(?:\.[0-9A-Z]{1,4})?$")


def clean():
    for d in glob.glob(os.path.join(HERE, "[0-9][0-9]-*")):
        if os.path.isdir(d):
            shutil.rmtree(d)
        elif d.endswith(".truth.json"):
            os.remove(d)


def valid_date(s):
    m = DATE_RE.match(s or "")
    if not m:
        return False
    y, mo, d = m.groups()
    if mo and not 1 <= int(mo) <= 12:
        return False
    if d:
        import datetime
        try:
            datetime.date(int(y), int(mo), int(d))
        except ValueError:
            return False
    return True


def build(case):
    cdir = os.path.join(HERE, case["slug"], "clinical")
    os.makedirs(cdir)
    texts = {}  # file -> list of page texts read back from the written file (None: model only)
    for doc in case["docs"]:
        path = os.path.join(cdir, doc["file"])
        fmt = doc["fmt"]
        if fmt == "pdf":
            render.render_pdf(doc, path)
            n = render.pdf_pages(path)
            texts[doc["file"]] = [render.pdftotext_page(path, p) for p in range(1, n + 1)]
        elif fmt == "scan":
            render.render_scan(doc, path, seed=doc.get("seed", 23))
            texts[doc["file"]] = None
        elif fmt == "photo":
            render.render_photos(doc, [os.path.join(cdir, f) for f in doc["photo_files"]], seed=doc.get("seed", 8))
            texts[doc["file"]] = None
        elif fmt == "docx":
            render.render_docx(doc, path)
            texts[doc["file"]] = [render.docx_readback(path)]
        elif fmt == "txt":
            render.render_txt(doc, path)
            with open(path, encoding="utf-8") as f:
                texts[doc["file"]] = [f.read()]
        else:
            raise ValueError(fmt)
    return texts


def page_models(doc):
    if doc["fmt"] in ("docx", "txt"):
        return ["\n".join(render.doc_models(doc))]
    return render.doc_models(doc)


def check(case, texts, fails):
    slug = case["slug"]
    docs = {}
    for doc in case["docs"]:
        if doc["fmt"] == "photo":
            # each photo is its own file and page 1 of it
            for i, f in enumerate(doc["photo_files"]):
                docs[f] = (doc, [render.page_model(doc["pages"][i])], None)
        else:
            docs[doc["file"]] = (doc, page_models(doc), texts[doc["file"]])
        if doc["fmt"] == "pdf" and texts[doc["file"]] is not None and len(texts[doc["file"]]) != len(doc["pages"]):
            fails.append("%s: %s page count %d != model %d" % (slug, doc["file"], len(texts[doc["file"]]), len(doc["pages"])))
        if doc["fmt"] == "scan":
            path = os.path.join(HERE, slug, "clinical", doc["file"])
            if render.pdf_has_text(path):
                fails.append("%s: scan %s has a text layer" % (slug, doc["file"]))
            if render.pdf_pages(path) != len(doc["pages"]):
                fails.append("%s: scan page count" % slug)
        first = render.page_model(doc["pages"][0])
        if "FICTIONAL" not in first and "FICTICI" not in first:
            fails.append("%s: %s page 1 does not say FICTIONAL" % (slug, doc["file"]))

    def span(where, s):
        if s is None:
            fails.append("%s: %s has no source" % (slug, where))
            return
        f, p, t = s.get("file"), s.get("page"), s.get("text")
        if f not in docs:
            fails.append("%s: %s file %r not in case" % (slug, where, f))
            return
        doc, models, back = docs[f]
        if not isinstance(p, int) or not 1 <= p <= len(models):
            fails.append("%s: %s page %r out of range" % (slug, where, p))
            return
        if not t or render.norm(t) not in render.norm(models[p - 1]):
            fails.append("%s: %s span not in model %s p.%s: %r" % (slug, where, f, p, t))
            return
        if back is not None:
            bt = back[p - 1] if len(back) >= p else ""
            if render.norm(t) not in render.norm(bt):
                fails.append("%s: %s span not in the written file's text %s p.%s: %r" % (slug, where, f, p, t))

    truth = case["truth"]
    if not truth["_note"].startswith("FICTIONAL"):
        fails.append("%s: _note must start with FICTIONAL" % slug)
    for i, r in enumerate(truth["history"]):
        w = "history[%d] %s" % (i, r["name"])
        if list(r.keys()) != KEYS:
            fails.append("%s: %s keys %s" % (slug, w, list(r.keys())))
        if r["kind"] not in KINDS:
            fails.append("%s: %s kind %r" % (slug, w, r["kind"]))
        if r["outcome_class"] not in CLASSES:
            fails.append("%s: %s class %r" % (slug, w, r["outcome_class"]))
        for k in ("start", "end"):
            if r[k] is not None and not valid_date(r[k]):
                fails.append("%s: %s %s %r" % (slug, w, k, r[k]))
        if r["start"] and r["end"] and r["start"][:len(r["end"])] > r["end"][:len(r["start"])]:
            fails.append("%s: %s start after end" % (slug, w))
        if r["name"] != r["name"].lower() and r["name"] not in ("CBT", "IPT", "TMS", "ECT", "DBT"):
            fails.append("%s: %s name not lower case" % (slug, w))
        span(w, r["source"])
    for i, s in enumerate(truth["scales"]):
        w = "scales[%d] %s" % (i, s["name"])
        if s["name"] not in SCALES:
            fails.append("%s: %s scale name" % (slug, w))
        if not isinstance(s["score"], int):
            fails.append("%s: %s score not int" % (slug, w))
        if s["name"] == "C-SSRS" and not 0 <= s["score"] <= 5:
            fails.append("%s: %s C-SSRS out of 0-5" % (slug, w))
        if s["date"] is not None and not valid_date(s["date"]):
            fails.append("%s: %s date %r" % (slug, w, s["date"]))
        span(w, s["source"])
        if s["source"] and not re.search(r"(?<!\d)%d(?!\d)" % s["score"], s["source"]["text"] or ""):
            fails.append("%s: %s score %d not in its span" % (slug, w, s["score"]))
    seen = set()
    for i, d in enumerate(truth["diagnoses"]):
        w = "diagnoses[%d] %s" % (i, d["code"])
        if not CODE_RE.match(d["code"]):
            fails.append("%s: %s shape" % (slug, w))
        if d["code"] in seen:
            fails.append("%s: %s twice" % (slug, w))
        seen.add(d["code"])
        span(w, d["source"])
        if d["source"] and d["code"].casefold() not in (d["source"]["text"] or "").casefold():
            fails.append("%s: %s not in its span" % (slug, w))
    su = truth["suicidality"]
    if su["level"] not in LEVELS:
        fails.append("%s: suicidality level %r" % (slug, su["level"]))
    if su["level"] is not None:
        span("suicidality", su["source"])
    elif su["source"] is not None:
        fails.append("%s: null suicidality with a source" % slug)


def main():
    clean()
    fails = []
    tot = collections.Counter()
    kinds, classes, scales, levels, fmts = (collections.Counter() for _ in range(5))
    for case in CASES:
        first = case["docs"][0]
        default = first["photo_files"][0] if first["fmt"] == "photo" else first["file"]
        truth = case["truth"]
        for sec in ("history", "scales", "diagnoses"):
            for r in truth[sec]:
                if r["source"]["file"] is None:
                    r["source"]["file"] = default
        if truth["suicidality"]["source"] and truth["suicidality"]["source"]["file"] is None:
            truth["suicidality"]["source"]["file"] = default
        try:
            texts = build(case)
        except render.LayoutError as e:
            fails.append("%s: layout: %s" % (case["slug"], e))
            continue
        n0 = len(fails)
        check(case, texts, fails)
        out = {"_note": truth["_note"], "history": truth["history"], "scales": truth["scales"],
               "diagnoses": truth["diagnoses"], "suicidality": truth["suicidality"]}
        with open(os.path.join(HERE, case["slug"] + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, indent=2, ensure_ascii=False)
            f.write("\n")
        h, s, d = len(truth["history"]), len(truth["scales"]), len(truth["diagnoses"])
        tot.update(history=h, scales=s, codes=d)
        for r in truth["history"]:
            kinds[r["kind"]] += 1
            classes[r["outcome_class"]] += 1
        for r in truth["scales"]:
            scales[r["name"]] += 1
        levels[str(truth["suicidality"]["level"])] += 1
        for doc in case["docs"]:
            fmts[doc["fmt"]] += 1
        print("%-60s rows %2d  scales %2d  codes %2d  %s" % (case["slug"], h, s, d,
                                                            "ok" if len(fails) == n0 else "FAIL"))
    for f in fails:
        print("FAIL", f)
    print("kinds:", dict(kinds))
    print("classes:", dict(classes))
    print("scales:", dict(scales))
    print("suicidality:", dict(levels))
    print("formats:", dict(fmts))
    print("%d cases, %d history rows, %d scale rows, %d diagnosis codes, %d failures"
          % (len(CASES), tot["history"], tot["scales"], tot["codes"], len(fails)))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
