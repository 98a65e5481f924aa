"""FICTIONAL cases 13-18 (Spanish) of blind-fresh11."""
import render as R
from make_set import FICT, FICT_ES, days, months
from cases_a import pdf_builder, scan_builder, photo_builder, note


# ---------------------------------------------------------------- 13 Medicaid, Spanish, US month-first numeric dates
def c13():
    addr = ["Plan de Salud Vida Serena", "Atención: Unidad de Quejas y Apelaciones", "1020 Avenida Mesquite, Suite 300", "Piedra Blanca, TX 78999"]
    st = {"font": "sans", "bold": "sansb", "size": 9.5, "margin": 56}
    p1 = [("line", "Plan de Salud Vida Serena", True, 15), ("line", "Plan de atención administrada de Medicaid (STAR)  ·  Oficina central: 88 Calle Álamo, Piedra Blanca, TX 78998", False, 7.5),
          ("rule",),
          ("kv", [("Fecha del aviso:", "11/09/2026"), ("Impreso:", "11/20/2026")], 110),
          ("line", "AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", True, 12, 0, "center"),
          ("gap", 0.5),
          ("kv", [("Miembro:", "Rosalba Itzel Quintanilla Mejía"), ("Número de miembro:", "VSM-FICT-2093377"),
                  ("Número de caso del hogar:", "88-441902"), ("Fecha de nacimiento:", "11/11/1975"),
                  ("Número de reclamación:", "VS-26-3140-0072"), ("Proveedor:", "Clínica Mente Clara de Piedra Blanca"),
                  ("Fechas del servicio:", "10/21/2026 y 10/28/2026"), ("Códigos:", "96365, J3490"),
                  ("Diagnóstico:", "F33.2")], 150),
          ("para", "Estimada Sra. Quintanilla Mejía:"),
          ("para", "Vida Serena revisó la reclamación de infusiones de ketamina que usted recibió. Negamos el pago porque "
                   "los servicios no son médicamente necesarios según nuestra política clínica VS-CP-118: los expedientes "
                   "no muestran dos pruebas adecuadas de antidepresivos durante este episodio, ni una evaluación de "
                   "psiquiatría antes de iniciar las infusiones."),
          ("line", "Su derecho a apelar", True, 11),
          ("para", "Usted puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Si quiere que "
                   "sus servicios continúen durante la apelación, debe pedirla dentro de 10 días a partir de la fecha de "
                   "este aviso. Si no está de acuerdo con la decisión de la apelación, puede pedir una audiencia "
                   "imparcial estatal dentro de 120 días a partir de la fecha de la carta con esa decisión."),
          ("para", "Envíe su apelación por correo a:"),
          ("lines", addr, False, None, 28), ("gap", 0.5),
          ("para", "También puede apelar por teléfono al 1-555-0131 (TTY 711). No envíe apelaciones a la oficina central."),
          ("line", FICT_ES, False, 7)]
    return {"file": "13-medicaid-aviso-fechas-mes-dia.pdf", "build": pdf_builder([p1], st),
            "printed": {"notice_date": "11/09/2026", "service_dates": ["10/21/2026", "10/28/2026"]},
            "key": {"_note": note("Spanish Medicaid managed-care notice (text PDF) that keeps US MONTH-FIRST numeric "
                                  "dates: 'Fecha del aviso: 11/09/2026' is 9 November 2026 (not 11 September); the other "
                                  "dates prove the order (10/21/2026, 10/28/2026, printed 11/20/2026). DOB 11/11/1975 "
                                  "(11 November) two days after the notice; household case number beside the member "
                                  "number; 10-day continuation and 120-day hearing are not the appeal deadline; head "
                                  "office street address not for appeals."),
                    "patient_name": "Rosalba Itzel Quintanilla Mejía", "member_id": "VSM-FICT-2093377",
                    "claim_number": "VS-26-3140-0072", "notice_date": "2026-11-09",
                    "service_dates": ["2026-10-21", "2026-10-28"], "procedure_codes": ["96365", "J3490"],
                    "diagnosis_codes": ["F33.2"], "denial_category": "medical_necessity", "plan_type": "medicaid",
                    "urgent": False, "appeal_deadline": days("2026-11-09", 60),
                    "deadline_basis": "dentro de 60 días a partir de la fecha de este aviso",
                    "appeals_address": ", ".join(addr)}}


