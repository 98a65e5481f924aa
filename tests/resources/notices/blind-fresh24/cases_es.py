"""Spanish notices 13-18 of blind intake set 24. Todo es FICTICIO / everything here is FICTIONAL."""
from __future__ import annotations

FICT = "MUESTRA FICTICIA (FICTIONAL SAMPLE): personas, planes, proveedores y números inventados."

CASES = []


def case(**kw):
    CASES.append(kw)
    return kw


# 13 Medicaid managed care (es), IV ketamine for CRPS without prior authorization; stapled pages, dog-eared corner
case(
    num="13", slug="medicaid-mco-ketamina-dolor-sin-autorizacion-foto-esquina-doblada-grapa", lang="es",
    kind="image", ext=".jpg", device="dog_ear", pdf=dict(font="Sans", size=9.6, margins=0.75),
    blocks=[
        ("lh", ["Plan de Salud Alcázar Comunitario", "Plan de atención administrada de Medicaid",
                "5300 Calle Central NE, Albuquerque, NM 87108 &middot; Servicios al Miembro 1-555-0122"],
         ["Aviso de determinación", "adversa de beneficios", "Página 1 de 2"], "#0f4c5c"),
        ("kv", [("Fecha del aviso", "20 de noviembre de 2026"), ("Miembro", "Maricela Quiñones Batista"),
                ("Número de miembro", "1002284571"), ("Fecha de nacimiento", "07/04/1968"),
                ("Número de reclamación", "2026-11-00873-ALC"), ("Reclamación recibida", "09/11/2026"),
                ("Proveedor", "Centro de Dolor Río Bravo")], {"cols": 1, "box": True, "lw": 0.3}),
        ("addr", ["Maricela Quiñones Batista", "1207 Calle Jacona SW", "Albuquerque, NM 87105"]),
        ("p", "Estimada Sra. Quiñones Batista:"),
        ("p", "Revisamos la reclamación que el Centro de Dolor Río Bravo nos envió por infusiones de ketamina para "
              "el dolor. Negamos el pago de los servicios de la tabla."),
        ("grid", ["Fecha de servicio", "Código", "Diagnóstico", "Cargo", "Pagado", "Ajuste"],
         [["14/10/2026", "96365", "G90.521", "$610.00", "$0.00", "CO-197"],
          ["14/10/2026", "J3490", "G90.521", "$120.00", "$0.00", "CO-197"],
          ["16/10/2026", "96365", "G90.521", "$610.00", "$0.00", "CO-197"],
          ["16/10/2026", "J3490", "G90.521", "$120.00", "$0.00", "CO-197"],
          ["05/11/2026", "96365", "G90.521", "$610.00", "$0.00", "CO-197"],
          ["05/11/2026", "J3490", "G90.521", "$120.00", "$0.00", "CO-197"]],
         [0.18, 0.13, 0.16, 0.14, 0.14, 0.2]),
        ("p", "<b>Por qué.</b> Las infusiones de ketamina requieren autorización previa del plan. No recibimos una "
              "solicitud de autorización previa antes de estos servicios. El código CO-197 quiere decir que faltaba "
              "la autorización previa. No decidimos si las infusiones eran médicamente necesarias. Las fechas de "
              "esta tabla están escritas día/mes/año."),
        ("p", "<b>Su derecho a apelar.</b> Debe pedir la apelación dentro de 60 días calendario a partir de la fecha "
              "de este aviso. Puede pedirla por teléfono o por escrito. Envíe su apelación por escrito a:"),
        ("addr", ["Plan de Salud Alcázar Comunitario", "Departamento de Apelaciones y Quejas",
                  "Apartado Postal 27115", "Albuquerque, NM 87125-7115"]),
        ("p", "Si sus servicios ya estaban aprobados y los seguía recibiendo, para seguir recibiéndolos durante la "
              "apelación tendría que apelar dentro de 10 días. Si mantenemos la decisión, puede pedir una audiencia "
              "imparcial estatal dentro de 120 días a partir de la fecha de nuestra decisión sobre la apelación. "
              "La página 2 explica la apelación rápida (72 horas)."),
        ("small", FICT + " Aviso ALC-NABD-ES-11."),
        ("pb",),
        ("h2", "Página 2 de 2: más sobre sus derechos"),
        ("p", "<b>Apelación rápida.</b> Si usted o su médico creen que esperar 30 días podría poner en grave peligro "
              "su vida, su salud o su capacidad de funcionar, pida una apelación rápida. La decidimos en 72 horas. "
              "Estos servicios ya se dieron, así que esta apelación se decide en el plazo normal."),
        ("p", "<b>Quién puede apelar.</b> Usted, su proveedor con su permiso por escrito, o un representante que "
              "usted nombre. Puede pedir gratis una copia de su expediente y de las normas que usamos."),
        ("p", "<b>Ayuda.</b> Servicios al Miembro: 1-555-0122 (TTY 711). Oficina del defensor del afiliado de "
              "Medicaid: 1-555-0123. Ayuda legal gratuita: 1-555-0124."),
        ("small", FICT),
    ],
    key=dict(patient_name="Maricela Quiñones Batista", member_id="1002284571", claim_number="2026-11-00873-ALC",
             notice_date="2026-11-20", service_dates=["2026-10-14", "2026-10-16", "2026-11-05"],
             procedure_codes=["96365", "J3490"], diagnosis_codes=["G90.521"], carc_codes=["CO-197"],
             denial_category="prior_authorization", plan_type="medicaid", urgent=False,
             appeals_address="Plan de Salud Alcázar Comunitario, Departamento de Apelaciones y Quejas, Apartado Postal 27115, Albuquerque, NM 87125-7115"),
    deadline=("days", 60, "Debe pedir la apelación dentro de 60 días calendario a partir de la fecha de este aviso"),
    anchors=dict(notice_date="20 de noviembre de 2026", service_dates=["14/10/2026", "16/10/2026", "05/11/2026"],
                 denial_category="autorización previa", plan_type="Plan de atención administrada de Medicaid",
                 urgent=None),
    note=("MUESTRA FICTICIA / FICTIONAL: invented member, plan, clinic and numbers. A Medicaid managed care "
          "plan's notice in Spanish denying IV ketamine for CRPS (96365, J3490; G90.521) on three days for no "
          "prior authorization (CO-197). A phone photo of the two stapled pages on a laminate floor: page 1's top "
          "right corner dog-eared (folded over, its blank back showing), the staple top left, page 2's edge "
          "showing below. Window stated: 60 calendar days from the notice date. Dates day first (the notice says "
          "so). Traps: DOB 07/04/1968, claim received 09/11/2026, the letterhead's office, 10 days to keep "
          "services, 120 days for the fair hearing, 72 hours."),
)


