"""Notices 13-18 of set 22, in Spanish. FICTICIO / FICTIONAL: every person, plan, provider, address and number is
invented. Same shape as cases_en.py."""

PIE = "MUESTRA FICTICIA - afiliado, plan y números inventados - página {page}"

# ---------------------------------------------------------------------------------------------------------------
C13 = dict(
    n="13", slug="medicare-advantage-ketamina-dolor-experimental-captura-modo-sepia", lang="es", ext="png",
    device="sepia_screenshot", dpi=200, dayfirst=True, screen_title="aviso_pago_CDA.pdf",
    docs=[dict(style=dict(font="dvsans", size=9.6, accent="#7a4b00"), footer=PIE, margins=0.7, blocks=[
        ("lh", "Ceiba Dorada Health Plans", ["Plan Ceiba Dorada Advantage (HMO)",
                                             "Oficina central: Calle Tanca 250, San Juan, PR 00901",
                                             "Servicios al Afiliado 1-555-0131 (TTY 711)"],
         ["MUESTRA FICTICIA", "Contrato del plan H7712-004"]),
        ("lines", ["16 de noviembre de 2026"]),
        ("lines", ["Ramón Ernesto Quiñones Vélez", "Urb. Villa Carolina, Calle 41 BB-7", "Carolina, PR 00985"]),
        ("title", "Aviso de denegación de pago"),
        ("kv", [("Nombre del afiliado", "Ramón Ernesto Quiñones Vélez"), ("Número de afiliado", "CDA 7730 19924"),
                ("Fecha de nacimiento", "05/11/1953"), ("Número de reclamación", "2026-PR-448170"),
                ("Proveedor", "Centro de Dolor Integrado del Este"),
                ("Fecha en que recibimos la reclamación", "02/11/2026")], {"colw": (0.38, 0.62)}),
        ("p", "Hemos denegado el pago de los servicios médicos que se indican abajo. Las fechas están en formato "
              "día/mes/año."),
        ("table", ["Fecha", "Código", "Servicio", "Cantidad facturada"], [
            ["14/10/2026", "96365", "infusión intravenosa, primera hora", "$390.00"],
            ["14/10/2026", "J3490", "ketamina, 60 mg", "$80.00"],
            ["21/10/2026", "96365", "infusión intravenosa, primera hora", "$390.00"],
            ["21/10/2026", "J3490", "ketamina, 60 mg", "$80.00"],
            ["28/10/2026", "96365", "infusión intravenosa, primera hora", "$390.00"],
            ["28/10/2026", "J3490", "ketamina, 60 mg", "$80.00"]], {"widths": [0.17, 0.13, 0.48, 0.22]}),
        ("p", "Código de diagnóstico en la reclamación: G90.521."),
        ("h", "¿Por qué denegamos su pago?"),
        ("p", "Según nuestra política médica MP-214, las infusiones intravenosas de ketamina para el dolor crónico "
              "son un tratamiento experimental o en investigación. La FDA no ha aprobado la ketamina para tratar el "
              "síndrome de dolor regional complejo, y la política no considera suficiente la evidencia publicada."),
        ("h", "Usted tiene derecho a apelar nuestra decisión"),
        ("p", "Si no está de acuerdo, puede pedirnos una reconsideración (una apelación). Tiene 65 días a partir de "
              "la fecha de este aviso para pedirla. Podemos darle más tiempo si tiene una buena razón para no "
              "cumplir el plazo."),
        ("p", "Envíe su apelación por escrito a: Ceiba Dorada Health Plans, Departamento de Apelaciones y "
              "Querellas, PO Box 195533, San Juan, PR 00919-5533. Fax: 1-555-0133."),
        ("p", "Le contestaremos en 60 días. Si no decidimos totalmente a su favor, enviaremos su caso "
              "automáticamente a una Entidad de Revisión Independiente."),
        ("small", "Plan Ceiba Dorada Advantage (HMO) es un plan Medicare Advantage con contrato con Medicare. "
                  "MUESTRA FICTICIA: el plan, el afiliado y todos los números son inventados."),
        ("pb",),
        ("title", "Ayuda con su apelación"),
        ("p", "Puede pedir que otra persona actúe por usted, por ejemplo un familiar, un amigo, un abogado o su "
              "médico. Para eso, llene el formulario de nombramiento de representante y envíelo con su apelación."),
        ("h", "Qué enviar"),
        ("p", "Una carta que explique por qué cree que debemos pagar, las notas de su proveedor y cualquier otro "
              "documento que apoye su caso. Guarde una copia de todo lo que envíe."),
        ("h", "Programa estatal de asistencia sobre seguros de salud"),
        ("p", "Consejeros gratuitos pueden ayudarle a escribir su apelación y a reunir sus récords médicos. "
              "Llame a Servicios al Afiliado para obtener el número del programa."),
    ])],
    key=dict(patient_name="Ramón Ernesto Quiñones Vélez", member_id="CDA 7730 19924", claim_number="2026-PR-448170",
             notice_date="2026-11-16", service_dates=["2026-10-14", "2026-10-21", "2026-10-28"],
             procedure_codes=["96365", "J3490"], diagnosis_codes=["G90.521"],
             denial_category="experimental_investigational", plan_type="medicare_advantage", urgent=False,
             appeals_address="Ceiba Dorada Health Plans, Departamento de Apelaciones y Querellas, PO Box 195533, "
                             "San Juan, PR 00919-5533"),
    anchors=dict(notice_date="16 de noviembre de 2026", service_dates=["14/10/2026", "21/10/2026", "28/10/2026"],
                 denial_category="experimental o en investigación", plan_type="es un plan Medicare Advantage"),
    deadline=("days", 65, "65 días a partir de la fecha de este aviso"),
    note="Medicare Advantage HMO (Puerto Rico) payment denial: three days of IV ketamine for CRPS of the right "
         "lower limb (96365, J3490; G90.521) denied as experimental or investigational. A phone screenshot "
         "(1170 x 2532 PNG) of the PDF in a viewer's sepia night mode: brown text on cream, the status bar, the "
         "viewer's title bar with the file name and a page counter over the text; the first page whole and the "
         "top of the second. Window stated: 65 days from the notice date. Traps: date of birth 05/11/1953 and "
         "claim received 02/11/2026 (day first), the head office on Calle Tanca, plan contract number, 60 days, "
         "the IRE.",
)

