"""Blind intake set 23, notices 13-18 (Spanish). MUESTRA FICTICIA / FICTIONAL: every person, plan, provider,
address and number is invented; phones 1-555-01xx, web and e-mail addresses .example. Codes by number only.
Numeric dates in these notices are day first (dd/mm/aaaa), as Spanish notices write them.
"""
import textwrap

FICT_ES = "MUESTRA FICTICIA - personas, plan, proveedor y números inventados; no es un aviso real."

CASES = []


def case(**kw):
    kw.setdefault("day_first", True)
    CASES.append(kw)
    return kw


# ---------------------------------------------------------------------------------------------- 13
case(
    num="13", slug="medicaid-pago-por-servicio-tec-necesidad-foto-nevera-imanes", lang="es",
    kind="image", device="fridge", ext="jpg",
    style=dict(face="sans", size=9.6, page="letter", margin=0.75, tint="#e9e2f0", footer=FICT_ES),
    blocks=[
        ("letterhead", "Departamento de Servicios Humanos de Nuevo México",
         ["División de Asistencia Médica: Medicaid de pago por servicio (FICTICIO)",
          "Apartado Postal 2199, Santa Fe, NM 87504-2199", "Línea de ayuda 1-555-0195"], ["MUESTRA FICTICIA"]),
        ("title", "Aviso de denegación de autorización previa"),
        ("kv", [("Fecha del aviso:", "24/11/2026"), ("Beneficiaria:", "Guadalupe Itzel Barragán Ochoa"),
                ("Número de Medicaid:", "7700418253"), ("Fecha de nacimiento:", "07/12/1984"),
                ("Núm. de solicitud de autorización previa:", "PA-2611-093318"),
                ("Proveedor:", "Centro de Salud Mental Sangre de Cristo"),
                ("Recibimos la solicitud:", "17/11/2026")], 1),
        ("small", "Las fechas de este aviso están escritas como día/mes/año."),
        ("p", "Estimada Sra. Barragán Ochoa:"),
        ("p", "Su proveedor pidió autorización para 12 sesiones de terapia electroconvulsiva (TEC), código "
              "90870, con anestesia, código 00104, para el diagnóstico F33.2. <b>Negamos la solicitud.</b>"),
        ("h", "Motivo"),
        ("p", "La solicitud no cumple los criterios de necesidad médica del programa para la TEC: los registros "
              "enviados no incluyen la evaluación de anestesia previa al tratamiento ni el resultado de los "
              "tratamientos anteriores. Por eso no podemos decir que la TEC sea médicamente necesaria en este "
              "momento. Su proveedor puede enviar una solicitud nueva con esos registros."),
        ("h", "Su derecho a una audiencia imparcial estatal"),
        ("p", "Como usted recibe Medicaid de pago por servicio, no hay una apelación previa con un plan: la "
              "audiencia es el primer paso. Tiene 30 días a partir de la fecha de este aviso para pedir una "
              "audiencia imparcial estatal. Envíe su solicitud por escrito a:"),
        ("addr", ["Oficina de Audiencias Imparciales", "Departamento de Servicios Humanos", "Apartado Postal 2348",
                  "Santa Fe, NM 87504-2348"]),
        ("p", "o llame al 1-555-0196. No envíe la solicitud de audiencia al apartado de la División que aparece "
              "arriba. Su proveedor puede pedir una revisión entre pares dentro de 5 días hábiles; esa revisión "
              "no es una apelación. Como esta es una solicitud nueva, no hay servicios que continuar."),
    ],
    key=dict(patient_name="Guadalupe Itzel Barragán Ochoa", member_id="7700418253", claim_number="PA-2611-093318",
             notice_date="2026-11-24", procedure_codes=["90870", "00104"], diagnosis_codes=["F33.2"],
             denial_category="medical_necessity", plan_type="medicaid", urgent=False,
             appeals_address="Oficina de Audiencias Imparciales, Departamento de Servicios Humanos, "
                             "Apartado Postal 2348, Santa Fe, NM 87504-2348"),
    deadline=("days", 30, "Tiene 30 días a partir de la fecha de este aviso"),
    anchors=dict(notice_date=("Fecha del aviso: 24/11/2026", "24/11/2026"),
                 denial_category="no cumple los criterios de necesidad médica",
                 plan_type="Medicaid de pago por servicio"),
    note="MUESTRA FICTICIA / FICTIONAL: invented beneficiary, agency office, provider and numbers. A state "
         "agency's fee-for-service Medicaid notice in Spanish denying prior authorization for 12 ECT sessions "
         "(90870, 00104) as not medically necessary, before care. A phone photo of the page held on a "
         "stainless-steel fridge door by three magnets (one on the page's top-left corner), the free lower edge "
         "curling, brushed-steel streaks and a kitchen light from above. The hearing is the first step: window "
         "stated, 30 days from the notice date; the address is the hearing office's. Traps: date of birth "
         "07/12/1984 (day first), request received 17/11/2026, the Division's PO box, 5 business days for a "
         "peer-to-peer (not an appeal).",
)

