"""Set 28, notices 13-18 (Spanish). Todo es FICTICIO: personas, planes, proveedores, números y direcciones."""
from dates import d, S, U, DM

F = "MUESTRA FICTICIA - personas, plan y números inventados; no es un aviso real."
T = "\t"


def c13():
    nd = d("2026-11-23")
    name, mid, clm = "Rigoberto Almaraz Quiñones", "A48817302", "SA-2611-07719"
    basis = "Tiene 60 días calendario a partir de la fecha de este aviso para pedir una apelación"
    addr = ["Plan Comunitario Sonora Salud", "Departamento de Apelaciones", "2450 E. Camelback Rd., Piso 4",
            "Phoenix, AZ 85016"]
    lines = [
        "#Plan Comunitario Sonora Salud", "Plan de salud de Medicaid (atención administrada) en Arizona", F, "",
        "#AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", "",
        f"Fecha del aviso: {S(nd)}",
        f"Miembro: {name}",
        f"Número de identificación de Medicaid: {mid}",
        f"Número de caso: {clm}          Fecha de nacimiento: 23/11/1979", "",
        "Su médica, la Dra. Inés Carbajal, pidió aprobación para el aerosol nasal de esketamina (J0013), dos veces",
        "por semana durante cuatro semanas, para el diagnóstico F33.2. Como ella nos dijo que esperar podía dañar",
        "gravemente su salud, tomamos una decisión acelerada (rápida) dentro de 72 horas.", "",
        "#Nuestra decisión: negado",
        "Este medicamento está sujeto a terapia escalonada. Nuestras reglas piden que antes pruebe dos",
        "antidepresivos de distinta clase, cada uno por 6 semanas, y un tratamiento de aumento. Los registros que",
        "recibimos muestran solo un antidepresivo. Si ya probó otros, su médica puede enviarnos las fechas y dosis.", "",
        "#Cómo apelar",
        f"{basis}. Puede llamar al 1-555-0188 o escribir a:",
        *addr,
        "Si quiere seguir recibiendo un servicio mientras decidimos, debe pedirlo dentro de 10 días. Si no está de",
        "acuerdo con nuestra decisión de la apelación, puede pedir una audiencia imparcial estatal dentro de",
        "120 días. Tiene derecho a un intérprete sin costo.",
    ]
    return dict(
        n=13, slug="medicaid-mco-esketamina-terapia-escalonada-acelerada-moho-escaneo", lang="es", kind="png",
        device="mildew", lines=lines,
        note="MUESTRA FICTICIA / FICTIONAL. An Arizona Medicaid managed-care plan denies esketamine nasal spray (J0013; F33.2) before care: step_therapy, decided on an expedited basis (urgent). A letter kept in a damp place: grey-green mildew spots and a tide mark, scanned in colour to PNG. Window stated: 60 días calendario from the notice. Traps: DOB 23/11/1979 (same day and month as the notice), 72 horas, 10 días, 120 días.",
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd,
                 procedure_codes=["J0013"], diagnosis_codes=["F33.2"],
                 denial_category="step_therapy", plan_type="medicaid", urgent=True),
        nd_label="Fecha del aviso:", nd_printed=S(nd), sd_printed=[],
        ev_cat=["terapia escalonada"], ev_plan=["Medicaid"], ev_urgent=["decisión acelerada (rápida)"],
        window=("days", 60, basis), addr=addr, traps=["23/11/1979", "72 horas", "10 días", "120 días"])