# ---------------------------------------------------------------- 14 CHIP Spanish photo on desk, dd/mm/aaaa
def c14():
    addr = ["Niños Sanos Alameda", "Attn: Apelaciones de Miembros", "P.O. Box 2240", "Las Cruces Altas, NM 88999"]
    st = {"font": "serif", "bold": "serifb", "size": 10.5, "margin": 60}
    p = [("line", "NIÑOS SANOS ALAMEDA", True, 15), ("line", "Programa de seguro médico para niños (CHIP) - no es Medicaid", False, 8.5),
         ("gap", 0.5),
         ("line", "Todas las fechas de este aviso están en formato dd/mm/aaaa.", False, 8.5),
         ("kv", [("Fecha del aviso:", "10/11/2026")], 120),
         ("lines", ["Sra. Guadalupe Ferrer Ruiz (madre)", "Calle Cedro 14", "Las Cruces Altas, NM 88998"]),
         ("gap", 0.5),
         ("kv", [("Niño/a:", "Emiliano Ferrer Ruiz"), ("N.º de miembro:", "NSA-CH-551208"),
                 ("Fecha de nacimiento:", "12/11/2013"), ("N.º de reclamación:", "NSA-2610-44718")], 140),
         ("para", "Le escribimos sobre la terapia que su hijo recibió de Consultorio Raíces (psicoterapia, código 90837; "
                  "diagnóstico F43.10) los días 06/10/2026 y 13/10/2026. Negamos el pago porque el consultorio no forma "
                  "parte de la red de Niños Sanos Alameda y no se pidió una excepción de red antes del servicio."),
         ("line", "Cómo apelar", True),
         ("para", "Puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Escriba a:"),
         ("lines", addr, False, None, 30),
         ("para", "Si mantenemos la decisión, puede pedir una revisión del estado. CHIP no ofrece audiencia imparcial "
                  "de Medicaid. Ayuda: 1-555-0146."),
         ("line", FICT_ES, False, 7)]
    return {"file": "14-chip-aviso-dd-mm-aaaa-foto.jpg",
            "build": photo_builder([p], st, -5.5, 1414, "JPEG", keystone=0.1, shadow=0.5, bg=(140, 104, 70), desk=True),
            "printed": {"notice_date": "10/11/2026", "service_dates": ["06/10/2026", "13/10/2026"]},
            "key": {"_note": note("Phone photo (JPEG) on a desk of a separate CHIP notice in Spanish with the hint 'formato "
                                  "dd/mm/aaaa': notice date 10/11/2026 is 10 November 2026; services 06/10/2026 (6 "
                                  "October) and 13/10/2026. Addressed to the MOTHER; the PATIENT is the child, Emiliano "
                                  "Ferrer Ruiz (DOB 12/11/2013, two days after). CHIP, not Medicaid."),
                    "patient_name": "Emiliano Ferrer Ruiz", "member_id": "NSA-CH-551208",
                    "claim_number": "NSA-2610-44718", "notice_date": "2026-11-10",
                    "service_dates": ["2026-10-06", "2026-10-13"], "procedure_codes": ["90837"],
                    "diagnosis_codes": ["F43.10"], "denial_category": "out_of_network", "plan_type": "chip",
                    "urgent": False, "appeal_deadline": days("2026-11-10", 60),
                    "deadline_basis": "dentro de 60 días a partir de la fecha de este aviso",
                    "appeals_address": ", ".join(addr)}}