# 14 CHIP (es), TMS for a 16-year-old, experimental, expedited; photo with a small child's crayon scribbles
case(
    num="14", slug="chip-emt-adolescente-experimental-acelerada-foto-garabatos-crayon", lang="es", kind="image",
    ext=".jpg", device="crayon", pdf=dict(font="Serif", size=10.2, margins=0.8),
    blocks=[
        ("lh", ["Plan Infantil Mesquite", "Programa de Seguro Médico para Niños (CHIP) de Texas",
                "Servicios para Miembros 1-555-0144 &middot; mesquite-ninos.example"],
         ["MUESTRA FICTICIA", "Aviso de decisión sobre", "una autorización previa"], "#9a3412"),
        ("addr", ["Graciela Ruiz Montaño", "3315 Calle Nogal", "McAllen, TX 78504"]),
        ("kv", [("Fecha del aviso", "27/11/2026"), ("Paciente", "Yareli Sandoval Ruiz"),
                ("Número de miembro", "MQ-4471-0962"), ("Fecha de nacimiento", "03/02/2010"),
                ("Número de solicitud", "AP-26-20991"), ("Solicitud recibida", "25/11/2026")],
         {"cols": 2, "box": True, "lw": 0.19}),
        ("p", "Estimada Sra. Ruiz Montaño:"),
        ("p", "El médico de su hija Yareli pidió autorización para un curso de estimulación magnética transcraneal "
              "(EMT): la primera sesión con mapeo (90867) y 29 sesiones más (90868), por el diagnóstico F32.2. "
              "<b>Tomamos esta decisión de forma acelerada (rápida), en menos de 72 horas</b>, porque el médico "
              "nos dijo que esperar podría dañar gravemente la salud de Yareli."),
        ("p", "<b>Decisión: negada.</b> Nuestras normas médicas consideran la EMT experimental o de investigación "
              "para menores de 18 años, porque no hay estudios suficientes en adolescentes que muestren que es "
              "segura y eficaz. Puede pedir gratis una copia de la norma y de los documentos que usamos."),
        ("h2", "Cómo apelar"),
        ("p", "Puede pedir una apelación dentro de 60 días a partir de la fecha de esta carta. Como su hija necesita "
              "la atención ahora, puede pedir una apelación acelerada; la decidimos en 72 horas. Llame al "
              "1-555-0144 o escriba a:"),
        ("addr", ["Plan Infantil Mesquite", "Unidad de Apelaciones", "Apartado Postal 162087",
                  "Austin, TX 78716-2087"]),
        ("p", "Si mantenemos la decisión, puede pedir una revisión externa por una organización de revisión "
              "independiente; la carta de la apelación le dirá cómo. Este plan es CHIP y no Medicaid, así que no "
              "se ofrece una audiencia imparcial estatal."),
        ("small", FICT + " PIM-AP-ES-2026."),
    ],
    key=dict(patient_name="Yareli Sandoval Ruiz", member_id="MQ-4471-0962", claim_number="AP-26-20991",
             notice_date="2026-11-27", procedure_codes=["90867", "90868"], diagnosis_codes=["F32.2"],
             denial_category="experimental_investigational", plan_type="chip", urgent=True,
             appeals_address="Plan Infantil Mesquite, Unidad de Apelaciones, Apartado Postal 162087, Austin, TX 78716-2087"),
    deadline=("days", 60, "Puede pedir una apelación dentro de 60 días a partir de la fecha de esta carta"),
    anchors=dict(notice_date="27/11/2026", service_dates=[], denial_category="experimental o de investigación",
                 plan_type="Programa de Seguro Médico para Niños (CHIP)",
                 urgent="Tomamos esta decisión de forma acelerada"),
    note=("MUESTRA FICTICIA / FICTIONAL: invented family, plan and numbers. A separate CHIP plan's (Texas) "
          "prior-authorization decision in Spanish, to a mother about her 16-year-old daughter: a TMS course "
          "(90867, 90868; F32.2) denied as experimental for under-18s, decided as an expedited request: urgent. "
          "A phone photo on a kitchen table of a page a small child drew on with wax crayons: loops and zigzags "
          "over the margins and across a few lines of text, a crayon lying on the page. Window stated: 60 days "
          "from the letter's date. No service dates (before care). Traps: the mother (addressee), DOB 03/02/2010 "
          "(day first), request received 25/11/2026, 72 hours, the external review, no fair hearing (not "
          "Medicaid)."),
)


