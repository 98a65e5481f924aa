"""Spanish notices 13-18 of blind-fresh9. Everything here is FICTIONAL."""
from common import FICT_ES, case, key, plus_days
from render import Page


def c13():
    f = "13-medicaid-mco-aviso-fechas-en-palabras.pdf"
    addr = ["Plan de Salud Arroyo Claro", "Atención: Departamento de Apelaciones", "1450 Calle Mezquite", "Suite 410",
            "Valle Ancho, TX 78999"]
    p = Page(left=64, right=548, top=40)
    p.text("Plan de Salud Arroyo Claro", "Serif-B", 18)
    p.text("Plan de atención administrada de Medicaid  ·  Oficina central: 22 Plaza Nogal, Valle Ancho, TX 78998", "Sans", 8.5)
    p.text(FICT_ES, "Sans-B", 7.5)
    p.rule(0.6)
    p.text("Impreso el 11/11/2026", "Sans", 8, align="right")
    p.text("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", "Sans-B", 13, align="center")
    p.gap(6)
    p.kv("Fecha del aviso:", "10 de noviembre de 2026", lw=170)
    p.kv("Nombre del miembro:", "Rosario Itzel Quintanilla Barajas", lw=170)
    p.kv("Fecha de nacimiento:", "12/11/1975", lw=170)
    p.kv("Número de Medicaid:", "518820746", lw=170)
    p.kv("Número de caso del hogar:", "0044718205", lw=170)
    p.kv("Número de reclamación:", "AC-2026-1027-4418", lw=170)
    p.kv("Proveedor:", "Centro de Infusiones Río Bravo", lw=170)
    p.gap(8)
    p.para("Estimada Sra. Quintanilla Barajas:", "Serif", 11)
    p.para("Revisamos la reclamación por las infusiones de ketamina que usted recibió el 27 de octubre de 2026 y el "
           "29 de octubre de 2026 (códigos 96365 y J3490; diagnóstico F33.2). Decidimos no pagarlas porque el "
           "servicio no es médicamente necesario según los criterios clínicos del plan: los expedientes no "
           "muestran dos ensayos adecuados de antidepresivos en este episodio.", "Serif", 11)
    p.text("Su derecho a apelar", "Sans-B", 11)
    p.para("Si no está de acuerdo, puede pedir una apelación dentro de 60 días calendario a partir de la fecha de "
           "este aviso. Puede llamarnos al 1-866-555-0123 o escribirnos a:", "Serif", 11)
    p.lines(addr, "Serif", 11, x=100)
    p.gap(4)
    p.para("Continuación de beneficios: si este aviso reduce o suspende un servicio que ya recibe, puede seguir "
           "recibiéndolo durante la apelación si la pide dentro de 10 días.", "Serif", 11)
    p.para("Audiencia imparcial estatal: si mantenemos nuestra decisión, puede pedir una audiencia imparcial estatal "
           "dentro de 120 días a partir de la fecha de nuestra decisión sobre su apelación.", "Serif", 11)
    p.para("La oficina central que aparece arriba no recibe apelaciones.", "Serif-I", 10)
    k = key(f, "Spanish Medicaid managed-care notice, text PDF: notice date in Spanish words; 'Impreso el 11/11/2026' "
            "print date; DOB 12/11/1975 day-first (12 November) two days after; household case number; service "
            "dates in a Spanish sentence; 10-day continuation and 120-day hearing are not the appeal deadline; head "
            "office street is not the appeal address. Deadline 60 calendar days.",
            "Rosario Itzel Quintanilla Barajas", "518820746", "AC-2026-1027-4418", "2026-11-10",
            ["2026-10-27", "2026-10-29"], ["96365", "J3490"], ["F33.2"], "medical_necessity", "medicaid", False,
            plus_days("2026-11-10", 60),
            "dentro de 60 días calendario a partir de la fecha de este aviso", ", ".join(addr))
    return case(f, "pdf", k, ["10 de noviembre de 2026", "27 de octubre de 2026", "29 de octubre de 2026"], [p],
                "dates in Spanish words; print date; day-first DOB 2 days after; household case no.; head office vs appeal address; 10/120-day windows",
                "Medicaid managed care in Spanish: medical necessity")