# ---------------------------------------------------------------------------------------------------------------
C14 = dict(
    n="14", slug="medicaid-mco-spravato-terapia-escalonada-acelerada-foto-lente-sucio", lang="es", ext="jpg",
    device="smudged_lens", dpi=300, dayfirst=True,
    docs=[dict(style=dict(font="libsans", size=10.2, accent="#1d5c4a"), footer=PIE, margins=0.75, blocks=[
        ("lh", "Río Bravo Comunitario", ["Plan de Salud Río Bravo Comunitario - plan de Medicaid",
                                         "Servicios para Miembros: 1200 E. Nolana Avenue, McAllen, TX 78504",
                                         "1-555-0135 (TTY 711)"], ["MUESTRA FICTICIA"]),
        ("lines", ["20 de noviembre de 2026"]),
        ("lines", ["Yesenia Marisol Garza Treviño", "2417 Calle Jacinto", "Edinburg, TX 78539"]),
        ("title", "Aviso de determinación adversa de beneficios"),
        ("kv", [("Miembro", "Yesenia Marisol Garza Treviño"), ("Número de Medicaid", "518 244 9073"),
                ("Fecha de nacimiento", "03/11/1991"), ("Número de autorización", "RB-AUT-26-55902"),
                ("Fecha de la solicitud", "18/11/2026"), ("Médica que lo pidió", "Dra. Carmen Ybarra-Salas")],
         {"box": True, "colw": (0.33, 0.67)}),
        ("p", "Usted o su médico pidieron una decisión acelerada (rápida). Tomamos esta decisión en 72 horas."),
        ("p", "Su médica pidió que cubramos:"),
        ("table", ["Código", "Servicio", "Cantidad", "Decisión"], [
            ["J0013", "esketamina en aerosol nasal, 1 mg", "448", "Denegado"],
            ["99415", "observación por personal clínico, primera hora", "8", "Denegado"]],
         {"widths": [0.14, 0.56, 0.13, 0.17]}),
        ("p", "Diagnóstico: F33.2"),
        ("h", "Por qué lo denegamos"),
        ("p", "Nuestros criterios de terapia escalonada para la esketamina piden que antes se hayan probado al "
              "menos dos antidepresivos de clases distintas, a dosis adecuada y por al menos 6 semanas cada uno. "
              "Los registros muestran un solo antidepresivo (fluoxetina, 4 semanas). Como no se cumplieron los "
              "pasos de la terapia escalonada, denegamos la solicitud. Criterio usado: RB-ST-011."),
        ("h", "Sus derechos de apelación"),
        ("p", "Tiene 60 días a partir de la fecha de esta carta para pedir una apelación. Puede pedirla por "
              "teléfono al 1-555-0136 o por escrito. Como su caso es urgente, puede pedir una apelación acelerada; "
              "la decidiremos en 72 horas."),
        ("p", "Envíe su apelación por escrito a: Plan de Salud Río Bravo Comunitario, Departamento de Apelaciones "
              "para Miembros, 4300 N. 10th Street, Suite 250, McAllen, TX 78504."),
        ("p", "Si ya recibía este servicio y quiere seguir recibiéndolo durante la apelación, debe pedir la "
              "apelación dentro de 10 días a partir de la fecha de esta carta."),
        ("p", "Si mantenemos nuestra decisión, puede pedir una audiencia imparcial estatal dentro de 120 días a "
              "partir de la fecha de nuestra carta de resolución de la apelación."),
        ("small", "MUESTRA FICTICIA: el plan, la miembro, la médica y todos los números son inventados."),
    ])],
    key=dict(patient_name="Yesenia Marisol Garza Treviño", member_id="518 244 9073", claim_number="RB-AUT-26-55902",
             notice_date="2026-11-20", procedure_codes=["J0013", "99415"], diagnosis_codes=["F33.2"],
             denial_category="step_therapy", plan_type="medicaid", urgent=True,
             appeals_address="Plan de Salud Río Bravo Comunitario, Departamento de Apelaciones para Miembros, "
                             "4300 N. 10th Street, Suite 250, McAllen, TX 78504"),
    anchors=dict(notice_date="20 de noviembre de 2026", denial_category="terapia escalonada",
                 plan_type="plan de Medicaid", urgent="pidieron una decisión acelerada (rápida)"),
    deadline=("days", 60, "60 días a partir de la fecha de esta carta"),
    note="Medicaid managed care, expedited prior authorization: Spravato (J0013, 99415) denied under step therapy; "
         "urgent (the decision was made fast). Phone photo through a smudged lens: a haze of glow round the print, "
         "lower contrast in the middle of the page, a warm lamp, on a beige counter. No service dates (a request). "
         "Window stated: 60 days from the letter's date. Traps: date of birth 03/11/1991 and request date "
         "18/11/2026 (day first), the member services office, 10 days to keep services, 120 days for the fair "
         "hearing, 72 hours.",
)