# 15 Medicare Advantage (es, Puerto Rico), J0013 bundled into G2083 (CO-97); photo with reading glasses on the page
case(
    num="15", slug="medicare-advantage-pr-esketamina-incluida-foto-gafas-de-lectura", lang="es", kind="image",
    ext=".jpg", device="reading_glasses", pdf=dict(font="Sans", size=9.4, margins=0.7),
    blocks=[
        ("lh", ["Ceiba Dorada Advantage (HMO)", "Plan Medicare Advantage &middot; Contrato H4321",
                "Servicios al Afiliado 1-555-0166 &middot; TTY 711"],
         ["MUESTRA FICTICIA", "Resumen de reclamación", "y aviso de denegación de pago"], "#a16207"),
        ("right", "Fecha: 4 de noviembre de 2026"),
        ("kv", [("Afiliado", "Wilfredo Colón Arroyo"), ("Número de afiliado", "CDA8812094470"),
                ("Número de Medicare", "7RM4-FQ2-XK58"), ("Fecha de nacimiento", "12/08/1953"),
                ("Número de reclamación", "26-3100-447812"), ("Fecha de procesamiento", "02/11/2026"),
                ("Proveedor", "Clínica de Salud Mental Las Lomas, Bayamón")], {"cols": 1, "box": True, "lw": 0.3}),
        ("addr", ["Wilfredo Colón Arroyo", "Urb. Santa Juanita, Calle 14 DD-9", "Bayamón, PR 00956"]),
        ("p", "Estimado señor Colón Arroyo: procesamos la reclamación de su tratamiento con esketamina nasal en la "
              "oficina del médico. Pagamos las visitas de observación y negamos el medicamento facturado aparte."),
        ("grid", ["Fecha", "Código", "Diagnóstico", "Cargo", "Pagado", "Ajuste", "Estado"],
         [["07/10/2026", "G2083", "F33.2", "$1,150.00", "$902.40", "PR-2 $45.00", "Pagado"],
          ["07/10/2026", "J0013 x84", "F33.2", "$1,020.00", "$0.00", "CO-97", "Negado"],
          ["14/10/2026", "G2083", "F33.2", "$1,150.00", "$902.40", "PR-2 $45.00", "Pagado"],
          ["14/10/2026", "J0013 x84", "F33.2", "$1,020.00", "$0.00", "CO-97", "Negado"],
          ["21/10/2026", "G2083", "F33.2", "$1,150.00", "$902.40", "PR-2 $45.00", "Pagado"],
          ["21/10/2026", "J0013 x84", "F33.2", "$1,020.00", "$0.00", "CO-97", "Negado"]],
         [0.13, 0.14, 0.13, 0.14, 0.14, 0.16, 0.12]),
        ("p", "<b>Por qué negamos el medicamento.</b> El código G2083 ya incluye el pago del medicamento "
              "(esketamina) junto con la visita de observación. Por eso, el código J0013 facturado el mismo día es "
              "un pago incluido en otro servicio (CO-97) y no se paga por separado. El proveedor puede enviar una "
              "reclamación corregida. Usted no tiene que pagar el cargo negado."),
        ("p", "<b>Si no está de acuerdo.</b> Tiene 65 días a partir de la fecha de este aviso para pedir una "
              "reconsideración. Decidimos en 60 días una reconsideración de pago. Si mantenemos la decisión, "
              "enviamos su caso a la Entidad de Revisión Independiente sin que usted lo pida."),
        ("p", "Envíe su solicitud a: Ceiba Dorada Advantage, Departamento de Apelaciones y Querellas, PO Box 366521, "
              "San Juan, PR 00936-6521. Fax 1-555-0167."),
        ("small", FICT + " H4321_EOB_ES_26."),
    ],
    key=dict(patient_name="Wilfredo Colón Arroyo", member_id="CDA8812094470", claim_number="26-3100-447812",
             notice_date="2026-11-04", service_dates=["2026-10-07", "2026-10-14", "2026-10-21"],
             procedure_codes=["J0013"], diagnosis_codes=["F33.2"], carc_codes=["CO-97"],
             denial_category="coding_billing", plan_type="medicare_advantage", urgent=False,
             appeals_address="Ceiba Dorada Advantage, Departamento de Apelaciones y Querellas, PO Box 366521, San Juan, PR 00936-6521"),
    deadline=("days", 65, "Tiene 65 días a partir de la fecha de este aviso para pedir una reconsideración"),
    anchors=dict(notice_date="4 de noviembre de 2026", service_dates=["07/10/2026", "14/10/2026", "21/10/2026"],
                 denial_category="reclamación corregida", plan_type="Plan Medicare Advantage", urgent=None),
    note=("MUESTRA FICTICIA / FICTIONAL: invented member, plan, clinic and numbers. A Puerto Rico Medicare "
          "Advantage plan's claim summary in Spanish: in-office esketamine observation visits (G2083) paid and the "
          "drug billed apart (J0013) denied on three days as included in another service's payment (CO-97): "
          "coding, a corrected claim. A phone photo of the page on a wooden desk with a pair of reading glasses "
          "lying on it: the lenses magnify and bend the lines under them, the frame and its shadow cross the "
          "page. Window stated: 65 days from the notice date. Traps: the paid G2083 lines and PR-2, the Medicare "
          "number, DOB 12/08/1953, processed 02/11/2026, contract H4321, 60 days, the IRE."),
)


