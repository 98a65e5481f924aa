"""Legibility spot check (not part of the build): plain tesseract on each image, counting keyed tokens read verbatim."""
import glob, json, os, re, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
for kf in sorted(glob.glob(os.path.join(HERE, "*.expected.json"))):
    k = json.load(open(kf, encoding="utf-8"))
    f = os.path.join(HERE, k["file"])
    if not f.endswith((".jpg", ".tif", ".pdf")):
        continue
    if f.endswith(".pdf") and subprocess.run(["pdffonts", f], capture_output=True, text=True).stdout.count("\n") > 2:
        continue  # a text PDF
    lang = "spa" if "FICTICIA" in k["_note"] else "eng"
    tmp = tempfile.mkdtemp()
    imgs = [f]
    if f.endswith(".pdf"):
        subprocess.run(["pdftoppm", "-r", "300", "-png", f, tmp + "/p"], check=True)
        imgs = sorted(glob.glob(tmp + "/p*"))
    text = ""
    for im in imgs:
        text += subprocess.run(["tesseract", im, "-", "-l", lang], capture_output=True, text=True).stdout
    t = re.sub(r"\s+", " ", text)
    toks = [k["patient_name"], k["member_id"], k["claim_number"]] + k.get("procedure_codes", []) + \
        k.get("diagnosis_codes", []) + k["appeals_address"].split(", ")
    got = [x for x in toks if x in t]
    miss = [x for x in toks if x not in t]
    print(f"{k['file'][:2]} {len(got)}/{len(toks)} missed: {miss}", flush=True)
