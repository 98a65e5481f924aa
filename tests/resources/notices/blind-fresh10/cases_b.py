"""Spanish notices 13-18 of the FICTIONAL blind-fresh10 set."""
import base64  # noqa: F401

from make_set import plus_days
from render import Doc

FICT_ES = "MUESTRA FICTICIA (FICTIONAL) - no es un aviso real. Todas las personas, planes, números y direcciones son inventados."


# ------------------------------------------------------------------------------------------------------------------
def c13():
    """Medicaid managed care notice in Spanish that keeps US month-first numeric dates."""
    d = Doc(margin=54, top=50)
    d.line("Plan de Salud Mesa Alta", "serifb", 17, color=(0.55, 0.2, 0.1))
    d.line("Plan de atención administrada de Medicaid  -  Oficina central: 1800 Calle Tesoro, Alburquerque Viejo, "
           "NM 87999", "serif", 8.5)
    d.gap(10)
    d.line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", "serifb", 13)
    d.gap(4)
    d.table([["Fecha del aviso", "Fecha de impresión", "Núm. de caso del hogar"],
             ["11/09/2026", "11/10/2026", "4420087"]], [150, 150, 200], font="serif", hfont="serifb", size=10)
    d.gap(8)
    d.lines("Rosa Elvira Quintanilla Ocampo\n2207 Camino del Arroyo\nLas Cruces del Norte, NM 88990", size=11)
    d.gap(8)
    d.kv([("Afiliado(a):", "Rosa Elvira Quintanilla Ocampo"),
          ("Núm. de identificación de Medicaid:", "MAL-FICT-50338127"),
          ("Fecha de nacimiento:", "11/11/1975"),
          ("Núm. de reclamo:", "26-1027-88341"),
          ("Proveedor:", "Clínica Alameda de Salud Mental"),
          ("Fecha del servicio:", "10/27/2026"),
          ("Códigos:", "96365, J3490"), ("Diagnóstico:", "F33.2")], labw=200, size=10.5)
    d.gap(6)
    d.para("Estimada Sra. Quintanilla Ocampo:", size=11)
    d.para("Plan de Salud Mesa Alta negó el pago de la infusión de ketamina que usted recibió el 10/27/2026. "
           "Motivo: este servicio requiere autorización previa del plan. No recibimos una solicitud de "
           "autorización previa de su proveedor antes de la fecha del servicio.", size=11)
    d.line("Su derecho a apelar", "serifb", 11.5)
    d.para("Usted puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Puede pedirla "
           "por teléfono al 1-505-555-0129 o por escrito. Envíe su apelación a:", size=11)
    d.lines("Plan de Salud Mesa Alta\nUnidad de Quejas y Apelaciones\nP.O. Box 27750\nLas Cruces del Norte, NM 88999",
            x=96, size=11)
    d.gap(4)
    d.para("Continuación de beneficios: si este aviso suspende o reduce un servicio que ya recibe, puede seguir "
           "recibiéndolo durante la apelación si la pide dentro de 10 días de la fecha de este aviso.", size=11)
    d.para("Audiencia imparcial estatal: si mantenemos nuestra decisión, puede pedir una audiencia imparcial "
           "estatal a más tardar 120 días a partir de la fecha de nuestra decisión sobre su apelación.", size=11)
    d.para("No envíe apelaciones a la oficina central.", size=11)
    d.line(FICT_ES, "sansb", 7.5)
    key = dict(
        file="13-medicaid-mco-aviso-fechas-eeuu.pdf",
        _note=("Spanish Medicaid managed-care notice (text PDF) that KEEPS US MONTH-FIRST numeric dates: 'Fecha del "
               "aviso 11/09/2026' is 9 November 2026 (read day-first it would be 11 September, before the service); "
               "'Fecha de impresión 11/10/2026' is 10 November; service 10/27/2026 can only be month-first; DOB "
               "11/11/1975 two days after the notice. Household case number beside the Medicaid ID; 10-day "
               "continuation and 120-day fair hearing are not the appeal deadline; head office is not the appeal "
               "address."),
        patient_name="Rosa Elvira Quintanilla Ocampo", member_id="MAL-FICT-50338127", claim_number="26-1027-88341",
        notice_date="2026-11-09", service_dates=["2026-10-27"],
        procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"],
        denial_category="prior_authorization", plan_type="medicaid", urgent=False,
        appeal_deadline=plus_days("2026-11-09", 60),
        deadline_basis="dentro de 60 días a partir de la fecha de este aviso",
        appeals_address=("Plan de Salud Mesa Alta, Unidad de Quejas y Apelaciones, P.O. Box 27750, "
                         "Las Cruces del Norte, NM 88999"),
    )
    return dict(key=key, fmt="pdf", doc=d, must=["11/09/2026", "10/27/2026"])