# ---------------------------------------------------------------------------------------------- 14
case(
    num="14", slug="medicare-advantage-spravato-terapia-escalonada-acelerada-foto-lector-tinta-e", lang="es",
    kind="image", device="eink", ext="jpg",
    style=dict(face="serif", size=9.4, page="letter", margin=0.65, tint="#eeeeee", footer=FICT_ES),
    blocks=[
        ("letterhead", "Plan Médico Costa Serena Advantage (HMO)",
         ["Un plan Medicare Advantage en Puerto Rico (FICTICIO)",
          "Servicios al Afiliado: Apartado Postal 362100, San Juan, PR 00936-2100", "1-555-0107 (TTY 711)"],
         ["MUESTRA FICTICIA", "Contrato H4007-012"]),
        ("title", "Aviso de denegación de cobertura médica"),
        ("kv", [("Fecha del aviso:", "2 de diciembre de 2026"), ("Afiliado:", "Aurelio Mendoza Figueroa"),
                ("Núm. de afiliado:", "CSA 4471 02918"), ("Fecha de nacimiento:", "23/04/1950"),
                ("Núm. de solicitud:", "OD-PR-26-11-7742"), ("Médica que solicita:", "Dra. Ivelisse Rosario Matos"),
                ("Servicio solicitado:", "esketamina en aerosol nasal (Spravato), código J0013, 84 unidades por "
                                         "sesión, con observación, código 99415"),
                ("Diagnóstico:", "F33.2"), ("Recibimos la solicitud:", "1 de diciembre de 2026")], 1),
        ("p", "Tomamos esta decisión de forma acelerada (rápida) porque su médica nos dijo que esperar podría "
              "poner en grave riesgo su salud."),
        ("h", "¿Por qué denegamos su solicitud?"),
        ("p", "El plan cubre Spravato con un requisito de terapia escalonada: antes, usted debe haber probado al "
              "menos dos antidepresivos orales diferentes, a dosis adecuadas y durante al menos 6 semanas cada "
              "uno, en el episodio actual. Nuestros registros muestran un solo ensayo (sertralina). Su médica "
              "puede enviarnos información sobre otros ensayos o sobre por qué no puede tomarlos."),
        ("h", "Su derecho a apelar"),
        ("p", "Tiene 65 días a partir de la fecha de este aviso para pedir una reconsideración (apelación). "
              "Decidiremos una apelación estándar en 7 días y una rápida en 72 horas. Envíe su apelación por "
              "escrito a:"),
        ("addr", ["Plan Médico Costa Serena", "Departamento de Apelaciones y Querellas", "Apartado Postal 362190",
                  "San Juan, PR 00936-2190"]),
        ("p", "o por fax al 1-555-0108. Si mantenemos la denegación, su caso pasa automáticamente a una entidad "
              "de revisión independiente."),
    ],
    key=dict(patient_name="Aurelio Mendoza Figueroa", member_id="CSA 4471 02918", claim_number="OD-PR-26-11-7742",
             notice_date="2026-12-02", procedure_codes=["J0013", "99415"], diagnosis_codes=["F33.2"],
             denial_category="step_therapy", plan_type="medicare_advantage", urgent=True,
             appeals_address="Plan Médico Costa Serena, Departamento de Apelaciones y Querellas, "
                             "Apartado Postal 362190, San Juan, PR 00936-2190"),
    deadline=("days", 65, "Tiene 65 días a partir de la fecha de este aviso"),
    anchors=dict(notice_date=("Fecha del aviso: 2 de diciembre de 2026", "2 de diciembre de 2026"),
                 denial_category="con un requisito de terapia escalonada",
                 plan_type="Un plan Medicare Advantage en Puerto Rico",
                 urgent="Tomamos esta decisión de forma acelerada (rápida)"),
    note="MUESTRA FICTICIA / FICTIONAL: invented member, plan, prescriber and numbers. A Puerto Rico Medicare "
         "Advantage HMO's expedited denial, in Spanish, of Spravato (J0013, 99415) for step therapy, before "
         "care; urgent. The PDF opened on an e-ink reader and the reader photographed: grey screen, 16 grey "
         "levels, a faint ghost of the previous page, the reader's bezel and a soft reflection, a slight angle. "
         "Window stated: 65 days from the notice date. Traps: date of birth 23/04/1950, request received 1 de "
         "diciembre, contract no., member services PO box, 7 days and 72 hours, the IRE.",
)

