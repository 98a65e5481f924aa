"""FICTIONAL blind set 22 generator: deletes and rewrites every NN-slug/clinical/* and NN-slug.truth.json, then
self-checks every truth span against the document's own text model (and pdftotext / python-docx / the file).
Exit 1 on any failure.  Run: /work/main/.venv/bin/python make_set.py"""
import collections, glob, json, os, re, shutil, subprocess, sys
import render
import cases_a, cases_b

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
CLASSES = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
SCALES = {"PHQ-9", "MADRS", "HAM-D", "GAD-7", "C-SSRS", "pain NRS"}
LEVELS = {None, "none", "passive", "active", "attempt"}
ROWKEYS = ["name", "class", "kind", "dose", "start", "end", "outcome", "outcome_class", "source"]


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip().casefold()


def valid_date(d):
    if d is None:
        return True
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", d)
    if not m:
        return False
    if m.group(2) and not 1 <= int(m.group(2)) <= 12:
        return False
    if m.group(3):
        import datetime
        try:
            datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return False
    return True


def dkey(d):
    return d.ljust(10, "~")  # partial dates sort after full ones of the same prefix... compare prefix only


def clean():
    for p in glob.glob(os.path.join(HERE, "[0-9][0-9]-*")):
        if os.path.isdir(p):
            shutil.rmtree(p)
        elif p.endswith(".truth.json"):
            os.remove(p)


