"""Renderer for blind intake set 27 (FICTIONAL). Text PDF, Word, e-mail, HTML, text, and page images with devices."""
import io, re, subprocess, zipfile, html as htmlmod
from email.message import EmailMessage
from email import policy, message_from_bytes
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
FD = '/usr/share/fonts/truetype/dejavu/'

def font(sz, bold=False):
    return ImageFont.truetype(FD + ('DejaVuSans-Bold.ttf' if bold else 'DejaVuSans.ttf'), sz)

# a line is a str; a line starting with '#' is bold (the '#' is not printed)
def plain(lines):
    return [l[1:] if l.startswith('#') else l for l in lines]

def write_pdf(path, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont('DV', FD + 'DejaVuSans.ttf'))
    pdfmetrics.registerFont(TTFont('DVB', FD + 'DejaVuSans-Bold.ttf'))
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    y = 750
    for l in lines:
        b = l.startswith('#')
        c.setFont('DVB' if b else 'DV', 9.5)
        c.drawString(54, y, l[1:] if b else l)
        y -= 13.2
        if y < 40:
            raise SystemExit('PDF runs past one page: ' + path)
    c.save()

def pdf_text(path):
    return subprocess.run(['pdftotext', '-layout', path, '-'], capture_output=True, text=True).stdout

def write_docx(path, lines):
    import docx
    d = docx.Document()
    for l in lines:
        p = d.add_paragraph()
        r = p.add_run(l[1:] if l.startswith('#') else l)
        r.bold = l.startswith('#')
    d.core_properties.author = 'FICTIONAL'
    buf = io.BytesIO(); d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for it in zin.infolist():
            ni = zipfile.ZipInfo(it.filename, (2026, 12, 1, 9, 0, 0)); ni.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(ni, zin.read(it.filename))

def docx_text(path):
    z = zipfile.ZipFile(path)
    x = z.read('word/document.xml').decode()
    paras = re.findall(r'<w:p[ >].*?</w:p>', x, re.S)
    return '\n'.join(htmlmod.unescape(''.join(re.findall(r'<w:t[^>]*>(.*?)</w:t>', p, re.S))) for p in paras)

def write_eml(path, hdr, lines):
    m = EmailMessage(policy=policy.SMTP)
    for k, v in hdr.items():
        m[k] = v
    body = '\n'.join(plain(lines)) + '\n'
    m.set_content(body, cte='quoted-printable')
    h = '<html><body>' + ''.join('<p>%s</p>' % (('<b>%s</b>' % htmlmod.escape(l[1:])) if l.startswith('#') else htmlmod.escape(l)) for l in lines) + '</body></html>'
    m.add_alternative(h, subtype='html', cte='quoted-printable')
    m.set_boundary('=====fictional-27-boundary=====')
    with open(path, 'wb') as f:
        f.write(m.as_bytes())

def eml_text(path):
    m = message_from_bytes(open(path, 'rb').read(), policy=policy.default)
    out = ['%s: %s' % (k, m[k]) for k in ('Date', 'From', 'To', 'Subject')]
    for part in m.walk():
        if part.get_content_type() == 'text/plain':
            out.append(part.get_content())
    return '\n'.join(out)

def html_strip(s):
    s = re.sub(r'<(script|style|head)[^>]*>.*?</\1>', ' ', s, flags=re.S | re.I)
    s = re.sub(r'<[^>]*hidden[^>]*>.*?</div>', ' ', s, flags=re.S | re.I)
    s = re.sub(r'<br\s*/?>|</p>|</tr>|</div>|</li>|</h\d>', '\n', s, flags=re.I)
    s = re.sub(r'</td>', ' ', s, flags=re.I)
    return htmlmod.unescape(re.sub(r'<[^>]+>', '', s))

# ---------- page images ----------
def page_image(lines, w=1700, h=2200, size=25, margin=120, lead=1.42, paper=255, ink=20):
    im = Image.new('L', (w, h), paper)
    d = ImageDraw.Draw(im)
    y = margin
    for l in lines:
        b = l.startswith('#')
        d.text((margin, y), l[1:] if b else l, font=font(size, b), fill=ink)
        y += int(size * lead)
    if y > h - margin // 2:
        raise SystemExit('image page overflows')
    return im

def rng(seed):
    return np.random.default_rng(seed)

def to_rgb(g, tint=(1, 1, 1)):
    a = np.asarray(g, dtype=np.float32)
    return np.stack([a * tint[0], a * tint[1], a * tint[2]], -1)

def warp(rgb, seed, quad_jit=60, bg=(60, 60, 60), out=(1600, 2100), tilt=1.0):
    """Place the page on a background with a perspective quad (numpy array float 0..255)."""
    r = rng(seed)
    H, W = rgb.shape[:2]
    img = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8))
    ow, oh = out
    # destination corners of the page in the output
    m = 70
    dst = np.array([[m, m], [ow - m, m], [ow - m, oh - m], [m, oh - m]], float) + r.uniform(-quad_jit, quad_jit, (4, 2))
    src = np.array([[0, 0], [W, 0], [W, H], [0, H]], float)
    # solve homography from output to source
    A = []; B = []
    for (x, y), (u, v) in zip(dst, src):
        A += [[x, y, 1, 0, 0, 0, -u * x, -u * y], [0, 0, 0, x, y, 1, -v * x, -v * y]]; B += [u, v]
    coef = np.linalg.solve(np.array(A), np.array(B))
    page = img.transform((ow, oh), Image.PERSPECTIVE, tuple(coef), Image.BICUBIC, fillcolor=None)
    mask = Image.new('L', (W, H), 255).transform((ow, oh), Image.PERSPECTIVE, tuple(coef), Image.BILINEAR)
    back = Image.new('RGB', (ow, oh), bg)
    back.paste(page, (0, 0), mask)
    return np.asarray(back, dtype=np.float32)

def save_jpg(a, path, q=84):
    Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).save(path, 'JPEG', quality=q, optimize=False)