# ---------------------------------------------------------------- 15 MA IDN Spanish scan, Spanish-word dates
def c15():
    addr = ["Amanecer Advantage", "Atención: Departamento de Apelaciones y Quejas", "Apartado Postal 9021", "Villa Esperanza, FL 33999"]
    st = {"font": "libserif", "bold": "libserifb", "size": 10.5, "margin": 60}
    p1 = [("line", "Amanecer Advantage (HMO-POS)", True, 14), ("line", "Un plan Medicare Advantage  ·  Oficinas: 4100 Boulevard Coral, Villa Esperanza, FL 33998", False, 8),
          ("gap", 1),
          ("line", "Aviso de denegación de cobertura médica (o de pago)", True, 13, 0, "center"),
          ("gap", 0.5),
          ("line", "Fecha: 13 de noviembre de 2026"),
          ("kv", [("Nombre:", "Héctor Manuel Ibarra Solís"), ("Número de miembro:", "AMX-FICT-400718"),
                  ("Número de reclamación:", "AMX 2610 0933 12")], 150),
          ("para", "Negamos el pago de las infusiones de ketamina (códigos 96365 y J3490; diagnóstico F33.1) que usted "
                   "recibió de Centro Bahía de Bienestar el 2 de octubre de 2026 y el 9 de octubre de 2026."),
          ("line", "¿Por qué negamos su solicitud?", True),
          ("para", "Centro Bahía de Bienestar no pertenece a la red de Amanecer Advantage. Como miembro de un plan "
                   "HMO-POS, la atención fuera de la red solo se cubre en emergencias, por atención de urgencia o si el "
                   "plan la aprobó antes. No se pidió aprobación."),
          ("line", "Usted tiene derecho a apelar nuestra decisión", True),
          ("para", "Pida una apelación dentro de 65 días a partir de la fecha de este aviso. Podemos darle más tiempo "
                   "si tiene una buena razón para no cumplir el plazo."),
          ]
    p2 = [("line", "Cómo pedir una apelación estándar", True),
          ("para", "Usted, su representante o su médico pueden pedir la apelación por escrito. Envíela a:"),
          ("lines", addr, False, None, 30), ("gap", 0.5),
          ("para", "Fax: 1-555-0166. Las apelaciones de pago son estándar: no hay apelación rápida para una solicitud de "
                   "pago. Si mantenemos la denegación, enviaremos su caso automáticamente a una organización de revisión "
                   "independiente."),
          ("para", "Ayuda: Servicios al Miembro 1-555-0167 (TTY 711); 1-800-MEDICARE; su programa estatal de asistencia "
                   "sobre seguros de salud (SHIP)."),
          ("line", "Fecha de nacimiento del miembro: 11 de noviembre de 1951", False, 8.5),
          ("line", "Impreso el 16 de noviembre de 2026 · Página 2 de 2", False, 8),
          ("line", FICT_ES, False, 7)]
    return {"file": "15-ma-idn-espanol-escaneado.pdf", "image_only": True,
            "build": scan_builder([p1, p2], st, [-0.8, 0.6], 1515),
            "printed": {"notice_date": "13 de noviembre de 2026", "service_dates": ["2 de octubre de 2026", "9 de octubre de 2026"]},
            "key": {"_note": note("Spanish Medicare Advantage IDN, image-only scan (2 pages). Dates in Spanish words; "
                                  "'Impreso el 16 de noviembre de 2026' is a print date; DOB 11 de noviembre de 1951 two "
                                  "days before; 'Apartado Postal'; office street address not for appeals; claim number in "
                                  "groups (compare without spaces)."),
                    "patient_name": "Héctor Manuel Ibarra Solís", "member_id": "AMX-FICT-400718",
                    "claim_number": "AMX 2610 0933 12", "notice_date": "2026-11-13",
                    "service_dates": ["2026-10-02", "2026-10-09"], "procedure_codes": ["96365", "J3490"],
                    "diagnosis_codes": ["F33.1"], "denial_category": "out_of_network",
                    "plan_type": "medicare_advantage", "urgent": False, "appeal_deadline": days("2026-11-13", 65),
                    "deadline_basis": "dentro de 65 días a partir de la fecha de este aviso",
                    "appeals_address": ", ".join(addr)}}


