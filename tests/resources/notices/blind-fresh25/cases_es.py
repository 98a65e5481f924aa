"""FICTIONAL set 25, Spanish notices 13-18 (MUESTRA FICTICIA). Every person, plan, number and address is invented."""
FIC = "MUESTRA FICTICIA / FICTIONAL - personas, planes y números inventados; no es un aviso real."

CASES = []


def add(**c):
    c["lang"] = "es"
    CASES.append(c)


# 13 ---------------------------------------------------------------------------------------------------
add(num="13", slug="medicaid-mco-psicoterapia-fuera-de-red-foto-reenviada-por-mensajeria", ext="jpg",
    device="messaging_app", kind="pdf", font="sans", size=9.6,
    note="MUESTRA FICTICIA / FICTIONAL. A California Medicaid (Medi-Cal) managed care plan's notice in Spanish "
         "denying psychotherapy (90834; F43.10) on three days from an out-of-network therapist (CO-242). A phone "
         "photo forwarded through a messaging app (colour fringes, 1600 px, JPEG quality 38). Window stated: 60 "
         "days from the letter. Dates day first (the notice says so). Traps: DOB 05/03/1979, claim received "
         "02/11/2026, 10 days, 120 days, the state's ombudsman.",
    blocks=[
        ("h", "Plan de Salud Bahía Serena"),
        ("small", "Plan de atención administrada de Medi-Cal (Medicaid de California). " + FIC),
        ("h", "AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS"),
        ("small", "Las fechas de este aviso están escritas día/mes/año."),
        ("kv", [("Fecha del aviso", "18 de noviembre de 2026"), ("Miembro", "Guadalupe Ixchel Monroy Lara"),
                ("Número de identificación (CIN)", "90318825F"), ("Fecha de nacimiento", "05/03/1979"),
                ("Número de reclamación", "BS-2026-114-0093"), ("Reclamación recibida", "02/11/2026")]),
        ("t", ["Fecha de servicio", "Código", "Diagnóstico", "Código de ajuste"],
         [["07/10/2026", "90834", "F43.10", "CO-242"], ["14/10/2026", "90834", "F43.10", "CO-242"],
          ["21/10/2026", "90834", "F43.10", "CO-242"]]),
        ("p", "Negamos el pago porque la terapeuta no pertenece a la red del plan y usted no tenía una referencia "
              "aprobada para un proveedor fuera de la red."),
        ("p", "Si no está de acuerdo, debe pedir una apelación dentro de 60 días a partir de la fecha de esta "
              "carta. Para seguir recibiendo servicios, apele dentro de 10 días. Después de la apelación puede pedir "
              "una audiencia estatal dentro de 120 días."),
        ("p", "Envíe su apelación a:"),
        ("a", ["Plan de Salud Bahía Serena", "Unidad de Apelaciones", "Apartado Postal 6610",
               "Oakland, CA 94604-6610"]),
        ("small", "Servicios al Miembro: 1-555-0187. Oficina del Ombudsman: 1-555-0188."),
    ],
    key=dict(patient_name="Guadalupe Ixchel Monroy Lara", member_id="90318825F", claim_number="BS-2026-114-0093",
             notice_date="2026-11-18", service_dates=["2026-10-07", "2026-10-14", "2026-10-21"],
             procedure_codes=["90834"], diagnosis_codes=["F43.10"], carc_codes=["CO-242"],
             denial_category="out_of_network", plan_type="medicaid", urgent=False),
    anchors=dict(notice_date="18 de noviembre de 2026", service_dates=["07/10/2026", "14/10/2026", "21/10/2026"],
                 category="no pertenece a la red del plan", plan="Medicaid de California"),
    deadline=("days", 60, "debe pedir una apelación dentro de 60 días a partir de la fecha de esta carta"),
    address=["Plan de Salud Bahía Serena", "Unidad de Apelaciones", "Apartado Postal 6610", "Oakland, CA 94604-6610"])