# ---------------------------------------------------------------------------------------------------------------
C15 = dict(
    n="15", slug="chip-psicoterapia-fuera-de-red-foto-medio-en-el-sobre", lang="es", ext="jpg",
    device="in_envelope", dpi=300, dayfirst=True, cover=0.17,
    envelope=["Sierra Azul Health", "PO Box 220457, El Paso, TX 79913", "", "",
              "PRESORTED FIRST-CLASS MAIL   -   MUESTRA FICTICIA"],
    docs=[dict(style=dict(font="dvserif", size=9.9, accent="#234a8c"), footer=PIE, margins=0.75, blocks=[
        ("lh", "Sierra Azul Health", ["Plan CHIP para niños y adolescentes",
                                      "Servicios para Miembros: 1-555-0137 (TTY 711)"],
         ["MUESTRA FICTICIA", "sierraazul.example"]),
        ("lines", ["13 de noviembre de 2026"]),
        ("lines", ["Sra. Lucía Benavides Ortega", "Madre o tutora de: Mateo Alejandro Benavides Ortega",
                   "5521 Calle Pinos Altos", "El Paso, TX 79932"]),
        ("title", "Aviso de denegación de servicios"),
        ("kv", [("Miembro (niño/a)", "Mateo Alejandro Benavides Ortega"), ("Número de miembro", "CHP-88201-447"),
                ("Fecha de nacimiento", "09/03/2016"), ("Número de solicitud", "SA-SOL-26-11873"),
                ("Fecha en que recibimos la solicitud", "06/11/2026"),
                ("Proveedora pedida", "Dra. Inés Carvajal, psicóloga (fuera de la red)")], {"colw": (0.38, 0.62)}),
        ("p", "Estimada Sra. Benavides Ortega:"),
        ("p", "Su hijo Mateo está inscrito en el Programa de Seguro Médico para Niños (CHIP) por medio de Sierra Azul "
              "Health. La Dra. Carvajal pidió que aprobemos 12 sesiones de psicoterapia (código 90837) para Mateo. "
              "Diagnóstico: F93.0."),
        ("p", "**Decisión: denegado.** La Dra. Carvajal no pertenece a la red de proveedores de Sierra Azul Health. "
              "El plan cubre proveedores fuera de la red solo cuando ningún proveedor de la red puede dar el "
              "servicio a tiempo y a una distancia razonable. Cuatro psicólogos infantiles de nuestra red en El Paso "
              "aceptan pacientes nuevos; la primera cita disponible es dentro de 9 días."),
        ("h", "Cómo apelar"),
        ("p", "Usted puede apelar esta decisión. Tiene 60 días a partir de la fecha de este aviso para pedir una "
              "apelación. Puede llamarnos o escribirnos a:"),
        ("lines", ["Sierra Azul Health", "Unidad de Apelaciones de CHIP", "6100 N. Mesa Street, Suite 400",
                   "El Paso, TX 79912"]),
        ("p", "Si la salud de su hijo corre peligro por esperar, puede pedir una apelación rápida. Si no está de "
              "acuerdo con la decisión de la apelación, puede pedir una revisión externa por una organización "
              "independiente."),
        ("space", 40),
        ("small", "Ayuda en otros idiomas: llame al 1-555-0137. Help in other languages: call 1-555-0137. "
                  "Este aviso no cambia otros beneficios de Mateo. Guarde este aviso con sus papeles del plan."),
        ("small", "MUESTRA FICTICIA: el plan, la familia, la psicóloga y todos los números son inventados."),
    ])],
    key=dict(patient_name="Mateo Alejandro Benavides Ortega", member_id="CHP-88201-447",
             claim_number="SA-SOL-26-11873", notice_date="2026-11-13", procedure_codes=["90837"],
             diagnosis_codes=["F93.0"], denial_category="out_of_network", plan_type="chip", urgent=False,
             appeals_address="Sierra Azul Health, Unidad de Apelaciones de CHIP, 6100 N. Mesa Street, Suite 400, "
                             "El Paso, TX 79912"),
    anchors=dict(notice_date="13 de noviembre de 2026", denial_category="no pertenece a la red",
                 plan_type="Programa de Seguro Médico para Niños (CHIP)"),
    deadline=("days", 60, "60 días a partir de la fecha de este aviso"),
    note="Separate CHIP, pre-service request for a child: 12 psychotherapy sessions (90837) with an out-of-network "
         "psychologist denied (out of network). Letter to the mother about her son, photographed half out of its "
         "envelope: folded in three (two creases), the envelope lying over the lower part of the letter (only the "
         "language line and the footer under it), on a checked bedspread. No service dates (a request). Window "
         "stated: 60 days from the notice date. Traps: the mother as addressee, the child's date of birth "
         "09/03/2016 and request received 06/11/2026 (day first), the envelope's return PO box, 9 days, an offered "
         "fast appeal (not urgent), external review.",
)

