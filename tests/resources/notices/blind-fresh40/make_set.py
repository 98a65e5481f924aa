"""Builds blind intake set 40 (FICTIONAL) deterministically and checks every key against its notice.
Usage: /work/main/.venv/bin/python make_set.py [NN ...]   (exit 1 on any problem)"""
import datetime as dt
import email
import email.policy
import html
import io
import json
import os
import re
import sys
import textwrap
import zipfile
from email.message import EmailMessage
from html.parser import HTMLParser

import img2pdf
from PIL import Image

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases as C          # noqa: E402
import devices as DV       # noqa: E402
from dates import printed_forms   # noqa: E402
from render import block_text, case_text, render_page   # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = dt.date(2026, 12, 6)
EXT = {'tiff': 'tiff', 'pdfimg': 'pdf', 'pdf': 'pdf', 'png': 'png', 'jpeg': 'jpg', 'docx': 'docx', 'eml': 'eml',
       'html': 'html', 'txt': 'txt'}
RULES = {'employer_erisa': (180, "29 CFR 2560.503-1(h)(3)(i)"),
         'church': (180, "26 CFR 54.9815-2719(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)")}
CATEGORIES = {'medical_necessity', 'experimental_investigational', 'not_covered', 'prior_authorization',
              'step_therapy', 'out_of_network', 'coding_billing', 'timely_filing', 'coordination_of_benefits',
              'benefit_limit', 'other'}
PLAN_WORDS = {'employer_erisa': ['employer', 'ERISA', 'empleador'], 'individual_aca': ['Marketplace', 'Mercado', 'student'],
              'medicare_advantage': ['Medicare Advantage'], 'medicare': ['Medicare'],
              'medicare_part_d': ['Part D', 'prescription drug plan'], 'medicaid': ['Medicaid'],
              'chip': ['CHIP'], 'fehb': ['FEHB', 'Federal Employees'], 'governmental': ['state government', 'State Employee'],
              'church': ['church'], 'tricare': ['TRICARE']}


def fname(c):
    return f"{c['num']:02d}-{c['slug']}"


# ================================================================== writers
def write_image_kind(c, path):
    seed = 4000 + c['num']
    large = c.get('large')
    pages = []
    for i, blocks in enumerate(c['pages']):
        size = (2200, 1700) if i in c.get('landscape_pages', []) else (1700, 2200)
        base = 52 if large else (35 if c['kind'] == 'jpeg' else 30)
        pages.append(render_page(blocks, size=size, base=base, margin=120 if large else 110))
    dev = c['device']
    if dev == 'darkfax':
        out = DV.darkfax(pages, seed)
        out[0].save(path, save_all=True, append_images=out[1:], compression='group4', dpi=(204, 196))
    elif dev == 'speckfax':
        out = DV.speckfax(pages, seed, landscape=c.get('landscape_pages', []))
        bufs = []
        for im in out:
            b = io.BytesIO()
            im.save(b, 'PNG', dpi=(200, 200))
            bufs.append(b.getvalue())
        pdf = img2pdf.convert(bufs, nodate=True, engine=img2pdf.Engine.internal)
        for i in c.get('landscape_pages', []):
            pdf = set_rotate(pdf, i, 90)
        open(path, 'wb').write(pdf)
    elif dev == 'warmup':
        out = DV.warmup(pages, seed)
        bufs = []
        for im in out:
            b = io.BytesIO()
            im.save(b, 'JPEG', quality=85, dpi=(200, 200))
            bufs.append(b.getvalue())
        open(path, 'wb').write(img2pdf.convert(bufs, nodate=True, engine=img2pdf.Engine.internal))
    elif dev == 'copier':
        out = DV.copier(pages, seed)
        out[0].save(path, save_all=True, append_images=out[1:], compression='jpeg', quality=62, dpi=(150, 150))
    elif dev == 'thumb':
        DV.thumb(pages[0], seed).save(path, 'PNG', dpi=(180, 180), optimize=True)
    else:
        im = getattr(DV, dev)(pages[0], seed)
        im.save(path, 'JPEG', quality=86, dpi=(72, 72))


def set_rotate(pdf, index, deg):
    """Sets /Rotate on one page of img2pdf's output; pypdf rewrites the file (no /ID, no dates: deterministic)."""
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    w.pages[index].rotate(deg)
    b = io.BytesIO()
    w.write(b)
    return b.getvalue()