# 14 ---------------------------------------------------------------------------------------------------
add(num="14", slug="medicare-advantage-emt-necesidad-medica-escaneo-perforado-boligrafo-rojo", ext="pdf",
    device="punched_scan_red_pen", kind="pdf", font="serif", size=10.2,
    note="MUESTRA FICTICIA / FICTIONAL. A Florida Medicare Advantage plan's Spanish notice denying TMS (90867, "
         "90868; F33.2) on three days as not medically necessary (CO-50). A colour scan (image-only PDF, 200 dpi) of "
         "a page punched for a binder, a red pen ring in the top right margin. Window stated: 65 days from the "
         "notice. Traps: the Medicare number, processed date, 60 days for the IRE, 72 hours.",
    blocks=[
        ("h", "Palma Real"),
        ("small", "Plan Medicare Advantage (PPO)."),
        ("small", FIC),
        ("kv", [("Fecha de este aviso", "12 de noviembre de 2026"), ("Afiliado", "Rogelio Benítez Aranda"),
                ("Núm. de afiliado", "PRM-4408-1952"), ("Número de Medicare", "7KD2-RW4-PX19"),
                ("Reclamación", "2026-PR-33018"), ("Procesada", "10 de noviembre de 2026")]),
        ("p", "Servicios negados: estimulación magnética transcraneal los días 6 de octubre de 2026 (90867), 8 de "
              "octubre de 2026 (90868) y 9 de octubre de 2026 (90868); diagnóstico F33.2; código CO-50."),
        ("p", "Motivo: el servicio no es médicamente necesario según nuestras guías clínicas; los registros no "
              "muestran cuatro ensayos de antidepresivos."),
        ("p", "Sus derechos: puede pedir una reconsideración dentro de 65 días a partir de la fecha de este aviso. "
              "Si su salud corre peligro, pida una decisión rápida (72 horas). Si mantenemos la negación, el caso "
              "pasa a una entidad de revisión independiente; después hay 60 días para el siguiente nivel."),
        ("p", "Envíe su apelación por escrito a:"),
        ("a", ["Palma Real Medicare Advantage", "Departamento de Apelaciones", "Apartado Postal 45120",
               "Miami, FL 33245-0120"]),
        ("small", "Servicios al Afiliado 1-555-0191 (TTY 711)."),
    ],
    key=dict(patient_name="Rogelio Benítez Aranda", member_id="PRM-4408-1952", claim_number="2026-PR-33018",
             notice_date="2026-11-12", service_dates=["2026-10-06", "2026-10-08", "2026-10-09"],
             procedure_codes=["90867", "90868"], diagnosis_codes=["F33.2"], carc_codes=["CO-50"],
             denial_category="medical_necessity", plan_type="medicare_advantage", urgent=False),
    anchors=dict(notice_date="12 de noviembre de 2026",
                 service_dates=["6 de octubre de 2026", "8 de octubre de 2026", "9 de octubre de 2026"],
                 category="no es médicamente necesario", plan="Plan Medicare Advantage"),
    deadline=("days", 65, "puede pedir una reconsideración dentro de 65 días a partir de la fecha de este aviso"),
    address=["Palma Real Medicare Advantage", "Departamento de Apelaciones", "Apartado Postal 45120",
             "Miami, FL 33245-0120"])

# 15 ---------------------------------------------------------------------------------------------------
add(num="15", slug="chip-esketamina-adolescente-experimental-correo", ext="eml", device=None, kind="eml",
    note="MUESTRA FICTICIA / FICTIONAL. A separate CHIP plan's (Pennsylvania) Spanish letter e-mailed to the "
         "mother (multipart: plain and HTML), denying esketamine (J0013; F32.2) for her 17-year-old son before "
         "care as experimental for under-18s. Window stated: 60 days from the letter. Traps: the mother "
         "(addressee), the Date header, the request received date, DOB, the state's external review, 72 hours.",
    headers=[("From", "Arcoíris Kids Health <avisos@arcoiriskids.example>"),
             ("To", "Rebeca Ruiz Medina <rebeca.ruiz@correo.example>"),
             ("Date", "Sat, 21 Nov 2026 07:30:00 -0500"),
             ("Subject", "Decisión sobre la solicitud SOL-26-40917"),
             ("Message-ID", "<set25-15@arcoiriskids.example>")],
    blocks=[
        ("h", "Arcoíris Kids Health - Programa CHIP de Pensilvania"),
        ("small", FIC),
        ("p", "Fecha de esta carta: 20 de noviembre de 2026"),
        ("p", "Estimada Sra. Rebeca Ruiz Medina:"),
        ("kv", [("Niño inscrito", "Mateo Alejandro Villaseñor Ruiz"), ("Núm. de miembro", "CH-5519-0387-02"),
                ("Fecha de nacimiento", "14/06/2009"), ("Solicitud", "SOL-26-40917"),
                ("Solicitud recibida", "16 de noviembre de 2026"), ("Servicio", "J0013, diagnóstico F32.2")]),
        ("p", "Negamos la solicitud de esketamina en espray nasal para su hijo. Para menores de 18 años este "
              "tratamiento se considera experimental o en investigación."),
        ("p", "Puede apelar dentro de 60 días a partir de la fecha de esta carta. Si la espera pone en peligro la "
              "salud de su hijo, pida una apelación rápida (72 horas). Después puede pedir una revisión externa al "
              "estado. Envíe su apelación a:"),
        ("a", ["Arcoíris Kids Health", "Apelaciones CHIP", "Apartado Postal 9931", "Pittsburgh, PA 15230-9931"]),
        ("small", "Servicios al Miembro: 1-555-0193."),
    ],
    key=dict(patient_name="Mateo Alejandro Villaseñor Ruiz", member_id="CH-5519-0387-02", claim_number="SOL-26-40917",
             notice_date="2026-11-20", procedure_codes=["J0013"], diagnosis_codes=["F32.2"],
             denial_category="experimental_investigational", plan_type="chip", urgent=False),
    anchors=dict(notice_date="20 de noviembre de 2026", category="experimental o en investigación",
                 plan="Programa CHIP de Pensilvania"),
    deadline=("days", 60, "Puede apelar dentro de 60 días a partir de la fecha de esta carta"),
    address=["Arcoíris Kids Health", "Apelaciones CHIP", "Apartado Postal 9931", "Pittsburgh, PA 15230-9931"])

