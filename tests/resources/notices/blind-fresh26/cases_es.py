"""Blind intake set 26, notices 13-18 (Spanish). Everything here is FICTIONAL (MUESTRA FICTICIA): invented people,
plans, providers, addresses and numbers. Codes by number only; services described in my own words.
"""
from common import d as D
from common import dmy, long_es, mdy
import render

FICT = "MUESTRA FICTICIA / FICTIONAL SAMPLE: personas, planes y números inventados; no es un aviso real."

CASES = []


def add(**kw):
    kw.setdefault("lang", "es")
    kw.setdefault("style", {})
    CASES.append(kw)


# ------------------------------------------------------------------------------------------------ 13
nd = D("2026-12-02")
add(
    num="13", traps=['1983-03-14', '2026-11-30'],
    slug="medicaid-mco-tec-acelerada-necesidad-foto-sol-ventana", ext=".jpg", kind="image:sun_mullion",
    style={"font": "sans", "size": 9.0, "margin": 0.72, "accent": "#0b4f6c"},
    blocks=[
        ("head", ["Plan de Salud Cumbre Azul", "Plan de Medicaid STAR de Texas | Servicios para Miembros 1-555-0104",
                  FICT]),
        ("kv", [("Fecha de este aviso", long_es(nd)), ("Miembro", "Rosalba Ixtlahuac Domínguez"),
                ("Número de Medicaid", "527718934"), ("Fecha de nacimiento", "14 de marzo de 1983"),
                ("Número de solicitud", "AUT-26-1130-0872"), ("Solicitud recibida", long_es(D("2026-11-30"))),
                ("Médico que la pidió", "Dra. Lucía Bermejo Santana")], 2),
        ("title", "Aviso de determinación adversa de beneficios"),
        ("p", "Estimada Sra. Ixtlahuac Domínguez: Su médica pidió una serie de 12 tratamientos de terapia "
              "electroconvulsiva (código 90870) para el trastorno depresivo mayor, recurrente, grave, con síntomas "
              "psicóticos (F33.3). <b>Revisamos su solicitud de forma acelerada (rápida)</b> porque su médica dijo que "
              "esperar podría poner en grave peligro su salud."),
        ("p", "<b>Nuestra decisión: negada.</b> Un psiquiatra revisó los registros. Los registros no muestran una "
              "evaluación médica y de anestesia previa al tratamiento ni los resultados de los medicamentos "
              "probados en este episodio. Por eso, la serie pedida <b>no es médicamente necesaria</b> según los "
              "criterios del plan en este momento. Su médica puede hablar con el psiquiatra que revisó el caso "
              "llamando al 1-555-0105."),
        ("p", "<b>Su derecho a apelar.</b> Tiene 60 días a partir de la fecha de este aviso para pedir una apelación. "
              "Si su salud corre peligro, pida una apelación acelerada; la decidiremos en 72 horas. Envíe su "
              "apelación por escrito a:"),
        ("addr", ["Plan de Salud Cumbre Azul", "Departamento de Apelaciones", "Apartado Postal 140877",
                  "San Antonio, TX 78214-0877"]),
        ("p", "o por fax al 1-555-0106. Si quiere seguir recibiendo servicios ya aprobados durante la apelación, debe "
              "apelar dentro de 10 días. Después de nuestra decisión sobre la apelación, puede pedir una audiencia "
              "imparcial estatal dentro de 120 días. Oficina de Ombudsman de Medicaid: 1-555-0107."),
        ("small", "Oficinas del plan (no para apelaciones): 5200 Calle Alameda Oeste, San Antonio, TX 78207. " + FICT),
    ],
    key={"patient_name": "Rosalba Ixtlahuac Domínguez", "member_id": "527718934", "claim_number": "AUT-26-1130-0872",
         "notice_date": nd.isoformat(), "procedure_codes": ["90870"], "diagnosis_codes": ["F33.3"],
         "denial_category": "medical_necessity", "plan_type": "medicaid", "urgent": True},
    anchors={"notice_date": long_es(nd), "service_dates": [], "category": "no es médicamente necesaria",
             "plan_type": "Plan de Medicaid STAR de Texas",
             "urgent": "Revisamos su solicitud de forma acelerada (rápida)"},
    deadline=("days", 60, "Tiene 60 días a partir de la fecha de este aviso para pedir una apelación"),
    address_parts=["Plan de Salud Cumbre Azul", "Departamento de Apelaciones", "Apartado Postal 140877",
                   "San Antonio, TX 78214-0877"],
    note="MUESTRA FICTICIA / FICTIONAL. A Texas Medicaid managed care plan's expedited denial, in Spanish, of a "
         "requested ECT series (90870; F33.3) as not medically necessary, before care: urgent. A phone photo in "
         "direct afternoon sun: bright, warm, blacks lifted, the window frame's cross and the sill casting hard "
         "bluish shadows. Window stated: 60 días from the notice. Traps: DOB 14 de marzo de 1983, request received "
         "30 de noviembre, 72 horas, 10 días, 120 días, the plan's offices.",
)

