"""Set 21, notices 13-18 (Spanish). MUESTRA FICTICIA / FICTIONAL: every person, plan, provider, address and number
is invented."""
import os

from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.platypus import Spacer, PageBreak, Table, TableStyle, Paragraph

import photo
from common import FICTIONAL_ES, key
from render import P, lines, style, table, build_pdf, pdf_text, esc, rasterize

CASES = []


def case(**kw):
    CASES.append(kw)
    return kw


def footer(c, font="LibSans-I", size=7.5, y=30):
    c.saveState()
    c.setFont(font, size)
    c.drawString(54, y, FICTIONAL_ES)
    c.drawRightString(letter[0] - 54, y, f"Página {c.getPageNumber()}")
    c.restoreState()


# =========================================================================================== 13
def build_13(out, td, rng):
    f = "LibSans"
    body = style(f, 10, leading=12.6)
    small = style(f, 8.6, leading=10.6)
    h1 = style(f, 13, leading=16, bold=True)

    def head(c, doc):
        c.saveState()
        c.setFillColor(colors.Color(0.10, 0.45, 0.42))
        c.circle(66, letter[1] - 58, 12, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("LibSans-B", 14)
        c.drawString(86, letter[1] - 56, "Vereda Clara Health Plan")
        c.setFont("LibSans", 8.2)
        c.drawString(86, letter[1] - 67, "Plan de atención administrada de Medicaid")
        c.drawRightString(letter[0] - 54, letter[1] - 52, "Servicios al miembro: 2600 SW 27th Avenue, Miami, FL 33145")
        c.drawRightString(letter[0] - 54, letter[1] - 63, "1-866-555-0181 (TTY 711)")
        c.restoreState()
        footer(c)

    s = []
    s.append(P("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", h1))
    s.append(P("Fecha de este aviso: 13 de noviembre de 2026", body))
    s.append(lines(["Yolanda Peñaloza Quiñónez", "1480 W 49th Place, Apt. 12", "Hialeah, FL 33012"], body))
    s.append(Spacer(1, 6))
    info = [["Nombre del miembro", "Yolanda Peñaloza Quiñónez"], ["Número de miembro", "8812 0934 55"],
            ["Fecha de nacimiento", "02/09/1968"], ["Número de autorización", "AUT-26-33107"],
            ["Fecha de la solicitud", "06/11/2026"],
            ["Proveedor que lo pidió", "Dr. Esteban Ruvalcaba Iturbe, Clínica Bahía Mental"],
            ["Servicio pedido", "Terapia electroconvulsiva de mantenimiento, 6 sesiones (90870, 00104)"],
            ["Diagnóstico", "F33.3"]]
    s.append(table(info, [140, 360], small, head=False, grid=0.5,
                   extra=[("BACKGROUND", (0, 0), (0, -1), colors.Color(0.90, 0.95, 0.94))]))
    s.append(Spacer(1, 6))
    s.append(P("Vereda Clara Health Plan es un plan de atención administrada de Medicaid. Hemos <b>negado</b> el "
               "servicio que se pidió para usted.", body))
    s.append(P("<b>Motivo:</b> el servicio no es médicamente necesario para usted según nuestros criterios para la "
               "terapia electroconvulsiva de mantenimiento. Sus expedientes no muestran una recaída ni síntomas "
               "que hayan vuelto desde que terminó el tratamiento agudo el 2 de octubre de 2026. Un psiquiatra "
               "revisó esta solicitud.", body))
    s.append(P("<b>Su derecho a apelar:</b> tiene 60 días calendario a partir de la fecha de este aviso para pedir "
               "una apelación. Puede pedirla por teléfono o por escrito. Envíe su apelación a:", body))
    s.append(lines(["Vereda Clara Health Plan", "Departamento de Apelaciones y Quejas", "7800 NW 25th Street, Suite 300",
                    "Doral, FL 33122"], style(f, 10, leading=12.6, left=36)))
    s.append(P("<b>Continuación de beneficios:</b> si este aviso termina o reduce un servicio que ya recibe y quiere "
               "que siga durante la apelación, debe pedir la apelación dentro de 10 días a partir de la fecha de "
               "este aviso.", small))
    s.append(P("<b>Audiencia imparcial estatal:</b> si después de la apelación seguimos negando el servicio, puede "
               "pedir una audiencia imparcial estatal dentro de 120 días a partir de la fecha de la carta con la "
               "resolución de su apelación.", small))
    s.append(P("Si su salud está en peligro, pida una apelación rápida: la decidimos dentro de 72 horas.", small))
    pdf = os.path.join(td, "13.pdf")
    build_pdf(pdf, s, margins=(54, 54, 88, 48), on_page=head)
    page = rasterize(pdf, 230)[0]
    photo.cockled_stain(page, rng, 230).save(out, "JPEG", quality=86, subsampling=2)
    return pdf_text(pdf)


case(num=13, lang="es", ext="jpg", build=build_13, dayfirst=True,
     slug="medicaid-mco-tec-mantenimiento-necesidad-foto-hoja-mojada",
     key=key(None,
             "MUESTRA FICTICIA / FICTIONAL: invented member, plan, doctor and numbers. Spanish Medicaid managed-care "
             "notice of adverse benefit determination: maintenance ECT (90870, 00104) denied as not medically "
             "necessary. Photographed on a granite counter after the sheet got wet and dried (cockled waves, a brown "
             "tide line over the right half, soft ink inside it). No service dates (a request). Window stated: 60 "
             "calendar days from the notice. Traps: DOB 02/09/1968 and request date 06/11/2026 (day first), 2 de "
             "octubre de 2026 in the reason, the Miami member-services office, 10 days to keep services, 120 days "
             "for the fair hearing, 72-hour fast appeal.",
             patient_name="Yolanda Peñaloza Quiñónez", member_id="8812 0934 55", claim_number="AUT-26-33107",
             notice_date="2026-11-13", procedure_codes=["90870", "00104"], diagnosis_codes=["F33.3"],
             denial_category="medical_necessity", plan_type="medicaid", urgent=False, appeal_deadline="2027-01-12",
             deadline_basis="60 días calendario a partir de la fecha de este aviso",
             appeals_address="Vereda Clara Health Plan, Departamento de Apelaciones y Quejas, "
                             "7800 NW 25th Street, Suite 300, Doral, FL 33122"),
     anchors=dict(notice_date="13 de noviembre de 2026",
                  denial_category="el servicio no es médicamente necesario para usted",
                  plan_type="es un plan de atención administrada de Medicaid", deadline=("days", 60)))


# =========================================================================================== 14
def build_14(out, td, rng):
    f = "Schoolbook"
    body = style(f, 10.2, leading=12.8)
    small = style(f, 9, leading=11)
    h1 = style(f, 12.5, leading=15.5, bold=True)

    def head(c, doc):
        c.saveState()
        c.setFont("Schoolbook-B", 14)
        c.drawString(54, letter[1] - 70, "Ceiba Dorada Advantage (HMO)")
        c.setFont("Schoolbook", 8.4)
        c.drawString(54, letter[1] - 82, "Plan Medicare Advantage - Oficina central: 250 Avenida Ponce de León, Suite 900, "
                                         "San Juan, PR 00918")
        c.drawString(54, letter[1] - 93, "1-855-555-0152 (TTY 711), de lunes a domingo, 8:00 a.m. a 8:00 p.m.")
        c.restoreState()
        footer(c, font="Schoolbook-I", size=7.6)

    s = []
    s.append(P("AVISO DE DENEGACIÓN DE COBERTURA MÉDICA (DECISIÓN RÁPIDA)", h1))
    s.append(P("Fecha: 27 de noviembre de 2026", body))
    info = [["Nombre del miembro:", "Carmen Lydia Ortiz Rosado"], ["Número de miembro:", "CDA 7745 0219"],
            ["Número de caso:", "CD-EXP-26-01183"], ["Recibimos su solicitud el:", "26/11/2026"],
            ["Médico que la pidió:", "Dra. Wilmarie Santiago Colberg"]]
    s.append(table(info, [150, 330], body, head=False, grid=0, pad=1.5))
    s.append(Spacer(1, 6))
    s.append(P("Ceiba Dorada Advantage (HMO) es un plan Medicare Advantage. Usted pidió una decisión rápida y "
               "tomamos esta decisión de forma acelerada. Hemos <b>negado</b> la cobertura de:", body))
    s.append(P("Esketamina en aerosol nasal (Spravato) administrada en la oficina del médico, códigos J0013 y "
               "G2083. Diagnóstico: F33.2.", style(f, 10.2, leading=12.8, left=24)))
    s.append(P("<b>Por qué dijimos que no:</b> terapia escalonada. Nuestro plan cubre la esketamina solo después de "
               "que usted haya probado primero dos antidepresivos diferentes y un tratamiento de aumento. Sus "
               "expedientes muestran un antidepresivo (escitalopram). Si su médico nos envía los otros intentos, "
               "podemos revisar la solicitud de nuevo.", body))
    s.append(P("<b>Su derecho a apelar.</b> Si no está de acuerdo, puede pedirnos una apelación (reconsideración). "
               "Debe pedirla dentro de 65 días a partir de la fecha de este aviso. Envíela por escrito a:", body))
    s.append(lines(["Ceiba Dorada Advantage (HMO)", "Unidad de Apelaciones y Quejas", "PO Box 195540",
                    "San Juan, PR 00919-5540"], style(f, 10.2, leading=12.8, left=36)))
    s.append(P("Fax: 1-855-555-0153. No envíe apelaciones a la oficina central.", body))
    s.append(PageBreak())
    s.append(Spacer(1, 30))
    s.append(P("Apelación rápida", h1))
    s.append(P("Si usted o su médico creen que esperar podría dañar seriamente su salud, pida una apelación rápida "
               "por teléfono o fax. Le daremos una respuesta dentro de 72 horas.", body))
    s.append(P("Qué pasa después", h1))
    s.append(P("Si volvemos a decir que no, enviaremos su caso nosotros mismos a una Entidad de Revisión "
               "Independiente. Usted no tiene que pedirlo.", body))
    s.append(P("Para obtener ayuda gratuita, llame al Programa Estatal de Asistencia sobre Seguros de Salud al "
               "1-877-555-0125. Puede nombrar a un familiar, amigo o a su médico para que actúe por usted.", small))
    pdf = os.path.join(td, "14.pdf")
    from reportlab.platypus import NextPageTemplate
    build_pdf(pdf, s, margins=(54, 54, 110, 48), on_page=head)
    pages = rasterize(pdf, 300, gray=True)
    fax = photo.upside_down_fax(pages, rng, "30-NOV-2026 16:42  DE: CEIBA DORADA UM 787-555-0150  "
                                             "A: 7875550133  P.{n:03d}/{total:03d}")
    photo.fax_tiff(fax, out, fine=True)
    return pdf_text(pdf)


case(num=14, lang="es", ext="tif", build=build_14, dayfirst=True,
     slug="medicare-advantage-spravato-terapia-escalonada-rapida-fax-al-reves",
     key=key(None,
             "MUESTRA FICTICIA / FICTIONAL: invented member, plan, doctor and numbers. Spanish Medicare Advantage "
             "expedited (fast) denial of Spravato in the office (J0013, G2083) for step therapy, two pages. A "
             "fine-mode fax TIFF whose sheets were fed upside down: each page turned 180 degrees under an upright "
             "fax header. No service dates (a request). Window stated: 65 days from the notice. Traps: the fax "
             "header's 30-NOV-2026, the request received 26/11/2026, the head office, 72-hour fast appeal, the IRE.",
             patient_name="Carmen Lydia Ortiz Rosado", member_id="CDA 7745 0219", claim_number="CD-EXP-26-01183",
             notice_date="2026-11-27", procedure_codes=["J0013", "G2083"], diagnosis_codes=["F33.2"],
             denial_category="step_therapy", plan_type="medicare_advantage", urgent=True,
             appeal_deadline="2027-01-31", deadline_basis="dentro de 65 días a partir de la fecha de este aviso",
             appeals_address="Ceiba Dorada Advantage (HMO), Unidad de Apelaciones y Quejas, PO Box 195540, "
                             "San Juan, PR 00919-5540"),
     anchors=dict(notice_date="27 de noviembre de 2026",
                  denial_category="terapia escalonada. Nuestro plan cubre la esketamina solo después de que usted "
                                  "haya probado primero",
                  plan_type="es un plan Medicare Advantage",
                  urgent="Usted pidió una decisión rápida y tomamos esta decisión de forma acelerada",
                  deadline=("days", 65)))


# =========================================================================================== 15
def build_15(out, td, rng):
    f = "DejaSans"
    body = style(f, 9.6, leading=12.2)
    small = style(f, 8.2, leading=10)
    h1 = style(f, 12.5, leading=15.5, bold=True)

    def head(c, doc):
        c.saveState()
        c.setFillColor(colors.Color(0.85, 0.45, 0.10))
        c.rect(0, letter[1] - 90, letter[0], 90, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DejaSans-B", 16)
        c.drawString(54, letter[1] - 48, "Mesquite Kids Health Plan")
        c.setFont("DejaSans", 8.4)
        c.drawString(54, letter[1] - 62, "Plan de salud de CHIP")
        c.drawString(54, letter[1] - 74, "Servicios para miembros: 4100 Fredericksburg Road, San Antonio, TX 78201 - "
                                         "1-877-555-0114")
        c.restoreState()
        footer(c, font="DejaSans", size=7)

    s = []
    s.append(P("Aviso sobre su reclamación", h1))
    s.append(P("Fecha de la carta: 1 de diciembre de 2026", body))
    s.append(lines(["Sra. Lucía Barrientos Ochoa", "318 Rosillo Creek Dr", "San Antonio, TX 78245"], body))
    s.append(Spacer(1, 6))
    s.append(P("Estimada Sra. Barrientos Ochoa:", body))
    s.append(P("Le escribimos sobre los servicios que recibió su hijo, Mateo Alejandro Barrientos. Su hijo tiene "
               "cobertura por medio de CHIP (Programa de Seguro Médico para Niños).", body))
    info = [["Miembro (niño/a)", "Mateo Alejandro Barrientos"], ["ID de miembro", "MKH-CHIP-5531907"],
            ["Fecha de nacimiento", "14/05/2011"], ["Número de reclamación", "NR-2611-6620"],
            ["Recibimos la reclamación", "24/11/2026"], ["Proveedor", "Programa Juvenil Alameda"],
            ["Fechas de servicio", "17/11/2026, 19/11/2026 y 21/11/2026"],
            ["Servicio", "Programa intensivo ambulatorio de salud mental (S9480)"], ["Diagnóstico", "F32.2"]]
    s.append(table(info, [150, 330], small, head=False, grid=0.5,
                   extra=[("BACKGROUND", (0, 0), (0, -1), colors.Color(0.99, 0.93, 0.85))]))
    s.append(Spacer(1, 6))
    s.append(P("<b>Nuestra decisión:</b> negamos el pago de estos días porque no son médicamente necesarios según "
               "nuestros criterios para un programa intensivo ambulatorio. Los expedientes muestran que Mateo podía "
               "recibir tratamiento en un nivel de atención más bajo, con terapia semanal y control de "
               "medicamentos. Una psiquiatra de niños y adolescentes revisó la reclamación.", body))
    s.append(P("<b>Cómo apelar:</b> usted tiene 60 días a partir de la fecha de esta carta para pedir una "
               "apelación. Puede llamarnos o escribirnos a:", body))
    s.append(lines(["Mesquite Kids Health Plan", "Departamento de Apelaciones", "1200 S Brazos St, Suite 4",
                    "San Antonio, TX 78207"], style(f, 9.6, leading=12.2, left=36)))
    s.append(P("<b>Revisión externa:</b> si mantenemos nuestra decisión después de la apelación, puede pedir una "
               "revisión externa por una Organización de Revisión Independiente dentro de 4 meses a partir de la "
               "fecha de nuestra carta de apelación.", small))
    s.append(P("Si la salud de su hijo está en peligro, pida una apelación acelerada.", small))
    pdf = os.path.join(td, "15.pdf")
    build_pdf(pdf, s, margins=(54, 54, 110, 48), on_page=head)
    page = rasterize(pdf, 240)[0]
    im, exif = photo.oilcloth_upside_exif(page, rng)
    im.save(out, "JPEG", quality=88, subsampling=2, exif=exif)
    return pdf_text(pdf)


case(num=15, lang="es", ext="jpg", build=build_15, dayfirst=True,
     slug="chip-programa-intensivo-necesidad-foto-mantel-exif-invertida",
     key=key(None,
             "MUESTRA FICTICIA / FICTIONAL: invented child, mother, plan and numbers. Spanish CHIP claim letter to "
             "the mother about her son's intensive outpatient days (S9480) denied as not medically necessary (a "
             "lower level of care would do). Phone photo on a red gingham oilcloth, the page turned 9 degrees, warm "
             "light; stored upside down with EXIF orientation 3. Window stated: 60 days from the letter. Traps: the "
             "mother as addressee, the child's DOB 14/05/2011, the claim received date 24/11/2026, the member "
             "services office, 4 months for external review, 'apelación acelerada' offered (not asked for).",
             patient_name="Mateo Alejandro Barrientos", member_id="MKH-CHIP-5531907", claim_number="NR-2611-6620",
             notice_date="2026-12-01", service_dates=["2026-11-17", "2026-11-19", "2026-11-21"],
             procedure_codes=["S9480"], diagnosis_codes=["F32.2"], denial_category="medical_necessity",
             plan_type="chip", urgent=False, appeal_deadline="2027-01-30",
             deadline_basis="60 días a partir de la fecha de esta carta",
             appeals_address="Mesquite Kids Health Plan, Departamento de Apelaciones, 1200 S Brazos St, Suite 4, "
                             "San Antonio, TX 78207"),
     anchors=dict(notice_date="1 de diciembre de 2026",
                  service_dates=[("17/11/2026", "2026-11-17"), ("19/11/2026", "2026-11-19"),
                                 ("21/11/2026", "2026-11-21")],
                  denial_category="no son médicamente necesarios según nuestros criterios",
                  plan_type="cobertura por medio de CHIP", deadline=("days", 60)))


# =========================================================================================== 16
def build_16(out, td, rng):
    f = "Palatino"
    body = style(f, 10, leading=12.6)
    small = style(f, 8.8, leading=10.8)
    h1 = style(f, 12.5, leading=15.5, bold=True, align="center")

    def head(c, doc):
        c.saveState()
        c.setFillColor(colors.Color(0.80, 0.10, 0.18))
        c.setFont("Palatino-B", 16)
        c.drawCentredString(letter[0] / 2, letter[1] - 50, "Aseguradora Flamboyán, Inc.")
        c.setFillColor(colors.black)
        c.setFont("Palatino", 8.4)
        c.drawCentredString(letter[0] / 2, letter[1] - 62, "Edificio Flamboyán, 1510 Avenida Juan Ponce de León, "
                                                           "San Juan, PR 00909 - 787-555-0161")
        c.restoreState()
        footer(c, font="Palatino-I", size=7.4)

    s = []
    s.append(P("EXPLICACIÓN DE BENEFICIOS Y AVISO DE DENEGACIÓN", h1))
    s.append(P("16 de noviembre de 2026", body))
    s.append(lines(["Héctor Luis Maldonado Ferrer", "Urb. Las Gaviotas, Calle Coral 22", "Toa Baja, PR 00949"], body))
    s.append(Spacer(1, 6))
    info = [["Asegurado", "Héctor Luis Maldonado Ferrer", "Núm. de contrato", "AF-2208-4471-00"],
            ["Patrono", "Destilería Costa Norte, LLC", "Grupo", "55817"],
            ["Reclamación", "RCL 2610 7784 3", "Fecha de recibo", "28/10/2026"],
            ["Proveedor", "Centro de Infusiones Bahía Azul", "Fecha de nacimiento", "03/07/1974"]]
    s.append(table(info, [70, 180, 100, 150], small, head=False, grid=0.5,
                   extra=[("FONTNAME", (0, 0), (0, -1), "Palatino-B"), ("FONTNAME", (2, 0), (2, -1), "Palatino-B")]))
    s.append(Spacer(1, 6))
    s.append(P("Su cobertura es el plan médico grupal de su patrono, asegurado por Aseguradora Flamboyán. Estas son "
               "las líneas de la reclamación:", body))
    rows = [["Fecha de servicio", "Código", "Cargo", "Pagado", "Ajuste"]]
    for dt in ("10/10/2026", "17/10/2026"):
        rows.append([dt, "96365", "$600.00", "$0.00", "CO-27"])
        rows.append([dt, "J3490", "$40.00", "$0.00", "CO-27"])
    s.append(table(rows, [100, 70, 80, 80, 70], small, grid=0.5))
    s.append(P("Diagnóstico: F33.1. Las fechas se escriben día/mes/año.", small))
    s.append(P("<b>Motivo (CO-27):</b> los servicios se prestaron después de que terminó su cobertura. Según "
               "nuestros registros, su cobertura bajo el plan médico grupal de su patrono terminó el 30/09/2026. Si "
               "su patrono corrige su inscripción, el proveedor puede volver a someter la reclamación dentro de 90 "
               "días.", body))
    s.append(P("<b>Su derecho a apelar:</b> puede apelar esta determinación por escrito. Los plazos para apelar "
               "aparecen en su certificado de beneficios. Envíe su apelación a:", body))
    s.append(lines(["Aseguradora Flamboyán, Inc.", "Departamento de Apelaciones", "Apartado Postal 362210",
                    "San Juan, PR 00936-2210"], style(f, 10, leading=12.6, left=36)))
    s.append(P("Puede pedir copias de los documentos de su reclamación sin costo. Después de la decisión final "
               "de su apelación puede pedir una revisión externa.", body))
    pdf = os.path.join(td, "16.pdf")
    build_pdf(pdf, s, margins=(54, 54, 80, 48), on_page=head)
    page = rasterize(pdf, 280)[0]
    photo.scanner_app_bad_crop(page, rng).save(out, "JPEG", quality=90, subsampling=0)
    return pdf_text(pdf)


case(num=16, lang="es", ext="jpg", build=build_16, dayfirst=True,
     slug="patrono-pr-ketamina-cobertura-terminada-app-escaner-recorte-mal",
     key=key(None,
             "MUESTRA FICTICIA / FICTIONAL: invented member, employer, insurer and numbers. Puerto Rico insured "
             "employer group plan's Spanish EOB and denial: two ketamine infusion days (96365, J3490) after coverage "
             "ended (CO-27, keyed other). Made with a phone scanner app whose edge finder took the placemat for the "
             "page's foot (a trapezoid, table strip below, top corners cut, stretched to A4) and over-saturated it. "
             "No window stated (\"aparecen en su certificado de beneficios\"): the ERISA rule's 180 days. Dates day "
             "first, as the notice says. Traps: coverage end 30/09/2026, received 28/10/2026, DOB, group number, "
             "the San Juan office, 90 days to resubmit, external review.",
             patient_name="Héctor Luis Maldonado Ferrer", member_id="AF-2208-4471-00", claim_number="RCL 2610 7784 3",
             notice_date="2026-11-16", service_dates=["2026-10-10", "2026-10-17"],
             procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.1"], carc_codes=["CO-27"],
             denial_category="other", plan_type="employer_erisa", urgent=False, appeal_deadline="2027-05-15",
             deadline_basis="29 CFR 2560.503-1(h)(3)(i)",
             appeals_address="Aseguradora Flamboyán, Inc., Departamento de Apelaciones, Apartado Postal 362210, "
                             "San Juan, PR 00936-2210"),
     anchors=dict(notice_date="16 de noviembre de 2026",
                  service_dates=[("10/10/2026", "2026-10-10"), ("17/10/2026", "2026-10-17")],
                  denial_category="los servicios se prestaron después de que terminó su cobertura",
                  plan_type="plan médico grupal de su patrono", deadline=("rule",)))


# =========================================================================================== 17
def build_17(out, td, rng):
    """An HTML-only e-mail in windows-1252, quoted-printable, its subject Q-encoded: written out by hand so the
    bytes are as an older mail system sends them."""
    import quopri
    from email.header import Header
    from render import eml_text
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Verdana,sans-serif;font-size:13px">
<table width="600" cellpadding="6" style="border:1px solid #c8a96a"><tr><td style="background:#f4e3c1">
<b>Solana Salud Mutual</b> &middot; Aviso importante sobre su reclamación</td></tr><tr><td>
<p>Fecha del aviso: 24 de noviembre de 2026</p>
<p>Estimada Sra. Echeverría Duarte:</p>
<p>Le escribimos sobre una reclamación de su plan Solana Plata 4000, un plan individual del Mercado de Seguros
Médicos que usted compró para el año 2026.</p>
<table cellpadding="3" style="border-collapse:collapse;font-size:12px">
<tr><td><b>Miembro:</b></td><td>Marisela Echeverría Duarte</td></tr>
<tr><td><b>ID de miembro:</b></td><td>SSM-88127733-01</td></tr>
<tr><td><b>Reclamación:</b></td><td>SS26-10-55818</td></tr>
<tr><td><b>Proveedor:</b></td><td>Desert Bloom TMS Center</td></tr>
<tr><td><b>Código de ajuste:</b></td><td>CO-197</td></tr>
<tr><td><b>Diagnóstico:</b></td><td>F33.1</td></tr>
</table>
<p>Su proveedor nos envió una reclamación por estimulación magnética transcraneal (código 90868) que usted
recibió los días 19, 20, 21, 22 y 23 de octubre de 2026. La recibimos el 3 de noviembre de 2026.</p>
<p><b>Nuestra decisión:</b> negamos la reclamación porque estos servicios necesitan autorización previa y no
recibimos una solicitud de autorización de su proveedor antes de la primera sesión. Esta decisión no dice que el
tratamiento no fuera necesario.</p>
<p><b>Cómo apelar:</b> tiene 180 días a partir de la fecha en que recibe este aviso para presentar una
apelación interna. Envíela por escrito a:<br>
Solana Salud Mutual<br>Unidad de Apelaciones<br>PO Box 40315<br>Phoenix, AZ 85067</p>
<p>Si mantenemos la negación después de la apelación, puede pedir una revisión externa independiente dentro de
4 meses a partir de la fecha de nuestra decisión final. Para ayuda, llame al 1-800-555-0148 (TTY 711).</p>
<p style="font-size:10px;color:#666">MUESTRA FICTICIA (FICTIONAL): todas las personas, planes, proveedores,
direcciones y números de este mensaje son inventados. No responda a este correo.</p>
</td></tr></table></body></html>
"""
    body = quopri.encodestring(html.replace("\n", "\r\n").encode("cp1252")).decode("ascii")
    subj = Header("Aviso de denegación de su reclamación SS26-10-55818", "iso-8859-1").encode()
    head = ("Return-Path: <avisos@solanasalud.example>\r\n"
            "Received: from mta3.solanasalud.example (mta3.solanasalud.example [192.0.2.41])\r\n"
            "\tby mx.correo.example; Wed, 25 Nov 2026 10:31:07 -0700\r\n"
            "Date: Wed, 25 Nov 2026 10:31:00 -0700\r\n"
            "From: Solana Salud Mutual <avisos@solanasalud.example>\r\n"
            "To: marisela.echeverria@correo.example\r\n"
            f"Subject: {subj}\r\n"
            "Message-ID: <aviso-55818.20261125@solanasalud.example>\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: text/html; charset=\"windows-1252\"\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n")
    with open(out, "wb") as f:
        f.write((head + body).encode("ascii"))
    return eml_text(out)


case(num=17, lang="es", ext="eml", build=build_17,
     slug="mercado-tms-sin-autorizacion-previa-correo-html-cp1252",
     key=key(None,
             "MUESTRA FICTICIA / FICTIONAL: invented member, insurer, provider and numbers. Spanish Marketplace "
             "denial e-mailed as HTML only (windows-1252, quoted-printable, ISO-8859-1 Q-encoded subject): five TMS "
             "sessions (90868) denied for no prior authorization (CO-197). The dates are said once with the year at "
             "the end: \"los días 19, 20, 21, 22 y 23 de octubre de 2026\". Window stated: 180 days from receipt, "
             "counted from the notice date. Traps: the e-mail's Date header (November 25), the Received line, the "
             "claim received 3 de noviembre, 4 months for external review.",
             patient_name="Marisela Echeverría Duarte", member_id="SSM-88127733-01", claim_number="SS26-10-55818",
             notice_date="2026-11-24",
             service_dates=["2026-10-19", "2026-10-20", "2026-10-21", "2026-10-22", "2026-10-23"],
             procedure_codes=["90868"], diagnosis_codes=["F33.1"], carc_codes=["CO-197"],
             denial_category="prior_authorization", plan_type="individual_aca", urgent=False,
             appeal_deadline="2027-05-23", deadline_basis="180 días a partir de la fecha en que recibe este aviso",
             appeals_address="Solana Salud Mutual, Unidad de Apelaciones, PO Box 40315, Phoenix, AZ 85067"),
     anchors=dict(notice_date="24 de noviembre de 2026",
                  service_dates=[("19, 20, 21, 22 y 23 de octubre de 2026", x) for x in
                                 ("2026-10-19", "2026-10-20", "2026-10-21", "2026-10-22", "2026-10-23")],
                  denial_category="estos servicios necesitan autorización previa",
                  plan_type="plan individual del Mercado de Seguros Médicos", deadline=("days", 180)))


# =========================================================================================== 18
def docx_checkbox(paragraph, checked):
    """A Word check-box content control (w14:checkbox), as state agencies' form letters use them."""
    from docx.oxml import parse_xml
    ch = "\u2612" if checked else "\u2610"
    xml = f'''<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:sdtPr><w:id w:val="{1000 + (7 if checked else 3)}"/>
<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>
<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr>
<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>
<w:t>{ch}</w:t></w:r></w:sdtContent></w:sdt>'''
    paragraph._p.append(parse_xml(xml))


def build_18(out, td, rng):
    import docx
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from render import docx_text
    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.9)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(5)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Agencia Estatal de Asistencia Médica - Programa Medicaid (pago por servicio)")
    r.bold = True; r.font.size = Pt(12)
    hp2 = sec.header.add_paragraph()
    hp2.add_run("Unidad de Autorizaciones Previas - 700 Wethersfield Avenue, Piso 2, Hartford, CT 06114 - "
                "1-860-555-0117").font.size = Pt(8)
    sec.footer.paragraphs[0].add_run(FICTIONAL_ES).font.size = Pt(7.5)
    t = d.add_paragraph()
    rr = t.add_run("AVISO DE ACCIÓN: DENEGACIÓN DE AUTORIZACIÓN PREVIA")
    rr.bold = True; rr.font.size = Pt(13)
    d.add_paragraph("Fecha del aviso: 20 de noviembre de 2026")
    d.add_paragraph("Dolores Carrasquillo Montañez\n45 Zion Street, Apt. 2B\nHartford, CT 06106")
    tb = d.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for a, b in [("Nombre", "Dolores Carrasquillo Montañez"), ("Número de identificación de Medicaid", "0019482270"),
                 ("Fecha de nacimiento", "20/11/1979"), ("Número de autorización previa", "PA-2611-4471"),
                 ("Fecha de la solicitud", "09/11/2026"),
                 ("Proveedor", "Dr. Anselmo Figueroa Lugo, Centro de Bienestar Mental Capitol"),
                 ("Servicio pedido", "Infusiones intravenosas de ketamina, 6 sesiones (96365, J3490)"),
                 ("Diagnóstico", "F33.2")]:
        row = tb.add_row().cells
        row[0].text, row[1].text = a, b
        row[0].paragraphs[0].runs[0].bold = True
    d.add_paragraph()
    d.add_paragraph("Hemos negado la autorización previa del servicio de arriba. Motivo de la decisión (marcado):")
    cb = d.add_table(rows=0, cols=2)
    for checked, label in [(False, "El servicio no es médicamente necesario."),
                           (True, "El servicio no está cubierto por el plan estatal de Medicaid."),
                           (False, "Falta información para decidir la solicitud."),
                           (False, "El proveedor no está inscrito en Medicaid."),
                           (False, "Usted no era elegible en la fecha pedida.")]:
        row = cb.add_row().cells
        docx_checkbox(row[0].paragraphs[0], checked)
        row[1].text = label
    cb.autofit = False
    cb.columns[0].width = Inches(0.4)
    cb.columns[1].width = Inches(6.0)
    for row in cb.rows:
        row.cells[0].width = Inches(0.4)
        row.cells[1].width = Inches(6.0)
    d.add_paragraph("Explicación: las infusiones intravenosas de ketamina para la depresión no son un servicio "
                    "cubierto por el plan estatal de Medicaid de Connecticut. Esta decisión no se basa en su "
                    "historia clínica.")
    d.add_paragraph("Regla en que se basa esta decisión: Manual de proveedores de Medicaid, capítulo 7, servicios "
                    "excluidos.")
    p = d.add_paragraph()
    p.add_run("Su derecho a una audiencia imparcial. ").bold = True
    p.add_run("Si no está de acuerdo, puede pedir una audiencia imparcial. Puede pedir una audiencia imparcial "
              "dentro de 60 días a partir de la fecha de este aviso. Pídala por escrito o por teléfono a:")
    for line in ["Agencia Estatal de Asistencia Médica", "Oficina de Audiencias Administrativas",
                 "700 Wethersfield Avenue, Piso 3", "Hartford, CT 06114"]:
        q = d.add_paragraph(line)
        q.paragraph_format.left_indent = Inches(0.5)
        q.paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    d.add_paragraph("Continuación de beneficios: si ya recibe este servicio y pide la audiencia antes del "
                    "30/11/2026, el servicio puede continuar hasta la decisión.")
    d.add_paragraph("Si no está de acuerdo con la decisión de la audiencia, puede pedir que se reconsidere dentro "
                    "de 15 días o apelar al tribunal dentro de 45 días a partir de esa decisión.")
    d.add_paragraph("Ayuda legal gratuita: 1-800-555-0162.")
    d.core_properties.author = "FICTIONAL"
    d.save(out)
    return docx_text(out)


case(num=18, lang="es", ext="docx", build=build_18, dayfirst=True,
     slug="medicaid-pago-por-servicio-ketamina-no-cubierta-word-casillas",
     key=key(None,
             "MUESTRA FICTICIA / FICTIONAL: invented member, agency, doctor and numbers. Spanish fee-for-service "
             "Medicaid notice of action in Word denying prior authorization for ketamine infusions (96365, J3490) "
             "as not covered by the state plan; the reason is the one ticked in a list of check-box content "
             "controls (the others, 'no es médicamente necesario' among them, are unticked). The fair hearing is "
             "the first step, asked within 60 days of the notice; its office is the address. No service dates. "
             "Traps: DOB 20/11/1979 (the notice's own day and month), request date 09/11/2026, the prior "
             "authorization unit's address, 30/11/2026 for continued benefits, 15 and 45 days after the hearing.",
             patient_name="Dolores Carrasquillo Montañez", member_id="0019482270", claim_number="PA-2611-4471",
             notice_date="2026-11-20", procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"],
             denial_category="not_covered", plan_type="medicaid", urgent=False, appeal_deadline="2027-01-19",
             deadline_basis="dentro de 60 días a partir de la fecha de este aviso",
             appeals_address="Agencia Estatal de Asistencia Médica, Oficina de Audiencias Administrativas, "
                             "700 Wethersfield Avenue, Piso 3, Hartford, CT 06114"),
     anchors=dict(notice_date="20 de noviembre de 2026",
                  denial_category="no son un servicio cubierto por el plan estatal de Medicaid",
                  plan_type="Programa Medicaid (pago por servicio)", deadline=("days", 60)))