def c14():
    nd = d("2026-11-06"); days = [d("2026-10-09"), d("2026-10-16"), d("2026-10-23")]
    name, mid, clm = "Valeria Ochoa Benavides", "CHN-7720415", "SN 2026 10 4417"
    basis = "tiene 60 días a partir de la fecha de esta carta"
    addr = ["Sierra Niños Health Plan", "Unidad de Apelaciones", "5995 Plumas St., Suite 200", "Reno, NV 89519"]
    lines = [
        "#Sierra Niños Health Plan", "Programa de Seguro Médico para Niños (CHIP) de Nevada", F, "",
        "Las fechas de esta carta se escriben día/mes/año.", "",
        f"Fecha de la carta: {DM(nd)}", "",
        "Sra. Marisol Benavides Ruiz (madre)", "3380 Lakeside Dr., Apt. 12", "Reno, NV 89509", "",
        f"Paciente: {name}{T}Fecha de nacimiento: 11/06/2013",
        f"Número de miembro de la paciente: {mid}{T}Número de la madre: CHN-7720400",
        f"Número de reclamo: {clm}", "",
        "Estimada Sra. Benavides:",
        "Recibimos el reclamo de Centro Familiar Truckee por terapia familiar con su hija. No lo pagaremos.",
        "", f"Fecha{T}Código{T}Diagnóstico{T}Pagado{T}Código de ajuste",
        *[f"{DM(x)}{T}90847{T}F43.23{T}$0.00{T}CO-197" for x in days], "",
        "Motivo: estas sesiones necesitaban autorización previa del plan y el proveedor no la pidió (CO-197).",
        "No es una decisión sobre si la terapia era necesaria. El proveedor puede pedir una autorización",
        "retroactiva; eso no es una apelación.", "",
        f"Si no está de acuerdo, {basis} para apelar. Envíe su",
        "apelación por escrito a: Sierra Niños Health Plan, Unidad de Apelaciones,",
        "5995 Plumas St., Suite 200, Reno, NV 89519. Teléfono: 1-555-0193.",
        "Después de nuestra decisión, puede pedir que el estado revise el caso.",
    ]
    return dict(
        n=14, slug="chip-terapia-familiar-sin-autorizacion-escaner-atascado-pdf-imagen", lang="es", kind="imgpdf",
        device="stutter", lines=lines, tabs=[0.0, 0.18, 0.32, 0.5, 0.64],
        note="MUESTRA FICTICIA / FICTIONAL. A Nevada CHIP plan denies a 13-year-old's family therapy on 3 days (90847; F43.23) for no prior authorization (CO-197), in a letter to her mother; day-first dates, said on the letter. A flatbed scan whose motor stuttered: bands where the page is stretched or rows repeat; image-only PDF. Window stated: 60 días from the letter. Traps: the mother (addressee) and her number CHN-7720400, DOB 11/06/2013 (reads like the letter's date month first), retroactive authorization is no appeal.",
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd, service_dates=days,
                 procedure_codes=["90847"], diagnosis_codes=["F43.23"], carc_codes=["CO-197"],
                 denial_category="prior_authorization", plan_type="chip", urgent=False),
        nd_label="Fecha de la carta:", nd_printed=DM(nd), day_first=True, sd_printed=[DM(x) for x in days],
        ev_cat=["autorización previa"], ev_plan=["(CHIP)"], ev_urgent=None,
        window=("days", 60, basis), addr=addr,
        traps=["Marisol Benavides Ruiz", "CHN-7720400", "11/06/2013"])


def c15():
    nd = d("2026-10-28"); days = [d("2026-10-05"), d("2026-10-06"), d("2026-10-07"), d("2026-10-08")]
    name, mid, clm = "Esteban Villaseñor Ruiz", "PLV 6604 1127 8", "RC-26-1015-22981"
    basis = "dentro de los 65 días calendario a partir de la fecha de este aviso"
    addr = ["Plan Lumbre Ventaja Medicare (PPO)", "Atención: Reconsideraciones", "Apartado Postal 17740",
            "San Antonio, TX 78217-0740"]
    lines = [
        "#Plan Lumbre Ventaja Medicare (PPO)", "Un plan Medicare Advantage", F, "",
        "#Aviso de denegación de pago", "",
        f"Fecha del aviso: {S(nd)}",
        f"Afiliado: {name}",
        f"Número de afiliado del plan: {mid}",
        "Número de Medicare: 8HW2-KD4-QT19 (no lo use para su apelación)",
        f"Número de reclamo: {clm}",
        "Proveedor: Centro de Estimulación Magnética Alamo Heights", "",
        f"Denegamos el pago de la estimulación magnética transcraneal (90868) de los días 5, 6, 7 y 8 de octubre de 2026,",
        "con diagnóstico F33.1. Código de ajuste: CO-50.", "",
        "#Por qué",
        "Nuestro médico revisor encontró que el servicio no es médicamente necesario: los registros no",
        "muestran que haya probado al menos dos antidepresivos a dosis adecuadas antes de empezar la EMT.",
        "Recibimos el reclamo el 19 de octubre de 2026.", "",
        "#Su derecho a apelar",
        f"Puede pedir una reconsideración {basis}.",
        "Envíela por escrito a:", *addr,
        "Responderemos en 60 días. Si mantenemos la decisión, su caso pasa solo a una entidad de revisión",
        "independiente. Llame al 1-555-0121 (TTY 711) si necesita ayuda.",
    ]
    return dict(
        n=15, slug="medicare-advantage-emt-necesidad-modo-retrato-foto", lang="es", kind="jpeg",
        device="portrait", lines=lines,
        note="MUESTRA FICTICIA / FICTIONAL. A Medicare Advantage PPO denies TMS on 4 days (90868; F33.1) as not medically necessary (CO-50). A phone photo in portrait mode: the page's edges and two patches mistaken for background and blurred, the table behind softened. Window stated: 65 días calendario from the notice. Traps: the Medicare number, received 19 de octubre, 60 días.",
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd, service_dates=days,
                 procedure_codes=["90868"], diagnosis_codes=["F33.1"], carc_codes=["CO-50"],
                 denial_category="medical_necessity", plan_type="medicare_advantage", urgent=False),
        nd_label="Fecha del aviso:", nd_printed=S(nd), sd_printed=["5, 6, 7 y 8 de octubre de 2026"],
        sd_list=True, ev_cat=["no es médicamente necesario"], ev_plan=["Medicare Advantage"], ev_urgent=None,
        window=("days", 65, basis), addr=addr, traps=["8HW2-KD4-QT19", "19 de octubre de 2026", "60 días"])


