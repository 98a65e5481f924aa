"""Generate the blind-fresh8 clinical-notes test set (ALL CONTENT FICTIONAL) and self-check it.

    /work/main/.venv/bin/python make_set.py

Rewrites every NN-slug/clinical/ folder and NN-slug.truth.json from scratch, then checks that each truth
source.text is really printed on the page it names. Exits non-zero on any failure.
"""
import json
import re
import shutil
import subprocess
import sys

sys.dont_write_bytecode = True
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import img2pdf  # noqa: E402

import render  # noqa: E402

KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
OUTCOMES = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
LEVELS = {None, "none", "passive", "active", "attempt"}
TMP = Path("/tmp/notes8/_tmp")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def norm(s):
    s = s.replace("\u00ad", "").replace("\ufb01", "fi").replace("\ufb02", "fl")
    return re.sub(r"\s+", " ", s).strip()


def build_doc(case_dir, doc):
    out = case_dir / "clinical" / doc["file"]
    t = doc["type"]
    if t == "pdf":
        render.write_pdf(out, doc["pages"], family=doc.get("font", "dejavu"), size=doc.get("size", 10),
                         header=doc.get("header"), footer=doc.get("footer"))
    elif t == "docx":
        render.write_docx(out, doc["items"], base_font=doc.get("font", "Calibri"), size=doc.get("size", 11))
    elif t == "txt":
        out.write_text(doc["text"], encoding="utf-8")
    elif t in ("scanpdf", "jpeg"):
        imgs = []
        for i, lines in enumerate(doc["pages"]):
            img = render.draw_page(lines, seed=doc.get("seed", 1) + i, ruled=doc.get("ruled", False),
                                   hand_size=doc.get("hand_size", 38))
            if t == "scanpdf":
                img = render.scan_finish(img, doc.get("angles", [1.5] * 9)[i])
                p = TMP / f"{doc['file']}.{i}.png"
                p.parent.mkdir(parents=True, exist_ok=True)
                img.save(p, dpi=(200, 200))
                imgs.append(str(p))
            else:
                img = render.photo_finish(img, doc.get("angle", 2.0), doc.get("seed", 1))
                img.save(out, "JPEG", quality=82)
        if t == "scanpdf":
            out.write_bytes(img2pdf.convert(imgs, layout_fun=img2pdf.get_layout_fun((img2pdf.in_to_pt(8.5), img2pdf.in_to_pt(11)))))
            for p in imgs:
                Path(p).unlink()
    else:
        raise ValueError(t)
    return out


def page_texts(case_dir, doc):
    """All candidate texts of each page, for the self-check: {page: [text, ...]}."""
    path = case_dir / "clinical" / doc["file"]
    t = doc["type"]
    if t == "pdf":
        res = {}
        for p in range(1, len(doc["pages"]) + 1):
            cands = []
            for extra in ([], ["-layout"]):
                r = subprocess.run(["pdftotext", *extra, "-f", str(p), "-l", str(p), str(path), "-"],
                                   capture_output=True, text=True, check=True)
                cands.append(norm(r.stdout))
            res[p] = cands
        return res
    if t == "docx":
        return {1: [norm(" ".join(render.docx_text_lines(path)))]}
    if t == "txt":
        return {1: [norm(path.read_text(encoding="utf-8"))]}
    res = {}
    for i, lines in enumerate(doc["pages"], 1):
        res[i] = [norm(" ".join(tx for st, tx, ind in lines if st != "rule"))]
    return res


def check_case(case, case_dir):
    fails = []
    texts = {d["file"]: page_texts(case_dir, d) for d in case["docs"]}
    for d in case["docs"]:
        allt = " ".join(" ".join(v) for v in texts[d["file"]].values())
        if "FICTIONAL" not in allt.upper():
            fails.append(f"{d['file']}: no FICTIONAL line")

    def src_ok(src, what):
        if src is None:
            fails.append(f"{what}: no source")
            return
        f, p, tx = src["file"], src["page"], norm(src["text"])
        if f not in texts:
            fails.append(f"{what}: file {f} not in case")
            return
        if p not in texts[f]:
            fails.append(f"{what}: page {p} not in {f}")
            return
        if not any(tx in c for c in texts[f][p]):
            fails.append(f"{what}: text not on {f} p.{p}: {tx!r}")

    tr = case["truth"]
    for i, h in enumerate(tr["history"]):
        w = f"{case['slug']} history[{i}] {h['name']}"
        if h["kind"] not in KINDS:
            fails.append(f"{w}: kind {h['kind']}")
        if h["outcome_class"] not in OUTCOMES:
            fails.append(f"{w}: outcome_class {h['outcome_class']}")
        for k in ("start", "end"):
            if h[k] is not None and not DATE_RE.match(h[k]):
                fails.append(f"{w}: {k} {h[k]}")
        src_ok(h["source"], w)
    for i, s in enumerate(tr["scales"]):
        w = f"{case['slug']} scales[{i}] {s['name']} {s['score']}"
        if s["date"] is not None and not DATE_RE.match(s["date"]):
            fails.append(f"{w}: date {s['date']}")
        if str(s["score"]) not in s["source"]["text"]:
            fails.append(f"{w}: score not in source text")
        src_ok(s["source"], w)
    for i, dg in enumerate(tr["diagnoses"]):
        w = f"{case['slug']} diagnoses[{i}] {dg['code']}"
        if dg["code"] not in dg["source"]["text"]:
            fails.append(f"{w}: code not in source text")
        src_ok(dg["source"], w)
    su = tr["suicidality"]
    if su["level"] not in LEVELS:
        fails.append(f"{case['slug']} suicidality level {su['level']}")
    if su["level"] is not None:
        src_ok(su["source"], f"{case['slug']} suicidality")
    if not tr["_note"].lower().startswith("all people"):
        fails.append(f"{case['slug']}: _note must start by saying it is fictional")
    return fails


def main():
    from cases_a import CASES as A
    from cases_b import CASES as B

    cases = A + B
    # wipe old case output
    for p in HERE.iterdir():
        if p.is_dir() and re.match(r"^\d\d-", p.name):
            shutil.rmtree(p)
        if p.is_file() and p.name.endswith(".truth.json"):
            p.unlink()
    allfails = []
    nrows = nscales = ncodes = 0
    for case in cases:
        cd = HERE / case["slug"]
        (cd / "clinical").mkdir(parents=True)
        for d in case["docs"]:
            build_doc(cd, d)
        tr = case["truth"]
        (HERE / f"{case['slug']}.truth.json").write_text(json.dumps(tr, indent=2, ensure_ascii=False) + "\n",
                                                        encoding="utf-8")
        allfails += check_case(case, cd)
        nrows += len(tr["history"])
        nscales += len(tr["scales"])
        ncodes += len(tr["diagnoses"])
    tmp = TMP
    if tmp.exists():
        shutil.rmtree(tmp)
    for f in allfails:
        print("FAIL", f)
    kinds, ocs = {}, {}
    for c in cases:
        for h in c["truth"]["history"]:
            kinds[h["kind"]] = kinds.get(h["kind"], 0) + 1
            ocs[h["outcome_class"]] = ocs.get(h["outcome_class"], 0) + 1
    print(f"{len(cases)} cases, {nrows} history rows, {nscales} scale rows, {ncodes} diagnosis codes, "
          f"{len(allfails)} source failures")
    print("kinds:", kinds)
    print("outcome classes:", ocs)
    return 1 if allfails else 0


if __name__ == "__main__":
    sys.exit(main())
