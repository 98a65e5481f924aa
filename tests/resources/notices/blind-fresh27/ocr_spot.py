"""Not part of the build: plain tesseract on each image notice, counting keyed name, IDs, codes and address parts read verbatim."""
import glob, json, os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__)); os.chdir(HERE)
def norm(s): return re.sub(r'\s+', ' ', s)
for kf in sorted(glob.glob('*.expected.json')):
    k = json.load(open(kf)); f = k['file']; n = int(f[:2])
    if not re.search(r'\.(jpg|png|tif)$', f) and not (f.endswith('.pdf') and n in (15, 18)): continue
    src = f
    if f.endswith('.pdf'):
        subprocess.run(['pdftoppm', '-r', '300', '-gray', '-png', '-singlefile', f, '/tmp/ocr27'], check=True); src = '/tmp/ocr27.png'
    t = norm(subprocess.run(['tesseract', src, '-', '-l', 'spa' if n >= 13 else 'eng'], capture_output=True, text=True).stdout)
    items = [k['patient_name'], k['member_id'], k['claim_number']] + k.get('procedure_codes', []) + k.get('diagnosis_codes', []) + k['appeals_address'].split(', ')
    miss = [x for x in items if x not in t]
    print('%02d %d/%d missed: %s' % (n, len(items) - len(miss), len(items), ', '.join(miss)))