# ------------------------------------------------------------------------------------------------------------------
def c14():
    """Separate CHIP notice in Spanish to a mother about her daughter; dd/mm/aaaa stated; Word file."""
    import docx
    from docx.shared import Pt

    def build(path):
        doc = docx.Document()
        doc.styles["Normal"].font.name = "Arial"
        doc.styles["Normal"].font.size = Pt(10.5)
        p = doc.add_paragraph()
        r = p.add_run("Cuidado Kids del Sur")
        r.bold = True
        r.font.size = Pt(16)
        doc.add_paragraph("Plan de salud del Programa de Seguro Médico Infantil (CHIP). CHIP no es Medicaid.")
        doc.add_paragraph("Aviso de determinación adversa de beneficios").runs[0].bold = True
        doc.add_paragraph("Todas las fechas de este aviso están escritas en formato dd/mm/aaaa.")
        t = doc.add_table(rows=8, cols=2)
        t.style = "Table Grid"
        rows = [("Fecha del aviso:", "06/11/2026"),
                ("Para:", "Marisol Luján de Ibarra (madre)"),
                ("Miembro (niña):", "Valentina Sofía Ibarra Luján"),
                ("Fecha de nacimiento de la miembro:", "04/11/2010"),
                ("Número de miembro:", "CKS-FICT-0088213"),
                ("Número de caso de la familia:", "771204-H"),
                ("Número de reclamo:", "CK-2610-55127"),
                ("Proveedor:", "Centro Juvenil Río Bravo de Salud Conductual")]
        for i, (a, b) in enumerate(rows):
            t.cell(i, 0).text = a
            t.cell(i, 1).text = b
        doc.add_paragraph()
        doc.add_paragraph("Marisol Luján de Ibarra\n318 Calle Mezquite\nSan Benito Viejo, TX 78990")
        doc.add_paragraph("Estimada Sra. Luján de Ibarra:")
        doc.add_paragraph("Revisamos la reclamación del programa intensivo ambulatorio (código S9480, diagnóstico "
                          "F32.1) que su hija Valentina recibió los días 19/10/2026, 21/10/2026 y 23/10/2026.")
        doc.add_paragraph("Decisión: negamos el pago. Motivo: el servicio no es médicamente necesario según "
                          "nuestros criterios de nivel de atención. Los expedientes muestran que Valentina podía "
                          "recibir la atención en un nivel menor (terapia ambulatoria semanal).")
        doc.add_paragraph("Su derecho a apelar").runs[0].bold = True
        doc.add_paragraph("Usted puede apelar en nombre de su hija. Tiene 60 días calendario a partir de la fecha de "
                          "este aviso para pedir una apelación. Envíela a:")
        for ln in ("Cuidado Kids del Sur", "Departamento de Apelaciones", "1450 Calle Laredo, Suite 220",
                   "San Benito Viejo, TX 78999"):
            q = doc.add_paragraph(ln)
            q.paragraph_format.left_indent = Pt(36)
            q.paragraph_format.space_after = Pt(0)
        doc.add_paragraph()
        doc.add_paragraph("Si mantenemos nuestra decisión, puede pedir una revisión externa por una organización "
                          "de revisión independiente. Como este es un plan de CHIP, no hay audiencia imparcial "
                          "estatal de Medicaid. Las reclamaciones de proveedores van al P.O. Box 6612; no envíe "
                          "apelaciones allí. Preguntas: 1-956-555-0158.")
        doc.add_paragraph(FICT_ES)
        doc.core_properties.author = "FICTIONAL test set"
        doc.core_properties.created = doc.core_properties.modified = __import__("datetime").datetime(2026, 11, 6, 9, 0)
        doc.save(path)

    key = dict(
        file="14-chip-aviso-madre-hija-docx.docx",
        _note=("Separate CHIP plan notice in Spanish (Word, label/value table) addressed to the mother: the PATIENT "
               "is her daughter Valentina Sofía Ibarra Luján. Dates stated as dd/mm/aaaa: notice 06/11/2026 (6 "
               "November), services 19/10, 21/10 and 23/10/2026, child's DOB 04/11/2010 two days before the notice. "
               "Family case number beside the member number; level of care (medical necessity); 'no hay audiencia "
               "imparcial estatal de Medicaid'; providers' claims P.O. Box not for appeals."),
        patient_name="Valentina Sofía Ibarra Luján", member_id="CKS-FICT-0088213", claim_number="CK-2610-55127",
        notice_date="2026-11-06", service_dates=["2026-10-19", "2026-10-21", "2026-10-23"],
        procedure_codes=["S9480"], diagnosis_codes=["F32.1"],
        denial_category="medical_necessity", plan_type="chip", urgent=False,
        appeal_deadline=plus_days("2026-11-06", 60),
        deadline_basis="60 días calendario a partir de la fecha de este aviso",
        appeals_address=("Cuidado Kids del Sur, Departamento de Apelaciones, 1450 Calle Laredo, Suite 220, "
                         "San Benito Viejo, TX 78999"),
    )
    return dict(key=key, fmt="docx", build=build, must=["06/11/2026", "19/10/2026, 21/10/2026 y 23/10/2026"])