def c14():
    f = "14-marketplace-espanol-fechas-mes-dia.docx"
    addr = ["Solana Health Plans", "Atención: Unidad de Apelaciones", "5120 Camino Ocotillo", "Suite 220",
            "Sierra Parda, AZ 85998"]
    doc = {
        "header": ["Solana Health Plans - Plan del Mercado de Seguros Médicos (Marketplace)", FICT_ES],
        "blocks": [
            ("p", "Fecha: 11/18/2026          Enviado por correo: 11/19/2026"),
            ("p", "Héctor Ignacio Ferrán Solís\n2210 Calle Saguaro\nSierra Parda, AZ 85997"),
            ("h", "Explicación de la denegación de su reclamación"),
            ("table", [["Asegurado", "Héctor Ignacio Ferrán Solís"],
                       ["Núm. de miembro", "SHP-FICT-90277134"],
                       ["Fecha de nacimiento", "11/20/1983"],
                       ["Núm. de reclamación", "2026-1029-SH-7713"],
                       ["Núm. de referencia de la carta", "LTR-2026-1118-0057"],
                       ["Proveedor", "Clínica Mente Serena (fuera de la red)"]]),
            ("table", [["Fecha de servicio", "Código", "Diagnóstico", "Cobrado", "Pagado", "Código de ajuste"],
                       ["10/27/2026", "96365", "F33.2", "$400.00", "$0.00", "CO-242"],
                       ["10/27/2026", "J3490", "F33.2", "$275.00", "$0.00", "CO-242"],
                       ["10/29/2026", "96365", "F33.2", "$400.00", "$0.00", "CO-242"],
                       ["10/29/2026", "J3490", "F33.2", "$275.00", "$0.00", "CO-242"]]),
            ("p", "Motivo: su plan es una EPO y solo paga servicios de proveedores de la red, salvo emergencias. "
                  "Clínica Mente Serena no pertenece a la red de Solana. CO-242: servicios no prestados por "
                  "proveedores de la red."),
            ("h", "Cómo apelar"),
            ("p", "Puede pedir una apelación interna dentro de 180 días después de recibir este aviso. Envíe su "
                  "apelación por escrito a:"),
            ("p", "\n".join(addr)),
            ("p", "También puede pedir una revisión externa después de nuestra decisión final. Servicio al Cliente: "
                  "1-855-555-0184."),
        ]}
    k = key(f, "Spanish Word notice that keeps US month-first numeric dates (MM/DD/YYYY) with no hint: 11/18/2026 is "
            "18 November, service dates 10/27 and 10/29 (only month-first readable), DOB 11/20/1983 two days after, "
            "mailed 11/19/2026; letter reference number beside the claim number; CO-242; two-column label/value "
            "table. Deadline: 180 days counted from the notice date.",
            "Héctor Ignacio Ferrán Solís", "SHP-FICT-90277134", "2026-1029-SH-7713", "2026-11-18",
            ["2026-10-27", "2026-10-29"], ["96365", "J3490"], ["F33.2"], "out_of_network", "individual_aca", False,
            plus_days("2026-11-18", 180), "dentro de 180 días después de recibir este aviso", ", ".join(addr),
            carc=["CO-242"])
    return case(f, "docx", k, ["11/18/2026", "10/27/2026", "10/29/2026"], doc,
                "Spanish with US month-first numeric dates; mailed date; letter reference no.; DOB 2 days after; CO-242",
                "individual Marketplace plan (EPO) in Spanish: out of network")