# ---------------------------------------------------------------------------------------------- 15
case(
    num="15", slug="chip-terapia-familiar-sin-nino-no-cubierta-foto-modo-noche", lang="es",
    kind="image", device="night_mode", ext="jpg",
    style=dict(face="sans", size=9.8, page="letter", margin=0.75, tint="#f3e7d3", footer=FICT_ES),
    blocks=[
        ("letterhead", "Plan Infantil Brisa del Valle",
         ["Programa de Seguro Médico para Niños (CHIP) de Texas; no es Medicaid (FICTICIO)",
          "Reclamaciones: PO Box 530077, McAllen, TX 78505-0077", "1-555-0118"], ["MUESTRA FICTICIA"]),
        ("right", "Fecha: 13 de noviembre de 2026"),
        ("addr", ["Sra. Verónica Castañeda Solís", "2207 Calle Jacaranda", "Pharr, TX 78577"]),
        ("p", "<b>Asunto: reclamación RCL 2611 0458 2 de su hijo Santiago Emiliano Rubio Castañeda</b>"),
        ("kv", [("Niño (paciente):", "Santiago Emiliano Rubio Castañeda"), ("Núm. de miembro:", "BVC-CH-55120874"),
                ("Fecha de nacimiento:", "09/05/2015"), ("Reclamación:", "RCL 2611 0458 2"),
                ("Proveedor:", "Consejería Familiar Del Río, PLLC"), ("Recibida:", "04/11/2026")], 2),
        ("table", ["Fecha de servicio", "Código", "Servicio", "Estado", "Ajuste"],
         [["07/10/2026", "90846", "terapia familiar sin el niño", "Denegado", "CO-96"],
          ["14/10/2026", "90846", "terapia familiar sin el niño", "Denegado", "CO-96"],
          ["21/10/2026", "90846", "terapia familiar sin el niño", "Denegado", "CO-96"],
          ["28/10/2026", "90847", "terapia familiar con el niño", "Pagado", "-"]],
         {"widths": [0.18, 0.1, 0.38, 0.16, 0.18]}),
        ("p", "Diagnóstico: F43.23"),
        ("h", "Motivo"),
        ("p", "La terapia familiar sin la presencia del niño (código 90846) no es un beneficio cubierto por el "
              "plan de CHIP; el plan cubre la terapia familiar cuando el niño participa. CO-96: cargo no "
              "cubierto. La sesión del 28/10/2026 (90847), con el niño presente, sí se pagó."),
        ("h", "Cómo apelar"),
        ("p", "Tiene 60 días a partir de la fecha de esta carta para apelar. Envíe su apelación a:"),
        ("addr", ["Plan Infantil Brisa del Valle", "Unidad de Apelaciones", "4100 North 10th Street, Suite 220",
                  "McAllen, TX 78504"]),
        ("p", "No la envíe al apartado de reclamaciones. Decidiremos en 30 días. Como su hijo está inscrito en "
              "CHIP y no en Medicaid, no tiene derecho a una audiencia imparcial estatal; después de nuestra "
              "decisión puede pedir una revisión externa independiente dentro de 4 meses."),
    ],
    key=dict(patient_name="Santiago Emiliano Rubio Castañeda", member_id="BVC-CH-55120874",
             claim_number="RCL 2611 0458 2", notice_date="2026-11-13",
             service_dates=["2026-10-07", "2026-10-14", "2026-10-21"], procedure_codes=["90846"],
             diagnosis_codes=["F43.23"], carc_codes=["CO-96"], denial_category="not_covered", plan_type="chip",
             urgent=False,
             appeals_address="Plan Infantil Brisa del Valle, Unidad de Apelaciones, "
                             "4100 North 10th Street, Suite 220, McAllen, TX 78504"),
    deadline=("days", 60, "Tiene 60 días a partir de la fecha de esta carta para apelar"),
    anchors=dict(notice_date=("Fecha: 13 de noviembre de 2026", "13 de noviembre de 2026"),
                 service_dates=["07/10/2026", "14/10/2026", "21/10/2026"],
                 denial_category="no es un beneficio cubierto",
                 plan_type="Programa de Seguro Médico para Niños (CHIP) de Texas"),
    note="MUESTRA FICTICIA / FICTIONAL: invented child, mother, plan, provider and numbers. A separate CHIP's "
         "Spanish letter to a mother: family therapy without the child (90846) on three days denied as not a "
         "covered benefit (CO-96); a later session with the child (90847) paid on the same claim. A phone "
         "photo in night mode under a warm lamp: multi-frame noise reduction smears fine detail, sharpening "
         "halos, lifted blacks, blotchy chroma noise, orange cast. Window stated: 60 days from the letter's "
         "date. Traps: the mother as addressee, the child's date of birth 09/05/2015, claim received "
         "04/11/2026, the paid 28/10/2026 line, the claims PO box, 30 days, 4 months for external review.",
)