# ------------------------------------------------------------------------------------------------------------------
def c15():
    """Marketplace plan e-mail in Spanish, text/plain in base64; dates in words; stated deadline date."""
    from email.message import EmailMessage
    body = f"""Estimado Sr. Villaseñor Paz:

Le escribimos de Aseguradora Cielo Abierto sobre una reclamación de su plan Plata 3000 HMO,
comprado en el Mercado de Seguros Médicos.

Fecha: 9 de noviembre de 2026
Miembro: Héctor Manuel Villaseñor Paz
Número de miembro: ACA-FICT-33019284
Fecha de nacimiento: 11 de noviembre de 1970
Reclamación núm.: 8810-2261-0043
Número de confirmación de este mensaje: 8810-2261-0099

Servicios: infusiones de ketamina (códigos 96365 y J3490, diagnóstico F33.2) que usted recibió
en Centro Bienestar Manglar el 14 de octubre de 2026 y el 21 de octubre de 2026.

Decisión: negada. Su póliza excluye la terapia con ketamina por vía intravenosa para
trastornos psiquiátricos (Evidencia de cobertura, Exclusiones, sección 8.3). Por eso el plan
no paga estos servicios, aunque su proveedor esté en la red.

Cómo apelar: debe presentar su apelación a más tardar el 10 de mayo de 2027. Envíe una carta
con copia de este mensaje y sus expedientes a:

   Aseguradora Cielo Abierto
   Atención: Apelaciones de Miembros
   2400 Avenida Coral, Piso 9
   Bahía Serena, FL 33999

Si su salud corre un riesgo grave, llame al 1-305-555-0114 y pida una apelación urgente.
Después de nuestra decisión final puede pedir una revisión externa independiente.
Este buzón no acepta apelaciones.

Aseguradora Cielo Abierto - Servicios al Miembro

{FICT_ES}
"""
    msg = EmailMessage()
    msg["From"] = "Aseguradora Cielo Abierto <avisos@cieloabierto-seguros.example>"
    msg["To"] = "Héctor Villaseñor <hvillasenor@correo.example>"
    msg["Subject"] = "Decisión sobre su reclamación 8810-2261-0043"
    msg["Date"] = "Tue, 10 Nov 2026 09:02:44 -0500"
    msg["Message-ID"] = "<dec.8810226100043@cieloabierto-seguros.example>"
    msg.set_content(body, subtype="plain", charset="utf-8", cte="base64")
    raw = msg.as_bytes()
    assert b"Content-Transfer-Encoding: base64" in raw
    key = dict(
        file="15-marketplace-correo-base64.eml",
        _note=("Individual Marketplace HMO plan, e-mail in Spanish, text/plain UTF-8 in base64. Dates in Spanish "
               "words: notice 9 de noviembre de 2026, services 14 and 21 de octubre, DOB 11 de noviembre de 1970 two "
               "days after the notice; e-mail Date 10 Nov 2026. Not covered (exclusion). Stated deadline 'a más "
               "tardar el 10 de mayo de 2027' wins (180 days would be 2027-05-08). Confirmation number looks like "
               "the claim number."),
        patient_name="Héctor Manuel Villaseñor Paz", member_id="ACA-FICT-33019284", claim_number="8810-2261-0043",
        notice_date="2026-11-09", service_dates=["2026-10-14", "2026-10-21"],
        procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"],
        denial_category="not_covered", plan_type="individual_aca", urgent=False,
        appeal_deadline="2027-05-10", deadline_basis="a más tardar el 10 de mayo de 2027",
        appeals_address=("Aseguradora Cielo Abierto, Atención: Apelaciones de Miembros, 2400 Avenida Coral, Piso 9, "
                         "Bahía Serena, FL 33999"),
    )
    return dict(key=key, fmt="eml", eml=raw, must=["9 de noviembre de 2026", "14 de octubre de 2026",
                                                  "21 de octubre de 2026"])