def txt_lines(blocks, width=78):
    out = []
    for b in blocks:
        t = b[0]
        if t in ('title', 'faxhead', 'portalhead'):
            out += textwrap.wrap(b[1], width) + ['=' * min(width, len(b[1]))] if t == 'title' else [b[1]]
            out.append('')
        elif t == 'h':
            out += [b[1], '-' * min(width, len(b[1])), '']
        elif t in ('p', 'small', 'grey'):
            out += textwrap.wrap(b[1], width) + ['']
        elif t == 'kv':
            lw = max(len(l) for l, _ in b[1]) + 1
            for l, v in b[1]:
                out.append(l.ljust(lw) + v)
            out.append('')
        elif t == 'table':
            rows = [b[1]] + b[2]
            w = [max(len(r[i]) for r in rows) for i in range(len(b[1]))]
            for k, r in enumerate(rows):
                out.append('  '.join(x.ljust(w[i]) for i, x in enumerate(r)).rstrip())
                if k == 0:
                    out.append('  '.join('-' * x for x in w))
            out.append('')
        elif t == 'lines':
            out += ['    ' + x for x in b[1]] + ['']
        elif t == 'rule':
            out.append('-' * width)
        elif t == 'space':
            out.append('')
        elif t in ('cols',):
            out += txt_lines(b[1], width) + txt_lines(b[2], width)
        elif t == 'box':
            out += txt_lines(b[1], width)
    return out


def write_txt(c, path):
    pages = ["\n".join(txt_lines(p)).rstrip() + "\n" for p in c['pages']]
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write("\f\n".join(pages))


def html_blocks(blocks):
    e = html.escape
    out = []
    for b in blocks:
        t = b[0]
        if t == 'title':
            out.append(f"<h1>{e(b[1])}</h1>")
        elif t == 'h':
            out.append(f"<h2>{e(b[1])}</h2>")
        elif t in ('p', 'grey'):
            out.append(f"<p>{e(b[1])}</p>")
        elif t == 'small':
            out.append(f'<p class="small">{e(b[1])}</p>')
        elif t == 'kv':
            out.append('<table class="kv">' + ''.join(f"<tr><th>{e(l)}</th><td>{e(v)}</td></tr>" for l, v in b[1])
                       + '</table>')
        elif t == 'table':
            out.append('<table class="grid"><thead><tr>' + ''.join(f"<th>{e(h)}</th>" for h in b[1]) + '</tr></thead><tbody>'
                       + ''.join('<tr>' + ''.join(f"<td>{e(x)}</td>" for x in r) + '</tr>' for r in b[2])
                       + '</tbody></table>')
        elif t == 'lines':
            out.append('<p class="addr">' + '<br>'.join(e(x) for x in b[1]) + '</p>')
        elif t == 'rule':
            out.append('<hr>')
        elif t == 'cols':
            out.append('<div class="cols"><div>' + html_blocks(b[1]) + '</div><div>' + html_blocks(b[2]) + '</div></div>')
        elif t == 'box':
            out.append('<div class="box">' + html_blocks(b[1]) + '</div>')
    return "\n".join(out)


def write_html(c, path):
    body = "\n".join(html_blocks(p) for p in c['pages'])
    page = f"""<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Mis reclamos - Salud Comunitaria del Río Grande (MUESTRA FICTICIA)</title>
<style>body{{font-family:Arial,sans-serif;margin:0}} nav{{background:#0b4f6c;color:#fff;padding:8px}} nav a{{color:#fff;margin-right:14px}}
main{{max-width:900px;margin:16px auto}} table.grid td,table.grid th{{border:1px solid #999;padding:4px}} .small{{font-size:11px;color:#555}}
table.kv th{{text-align:left;padding-right:12px}}</style>
<script>window.portalSession = {{lang: "es", timeout: 900}};</script></head>
<body><nav><a href="https://portal.saludriogrande.example/inicio">Inicio</a><a href="#">Mis reclamos</a><a href="#">Mensajes</a>
<a href="#">Cerrar sesión</a> <span>Sesión iniciada: Guadalupe Estrada Marrufo</span></nav>
<main>
{body}
</main>
<footer class="small">portal.saludriogrande.example - Aviso de privacidad - MUESTRA FICTICIA</footer>
</body></html>
"""
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(page)