# ---------------------------------------------------------------------------------------------- 16
case(
    num="16", slug="patrono-asegurado-pr-bloqueo-ramo-medial-fuera-de-red-escaneo-correo-jpeg", lang="es",
    kind="image", device="scan_email", ext="jpg",
    style=dict(face="dejavu", size=9.0, page="letter", margin=0.7, tint="#fde9d9", footer=FICT_ES),
    blocks=[
        ("letterhead", "Aseguradora Médica Flamboyán",
         ["Explicación de beneficios (EOB): esto no es una factura",
          "Apartado Postal 70200, San Juan, PR 00936-8200  |  1-555-0122"], ["MUESTRA FICTICIA"]),
        ("kv", [("Fecha del estado:", "16/11/2026"), ("Período:", "01/10/2026 - 31/10/2026"),
                ("Asegurada:", "Marta Inés Colón de Jesús"), ("Núm. de identificación:", "AMF 8820 33917"),
                ("Patrono:", "Cooperativa Agrícola del Yunque"), ("Núm. de grupo:", "40017")], 2),
        ("addr", ["MARTA INES COLON DE JESUS", "URB LAS VEGAS CALLE 9 H-14", "CATANO PR 00962"]),
        ("p", "Su plan es un plan médico grupal de su patrono, sujeto a ERISA."),
        ("table", ["Reclamación", "Fecha de servicio", "Proveedor", "Código", "Facturado", "Pagado", "Ajuste",
                   "Estado"],
         [["FLB-26-097310", "05/10/2026", "Dr. Rafael Ortiz Vega (en la red)", "99203", "$160.00", "$96.00",
           "PR-3", "Pagada"],
          ["FLB-26-099124", "19/10/2026", "Centro Quirúrgico Bahía (fuera de la red)", "64493", "$1,850.00",
           "$0.00", "CO-242", "Denegada"],
          ["FLB-26-099124", "19/10/2026", "Centro Quirúrgico Bahía (fuera de la red)", "64494", "$900.00",
           "$0.00", "CO-242", "Denegada"]],
         {"widths": [0.15, 0.12, 0.23, 0.09, 0.12, 0.09, 0.09, 0.11], "size": 8}),
        ("p", "Diagnósticos: FLB-26-097310: M54.50. FLB-26-099124: M47.816."),
        ("h", "Motivo de la denegación (reclamación FLB-26-099124)"),
        ("p", "El Centro Quirúrgico Bahía no participa en la red de su plan, y su plan no paga servicios fuera de "
              "la red, salvo emergencias. CO-242: proveedor fuera de la red. No decidimos si el servicio era "
              "médicamente necesario."),
        ("h", "Su derecho a apelar"),
        ("p", "Puede apelar esta decisión. Los plazos y el procedimiento de apelación están en la descripción "
              "resumida de su plan (SPD), que puede pedir gratis a su patrono. Envíe su apelación a: "
              "Aseguradora Médica Flamboyán, Departamento de Apelaciones, Apartado Postal 70233, San Juan, PR "
              "00936-8233. Las reclamaciones nuevas o corregidas van al Apartado Postal 70200; no envíe "
              "apelaciones allí. Tiene derecho a presentar una acción civil bajo la sección 502(a) de ERISA."),
    ],
    key=dict(patient_name="Marta Inés Colón de Jesús", member_id="AMF 8820 33917", claim_number="FLB-26-099124",
             notice_date="2026-11-16", service_dates=["2026-10-19"], procedure_codes=["64493", "64494"],
             diagnosis_codes=["M47.816"], carc_codes=["CO-242"], denial_category="out_of_network",
             plan_type="employer_erisa", urgent=False,
             appeals_address="Aseguradora Médica Flamboyán, Departamento de Apelaciones, Apartado Postal 70233, "
                             "San Juan, PR 00936-8233"),
    deadline=("rule", "employer_erisa"),
    anchors=dict(notice_date=("Fecha del estado: 16/11/2026", "16/11/2026"), service_dates=["19/10/2026"],
                 denial_category="no paga servicios fuera de la red",
                 plan_type="plan médico grupal de su patrono, sujeto a ERISA"),
    note="MUESTRA FICTICIA / FICTIONAL: invented member, employer, insurer, providers and numbers. A Puerto Rico "
         "insured employer plan's Spanish EOB of two claims: an in-network visit paid (99203, PR-3), then "
         "lumbar medial branch blocks (64493, 64494) at a non-network surgery center denied (CO-242, out of "
         "network). An all-in-one printer's scan-to-e-mail preset: 150 dpi colour, JPEG quality 25 with 4:2:0 "
         "chroma, greyish paper, a 0.4-degree skew, the lid's dark edge at the bottom and right. No window "
         "stated (the SPD): the ERISA rule, 180 days from the notice date. Traps: statement period "
         "01/10-31/10/2026, group no., the paid claim's number, date 05/10/2026, 99203 and M54.50, the claims "
         "PO box 70200, the addressee block in capitals without accents.",
)