# ------------------------------------------------------------------------------------------------------------------
def c16():
    """Medicare Advantage denial in Spanish (Puerto Rico), photographed; dates like 18-nov-2026."""
    d = Doc(margin=58, top=56)
    d.line("Ventura Dorada Salud", "sansb", 16, color=(0.6, 0.45, 0.0))
    d.line("Ventura Dorada Advantage (HMO)  -  Ave. Las Américas 1020, Ponce Alto, PR 00730", "sans", 8.5)
    d.gap(10)
    d.line("Aviso de denegación de cobertura médica (o de pago)", "sansb", 12.5)
    d.gap(4)
    d.kv([("Fecha:", "18-nov-2026"), ("Nombre del miembro:", "Carmen Iris Rivera Colón"),
          ("Núm. de miembro:", "VDA-FICT-11873302"), ("Fecha de nacimiento:", "20-nov-1947"),
          ("Núm. de reclamación:", "2026-318-00752")], labw=150, font="sans", bfont="sansb", size=10)
    d.gap(8)
    d.para("Hemos denegado el pago del servicio médico que usted recibió de Centro Psiquiátrico del Sur el "
           "03-nov-2026: esketamina en aerosol nasal, más de 56 mg, con supervisión (código G2083, diagnóstico "
           "F33.2).", "sans", 10)
    d.line("¿Por qué denegamos su solicitud?", "sansb", 10.5)
    d.para("Medicare cubre un servicio solo cuando es razonable y necesario. Nuestro médico revisor determinó que "
           "el servicio no es médicamente necesario: los expedientes no muestran la evaluación de respuesta que "
           "exigen nuestras guías antes de continuar el tratamiento.", "sans", 10)
    d.line("Usted tiene derecho a apelar nuestra decisión", "sansb", 10.5)
    d.para("Debe pedir la apelación dentro de 65 días a partir de la fecha de este aviso. Envíe su solicitud por "
           "escrito a:", "sans", 10)
    d.lines("Ventura Dorada Salud\nDepartamento de Apelaciones y Querellas\nApartado Postal 36190\nPonce Alto, PR 00731",
            font="sans", size=10, x=96)
    d.gap(4)
    d.para("Si usted o su médico creen que esperar podría poner su salud en grave peligro, llame al "
           "1-787-555-0166 y pida una apelación rápida.", "sans", 10)
    d.line(FICT_ES, "sansb", 7)
    key = dict(
        file="16-medicare-advantage-pr-foto.jpg",
        _note=("Medicare Advantage payment denial in Spanish (Puerto Rico), phone photo JPEG (rotated, keystone, "
               "shadow over a corner). Dates written '18-nov-2026' (Spanish month abbreviation); DOB 20-nov-1947 two "
               "days after; letterhead avenue address is not the appeal address (Apartado Postal)."),
        patient_name="Carmen Iris Rivera Colón", member_id="VDA-FICT-11873302", claim_number="2026-318-00752",
        notice_date="2026-11-18", service_dates=["2026-11-03"],
        procedure_codes=["G2083"], diagnosis_codes=["F33.2"],
        denial_category="medical_necessity", plan_type="medicare_advantage", urgent=False,
        appeal_deadline=plus_days("2026-11-18", 65),
        deadline_basis="dentro de 65 días a partir de la fecha de este aviso",
        appeals_address=("Ventura Dorada Salud, Departamento de Apelaciones y Querellas, Apartado Postal 36190, "
                         "Ponce Alto, PR 00731"),
    )
    return dict(key=key, fmt="photo", doc=d, dpi=210,
                photo=dict(seed=161, angle=-2.5, keystone=0.06, shadow="corner", bg=(96, 70, 50)),
                must=["18-nov-2026", "03-nov-2026"])