# ---------------------------------------------------------------------------------------------------------------
C16_STYLE = dict(font="libsans", size=10.4, accent="#000000", fill="#dddddd")
C16 = dict(
    n="16", slug="patrono-autofinanciado-pr-emt-eob-fax-pagina-apaisada", lang="es", ext="tif",
    device="fax_sideways", dayfirst=True,
    fax_header=["23/NOV/2026 10:12  DE: ABB RECLAMACIONES 1-555-0139  A: 1-555-0130   P. 1/2",
                "23/NOV/2026 10:13  DE: ABB RECLAMACIONES 1-555-0139  A: 1-555-0130   P. 2/2"],
    docs=[dict(style=C16_STYLE, footer=PIE, margins=0.75, blocks=[
        ("lh", "Administradores Boricua de Beneficios, Inc.",
         ["Administrador del Plan de Salud de Empleados de Cooperativa Agrícola del Valle",
          "Oficina de reclamaciones: Ave. Ponce de León 1500, San Juan, PR 00909", "1-555-0138"],
         ["MUESTRA FICTICIA", "EXPLICACIÓN DE BENEFICIOS"]),
        ("kv", [("Fecha de emisión", "19/11/2026"), ("Asegurada", "Gisela Marrero Pagán"),
                ("Núm. de miembro", "CAV-200418-01"), ("Patrono", "Cooperativa Agrícola del Valle"),
                ("Período del estado", "01/10/2026 - 31/10/2026"), ("Fecha de recibo", "21/10/2026")],
         {"box": True, "colw": (0.3, 0.7)}),
        ("p", "Esta explicación de beneficios (EOB) resume dos reclamaciones procesadas: una pagada y una denegada. "
              "El detalle de cada servicio está en la página 2. Las fechas están en formato día/mes/año."),
        ("h", "Reclamación denegada"),
        ("p", "Reclamación ABB-26-1093347: las sesiones de estimulación magnética transcraneal no son médicamente "
              "necesarias (código CO-50). La política clínica del plan pide que se documente la falta de respuesta "
              "a por lo menos tres antidepresivos y a psicoterapia; la documentación recibida muestra dos "
              "antidepresivos."),
        ("h", "Su derecho a apelar"),
        ("p", "El Plan de Salud de Empleados de Cooperativa Agrícola del Valle es un plan de salud grupal "
              "autofinanciado de su patrono y está sujeto a la ley federal ERISA. Administradores Boricua de "
              "Beneficios procesa las reclamaciones; el plan, no ABB, paga los beneficios. Usted puede apelar la "
              "denegación; el plazo para presentar su apelación aparece en la Descripción Resumida del Plan."),
        ("p", "Envíe su apelación a:"),
        ("lines", ["Plan de Salud de Empleados de Cooperativa Agrícola del Valle",
                   "a/c Administradores Boricua de Beneficios", "Unidad de Apelaciones", "PO Box 366021",
                   "San Juan, PR 00936-6021"]),
        ("p", "No envíe apelaciones a la oficina de reclamaciones de la Avenida Ponce de León."),
        ("small", "MUESTRA FICTICIA: la cooperativa, el plan, la asegurada y todos los números son inventados."),
    ]), dict(style=dict(C16_STYLE, size=10.8), footer=PIE.replace("{page}", "2"), margins=0.6,
             pagesize="letter-land", blocks=[
        ("title", "Detalle de reclamaciones - Gisela Marrero Pagán - CAV-200418-01"),
        ("table", ["Reclamación", "Fecha de servicio", "Código", "Diagnóstico", "Facturado", "Pagado por el plan",
                   "Código de ajuste", "Estado"], [
            ["ABB-26-1087712", "02/10/2026", "99214", "F41.1", "$160.00", "$112.00", "PR-3", "Pagada"],
            ["ABB-26-1093347", "06/10/2026", "90868", "F33.1", "$285.00", "$0.00", "CO-50", "Denegada"],
            ["ABB-26-1093347", "07/10/2026", "90868", "F33.1", "$285.00", "$0.00", "CO-50", "Denegada"],
            ["ABB-26-1093347", "08/10/2026", "90868", "F33.1", "$285.00", "$0.00", "CO-50", "Denegada"],
            ["ABB-26-1093347", "09/10/2026", "90868", "F33.1", "$285.00", "$0.00", "CO-50", "Denegada"]],
         {"widths": [0.16, 0.13, 0.09, 0.11, 0.11, 0.14, 0.13, 0.13]}),
        ("p", "PR-3: copago a cargo de la asegurada. CO-50: el plan no considera el servicio médicamente necesario."),
        ("small", "MUESTRA FICTICIA."),
    ])],
    key=dict(patient_name="Gisela Marrero Pagán", member_id="CAV-200418-01", claim_number="ABB-26-1093347",
             notice_date="2026-11-19", service_dates=["2026-10-06", "2026-10-07", "2026-10-08", "2026-10-09"],
             procedure_codes=["90868"], diagnosis_codes=["F33.1"], carc_codes=["CO-50"],
             denial_category="medical_necessity", plan_type="employer_erisa", urgent=False,
             appeals_address="Plan de Salud de Empleados de Cooperativa Agrícola del Valle, a/c Administradores "
                             "Boricua de Beneficios, Unidad de Apelaciones, PO Box 366021, San Juan, PR 00936-6021"),
    anchors=dict(notice_date="19/11/2026", service_dates=["06/10/2026", "07/10/2026", "08/10/2026", "09/10/2026"],
                 denial_category="no son médicamente necesarias", plan_type="plan de salud grupal autofinanciado"),
    deadline=("rule",),
    note="Self-funded employer plan in Puerto Rico (ERISA) through a TPA: an EOB of two claims, the TMS claim "
         "(90868, four days) denied as not medically necessary (CO-50), an office visit paid. Two-page fax TIFF in "
         "standard mode (204 x 98 dpi, Group 3): page 1 the letter upright, page 2 a landscape table of the claims "
         "sent sideways (turned 90 degrees on the portrait page) under an upright fax header. No window stated (it "
         "points to the plan description): the ERISA rule, 180 days from the notice date. Traps: statement period "
         "01/10-31/10/2026, date received, the paid claim's number, date, 99214, F41.1 and PR-3, the fax headers "
         "23/NOV/2026, the claims office.",
)