def c15():
    f = "15-medicare-advantage-espanol-dia-mes-foto.jpg"
    addr = ["Horizonte Dorado Salud", "Atención: Apelaciones y Quejas", "P.O. Box 33871", "Mesa Alta, FL 33999"]
    p = Page(left=60, right=552, top=44)
    p.text("Horizonte Dorado Salud", "Serif-B", 17)
    p.text("Plan Medicare Advantage Horizonte Dorado (HMO)", "Sans", 10)
    p.text(FICT_ES, "Sans-B", 7.5)
    p.rule(1)
    p.text("Aviso de denegación de cobertura médica (o de pago)", "Sans-B", 13)
    p.text("Las fechas de este aviso están en formato día/mes/año (dd/mm/aaaa).", "Sans-I", 9.5)
    p.gap(4)
    p.kv("Fecha del aviso:", "09/11/2026", lw=170, size=11)
    p.kv("Nombre del miembro:", "Aurelio Benítez Carmona", lw=170, size=11)
    p.kv("Número de miembro:", "HDS-55018834", lw=170, size=11)
    p.kv("Fecha de nacimiento:", "07/11/1951", lw=170, size=11)
    p.kv("Número de reclamación:", "26-3131-HD-0092", lw=170, size=11)
    p.kv("Fechas de servicio:", "28/10/2026 y 02/11/2026", lw=170, size=11)
    p.kv("Servicio / diagnóstico:", "G2082 (esketamina) / F33.2", lw=170, size=11)
    p.gap(6)
    p.para("Denegamos el pago porque el servicio necesitaba autorización previa del plan y el proveedor, Clínica "
           "Bahía Serena, no la pidió antes de dar el tratamiento.", "Serif", 11)
    p.text("Usted tiene derecho a apelar", "Sans-B", 11)
    p.para("Pida una apelación dentro de 65 días a partir de la fecha de este aviso. Envíe su apelación por "
           "escrito a:", "Serif", 11)
    p.lines(addr, "Serif", 11, x=100)
    p.gap(4)
    p.para("Para una apelación rápida llame al 1-877-555-0119 (TTY 711). Si mantenemos la denegación, enviaremos "
           "su caso a una entidad de revisión independiente.", "Serif", 11)
    k = key(f, "Phone photo (JPEG) of a Spanish Medicare Advantage denial whose numeric dates are day-first with a "
            "hint ('dd/mm/aaaa'): 09/11/2026 is 9 November, services 28/10/2026 and 02/11/2026, DOB 07/11/1951 "
            "two days before. Deadline 65 days from the notice date.",
            "Aurelio Benítez Carmona", "HDS-55018834", "26-3131-HD-0092", "2026-11-09", ["2026-10-28", "2026-11-02"],
            ["G2082"], ["F33.2"], "prior_authorization", "medicare_advantage", False, plus_days("2026-11-09", 65),
            "dentro de 65 días a partir de la fecha de este aviso", ", ".join(addr))
    return case(f, "photo", k, ["09/11/2026", "28/10/2026", "02/11/2026"], [p],
                "photo; day-first with a hint; ambiguous 09/11 and 02/11; accents; DOB 2 days before",
                "Medicare Advantage in Spanish: no prior authorization (esketamine)", angle=-4.5, fmt_img="JPEG",
                shadow="br")


def c16():
    f = "16-chip-espanol-email-base64.eml"
    addr = ["Salud Infantil del Desierto", "Atención: Departamento de Quejas y Apelaciones", "3300 Avenida Palo Verde",
            "Oficina 12", "Los Cerritos, NM 88999"]
    body = f"""{FICT_ES}

Estimada Sra. Yesenia Ocampo:

Le enviamos por este medio el aviso sobre la reclamación de su hijo. También
se le enviará por correo.

------------------------------------------------------------
PEQUEÑOS PASOS CHIP
Programa de Seguro Médico para Niños (CHIP) - no es Medicaid
Administrado por Salud Infantil del Desierto
------------------------------------------------------------

Fecha: lunes, 23 de noviembre de 2026

Niño(a) asegurado(a): Mateo Alejandro Ruiz Ocampo
N.º de miembro: PPC-FICT-6630182
Fecha de nacimiento: 25 de noviembre de 2010
N.º de reclamación: SID 2026 1103 552
Padre/madre o tutor: Yesenia Ocampo

AVISO DE DENEGACIÓN

Recibimos la reclamación de Clínica Neurológica Sol de Mayo por la
estimulación magnética transcraneal (códigos 90867 y 90868) que Mateo
recibió el 3 de noviembre de 2026 y el 4 de noviembre de 2026
(diagnóstico F32.2). No la pagaremos: según la sección 6 del Manual del
Miembro, la estimulación magnética transcraneal para menores de 18 años
es una exclusión y no es un beneficio cubierto.

CÓMO APELAR
Usted puede pedir una apelación dentro de 60 días a partir de la fecha de
esta carta. Mande su apelación a:

   {addr[0]}
   {addr[1]}
   {addr[2]}, {addr[3]}
   {addr[4]}

Si mantenemos la decisión, puede pedir que el estado la revise. Este
programa no ofrece audiencia imparcial de Medicaid.

Atentamente,
Servicios para Miembros
Salud Infantil del Desierto
Tel. 1-888-555-0166
"""
    eml = {"subject": "Aviso sobre la reclamación de Mateo - Pequeños Pasos CHIP",
           "from": "Pequeños Pasos CHIP <avisos@saludinfantil-desierto.example>",
           "to": "Yesenia Ocampo <yocampo@correo.example>", "date": "Tue, 24 Nov 2026 10:05:33 -0700",
           "html": None, "plain": body, "cte": "base64"}
    k = key(f, "Plain-text e-mail, UTF-8 in base64, from a separate CHIP ('no es Medicaid') to the mother; the child "
            "is the patient; date with a weekday in Spanish words; e-mail sent the next day; child's DOB 25 de "
            "noviembre de 2010 two days after; claim number in groups (compare without spaces); exclusion = not "
            "covered. Deadline 60 days from the notice date.",
            "Mateo Alejandro Ruiz Ocampo", "PPC-FICT-6630182", "SID 2026 1103 552", "2026-11-23",
            ["2026-11-03", "2026-11-04"], ["90867", "90868"], ["F32.2"], "not_covered", "chip", False,
            plus_days("2026-11-23", 60), "dentro de 60 días a partir de la fecha de esta carta", ", ".join(addr))
    return case(f, "eml", k, ["23 de noviembre de 2026", "3 de noviembre de 2026", "4 de noviembre de 2026"], eml,
                "base64 plain e-mail; weekday in the date; parent vs child; 'no es Medicaid'; claim no. in groups; DOB 2 days after",
                "separate CHIP in Spanish: not covered (TMS exclusion for minors)")