# ------------------------------------------------------------------------------------------------------------------
def c17():
    """Puerto Rico employer group plan EOB in Spanish, two claims, one denied; scanned."""
    d = Doc(margin=44, top=48)
    d.line("Aseguradora Brisa del Caribe", "serifb", 16)
    d.line("Explicación de Beneficios (EOB)  -  Esto no es una factura", "serif", 10)
    d.gap(8)
    d.kv([("Fecha de la declaración:", "16/11/2026"),
          ("Asegurado(a):", "Luis Alberto Méndez Ortiz"),
          ("Núm. de contrato:", "ABC-FICT-90441270"),
          ("Grupo:", "Destilería Monteclaro - plan médico grupal de su patrono"),
          ("Fecha de nacimiento:", "14/11/1966")], labw=150, size=10)
    d.gap(6)
    d.lines("Luis Alberto Méndez Ortiz\nUrb. Los Flamboyanes, Calle 4 #22\nVilla Marisol, PR 00968", size=10.5)
    d.gap(8)
    d.table([["Reclamación", "Fecha servicio", "Código", "Diagnóstico", "Facturado", "Pagado por el plan", "Estado"],
             ["26-1002-33810", "02/10/2026", "99213", "F33.2", "$95.00", "$62.40", "Pagada"],
             ["26-1009-33962", "09/10/2026", "96365", "F33.2", "$600.00", "$0.00", "Negada CO-197"],
             ["", "09/10/2026", "J3490", "F33.2", "$220.00", "$0.00", "Negada CO-197"]],
            [78, 70, 48, 64, 60, 94, 90], font="serif", hfont="serifb", size=9)
    d.gap(6)
    d.para("CO-197: faltó la autorización previa o precertificación. La reclamación 26-1009-33962 (infusión de "
           "ketamina, Clínica Serenidad de Caguas Norte) se negó porque el plan requiere autorización previa para "
           "este servicio y no había una aprobada para esa fecha. La reclamación 26-1002-33810 se pagó.", "serif", 10)
    d.line("Derecho a apelar", "serifb", 11)
    d.para("Usted puede apelar dentro de 180 días a partir del recibo de esta notificación. Envíe su apelación "
           "por escrito a: Aseguradora Brisa del Caribe, Unidad de Apelaciones, PO Box 71208, Villa Marisol, "
           "PR 00969. Los pagos se envían al PO Box 71200; no envíe apelaciones a esa dirección.", "serif", 10)
    d.para("Su plan es un plan médico grupal de su patrono sujeto a la ley federal ERISA. Después de la decisión "
           "final puede pedir una revisión externa y tiene derecho a presentar una acción civil bajo la sección "
           "502(a) de ERISA.", "serif", 10)
    d.line(FICT_ES, "sansb", 7)
    key = dict(
        file="17-eob-patrono-pr-dos-reclamaciones-scan.pdf",
        _note=("Puerto Rico employer group plan (insured, ERISA) EOB in Spanish, image-only scan; two claims, only "
               "26-1009-33962 denied (CO-197, no prior authorization); the paid claim's date 02/10/2026 and code "
               "99213 are not in the key. Day-first dates: statement 16/11/2026, service 09/10/2026 (9 October), "
               "DOB 14/11/1966 two days before. Payments PO Box 71200 is not for appeals; appeal address inside a "
               "sentence."),
        patient_name="Luis Alberto Méndez Ortiz", member_id="ABC-FICT-90441270", claim_number="26-1009-33962",
        notice_date="2026-11-16", service_dates=["2026-10-09"],
        procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"], carc_codes=["CO-197"],
        denial_category="prior_authorization", plan_type="employer_erisa", urgent=False,
        appeal_deadline=plus_days("2026-11-16", 180),
        deadline_basis="dentro de 180 días a partir del recibo de esta notificación",
        appeals_address="Aseguradora Brisa del Caribe, Unidad de Apelaciones, PO Box 71208, Villa Marisol, PR 00969",
    )
    return dict(key=key, fmt="scan", doc=d, seed=171, angles=[-0.5], must=["16/11/2026", "09/10/2026"])


