"""Build blind intake set 48 (FICTIONAL) deterministically, write each notice and its key, self-check every key
against the notice as written, exit 1 on any problem.  Usage: make_set.py [NN ...]"""
import calendar
import datetime as dt
import email
import email.policy
import glob
import hashlib
import io
import json
import os
import re
import sys
from email.message import EmailMessage

import img2pdf
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cases as C  # noqa: E402
import devices  # noqa: E402
import render as R  # noqa: E402

TODAY = dt.date(2026, 12, 7)
CATEGORIES = {'medical_necessity', 'experimental_investigational', 'prior_authorization', 'step_therapy',
              'out_of_network', 'not_covered', 'benefit_limit', 'coding_billing', 'timely_filing',
              'coordination_of_benefits', 'other'}
PLANS = {'employer_erisa', 'individual_aca', 'medicare_advantage', 'medicare', 'medicare_part_d', 'medicaid', 'fehb',
         'chip', 'governmental', 'church', 'tricare', 'short_term', 'unknown'}
# docs/domain.md, "Appeal windows", source column (first appeal), for a window by rule
RULES = {'employer_erisa': (180, '29 CFR 2560.503-1(h)(3)(i)'),
         'individual_aca': (180, '45 CFR 147.136(b)(3)'),
         'church': (180, '26 CFR 54.9815-2719(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)'),
         'governmental': (180, '45 CFR 147.136(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)')}
PLAN_WORDS = {'employer_erisa': ['employer', 'patrono'], 'individual_aca': ['Marketplace', 'Student Health'],
              'medicare_advantage': ['Medicare Advantage'], 'medicare': ['Medicare Summary Notice'],
              'medicare_part_d': ['PRESCRIPTION DRUG PLAN'], 'medicaid': ['Medicaid'], 'fehb': ['Federal Employees'],
              'chip': ['CHIP'], 'governmental': ['governmental'], 'church': ['church'], 'tricare': ['TRICARE']}


def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def add_bdays(d, n):
    while n:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def deadline(c):
    w = c['window']
    if w is None:
        return None
    kind, v = w
    nd = c['nd']
    if kind in ('days', 'rule'):
        return nd + dt.timedelta(days=v)
    if kind == 'months':
        return add_months(nd, v)
    if kind == 'bdays':
        return add_bdays(nd, v)
    if kind == 'date':
        return v
    raise ValueError(kind)


def fname(c):
    ext = {'docx': 'docx', 'pdf': 'pdf', 'html': 'html', 'eml': 'eml', 'txt': 'txt'}.get(c['kind'])
    if c['kind'] == 'img':
        ext = {'jpg': 'jpg', 'png': 'png', 'tif': 'tif', 'pdf-gray': 'pdf', 'pdf-1bit': 'pdf'}[IMG_EXT[c['device']]]
    return '%s-%s.%s' % (c['n'], c['slug'], ext)


IMG_EXT = {'zip_bag': 'jpg', 'fly_screen': 'jpg', 'microfilm': 'pdf-gray', 'webcam_demosaic': 'png',
           'dead_green': 'tif', 'projector': 'jpg', 'crt': 'jpg', 'clothesline': 'jpg', 'bubble_wrap': 'jpg',
           'mfp_highcomp': 'pdf-1bit', 'snow': 'jpg'}


# ------------------------------------------------------------------------------------------------ writers
def write_img(c, path):
    w, h = c.get('img_size', (1700, 2200))
    page = R.render_image(c['blocks'], w, h, serif=c.get('serif', False), seed=4800 + int(c['n']),
                          scale=c.get('scale', 1.0))
    out, kind = devices.DEVICES[c['device']](page, 4800 + int(c['n']))
    assert kind == IMG_EXT[c['device']]
    if kind == 'jpg':
        out.save(path, 'JPEG', quality=88, subsampling=0)
    elif kind == 'png':
        out.save(path, 'PNG', compress_level=9)
    elif kind == 'tif':
        out.save(path, 'TIFF', compression='tiff_adobe_deflate', dpi=(200, 200))
    else:
        buf = io.BytesIO()
        out.save(buf, 'PNG', dpi=(200, 200))
        with open(path, 'wb') as f:
            f.write(img2pdf.convert(buf.getvalue(), nodate=True, engine=img2pdf.Engine.internal))