# 16 Marketplace (es), Spravato request, step therapy; photo taken on a moving bus (rolling-shutter wobble)
case(
    num="16", slug="mercado-esketamina-terapia-escalonada-foto-en-autobus", lang="es", kind="image", ext=".jpg",
    device="rolling_shutter", pdf=dict(font="Sans", size=10.0, margins=0.8),
    blocks=[
        ("lh", ["Horizonte del Sol Health Plans", "Plan individual comprado en el Mercado de Seguros Médicos "
                "(HealthCare.gov)", "Servicios al Miembro 1-555-0181"],
         ["MUESTRA FICTICIA", "Decisión sobre una", "autorización previa"], "#0e7490"),
        ("p", "Fecha de esta carta: 1 de diciembre de 2026"),
        ("addr", ["Aurelio Benítez Lozano", "2870 Buford Highway NE, Apt. 311", "Atlanta, GA 30329"]),
        ("kv", [("Miembro", "Aurelio Benítez Lozano"), ("ID de miembro", "HDS 550 418 207"),
                ("Número de solicitud", "SA-26-1124-0876"), ("Solicitud recibida", "24/11/2026"),
                ("Médico", "Dra. Lucía Ferrán, Peachtree Mood Clinic")], {"cols": 1, "box": True, "lw": 0.3}),
        ("p", "Estimado Sr. Benítez Lozano:"),
        ("p", "Su médica pidió que aprobáramos el tratamiento con esketamina nasal (J0013) en su consultorio, con "
              "el tiempo de observación después de cada dosis (99415), por el diagnóstico F33.2. <b>No aprobamos "
              "esta solicitud por ahora.</b>"),
        ("p", "<b>Por qué:</b> su plan usa terapia escalonada para este medicamento. Antes de aprobarlo, la norma "
              "pide dos antidepresivos diferentes tomados por lo menos 6 semanas cada uno y un tratamiento de "
              "aumento. La solicitud muestra dos antidepresivos pero ningún tratamiento de aumento. Su médica puede "
              "pedir una excepción a la terapia escalonada si ese tratamiento no es adecuado para usted."),
        ("p", "<b>Su derecho a apelar:</b> puede apelar dentro de 180 días a partir de la fecha en que reciba "
              "este aviso. Si esperar podría poner en grave peligro su salud, pida una apelación acelerada "
              "(72 horas). Después de nuestra decisión final puede pedir una revisión externa dentro de 4 meses."),
        ("p", "Envíe su apelación a: Horizonte del Sol Health Plans, Apelaciones de Miembros, PO Box 948210, "
              "Atlanta, GA 31193-8210. Fax 1-555-0183."),
        ("small", FICT),
    ],
    key=dict(patient_name="Aurelio Benítez Lozano", member_id="HDS 550 418 207", claim_number="SA-26-1124-0876",
             notice_date="2026-12-01", procedure_codes=["J0013", "99415"], diagnosis_codes=["F33.2"],
             denial_category="step_therapy", plan_type="individual_aca", urgent=False,
             appeals_address="Horizonte del Sol Health Plans, Apelaciones de Miembros, PO Box 948210, Atlanta, GA 31193-8210"),
    deadline=("days", 180, "puede apelar dentro de 180 días a partir de la fecha en que reciba este aviso"),
    anchors=dict(notice_date="1 de diciembre de 2026", service_dates=[], denial_category="terapia escalonada",
                 plan_type="Mercado de Seguros Médicos", urgent=None),
    note=("MUESTRA FICTICIA / FICTIONAL: invented member, plan, doctor and numbers. A Marketplace plan's "
          "prior-authorization decision in Spanish: in-office esketamine (J0013) with post-dose observation "
          "(99415), F33.2, not approved for step therapy (no augmentation trial). A phone photo taken on a moving "
          "bus with the page on the member's lap: the rolling shutter bends the lines into a slow wave, a little "
          "vertical motion blur, window light sliding across, seat fabric at the edges. Window stated: 180 days "
          "from receipt, counted from the notice date. No service dates (before care). Traps: request received "
          "24/11/2026, 72 hours, 4 months."),
)


