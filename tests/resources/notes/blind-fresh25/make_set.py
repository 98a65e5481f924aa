"""Rebuild FICTIONAL blind set 25 deterministically and check it. Exit 1 on any problem.

Run:  cd /work/notes/notes25 && /work/main/.venv/bin/python make_set.py
"""
import collections
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import render
from render import norm, page_lines

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import cases_a  # noqa: E402
import cases_b  # noqa: E402

KINDS = {"antidepressant", "augmentation", "psychotherapy", "neuromodulation", "other"}
CLASSES = {"no_response", "partial_response", "relapse", "side_effects", "remission", "unknown"}
SCALES = {"PHQ-9": (0, 27), "MADRS": (0, 60), "HAM-D": (0, 52), "GAD-7": (0, 21), "C-SSRS": (0, 5),
          "pain NRS": (0, 10)}
LEVELS = {"none", "passive", "active", "attempt", None}
HKEYS = ["name", "class", "kind", "dose", "start", "end", "outcome", "outcome_class", "source"]
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
ICD = re.compile(r"^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$")
FAIL = []


def fail(msg):
    FAIL.append(msg)
    print("FAIL:", msg)


def datekey(s, end=False):
    m = DATE.match(s)
    if not m:
        return None
    y, mo, d = m.group(1), m.group(2), m.group(3)
    if mo and not 1 <= int(mo) <= 12:
        return None
    if d and not 1 <= int(d) <= 31:
        return None
    return (int(y), int(mo) if mo else (12 if end else 1), int(d) if d else (31 if end else 1))


def build(c):
    folder = HERE / c["slug"] / "clinical"
    folder.mkdir(parents=True)
    texts = {}  # (file, page) -> list of normalised texts that must each contain the span
    for doc in c["docs"]:
        fmt = doc["fmt"]
        model = [norm(" ".join(page_lines(p))) for p in doc["pages"]]
        if "ficti" not in model[0] and "ficti" not in norm(doc.get("running", "")):
            fail(f"{c['slug']}: {doc['file']} does not say FICTIONAL on its first page")
        if fmt == "pdf":
            path = folder / doc["file"]
            render.write_pdf(path, doc)
            pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(path)], capture_output=True,
                                                                     text=True).stdout).group(1))
            if pages != len(doc["pages"]):
                fail(f"{c['slug']}: {doc['file']} has {pages} pages, model {len(doc['pages'])}")
            for i, m in enumerate(model, 1):
                pt = subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), str(path), "-"],
                                    capture_output=True, text=True).stdout
                texts[(doc["file"], i)] = [m, norm(pt)]
        elif fmt == "scan":
            path = folder / doc["file"]
            render.write_scan(path, doc)
            pt = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
            if pt.strip():
                fail(f"{c['slug']}: scan {doc['file']} has a text layer")
            for i, m in enumerate(model, 1):
                texts[(doc["file"], i)] = [m]
        elif fmt == "photo":
            for i, name in enumerate(doc["files"], 1):
                render.write_photo(folder / name, doc, i)
                texts[(name, 1)] = [model[i - 1]]
        elif fmt == "docx":
            import docx
            path = folder / doc["file"]
            render.write_docx(path, doc)
            d = docx.Document(str(path))
            back = [p.text for p in d.sections[0].header.paragraphs] + [p.text for p in d.paragraphs]
            for t in d.tables:
                for r in t.rows:
                    back.append(" ".join(cl.text for cl in r.cells if cl.text.strip()))
            texts[(doc["file"], 1)] = [norm(" ".join(model)), norm(" || ".join(back))]
        elif fmt == "txt":
            path = folder / doc["file"]
            t = render.txt_text(doc)
            path.write_text(t, encoding="utf-8")
            texts[(doc["file"], 1)] = [norm(" ".join(model)), norm(t)]
    return texts


def check_src(slug, what, s, texts):
    key = (s["file"], s["page"])
    if key not in texts:
        fail(f"{slug}: {what}: no page {key}")
        return
    span = norm(s["text"])
    for t in texts[key]:
        if span not in t:
            fail(f"{slug}: {what}: span not on {key}: {s['text'][:70]}")
            return