PORTAL_CSS = ('body{font-family:Arial,sans-serif;margin:0}header{background:#1d4e6b;color:#fff;padding:8px 16px}'
              '.wrap{display:flex}aside{width:30%;padding:12px;border-right:1px solid #ccc}main{padding:12px 20px}'
              'table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:3px 6px;text-align:left}'
              '.hide{display:none}@media print{nav{display:none}}')


def write_html(c, path):
    x = c['extra']
    side = ''.join('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % o for o in x['others'])
    page = ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Claims - Cedar Prairie Health '
            'Plans</title><style>%s</style><script>window.dataLayer=[];function t(){return 1}</script></head>\n'
            '<body>\n<div class="printstamp">%s   https://members.cedarprairie.example/claims/CPH-2611-0093372</div>\n'
            '<header><strong>Cedar Prairie Health Plans</strong> member portal - %s</header>\n'
            '<nav><a href="#">Home</a> | <a href="#">Claims</a> | <a href="#">Benefits</a> | <a href="#">ID card</a>'
            ' | <a href="#">Messages (2)</a></nav>\n<p>Signed in as Nadia Vukovic</p>\n'
            '<div class="wrap"><aside><h3>Recent claims</h3><table><tr><th>Claim</th><th>Date</th><th>Provider</th>'
            '<th>Code</th><th>Status</th></tr>%s</table></aside>\n<main>\n%s\n</main></div>\n'
            '<div class="hide">session keepalive 0000</div>\n<footer><p>Cedar Prairie Health Plans, 1-555-0185. '
            'cedarprairie.example</p></footer>\n</body></html>\n') % (
        PORTAL_CSS, x['stamp'], C.FICT_EN, side, R.blocks_html(c['blocks']))
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(page)


def write_eml(c, path):
    x = c['extra']
    es = x.get('es')
    m = EmailMessage()
    m['From'] = x['frm']
    m['To'] = x['to']
    m['Subject'] = x['subject']
    m['Date'] = x['date']
    m['Message-ID'] = '<set48-%s@mail.example>' % c['n']
    m['MIME-Version'] = '1.0'
    hdr = '---------- Mensaje reenviado ---------' if es else '---------- Forwarded message ---------'
    lab = ('De', 'Fecha', 'Asunto', 'Para') if es else ('From', 'Date', 'Subject', 'To')
    fwd = [hdr, '%s: %s' % (lab[0], x['fwd_from']), '%s: %s' % (lab[1], x['fwd_date']),
           '%s: %s' % (lab[2], x['fwd_subject']), '%s: %s' % (lab[3], x['frm'])]
    plain = x['note'] + '\n\n' + '\n'.join(fwd) + '\n\n' + R.to_text(c['blocks'], 76) + '\n'
    e = R.htmlmod.escape
    html = ('<html><body><div dir="ltr">%s</div><br><div class="gmail_quote"><div>%s</div><br>'
            '<div style="font-family:Arial">%s</div></div></body></html>') % (
        e(x['note']), '<br>'.join(e(z) for z in fwd), R.blocks_html(c['blocks']))
    m.set_content(plain, cte='quoted-printable')
    m.add_alternative(html, subtype='html', cte='base64' if es else 'quoted-printable')
    m.set_boundary('=_set48_%s_alt' % c['n'])
    with open(path, 'wb') as f:
        f.write(m.as_bytes(policy=email.policy.SMTP))


def write(c, path):
    k = c['kind']
    if k == 'img':
        write_img(c, path)
    elif k == 'pdf':
        R.render_pdf(c['blocks'], path, 'FICTIONAL notice %s' % c['n'])
    elif k == 'docx':
        R.render_docx(c['blocks'], path)
    elif k == 'html':
        write_html(c, path)
    elif k == 'eml':
        write_eml(c, path)
    elif k == 'txt':
        with open(path, 'w', encoding='utf-8', newline='\n') as f:
            f.write(R.to_text(c['blocks'], 72) + '\n')