# ---------------------------------------------------------------------------------------------- 17
case(
    num="17", slug="mercado-emt-sin-autorizacion-foto-tablero-corcho", lang="es",
    kind="image", device="corkboard", ext="jpg",
    style=dict(face="sans", size=9.8, page="letter", margin=0.75, tint="#dff0ee", footer=FICT_ES),
    blocks=[
        ("letterhead", "Salud Pinar",
         ["Plan individual del Mercado de Seguros Médicos (HealthCare.gov), Florida (FICTICIO)",
          "Servicios al miembro 1-555-0126  |  saludpinar.example"], ["MUESTRA FICTICIA"]),
        ("title", "Aviso de determinación adversa de beneficios"),
        ("kv", [("Fecha del aviso:", "19 de noviembre de 2026"), ("Miembro:", "Rosalba Quintero Almánzar"),
                ("ID de miembro:", "SPI-30582-7716"), ("Núm. de reclamación:", "2026-MKT-381904"),
                ("Proveedor:", "Centro de Neuromodulación Bahía Vizcaína"), ("Recibida:", "03/11/2026")], 2),
        ("table", ["Fecha de servicio", "Código", "Servicio", "Estado", "Ajuste"],
         [["26/10/2026", "90867", "EMT, primera sesión con mapeo", "Denegado", "CO-197"],
          ["27/10/2026", "90868", "EMT, sesión siguiente", "Denegado", "CO-197"],
          ["28/10/2026", "90868", "EMT, sesión siguiente", "Denegado", "CO-197"],
          ["29/10/2026", "90868", "EMT, sesión siguiente", "Denegado", "CO-197"],
          ["30/10/2026", "90868", "EMT, sesión siguiente", "Denegado", "CO-197"]],
         {"widths": [0.2, 0.12, 0.38, 0.15, 0.15]}),
        ("p", "Diagnóstico: F33.1"),
        ("h", "Motivo"),
        ("p", "La estimulación magnética transcraneal (EMT) requiere autorización previa de Salud Pinar. No "
              "recibimos una solicitud de autorización para estas fechas (CO-197: falta la autorización "
              "previa). No hemos decidido si el tratamiento es médicamente necesario. Su proveedor puede pedir "
              "una autorización retroactiva dentro de 30 días de este aviso; eso no es una apelación."),
        ("h", "Su derecho a apelar"),
        ("p", "Tiene 180 días a partir de la fecha en que reciba este aviso para presentar una apelación "
              "interna. Envíela a:"),
        ("addr", ["Salud Pinar", "Apelaciones y Quejas", "P.O. Box 459012", "Miami, FL 33245-9012"]),
        ("p", "Decidiremos en 60 días. Después de nuestra decisión final puede pedir una revisión externa "
              "dentro de 4 meses. Si esperar pone en riesgo su salud, pida una apelación acelerada."),
    ],
    key=dict(patient_name="Rosalba Quintero Almánzar", member_id="SPI-30582-7716", claim_number="2026-MKT-381904",
             notice_date="2026-11-19",
             service_dates=["2026-10-26", "2026-10-27", "2026-10-28", "2026-10-29", "2026-10-30"],
             procedure_codes=["90867", "90868"], diagnosis_codes=["F33.1"], carc_codes=["CO-197"],
             denial_category="prior_authorization", plan_type="individual_aca", urgent=False,
             appeals_address="Salud Pinar, Apelaciones y Quejas, P.O. Box 459012, Miami, FL 33245-9012"),
    deadline=("days", 180, "Tiene 180 días a partir de la fecha en que reciba este aviso"),
    anchors=dict(notice_date=("Fecha del aviso: 19 de noviembre de 2026", "19 de noviembre de 2026"),
                 service_dates=["26/10/2026", "27/10/2026", "28/10/2026", "29/10/2026", "30/10/2026"],
                 denial_category="requiere autorización previa",
                 plan_type="Plan individual del Mercado de Seguros Médicos"),
    note="MUESTRA FICTICIA / FICTIONAL: invented member, plan, clinic and numbers. A Florida Marketplace plan's "
         "Spanish notice: a TMS course (90867, 90868 on five days) denied for no prior authorization (CO-197). "
         "A phone photo of the page pinned to a cork board with four push pins: the paper wavy between the "
         "pins, the pins' heads and shadows, cork grain round it, window light from the left, a slight "
         "keystone. Window stated: 180 days from receipt (counted from the notice date). Traps: claim received "
         "03/11/2026 (day first), the 30-day retrospective authorization (not an appeal), 60 days, 4 months.",
)