# ---------------------------------------------------------------- 16 Marketplace Spanish HTML e-mail, stated date
def c16():
    addr = ["Pradera Azul Seguros de Salud", "Attn: Unidad de Apelaciones Internas", "5500 Camino Real, Suite 210", "Ciudad Mirador, CO 80999"]

    def build(path):
        from email.message import EmailMessage
        m = EmailMessage()
        m["From"] = "Pradera Azul Avisos <avisos@praderaazul.example>"
        m["To"] = "valentina.ocampo@correo.example"
        m["Subject"] = "Aviso importante sobre su reclamación PA-77-2026-10554"
        m["Date"] = "Mon, 09 Nov 2026 10:05:11 -0700"
        rows = [("Fecha del aviso", "6 de noviembre de 2026"), ("Asegurado(a)", "Valentina Ocampo Ríos"),
                ("Número de identificación", "PAZ-FICT-5518203"), ("Reclamación", "PA-77-2026-10554"),
                ("Plan", "Pradera Azul Bronce 7000 (Mercado de seguros)"),
                ("Fecha de servicio", "20 de octubre de 2026"), ("Servicios", "96365, J3490"), ("Diagnóstico", "F32.2")]
        trs = "".join("<tr><td style='font-weight:bold;padding:4px'>%s</td><td style='padding:4px'>%s</td></tr>" % r for r in rows)
        html = ("<html><body style='font-family:Arial'><div style='background:#1d4e89;color:#fff;padding:10px'>"
                "<b>Pradera Azul Seguros de Salud</b></div>"
                "<p>Hola, Valentina:</p><p>Tiene un aviso nuevo sobre una reclamación. Lo copiamos aquí.</p>"
                "<h2>Aviso de determinación adversa de beneficios</h2>"
                "<table border='1' cellspacing='0'>%s</table>"
                "<p>Negamos el pago de las infusiones de ketamina porque su plan exige autorización previa para este "
                "servicio y no recibimos una solicitud de autorización antes de la fecha de servicio.</p>"
                "<h3>Cómo apelar</h3>"
                "<p>Puede apelar esta decisión. Su apelación debe llegarnos a más tardar el 10 de mayo de 2027. "
                "Envíela por correo a:</p>"
                "<p>%s</p>"
                "<p>No responda a este correo: este buzón no recibe apelaciones. Nuestra dirección de correspondencia "
                "general (PO Box 800, Ciudad Mirador, CO 80998) tampoco es para apelaciones.</p>"
                "<p>Después de nuestra decisión final, puede pedir una revisión externa independiente.</p>"
                "<p style='font-size:9px'>Fecha de nacimiento: 4 de noviembre de 1990</p>"
                "<p style='font-size:9px'>%s</p></body></html>") % (trs, "<br>".join(addr), FICT_ES)
        m.set_content(html, subtype="html", charset="utf-8", cte="quoted-printable")
        open(path, "wb").write(bytes(m))
        return ""
    return {"file": "16-marketplace-espanol-correo-html.eml", "build": build,
            "printed": {"notice_date": "6 de noviembre de 2026", "service_dates": ["20 de octubre de 2026"],
                        "appeal_deadline": "10 de mayo de 2027"},
            "key": {"_note": note("Spanish Marketplace notice inside an HTML-only e-mail (quoted-printable). The stated "
                                  "date 'a más tardar el 10 de mayo de 2027' wins over the rule (180 days from 2026-11-06 "
                                  "would be 2027-05-05). E-mail Date 9 Nov 2026 is not the notice date; DOB 4 de noviembre "
                                  "de 1990 two days before; claim number also in the Subject; correspondence PO Box not "
                                  "for appeals."),
                    "patient_name": "Valentina Ocampo Ríos", "member_id": "PAZ-FICT-5518203",
                    "claim_number": "PA-77-2026-10554", "notice_date": "2026-11-06", "service_dates": ["2026-10-20"],
                    "procedure_codes": ["96365", "J3490"], "diagnosis_codes": ["F32.2"],
                    "denial_category": "prior_authorization", "plan_type": "individual_aca", "urgent": False,
                    "appeal_deadline": "2027-05-10",
                    "deadline_basis": "Su apelación debe llegarnos a más tardar el 10 de mayo de 2027",
                    "appeals_address": ", ".join(addr)}}