# ------------------------------------------------------------------------------------------------ read back
def read_back(c, path):
    k = c['kind']
    if k == 'img':
        return R.to_text(c['blocks'])
    if k == 'pdf':
        from pypdf import PdfReader
        return '\n'.join(p.extract_text() for p in PdfReader(path).pages)
    if k == 'docx':
        import docx
        d = docx.Document(path)
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                out.append('  '.join(cell.text for cell in r.cells))
        return '\n'.join(out)
    if k == 'html':
        return R.html_to_text(open(path, encoding='utf-8').read())
    if k == 'eml':
        m = email.message_from_bytes(open(path, 'rb').read(), policy=email.policy.default)
        out = ['%s: %s' % (h, m[h]) for h in ('From', 'To', 'Subject', 'Date')]
        for part in m.walk():
            if part.get_content_type() == 'text/plain':
                out.append(part.get_content())
            elif part.get_content_type() == 'text/html':
                out.append(R.html_to_text(part.get_content()))
        return '\n'.join(out)
    return open(path, encoding='utf-8').read()


# ------------------------------------------------------------------------------------------------ key and check
def build_key(c, fn):
    key = {'file': fn, '_note': 'FICTIONAL. ' + c['note'], 'patient_name': c['name'], 'member_id': c['mid'],
           'claim_number': c['claim'], 'notice_date': c['nd'].isoformat()}
    if c.get('sds'):
        key['service_dates'] = [d.isoformat() for d in c['sds']]
    if c.get('procs'):
        key['procedure_codes'] = c['procs']
    if c.get('dxs'):
        key['diagnosis_codes'] = c['dxs']
    if c.get('carcs'):
        key['carc_codes'] = c['carcs']
    key['denial_category'] = c['cat']
    key['plan_type'] = c['plan']
    key['urgent'] = c['urgent']
    dl = deadline(c)
    key['appeal_deadline'] = dl.isoformat() if dl else None
    key['deadline_basis'] = c['basis']
    key['appeals_address'] = ', '.join(c['addr']) if c['addr'] else None
    for f in ('appeal_deadline', 'deadline_basis', 'appeals_address'):
        if key[f] is None and f not in c.get('nulls', []):
            del key[f]
    for f in c.get('omit', []):
        key.pop(f, None)
    return key


def norm(s):
    return ' '.join(s.split())