# ------------------------------------------------------------------------------------------------ 14
nd = D("2026-11-23")
add(
    num="14", traps=['2026-11-20', '1974-07-19', '2026-11-16'],
    slug="medicaid-pago-por-servicio-ketamina-no-cubierta-copia-papel-azul-pdf", ext=".pdf",
    kind="image:blue_recycled_copier",
    style={"font": "dcond", "size": 9.0, "margin": 0.7, "accent": "#000000", "grid_head": "#dddddd"},
    blocks=[
        ("head", ["Departamento de Servicios Humanos de Nuevo México",
                  "División de Asistencia Médica - Medicaid de pago por servicio (sin plan de atención administrada)",
                  "Oficina de Autorizaciones Previas | 1-555-0124 | " + FICT]),
        ("title", "Aviso de acción: solicitud de autorización previa negada"),
        ("p", "Las fechas de este aviso están escritas mes/día/año (mm/dd/aaaa)."),
        ("kv", [("Fecha del aviso", mdy(nd)), ("Fecha de la decisión", "11/20/2026"),
                ("Nombre del beneficiario", "Efraín Tobías Quintanilla Ruiz"), ("Número de Medicaid", "NM 4409 1176 3"),
                ("Fecha de nacimiento", "07/19/1974"), ("Número de solicitud", "PA-NM-26-118834"),
                ("Fecha de recepción", "11/16/2026"), ("Proveedor", "Clínica Río Grande de Infusiones")], 2),
        ("grid", ["Servicio pedido", "Código", "Diagnóstico", "Cantidad", "Decisión"], [
            ["infusión intravenosa, primera hora", "96365", "F33.2", "6", "negada"],
            ["medicamento de la infusión (ketamina)", "J3490", "F33.2", "6", "negada"]]),
        ("p", "<b>Motivo:</b> la ketamina intravenosa para la depresión no es un servicio cubierto por el programa "
              "de Medicaid de pago por servicio del estado (Manual de Proveedores, sección 8.311, lista de servicios "
              "excluidos). No se revisó si el servicio es médicamente necesario."),
        ("p", "<b>Su derecho a una audiencia imparcial.</b> Si no está de acuerdo, puede pedir una audiencia "
              "imparcial. Tiene 90 días a partir de la fecha de este aviso para pedir una audiencia imparcial. Puede "
              "pedirla por teléfono al 1-555-0125 o por escrito a:"),
        ("addr", ["Oficina de Audiencias Imparciales", "Departamento de Servicios Humanos", "P.O. Box 2348",
                  "Santa Fe, NM 87504-2348"]),
        ("p", "Si pide la audiencia dentro de 13 días, los servicios que ya recibe pueden continuar mientras se "
              "decide. Puede traer a un abogado o a otra persona que le ayude. Su trabajadora del caso: "
              "Sra. Anaya, 1-555-0126. " + FICT),
    ],
    key={"patient_name": "Efraín Tobías Quintanilla Ruiz", "member_id": "NM 4409 1176 3",
         "claim_number": "PA-NM-26-118834", "notice_date": nd.isoformat(), "procedure_codes": ["96365", "J3490"],
         "diagnosis_codes": ["F33.2"], "denial_category": "not_covered", "plan_type": "medicaid", "urgent": False},
    anchors={"notice_date": mdy(nd), "service_dates": [], "category": "no es un servicio cubierto",
             "plan_type": "Medicaid de pago por servicio"},
    deadline=("days", 90, "Tiene 90 días a partir de la fecha de este aviso para pedir una audiencia imparcial"),
    address_parts=["Oficina de Audiencias Imparciales", "Departamento de Servicios Humanos", "P.O. Box 2348",
                   "Santa Fe, NM 87504-2348"],
    note="MUESTRA FICTICIA / FICTIONAL. A fee-for-service state Medicaid agency's notice, in Spanish with US month-"
         "first dates (it says so), denying a prior authorization request for six IV ketamine infusions (96365, "
         "J3490; F33.2) as not a covered service. A copy on blue recycled paper put through a copier's black-and-"
         "white scan to e-mail at 300 dpi (the fibre flecks left as specks): image-only PDF, CCITT G4. The fair "
         "hearing is the first step: 90 días (stated) and the hearing office. Traps: the decision date 11/20, "
         "DOB 07/19/1974, received 11/16, 13 días, the caseworker's phone.",
)

