#!/usr/bin/env python3
"""Rebuild the FICTIONAL blind set notes31 from cases.py, then check it. Exit 1 on any problem.

Usage: python make_set.py [OUTDIR]   (default: this script's folder)
"""
import datetime
import io
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import textwrap
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import CASES  # noqa: E402

FONT_DIR = '/usr/share/fonts/truetype/liberation2'
SANS = os.path.join(FONT_DIR, 'LiberationSans-Regular.ttf')
SANS_B = os.path.join(FONT_DIR, 'LiberationSans-Bold.ttf')
SERIF_I = os.path.join(FONT_DIR, 'LiberationSerif-Italic.ttf')
FIXED_DT = datetime.datetime(2026, 12, 6, 12, 0, 0)
FAIL = []


def fail(msg):
    FAIL.append(msg)
    print('FAIL: ' + msg)


# ------------------------------------------------------------------------------------------------ model text
def line_text(line):
    if line.startswith('# '):
        return line[2:]
    if line.startswith('|'):
        return ' '.join(c.strip() for c in line[1:].split(' | ') if c.strip())
    if line.startswith('~'):
        return line[1:]
    return line


def norm(s):
    return re.sub(r'\s+', ' ', s).strip().casefold()


def model_page(doc, page):
    return norm('\n'.join(line_text(l) for l in doc['pages'][page - 1]))


# ------------------------------------------------------------------------------------------------ PDF (text layer)
def render_pdf(doc, path):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import simpleSplit
    if 'LS' not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont('LS', SANS))
        pdfmetrics.registerFont(TTFont('LSB', SANS_B))
    W, Hh = letter
    left, right, top, bottom = 54, W - 54, Hh - 54, 60
    tw = right - left
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle('FICTIONAL test record')
    c.setAuthor('FICTIONAL')
    n = len(doc['pages'])
    for pno, lines in enumerate(doc['pages'], 1):
        y = top
        i = 0
        while i < len(lines):
            line = lines[i]
            if line.startswith('# '):
                y -= 6
                if pdfmetrics.stringWidth(line[2:], 'LSB', 11) > tw:
                    fail(f'{doc["file"]} p{pno}: heading too wide: {line[:40]}')
                c.setFont('LSB', 11)
                c.drawString(left, y - 11, line[2:])
                y -= 17
                i += 1
            elif line.startswith('|'):
                rows = []
                while i < len(lines) and lines[i].startswith('|'):
                    rows.append([x.strip() for x in lines[i][1:].split(' | ')])
                    i += 1
                fs = 7.6
                ncol = max(len(r) for r in rows)
                widths = [max(pdfmetrics.stringWidth(r[k] if k < len(r) else '', 'LSB' if j == 0 else 'LS', fs)
                              for j, r in enumerate(rows)) + 8 for k in range(ncol)]
                if sum(widths) > tw:
                    fail(f'{doc["file"]} p{pno}: table too wide ({sum(widths):.0f} > {tw:.0f})')
                rh = fs + 5
                x0 = left
                for j, r in enumerate(rows):
                    x = x0
                    c.setFont('LSB' if j == 0 else 'LS', fs)
                    for k in range(ncol):
                        c.rect(x, y - rh, widths[k], rh, stroke=1, fill=0)
                        c.drawString(x + 4, y - rh + 3.5, r[k] if k < len(r) else '')
                        x += widths[k]
                    y -= rh
                y -= 6
            else:
                c.setFont('LS', 9.5)
                for part in simpleSplit(line, 'LS', 9.5, tw):
                    c.drawString(left, y - 9.5, part)
                    y -= 12.5
                y -= 4
                i += 1
            if y < bottom:
                fail(f'{doc["file"]} p{pno}: page overflow')
        c.setFont('LS', 8)
        c.drawCentredString(W / 2, 30, f'FICTIONAL - Page {pno} of {n}')
        c.showPage()
    c.save()


