"""Build the notes13 (blind) clinical-notes set from scratch and self-check it.

    cd tests/resources/notes/blind-fresh13 && python make_set.py

Deletes and rewrites every NN-slug/ folder and NN-slug.truth.json, then checks every truth source text against
the page it names. Exits non-zero on any failure. All content is FICTIONAL.
"""
import glob
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import render  # noqa: E402
import cases_a  # noqa: E402
import cases_b  # noqa: E402

KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
CLASSES = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
LEVELS = {"none", "passive", "active", "attempt", None}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


def page_texts(case_dir, docs, drawn):
    """file -> {page: text}"""
    out = {}
    for doc in docs:
        path = os.path.join(case_dir, "clinical", doc["file"])
        fmt = doc["fmt"]
        if fmt == "pdf":
            out[doc["file"]] = {i + 1: render.pdf_page_text(path, i + 1) for i in range(len(doc["pages"]))}
        elif fmt in ("scan", "photo"):
            out[doc["file"]] = {i + 1: "\n".join(s) for i, s in enumerate(drawn[doc["file"]])}
        elif fmt == "docx":
            out[doc["file"]] = {1: render.docx_text(path)}
        else:
            with open(path, encoding="utf-8") as f:
                out[doc["file"]] = {1: f.read()}
    return out


def main():
    for old in glob.glob(os.path.join(HERE, "[0-9][0-9]-*")):
        if os.path.isdir(old):
            shutil.rmtree(old)
        else:
            os.remove(old)
    os.makedirs("/tmp/notes13", exist_ok=True)
    cases = cases_a.CASES + cases_b.CASES
    failures = []
    n_hist = n_sc = n_dx = 0
    kinds, classes = {}, {}
    for ci, case in enumerate(cases):
        slug = case["slug"]
        cdir = os.path.join(HERE, slug)
        os.makedirs(os.path.join(cdir, "clinical"))
        drawn = {}
        for di, doc in enumerate(case["docs"]):
            drawn[doc["file"]] = render.render(doc, os.path.join(cdir, "clinical"), seed=ci * 10 + di)
        texts = page_texts(cdir, case["docs"], drawn)
        # every document says FICTIONAL on its first page
        for doc in case["docs"]:
            t = texts[doc["file"]][1]
            if "fictional" not in t.casefold() and "ficticia" not in t.casefold():
                failures.append("%s %s: no FICTIONAL on p. 1" % (slug, doc["file"]))

        def check_src(what, src, must=None):
            if src is None:
                failures.append("%s %s: no source" % (slug, what))
                return
            pages = texts.get(src["file"])
            if pages is None or src["page"] not in pages:
                failures.append("%s %s: no such file/page %s p.%s" % (slug, what, src["file"], src["page"]))
                return
            if norm(src["text"]) not in norm(pages[src["page"]]):
                failures.append("%s %s: text not on page: %r" % (slug, what, src["text"]))
            if must is not None and norm(str(must)) not in norm(src["text"]):
                failures.append("%s %s: %r not in source text" % (slug, what, must))

        for r in case["history"]:
            if r["kind"] not in KINDS or r["outcome_class"] not in CLASSES:
                failures.append("%s %s: bad enum" % (slug, r["name"]))
            for k in ("start", "end"):
                if r[k] is not None and not DATE.match(r[k]):
                    failures.append("%s %s: bad %s %r" % (slug, r["name"], k, r[k]))
            check_src("history " + r["name"], r["source"])
            kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
            classes[r["outcome_class"]] = classes.get(r["outcome_class"], 0) + 1
        for s in case["scales"]:
            if not isinstance(s["score"], int) or not DATE.match(s["date"] or ""):
                failures.append("%s scale %s: bad score/date" % (slug, s["name"]))
            check_src("scale %s %s" % (s["name"], s["date"]), s["source"], must=s["score"])
        for d in case["diagnoses"]:
            check_src("dx " + d["code"], d["source"], must=d["code"])
        su = case["suicidality"]
        if su["level"] not in LEVELS:
            failures.append("%s: bad suicidality level" % slug)
        if su["level"] is not None:
            check_src("suicidality", su["source"])
        truth = {"_note": case["note"], "history": case["history"], "scales": case["scales"],
                 "diagnoses": case["diagnoses"], "suicidality": su}
        if not truth["_note"].startswith("FICTIONAL"):
            failures.append("%s: _note must start with FICTIONAL" % slug)
        with open(os.path.join(HERE, slug + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, indent=2, ensure_ascii=False)
            f.write("\n")
        n_hist += len(case["history"])
        n_sc += len(case["scales"])
        n_dx += len(case["diagnoses"])
    for f in failures:
        print("FAIL", f)
    print("%d cases, %d history rows, %d scale rows, %d diagnosis codes, %d source failures"
          % (len(cases), n_hist, n_sc, n_dx, len(failures)))
    print("kinds:", dict(sorted(kinds.items())), "classes:", dict(sorted(classes.items())))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