def write_eml(c, path):
    x = c['extra']
    es = c['lang'] == 'es'
    notice_txt = "\n".join(txt_lines(c['pages'][0])).rstrip()
    if es:
        fhead = (f"---------- Mensaje reenviado ---------\nDe: {x['orig_from']}\nFecha: {x['orig_date']}\n"
                 f"Asunto: {x['orig_subject']}\nPara: {x['frm']}\n")
    else:
        fhead = (f"---------- Forwarded message ---------\nFrom: {x['orig_from']}\nDate: {x['orig_date']}\n"
                 f"Subject: {x['orig_subject']}\nTo: {x['frm']}\n")
    plain = x['intro'] + "\n\n" + fhead + "\n\n" + notice_txt + "\n"
    htmlpart = ("<html><body><div>" + html.escape(x['intro']) + "</div><br><div class=\"gmail_quote\">"
                + html.escape(fhead).replace("\n", "<br>\n") + "<br><blockquote>"
                + "\n".join(html_blocks(p) for p in c['pages']) + "</blockquote></div></body></html>\n")
    m = EmailMessage(policy=email.policy.SMTP)
    m['From'] = x['frm']
    m['To'] = x['to']
    m['Date'] = x['date']
    m['Subject'] = x['subject']
    m['Message-ID'] = f"<set40-{c['num']:02d}@mail.example>"
    m['MIME-Version'] = '1.0'
    m.set_content(plain, charset='utf-8')
    m.add_alternative(htmlpart, subtype='html', charset='utf-8')
    m.set_boundary(f"==set40-{c['num']:02d}-alt==")
    with open(path, 'wb') as f:
        f.write(m.as_bytes())


def write_docx(c, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles['Normal']
    st.font.name, st.font.size = 'Liberation Serif', Pt(11)

    def add(container, blocks):
        for b in blocks:
            t = b[0]
            if t in ('title', 'h', 'p', 'small', 'grey'):
                p = container.add_paragraph()
                r = p.add_run(b[1])
                r.bold = t in ('title', 'h')
                r.font.size = Pt({'title': 15, 'h': 12, 'small': 8}.get(t, 11))
            elif t == 'kv':
                tb = container.add_table(rows=0, cols=2)
                for l, v in b[1]:
                    cells = tb.add_row().cells
                    cells[0].text, cells[1].text = l, v
            elif t == 'table':
                tb = container.add_table(rows=1, cols=len(b[1]))
                tb.style = 'Table Grid'
                for i, h in enumerate(b[1]):
                    tb.rows[0].cells[i].text = h
                for r in b[2]:
                    cells = tb.add_row().cells
                    for i, x in enumerate(r):
                        cells[i].text = x
            elif t == 'lines':
                p = container.add_paragraph()
                for i, x in enumerate(b[1]):
                    run = p.add_run(x)
                    if i < len(b[1]) - 1:
                        run.add_break()
            elif t == 'rule':
                container.add_paragraph('_' * 60)
    for i, p in enumerate(c['pages']):
        if i:
            d.add_page_break()
        add(d, p)
    cp = d.core_properties
    cp.author, cp.title = 'Tidewater Family Health Plan (FICTIONAL)', 'Appeal decision'
    cp.created = cp.modified = dt.datetime(2026, 11, 12, 9, 0, 0)
    cp.last_modified_by, cp.revision = 'UM letters', 1
    b = io.BytesIO()
    d.save(b)
    zin = zipfile.ZipFile(io.BytesIO(b.getvalue()))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 12, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))