# ------------------------------------------------------------------------------------------------ DOCX
def render_docx(doc, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.styles['Normal'].font.name = 'Liberation Sans'
    d.styles['Normal'].font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = doc['header']
    lines = doc['pages'][0]
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith('# '):
            d.add_heading(line[2:], level=1 if i == 0 else 2)
            i += 1
        elif line.startswith('|'):
            rows = []
            while i < len(lines) and lines[i].startswith('|'):
                rows.append([x.strip() for x in lines[i][1:].split(' | ')])
                i += 1
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = 'Table Grid'
            for j, r in enumerate(rows):
                for k, v in enumerate(r):
                    t.cell(j, k).text = v
        else:
            d.add_paragraph(line)
            i += 1
    cp = d.core_properties
    cp.author = 'FICTIONAL'
    cp.last_modified_by = 'FICTIONAL'
    cp.title = 'FICTIONAL test record'
    cp.created = cp.modified = cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 6, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


def docx_text(path):
    import docx
    d = docx.Document(path)
    parts = []
    body = d.element.body
    for child in body.iterchildren():
        tag = child.tag.split('}')[1]
        if tag == 'p':
            parts.append(''.join(t.text or '' for t in child.iter() if t.tag.endswith('}t')))
        elif tag == 'tbl':
            for tr in child.iter():
                if tr.tag.endswith('}tr'):
                    cells = []
                    for tc in tr.iter():
                        if tc.tag.endswith('}tc'):
                            cells.append(''.join(t.text or '' for t in tc.iter() if t.tag.endswith('}t')))
                    parts.append(' '.join(x for x in cells if x))
    header = '\n'.join(p.text for p in d.sections[0].header.paragraphs)
    return '\n'.join(parts), header


# ------------------------------------------------------------------------------------------------ TXT
def render_txt(doc, path):
    out = []
    for line in doc['pages'][0]:
        if line.startswith('# '):
            out += ['', line[2:], '=' * len(line[2:])]
        else:
            out += textwrap.wrap(line, 115, subsequent_indent='    ', break_on_hyphens=False,
                                 break_long_words=False) or ['']
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(out).lstrip('\n') + '\n')


# ------------------------------------------------------------------------------------------------ scan and photos
def _font(path, size):
    from PIL import ImageFont
    return ImageFont.truetype(path, size)


def draw_hand(draw, rng, x, y, text, font, ink, maxw):
    """Draw handwriting-like text word by word with small jitter; returns the width used."""
    cx = x
    for w in text.split(' '):
        if not w:
            cx += font.getlength(' ')
            continue
        c = tuple(max(0, min(255, v + rng.randint(-18, 18))) for v in ink)
        draw.text((cx + rng.uniform(-1.5, 1.5), y + rng.uniform(-2.5, 2.5)), w, font=font, fill=c)
        cx += font.getlength(w + ' ') + rng.uniform(-1, 2)
    if cx - x > maxw:
        return False
    return True


def render_scan(doc, path, seed):
    from PIL import Image, ImageDraw, ImageFilter
    rng = random.Random(seed)
    W, Hh = 1700, 2200
    img = Image.new('RGB', (W, Hh), (250, 250, 250))
    dr = ImageDraw.Draw(img)
    pf, hf, hfont = _font(SANS, 30), _font(SANS_B, 38), _font(SERIF_I, 40)
    y = 120
    maxw = W - 240
    for line in doc['pages'][0]:
        if line.startswith('# '):
            if hf.getlength(line[2:]) > maxw:
                fail(f'{doc["file"]}: scan heading too wide')
            dr.text((120, y), line[2:], font=hf, fill=(20, 20, 20))
            y += 70
        elif line.startswith('~'):
            dr.line((120, y + 52, W - 120, y + 52), fill=(185, 185, 185), width=2)
            if not draw_hand(dr, rng, 140, y, line[1:], hfont, (35, 40, 110), maxw - 20):
                fail(f'{doc["file"]}: handwritten line too wide: {line[:40]}')
            y += 66
        else:
            if pf.getlength(line) > maxw:
                fail(f'{doc["file"]}: printed line too wide: {line[:40]}')
            dr.text((120, y), line, font=pf, fill=(30, 30, 30))
            y += 56
    if y > Hh - 120:
        fail(f'{doc["file"]}: scan page overflow')
    img = img.convert('L').rotate(0.4, resample=Image.BICUBIC, fillcolor=250)
    px = img.load()
    for _ in range(2500):
        px[rng.randrange(W), rng.randrange(Hh)] = rng.randint(90, 200)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    img.save(path, 'PDF', resolution=200.0, title='FICTIONAL scan', author='FICTIONAL',
             creationDate=FIXED_DT.timetuple(), modDate=FIXED_DT.timetuple())