def c17():
    f = "17-tpa-espanol-dependiente-escaneo.pdf"
    addr = ["Plan de Beneficios de Salud de Empleados de Conservas del Golfo", "a/c Portal Benefit Administrators",
            "Atención: Apelaciones", "P.O. Box 9044", "Puerto Lirio, TX 77999"]
    p = Page(left=60, right=552, top=44)
    p.text("PORTAL BENEFIT ADMINISTRATORS", "Sans-B", 14)
    p.text("Administrador externo (TPA) de planes autofinanciados  ·  980 Harbor Loop, Puerto Lirio, TX 77998", "Sans", 8.5)
    p.text(FICT_ES, "Sans-B", 7.5)
    p.rule(0.8)
    p.text("12-nov-2026", "Sans", 11, align="right")
    p.gap(4)
    p.lines(["Efraín Ibarra Ruelas", "715 Calle Marisma", "Puerto Lirio, TX 77997"], "Sans", 11)
    p.gap(8)
    p.table([0, 150, 300], [
        ["", "Suscriptor (empleado)", "Paciente (dependiente)"],
        ["Nombre", "Efraín Ibarra Ruelas", "Guadalupe Monserrat Ibarra Cuéllar"],
        ["ID del miembro", "CDG-FICT-410558-01", "CDG-FICT-410558-03"],
        ["Fecha de nacimiento", "03-feb-1970", "14-nov-1999"],
    ], size=9.5, x0=60, x1=552)
    p.gap(4)
    p.kv("Reclamación n.º:", "PB-26-1030-81127", lw=130)
    p.kv("Servicio:", "30-oct-2026 · 96365, 96366, J3490 · diagnóstico F33.2", lw=130)
    p.gap(6)
    p.para("Plan de Beneficios de Salud de Empleados de Conservas del Golfo (plan autofinanciado sujeto a ERISA) "
           "denegó la reclamación de Clínica Costera de Infusiones porque el tratamiento no es médicamente "
           "necesario según la política clínica del plan para infusiones de ketamina.", "Serif", 11)
    p.text("Derecho a apelar", "Sans-B", 11)
    p.para("Tiene 180 días para apelar: su apelación debe llegar a más tardar el 11 de mayo de 2027. Envíela a:",
           "Serif", 11)
    p.lines(addr, "Serif", 11, x=92)
    p.gap(4)
    p.para("La oficina de Harbor Loop no recibe apelaciones. Preguntas: 1-800-555-0131.", "Serif", 11)
    k = key(f, "Image-only scan of a Spanish TPA letter for a self-funded ERISA plan, addressed to the subscriber; the "
            "dependent daughter is the patient (subscriber/patient table with two IDs and two DOBs, hers "
            "14-nov-1999 two days after); dates as dd-mmm-yyyy with Spanish month abbreviations (12-nov-2026); "
            "stated deadline date 'a más tardar el 11 de mayo de 2027'; a/c block. Administrator: Portal Benefit "
            "Administrators; plan: Plan de Beneficios de Salud de Empleados de Conservas del Golfo.",
            "Guadalupe Monserrat Ibarra Cuéllar", "CDG-FICT-410558-03", "PB-26-1030-81127", "2026-11-12",
            ["2026-10-30"], ["96365", "96366", "J3490"], ["F33.2"], "medical_necessity", "employer_erisa", False,
            "2027-05-11", "a más tardar el 11 de mayo de 2027", ", ".join(addr))
    return case(f, "scan", k, ["12-nov-2026", "30-oct-2026", "11 de mayo de 2027"], [p],
                "image-only scan; subscriber addressee vs dependant patient table; Spanish dd-mmm-yyyy; stated deadline date; a/c; TPA office not for appeals",
                "employer self-funded (ERISA) via TPA, in Spanish: medical necessity", angles=[0.5])