def check(c, key, path, raw):
    errs = []
    T = norm(raw)

    def has(s):
        return norm(s) in T

    if not ('FICTIONAL' in T or 'FICTICIA' in T):
        errs.append('no FICTIONAL/FICTICIA on the face')
    for f in ('patient_name', 'member_id', 'claim_number'):
        if not has(key[f]):
            errs.append('%s not printed: %r' % (f, key[f]))
    for f in ('procedure_codes', 'diagnosis_codes', 'carc_codes'):
        for v in key.get(f, []):
            if not re.search(r'(?<![\w-])%s(?![\w-])' % re.escape(v), T):
                errs.append('%s %s not printed as a word' % (f, v))
    nd = c['nd']
    if not (dt.date(2000, 1, 1) <= nd <= TODAY):
        errs.append('notice date out of range')
    pd = C.fmt(nd, c['nd_fmt'])
    if c['nd_label']:
        if not has(c['nd_label'] + ' ' + pd):
            errs.append('notice-date label not followed by %r' % pd)
    elif pd not in [ln.strip() for ln in raw.split('\n')]:
        errs.append('date line %r not on its own line' % pd)
    if key['notice_date'] != nd.isoformat():
        errs.append('notice_date key differs')
    sds = c.get('sds') or []
    if sds:
        if sorted(sds) != sds or any(d >= nd for d in sds):
            errs.append('service dates unsorted or not before the notice')
        if c.get('sd_list'):
            if not has(c['sd_list']):
                errs.append('service-date list not printed')
        else:
            for d in sds:
                if not has(C.fmt(d, c['sd_fmt'])):
                    errs.append('service date %s not printed' % d)
    if key['denial_category'] not in CATEGORIES:
        errs.append('bad category')
    if key['plan_type'] not in PLANS:
        errs.append('bad plan type')
    ev = c['ev']
    for k in ('cat', 'plan', 'urgent', 'final'):
        if k in ev and not has(ev[k]):
            errs.append('evidence %s not printed: %r' % (k, ev[k]))
    if not any(w.lower() in ev['plan'].lower() for w in PLAN_WORDS[c['plan']]):
        errs.append('plan evidence names no word of %s' % c['plan'])
    if c['plan'] == 'employer_erisa' and re.search(r'Medicaid|Medicare|church|governmental|gobierno', T):
        errs.append('ERISA notice names another plan kind')
    if bool(c['urgent']) != ('urgent' in ev):
        errs.append('urgency evidence does not match urgent')
    # deadline
    w = c['window']
    if w is None:
        if key.get('appeal_deadline', 'x') is not None:
            errs.append('no window but a deadline keyed')
        binding = 'binding' in ev.get('final', '')
        ma = c['plan'] == 'medicare_advantage' and 'final' in ev
        if not (binding or ma):
            errs.append('null deadline without a final external decision or an MA reconsideration')
        if 'appeals_address' in key and not binding:
            errs.append('appeals_address null without a binding decision')
        if 'deadline_basis' in key:
            errs.append('deadline_basis keyed on a null deadline')
    else:
        if key['appeal_deadline'] != deadline(c).isoformat():
            errs.append('deadline mismatch')
        if w[0] == 'rule':
            days, cite = RULES[c['plan']]
            if w[1] != days or key['deadline_basis'] != cite:
                errs.append('rule basis is not the plan type\'s citation')
        else:
            b = key['deadline_basis']
            if not has(b):
                errs.append('stated basis not the notice\'s words: %r' % b)
            token = C.fmt(w[1], 'long') if w[0] == 'date' else str(w[1])
            if token not in b:
                errs.append('basis lacks its number/date')
    # address
    if c['addr']:
        ok = False
        first = norm(c['addr'][0])
        for m in re.finditer(re.escape(first), T):
            pos, good = m.end(), True
            for part in c['addr'][1:]:
                j = T.find(norm(part), pos)
                if j < 0 or j - pos > 200:
                    good = False
                    break
                pos = j + len(norm(part))
            if good:
                ok = True
                break
        if not ok:
            errs.append('address parts not printed in order')
        if key['appeals_address'] != ', '.join(c['addr']):
            errs.append('address key is not the parts joined')
    # traps
    vals = set()
    for v in key.values():
        if isinstance(v, list):
            vals.update(v)
        elif isinstance(v, str):
            vals.add(v)
    for t in c['traps']:
        if not has(t):
            errs.append('trap not printed: %r' % t)
        if t in vals:
            errs.append('trap is a keyed value: %r' % t)
    # phones, domains
    for ph in re.findall(r'\b\d{3}-\d{3}-\d{4}\b', T):
        if not ph.startswith('555-01'):
            errs.append('phone not 555-01xx: %s' % ph)
    for dom in re.findall(r'\b[\w-]+(?:\.[\w-]+)*\.(com|org|net|gov|edu|us|io)\b', T):
        errs.append('domain not .example: %s' % dom)
    for dom in re.findall(r'[\w.-]+@[\w.-]+', T):
        if not dom.endswith('.example'):
            errs.append('mail not .example: %s' % dom)
    if os.path.getsize(path) >= 4 * 1024 * 1024:
        errs.append('file over 4 MB')
    return errs


def main(argv):
    want = set(argv)
    sel = [c for c in C.CASES if not want or c['n'] in want]
    if not want:
        for p in glob.glob(os.path.join(HERE, '[0-9][0-9]-*')):
            os.remove(p)
    else:
        for c in sel:
            for p in glob.glob(os.path.join(HERE, c['n'] + '-*')):
                os.remove(p)
    bad, fields, en, es = 0, 0, 0, 0
    for c in sel:
        fn = fname(c)
        path = os.path.join(HERE, fn)
        write(c, path)
        key = build_key(c, fn)
        with open(os.path.join(HERE, '%s-%s.expected.json' % (c['n'], c['slug'])), 'w', encoding='utf-8') as f:
            json.dump(key, f, indent=2, ensure_ascii=False)
            f.write('\n')
        errs = check(c, key, path, read_back(c, path))
        nf = len([k for k in key if k not in ('file', '_note')])
        fields += nf
        if c['lang'] == 'es':
            es += nf
        else:
            en += nf
        md5 = hashlib.md5(open(path, 'rb').read()).hexdigest()[:10]
        print('%s %-95s %5.2f MB %2d fields %s %s' % (c['n'], fn[:95], os.path.getsize(path) / 2 ** 20, nf, md5,
                                                       'OK' if not errs else 'FAIL'))
        for e in errs:
            print('    ' + e)
        bad += bool(errs)
    nes = sum(1 for c in sel if c['lang'] == 'es')
    print('%d notices (%d in Spanish), %d keyed fields (English %d, Spanish %d); self-check: %s' % (
        len(sel), nes, fields, en, es, 'all keys found' if not bad else '%d notices FAIL' % bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