# 16 ---------------------------------------------------------------------------------------------------
add(num="16", slug="medicaid-pago-por-servicio-emt-no-cubierta-foto-contraluz", ext="jpg",
    device="backlit_showthrough", kind="pdf", font="serif", size=9.8,
    back_lines=["INSTRUCCIONES PARA LA AUDIENCIA - page 2 - 11/30/2026 - 1-555-0100",
                "Formulario de solicitud 55-209 - reclamación 00-0000-000"],
    note="MUESTRA FICTICIA / FICTIONAL. An Illinois fee-for-service Medicaid agency's Spanish notice denying a "
         "request for TMS (90867; F33.1) as not a covered service; the fair hearing is the first step. A phone "
         "photo of the page held against a window: the back's print shows through mirrored. Window stated: 60 "
         "days from the mailing date. Traps: the decision date (17 Nov) before the mailing date (19 Nov), the "
         "agency's own office, the case number on the back.",
    blocks=[
        ("h", "Programa Médico Estatal de Illinois"),
        ("small", "Medicaid de pago por servicio (sin plan de atención administrada). " + FIC),
        ("h", "AVISO DE DECISIÓN"),
        ("kv", [("Fecha de la decisión", "17 de noviembre de 2026"), ("Fecha de envío de este aviso", "19 de noviembre de 2026"),
                ("Beneficiaria", "Esperanza Tovar Quintanilla"), ("Número de Medicaid", "338104772"),
                ("Número de caso", "AV-2026-0772315"), ("Servicio pedido", "90867, diagnóstico F33.1")]),
        ("p", "La estimulación magnética transcraneal no es un servicio cubierto por el programa de pago por "
              "servicio. Por eso negamos la solicitud de su médico."),
        ("p", "Si no está de acuerdo, tiene derecho a una audiencia imparcial. Debe pedirla dentro de 60 días a "
              "partir de la fecha de envío de este aviso. Envíe su solicitud a:"),
        ("a", ["Oficina de Audiencias Imparciales", "Departamento de Servicios Médicos Estatales",
               "401 South Clinton Street, Piso 6", "Chicago, IL 60607"]),
        ("small", "Oficina local: 1-555-0195."),
    ],
    key=dict(patient_name="Esperanza Tovar Quintanilla", member_id="338104772", claim_number="AV-2026-0772315",
             notice_date="2026-11-19", procedure_codes=["90867"], diagnosis_codes=["F33.1"],
             denial_category="not_covered", plan_type="medicaid", urgent=False),
    anchors=dict(notice_date="19 de noviembre de 2026", category="no es un servicio cubierto",
                 plan="Medicaid de pago por servicio"),
    deadline=("days", 60, "Debe pedirla dentro de 60 días a partir de la fecha de envío de este aviso"),
    address=["Oficina de Audiencias Imparciales", "Departamento de Servicios Médicos Estatales",
             "401 South Clinton Street, Piso 6", "Chicago, IL 60607"])