def write_pdf(c, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from render import SANS, BOLD
    if 'LibSans' not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont('LibSans', SANS))
        pdfmetrics.registerFont(TTFont('LibSansB', BOLD))
    N = ParagraphStyle('n', fontName='LibSans', fontSize=10, leading=13, spaceAfter=6)
    B = ParagraphStyle('b', parent=N, fontName='LibSansB')
    Hs = ParagraphStyle('h', parent=B, fontSize=12, leading=15, spaceBefore=4)
    Ts = ParagraphStyle('t', parent=B, fontSize=15, leading=18)
    Sm = ParagraphStyle('s', parent=N, fontSize=8, leading=10)
    e = html.escape
    W = letter[0] - 1.6 * inch

    def flow(blocks, width):
        out = []
        for b in blocks:
            t = b[0]
            if t in ('title', 'h', 'p', 'small', 'grey'):
                out.append(Paragraph(e(b[1]), {'title': Ts, 'h': Hs, 'small': Sm}.get(t, N)))
            elif t == 'kv':
                tb = Table([[Paragraph(e(l), B), Paragraph(e(v), N)] for l, v in b[1]], colWidths=[width * 0.36, width * 0.64])
                tb.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('BOTTOMPADDING', (0, 0), (-1, -1), 0)]))
                out += [tb, Spacer(1, 6)]
            elif t == 'table':
                tb = Table([[Paragraph(e(h), B) for h in b[1]]] + [[Paragraph(e(x), N) for x in r] for r in b[2]],
                           colWidths=[width / len(b[1])] * len(b[1]))
                tb.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                        ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dddddd'))]))
                out += [tb, Spacer(1, 8)]
            elif t == 'lines':
                out.append(Paragraph('<br/>'.join(e(x) for x in b[1]), N))
            elif t == 'rule':
                tb = Table([['']], colWidths=[width], rowHeights=[2])
                tb.setStyle(TableStyle([('LINEABOVE', (0, 0), (-1, 0), 1, colors.black)]))
                out.append(tb)
            elif t == 'space':
                out.append(Spacer(1, 8))
        return out
    story = []
    for i, p in enumerate(c['pages']):
        if i:
            story.append(PageBreak())
        story += flow(p, W)
    doc = SimpleDocTemplate(path, pagesize=letter, invariant=1, leftMargin=0.8 * inch, rightMargin=0.8 * inch,
                            topMargin=0.7 * inch, bottomMargin=0.7 * inch, title='Notice (FICTIONAL sample)',
                            author='FICTIONAL sample plan', creator='set40', producer='set40')
    doc.build(story)


def write(c, path):
    k = c['kind']
    if c['device']:
        write_image_kind(c, path)
    else:
        {'txt': write_txt, 'html': write_html, 'eml': write_eml, 'docx': write_docx, 'pdf': write_pdf}[k](c, path)


# ================================================================== keys
def deadline(c):
    k, a = c['key'], c['a']
    w = a['window']
    if w[0] == 'days':
        return k['notice_date'] + dt.timedelta(days=w[1]), w[2]
    if w[0] == 'date':
        d = parse_printed(w[1])
        return d, w[2]
    days, cite = RULES[k['plan_type']]
    return k['notice_date'] + dt.timedelta(days=days), cite


def parse_printed(s):
    d0 = dt.date(2026, 1, 1)
    for i in range(0, 900):
        d = d0 + dt.timedelta(days=i)
        if s in printed_forms(d):
            return d
    raise ValueError(f"unparsed date {s!r}")


def build_key(c):
    k = c['key']
    dl, basis = deadline(c)
    out = {'file': fname(c) + '.' + EXT[c['kind']], '_note': "FICTIONAL. " + c['note']}
    for f in ('patient_name', 'member_id', 'claim_number'):
        out[f] = k[f]
    out['notice_date'] = k['notice_date'].isoformat()
    if 'service_dates' in k:
        out['service_dates'] = [d.isoformat() for d in sorted(k['service_dates'])]
    for f in ('procedure_codes', 'diagnosis_codes', 'carc_codes'):
        if f in k:
            out[f] = k[f]
    out['denial_category'] = k['denial_category']
    out['plan_type'] = k['plan_type']
    out['urgent'] = k['urgent']
    out['appeal_deadline'] = dl.isoformat()
    out['deadline_basis'] = basis
    out['appeals_address'] = ", ".join(c['a']['addr_parts'])
    return out


