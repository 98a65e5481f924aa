"""Build blind intake set 27 (FICTIONAL): delete and rewrite every NN-* notice and key, then self-check.
Usage: make_set.py [NN ...]   (no argument: the whole set)"""
import glob, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); os.chdir(HERE); sys.path.insert(0, HERE)
import render, devices, common, cases_en, cases_es

EXT = {'pdf': 'pdf', 'docx': 'docx', 'eml': 'eml', 'txt': 'txt', 'html': 'html', 'led_banding': 'jpg',
       'show_through': 'png', 'posterize16': 'png', 'bedsheet': 'jpg', 'fax_standard': 'tif', 'overexposed': 'jpg',
       'fluorescent': 'jpg', 'underexposed': 'jpg', 'ink_smear': 'jpg', 'second_copy': 'pdf', 'low_toner_fax': 'pdf'}

def build(c, n):
    kind = c['kind']; fn = '%s.%s' % (c['slug'], EXT[kind]); seed = 2700 + n
    lines = c.get('lines')
    if kind == 'pdf':
        render.write_pdf(fn, lines); text = render.pdf_text(fn)
    elif kind == 'docx':
        render.write_docx(fn, lines); text = render.docx_text(fn)
    elif kind == 'eml':
        render.write_eml(fn, c['eml_hdr'], lines); text = render.eml_text(fn)
    elif kind == 'txt':
        open(fn, 'w', newline='\n').write('\n'.join(lines) + '\n'); text = open(fn).read()
    elif kind == 'html':
        h = c['html_fn'](c); open(fn, 'w').write(h); text = render.html_strip(h)
    else:
        f = getattr(devices, kind)
        if kind == 'show_through':
            f(lines, fn, seed, c['back'])
        elif kind in ('fax_standard', 'low_toner_fax'):
            f(lines, fn, seed, c['fax_header'])
        else:
            f(lines, fn, seed)
        text = '\n'.join(([c['fax_header']] if 'fax_header' in c else []) + render.plain(lines))
    key = common.key_of(c, fn)
    with open(c['slug'] + '.expected.json', 'w') as fh:
        json.dump(key, fh, indent=2, ensure_ascii=False); fh.write('\n')
    return key, common.check(c, key, text)

def main():
    cases = cases_en.CASES + cases_es.CASES
    want = set(sys.argv[1:])
    for i, c in enumerate(cases, 1):
        assert c['slug'].startswith('%02d-' % i), c['slug']
    todo = [(i, c) for i, c in enumerate(cases, 1) if not want or '%02d' % i in want]
    for i, c in todo:
        for old in glob.glob('%02d-*' % i):
            os.remove(old)
    nfield = {'en': 0, 'es': 0}; bad = 0
    for i, c in todo:
        key, miss = build(c, i)
        lang = 'es' if i >= 13 else 'en'
        nfield[lang] += len([f for f in key if f not in ('file', '_note')])
        for m in miss:
            print('MISS %02d: %s' % (i, m)); bad += 1
    total = nfield['en'] + nfield['es']
    print('%d notices (%d in Spanish), %d keyed fields (English %d, Spanish %d); self-check: %s' % (
        len(todo), sum(1 for i, _ in todo if i >= 13), total, nfield['en'], nfield['es'],
        'all keys found' if not bad else '%d misses' % bad))
    sys.exit(1 if bad else 0)

if __name__ == '__main__':
    main()