# ------------------------------------------------------------------------------------------------ 15
nd = D("2026-11-27")


def eml_15(nd=nd):
    blocks = [
        ("p", "MUESTRA FICTICIA - FICTIONAL SAMPLE. Mensaje de prueba con datos inventados."),
        ("p", "Sr. Gerardo Salinas Ortega: Le enviamos por correo electrónico, como usted pidió, la carta sobre la "
              "solicitud para su hijo. También la enviamos por correo postal."),
        ("rule",),
        ("head", ["Plan Infantil Horizonte", "Programa de Seguro Médico para Niños (CHIP) de Utah",
                  "Servicios para Miembros 1-555-0134"]),
        ("p", "Todas las fechas de esta carta están escritas día/mes/año (dd/mm/aaaa)."),
        ("kv", [("Fecha de la carta", dmy(nd)), ("Miembro", "Mateo Salinas Guevara"),
                ("Número de miembro", "UTC-0093318-02"), ("Fecha de nacimiento", "09/03/2009"),
                ("Padre o tutor", "Gerardo Salinas Ortega (UTC-0093318-01)"),
                ("Número de solicitud", "TMS-26-1120-3316"), ("Solicitud recibida", "20/11/2026")]),
        ("title", "Aviso de decisión: servicio negado"),
        ("p", "El Dr. Arturo Velasco pidió estimulación magnética transcraneal (códigos 90867 y 90868, 36 sesiones) "
              "para Mateo, de 17 años, por un episodio depresivo mayor, único, grave (F32.2)."),
        ("p", "<b>Decisión:</b> negamos la solicitud. La política médica del plan (PM-31) considera la estimulación "
              "magnética transcraneal en menores de 18 años <b>experimental o de investigación</b>, porque los "
              "estudios en adolescentes son pocos. Puede pedir una copia gratis de la política y de los documentos "
              "que usamos."),
        ("p", "<b>Cómo apelar.</b> Puede pedir una apelación dentro de 60 días a partir de la fecha de esta carta. "
              "Si esperar pone en peligro la salud de Mateo, pida una apelación rápida; la decidimos en 72 horas. "
              "Escriba a:"),
        ("addr", ["Plan Infantil Horizonte", "Unidad de Apelaciones", "2750 Avenida Canyon Rim, Suite 110",
                  "Salt Lake City, UT 84109"]),
        ("p", "Si mantenemos la decisión, puede pedir una revisión estatal al programa CHIP de Utah dentro de 30 días "
              "a partir de nuestra decisión sobre la apelación."),
        ("small", FICT),
    ]
    plain = render.text(blocks)
    html = "<html><body>" + render.html_body(blocks, "Tahoma, sans-serif") + "</body></html>"
    return render.make_eml([
        ("From", "Plan Infantil Horizonte <avisos@horizonte-chip.example>"),
        ("To", "Gerardo Salinas <gsalinas@correo.example>"),
        ("Subject", "Carta sobre la solicitud TMS-26-1120-3316 (MUESTRA FICTICIA)"),
        ("Date", "Mon, 30 Nov 2026 07:12:00 -0700"),
        ("Message-ID", "<20261130071200.3316@horizonte-chip.example>"),
    ], plain, html, "=_hz_3316")