# ---------------------------------------------------------------------------------------------- 18

def build_18(path):
    from email.message import EmailMessage
    from email.utils import formataddr
    msg = EmailMessage()
    msg["From"] = formataddr(("Salud Lago Azul - Avisos", "avisos@saludlagoazul.example"))
    msg["To"] = "ximena.huerta@correo.example"
    msg["Date"] = "Wed, 02 Dec 2026 16:40:03 -0600"
    msg["Subject"] = "Aviso de resolución de apelación APL-26-2290"
    msg["Message-ID"] = "<apl-26-2290.20261202@saludlagoazul.example>"
    svc = [("11 de agosto de 2026", "96365", "infusión intravenosa, primera hora"),
           ("11 de agosto de 2026", "J3490", "medicamento sin código propio (ketamina)"),
           ("14 de agosto de 2026", "96365", "infusión intravenosa, primera hora"),
           ("14 de agosto de 2026", "J3490", "medicamento sin código propio (ketamina)"),
           ("18 de agosto de 2026", "96365", "infusión intravenosa, primera hora"),
           ("18 de agosto de 2026", "J3490", "medicamento sin código propio (ketamina)")]
    rows = "\n".join(f'<tr><td style="padding:4px 10px;border-bottom:1px solid #ddd">{a}</td>'
                     f'<td style="padding:4px 10px;border-bottom:1px solid #ddd">{b}</td>'
                     f'<td style="padding:4px 10px;border-bottom:1px solid #ddd">{c}</td></tr>' for a, b, c in svc)
    body = f"""<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Aviso de resolución de apelación</title>
<style>.preheader{{display:none!important;max-height:0;overflow:hidden}} @media (max-width:600px){{.col{{display:block!important;width:100%!important}}}}</style>
</head><body style="margin:0;background:#eef3f7;font-family:Verdana,Arial,sans-serif;font-size:14px;color:#222">
<div class="preheader" style="display:none">Su carta ya está disponible. Reclamación ILM-26-0000-00000 en borrador.</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#1f5f8b;color:#fff;padding:14px 20px">
<table role="presentation" width="100%"><tr>
<td class="col" style="color:#fff;font-size:18px"><b>Salud Lago Azul</b></td>
<td class="col" style="color:#fff;text-align:right;font-size:12px">Plan de atención administrada de Medicaid de Illinois<br>MUESTRA FICTICIA</td>
</tr></table></td></tr>
<tr><td style="padding:18px 20px">
<p style="font-size:12px;color:#666">¿No ve bien este mensaje? Ábralo en su navegador: saludlagoazul.example/cartas/APL-26-2290</p>
<h2 style="margin:0 0 10px">Aviso de resolución de apelación</h2>
<table role="presentation" cellpadding="3" cellspacing="0" style="font-size:14px">
<tr><td><b>Fecha de esta carta:</b></td><td>30 de noviembre de 2026</td></tr>
<tr><td><b>Miembro:</b></td><td>Ximena Paola Huerta Lozano</td></tr>
<tr><td><b>ID de miembro:</b></td><td>LAZ-7781-40392</td></tr>
<tr><td><b>Número de reclamación:</b></td><td>ILM-26-0817-55301</td></tr>
<tr><td><b>Número de apelación:</b></td><td>APL-26-2290</td></tr>
<tr><td><b>Decisión original:</b></td><td>15 de septiembre de 2026</td></tr>
<tr><td><b>Recibimos su apelación:</b></td><td>2 de octubre de 2026</td></tr>
<tr><td><b>Proveedor:</b></td><td>Clínica de Infusión Ribera Norte</td></tr>
</table>
<p>Estimada Sra. Huerta Lozano:</p>
<p>Revisamos su apelación sobre los servicios siguientes:</p>
<table cellpadding="0" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#dde8f0"><th style="padding:4px 10px;text-align:left">Fecha de servicio</th><th style="padding:4px 10px;text-align:left">Código</th><th style="padding:4px 10px;text-align:left">Servicio</th></tr>
{rows}
</table>
<p>Diagnóstico: F33.2</p>
<p><b>Nuestra decisión: mantenemos la denegación.</b> Una psiquiatra que no participó en la decisión original
revisó sus registros. Las infusiones de ketamina no son médicamente necesarias según nuestros criterios de
necesidad médica para este tratamiento: los registros muestran un solo ensayo de antidepresivo en el episodio
actual y no muestran una evaluación de la respuesta después de la segunda infusión.</p>
<p><b>Su derecho a una audiencia imparcial estatal.</b> Si no está de acuerdo, puede pedir una audiencia
imparcial estatal dentro de 120 días a partir de la fecha de esta carta. Envíe su solicitud a: Oficina de
Audiencias Imparciales, Departamento de Servicios Humanos de Illinois, PO Box 4717, Springfield, IL 62708-4717.
También puede llamar al 1-555-0152.</p>
<p style="font-size:13px">Si recibe servicios que quiere seguir recibiendo durante la audiencia, debe pedir la
audiencia dentro de 10 días a partir de la fecha de esta carta; estas infusiones ya se dieron, así que no hay
servicios que continuar. Para ayuda gratis, llame a Servicios al Miembro al 1-555-0151.</p>
<p style="font-size:12px;color:#666">MUESTRA FICTICIA: persona, plan, clínica y números inventados.</p>
</td></tr></table></td></tr></table></body></html>"""
    msg.set_content(body, subtype="html", charset="utf-8", cte="quoted-printable")
    with open(path, "wb") as f:
        f.write(bytes(msg))