# 17 Medicaid fee-for-service (es), TMS not a covered service; the state fair hearing is the first step; text PDF
case(
    num="17", slug="medicaid-pago-por-servicio-emt-no-cubierta-audiencia-pdf", lang="es", kind="pdf", ext=".pdf",
    pdf=dict(font="Serif", size=10.4, margins=0.9),
    blocks=[
        ("lh", ["Departamento de Servicios Médicos del Estado de Colorado", "Programa Medicaid de pago por servicio",
                "4400 Cherokee Way, Denver, CO 80216 &middot; 1-555-0105"],
         ["MUESTRA FICTICIA", "AVISO DE ACCIÓN", "Solicitud de servicios"], "#334155"),
        ("kv", [("Fecha de la decisión", "16 de noviembre de 2026"), ("Fecha de envío de este aviso",
                 "18 de noviembre de 2026"), ("Beneficiaria", "Esperanza Tlapa Guerrero"),
                ("Número de Medicaid", "R-7741-0092-3"), ("Número de solicitud", "SA-2026-330981"),
                ("Proveedor", "Front Range Neuroterapia")], {"cols": 2, "box": True, "lw": 0.2}),
        ("addr", ["Esperanza Tlapa Guerrero", "6120 Calle Federal, Apt. 8", "Denver, CO 80221"]),
        ("h2", "Lo que se pidió"),
        ("p", "Su proveedor pidió autorización para estimulación magnética transcraneal: la sesión inicial (90867) "
              "y 35 sesiones de tratamiento (90868), por el diagnóstico F33.1."),
        ("h2", "Lo que decidimos y por qué"),
        ("p", "Negamos la solicitud. La estimulación magnética transcraneal no es un servicio cubierto por el plan "
              "estatal de Medicaid para adultos en la fecha de esta solicitud (Regla estatal de beneficios 8.740.3). "
              "Esta decisión no se basa en si usted necesita el tratamiento."),
        ("h2", "Audiencia imparcial estatal"),
        ("p", "Usted recibe Medicaid de pago por servicio: no tiene una apelación previa con un plan; la audiencia "
              "es el primer paso. Tiene 60 días a partir de la fecha de envío de este aviso para pedir una audiencia "
              "imparcial estatal. Envíe el formulario de la página 2, o una carta, a:"),
        ("addr", ["Oficina de Tribunales Administrativos", "Unidad de Audiencias de Medicaid",
                  "880 Larimer Court, Piso 4", "Denver, CO 80202"]),
        ("p", "También puede pedir una reconsideración informal a este Departamento dentro de 10 días. La "
              "reconsideración informal no es una apelación y no cambia el plazo para pedir la audiencia. Este aviso "
              "no reduce servicios que ya recibe, así que no hay beneficios que continuar."),
        ("p", "Ayuda legal gratuita: 1-555-0106. No envíe la solicitud de audiencia a la dirección de este "
              "Departamento."),
        ("pb",),
        ("h2", "Formulario de solicitud de audiencia"),
        ("p", "Nombre: ______________________  Número de Medicaid: ______________  Teléfono: ____________"),
        ("p", "Quiero una audiencia sobre el aviso SA-2026-330981. Motivo: ____________________________________"),
        ("p", "Firma: ______________________  Fecha: ____________"),
        ("small", FICT),
    ],
    key=dict(patient_name="Esperanza Tlapa Guerrero", member_id="R-7741-0092-3", claim_number="SA-2026-330981",
             notice_date="2026-11-18", procedure_codes=["90867", "90868"], diagnosis_codes=["F33.1"],
             denial_category="not_covered", plan_type="medicaid", urgent=False,
             appeals_address="Oficina de Tribunales Administrativos, Unidad de Audiencias de Medicaid, 880 Larimer Court, Piso 4, Denver, CO 80202"),
    deadline=("days", 60, "Tiene 60 días a partir de la fecha de envío de este aviso para pedir una audiencia imparcial estatal"),
    anchors=dict(notice_date="18 de noviembre de 2026", service_dates=[], denial_category="no es un servicio cubierto",
                 plan_type="Medicaid de pago por servicio", urgent=None),
    note=("MUESTRA FICTICIA / FICTIONAL: invented beneficiary, agency office, provider and numbers. A state "
          "agency's fee-for-service Medicaid notice of action in Spanish, a two-page text PDF (page 2 a blank "
          "hearing request form): TMS (90867, 90868; F33.1) denied before care as not a covered service. The "
          "hearing is the first step: window stated, 60 days from the mailing date (the notice date is the "
          "'Fecha de envío', not the decision date); the address is the hearing office's. Traps: decision date "
          "16 de noviembre, the informal reconsideration within 10 days (not an appeal), the Department's own "
          "address, the state rule number."),
)