add(
    num="15", traps=['UTC-0093318-01', 'Gerardo Salinas Ortega', '2026-11-30', '2009-03-09', '2026-11-20'],
    slug="chip-emt-adolescente-experimental-correo", ext=".eml", kind="eml", eml=eml_15, day_first=True,
    key={"patient_name": "Mateo Salinas Guevara", "member_id": "UTC-0093318-02", "claim_number": "TMS-26-1120-3316",
         "notice_date": nd.isoformat(), "procedure_codes": ["90867", "90868"], "diagnosis_codes": ["F32.2"],
         "denial_category": "experimental_investigational", "plan_type": "chip", "urgent": False},
    anchors={"notice_date": dmy(nd), "service_dates": [], "category": "experimental o de investigación",
             "plan_type": "Programa de Seguro Médico para Niños (CHIP) de Utah"},
    deadline=("days", 60, "Puede pedir una apelación dentro de 60 días a partir de la fecha de esta carta"),
    address_parts=["Plan Infantil Horizonte", "Unidad de Apelaciones", "2750 Avenida Canyon Rim, Suite 110",
                   "Salt Lake City, UT 84109"],
    note="MUESTRA FICTICIA / FICTIONAL. A separate CHIP plan's letter, in Spanish, e-mailed to the father: TMS "
         "(90867, 90868; F32.2) for a 17-year-old denied as experimental under 18, before care. multipart/"
         "alternative, quoted-printable. Day-first dates (the letter says so). Window stated: 60 días from the "
         "letter. Traps: the Date header 30 Nov, the father and his -01 number, DOB 09/03/2009 (9 March), request "
         "received 20/11/2026, 36 sessions, 72 horas, the state review's 30 días.",
)