case(
    num="18", slug="medicaid-mco-resolucion-apelacion-ketamina-eml-html", lang="es",
    kind="eml", ext="eml", build=build_18,
    key=dict(patient_name="Ximena Paola Huerta Lozano", member_id="LAZ-7781-40392", claim_number="ILM-26-0817-55301",
             notice_date="2026-11-30", service_dates=["2026-08-11", "2026-08-14", "2026-08-18"],
             procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"], denial_category="medical_necessity",
             plan_type="medicaid", urgent=False,
             appeals_address="Oficina de Audiencias Imparciales, Departamento de Servicios Humanos de Illinois, "
                             "PO Box 4717, Springfield, IL 62708-4717"),
    deadline=("days", 120, "dentro de 120 días a partir de la fecha de esta carta"),
    anchors=dict(notice_date=("Fecha de esta carta: 30 de noviembre de 2026", "30 de noviembre de 2026"),
                 service_dates=["11 de agosto de 2026", "14 de agosto de 2026", "18 de agosto de 2026"],
                 denial_category="no son médicamente necesarias",
                 plan_type="Plan de atención administrada de Medicaid de Illinois"),
    note="MUESTRA FICTICIA / FICTIONAL: invented member, plan, clinic, hearing office box and numbers. A Medicaid "
         "managed care plan's Spanish notice of appeal resolution (HTML-only e-mail, quoted-printable UTF-8, "
         "nested layout tables, a hidden preheader with another claim number): the denial of IV ketamine "
         "(96365, J3490) on three days as not medically necessary is upheld; the next step is the state fair "
         "hearing. Window stated: 120 days from the letter's date; address the hearing office's (in a "
         "sentence). Traps: the e-mail's Date (2 Dec), appeal number, original decision 15 de septiembre, "
         "appeal received 2 de octubre, the 10 days to keep services.",
)
