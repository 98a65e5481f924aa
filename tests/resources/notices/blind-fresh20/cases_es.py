"""Spanish notices 13-18 of blind intake set 20. Everything here is FICTIONAL."""
import os
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.platypus import Spacer, Table, TableStyle, PageBreak
from PIL import Image

import photo
from render import styles, P, grid, build_pdf, rasterize, pdf_text, pil_font
from common import D, long_es, dmy, iso, add_days, add_months, FICT_ES

W, H = letter


# ---------------------------------------------------------------------------------------------------------
# 13 Medicaid de pago por servicio: EMT (TMS) denegada antes del servicio; la audiencia imparcial es el primer paso;
#    plazo dado como fecha; foto de una hoja arrugada y alisada sobre la mesa de la cocina
# ---------------------------------------------------------------------------------------------------------
def case13(ctx):
    slug = "13-medicaid-pago-por-servicio-emt-audiencia-fecha-foto-hoja-arrugada"
    notice = D(2026, 11, 9)
    deadline = D(2027, 2, 8)
    dob = D(1988, 11, 3)
    name = "Maximiliano Ortega Ibarra"
    mid = "NM-FICT-4471902"
    req = "PA-26-NM-77340"
    basis = f"a más tardar el {long_es(deadline)}"
    addr = ["Oficina Estatal de Cobertura Médica", "Unidad de Audiencias Imparciales", "1450 Calle del Cerro",
            "Oficina 200", "Sierra Alta, NM 87999"]
    s = styles("Sans", 10)

    def head(c, doc):
        c.saveState()
        c.setStrokeColor(colors.HexColor("#7a2e0e"))
        c.setLineWidth(3)
        c.line(0.8 * inch, H - 1.12 * inch, W - 0.8 * inch, H - 1.12 * inch)
        c.setFillColor(colors.HexColor("#7a2e0e"))
        c.setFont("Sans-Bold", 15)
        c.drawString(0.8 * inch, H - 0.75 * inch, "Oficina Estatal de Cobertura Médica")
        c.setFillColor(colors.black)
        c.setFont("Sans", 8.5)
        c.drawString(0.8 * inch, H - 0.93 * inch, "Programa Medicaid de pago por servicio  -  Oficina central: "
                     "900 Paseo del Capitolio, Sierra Alta, NM 87901  -  555-0190")
        c.setFont("Sans-Bold", 7.5)
        c.drawString(0.8 * inch, H - 1.3 * inch, FICT_ES)
        c.setFont("Sans", 7.5)
        c.drawString(0.8 * inch, 0.5 * inch, "OECM-AA-14 (sp)  " + FICT_ES)
        c.restoreState()

    story = [P("AVISO DE ACCIÓN", s["h1"]),
             P(f"<b>Fecha del aviso:</b> {long_es(notice)}", s["body"]),
             P(f"{name}<br/>311 Calle Piñón<br/>Sierra Alta, NM 87995", s["tight"]), Spacer(1, 10),
             grid([["Nombre del beneficiario", name], ["Número de Medicaid", mid],
                   ["Fecha de nacimiento", dmy(dob)], ["Número de solicitud", req],
                   ["Fecha en que recibimos la solicitud", dmy(D(2026, 10, 28))],
                   ["Proveedor que la pidió", "Clínica Mesa Azul, Dra. Soledad Arriaga"]],
                  [2.5 * inch, 4.2 * inch], header=False, size=9.5,
                  extra=[("FONTNAME", (0, 0), (0, -1), "Sans-Bold"),
                         ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f4e9df"))]),
             Spacer(1, 8),
             P("<b>Servicio pedido:</b> estimulación magnética transcraneal (EMT) para la depresión: una sesión "
               "inicial con mapeo (90867) y 29 sesiones de tratamiento (90868), a partir del 1 de diciembre de "
               "2026. Diagnóstico: F33.2.", s["body"]),
             P("<b>Nuestra decisión:</b> negamos la autorización previa de este servicio.", s["body"]),
             P("<b>Motivo:</b> según los criterios del programa, el servicio no es médicamente necesario en este "
               "momento. Los expedientes recibidos muestran un solo ensayo de antidepresivo y ningún ensayo de "
               "psicoterapia; los criterios piden al menos dos ensayos adecuados de medicamentos de clases "
               "distintas. Su proveedor puede enviar expedientes nuevos con una solicitud nueva.", s["body"]),
             P("Su derecho a una audiencia imparcial estatal", s["h2"]),
             P(f"Si no está de acuerdo con esta decisión, puede pedir una audiencia imparcial estatal. En el "
               f"programa de pago por servicio no hay una apelación ante un plan: la audiencia es el primer paso. "
               f"Debe pedir la audiencia {basis}. Puede pedirla por escrito, por teléfono al 555-0193 o en persona. "
               f"Envíe su solicitud por escrito a:", s["body"]),
             P("<br/>".join(addr), s["tight"]), Spacer(1, 6),
             P("No envíe su solicitud a la oficina central que aparece arriba. Si esperar la decisión pudiera "
               "poner en grave peligro su salud, pida una audiencia rápida: se decide dentro de 3 días hábiles. Si "
               "ya recibía este servicio y pide la audiencia dentro de 10 días a partir de la fecha de este aviso, "
               "puede seguir recibiéndolo mientras se decide.", s["body"]),
             P("Puede traer a un abogado, a un familiar o a otra persona para que le ayude. Ayuda legal gratuita: "
               "555-0194.", s["body"])]
    pdf = os.path.join(ctx["tmp"], slug + ".pdf")
    build_pdf(pdf, story, margins=(0.8, 0.8, 1.5, 0.8), first=head)
    text = pdf_text(pdf)
    page = rasterize(pdf, 200)[0]
    page = photo.paper_tint(page, (1.0, 0.995, 0.985), seed=16)
    page = photo.crumple(page, seed=17, creases=30, strength=1.0)
    bw, bh = 3024, 4032
    bg = photo.bg_wood(bw, bh, 18, base=(0.78, 0.62, 0.42))
    pw, ph = page.size
    corners = photo.rotated_corners(bw * 0.5, bh * 0.5, pw * 1.38, ph * 1.38, 0.8, keystone=0.04)
    corners[1] = (corners[1][0] - 10, corners[1][1] + 14)  # the crumpled sheet does not lie square
    corners[3] = (corners[3][0] + 12, corners[3][1] - 8)
    out, _ = photo.place(bg, page, corners, shadow=0.45)
    out = photo.lighting(out, (bw * 0.5, bh * 0.25), 2800, gain=0.3, base=0.78, color=(1.0, 0.97, 0.9))
    out = photo.noise(out, 0.02, seed=19)
    out = photo.blur(out, 0.9)
    fn = slug + ".jpg"
    photo.save_jpeg(out, os.path.join(ctx["out"], fn), quality=85)
    key = dict(file=fn,
               _note="FICTIONAL / MUESTRA FICTICIA: invented people, agency and numbers. Spanish fee-for-service "
                     "Medicaid notice of action denying prior authorization for TMS (90867, 90868) as not medically "
                     "necessary; the state fair hearing is the first step, its deadline stated as a date (91 days "
                     "after the notice, not a rule's count) and its office the address. Photographed on a kitchen "
                     "table after the sheet was crumpled and flattened (creases, shading, ink displaced). No service "
                     "dates: the requested start comes after the notice. Traps: DOB 03/11/1988 day first (six days "
                     "before the notice's day and month), the request received date, 3 business days for a fast "
                     "hearing, 10 days to keep services, the head office.",
               patient_name=name, member_id=mid, claim_number=req, notice_date=notice,
               procedure_codes=["90867", "90868"], diagnosis_codes=["F33.2"],
               denial_category="medical_necessity", plan_type="medicaid", urgent=False,
               appeal_deadline=deadline, deadline_basis=basis, appeals_address=", ".join(addr))
    return dict(file=fn, key=key, rule={"date": deadline}, lang="es", text=text)


# ---------------------------------------------------------------------------------------------------------
# 14 CHIP (no es Medicaid): Spravato para un adolescente, experimental (CO-55); carta a la madre; foto al atardecer
#    con la sombra de una persiana veneciana sobre la hoja
# ---------------------------------------------------------------------------------------------------------
def case14(ctx):
    slug = "14-chip-spravato-adolescente-experimental-foto-persiana"
    notice = D(2026, 10, 29)
    dob = D(2009, 10, 27)
    name = "Ulises Carrizales Peña"
    mid = "VVK-FICT-209341"
    claim = "VK-26-1029-3318"
    dates = [D(2026, 10, 5), D(2026, 10, 8)]
    basis = "60 días a partir de la fecha de esta carta"
    addr = ["Plan Niños Sanos del Valle", "Departamento de Apelaciones", "2020 Avenida Palo Blanco", "Suite 300",
            "Álamo Viejo, TX 78999"]
    s = styles("Serif", 10.6)

    def head(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#2f7d32"))
        for i, rr in enumerate((0.16, 0.11, 0.07)):
            c.circle((0.95 + i * 0.22) * inch, H - 0.85 * inch, rr * inch, fill=1, stroke=0)
        c.setFont("Serif-Bold", 16)
        c.drawString(1.65 * inch, H - 0.82 * inch, "Plan Niños Sanos del Valle")
        c.setFillColor(colors.black)
        c.setFont("Serif", 8.5)
        c.drawString(1.65 * inch, H - 0.98 * inch, "Programa de Seguro Médico para Niños (CHIP) de Texas - este "
                     "plan no es Medicaid")
        c.drawString(1.65 * inch, H - 1.11 * inch, "Servicios a Miembros (no para apelaciones): 450 Calle Ébano, "
                     "Álamo Viejo, TX 78990 - 555-0157")
        c.setFont("Serif-Bold", 8)
        c.drawString(0.8 * inch, H - 1.32 * inch, FICT_ES)
        c.setFont("Serif", 8)
        c.drawString(0.8 * inch, 0.5 * inch, FICT_ES + "   NSV-DEN-22")
        c.restoreState()

    rows = [["Fecha del servicio", "Código", "Servicio", "Cargo", "Pagado", "Ajuste"]]
    for d in dates:
        rows.append([dmy(d), "J0013", "Esketamina en aerosol nasal, 56 mg", "$560.00", "$0.00", "CO-55"])
        rows.append([dmy(d), "99415", "Observación clínica, primera hora", "$140.00", "$0.00", "CO-55"])
    story = [P(f"Álamo Viejo, Texas, {long_es(notice)}", s["right"]), Spacer(1, 6),
             P("Sra. Yolanda Carrizales<br/>77 Calle Mezquite<br/>Álamo Viejo, TX 78999", s["tight"]),
             Spacer(1, 10),
             P(f"<b>Asunto: reclamación {claim}, servicios para su hijo</b>", s["body"]),
             grid([["Miembro (niño/a)", name], ["Núm. de identificación del miembro", mid],
                   ["Fecha de nacimiento", dmy(dob)], ["Número de reclamación", claim],
                   ["Proveedor", "Centro Psiquiátrico Las Palmas"]],
                  [2.6 * inch, 4.0 * inch], font="Serif", header=False, borders=False, size=10,
                  extra=[("FONTNAME", (0, 0), (0, -1), "Serif-Bold"), ("TOPPADDING", (0, 0), (-1, -1), 1),
                         ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]),
             Spacer(1, 8),
             P("Estimada Sra. Carrizales:", s["body"]),
             P("Revisamos la reclamación que el Centro Psiquiátrico Las Palmas nos envió por los servicios de su "
               "hijo que aparecen abajo (fechas en formato día/mes/año). No podemos pagarlos.", s["body"]),
             grid(rows, [1.2 * inch, 0.65 * inch, 2.45 * inch, 0.75 * inch, 0.7 * inch, 0.65 * inch], font="Serif",
                  size=9.4, wrap=True, head_bg=colors.HexColor("#dcebdc")),
             Spacer(1, 6),
             P("<b>Motivo:</b> la esketamina en aerosol nasal está aprobada por la FDA solo para adultos. Para "
               "menores de 18 años nuestra política de medicamentos la considera experimental o en investigación, "
               "porque no hay estudios suficientes en esa edad. Código de ajuste CO-55: tratamiento experimental o "
               "en investigación. Diagnóstico de la reclamación: F32.2.", s["body"]),
             P("Su derecho a apelar", s["h3"]),
             P(f"Si no está de acuerdo, usted puede pedirnos una apelación en nombre de su hijo. Tiene {basis} para "
               f"pedirla. Si su hijo necesita el tratamiento y esperar podría dañar gravemente su salud, pida una "
               f"apelación rápida: la decidimos dentro de 72 horas. Envíe su apelación por escrito a:", s["body"]),
             P("<br/>".join(addr), s["tight"]), Spacer(1, 6),
             P("Si mantenemos nuestra decisión, puede pedir que el estado revise el caso por medio de una "
               "organización de revisión independiente dentro de 120 días a partir de la fecha de nuestra decisión "
               "sobre la apelación. No se ofrece audiencia imparcial estatal porque este plan no es Medicaid.",
               s["body"]),
             P("Atentamente,<br/>Departamento de Reclamaciones, Plan Niños Sanos del Valle", s["body"])]
    pdf = os.path.join(ctx["tmp"], slug + ".pdf")
    build_pdf(pdf, story, margins=(0.8, 0.8, 1.5, 0.8), first=head)
    text = pdf_text(pdf)
    page = rasterize(pdf, 200)[0]
    page = photo.paper_tint(page, (1.0, 0.99, 0.97), seed=20)
    bw, bh = 3024, 4032
    bg = photo.bg_plain(bw, bh, 21, (0.50, 0.47, 0.44), grain=0.03)
    pw, ph = page.size
    corners = photo.rotated_corners(bw * 0.49, bh * 0.51, pw * 1.36, ph * 1.36, 2.1, keystone=0.03)
    out, _ = photo.place(bg, page, corners, shadow=0.4)
    out = photo.blinds(out, angle_deg=-24, period=150, duty=0.55, soft=20, dark=0.26, phase=0.2)
    out = photo.lighting(out, (bw * 0.1, bh * 0.2), 3600, gain=0.15, base=0.92)
    out = photo.noise(out, 0.022, seed=22)
    out = photo.blur(out, 0.9)
    fn = slug + ".jpg"
    photo.save_jpeg(out, os.path.join(ctx["out"], fn), quality=84)
    key = dict(file=fn,
               _note="FICTIONAL / MUESTRA FICTICIA: invented people, plan and numbers. A separate CHIP (says it is "
                     "not Medicaid) denies a 17-year-old's Spravato visits (J0013, 99415) as experimental for minors "
                     "(CO-55); the letter goes to his mother. Photographed late in the day with the warm stripes "
                     "and cool shade of a venetian blind across the page. Day-first dates with a hint; 05/10 reads "
                     "two ways, 08/10 too. Traps: the mother's name first, the child's DOB two days before the "
                     "notice's day and month, the 72-hour fast appeal, the state's 120-day review, the member "
                     "services office in the letterhead.",
               patient_name=name, member_id=mid, claim_number=claim, notice_date=notice, service_dates=dates,
               procedure_codes=["J0013", "99415"], diagnosis_codes=["F32.2"], carc_codes=["CO-55"],
               denial_category="experimental_investigational", plan_type="chip", urgent=False,
               appeal_deadline=add_days(notice, 60), deadline_basis=basis, appeals_address=", ".join(addr))
    return dict(file=fn, key=key, rule={"days": 60}, lang="es", text=text)


# ---------------------------------------------------------------------------------------------------------
# 15 Medicaid de atención administrada: TEC sin autorización previa (CO-197); escaneo de oficina en escala de grises,
#    TIFF de dos páginas a 300 ppp (LZW), con perforaciones de carpeta y una grapa en la esquina
# ---------------------------------------------------------------------------------------------------------
def office_scan(page_gray, seed, angle, holes=True, staple=True, dpi=300):
    import numpy as np
    from PIL import ImageDraw, ImageFilter
    g = page_gray.convert("L")
    w, h = g.size
    d = ImageDraw.Draw(g)
    if staple:  # the page was stapled: a folded-back corner and the staple's legs
        d.polygon([(0, 0), (int(0.32 * dpi), 0), (0, int(0.32 * dpi))], fill=205)
        d.line([(int(0.18 * dpi), int(0.36 * dpi)), (int(0.42 * dpi), int(0.12 * dpi))], fill=60, width=9)
        d.line([(int(0.19 * dpi), int(0.38 * dpi)), (int(0.44 * dpi), int(0.14 * dpi))], fill=150, width=3)
    if holes:  # three-hole punch, seen against the document feeder's dark backing
        for yin in (1.25, 5.5, 9.75):
            cx, cy, r = int(0.45 * dpi), int(yin * dpi), int(0.14 * dpi)
            d.ellipse([cx - r - 3, cy - r - 3, cx + r + 3, cy + r + 3], fill=150)
            d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=38)
    g = g.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=40)
    a = np.asarray(g, dtype=np.float32)
    r_ = np.random.default_rng(seed)
    a = a * (0.97 + 0.03 * np.linspace(0, 1, w)[None, :])  # the lamp's falloff across the glass
    a = a + r_.normal(0, 1.2, a.shape)
    a = np.clip(a, 0, 255)
    # an ADF leaves a thin grey line where dust sat on the glass
    x = int(w * 0.63)
    a[:, x:x + 2] *= 0.82
    out = Image.fromarray(a.astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
    # the scanner's white point: paper at 232 or lighter comes out white
    out = out.point(lambda v: 255 if v >= 232 else int(v * 255 / 232))
    return out


def case15(ctx):
    slug = "15-medicaid-mco-tec-sin-autorizacion-tiff-gris-perforado-grapa"
    notice = D(2026, 11, 16)
    name = "Reinaldo Sepúlveda Cantú"
    mid = "SCH-FICT-610447"
    claim = "HZ-2026-8841-07"
    dates = [D(2026, 10, 13), D(2026, 10, 15), D(2026, 10, 20)]
    basis = "60 días calendario a partir de la fecha de este aviso"
    addr = ["Salud Comunitaria Horizonte", "Departamento de Quejas y Apelaciones", "P.O. Box 77120",
            "Puerto Ámbar, FL 33999"]
    s = styles("Sans", 10.2)

    def page(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#0d5c63"))
        c.rect(0.75 * inch, H - 1.05 * inch, W - 1.5 * inch, 0.38 * inch, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Sans-Bold", 14)
        c.drawString(0.9 * inch, H - 0.93 * inch, "SALUD COMUNITARIA HORIZONTE")
        c.setFont("Sans", 8.5)
        c.drawRightString(W - 0.9 * inch, H - 0.92 * inch, "Plan de Medicaid de atención administrada")
        c.setFillColor(colors.black)
        c.setFont("Sans", 8)
        c.drawString(0.75 * inch, H - 1.2 * inch, "Reclamaciones: P.O. Box 77100, Puerto Ámbar, FL 33998  -  "
                     "Servicios al Miembro 555-0152  -  Fecha de impresión: 17/11/2026")
        c.setFont("Sans-Bold", 7.5)
        c.drawString(0.75 * inch, H - 1.35 * inch, FICT_ES)
        c.setFont("Sans", 7.5)
        c.drawString(0.75 * inch, 0.5 * inch, f"SCH-NABD-ES  {FICT_ES}")
        c.drawRightString(W - 0.75 * inch, 0.5 * inch, f"Página {doc.page} de 2")
        c.restoreState()

    rows = [["Fecha de servicio", "Código", "Descripción", "Cargo", "Pagado", "Código de ajuste"]]
    for d in dates:
        rows.append([dmy(d), "90870", "Terapia electroconvulsiva (TEC)", "$980.00", "$0.00", "CO-197"])
        rows.append([dmy(d), "00104", "Anestesia para la TEC", "$520.00", "$0.00", "CO-197"])
    story = [P("Aviso de determinación adversa de beneficios", s["h1"]),
             grid([["Fecha del aviso", dmy(notice), "Número de reclamación", claim],
                   ["Miembro", name, "ID de Medicaid", mid],
                   ["Proveedor", "Hospital San Judas de Puerto Ámbar", "Diagnóstico", "F32.3"]],
                  [1.15 * inch, 2.35 * inch, 1.5 * inch, 2.0 * inch], header=False, size=9.2, wrap=True,
                  extra=[("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e0eeee")),
                         ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#e0eeee"))]),
             Spacer(1, 10),
             P(f"Estimado(a) {name}:", s["body"]),
             P("Revisamos la reclamación del Hospital San Judas por los servicios de abajo y la negamos. Las fechas "
               "están escritas día/mes/año.", s["body"]),
             grid(rows, [1.1 * inch, 0.65 * inch, 2.3 * inch, 0.8 * inch, 0.7 * inch, 1.1 * inch], size=9,
                  wrap=True, head_bg=colors.HexColor("#cfe3e3")),
             Spacer(1, 8),
             P("<b>Motivo de la decisión:</b> nuestro plan exige autorización previa para la terapia "
               "electroconvulsiva cuando no se da durante una hospitalización de emergencia. No recibimos una "
               "solicitud de autorización para estas fechas. CO-197: faltaba la autorización previa o la "
               "precertificación. Un proveedor de la red no puede cobrarle a usted por estos servicios.",
               s["body"]),
             P("Si el hospital pide ahora la autorización y enviamos una aprobación, volveremos a procesar la "
               "reclamación sin que usted tenga que apelar.", s["body"]),
             PageBreak(),
             P("Sus derechos de apelación", s["h2"]),
             P(f"Si no está de acuerdo con esta decisión, puede presentar una apelación ante el plan. Tiene {basis} "
               f"para presentarla, por escrito o por teléfono al 555-0153. Su médico u otra persona puede apelar "
               f"por usted con su permiso por escrito.", s["body"]),
             P("Envíe su apelación por escrito a:", s["body"]),
             P("<br/>".join(addr), s["tight"]), Spacer(1, 8),
             P("No envíe apelaciones a la dirección de reclamaciones (P.O. Box 77100).", s["body"]),
             P("<b>Apelación rápida:</b> si esperar 30 días podría poner en grave peligro su salud, pida una "
               "apelación rápida; la decidiremos dentro de 72 horas.", s["body"]),
             P("<b>Continuar sus beneficios:</b> si este aviso reduce o suspende un servicio que ya recibía, puede "
               "seguir recibiéndolo durante la apelación si apela dentro de 10 días a partir de la fecha de este "
               "aviso.", s["body"]),
             P("<b>Audiencia imparcial estatal:</b> si después de la apelación mantenemos la decisión, puede pedir "
               "una audiencia imparcial estatal dentro de 120 días a partir de la fecha de nuestra carta de "
               "decisión de la apelación.", s["body"]),
             P("Ayuda gratuita: Ombudsman de Medicaid del estado, 555-0159. Servicios de idiomas sin costo: "
               "555-0152.", s["body"])]
    pdf = os.path.join(ctx["tmp"], slug + ".pdf")
    build_pdf(pdf, story, margins=(0.75, 0.75, 1.55, 0.8), first=page)
    text = pdf_text(pdf)
    pages = rasterize(pdf, 300, gray=True)
    scans = [office_scan(pages[0], 23, -0.45), office_scan(pages[1], 24, 0.95, staple=False)]
    fn = slug + ".tif"
    scans[0].save(os.path.join(ctx["out"], fn), save_all=True, append_images=scans[1:], compression="tiff_lzw",
                  dpi=(300, 300))
    key = dict(file=fn,
               _note="FICTIONAL / MUESTRA FICTICIA: invented people, plan and numbers. Spanish Medicaid managed care "
                     "notice of adverse benefit determination: ECT (90870) and its anesthesia (00104) denied for "
                     "lack of prior authorization (CO-197). An office scanner's greyscale 2-page TIFF at 300 dpi, "
                     "LZW: three-hole punches against the feeder's dark backing, a staple and its folded corner on "
                     "page 1, page 2 turned about a degree, a dust line down both pages; the window and address are "
                     "on page 2. Day-first dates only (16/11/2026). Traps: the print date the day after, 10 days to "
                     "keep benefits, 120 days for a fair hearing, 30 days and 72 hours, the claims box.",
               patient_name=name, member_id=mid, claim_number=claim, notice_date=notice, service_dates=dates,
               procedure_codes=["90870", "00104"], diagnosis_codes=["F32.3"], carc_codes=["CO-197"],
               denial_category="prior_authorization", plan_type="medicaid", urgent=False,
               appeal_deadline=add_days(notice, 60), deadline_basis=basis, appeals_address=", ".join(addr))
    return dict(file=fn, key=key, rule={"days": 60}, lang="es", text=text)


# ---------------------------------------------------------------------------------------------------------
# 16 Mercado de seguros: infusiones de ketamina para SDRC no médicamente necesarias (CO-50); PDF "con búsqueda" de
#    un escáner: la imagen escaneada y, debajo, la capa de texto invisible que el escáner puso palabra por palabra
# ---------------------------------------------------------------------------------------------------------
def searchable_pdf(src_pdf, out_pdf, tmp, angle=0.5, dpi=300, seed=0, quality=62):
    """Scan each page of src_pdf (greyscale, turned by angle) and write a PDF of the images with an invisible
    word-by-word text layer placed where each word sits in the turned image, as scanners' OCR layers are."""
    import math
    import re
    import subprocess
    import html as h
    import numpy as np
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from render import register_fonts
    register_fonts()
    bbox = subprocess.run(["pdftotext", "-bbox", src_pdf, "-"], capture_output=True, text=True, check=True).stdout
    pages_words = []
    for pg in re.findall(r"<page[^>]*>(.*?)</page>", bbox, re.S):
        ws = [(float(a), float(b), float(c_), float(d), h.unescape(t)) for a, b, c_, d, t in
              re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', pg)]
        pages_words.append(ws)
    imgs = rasterize(src_pdf, dpi, gray=True)
    c = rl_canvas.Canvas(out_pdf, pagesize=letter)
    c.setTitle("SCAN0042")
    c.setCreator("FICTIONAL office scanner firmware 3.1 (OCR)")
    th = math.radians(angle)
    cx, cy = W / 2, H / 2
    for i, (im, words) in enumerate(zip(imgs, pages_words)):
        g = im.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
        a = np.asarray(g, dtype=np.float32)
        r_ = np.random.default_rng(seed + i)
        a = a * (0.96 + 0.04 * np.linspace(0, 1, a.shape[0])[:, None]) + r_.normal(0, 2.0, a.shape)
        g = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        jpg = os.path.join(tmp, f"scan16-{i}.jpg")
        g.save(jpg, "JPEG", quality=quality)
        c.drawImage(jpg, 0, 0, width=W, height=H)
        for x0, y0, x1, y1, word in words:
            size = max(4.0, (y1 - y0) / 1.16)
            wid = stringWidth(word, "Sans", size)
            hs = 100.0 * (x1 - x0) / wid if wid else 100.0
            px, py = x0, H - y1 + 0.22 * size
            dx, dy = px - cx, py - cy
            qx = cx + dx * math.cos(th) - dy * math.sin(th)
            qy = cy + dx * math.sin(th) + dy * math.cos(th)
            c.saveState()
            c.translate(qx, qy)
            c.rotate(angle)
            t = c.beginText(0, 0)
            t.setTextRenderMode(3)
            t.setFont("Sans", size)
            t.setHorizScale(hs)
            t.textOut(word)
            c.drawText(t)
            c.restoreState()
        c.showPage()
    c.save()


def case16(ctx):
    slug = "16-mercado-ketamina-sdrc-necesidad-medica-pdf-escaneado-con-capa-de-texto"
    notice = D(2026, 11, 5)
    name = "Araceli Domínguez Fuentes"
    mid = "CAZ-FICT-77410-00"
    claim = "CA-26-300-91842"
    dates = [D(2026, 10, 14), D(2026, 10, 16), D(2026, 10, 19)]
    basis = "dentro de los 180 días siguientes a la fecha en que reciba este aviso"
    addr = ["Aseguradora Cumbre Azul", "Unidad de Apelaciones y Quejas", "7700 E. Camino Cresta", "Suite 150",
            "Mesa Dorada, AZ 85999"]
    s = styles("Sans", 9.8)

    def head(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#1c4e9c"))
        c.setFont("Sans-Bold", 19)
        c.drawString(0.8 * inch, H - 0.82 * inch, "Cumbre Azul")
        c.setFont("Sans", 8)
        c.setFillColor(colors.black)
        c.drawString(0.8 * inch, H - 0.98 * inch, "Aseguradora Cumbre Azul  -  Plan Plata 3000, comprado en el Mercado "
                     "de Seguros Médicos")
        c.drawString(0.8 * inch, H - 1.1 * inch, "Reclamaciones: P.O. Box 6100, Mesa Dorada, AZ 85998  -  "
                     "555-0197")
        c.setFont("Sans-Bold", 7.5)
        c.drawString(0.8 * inch, H - 1.28 * inch, FICT_ES)
        c.setFont("Sans", 7.5)
        c.drawString(0.8 * inch, 0.5 * inch, FICT_ES + "   CAZ-EOB-ES-2026")
        c.restoreState()

    rows = [["Fecha", "Código", "Servicio", "Cargo", "Pagado", "Ajuste"]]
    for d in dates:
        rows += [[dmy(d), "96365", "Infusión intravenosa, primera hora", "$520.00", "$0.00", "CO-50"],
                 [dmy(d), "96366", "Infusión intravenosa, hora adicional", "$210.00", "$0.00", "CO-50"],
                 [dmy(d), "J3490", "Medicamento sin código propio (ketamina)", "$95.00", "$0.00", "CO-50"]]
    facts = grid([["Fecha de emisión", long_es(notice)], ["Asegurada", name], ["Número de miembro", mid],
                  ["Reclamación núm.", claim], ["Recibida", dmy(D(2026, 10, 22))],
                  ["Proveedor", "Centro de Dolor Sonora Alta"]],
                 [1.6 * inch, 3.2 * inch], header=False, size=9.2,
                 extra=[("FONTNAME", (0, 0), (0, -1), "Sans-Bold")])
    story = [P("Explicación de beneficios y aviso de denegación", s["h1"]), facts, Spacer(1, 10),
             P(f"Estimada {name}:", s["body"]),
             P("Procesamos la reclamación de abajo y no la pagamos. Las fechas de este aviso están en formato "
               "día/mes/año.", s["body"]),
             grid(rows, [0.95 * inch, 0.65 * inch, 2.75 * inch, 0.75 * inch, 0.7 * inch, 0.7 * inch], size=8.6,
                  wrap=True, head_bg=colors.HexColor("#d8e2f3")),
             Spacer(1, 6),
             P("Diagnóstico: G90.521. <b>Motivo (CO-50):</b> no es médicamente necesario. Nuestra política médica "
               "MP-77 cubre las infusiones de ketamina para el síndrome de dolor regional complejo solo cuando los "
               "expedientes muestran que fallaron la fisioterapia y al menos dos medicamentos para el dolor "
               "neuropático, y que hubo un bloqueo nervioso. Los expedientes recibidos no lo muestran.", s["body"]),
             P("Su derecho a apelar", s["h2"]),
             P(f"Puede presentar una apelación {basis}. Escriba por qué no está de acuerdo y adjunte expedientes o "
               f"una carta de su médico. Envíela a:", s["body"]),
             P("<br/>".join(addr), s["tight"]), Spacer(1, 6),
             P("No envíe apelaciones a la dirección de reclamaciones. Si su caso es urgente, pida una apelación "
               "rápida al 555-0198: la decidimos dentro de 72 horas. Si mantenemos la denegación, puede pedir una "
               "revisión externa independiente dentro de los 4 meses siguientes a nuestra decisión final. El "
               "Departamento de Seguros del estado puede ayudarle: 555-0199.", s["body"])]
    src = os.path.join(ctx["tmp"], slug + "-src.pdf")
    build_pdf(src, story, margins=(0.8, 0.8, 1.45, 0.8), first=head)
    fn = slug + ".pdf"
    out = os.path.join(ctx["out"], fn)
    searchable_pdf(src, out, ctx["tmp"], angle=0.15, seed=25)
    text = pdf_text(out)
    key = dict(file=fn,
               _note="FICTIONAL / MUESTRA FICTICIA: invented people, insurer and numbers. Spanish Marketplace plan's "
                     "EOB and denial: IV ketamine infusions (96365, 96366, J3490) for CRPS of the right leg "
                     "(G90.521) not medically necessary (CO-50). An office scanner's searchable PDF: a greyscale "
                     "JPEG of each page, left 0.15 degree off square after the scanner straightened it, over an invisible text layer the scanner wrote word "
                     "by word (each word its own text object, scaled to its box). Day-first dates with a hint. "
                     "Traps: the claim received date, the claims box, 72 hours, the 4-month external review.",
               patient_name=name, member_id=mid, claim_number=claim, notice_date=notice, service_dates=dates,
               procedure_codes=["96365", "96366", "J3490"], diagnosis_codes=["G90.521"], carc_codes=["CO-50"],
               denial_category="medical_necessity", plan_type="individual_aca", urgent=False,
               appeal_deadline=add_days(notice, 180), deadline_basis=basis, appeals_address=", ".join(addr))
    return dict(file=fn, key=key, rule={"days": 180}, lang="es", text=text)


# ---------------------------------------------------------------------------------------------------------
# 17 plan de patrono asegurado: decisión final de la apelación interna (EMT), ahora la revisión externa; correo
#    electrónico solo HTML en UTF-8 de 8 bits, datos en una lista de definiciones (<dl>), asunto codificado RFC 2047
# ---------------------------------------------------------------------------------------------------------
def case17(ctx):
    from email.message import EmailMessage
    from email.headerregistry import Address
    from email.utils import format_datetime
    import datetime as dt
    import html as h
    from render import eml_text
    slug = "17-patrono-asegurado-emt-decision-final-revision-externa-correo-html-dl"
    notice = D(2026, 11, 23)
    name = "Valeria Montañez Quiles"
    mid = "BSM-FICT-503318"
    claim = "BR-26-07-66120"
    dates = [D(2026, 7, 27), D(2026, 7, 28), D(2026, 7, 29), D(2026, 7, 30)]
    basis = "dentro de los 4 meses siguientes a la fecha en que reciba esta decisión final"
    addr = ["Oficina Estatal de Seguros de Salud", "Negociado de Revisión Externa", "500 Calle Tamarindo",
            "Piso 4", "San Teodoro, PR 00999"]
    e = h.escape
    dl = [("Fecha de la decisión", long_es(notice)), ("Asegurada", name), ("ID de miembro", mid),
          ("Número de reclamación", claim), ("Número de apelación", "AP-26-1190"),
          ("Apelación recibida", long_es(D(2026, 10, 1))),
          ("Denegación original", long_es(D(2026, 8, 14))),
          ("Patrono", "Destilería Las Ceibas, Inc. - plan médico grupal asegurado por Compañía de Seguros Brisamar")]
    body = ["<!DOCTYPE html><html lang=\"es\"><head><meta charset=\"utf-8\"><title>Decisión final</title>"
            "<style>dl{display:grid;grid-template-columns:230px auto;gap:4px 12px}dt{font-weight:bold;color:#234}"
            "dd{margin:0}.box{border-left:4px solid #0a7;padding:6px 12px;background:#f3fbf8}</style></head>"
            "<body style=\"font-family:Georgia,serif;font-size:15px;max-width:720px\">",
            f"<p style=\"font-size:11px\"><b>{e(FICT_ES)}</b></p>",
            "<p style=\"font-size:22px;color:#0a5\">Compañía de Seguros Brisamar</p>",
            "<h2>Decisión final de la apelación interna</h2>", "<dl>"]
    for k, v in dl:
        body.append(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>")
    body.append("</dl>")
    serv = ", ".join(dmy(d) for d in dates)
    paras = [
        f"Estimada {name}:",
        "Revisamos de nuevo su apelación sobre la estimulación magnética transcraneal (EMT) que recibió en la "
        f"Clínica Neuromodula: la sesión inicial con mapeo (90867) el {dmy(dates[0])} y sesiones de tratamiento "
        f"(90868) el {', '.join(dmy(d) for d in dates[1:])}. Diagnóstico: F33.1. (Fechas en día/mes/año.)",
        "Un psiquiatra que no participó en la primera decisión revisó todo el expediente, incluida la carta de su "
        "médica. Concluyó que el tratamiento no era médicamente necesario según nuestra política PM-EMT-4, porque "
        "el expediente muestra un solo ensayo adecuado de antidepresivos. Por eso mantenemos la denegación. Esta es "
        "nuestra decisión final: el proceso de apelación interna ha terminado.",
    ]
    for ptxt in paras:
        body.append(f"<p>{e(ptxt)}</p>")
    body.append("<div class=\"box\"><p><b>Su derecho a una revisión externa</b></p>"
                f"<p>Puede solicitar una revisión externa independiente {e(basis)}. La revisión la hace una "
                "organización independiente asignada por el estado, sin costo para usted. Envíe el formulario de "
                "solicitud, con una copia de esta carta, a:</p><p>" + "<br>".join(e(a) for a in addr) + "</p>"
                "<p>Si su caso es urgente, pida una revisión externa acelerada por teléfono al 555-0146; se decide "
                "dentro de 72 horas.</p></div>")
    body.append("<p>Las apelaciones internas ya terminaron: no envíe esta solicitud a nuestro Apartado Postal 9021, "
                "San Teodoro, PR 00998. También puede presentar una acción civil bajo la sección 502(a) de ERISA.</p>")
    body.append(f"<p>Atentamente,<br>Unidad de Apelaciones, Compañía de Seguros Brisamar</p>"
                f"<p style=\"font-size:11px;color:#666\">{e(FICT_ES)}</p></body></html>")
    msg = EmailMessage()
    msg["From"] = Address("Compañía de Seguros Brisamar", "apelaciones", "brisamar.example")
    msg["To"] = Address("Valeria Montañez", "vmontanez", "correo.example")
    msg["Subject"] = f"Decisión final de su apelación AP-26-1190 - reclamación {claim}"
    msg["Date"] = format_datetime(dt.datetime(2026, 11, 24, 9, 3, 10, tzinfo=dt.timezone(dt.timedelta(hours=-4))))
    msg["Message-ID"] = "<ap261190.20261124090310@brisamar.example>"
    msg.set_content("\n".join(body), subtype="html", charset="utf-8", cte="8bit")
    fn = slug + ".eml"
    path = os.path.join(ctx["out"], fn)
    with open(path, "wb") as f:
        f.write(msg.as_bytes())
    text = eml_text(path)
    key = dict(file=fn,
               _note="FICTIONAL / MUESTRA FICTICIA: invented people, insurer, employer, agency and numbers. Spanish "
                     "final internal appeal decision of an insured employer plan (ERISA) upholding the denial of TMS "
                     "(90867, 90868) as not medically necessary; the window is the external review's 4 months "
                     "(calendar months from the decision date, no mailing days) and the address is the state "
                     "office's where the request goes. HTML-only e-mail, UTF-8 8bit, facts in a <dl> grid, From and "
                     "Subject encoded per RFC 2047. Traps: the appeal number and the date the appeal was received, "
                     "the original denial's date, the Date header the next day, the 72-hour expedited review, the "
                     "insurer's own PO box.",
               patient_name=name, member_id=mid, claim_number=claim, notice_date=notice, service_dates=dates,
               procedure_codes=["90867", "90868"], diagnosis_codes=["F33.1"],
               denial_category="medical_necessity", plan_type="employer_erisa", urgent=False,
               appeal_deadline=add_months(notice, 4), deadline_basis=basis, appeals_address=", ".join(addr))
    return dict(file=fn, key=key, rule={"months": 4}, lang="es", text=text)


# ---------------------------------------------------------------------------------------------------------
# 18 Medicare Advantage: Spravato con terapia escalonada; texto simple en Windows-1252 con CRLF, tabla separada por
#    tabuladores y fechas año-mes-día
# ---------------------------------------------------------------------------------------------------------
def case18(ctx):
    slug = "18-medicare-advantage-spravato-escalonada-texto-cp1252-tabuladores"
    notice = D(2026, 11, 4)
    dob = D(1952, 11, 6)
    name = "Heriberto Galván Ruelas"
    mid = "ADM-FICT-884102"
    claim = "AD-2026-1104-5521"
    dates = [D(2026, 10, 6), D(2026, 10, 9), D(2026, 10, 13)]
    basis = "dentro de los 65 días a partir de la fecha de este aviso"
    addr = ["Alianza Dorada Salud", "Departamento de Apelaciones de Medicare", "P.O. Box 61004",
            "Loma Serena, TX 79999"]
    T = "\t"
    L = ["ALIANZA DORADA SALUD",
         "Alianza Dorada Medicare Advantage (PPO)",
         "Servicios al Miembro: 1800 Avenida Los Encinos, Loma Serena, TX 79901 - 555-0196",
         FICT_ES,
         "",
         "AVISO DE DENEGACIÓN DE PAGO",
         "",
         f"Fecha del aviso:{T}{long_es(notice)}",
         f"Miembro:{T}{name}",
         f"Número de miembro:{T}{mid}",
         f"Número de reclamación:{T}{claim}",
         f"Fecha de nacimiento:{T}{iso(dob)}",
         f"Proveedor:{T}Centro de Salud Mental Río Bravo",
         "",
         f"Estimado Sr. Galván:",
         "",
         "Procesamos la reclamación de los servicios de abajo y no los pagamos. Las fechas están en formato "
         "año-mes-día.",
         "",
         T.join(["Fecha", "Código", "Descripción", "Cargo", "Pagado"])]
    for d in dates:
        L.append(T.join([iso(d), "J0013", "Esketamina en aerosol nasal, 84 mg", "$850.00", "$0.00"]))
        L.append(T.join([iso(d), "G2083", "Visita con autoadministración supervisada y observación", "$310.00",
                         "$0.00"]))
    L += ["",
          "Diagnóstico: F33.2",
          "",
          "MOTIVO: nuestro plan cubre la esketamina en aerosol nasal con terapia escalonada. Antes de cubrirla, el",
          "expediente debe mostrar dos antidepresivos orales de clases distintas, cada uno por al menos 6 semanas,",
          "y un medicamento de refuerzo. Su expediente muestra un antidepresivo. No se cumplió el requisito de",
          "terapia escalonada. La terapia escalonada solo se aplica al comenzar un medicamento nuevo.",
          "",
          "SU DERECHO A APELAR",
          f"Si no está de acuerdo, debe pedirnos una reconsideración {basis}.",
          "Podemos darle más tiempo si tiene una buena razón. Decidimos una reconsideración sobre un medicamento",
          "de la Parte B dentro de 7 días; si su salud corre peligro, pida una decisión rápida (72 horas).",
          "Si mantenemos la denegación, enviaremos su caso a una entidad de revisión independiente sin que usted",
          "lo pida.",
          "",
          "Envíe su solicitud a:"]
    L += ["    " + a for a in addr]
    L += ["",
          "No envíe apelaciones a la oficina de Servicios al Miembro de la Avenida Los Encinos.",
          "Ayuda gratuita: Programa Estatal de Asistencia sobre Seguros de Salud (SHIP), 555-0189.",
          "",
          FICT_ES]
    data = "\r\n".join(L) + "\r\n"
    fn = slug + ".txt"
    with open(os.path.join(ctx["out"], fn), "wb") as f:
        f.write(data.encode("cp1252"))
    key = dict(file=fn,
               _note="FICTIONAL / MUESTRA FICTICIA: invented people, plan and numbers. Spanish Medicare Advantage PPO "
                     "payment denial of Spravato visits (J0013, G2083) for step therapy. Plain text in Windows-1252 "
                     "(accents as single bytes, no BOM) with CRLF; labels and a services table separated by tabs; "
                     "service dates and the DOB in ISO year-month-day, the notice date in words. Traps: DOB two days "
                     "after the notice's day and month, 7 days and 72 hours to decide, the independent review "
                     "entity, member services' address.",
               patient_name=name, member_id=mid, claim_number=claim, notice_date=notice, service_dates=dates,
               procedure_codes=["J0013", "G2083"], diagnosis_codes=["F33.2"],
               denial_category="step_therapy", plan_type="medicare_advantage", urgent=False,
               appeal_deadline=add_days(notice, 65), deadline_basis=basis, appeals_address=", ".join(addr))
    return dict(file=fn, key=key, rule={"days": 65}, lang="es", text=data)