# ------------------------------------------------------------------------------------------------ 16
nd = D("2026-11-04")
sv = [D("2026-09-09"), D("2026-09-16"), D("2026-09-23")]
add(
    num="16", traps=['2026-10-02', 'Apartado Postal 52700'],
    slug="mercado-psicoterapia-fuera-de-red-foto-luz-mixta", ext=".jpg", kind="image:mixed_light",
    day_first=True,
    style={"font": "dserif", "size": 8.7, "margin": 0.7, "accent": "#8a4b08", "grid_head": "#f4e6d4"},
    blocks=[
        ("head", ["Aseguradora Solana Salud", "Plan Solana Bronce EPO 7500 - Mercado de Seguros Médicos de Arizona",
                  "Reclamaciones: Apartado Postal 52700, Phoenix, AZ 85072 | 1-555-0174 | " + FICT]),
        ("p", f"Fecha: {long_es(nd)}"),
        ("addr", ["Ximena Paola Cárdenas Ybarra", "2231 W Calle Tonalá", "Tucson, AZ 85746"]),
        ("title", "Explicación de la denegación de su reclamación"),
        ("kv", [("Asegurada", "Ximena Paola Cárdenas Ybarra"), ("Identificación de miembro", "SLN-882014-57"),
                ("Número de reclamación", "RCL2026-10-44318"), ("Reclamación recibida", "02/10/2026"),
                ("Proveedora", "Lic. Noemí Arriaga, consejera profesional")], 2),
        ("p", "Las fechas numéricas de esta carta están escritas día/mes/año."),
        ("grid", ["Fecha del servicio", "Código", "Diagnóstico", "Cargo", "Pagado", "Código de ajuste"], [
            [dmy(x), "90837", "F42.2", "$180.00", "$0.00", "CO-242"] for x in sv]),
        ("p", "<b>Motivo:</b> la Lic. Arriaga no pertenece a la red de su plan. Su plan es un EPO: no paga servicios "
              "de proveedores <b>fuera de la red</b>, salvo emergencias o con una excepción aprobada antes del "
              "servicio. CO-242: servicios no prestados por proveedores de la red."),
        ("p", "<b>Cómo apelar.</b> Usted tiene 180 días a partir de la fecha en que recibe este aviso para presentar "
              "una apelación interna. Envíela a:"),
        ("addr", ["Aseguradora Solana Salud", "Atención: Apelaciones y Quejas", "Apartado Postal 52760",
                  "Phoenix, AZ 85072-2760"]),
        ("p", "No envíe apelaciones al apartado de reclamaciones. Si mantenemos la denegación, puede pedir una "
              "revisión externa independiente dentro de 4 meses. Si cree que no hay terapeutas de la red "
              "disponibles cerca de usted, puede pedir una excepción de red. Ayuda al consumidor: 1-555-0175."),
        ("small", FICT),
    ],
    key={"patient_name": "Ximena Paola Cárdenas Ybarra", "member_id": "SLN-882014-57",
         "claim_number": "RCL2026-10-44318", "notice_date": nd.isoformat(),
         "service_dates": [x.isoformat() for x in sv], "procedure_codes": ["90837"], "diagnosis_codes": ["F42.2"],
         "carc_codes": ["CO-242"], "denial_category": "out_of_network", "plan_type": "individual_aca",
         "urgent": False},
    anchors={"notice_date": long_es(nd), "service_dates": [dmy(x) for x in sv], "category": "fuera de la red",
             "plan_type": "Mercado de Seguros Médicos de Arizona"},
    deadline=("days", 180, "Usted tiene 180 días a partir de la fecha en que recibe este aviso para presentar una "
                           "apelación interna"),
    address_parts=["Aseguradora Solana Salud", "Atención: Apelaciones y Quejas", "Apartado Postal 52760",
                   "Phoenix, AZ 85072-2760"],
    note="MUESTRA FICTICIA / FICTIONAL. A Marketplace EPO plan's denial, in Spanish, of three out-of-network "
         "psychotherapy sessions (90837; F42.2; CO-242). A phone photo by a window in the evening: daylight blue "
         "from the left, a tungsten lamp orange from the right, a dark wooden table. Numeric dates day first (the "
         "letter says so). Window stated: 180 días from receipt. Traps: claim received 02/10/2026 (2 October), the "
         "claims PO box 52700 (the appeals box is 52760), 4 meses.",
)

