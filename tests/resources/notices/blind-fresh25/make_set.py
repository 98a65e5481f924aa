"""FICTIONAL set 25: delete and rewrite every notice and NN-slug.expected.json here, then self-check each key.

Usage: /work/main/.venv/bin/python make_set.py [NN ...]   (no arguments: the whole set)
"""
import glob, html, json, os, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cases_en, cases_es, common, photo, render  # noqa: E402

CASES = cases_en.CASES + cases_es.CASES


def build(c, tmp):
    name = f"{c['num']}-{c['slug']}.{c['ext']}"
    out = os.path.join(HERE, name)
    src = None
    kind = c["kind"]
    if kind == "pdf":
        src = os.path.join(tmp, c["num"] + "-source.pdf")
        render.pdf(c["blocks"], src, font=c.get("font", "serif"), size=c.get("size", 10.5))
        dev = c.get("device")
        if dev is None:
            os.replace(src, out); src = None
        else:
            f = photo.DEVICES[dev]
            seed = 2500 + int(c["num"])
            if dev in ("toner_fax", "halftone_fax"):
                f(src, out, seed, c["fax_header"])
            elif dev == "backlit_showthrough":
                f(src, out, seed, c["back_lines"])
            else:
                f(src, out, seed)
    elif kind == "docx":
        render.docx(c["blocks"], out, c.get("header_lines", ()))
    elif kind == "txt":
        open(out, "w", encoding="utf-8", newline="\r\n").write("\n".join(render.block_lines(c["blocks"])) + "\n")
    elif kind == "html":
        open(out, "w", encoding="utf-8").write(cases_en.html_10())
    elif kind == "eml":
        lines = c.get("pre", []) + render.block_lines(c["blocks"])
        plain = "\n".join(lines) + "\n"
        pre = "".join(f"<p>{html.escape(x)}</p>" for x in c.get("pre", []))
        body = "\n".join(html.escape(x) for x in render.block_lines(c["blocks"]))
        h = f"<html><body>{pre}<blockquote><pre>{body}</pre></blockquote></body></html>"
        render.eml(out, c["headers"], plain, h)
    return name, out, src


def main(argv):
    only = set(argv)
    todo = [c for c in CASES if not only or c["num"] in only]
    for c in todo:
        for f in glob.glob(os.path.join(HERE, c["num"] + "-*")):
            os.remove(f)
    tmp = tempfile.mkdtemp()
    misses = 0
    fields = {"en": 0, "es": 0}
    for c in todo:
        name, out, src = build(c, tmp)
        key = common.make_key(c, name)
        key["_note"] = c["note"] if "FICTI" in c["note"] else "FICTIONAL: " + c["note"]
        key = {f: key[f] for f in common.KEY_ORDER if f in key}
        json.dump(key, open(os.path.join(HERE, f"{c['num']}-{c['slug']}.expected.json"), "w", encoding="utf-8"),
                  ensure_ascii=False, indent=2)
        text = render.text_model(out, source_pdf=src)
        if c.get("fax_header"):
            text += "\n" + c["fax_header"]
        if c.get("back_lines"):
            text += "\n" + "\n".join(c["back_lines"])
        m = common.check(c, key, text)
        n = len([f for f in key if f not in ("file", "_note")])
        fields[c["lang"]] += n
        print(f"{name}: {n} fields, " + ("ok" if not m else "MISSES: " + "; ".join(m)), flush=True)
        misses += len(m)
    es = sum(1 for c in todo if c["lang"] == "es")
    print(f"{len(todo)} notices ({es} in Spanish), {fields['en'] + fields['es']} keyed fields "
          f"(English {fields['en']}, Spanish {fields['es']}); self-check: "
          + ("all keys found" if not misses else f"{misses} misses"))
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