# ---------------------------------------------------------------- 17 Part D Spanish DOCX, expedited
def c17():
    addr = ["Ruta Dorada Rx", "Atención: Redeterminaciones de la Parte D", "P.O. Box 61207", "Puerto Nogal, AZ 85998"]

    def build(path):
        import docx
        from docx.shared import Pt
        d = docx.Document()
        d.styles["Normal"].font.name = "Georgia"
        d.styles["Normal"].font.size = Pt(10.5)
        d.sections[0].header.paragraphs[0].text = "Ruta Dorada Rx (PDP) · Plan de medicamentos recetados de Medicare"
        d.sections[0].footer.paragraphs[0].text = FICT_ES
        d.add_heading("Aviso de denegación de cobertura de medicamentos recetados de Medicare", level=1)
        d.add_paragraph("Fecha: 19 de noviembre de 2026")
        t = d.add_table(rows=2, cols=3)
        t.style = "Table Grid"
        for i, (a, b) in enumerate([("Nombre del miembro", "Consuelo Aranda Villalobos"), ("N.º de identificación", "RDX-FICT-77120945"),
                                    ("Número de caso", "CD-26-58812")]):
            t.rows[0].cells[i].text = a
            t.rows[1].cells[i].text = b
        d.add_paragraph("Fecha de nacimiento: 21/11/1944 · Solicitud recibida: 18/11/2026, 16:40")
        d.add_paragraph("Usted o su médico pidieron una decisión rápida (acelerada). La tomamos dentro de 24 horas.")
        d.add_paragraph("Negamos su solicitud de cobertura de Rexulti (brexpiprazol) 1 mg tabletas. Este medicamento está en "
                        "nuestra lista con un requisito de terapia escalonada: primero debe probar aripiprazol durante al "
                        "menos 6 semanas como tratamiento complementario para la depresión. No tenemos constancia de que "
                        "lo haya probado, y su médico no nos dio una razón médica para omitirlo.")
        d.add_heading("Su derecho a apelar", level=2)
        d.add_paragraph("Puede pedirnos una redeterminación (apelación) dentro de 65 días a partir de la fecha de este "
                        "aviso. Si su salud podría verse gravemente afectada por esperar, pida una redeterminación "
                        "acelerada llamando al 1-555-0172. Envíe su solicitud por escrito a:")
        d.add_paragraph("\n".join(addr))
        d.add_paragraph("Fax: 1-555-0173. Las reclamaciones de farmacia (P.O. Box 61200) no son para apelaciones.")
        d.save(path)
        return ""
    return {"file": "17-parte-d-acelerada-docx.docx", "build": build,
            "printed": {"notice_date": "19 de noviembre de 2026"},
            "key": {"_note": note("Spanish Part D coverage determination denial (DOCX): expedited request (urgent), step "
                                  "therapy for Rexulti. Labels above values in a 3-column table; the Número de caso is the "
                                  "claim_number; no service dates or codes. DOB 21/11/1944 (day-first) two days after the "
                                  "notice; request received 18/11/2026 is not the notice date; pharmacy claims P.O. Box not "
                                  "for appeals."),
                    "patient_name": "Consuelo Aranda Villalobos", "member_id": "RDX-FICT-77120945",
                    "claim_number": "CD-26-58812", "notice_date": "2026-11-19",
                    "denial_category": "step_therapy", "plan_type": "medicare_part_d", "urgent": True,
                    "appeal_deadline": days("2026-11-19", 65),
                    "deadline_basis": "dentro de 65 días a partir de la fecha de este aviso",
                    "appeals_address": ", ".join(addr)}}