def render_photo(doc, path, seed):
    from PIL import Image, ImageDraw, ImageFilter
    rng = random.Random(seed)
    PW, PH = 1500, 1940
    paper = Image.new('RGB', (PW, PH), (246, 243, 234))
    dr = ImageDraw.Draw(paper)
    hfont = _font(SERIF_I, 46)
    y = 110
    for line in doc['pages'][0]:
        if not draw_hand(dr, rng, 110, y, line_text(line), hfont, (28, 42, 120), PW - 200):
            fail(f'{doc["file"]}: photo line too wide: {line[:40]}')
        y += 118
    if y > PH - 60:
        fail(f'{doc["file"]}: photo page overflow')
    paper = paper.rotate(1.0, resample=Image.BICUBIC, expand=True, fillcolor=(60, 48, 40))
    W, Hh = 1800, 2300
    desk = Image.new('RGB', (W, Hh), (60, 48, 40))
    desk.paste(paper, ((W - paper.width) // 2, (Hh - paper.height) // 2))
    shade = Image.linear_gradient('L').resize((W, Hh))  # dark toward the bottom
    dark = Image.new('RGB', (W, Hh), (0, 0, 0))
    desk = Image.composite(dark, desk, shade.point(lambda v: int(v * 0.30)))
    desk = desk.filter(ImageFilter.GaussianBlur(1.0))
    desk.save(path, 'JPEG', quality=85, optimize=False)


# ------------------------------------------------------------------------------------------------ truth
def truth_of(c):
    def src(x, default_file):
        return {'file': x['f'] or default_file, 'page': x['page'], 'text': x['text']}
    f0 = c['docs'][0]['file']
    t = {'_note': c['note'], 'history': [], 'scales': [], 'diagnoses': [], 'suicidality': None}
    for h in c['history']:
        t['history'].append({'name': h['name'], 'class': h['cls'], 'kind': h['kind'], 'dose': h['dose'],
                             'start': h['start'], 'end': h['end'], 'outcome': h['outcome'],
                             'outcome_class': h['oc'], 'source': src(h, f0)})
    for s in c['scales']:
        t['scales'].append({'name': s['name'], 'score': s['score'], 'date': s['date'], 'source': src(s, f0)})
    for d in c['dx']:
        t['diagnoses'].append({'code': d['code'], 'source': src(d, f0)})
    su = c['su']
    t['suicidality'] = {'level': su['level'], 'source': src(su, f0) if su['level'] else None}
    return t


KINDS = {'antidepressant', 'augmentation', 'psychotherapy', 'neuromodulation', 'other'}
OCS = {'no_response', 'partial_response', 'relapse', 'side_effects', 'remission', 'unknown'}
SCALES = {'PHQ-9': 27, 'MADRS': 60, 'HAM-D': 52, 'GAD-7': 21, 'C-SSRS': 25, 'pain NRS': 10}
LEVELS = {'none', 'passive', 'active', 'attempt'}
DATE_RE = re.compile(r'^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$')


def check_date(d, where):
    m = DATE_RE.match(d or '')
    if not m:
        fail(f'{where}: bad date {d!r}')
        return
    y, mo, da = m.groups()
    if mo and not 1 <= int(mo) <= 12:
        fail(f'{where}: bad month {d}')
    if da:
        try:
            datetime.date(int(y), int(mo), int(da))
        except ValueError:
            fail(f'{where}: bad day {d}')


def check_case(c, outdir, texts):
    slug = c['slug']
    cdir = os.path.join(outdir, slug, 'clinical')
    want = sorted(d['file'] for d in c['docs'])
    have = sorted(os.listdir(cdir))
    if want != have:
        fail(f'{slug}: clinical/ holds {have}, want {want}')
    docs = {d['file']: d for d in c['docs']}
    with open(os.path.join(outdir, slug + '.truth.json'), encoding='utf-8') as f:
        t = json.load(f)
    if list(t) != ['_note', 'history', 'scales', 'diagnoses', 'suicidality']:
        fail(f'{slug}: truth keys {list(t)}')
    if not t['_note'].startswith('FICTIONAL'):
        fail(f'{slug}: _note must start with FICTIONAL')

    def span(src, where):
        d = docs.get(src['file'])
        if d is None:
            fail(f'{where}: unknown file {src["file"]}')
            return ''
        if not 1 <= src['page'] <= len(d['pages']):
            fail(f'{where}: page {src["page"]} out of range')
            return ''
        s = norm(src['text'])
        if s not in model_page(d, src['page']):
            fail(f'{where}: span not on {src["file"]} p{src["page"]}: {src["text"][:60]}')
        for label, txt in texts.get((src['file'], src['page']), []):
            if s not in txt:
                fail(f'{where}: span not in {label} of {src["file"]} p{src["page"]}: {src["text"][:60]}')
        return s

    for i, h in enumerate(t['history'], 1):
        w = f'{slug} history {i} ({h["name"]})'
        if list(h) != ['name', 'class', 'kind', 'dose', 'start', 'end', 'outcome', 'outcome_class', 'source']:
            fail(f'{w}: keys {list(h)}')
        if h['kind'] not in KINDS:
            fail(f'{w}: kind {h["kind"]}')
        if h['outcome_class'] not in OCS:
            fail(f'{w}: outcome_class {h["outcome_class"]}')
        if h['name'] != h['name'].strip() or not h['name']:
            fail(f'{w}: name')
        for k in ('start', 'end'):
            if h[k] is not None:
                check_date(h[k], f'{w} {k}')
        if h['start'] is None:
            fail(f'{w}: no start')
        if h['start'] and h['end']:
            n = min(len(h['start']), len(h['end']))
            if h['start'][:n] > h['end'][:n]:
                fail(f'{w}: start after end')
        span(h['source'], w)
    for i, s in enumerate(t['scales'], 1):
        w = f'{slug} scale {i} ({s["name"]})'
        if list(s) != ['name', 'score', 'date', 'source']:
            fail(f'{w}: keys')
        if s['name'] not in SCALES:
            fail(f'{w}: scale name')
        elif not (isinstance(s['score'], int) and 0 <= s['score'] <= SCALES[s['name']]):
            fail(f'{w}: score {s["score"]} out of range')
        check_date(s['date'], w)
        sp = span(s['source'], w)
        if not re.search(r'(?<![\d.])' + str(s['score']) + r'(?![\d])', sp):
            fail(f'{w}: score {s["score"]} not in its span')
    codes = [d['code'] for d in t['diagnoses']]
    if len(codes) != len(set(codes)):
        fail(f'{slug}: a diagnosis code twice')
    for d in t['diagnoses']:
        w = f'{slug} diagnosis {d["code"]}'
        if not re.match(r'^[A-TV-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?$', d['code']):
            fail(f'{w}: not ICD-10-CM shaped')
        if d['code'].casefold() not in span(d['source'], w):
            fail(f'{w}: code not in its span')
    su = t['suicidality']
    if su['level'] is None:
        if su['source'] is not None:
            fail(f'{slug}: null suicidality level with a source')
    elif su['level'] not in LEVELS:
        fail(f'{slug}: suicidality level {su["level"]}')
    else:
        span(su['source'], f'{slug} suicidality')
    return t


def pdf_pages(path):
    out = subprocess.run(['pdfinfo', path], capture_output=True, text=True).stdout
    m = re.search(r'^Pages:\s+(\d+)', out, re.M)
    return int(m.group(1)) if m else -1


def pdftotext(path, p):
    return subprocess.run(['pdftotext', '-layout', '-f', str(p), '-l', str(p), path, '-'],
                          capture_output=True, text=True).stdout


def main():
    outdir = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE
    os.makedirs(outdir, exist_ok=True)
    for name in os.listdir(outdir):
        if re.match(r'^\d\d-', name):
            p = os.path.join(outdir, name)
            shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
    totals = [0, 0, 0]
    for n, c in enumerate(CASES, 1):
        if not c['slug'].startswith(f'{n:02d}-'):
            fail(f'{c["slug"]}: numbering')
        cdir = os.path.join(outdir, c['slug'], 'clinical')
        os.makedirs(cdir)
        texts = {}
        for k, d in enumerate(c['docs']):
            path = os.path.join(cdir, d['file'])
            seed = n * 100 + k
            kind = d['kind']
            first = model_page(d, 1)
            if 'ficti' not in first:
                fail(f'{d["file"]}: first page does not say FICTIONAL')
            if kind == 'pdf':
                render_pdf(d, path)
                if pdf_pages(path) != len(d['pages']):
                    fail(f'{d["file"]}: page count')
                for p in range(1, len(d['pages']) + 1):
                    texts.setdefault((d['file'], p), []).append(('pdftotext', norm(pdftotext(path, p))))
                if 'ficti' not in norm(pdftotext(path, 1)):
                    fail(f'{d["file"]}: pdftotext p1 lacks FICTIONAL')
            elif kind == 'docx':
                render_docx(d, path)
                body, header = docx_text(path)
                texts[(d['file'], 1)] = [('python-docx', norm(body))]
                if 'ficti' not in norm(header):
                    fail(f'{d["file"]}: header lacks FICTIONAL')
            elif kind == 'txt':
                render_txt(d, path)
                with open(path, encoding='utf-8') as f:
                    texts[(d['file'], 1)] = [('file', norm(f.read()))]
            elif kind == 'scan':
                render_scan(d, path, seed)
                if pdf_pages(path) != 1:
                    fail(f'{d["file"]}: scan page count')
                if pdftotext(path, 1).strip():
                    fail(f'{d["file"]}: scan has a text layer')
            elif kind == 'photo':
                render_photo(d, path, seed)
            else:
                fail(f'{d["file"]}: unknown kind {kind}')
        t = truth_of(c)
        with open(os.path.join(outdir, c['slug'] + '.truth.json'), 'w', encoding='utf-8') as f:
            json.dump(t, f, indent=2, ensure_ascii=False)
            f.write('\n')
        t = check_case(c, outdir, texts)
        totals[0] += len(t['history'])
        totals[1] += len(t['scales'])
        totals[2] += len(t['diagnoses'])
        print(f'{c["slug"]}: {len(t["history"])} rows, {len(t["scales"])} scales, {len(t["diagnoses"])} codes, '
              f'suicidality {t["suicidality"]["level"]}')
    print(f'{len(CASES)} cases, {totals[0]} history rows, {totals[1]} scale rows, {totals[2]} diagnosis codes, '
          f'{len(FAIL)} failures')
    return 1 if FAIL else 0


if __name__ == '__main__':
    sys.exit(main())