# ------------------------------------------------------------------------------------------------------------------
def c18():
    """Expedited Part D coverage determination denial in Spanish, saved from a portal as plain text."""
    text = f"""FARMACORP PLUS (PDP) - Portal de miembros - Mensajes
Impreso el 01/12/2026 a las 08:12

--------------------------------------------------------------------
AVISO DE DENEGACIÓN DE COBERTURA DE MEDICAMENTOS RECETADOS DE MEDICARE
--------------------------------------------------------------------
Fecha: 30 de noviembre de 2026

Inscrito(a):            Graciela Ponce de León Arriaga
Núm. de miembro:        FCP-FICT-27705519
Fecha de nacimiento:    02/12/1950
Núm. de caso:           CD26-4471-009
Núm. de receta:         RX 880417

Usted o su médico pidieron una decisión rápida (acelerada) sobre el siguiente
medicamento: Auvelity (dextrometorfano y bupropión) 45 mg/105 mg, tabletas de
liberación prolongada, 60 al mes.

Denegamos su solicitud. ¿Por qué? Este medicamento no está en nuestra Lista de
medicamentos (formulario) y su médico no nos envió una declaración que explique
por qué los medicamentos de la lista no serían igual de eficaces para usted.
Su médico puede pedir una excepción al formulario.

SU DERECHO A APELAR
Si quiere apelar, debe pedirlo dentro de 65 días a partir de la fecha de este
aviso. Esto se llama una redeterminación. Si su salud lo requiere, pida una
redeterminación rápida llamando al 1-480-555-0131 (TTY 711).
Envíe su solicitud por escrito a:
    Farmacorp Plus
    Atención: Redeterminaciones de la Parte D
    P.O. Box 4080
    Mesa Dorada, AZ 85999

Las farmacias envían sus reclamaciones al P.O. Box 4000; no envíe apelaciones allí.

{FICT_ES}
"""
    key = dict(
        file="18-parte-d-acelerada-portal.txt",
        _note=("Medicare Part D coverage determination denial in Spanish, expedited (urgent), saved from a member "
               "portal as plain text. Non-formulary drug (Auvelity): not_covered. 'Impreso el 01/12/2026' is the "
               "print date (1 December), the notice date is 30 de noviembre de 2026; DOB 02/12/1950 (2 December, "
               "day-first) two days after the notice. Case number is the claim_number (drug request: no service "
               "dates or codes); prescription number and pharmacy-claims P.O. Box are traps."),
        patient_name="Graciela Ponce de León Arriaga", member_id="FCP-FICT-27705519", claim_number="CD26-4471-009",
        notice_date="2026-11-30", denial_category="not_covered", plan_type="medicare_part_d", urgent=True,
        appeal_deadline=plus_days("2026-11-30", 65),
        deadline_basis="dentro de 65 días a partir de la fecha de este aviso",
        appeals_address=("Farmacorp Plus, Atención: Redeterminaciones de la Parte D, P.O. Box 4080, "
                         "Mesa Dorada, AZ 85999"),
    )
    return dict(key=key, fmt="txt", text=text, must=["30 de noviembre de 2026"])


CASES = [c13, c14, c15, c16, c17, c18]