# ------------------------------------------------------------------------------------------------ 17
nd = D("2026-11-20")
add(
    num="17", traps=['2HN7-QW3-KD51', '2026-11-16'],
    slug="medicare-advantage-esketamina-terapia-escalonada-impresora-inyeccion-pdf", ext=".pdf",
    kind="image:inkjet_nozzle",
    style={"font": "sans", "size": 9.6, "margin": 0.8, "accent": "#5b2a86", "center_title": True},
    blocks=[
        ("head", ["Compañía de Salud Brisa Dorada", "Plan Medicare Advantage Brisa Dorada (HMO)",
                  "Servicios para Miembros 1-555-0194 (TTY 711) | " + FICT]),
        ("title", "AVISO DE DENEGACIÓN DE COBERTURA MÉDICA"),
        ("kv", [("Fecha del aviso", long_es(nd)), ("Nombre del miembro", "Aurelio Benjamín Sepúlveda Noriega"),
                ("Número de miembro", "BDH-00735519"), ("Número de Medicare", "2HN7-QW3-KD51"),
                ("Número de caso", "OD-2026-44817"), ("Solicitud recibida", long_es(D("2026-11-16")))]),
        ("p", "Hemos <b>negado</b> la solicitud de su médico, el Dr. Fabián Oquendo, para cubrir esketamina en "
              "aerosol nasal administrada en el consultorio con observación (G2083), dos veces por semana durante "
              "cuatro semanas, para el trastorno depresivo mayor, recurrente, grave (F33.2)."),
        ("p", "<b>Por qué negamos su solicitud.</b> Este medicamento de la Parte B está sujeto a terapia escalonada: "
              "el plan lo cubre solo después de que el miembro haya probado dos antidepresivos orales de clases "
              "distintas y un medicamento de potenciación. Sus registros muestran solo un antidepresivo. No se "
              "cumple el requisito de terapia escalonada."),
        ("p", "Para apelar, envíe su solicitud por escrito a:"),
        ("addr", ["Compañía de Salud Brisa Dorada", "Departamento de Apelaciones y Quejas",
                  "1550 NW 97th Avenue, Suite 400", "Doral, FL 33172"]),
        ("p", "Sus derechos de apelación, los plazos y cómo pedir una apelación rápida (que se decide en 72 horas) "
              "están en la página 2 de este aviso."),
        ("small", "Página 1 de 2. " + FICT),
    ],
    key={"patient_name": "Aurelio Benjamín Sepúlveda Noriega", "member_id": "BDH-00735519",
         "claim_number": "OD-2026-44817", "notice_date": nd.isoformat(), "procedure_codes": ["G2083"],
         "diagnosis_codes": ["F33.2"], "denial_category": "step_therapy", "plan_type": "medicare_advantage",
         "urgent": False},
    anchors={"notice_date": long_es(nd), "service_dates": [], "category": "terapia escalonada",
             "plan_type": "Plan Medicare Advantage Brisa Dorada (HMO)"},
    deadline=("rule", "medicare_advantage"),
    address_parts=["Compañía de Salud Brisa Dorada", "Departamento de Apelaciones y Quejas",
                   "1550 NW 97th Avenue, Suite 400", "Doral, FL 33172"],
    note="MUESTRA FICTICIA / FICTIONAL. Page 1 of 2 of a Medicare Advantage HMO's denial, in Spanish, of in-office "
         "esketamine (G2083; F33.2) by step therapy, before care. Printed on an inkjet with clogged nozzles (pale "
         "rows at the head's pitch, composite black) and scanned to an image-only PDF at 200 dpi. The window is on "
         "page 2, which was not scanned: the Medicare Advantage rule, 65 days from the notice (42 CFR 422.582(b)). "
         "Traps: the Medicare number, received 16 de noviembre, 72 horas.",
)