def check_truth(c, texts):
    slug, t = c["slug"], c["truth"]
    if list(t) != ["_note", "history", "scales", "diagnoses", "suicidality"]:
        fail(f"{slug}: truth keys {list(t)}")
    if not t["_note"].startswith("FICTIONAL"):
        fail(f"{slug}: _note must start with FICTIONAL")
    for i, h in enumerate(t["history"], 1):
        w = f"history {i} {h['name']}"
        if list(h) != HKEYS:
            fail(f"{slug}: {w}: keys")
        if h["kind"] not in KINDS:
            fail(f"{slug}: {w}: kind {h['kind']}")
        if h["outcome_class"] not in CLASSES:
            fail(f"{slug}: {w}: class {h['outcome_class']}")
        ks = datekey(h["start"]) if h["start"] else None
        ke = datekey(h["end"], True) if h["end"] else None
        if h["start"] and not ks:
            fail(f"{slug}: {w}: start {h['start']}")
        if h["end"] and not ke:
            fail(f"{slug}: {w}: end {h['end']}")
        if ks and ke and ks > ke:
            fail(f"{slug}: {w}: start after end")
        check_src(slug, w, h["source"], texts)
    for i, s in enumerate(t["scales"], 1):
        w = f"scale {i} {s['name']}"
        if s["name"] not in SCALES:
            fail(f"{slug}: {w}: unknown scale")
            continue
        lo, hi = SCALES[s["name"]]
        if not isinstance(s["score"], int) or not lo <= s["score"] <= hi:
            fail(f"{slug}: {w}: score {s['score']}")
        if not datekey(s["date"]):
            fail(f"{slug}: {w}: date {s['date']}")
        if str(s["score"]) not in s["source"]["text"]:
            fail(f"{slug}: {w}: score not in its span")
        check_src(slug, w, s["source"], texts)
    codes = [d["code"] for d in t["diagnoses"]]
    if len(codes) != len(set(codes)):
        fail(f"{slug}: a diagnosis code twice")
    for d in t["diagnoses"]:
        if not ICD.match(d["code"]):
            fail(f"{slug}: code shape {d['code']}")
        if d["code"].casefold() not in d["source"]["text"].casefold():
            fail(f"{slug}: code {d['code']} not in its span")
        check_src(slug, "diagnosis " + d["code"], d["source"], texts)
    su = t["suicidality"]
    if su["level"] not in LEVELS:
        fail(f"{slug}: suicidality level {su['level']}")
    if su["level"] is not None:
        check_src(slug, "suicidality", su["source"], texts)
    elif su["source"] is not None:
        fail(f"{slug}: null level with a source")


def main():
    for p in HERE.iterdir():
        if re.match(r"^\d\d-", p.name):
            shutil.rmtree(p) if p.is_dir() else p.unlink()
    cases = cases_a.CASES + cases_b.CASES
    slugs = [c["slug"] for c in cases]
    if len(set(slugs)) != len(slugs) or [s[:2] for s in slugs] != [f"{i:02d}" for i in range(1, len(slugs) + 1)]:
        fail("case numbering")
    kinds, classes, scales, levels = (collections.Counter() for _ in range(4))
    nh = ns = nd = 0
    for c in cases:
        try:
            texts = build(c)
        except render.LayoutError as e:
            fail(f"{c['slug']}: layout: {e}")
            continue
        check_truth(c, texts)
        (HERE / f"{c['slug']}.truth.json").write_text(json.dumps(c["truth"], indent=2, ensure_ascii=False) + "\n",
                                                      encoding="utf-8")
        t = c["truth"]
        nh, ns, nd = nh + len(t["history"]), ns + len(t["scales"]), nd + len(t["diagnoses"])
        kinds.update(h["kind"] for h in t["history"])
        classes.update(h["outcome_class"] for h in t["history"])
        scales.update(s["name"] for s in t["scales"])
        levels[str(t["suicidality"]["level"])] += 1
        files = sorted(p.name for p in (HERE / c["slug"] / "clinical").iterdir())
        print(f"{c['slug']}: {len(t['history'])} rows, {len(t['scales'])} scales, {len(t['diagnoses'])} codes, "
              f"suicidality {t['suicidality']['level']}; {', '.join(files)}")
    print("kinds:", dict(sorted(kinds.items())))
    print("classes:", dict(sorted(classes.items())))
    print("scales:", dict(sorted(scales.items())))
    print("suicidality:", dict(sorted(levels.items())))
    print(f"{len(cases)} cases, {nh} history rows, {ns} scale rows, {nd} diagnosis codes, {len(FAIL)} failures")
    return 1 if FAIL else 0


if __name__ == "__main__":
    sys.exit(main())