# 17 ---------------------------------------------------------------------------------------------------
add(num="17", slug="patrono-autofinanciado-ketamina-acelerada-fax-semitono", ext="tif", device="halftone_fax",
    fax_header="25/11/2026 16:02  DE: 1-555-0177  ADMINISTRADORA SENDERO  PAG {page}/{pages}",
    kind="pdf", font="sans", size=9.6,
    note="MUESTRA FICTICIA / FICTIONAL. A Texas self-funded employer plan's (ERISA) Spanish expedited decision, "
         "through its TPA, denying IV ketamine (96365, J3490; F33.2) for the subscriber's daughter before care as "
         "not medically necessary; urgent. A 1-bit Group 4 fine-mode fax whose grey letterhead band the machine "
         "halftoned. Window stated: 180 days from receipt. Traps: the fax header date, the subscriber and his -01 "
         "ID, request received, 72 hours, 4 months.",
    blocks=[
        ("h", "Administradora Sendero"),
        ("small", "Administrador del Plan de Salud para Empleados de Constructora Alamillo, un plan de salud del "
                  "patrono autofinanciado sujeto a ERISA. " + FIC),
        ("kv", [("Fecha de la notificación", "24 de noviembre de 2026"), ("Suscriptor", "Héctor Paredes Lugo (CAL-300471-01)"),
                ("Paciente", "Inés Carolina Paredes Ochoa"), ("Núm. de identificación de la paciente", "CAL-300471-03"),
                ("Solicitud", "EXP-26-11902"), ("Recibida", "23 de noviembre de 2026"),
                ("Servicio", "96365 y J3490, diagnóstico F33.2")]),
        ("p", "Su médico pidió una revisión acelerada y la hicimos como urgente. Negamos las infusiones de ketamina: "
              "no son médicamente necesarias según los criterios del plan."),
        ("p", "Puede apelar dentro de 180 días a partir de la fecha en que reciba este aviso. Una apelación urgente "
              "se decide en 72 horas. Después puede pedir una revisión externa dentro de 4 meses. Envíe su apelación a:"),
        ("a", ["Plan de Salud para Empleados de Constructora Alamillo", "a/c Administradora Sendero",
               "Comité de Apelaciones", "5100 Calle Medina, Suite 220", "San Antonio, TX 78229"]),
        ("small", "Teléfono 1-555-0178."),
    ],
    key=dict(patient_name="Inés Carolina Paredes Ochoa", member_id="CAL-300471-03", claim_number="EXP-26-11902",
             notice_date="2026-11-24", procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"],
             denial_category="medical_necessity", plan_type="employer_erisa", urgent=True),
    anchors=dict(notice_date="24 de noviembre de 2026", category="no son médicamente necesarias",
                 plan="sujeto a ERISA", urgent="pidió una revisión acelerada y la hicimos como urgente"),
    deadline=("days", 180, "Puede apelar dentro de 180 días a partir de la fecha en que reciba este aviso"),
    address=["Plan de Salud para Empleados de Constructora Alamillo", "a/c Administradora Sendero",
             "Comité de Apelaciones", "5100 Calle Medina, Suite 220", "San Antonio, TX 78229"])

# 18 ---------------------------------------------------------------------------------------------------
add(num="18", slug="mercado-bloqueo-rama-medial-necesidad-word", ext="docx", device=None, kind="docx",
    header_lines=["Seguro Médico Mirasol - Plan del Mercado de Seguros Médicos (cobertura individual)",
                  "Oficina de reclamaciones: Apartado Postal 15000, Tampa, FL 33684 | 1-555-0197 | " + FIC],
    note="MUESTRA FICTICIA / FICTIONAL. A Florida Marketplace plan's Spanish letter in Word denying lumbar medial "
         "branch blocks (64493, 64494; M47.816) on one day as not medically necessary (CO-50). Window stated: 180 "
         "days from receipt. Traps: the claims office in the header, the earlier paid visit, 4 months.",
    blocks=[
        ("p", "Fecha: 10 de noviembre de 2026"),
        ("a", ["Ramona Esther Castañeda Villalobos", "2231 Calle Gardenia", "Tampa, FL 33614"]),
        ("kv", [("Asegurada", "Ramona Esther Castañeda Villalobos"), ("Núm. de miembro", "MSL-88204176"),
                ("Núm. de reclamación", "MS26-004-71355")]),
        ("p", "Revisamos la reclamación por los bloqueos de rama medial lumbar del 2 de septiembre de 2026 "
              "(64493, 64494; diagnóstico M47.816; código CO-50). La consulta del 19 de agosto de 2026 fue pagada."),
        ("p", "Decisión: negada. Los bloqueos no son médicamente necesarios porque el expediente no muestra tres "
              "meses de terapia física."),
        ("p", "Tiene 180 días a partir de que reciba este aviso para presentar una apelación interna. Después de la "
              "decisión final puede pedir una revisión externa dentro de 4 meses. Envíe su apelación a:"),
        ("a", ["Seguro Médico Mirasol", "Departamento de Apelaciones", "Apartado Postal 15088",
               "Tampa, FL 33684-5088"]),
    ],
    key=dict(patient_name="Ramona Esther Castañeda Villalobos", member_id="MSL-88204176", claim_number="MS26-004-71355",
             notice_date="2026-11-10", service_dates=["2026-09-02"], procedure_codes=["64493", "64494"],
             diagnosis_codes=["M47.816"], carc_codes=["CO-50"], denial_category="medical_necessity",
             plan_type="individual_aca", urgent=False),
    anchors=dict(notice_date="10 de noviembre de 2026", service_dates=["2 de septiembre de 2026"],
                 category="no son médicamente necesarios", plan="Mercado de Seguros Médicos"),
    deadline=("days", 180, "Tiene 180 días a partir de que reciba este aviso para presentar una apelación interna"),
    address=["Seguro Médico Mirasol", "Departamento de Apelaciones", "Apartado Postal 15088", "Tampa, FL 33684-5088"])