def c16():
    nd = d("2026-11-12"); days = [d("2026-10-14"), d("2026-10-21")]
    name, mid, clm = "Lucía Arredondo Pineda", "NVM-3309-481-27", "MK2610930055"
    dl = d("2027-05-11")
    basis = f"a más tardar el {S(dl)}"
    addr = ["Nuevo Valle Salud", "Apelaciones Internas", "1200 Avenida Central NW", "Albuquerque, NM 87102"]
    lines = [
        "#Nuevo Valle Salud", "Plan individual comprado en el Mercado de Seguros Médicos (Marketplace)", F, "",
        f"Fecha del aviso: {S(nd)}",
        f"Asegurada: {name}",
        f"Número de miembro: {mid}",
        f"Número de reclamo: {clm}", "",
        "Hola, Lucía:",
        "Revisamos el reclamo de Clínica Sandía de Infusiones por dos infusiones de ketamina por vía intravenosa.",
        f"Fechas de servicio{T}{S(days[0])}",
        f"{T}{S(days[1])}",
        f"Códigos{T}96365, J3490",
        f"Diagnóstico{T}F33.2",
        f"Código de ajuste{T}CO-55", "",
        "No pagaremos este reclamo. Nuestra póliza médica considera la ketamina intravenosa para la depresión un",
        "tratamiento experimental o en investigación, porque no tiene la aprobación de la FDA para ese uso.", "",
        "#Cómo apelar",
        f"Su apelación debe llegarnos {basis}. Escriba a:",
        *addr,
        "Si su salud corre peligro, llame al 1-555-0104 y pida una apelación acelerada.",
        "Después de nuestra decisión final, puede pedir una revisión externa independiente en 4 meses.",
    ]
    return dict(
        n=16, slug="marketplace-ketamina-experimental-correo-html-base64", lang="es", kind="eml", device=None,
        lines=lines,
        eml=dict(date="Fri, 13 Nov 2026 06:02:44 -0700", frm="Nuevo Valle Salud <avisos@nuevovallesalud.example>",
                 to=f"{name} <lucia.arredondo@correo.example>",
                 subject=f"Aviso sobre su reclamo {clm}", html_only=True),
        note="MUESTRA FICTICIA / FICTIONAL. A Marketplace plan denies two IV ketamine infusions (96365, J3490; F33.2) as experimental (CO-55). An HTML-only e-mail, base64, its facts in a two-column definition list, the second date in a cell of its own. Window stated as a date: 11 de mayo de 2027. Traps: the Date header 13 Nov, 4 meses.",
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd, service_dates=days,
                 procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"], carc_codes=["CO-55"],
                 denial_category="experimental_investigational", plan_type="individual_aca", urgent=False),
        nd_label="Fecha del aviso:", nd_printed=S(nd), sd_printed=[S(x) for x in days],
        ev_cat=["experimental o en investigación"], ev_plan=["Mercado de Seguros Médicos"], ev_urgent=None,
        window=("date", S(dl), basis), addr=addr, traps=["13 Nov 2026", "4 meses"])