def c18():
    f = "18-parte-d-espanol-dos-direcciones.pdf"
    addr = ["Vía Norte Salud", "Atención: Redeterminaciones de la Parte D", "880 Calle Alameda", "Piso 4",
            "San Ubaldo, CA 93999"]
    p = Page(left=66, right=546, top=44)
    p.text("Plan de Medicamentos Recetados Vía Norte (PDP)", "Serif-B", 15)
    p.text(FICT_ES, "Sans-B", 7.5)
    p.rule(0.6)
    p.text("Correspondencia general: Vía Norte Salud, P.O. Box 2710, San Ubaldo, CA 93998", "Sans", 9)
    p.gap(6)
    p.text("AVISO DE DENEGACIÓN DE COBERTURA DE MEDICAMENTOS RECETADOS DE MEDICARE", "Sans-B", 11)
    p.gap(4)
    p.kv("Fecha de emisión:", "2026/11/19", lw=150)
    p.kv("Miembro:", "Consuelo Marisela Uribe Paz", lw=150)
    p.kv("Número de miembro:", "VNR 7730 1184", lw=150)
    p.kv("Fecha de nacimiento:", "21 de noviembre de 1950", lw=150)
    p.kv("Número de caso:", "PDC-2611-33917", lw=150)
    p.kv("Medicamento:", "Auvelity (dextrometorfano-bupropión) 45 mg/105 mg", lw=150)
    p.gap(6)
    p.para("Denegamos su solicitud de determinación de cobertura. Este medicamento está en nuestra Lista de "
           "Medicamentos con un requisito de terapia escalonada: primero debe probar dos antidepresivos genéricos "
           "de la lista (por ejemplo sertralina y bupropión) durante al menos 6 semanas cada uno. No recibimos "
           "información de que los haya probado.", "Serif", 11)
    p.text("Su derecho a pedir una redeterminación (apelación)", "Sans-B", 11)
    p.para("Tiene derecho a pedirnos una redeterminación dentro de 65 días a partir de la fecha de este aviso. "
           "No envíe su apelación a la dirección de correspondencia general de arriba. Envíela a:", "Serif", 11)
    p.lines(addr, "Serif", 11, x=100)
    p.gap(4)
    p.para("Fax de apelaciones: 1-855-555-0112. Para una redeterminación rápida llame al 1-855-555-0111.", "Serif", 11)
    p.para("Si mantenemos la denegación, puede pedir una revisión a una entidad de revisión independiente.", "Serif", 11)
    k = key(f, "Spanish Part D coverage-determination denial, text PDF: year-first issue date 2026/11/19; DOB in "
            "Spanish words two days after; member number in groups (compare without spaces); case number is the "
            "claim number (drug request: no service dates or codes, keys left out); general correspondence P.O. Box "
            "printed first, not for appeals. Step therapy. Deadline 65 days.",
            "Consuelo Marisela Uribe Paz", "VNR 7730 1184", "PDC-2611-33917", "2026-11-19", None, None, None,
            "step_therapy", "medicare_part_d", False, plus_days("2026-11-19", 65),
            "dentro de 65 días a partir de la fecha de este aviso", ", ".join(addr))
    return case(f, "pdf", k, ["2026/11/19"], [p],
                "year-first date; DOB in words 2 days after; correspondence vs appeals address; 'Piso 4'; member no. in groups",
                "Medicare Part D in Spanish: step therapy (Auvelity)")


CASES = [c13, c14, c15, c16, c17, c18]