# ---------------------------------------------------------------------------------------------------------------
C17 = dict(
    n="17", slug="mercado-psicoterapia-fuera-de-plazo-word-recuadros", lang="es", ext="docx", device="docx",
    dayfirst=True,
    docs=[dict(style=dict(word_font="Arial", size=10, accent="#b35400"), footer="MUESTRA FICTICIA - asegurado, plan "
               "y números inventados", blocks=[
        ("lh", "Aseguradora Solana Salud", ["Planes individuales del Mercado de Seguros Médicos",
                                            "Oficina de reclamaciones: PO Box 29870, Phoenix, AZ 85038",
                                            "1-555-0145"], ["MUESTRA FICTICIA"]),
        ("p", "4 de noviembre de 2026"),
        ("lines", ["Darío Esteban Figueroa Luna", "3310 W. Roosevelt Street, Apt 12", "Phoenix, AZ 85009"]),
        ("grid", [[("Asegurado", "Darío Esteban Figueroa Luna"), ("ID de miembro", "SOL 4471 2290 01"),
                   ("Número de reclamación", "SS-26-7719-0042")],
                  [("Proveedor", "Consejería Sonora, PLLC"), ("Fecha de recibo de la reclamación", "14/09/2026"),
                   ("Plan", "Solana Plata 3000 (individual)")]]),
        ("p", "Estimado Sr. Figueroa Luna:"),
        ("p", "Recibimos una reclamación de Consejería Sonora por las sesiones de psicoterapia de abajo. Las fechas "
              "de este aviso están en formato día/mes/año."),
        ("table", ["Fecha de servicio", "Código", "Diagnóstico", "Cargo", "Pagado", "Ajuste"], [
            ["03/03/2026", "90834", "F33.1", "$150.00", "$0.00", "CO-29"],
            ["10/03/2026", "90834", "F33.1", "$150.00", "$0.00", "CO-29"],
            ["17/03/2026", "90834", "F33.1", "$150.00", "$0.00", "CO-29"]]),
        ("p", "Motivo: la póliza pide que las reclamaciones se presenten dentro de 180 días después de la fecha de "
              "servicio. Recibimos esta reclamación el 14/09/2026, después de ese plazo. El código CO-29 significa "
              "que venció el plazo para presentar la reclamación. Si el proveedor la presentó a tiempo, envíenos la "
              "prueba (por ejemplo, un acuse de recibo electrónico)."),
        ("h", "Su derecho a apelar"),
        ("p", "Este es un plan individual comprado en el Mercado de Seguros Médicos. Puede apelar dentro de 180 "
              "días a partir de la fecha en que reciba este aviso. Envíe su apelación por escrito a:"),
        ("lines", ["Aseguradora Solana Salud", "Departamento de Apelaciones", "2500 W. Camelback Road, Suite 900",
                   "Phoenix, AZ 85015"]),
        ("p", "No envíe apelaciones a la oficina de reclamaciones. Decidiremos su apelación en 60 días. Si mantenemos "
              "la denegación, puede pedir una revisión externa dentro de 4 meses."),
        ("p", "Atentamente,"),
        ("p", "Unidad de Reclamaciones, Aseguradora Solana Salud"),
        ("small", "MUESTRA FICTICIA: la aseguradora, el asegurado y todos los números son inventados."),
    ])],
    key=dict(patient_name="Darío Esteban Figueroa Luna", member_id="SOL 4471 2290 01", claim_number="SS-26-7719-0042",
             notice_date="2026-11-04", service_dates=["2026-03-03", "2026-03-10", "2026-03-17"],
             procedure_codes=["90834"], diagnosis_codes=["F33.1"], carc_codes=["CO-29"],
             denial_category="timely_filing", plan_type="individual_aca", urgent=False,
             appeals_address="Aseguradora Solana Salud, Departamento de Apelaciones, 2500 W. Camelback Road, "
                             "Suite 900, Phoenix, AZ 85015"),
    anchors=dict(notice_date="4 de noviembre de 2026", service_dates=["03/03/2026", "10/03/2026", "17/03/2026"],
                 denial_category="venció el plazo para presentar la reclamación",
                 plan_type="plan individual comprado en el Mercado de Seguros Médicos"),
    deadline=("days", 180, "180 días a partir de la fecha en que reciba este aviso"),
    note="Marketplace individual plan claim: three psychotherapy sessions (90834) filed late (CO-29, timely "
         "filing). Word letter with a boxed grid of labels over values and a claims table; day-first dates "
         "(10/03/2026 is 10 March), said so in the letter. Window stated: 180 days from receipt, counted from the "
         "notice date. Traps: claim received 14/09/2026, the 180-day filing limit, the claims PO box, 60 days, "
         "4 months for external review.",
)