# 18 insured employer plan (es, Puerto Rico), psychotherapy, coordination of benefits; browser print of a portal page
def _header_18(page, total):
    return [(0.04, "l", "2/12/26, 19:41"), (0.5, "c", "Detalle de reclamación | Portal de Miembros Coquí Salud")]


def _footer_18(page, total):
    return [(0.04, "l", "https://miembros.coqui-salud.example/reclamaciones/RC-2026-10-771354?vista=imprimir"),
            (0.96, "r", f"{page}/{total}")]


case(
    num="18", slug="patrono-asegurado-pr-psicoterapia-otro-seguro-portal-impreso-pdf", lang="es", kind="pdf",
    ext=".pdf", pdf=dict(font="DV", size=9.2, margins=0.7, header=_header_18, footer=_footer_18),
    blocks=[
        ("bar", "Coquí Salud Seguros &middot; Portal de Miembros &middot; MUESTRA FICTICIA", "#15803d"),
        ("p", "Inicio &gt; Reclamaciones &gt; RC-2026-10-771354"),
        ("h", "Reclamación RC-2026-10-771354"),
        ("kv", [("Paciente", "Valentina Rosado Figueroa (hija)"), ("ID del paciente", "TCQ-559021-03"),
                ("Suscriptor", "Héctor Rosado Pagán"), ("ID del suscriptor", "TCQ-559021-01"),
                ("Plan", "Plan Grupal Coquí Oro, plan de grupo asegurado de su patrono"),
                ("Patrono", "Distribuidora Borinquen Marine, Inc."), ("Proveedor", "Psicóloga Irma Cintrón Vélez"),
                ("Fecha de recibo", "20/10/2026"), ("Estado", "Denegada")], {"cols": 2, "grid": True, "lw": 0.17}),
        ("h2", "Servicios"),
        ("grid", ["Fecha de servicio", "Código", "Diagnóstico", "Cargo", "Pagado", "Ajuste"],
         [["02/10/2026", "90837", "F43.22", "$150.00", "$0.00", "CO-22"],
          ["09/10/2026", "90837", "F43.22", "$150.00", "$0.00", "CO-22"],
          ["16/10/2026", "90837", "F43.22", "$150.00", "$0.00", "CO-22"]],
         [0.2, 0.13, 0.15, 0.15, 0.15, 0.22]),
        ("h2", "Carta de decisión (fecha de la carta: 30/10/2026)"),
        ("p", "Estimado Sr. Rosado Pagán: negamos los servicios de su hija Valentina que aparecen arriba por "
              "coordinación de beneficios. Nuestros registros muestran que Valentina también tiene cobertura por el "
              "plan del patrono de su madre, y según las reglas de su póliza ese plan paga primero. El código CO-22 "
              "quiere decir que otro seguro podría cubrir estos servicios. Si ese otro seguro terminó, o si usted "
              "cree que nuestro plan debe pagar primero, envíenos la información del otro seguro o la carta de "
              "terminación. Actualice la información de otro seguro en la sección Mi perfil."),
        ("p", "Este plan es un plan de salud grupal de patrono sujeto a la ley federal ERISA. Tiene derecho a apelar "
              "esta decisión. El plazo para presentar una apelación y las demás reglas aparecen en su Certificado de "
              "Cobertura y en la Descripción Resumida del Plan (SPD) que le entregó su patrono. Después de la "
              "decisión final puede pedir una revisión externa dentro de 4 meses."),
        ("p", "Envíe su apelación por escrito a: Coquí Salud Seguros, Inc., Unidad de Apelaciones y Querellas, "
              "PO Box 195530, San Juan, PR 00919-5530. Las reclamaciones nuevas van a otra dirección: PO Box 195500."),
        ("h2", "Otras reclamaciones recientes"),
        ("grid", ["Reclamación", "Paciente", "Fecha", "Estado"],
         [["RC-2026-09-705118", "Héctor Rosado Pagán", "18/09/2026", "Pagada"],
          ["RC-2026-09-699040", "Valentina Rosado Figueroa", "11/09/2026", "Pagada"]],
         [0.3, 0.35, 0.15, 0.2]),
        ("small", FICT),
    ],
    key=dict(patient_name="Valentina Rosado Figueroa", member_id="TCQ-559021-03", claim_number="RC-2026-10-771354",
             notice_date="2026-10-30", service_dates=["2026-10-02", "2026-10-09", "2026-10-16"],
             procedure_codes=["90837"], diagnosis_codes=["F43.22"], carc_codes=["CO-22"],
             denial_category="coordination_of_benefits", plan_type="employer_erisa", urgent=False,
             appeals_address="Coquí Salud Seguros, Inc., Unidad de Apelaciones y Querellas, PO Box 195530, San Juan, PR 00919-5530"),
    deadline=("rule",),
    anchors=dict(notice_date="30/10/2026", service_dates=["02/10/2026", "09/10/2026", "16/10/2026"],
                 denial_category="coordinación de beneficios", plan_type="plan de salud grupal de patrono sujeto a la ley federal ERISA",
                 urgent=None),
    note=("MUESTRA FICTICIA / FICTIONAL: invented family, insurer, employer, psychologist and numbers. A Puerto "
          "Rico insured employer plan's (ERISA) member-portal claim page in Spanish printed to PDF from the "
          "browser (its date and title in the page header, the URL and page count in the footer), one page: "
          "psychotherapy (90837, F43.22) for the subscriber's daughter on three days denied for coordination of "
          "benefits (CO-22). No window stated (the certificate and SPD): the ERISA rule, 180 days from the "
          "letter's date. Traps: the browser's print date 2/12/26 and time, claim received 20/10/2026, the "
          "subscriber and his -01 ID, the two paid claims in the list below (one the patient's own), the new-claims "
          "PO box, 4 months."),
)
