"""Generate notes-blind/fresh6 (ALL DATA FICTIONAL) and check every truth source against its page.
Run: /work/main/.venv/bin/python make_set.py"""
import json, shutil, sys
from pathlib import Path
import render
from cases_a import CASES as A
from cases_b import CASES as B

HERE = Path(__file__).resolve().parent
CASES = A + B
PREFIX = "All people, clinics, plans, numbers and addresses in this case are fictional. "


def build(case):
    d = HERE / case["slug"] / "clinical"
    if d.parent.exists():
        shutil.rmtree(d.parent)
    d.mkdir(parents=True)
    pages = {}
    for doc in case["docs"]:
        p = d / doc["file"]
        k = doc["kind"]
        if k == "pdf":
            render.pdf(p, doc["blocks"], doc.get("footer"))
            n = render.pdf_pages(p)
            pages[doc["file"]] = {i: render.pdf_page_text(p, i) for i in range(1, n + 1)}
        elif k == "docx":
            pages[doc["file"]] = {1: render.write_docx(p, doc["blocks"])}
        elif k == "txt":
            pages[doc["file"]] = {1: render.write_txt(p, doc["text"])}
        elif k in ("scanpdf", "photo"):
            imgs, texts = [], {}
            for i, lines in enumerate(doc["pages"], 1):
                imgs.append(render.scan_image(lines, doc["seed"] + i, size=doc.get("size", 30),
                                              angle=doc.get("angle", 1.8), photo=(k == "photo")))
                texts[i] = ["\n".join(l[2:] if l.startswith("**") else l for l in lines)]
            if k == "scanpdf":
                imgs[0].save(p, "PDF", resolution=200, save_all=True, append_images=imgs[1:])
            else:
                imgs[0].save(p, "JPEG", quality=78)
            pages[doc["file"]] = texts
    return pages


def check(case, pages):
    errs = []
    t = case["truth"]
    srcs = [("history", r["name"], r["source"]) for r in t["history"]]
    srcs += [("scale", s["name"], s["source"]) for s in t["scales"]]
    srcs += [("dx", x["code"], x["source"]) for x in t["diagnoses"]]
    if t["suicidality"]["source"]:
        srcs.append(("si", t["suicidality"]["level"], t["suicidality"]["source"]))
    for what, name, s in srcs:
        texts = pages.get(s["file"], {}).get(s["page"])
        if texts is None:
            errs.append(f"{what} {name}: no page {s['page']} in {s['file']}"); continue
        want = render.norm(s["text"])
        if not any(want in render.norm(x) for x in texts):
            errs.append(f"{what} {name}: {want!r} not on {s['file']} p.{s['page']}")
    for r in t["history"]:
        for k in ("start", "end"):
            v = r[k]
            assert v is None or len(v) in (4, 7, 10), (case["slug"], r["name"], v)
        assert r["kind"] in ("antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other")
        assert r["outcome_class"] in ("no_response", "partial_response", "relapse", "side_effects", "remission", "unknown")
    # scores must also appear on the page (number present in the source text)
    for s in t["scales"]:
        assert str(s["score"]) in s["source"]["text"], (case["slug"], s)
    return errs


def main():
    total, bad = 0, 0
    rows = []
    for c in CASES:
        pages = build(c)
        truth = dict(c["truth"])
        truth["_note"] = PREFIX + truth["_note"]
        out = {"_note": truth["_note"], "history": truth["history"], "scales": truth["scales"],
               "diagnoses": truth["diagnoses"], "suicidality": truth["suicidality"]}
        (HERE / f"{c['slug']}.truth.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
        errs = check(c, pages)
        total += len(truth["history"])
        bad += len(errs)
        for e in errs:
            print("FAIL", c["slug"], e)
        rows.append((c["slug"], len(truth["history"]), len(truth["scales"]), len(truth["diagnoses"]), truth["suicidality"]["level"]))
    for r in rows:
        print(*r, sep="\t")
    print(f"{len(CASES)} cases, {total} history rows, {bad} source failures")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