# ------------------------------------------------------------------------------------------------ 18
nd = D("2026-10-13")
sv = [D("2025-08-14"), D("2025-08-21")]
add(
    num="18", traps=['2026-09-30', '88120'],
    slug="patrono-asegurado-ketamina-plazo-de-presentacion-pdf-texto", ext=".pdf", kind="pdf",
    day_first=True,
    style={"font": "serif", "size": 10.5, "margin": 1.0, "accent": "#123c69"},
    blocks=[
        ("head", ["Compañía de Seguros de Vida y Salud Alameda",
                  "Centro de Reclamaciones | 4100 Avenida del Puerto, Long Beach, CA 90802 | 1-555-0178"]),
        ("small", FICT),
        ("p", f"Fecha de la notificación: {long_es(nd)}"),
        ("addr", ["Maricela Esperanza Tovar Landa", "1418 Calle Jacaranda", "Santa Ana, CA 92703"]),
        ("title", "Notificación de determinación adversa de beneficios"),
        ("p", "Las fechas numéricas de esta notificación se escriben día/mes/año."),
        ("kv", [("Paciente y asegurada", "Maricela Esperanza Tovar Landa"), ("Identificación", "ALM-4471-0982-01"),
                ("Número de reclamación", "2026-286-90413"), ("Fecha en que recibimos la reclamación", "30/09/2026"),
                ("Grupo", "Constructora Del Valle, LLC - grupo 88120"),
                ("Proveedor", "Centro de Bienestar Costa Serena (fuera de la red)")]),
        ("p", "Usted nos envió un recibo detallado (superbill) por estos servicios:"),
        ("grid", ["Fecha del servicio", "Código", "Diagnóstico", "Cargo", "Pagado", "Ajuste"], [
            [dmy(sv[0]), "96365", "F33.2", "$650.00", "$0.00", "CO-29"],
            [dmy(sv[0]), "J3490", "F33.2", "$85.00", "$0.00", "CO-29"],
            [dmy(sv[1]), "96365", "F33.2", "$650.00", "$0.00", "CO-29"],
            [dmy(sv[1]), "J3490", "F33.2", "$85.00", "$0.00", "CO-29"]]),
        ("p", "<b>Motivo:</b> el plazo para presentar la reclamación venció. Según su certificado de cobertura, las "
              "reclamaciones deben recibirse dentro de los 12 meses siguientes a la fecha del servicio. Recibimos "
              "esta reclamación el 30/09/2026, más de 12 meses después. Si no pudo enviarla a tiempo por una causa "
              "justificada (por ejemplo, una hospitalización), envíenos pruebas con su apelación."),
        ("p", "Su cobertura es un plan de salud grupal de su empleador, asegurado por nuestra compañía y regido por "
              "la ley federal ERISA."),
        ("p", "<b>Su derecho a apelar.</b> Tiene 180 días a partir de la fecha en que reciba esta notificación para "
              "apelar. Envíe su apelación por escrito a:"),
        ("addr", ["Compañía de Seguros de Vida y Salud Alameda", "Unidad de Apelaciones de Miembros", "P.O. Box 33871",
                  "Sacramento, CA 95833-3871"]),
        ("p", "Si su apelación es negada, puede pedir una revisión médica independiente al Departamento de Seguros de "
              "California dentro de 6 meses. También puede presentar una demanda civil según la sección 502(a) de "
              "ERISA. Asistencia en español: 1-555-0179."),
        ("small", FICT),
    ],
    key={"patient_name": "Maricela Esperanza Tovar Landa", "member_id": "ALM-4471-0982-01",
         "claim_number": "2026-286-90413", "notice_date": nd.isoformat(),
         "service_dates": [x.isoformat() for x in sv], "procedure_codes": ["96365", "J3490"],
         "diagnosis_codes": ["F33.2"], "carc_codes": ["CO-29"], "denial_category": "timely_filing",
         "plan_type": "employer_erisa", "urgent": False},
    anchors={"notice_date": long_es(nd), "service_dates": [dmy(x) for x in sv],
             "category": "el plazo para presentar la reclamación venció",
             "plan_type": "plan de salud grupal de su empleador"},
    deadline=("days", 180, "Tiene 180 días a partir de la fecha en que reciba esta notificación para apelar"),
    address_parts=["Compañía de Seguros de Vida y Salud Alameda", "Unidad de Apelaciones de Miembros",
                   "P.O. Box 33871", "Sacramento, CA 95833-3871"],
    note="MUESTRA FICTICIA / FICTIONAL. An insured employer (ERISA) plan's notice, in Spanish, denying the member's "
         "own superbill for IV ketamine on two days in August 2025 (96365, J3490; F33.2) as filed late (CO-29). "
         "Text PDF. Numeric dates day first (the notice says so). Window stated: 180 días from receipt. Traps: "
         "received 30/09/2026, the 12-month filing limit, the group number, the claims center's street address, "
         "the independent medical review's 6 meses.",
)