def build(case):
    cdir = os.path.join(HERE, case["slug"], "clinical")
    os.makedirs(cdir)
    texts = {}  # file -> list of page model texts
    extern = {}  # file -> list of page texts read back from the file (or None)
    for doc in case["docs"]:
        path = os.path.join(cdir, doc["file"])
        fmt = doc["fmt"]
        if fmt == "pdf":
            render.render_pdf(doc, path)
        elif fmt == "scan":
            render.render_scan(doc, path)
        elif fmt == "docx":
            render.render_docx(doc, path)
        elif fmt == "txt":
            render.render_txt(doc, path)
        elif fmt == "csv":
            render.render_csv(doc, path)
        if fmt == "csv":
            texts[doc["file"]] = render.csv_model_pages(doc)
        elif fmt in ("docx", "txt"):
            texts[doc["file"]] = [" ".join(render.page_model_text(p) for p in doc["pages"])]
        else:
            texts[doc["file"]] = [render.page_model_text(p) for p in doc["pages"]]
        if fmt == "pdf":
            n = len(doc["pages"])
            ext = []
            for i in range(1, n + 1):
                ext.append(subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), path, "-"],
                                          capture_output=True, text=True).stdout)
            extern[doc["file"]] = ext
        elif fmt == "scan":
            extern[doc["file"]] = None
        elif fmt == "docx":
            extern[doc["file"]] = [render.docx_text(path)]
        else:
            extern[doc["file"]] = [open(path, encoding="utf-8").read()]
    truth = {"_note": case["note"], "history": case["history"], "scales": case["scales"],
             "diagnoses": case["diagnoses"], "suicidality": case["suicidality"]}
    with open(os.path.join(HERE, case["slug"] + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return texts, extern, truth


def check(case, texts, extern, truth, fails):
    slug = case["slug"]

    def fail(msg):
        fails.append(f"FAIL {slug}: {msg}")

    def span(src, what):
        if src is None:
            fail(f"{what}: no source"); return
        f, p, t = src.get("file"), src.get("page"), src.get("text")
        if f not in texts:
            fail(f"{what}: file {f} not in case"); return
        if not isinstance(p, int) or not 1 <= p <= len(texts[f]):
            fail(f"{what}: page {p} out of range for {f}"); return
        if norm(t) not in norm(texts[f][p - 1]):
            fail(f"{what}: span not in model text of {f} p{p}: {t!r}")
        ext = extern[f]
        if ext is not None and norm(t) not in norm(ext[p - 1]):
            fail(f"{what}: span not in extracted text of {f} p{p}: {t!r}")

    if not truth["_note"].startswith("FICTIONAL"):
        fail("_note does not start with FICTIONAL")
    for doc in case["docs"]:
        first = texts[doc["file"]][0]
        if "fictional" not in first.casefold() and "ficticia" not in first.casefold() and doc["fmt"] not in ("pdf", "scan", "docx"):
            fail(f"{doc['file']} does not say FICTIONAL on page 1")
        if doc["fmt"] in ("pdf", "scan", "docx") and "fictional" not in norm(first) and "ficticia" not in norm(first):
            fail(f"{doc['file']} body page 1 does not say FICTIONAL")
        path = os.path.join(HERE, slug, "clinical", doc["file"])
        if doc["fmt"] in ("pdf", "scan"):
            info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
            n = int(re.search(r"Pages:\s+(\d+)", info).group(1))
            if n != len(doc["pages"]):
                fail(f"{doc['file']}: pdfinfo pages {n} != {len(doc['pages'])}")
        if doc["fmt"] == "scan":
            txt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            if txt.strip():
                fail(f"{doc['file']}: scan has a text layer")
        if doc["fmt"] == "pdf" and "fictional" not in extern[doc["file"]][0].casefold():
            fail(f"{doc['file']}: pdftotext page 1 lacks FICTIONAL")
    for i, r in enumerate(truth["history"]):
        w = f"history[{i}] {r.get('name')}"
        if list(r.keys()) != ROWKEYS:
            fail(f"{w}: keys {list(r.keys())}")
        if r["kind"] not in KINDS:
            fail(f"{w}: kind {r['kind']}")
        if r["outcome_class"] not in CLASSES:
            fail(f"{w}: class {r['outcome_class']}")
        if r["name"] != r["name"].lower():
            fail(f"{w}: name not lower case") if r["name"] not in ("TMS", "CBT", "IPT", "ECT", "DBT") else None
        for k in ("start", "end"):
            if not valid_date(r[k]):
                fail(f"{w}: bad {k} {r[k]}")
        if r["start"] and r["end"]:
            a, b = r["start"], r["end"]
            n = min(len(a), len(b))
            if a[:n] > b[:n]:
                fail(f"{w}: start after end")
        span(r["source"], w)
    for i, s in enumerate(truth["scales"]):
        w = f"scales[{i}] {s.get('name')}"
        if list(s.keys()) != ["name", "score", "date", "source"]:
            fail(f"{w}: keys")
        if s["name"] not in SCALES:
            fail(f"{w}: scale name")
        if not isinstance(s["score"], int):
            fail(f"{w}: score not int")
        if s["name"] == "C-SSRS" and not 0 <= s["score"] <= 5:
            fail(f"{w}: C-SSRS out of 0-5")
        if not valid_date(s["date"]) or s["date"] is None:
            fail(f"{w}: bad date {s['date']}")
        span(s["source"], w)
        if s["source"] and not re.search(r"(?<!\d)%d(?!\d)" % s["score"], s["source"]["text"]):
            fail(f"{w}: score {s['score']} not in its span")
    seen = set()
    for i, d in enumerate(truth["diagnoses"]):
        w = f"diagnoses[{i}] {d.get('code')}"
        if not re.fullmatch(r"[A-Z]\d{2}(\.[0-9A-Z]{1,4})?", d["code"]):
            fail(f"{w}: code shape")
        if d["code"] in seen:
            fail(f"{w}: code twice")
        seen.add(d["code"])
        span(d["source"], w)
        if d["source"] and d["code"].casefold() not in d["source"]["text"].casefold():
            fail(f"{w}: code not in its span")
    s = truth["suicidality"]
    if s["level"] not in LEVELS:
        fail(f"suicidality level {s['level']}")
    if s["level"] is None:
        if s["source"] is not None:
            fail("suicidality: null level with a source")
    else:
        span(s["source"], "suicidality")


def main():
    clean()
    cases = cases_a.CASES + cases_b.CASES
    fails = []
    tot = collections.Counter()
    kinds, classes, scales, levels, fmts = (collections.Counter() for _ in range(5))
    for case in cases:
        try:
            texts, extern, truth = build(case)
        except render.LayoutError as e:
            fails.append(f"FAIL {case['slug']}: layout: {e}")
            continue
        n0 = len(fails)
        check(case, texts, extern, truth, fails)
        for r in truth["history"]:
            kinds[r["kind"]] += 1; classes[r["outcome_class"]] += 1
        for s in truth["scales"]:
            scales[s["name"]] += 1
        levels[str(truth["suicidality"]["level"])] += 1
        for d in case["docs"]:
            fmts[d["fmt"]] += 1
        tot["h"] += len(truth["history"]); tot["s"] += len(truth["scales"]); tot["d"] += len(truth["diagnoses"])
        print(f"{case['slug']}: {len(truth['history'])} rows, {len(truth['scales'])} scales, "
              f"{len(truth['diagnoses'])} codes, suicidality {truth['suicidality']['level']}, "
              f"{len(fails) - n0} failures")
    for f in fails:
        print(f)
    print("kinds:", dict(kinds)); print("classes:", dict(classes)); print("scales:", dict(scales))
    print("suicidality:", dict(levels)); print("formats (documents):", dict(fmts))
    print(f"{len(cases)} cases, {tot['h']} history rows, {tot['s']} scale rows, {tot['d']} diagnosis codes, "
          f"{len(fails)} failures")
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