# ---------------------------------------------------------------- 18 employer Spanish TXT EOB, dependant daughter
def c18():
    addr = ["Aseguradora Ceiba Real", "Attn: Departamento de Apelaciones", "PO Box 364120", "Villa Caoba, PR 00999"]

    def build(path):
        t = "\n".join([
            "ASEGURADORA CEIBA REAL",
            "Explicación de beneficios (EOB) - Esto no es una factura",
            "Plan de grupo del patrono: Cooperativa Agrícola Monte Verde (asegurado)",
            "",
            "Fecha de la declaración: 12/11/2026        Fechas en formato día/mes/año",
            "",
            "Suscriptor(a): Luis Alberto Rivera Soto   Núm. de suscriptor: ACR-FICT-301774-01",
            "Paciente (dependiente, hija): Camila Rivera Montalvo",
            "Núm. de miembro de la paciente: ACR-FICT-301774-03",
            "",
            "RECLAMACIONES PROCESADAS",
            "-------------------------------------------------------------------------------------------",
            "Reclamación     Fecha servicio  Código  Dx     Facturado  Pagado   Usted debe  Ajuste",
            "-------------------------------------------------------------------------------------------",
            "CR-2610-55102   05/10/2026      99214   F41.1    $210.00  $147.00     $30.00   CO-45",
            "CR-2610-55187   14/10/2026      96365   F33.2    $900.00    $0.00      $0.00   CO-50",
            "                14/10/2026      J3490   F33.2    $275.00    $0.00      $0.00   CO-50",
            "-------------------------------------------------------------------------------------------",
            "",
            "La reclamación CR-2610-55102 se pagó. La reclamación CR-2610-55187 (infusión de ketamina) fue",
            "DENEGADA: código de ajuste CO-50, el servicio no se considera médicamente necesario según la",
            "póliza médica CR-MP-77 (infusiones de ketamina para la depresión).",
            "",
            "DERECHO A APELAR",
            "Usted puede apelar dentro de 180 días a partir de la fecha en que reciba este aviso. Envíe su",
            "carta, con el número de reclamación y sus expedientes, a:",
            "",
        ] + ["    " + a for a in addr] + [
            "",
            "Las reclamaciones nuevas van al PO Box 364100 (no para apelaciones). Después de la apelación",
            "interna puede pedir una revisión externa. Servicio al cliente: 1-555-0158.",
            "",
            FICT_ES,
            ""])
        open(path, "w", encoding="utf-8").write(t)
        return ""
    return {"file": "18-eob-patrono-espanol-dos-reclamaciones.txt", "build": build,
            "printed": {"notice_date": "12/11/2026", "service_dates": ["14/10/2026"]},
            "key": {"_note": note("Spanish employer (insured, ERISA) EOB as plain text, day-first dates with a hint "
                                  "('día/mes/año'): statement date 12/11/2026 is 12 November; two claims, only "
                                  "CR-2610-55187 denied (CO-50); the paid claim's date, code, Dx and CO-45 are not in the "
                                  "key. The PATIENT is the subscriber's daughter with her own member number (-03); the "
                                  "subscriber's number ends -01. New-claims PO Box not for appeals."),
                    "patient_name": "Camila Rivera Montalvo", "member_id": "ACR-FICT-301774-03",
                    "claim_number": "CR-2610-55187", "notice_date": "2026-11-12", "service_dates": ["2026-10-14"],
                    "procedure_codes": ["96365", "J3490"], "diagnosis_codes": ["F33.2"], "carc_codes": ["CO-50"],
                    "denial_category": "medical_necessity", "plan_type": "employer_erisa", "urgent": False,
                    "appeal_deadline": days("2026-11-12", 180),
                    "deadline_basis": "dentro de 180 días a partir de la fecha en que reciba este aviso",
                    "appeals_address": ", ".join(addr)}}


CASES = [c13, c14, c15, c16, c17, c18]
