"""FICTIONAL blind set 24: build every case's clinical/ documents and truth file, then self-check. Exit 1 on a failure."""
import collections
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import render  # noqa: E402
import cases_a  # noqa: E402
import cases_b  # noqa: E402

KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
CLASSES = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
SCALES = {"PHQ-9", "MADRS", "HAM-D", "GAD-7", "C-SSRS", "pain NRS"}
LEVELS = {None, "none", "passive", "active", "attempt"}
DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
CODE = re.compile(r"^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$")
HKEYS = ["name", "class", "kind", "dose", "start", "end", "outcome", "outcome_class", "source"]


def norm(s):
    return " ".join(s.split()).casefold()


def build(case):
    d = HERE / case["slug"] / "clinical"
    d.mkdir(parents=True)
    texts = {}
    for doc in case["docs"]:
        p = d / doc["file"]
        if doc["fmt"] == "photo":
            texts[doc["file"]] = ("photo", render.write_photo(p, doc["pages"][0], doc["header"]), p)
            continue
        fn = {"pdf": render.write_pdf, "scan": render.write_scan, "docx": render.write_docx, "txt": render.write_txt}[doc["fmt"]]
        kw = {"serif": True} if doc.get("serif") else {}
        texts[doc["file"]] = (doc["fmt"], fn(p, doc["pages"], doc["header"], **kw), p)
    truth = {"_note": case["note"], "history": case["history"], "scales": case["scales"],
             "diagnoses": case["diagnoses"], "suicidality": case["suicidality"]}
    (HERE / (case["slug"] + ".truth.json")).write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return texts


def other_text(fmt, path, page):
    if fmt == "pdf":
        return subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(path), "-"],
                              capture_output=True, text=True).stdout
    if fmt == "docx":
        import docx
        doc = docx.Document(str(path))
        out = [doc.sections[0].header.paragraphs[0].text]
        body = doc.element.body
        for el in body.iterchildren():
            tag = el.tag.split("}")[1]
            if tag == "p":
                out.append("".join(t.text or "" for t in el.iter() if t.tag.endswith("}t")))
            elif tag == "tbl":
                for tr in el.iter():
                    if tr.tag.endswith("}tr"):
                        cells = []
                        for tc in tr.iter():
                            if tc.tag.endswith("}tc"):
                                cells.append("".join(t.text or "" for t in tc.iter() if t.tag.endswith("}t")))
                        out.append(" ".join(c for c in cells if c))
        return "\n".join(out)
    if fmt == "txt":
        return path.read_text(encoding="utf-8")
    return None


def check(case, texts):
    fails = []

    def span_ok(src, what):
        if src is None:
            return
        f = src.get("file")
        if f not in texts:
            fails.append("%s: no file %s" % (what, f))
            return
        fmt, pages, path = texts[f]
        pg = src.get("page")
        if not isinstance(pg, int) or not 1 <= pg <= len(pages):
            fails.append("%s: no page %r" % (what, pg))
            return
        if norm(src["text"]) not in norm(pages[pg - 1]):
            fails.append("%s: span not in model: %r" % (what, src["text"]))
        ot = other_text(fmt, path, pg)
        if ot is not None and norm(src["text"]) not in norm(ot):
            fails.append("%s: span not in %s read-back: %r" % (what, fmt, src["text"]))

    for f, (fmt, pages, path) in texts.items():
        if "FICTI" not in pages[0].upper():
            fails.append("%s: no FICTIONAL on page 1" % f)
        if fmt in ("pdf", "scan"):
            info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
            m = re.search(r"Pages:\s+(\d+)", info)
            if not m or int(m.group(1)) != len(pages):
                fails.append("%s: page count" % f)
        if fmt == "scan":
            t = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
            if t.strip():
                fails.append("%s: scan has a text layer" % f)
    if not case["note"].startswith("FICTIONAL"):
        fails.append("_note must start with FICTIONAL")
    for i, h in enumerate(case["history"], 1):
        w = "history %d %s" % (i, h.get("name"))
        if list(h.keys()) != HKEYS:
            fails.append(w + ": keys")
        if h["kind"] not in KINDS:
            fails.append(w + ": kind")
        if h["outcome_class"] not in CLASSES:
            fails.append(w + ": outcome_class")
        for k in ("start", "end"):
            if h[k] is not None and not DATE.match(h[k]):
                fails.append(w + ": date " + k)
        if h["start"] and h["end"] and h["end"][:len(h["start"])] < h["start"][:len(h["end"])]:
            fails.append(w + ": start after end")
        span_ok(h["source"], w)
    for i, s in enumerate(case["scales"], 1):
        w = "scale %d %s" % (i, s.get("name"))
        if s["name"] not in SCALES:
            fails.append(w + ": name")
        if not isinstance(s["score"], int) or (s["name"] == "C-SSRS" and not 0 <= s["score"] <= 5):
            fails.append(w + ": score")
        if not s["date"] or not DATE.match(s["date"]):
            fails.append(w + ": date")
        if not re.search(r"(?<!\d)%d(?!\d)" % s["score"], s["source"]["text"]):
            fails.append(w + ": score not in span")
        span_ok(s["source"], w)
    seen = set()
    for dg in case["diagnoses"]:
        if not CODE.match(dg["code"]) or dg["code"] in seen:
            fails.append("code %s: shape or twice" % dg["code"])
        seen.add(dg["code"])
        if dg["code"] not in dg["source"]["text"]:
            fails.append("code %s not in span" % dg["code"])
        span_ok(dg["source"], "code " + dg["code"])
    su = case["suicidality"]
    if su["level"] not in LEVELS:
        fails.append("suicidality level")
    span_ok(su["source"], "suicidality")
    return fails


def main():
    for p in HERE.iterdir():
        if re.match(r"^\d\d-", p.name):
            shutil.rmtree(p) if p.is_dir() else p.unlink()
    cases = cases_a.CASES + cases_b.CASES
    nf = 0
    byk, byc, bys, bylev = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    for case in cases:
        texts = build(case)
        fails = check(case, texts)
        nf += len(fails)
        for f in fails:
            print("FAIL %s: %s" % (case["slug"], f))
        byk.update(h["kind"] for h in case["history"])
        byc.update(h["outcome_class"] for h in case["history"])
        bys.update(s["name"] for s in case["scales"])
        bylev[str(case["suicidality"]["level"])] += 1
        print("%-58s rows %2d scales %2d codes %2d %s" % (case["slug"], len(case["history"]), len(case["scales"]),
                                                       len(case["diagnoses"]), "ok" if not fails else "FAIL"))
    print("kinds", dict(byk)); print("classes", dict(byc)); print("scales", dict(bys)); print("suicidality", dict(bylev))
    print("%d cases, %d history rows, %d scale rows, %d diagnosis codes, %d failures" % (
        len(cases), sum(len(c["history"]) for c in cases), sum(len(c["scales"]) for c in cases),
        sum(len(c["diagnoses"]) for c in cases), nf))
    return 1 if nf else 0


if __name__ == "__main__":
    sys.exit(main())