# ---------------------------------------------------------------------------------------------------------------
C18 = dict(
    n="18", slug="plan-condado-emt-decision-final-revision-externa-pdf", lang="es", ext="pdf", device="pdf",
    dayfirst=True,
    docs=[dict(style=dict(font="libserif", size=10.4, accent="#3b2f6b", fill="#efedf5"), footer=PIE, margins=0.85,
               blocks=[
        ("lh", "Plan de Salud de Empleados del Condado de Santa Rita",
         ["Plan gubernamental autofinanciado", "Oficina de Beneficios: 240 N. Stone Avenue, Tucson, AZ 85701",
          "1-555-0147"], ["MUESTRA FICTICIA"]),
        ("lines", ["Tucson, Arizona, 25 de noviembre de 2026"]),
        ("lines", ["Marisela Ochoa Bermúdez", "1875 W. Calle Sombra", "Tucson, AZ 85745"]),
        ("title", "Decisión final de la apelación interna"),
        ("kv", [("Afiliada", "Marisela Ochoa Bermúdez"), ("Núm. de afiliada", "SRC-661204"),
                ("Reclamación", "SR-26-50917"), ("Núm. de apelación", "SR-APL-2026-0318"),
                ("Fecha de la denegación inicial", "2 de septiembre de 2026"),
                ("Fecha en que recibimos su apelación", "8 de octubre de 2026")], {"box": True, "colw": (0.4, 0.6)}),
        ("p", "Estimada Sra. Ochoa Bermúdez:"),
        ("p", "El Comité de Apelaciones revisó su apelación de la denegación de las sesiones de estimulación "
              "magnética transcraneal (EMT) que se indican abajo. Un psiquiatra que no participó en la primera "
              "decisión revisó su expediente. Las fechas están en formato día/mes/año."),
        ("table", ["Fecha de servicio", "Código", "Diagnóstico", "Cargo"], [
            ["03/08/2026", "90868", "F33.2", "$290.00"],
            ["05/08/2026", "90868", "F33.2", "$290.00"],
            ["07/08/2026", "90868", "F33.2", "$290.00"]], {"widths": [0.3, 0.2, 0.25, 0.25]}),
        ("p", "**Decisión: mantenemos la denegación.** Según la política clínica SR-BH-07, las sesiones no son "
              "médicamente necesarias: los registros no muestran falta de respuesta a cuatro antidepresivos de por "
              "lo menos dos clases, ni una prueba de psicoterapia."),
        ("p", "Esta es la decisión final del proceso de apelación interna del plan. No hay otra apelación interna. "
              "Usted presentó su apelación dentro del plazo de 180 días; ese plazo ya no aplica."),
        ("h", "Revisión externa"),
        ("p", "Usted tiene derecho a pedir una revisión externa por una organización de revisión independiente. "
              "Debe pedirla dentro de cuatro (4) meses a partir de la fecha en que reciba este aviso. Envíe el "
              "formulario de solicitud y una copia de este aviso a:"),
        ("lines", ["Programa Estatal de Revisión Externa", "División de Seguros", "1450 W. Adams Street, Suite 330",
                   "Phoenix, AZ 85007"]),
        ("p", "No envíe la solicitud de revisión externa a la Oficina de Beneficios del plan. Si su caso es urgente, "
              "puede pedir una revisión externa acelerada llamando al 1-555-0148."),
        ("p", "Este es un plan gubernamental: el Condado de Santa Rita lo patrocina para sus empleados y no está "
              "sujeto a ERISA."),
        ("small", "MUESTRA FICTICIA: el condado, el plan, la afiliada y todos los números son inventados."),
    ])],
    key=dict(patient_name="Marisela Ochoa Bermúdez", member_id="SRC-661204", claim_number="SR-26-50917",
             notice_date="2026-11-25", service_dates=["2026-08-03", "2026-08-05", "2026-08-07"],
             procedure_codes=["90868"], diagnosis_codes=["F33.2"], denial_category="medical_necessity",
             plan_type="governmental", urgent=False,
             appeals_address="Programa Estatal de Revisión Externa, División de Seguros, 1450 W. Adams Street, "
                             "Suite 330, Phoenix, AZ 85007"),
    anchors=dict(notice_date="25 de noviembre de 2026", service_dates=["03/08/2026", "05/08/2026", "07/08/2026"],
                 denial_category="no son médicamente necesarias", plan_type="Este es un plan gubernamental"),
    deadline=("months", 4, "cuatro (4) meses a partir de la fecha en que reciba este aviso"),
    note="County employees' plan (governmental), final internal appeal decision upholding the denial of three TMS "
         "sessions (90868) as not medically necessary; the next step is external review, so its stated window "
         "(four months from receipt, counted from the notice date as calendar months) and the external review "
         "office's address are keyed. Text PDF with a dateline 'Tucson, Arizona, 25 de noviembre de 2026'. Traps: "
         "the first denial's date and the appeal's received date in words, the appeal number, the spent 180-day "
         "window, the plan's benefits office.",
)

CASES = [C13, C14, C15, C16, C17, C18]