# ================================================================== reading back
class _HT(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style'):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ('script', 'style'):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(s):
    p = _HT()
    p.feed(s)
    return "\n".join(p.parts)


def read_back(c, path):
    k = c['kind']
    if c['device']:
        return case_text(c)             # images: the text model they were drawn from (their device words included)
    if k == 'txt':
        return open(path, encoding='utf-8').read()
    if k == 'html':
        return html_text(open(path, encoding='utf-8').read())
    if k == 'pdf':
        from pypdf import PdfReader
        return "\n".join(p.extract_text() for p in PdfReader(path).pages)
    if k == 'docx':
        import docx
        d = docx.Document(path)
        out = []
        for el in d.element.body.iterchildren():
            if el.tag.endswith('}p'):
                out.append("".join(t.text or '' for t in el.iter() if t.tag.endswith('}t')))
            elif el.tag.endswith('}tbl'):
                for tr in el.iter():
                    if tr.tag.endswith('}tr'):
                        out.append(" ".join("".join(t.text or '' for t in tc.iter() if t.tag.endswith('}t'))
                                            for tc in tr if tc.tag.endswith('}tc')))
        return "\n".join(out)
    if k == 'eml':
        m = email.message_from_bytes(open(path, 'rb').read(), policy=email.policy.default)
        parts = [f"{h}: {m[h]}" for h in ('From', 'To', 'Date', 'Subject')]
        for part in m.walk():
            if part.get_content_type() == 'text/plain':
                parts.append(part.get_content())
            elif part.get_content_type() == 'text/html':
                parts.append(html_text(part.get_content()))
        return "\n".join(parts)
    raise ValueError(k)


# ================================================================== the self-check
def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def check(c, path, key):
    errs = []
    raw = read_back(c, path)
    t = norm(raw)
    a, k = c['a'], c['key']

    def has(s):
        return norm(s) in t

    def word(s):
        return re.search(r"(?<![\w.-])" + re.escape(s) + r"(?![\w-]|\.\d)", t) is not None
    if not (has('FICTIONAL') or has('FICTICIA')):
        errs.append("no FICTIONAL/FICTICIA on the face")
    for f in ('patient_name', 'member_id', 'claim_number'):
        if not has(key[f]):
            errs.append(f"{f} {key[f]!r} not printed")
    for f in ('procedure_codes', 'diagnosis_codes'):
        for code in key.get(f, []):
            if not word(code):
                errs.append(f"{f}: {code} not printed as a word")
    for cc in key.get('carc_codes', []):
        if not re.search(r"\b" + cc.replace('-', r"[- ]?") + r"\b", t):
            errs.append(f"CARC {cc} not printed")
    # notice date
    nd = k['notice_date']
    if a['nd_printed'] not in printed_forms(nd):
        errs.append("printed notice date is not the keyed one")
    if a['nd_label']:
        if not re.search(re.escape(a['nd_label']) + r"\s*" + re.escape(a['nd_printed']), t):
            errs.append(f"label {a['nd_label']!r} not followed by {a['nd_printed']!r}")
    elif not re.search(r"(^|\n)\s*" + re.escape(a['nd_printed']) + r"\s*(\n|$)", raw):
        errs.append("unlabelled notice date not on a line of its own")
    if not (dt.date(2000, 1, 1) <= nd <= TODAY):
        errs.append("notice date out of range")
    # service dates
    if 'service_dates' in k:
        sd = k['service_dates']
        if sd != sorted(sd) or any(d >= nd for d in sd):
            errs.append("service dates unsorted or not before the notice date")
        if 'sd_list' in a:
            if not has(a['sd_list']):
                errs.append("service-date list not printed")
        else:
            for d, p in zip(sd, a['sd_printed']):
                if p not in printed_forms(d) or not has(p):
                    errs.append(f"service date {p} not printed / not {d}")
    # names
    if key['denial_category'] not in CATEGORIES:
        errs.append("unknown category")
    if key['plan_type'] not in PLAN_WORDS:
        errs.append("unknown plan type")
    if not has(a['cat_ev']):
        errs.append("category evidence not printed")
    if not has(a['plan_ev']) or not any(w.lower() in a['plan_ev'].lower() for w in PLAN_WORDS[key['plan_type']]):
        errs.append("plan evidence missing or names no word of the type")
    if key['plan_type'] == 'employer_erisa' and re.search(r"church|government|Medicaid|Medicare", t, re.I):
        errs.append("ERISA notice names another plan kind")
    if bool(a['urgent_ev']) != key['urgent'] or (a['urgent_ev'] and not has(a['urgent_ev'])):
        errs.append("urgency evidence mismatch")
    # deadline
    w = a['window']
    if w[0] == 'days':
        if not has(w[2]) or str(w[1]) not in w[2]:
            errs.append("stated basis not printed or lacks its number")
        if key['appeal_deadline'] != (nd + dt.timedelta(days=w[1])).isoformat():
            errs.append("deadline not recomputed")
    elif w[0] == 'date':
        if not has(w[2]) or w[1] not in w[2]:
            errs.append("stated date basis not printed")
        if key['appeal_deadline'] != parse_printed(w[1]).isoformat():
            errs.append("deadline is not the stated date")
    else:
        if key['deadline_basis'] != RULES[key['plan_type']][1]:
            errs.append("rule basis wrong")
        if key['appeal_deadline'] != (nd + dt.timedelta(days=RULES[key['plan_type']][0])).isoformat():
            errs.append("deadline not the rule's count")
    if w[0] != 'rule' and key['deadline_basis'] != w[2]:
        errs.append("deadline basis is not the notice's words")
    # address
    parts = a['addr_parts']
    if key['appeals_address'] != ", ".join(parts):
        errs.append("address key not the joined parts")
    ok = False
    for m0 in re.finditer(re.escape(norm(parts[0])), t):
        pos, good = m0.end(), True
        for p in parts[1:]:
            j = t.find(norm(p), pos)
            if j < 0 or j - pos > 200:
                good = False
                break
            pos = j + len(norm(p))
        if good:
            ok = True
            break
    if not ok:
        errs.append("address parts not in order within 200 characters")
    # traps
    keyed = [v for v in key.values() if isinstance(v, str)] + [x for v in key.values() if isinstance(v, list) for x in v]
    for tr in a['traps']:
        if not has(tr):
            errs.append(f"trap {tr!r} not printed")
        if tr in keyed:
            errs.append(f"trap {tr!r} is keyed")
    # phones, domains, size
    for m in re.finditer(r"\b(\d{3})-(\d{4})\b", t):
        if m.group(1) != '555' or not m.group(2).startswith('01'):
            errs.append(f"phone-like number {m.group(0)} not 555-01xx")
    for m in re.finditer(r"\b[\w.-]+\.(com|org|net|gov|edu|us|mil)\b", t, re.I):
        errs.append(f"non-.example domain {m.group(0)}")
    if c['kind'] == 'eml':
        rawb = open(path, 'rb').read().decode('ascii', 'replace')
        for m in re.finditer(r"@[\w-]+(?:\.[\w-]+)*", rawb):
            if not m.group(0).endswith('.example'):
                errs.append(f"address {m.group(0)} not .example")
    size = os.path.getsize(path)
    if size >= 4 * 1024 * 1024:
        errs.append(f"file {size} bytes >= 4 MB")
    return errs


def main(argv):
    want = {int(x) for x in argv}
    cs = [f() for f in C.CASES]
    if len(cs) != 18 or sum(c['lang'] == 'es' for c in cs) != 6:
        print("the set must hold 18 notices, 6 in Spanish")
        return 1
    for c in cs:
        if want and c['num'] not in want:
            continue
        for fn in os.listdir(HERE):
            if fn.startswith(f"{c['num']:02d}-"):
                os.remove(os.path.join(HERE, fn))
        path = os.path.join(HERE, fname(c) + '.' + EXT[c['kind']])
        write(c, path)
        key = build_key(c)
        with open(os.path.join(HERE, fname(c) + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(key, f, indent=2, ensure_ascii=False)
            f.write("\n")
    bad, fields, en, es = 0, 0, 0, 0
    for c in cs:
        path = os.path.join(HERE, fname(c) + '.' + EXT[c['kind']])
        key = json.load(open(os.path.join(HERE, fname(c) + '.expected.json'), encoding='utf-8'))
        n = len([f for f in key if f not in ('file', '_note')])
        fields += n
        en += n if c['lang'] == 'en' else 0
        es += n if c['lang'] == 'es' else 0
        errs = check(c, path, key)
        for e in errs:
            print(f"{c['num']:02d}: {e}")
        bad += bool(errs)
    ok = "all keys found" if not bad else f"{bad} notices FAILED"
    print(f"18 notices (6 in Spanish), {fields} keyed fields (English {en}, Spanish {es}); self-check: {ok}")
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