def c17():
    nd = d("2026-12-02"); days = [d("2026-11-03"), d("2026-11-10"), d("2026-11-17")]
    name, mid, clm = "Joaquín Ibarra Solís", "ACV 448 221 903", "2026-1102-ACV-66410"
    basis = "dentro de los 180 días a partir de la fecha en que reciba esta carta"
    addr = ["Aseguradora Costa Verde de Salud", "Departamento de Quejas y Apelaciones", "9100 NW 36th St., Suite 300",
            "Doral, FL 33178"]
    lines = [
        "#Aseguradora Costa Verde de Salud", F, "",
        f"Datos del reclamo{T}Datos del miembro",
        f"Número de reclamo: {clm}{T}Nombre: {name}",
        f"Fecha de la notificación: {S(nd)}{T}Identificación: {mid}",
        f"Proveedor: Lic. Amparo Réquiz, psicoterapeuta{T}Grupo: Muebles Bahía Azul, Inc. (G-40871)", "",
        "Su plan es un plan de salud de grupo que su empleador, Muebles Bahía Azul, ofrece y que nuestra",
        "compañía asegura. Está sujeto a la ley ERISA.", "",
        f"Sesiones de psicoterapia (90837) de {S(days[0])}, {S(days[1])} y {S(days[2])}; diagnóstico F41.1.",
        "Resultado: negado, código CO-242. La Lic. Réquiz no pertenece a la red de su plan EPO, que no paga",
        "servicios fuera de la red salvo emergencias. Si no encontró un psicoterapeuta de la red a una distancia",
        "y en un plazo razonables, díganos a quiénes llamó: puede pedir una excepción.", "",
        f"Puede apelar {basis}. Envíe la apelación a:",
        ", ".join(addr),
        "No envíe apelaciones a la dirección de reclamos (Apartado Postal 5520, Miami, FL 33152).",
        "Ayuda: 1-555-0138.",
    ]
    return dict(
        n=17, slug="empleador-asegurado-psicoterapia-fuera-de-red-dos-columnas-docx", lang="es", kind="docx",
        device=None, lines=lines,
        note="MUESTRA FICTICIA / FICTIONAL. An insured employer plan (ERISA, EPO) denies three psychotherapy sessions (90837; F41.1) with a non-network therapist (CO-242): out_of_network. Word letter whose header is a two-column table (claim facts left, member facts right). Window stated: 180 días from receipt. Traps: the group number, the claims box.",
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd, service_dates=days,
                 procedure_codes=["90837"], diagnosis_codes=["F41.1"], carc_codes=["CO-242"],
                 denial_category="out_of_network", plan_type="employer_erisa", urgent=False),
        nd_label="Fecha de la notificación:", nd_printed=S(nd), sd_printed=[S(x) for x in days],
        ev_cat=["no pertenece a la red"], ev_plan=["ERISA", "su empleador"], ev_urgent=None,
        window=("days", 180, basis), addr=addr, traps=["G-40871", "Apartado Postal 5520"])


def c18():
    nd = d("2026-10-19"); sd = d("2026-09-28")
    name, mid, clm = "Ximena Carvajal Obregón", "TRB-00871-23", "PB 2609 1188 44"
    basis = "dispone de 180 días desde que recibe este aviso"
    addr = ["Plan de Beneficios de Empleados de Transportes Río Bravo", "a/c Administradora Puente Benefits",
            "Revisión de Apelaciones", "Apartado Postal 2290", "Laredo, TX 78044-2290"]
    lines = [
        "#Administradora Puente Benefits", "Administrador externo del Plan de Beneficios de Empleados de Transportes Río Bravo",
        "(plan autofinanciado por el empleador, sujeto a ERISA)", F, "",
        f"Emitido el {S(nd)}", "",
        f"Paciente: {name}      Identificación del miembro: {mid}",
        f"Reclamo: {clm}      Grupo: TRB-00871",
        "Proveedor: Dr. Fausto Elizondo, Clínica del Dolor del Valle", "",
        f"Servicio del {S(sd)}: bloqueo de la rama medial lumbar (64493), diagnóstico M47.816.",
        "Importe facturado: $1.240,00. Pagado por el plan: $0,00. Código de ajuste: CO-22.", "",
        "Motivo: nuestros registros muestran otra cobertura médica (Seguros Frontera, póliza SF-55190-X) que",
        "debe pagar primero según las reglas de coordinación de beneficios del plan. Envíenos la explicación de",
        "beneficios del otro seguro, o prueba de que esa cobertura terminó antes del servicio, y volveremos a",
        "procesar el reclamo.", "",
        f"Si no está de acuerdo, {basis} para apelar por escrito.",
        "Envíe su apelación a:", *addr,
        "Recibimos este reclamo el 06/10/2026. Teléfono: 1-555-0171.",
    ]
    return dict(
        n=18, slug="autofinanciado-administrador-bloqueo-medial-otro-seguro-pdf-texto", lang="es", kind="pdf",
        device=None, lines=lines,
        note="MUESTRA FICTICIA / FICTIONAL. A self-funded employer plan (ERISA) through an administrator denies a lumbar medial branch block (64493; M47.816) because other coverage pays first (CO-22): coordination_of_benefits. Text PDF with decimal commas. Window stated: 180 días from receipt. Traps: the other plan's policy SF-55190-X, the group, received 06/10/2026.",
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd, service_dates=[sd],
                 procedure_codes=["64493"], diagnosis_codes=["M47.816"], carc_codes=["CO-22"],
                 denial_category="coordination_of_benefits", plan_type="employer_erisa", urgent=False),
        nd_label="Emitido el", nd_printed=S(nd), sd_printed=[S(sd)],
        ev_cat=["coordinación de beneficios"], ev_plan=["autofinanciado por el empleador", "ERISA"],
        ev_urgent=None, window=("days", 180, basis), addr=addr,
        traps=["SF-55190-X", "TRB-00871", "06/10/2026"])


CASES = [c13, c14, c15, c16, c17, c18]
