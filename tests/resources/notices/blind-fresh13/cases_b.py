"""Cases 10-18 of the intake13 blind set. Everything here is FICTIONAL."""
from cases_a import FICT, FICT_ES

CASES = []

# 10 HTML e-mail EOB, two claims, one denied for timely filing --------------------------------------------------
CASES.append(dict(
    slug="10-tpa-eob-email-html", fmt="eml", lang="en", html=True, cte="quoted-printable",
    email=dict(frm="Ironbark Benefit Services <noreply@claims.ironbark.example>", to="dana.w.ortiz@mailbox.example",
               subject="Your Explanation of Benefits is ready", date="Fri, 20 Nov 2026 07:05:11 -0700"),
    items=[
        ("h", "Ironbark Benefit Services"),
        ("l", "Claims administrator for the Ocotillo Freight Lines Health Plan (self-funded; your employer pays the claims)"),
        ("l", FICT),
        ("kv", "Statement date:", "November 19, 2026"),
        ("kv", "Member:", "Dana Whitcomb-Ortiz"),
        ("kv", "Member ID:", "OFL-FICT-771203"),
        ("kv", "Date of birth:", "11/21/1985"),
        ("t", [["Claim", "Provider", "Service date", "Code", "Dx", "Billed", "Plan paid", "Status", "Adj."],
               ["IBS-26-7730416", "Sage Valley Primary Care", "11/03/2026", "99214", "F41.1", "$165.00", "$118.20", "Paid", "CO-45"],
               ["IBS-26-7730415", "Mesa Mind TMS", "06/02/2026", "90868", "F33.2", "$420.00", "$0.00", "Denied", "CO-29"]],
         [0.14, 0.16, 0.11, 0.08, 0.08, 0.1, 0.1, 0.1, 0.13]),
        ("p", "Why claim IBS-26-7730415 was denied (CO-29): the plan must receive claims within 90 days of the date of "
              "service. This claim was first received on 10/30/2026, after that limit."),
        ("p", "You may appeal within 180 days after receiving this statement. Send a written appeal with proof the "
              "claim was filed on time to: Ocotillo Freight Lines Health Plan, c/o Ironbark Benefit Services, Attn: "
              "Appeals Unit, PO Box 4417, Sandpoint Mesa, NM 87999."),
        ("p", "This mailbox is not monitored; replies are not appeals. Ironbark Benefit Services, 12 Juniper Plaza, "
              "Sandpoint Mesa, NM 87998."),
    ],
    key=dict(patient_name="Dana Whitcomb-Ortiz", member_id="OFL-FICT-771203", claim_number="IBS-26-7730415",
             notice_date="2026-11-19", service_dates=["2026-06-02"], procedure_codes=["90868"], diagnosis_codes=["F33.2"],
             carc_codes=["CO-29"], denial_category="timely_filing", plan_type="employer_erisa", urgent=False,
             deadline=("days", 180), deadline_basis="within 180 days after receiving this statement",
             appeals_address="Ocotillo Freight Lines Health Plan, c/o Ironbark Benefit Services, Attn: Appeals Unit, PO Box 4417, Sandpoint Mesa, NM 87999"),
    printed=["November 19, 2026", "06/02/2026"],
    note="HTML-only e-mail (quoted-printable) from a TPA for a self-funded employer plan: a two-claim EOB where the "
         "paid claim (IBS-26-7730416, 99214, F41.1, CO-45) is listed first and is not in the key; the denied claim's "
         "number differs by one digit. E-mail Date 20 Nov vs statement date 19 Nov; DOB 11/21/1985 two days after; "
         "'first received on 10/30/2026' is not the notice date; the 90-day filing limit is not the appeal window. "
         "Administrator Ironbark Benefit Services; plan Ocotillo Freight Lines Health Plan.",
))

# 11 plain-text e-mail, church plan, stated deadline date later than 180 days -------------------------------------
CASES.append(dict(
    slug="11-church-plan-email-plain", fmt="eml", lang="en", html=False, cte="7bit",
    email=dict(frm="Covenant Parish Benefits Board <healthplan@covenantparish.example>", to="m.castellanos.webb@mailbox.example",
               subject="Decision on claim CPB-CLM-2611-0734", date="Mon, 23 Nov 2026 15:20:44 -0600"),
    items=[
        ("l", "Dear Miriam Castellanos-Webb,"),
        ("sp",),
        ("p", "Please find below the decision of the Covenant Parish Benefits Board Health Plan, a church plan "
              "sponsored by the Covenant Parish Conference and not governed by ERISA, on your claim. " + FICT),
        ("kv", "Date of decision", "23 November 2026"),
        ("kv", "Participant", "Miriam Castellanos-Webb"),
        ("kv", "Participant no.", "CPB-FICT-38801"),
        ("kv", "Claim", "CPB-CLM-2611-0734"),
        ("kv", "Services", "96365, 96366, J3490 on November 2 and November 4, 2026"),
        ("kv", "Diagnosis", "G89.4"),
        ("sp",),
        ("p", "Decision: denied. The Plan Document (Article 9.3) excludes treatment that is experimental or "
              "investigational. The Plan's medical consultant found that ketamine infusion for chronic pain syndrome "
              "is investigational because its long-term safety and effect have not been shown in controlled trials."),
        ("p", "Appeal: your appeal must reach us no later than May 24, 2027. Write to Covenant Parish Benefits Board, "
              "Attn: Health Plan Appeals Committee, 240 Abbey Lane, Suite 5, Glenmorrow, IL 60999. You may send "
              "records and a letter from your doctor; the Committee meets monthly."),
        ("p", "After the Committee's decision you may ask for an external review of a decision that turns on "
              "medical judgment, within 4 months."),
        ("sp",),
        ("l", "Grace and peace,"),
        ("l", "Benefits Office, Covenant Parish Benefits Board"),
        ("l", "Main office (not for appeals): 1 Cathedral Square, Glenmorrow, IL 60998 - 555-0115"),
    ],
    key=dict(patient_name="Miriam Castellanos-Webb", member_id="CPB-FICT-38801", claim_number="CPB-CLM-2611-0734",
             notice_date="2026-11-23", service_dates=["2026-11-02", "2026-11-04"], procedure_codes=["96365", "96366", "J3490"],
             diagnosis_codes=["G89.4"], denial_category="experimental_investigational", plan_type="church", urgent=False,
             deadline=("date", "2027-05-24"), deadline_basis="must reach us no later than May 24, 2027",
             appeals_address="Covenant Parish Benefits Board, Attn: Health Plan Appeals Committee, 240 Abbey Lane, Suite 5, Glenmorrow, IL 60999"),
    printed=["23 November 2026", "November 2 and November 4, 2026", "May 24, 2027"],
    note="Plain-text e-mail (7bit) from a church plan (not governed by ERISA). Decision date written day-first in "
         "words ('23 November 2026', same day as the e-mail). The stated deadline, May 24, 2027, is 182 days after "
         "the notice, later than the 180 days a rule would give: the stated date wins. Service dates 'November 2 and "
         "November 4, 2026'. Main office not for appeals.",
))

# 12 Medicaid managed care notice to a parent about a child, plain text ------------------------------------------
CASES.append(dict(
    slug="12-medicaid-mco-child-plaintext", fmt="txt", lang="en",
    items=[
        ("l", "RIVERBEND FAMILY HEALTH PLAN - a Medicaid managed care plan"),
        ("l", "Notice of Adverse Benefit Determination"),
        ("l", FICT),
        ("l", "=" * 72),
        ("l", "Notice Date: 11/24/2026                         Mail Date: 11/25/2026"),
        ("sp",),
        ("l", "To the parent or guardian of:"),
        ("l", "  Oliver Greer-Nash"),
        ("l", "  c/o Tamsin Greer"),
        ("l", "  508 Cypress Lane, Apt 3"),
        ("l", "  Cottonport, LA 70998"),
        ("sp",),
        ("l", "Child's name ............... Oliver Greer-Nash"),
        ("l", "Child's Medicaid ID ........ RFH-FICT-00914427"),
        ("l", "Household case # ........... 7730-1142"),
        ("l", "Child's date of birth ...... 11/26/2015"),
        ("l", "Claim/Reference ............ RF26-11-58830"),
        ("l", "Provider ................... Bayou Child Psychology Group"),
        ("l", "Service dates .............. 10/26/2026, 10/28/2026"),
        ("l", "Services ................... 96130, 96131 (psychological testing evaluation)"),
        ("l", "Diagnosis .................. F90.2"),
        ("sp",),
        ("l", "Dear Tamsin Greer,"),
        ("sp",),
        ("p", "We denied payment for your child's psychological testing. Riverbend requires prior authorization for "
              "psychological testing over 4 hours. The provider did not ask for or receive prior authorization before "
              "the testing was done."),
        ("l", "YOUR RIGHT TO APPEAL"),
        ("p", "You may ask for an appeal within 60 calendar days from the date on this notice. Send it to: Riverbend "
              "Family Health Plan, Appeals and Grievances, 3 Ferry Landing Road, Floor 2, Cottonport, LA 70999, or call "
              "555-0184."),
        ("p", "Keeping services: this notice is about a payment; there are no ongoing services to continue. (For "
              "services being reduced, you would need to ask within 10 days.)"),
        ("p", "State fair hearing: if we uphold our decision, you may ask for a state fair hearing within 120 days of "
              "our appeal decision."),
        ("p", "Claims office (do not send appeals here): PO Box 6120, Cottonport, LA 70997."),
    ],
    key=dict(patient_name="Oliver Greer-Nash", member_id="RFH-FICT-00914427", claim_number="RF26-11-58830",
             notice_date="2026-11-24", service_dates=["2026-10-26", "2026-10-28"], procedure_codes=["96130", "96131"],
             diagnosis_codes=["F90.2"], denial_category="prior_authorization", plan_type="medicaid", urgent=False,
             deadline=("days", 60), deadline_basis="within 60 calendar days from the date on this notice",
             appeals_address="Riverbend Family Health Plan, Appeals and Grievances, 3 Ferry Landing Road, Floor 2, Cottonport, LA 70999"),
    printed=["11/24/2026", "10/26/2026", "10/28/2026"],
    note="Plain-text Medicaid managed-care notice addressed to a parent (Tamsin Greer) about her child: the PATIENT "
         "is the child, Oliver Greer-Nash. Household case number beside the Medicaid ID; notice date vs mail date; "
         "child's DOB 11/26/2015 two days after; 10-day and 120-day windows are not the appeal deadline.",
))

# 13 Spanish Medicaid letter with no labels, text PDF ---------------------------------------------------------
CASES.append(dict(
    slug="13-medicaid-carta-sin-etiquetas", fmt="pdf", lang="es",
    opts=dict(family="serif", size=11),
    items=[
        ("h", "Plan de Salud Valle del Sol", 15),
        ("l", "Plan de atención administrada de Medicaid"),
        ("l", FICT_ES),
        ("sp",),
        ("l", "Río Claro, 6 de noviembre de 2026"),
        ("sp",),
        ("l", "Sra. Dolores Arriaga Beltrán"),
        ("l", "Calle Acequia 14"),
        ("l", "Río Claro, NM 87998"),
        ("sp",),
        ("p", "Estimada señora Arriaga Beltrán:"),
        ("p", "Le escribimos sobre la reclamación número 26-VS-448120, presentada por Clínica Serena a nombre de usted, "
              "Dolores Arriaga Beltrán, con su número de miembro de Medicaid VDS-FICT-5520917, por las sesiones de "
              "estimulación magnética transcraneal (códigos 90867 y 90868) que usted recibió el 14 de octubre de 2026 y "
              "el 16 de octubre de 2026 para el diagnóstico F33.1."),
        ("p", "Hemos decidido no pagar estos servicios porque nuestro médico revisor concluyó que no son médicamente "
              "necesarios: los expedientes no muestran que se hayan probado antes otros tratamientos para la depresión "
              "durante el tiempo que piden nuestras pautas clínicas para la estimulación magnética. Usted nació el 8 de noviembre de 1958; si esta "
              "información no es correcta, llámenos."),
        ("p", "Si no está de acuerdo, puede pedir una apelación en un plazo de 60 días contados desde la fecha de esta carta. "
              "Envíe su apelación por escrito al Plan de Salud Valle del Sol, Departamento de Apelaciones, Apartado "
              "Postal 3310, Río Claro, NM 87999, o llame al 555-0109. Si mantenemos la decisión, podrá pedir una "
              "audiencia imparcial estatal dentro de 120 días a partir de la fecha de nuestra decisión."),
        ("p", "Nuestra oficina central, en Avenida del Puente 900, Río Claro, NM 87997, no recibe apelaciones."),
        ("p", "Atentamente,"),
        ("p", "Departamento de Gestión de Utilización"),
    ],
    key=dict(patient_name="Dolores Arriaga Beltrán", member_id="VDS-FICT-5520917", claim_number="26-VS-448120",
             notice_date="2026-11-06", service_dates=["2026-10-14", "2026-10-16"], procedure_codes=["90867", "90868"],
             diagnosis_codes=["F33.1"], denial_category="medical_necessity", plan_type="medicaid", urgent=False,
             deadline=("days", 60), deadline_basis="en un plazo de 60 días contados desde la fecha de esta carta",
             appeals_address="Plan de Salud Valle del Sol, Departamento de Apelaciones, Apartado Postal 3310, Río Claro, NM 87999"),
    printed=["6 de noviembre de 2026", "14 de octubre de 2026", "16 de octubre de 2026"],
    note="Spanish Medicaid managed-care letter written as prose with no labels: the claim number, member number, "
         "codes and dates are all inside sentences; the date is in the place-and-date line. DOB in words (8 de "
         "noviembre de 1958) two days after the notice; 120-day fair hearing not the deadline; head office not for appeals.",
))

# 14 Spanish Marketplace notice, Word, US month-first numeric dates --------------------------------------------
CASES.append(dict(
    slug="14-mercado-fechas-mes-primero-docx", fmt="docx", lang="es",
    footer="Aseguradora Cumbre Azul - ACA-ES-DN - " + FICT_ES,
    items=[
        ("h", "Aseguradora Cumbre Azul"),
        ("l", "Plan individual del Mercado de Seguros Médicos (HealthCare.gov)"),
        ("l", FICT_ES),
        ("h", "Aviso de denegación de beneficios"),
        ("kv", "Fecha del aviso", "11/23/2026"),
        ("kv", "Asegurado(a)", "Héctor Iñiguez Solano"),
        ("kv", "Número de miembro", "CAZ-FICT-20871-00"),
        ("kv", "Fecha de nacimiento", "11/25/1990"),
        ("kv", "Número de reclamación", "RC-2611-09412"),
        ("kv", "Proveedor", "Centro de Neuroestimulación Las Palmas"),
        ("kv", "Fechas de servicio", "11/05/2026 y 11/09/2026"),
        ("kv", "Código del servicio", "90868"),
        ("kv", "Diagnóstico", "F33.2"),
        ("p", "Estimado Sr. Iñiguez Solano:"),
        ("p", "Denegamos esta reclamación porque la estimulación magnética transcraneal requiere autorización previa "
              "según su póliza, y el proveedor no la pidió antes de dar los servicios."),
        ("p", "Usted tiene derecho a apelar. Debe presentar su apelación dentro de 180 días a partir de la fecha en que "
              "reciba este aviso. Envíela a:"),
        ("l", "Aseguradora Cumbre Azul"),
        ("l", "Atención: Unidad de Apelaciones"),
        ("l", "1450 Calle Mirador, Suite 220"),
        ("l", "Loma Verde, FL 33999"),
        ("p", "Después de nuestra decisión final puede pedir una revisión externa independiente dentro de 4 meses. "
              "Para ayuda, llame al 555-0172."),
    ],
    key=dict(patient_name="Héctor Iñiguez Solano", member_id="CAZ-FICT-20871-00", claim_number="RC-2611-09412",
             notice_date="2026-11-23", service_dates=["2026-11-05", "2026-11-09"], procedure_codes=["90868"],
             diagnosis_codes=["F33.2"], denial_category="prior_authorization", plan_type="individual_aca", urgent=False,
             deadline=("days", 180), deadline_basis="dentro de 180 días a partir de la fecha en que reciba este aviso",
             appeals_address="Aseguradora Cumbre Azul, Atención: Unidad de Apelaciones, 1450 Calle Mirador, Suite 220, Loma Verde, FL 33999"),
    printed=["11/23/2026", "11/05/2026", "11/09/2026"],
    note="Spanish Marketplace notice (Word) that KEEPS US MONTH-FIRST numeric dates, as many US plans' Spanish "
         "notices do: 11/23/2026 and DOB 11/25/1990 can only be month-first, so the service dates 11/05/2026 and "
         "11/09/2026 are 5 and 9 November (read day-first they would be 11 May and 11 September, before nothing and "
         "far from the notice). DOB two days after the notice.",
))

# 15 Spanish CHIP notice, day-first with dd/mm/aaaa hint, scanned with handwriting ----------------------------
CASES.append(dict(
    slug="15-chip-ddmmaaaa-escaneado", fmt="scan", lang="es", angle=0.9,
    opts=dict(family="sans", size=10.5),
    items=[
        ("h", "Niños Sanos Plus", 15),
        ("l", "Programa CHIP de Texas (Programa de Seguro Médico para Niños). CHIP no es Medicaid."),
        ("l", FICT_ES),
        ("l", "Las fechas de este aviso están en formato dd/mm/aaaa."),
        ("sp",),
        ("kv", "Fecha del aviso:", "17/11/2026"),
        ("kv", "Para:", "Graciela Ochoa Peña (madre)"),
        ("kv", "Paciente (menor):", "Valentina Ruiz Ochoa"),
        ("kv", "Núm. de miembro CHIP:", "NSP-FICT-7718024"),
        ("kv", "Núm. de caso del hogar:", "5501-8823"),
        ("kv", "Fecha de nacimiento:", "19/11/2012"),
        ("kv", "Núm. de reclamación:", "CH-26-30017"),
        ("kv", "Fechas de servicio:", "02/11/2026 y 09/11/2026"),
        ("kv", "Servicio:", "90834 psicoterapia, 45 minutos"),
        ("kv", "Diagnóstico:", "F41.1"),
        ("sp",),
        ("hand", "llamar lunes - pedir copia de la red"),
        ("p", "Estimada Sra. Ochoa Peña: denegamos el pago de la psicoterapia de Valentina porque la terapeuta, "
              "Lic. Marta Ibarra, no pertenece a la red de Niños Sanos Plus y no se aprobó una excepción antes del servicio."),
        ("p", "Derecho a apelar: puede apelar dentro de 60 días calendario a partir de la fecha de este aviso. "
              "Envíe la apelación a:"),
        ("l", "  Niños Sanos Plus"),
        ("l", "  Atención: Apelaciones CHIP"),
        ("l", "  Apartado Postal 8820"),
        ("l", "  San Ysidro del Norte, TX 78999"),
        ("p", "Si mantenemos la decisión, puede pedir una revisión externa por una organización de revisión "
              "independiente. CHIP no tiene audiencia imparcial estatal."),
        ("p", "Reclamaciones de proveedores: Apartado Postal 8800 (no para apelaciones)."),
    ],
    key=dict(patient_name="Valentina Ruiz Ochoa", member_id="NSP-FICT-7718024", claim_number="CH-26-30017",
             notice_date="2026-11-17", service_dates=["2026-11-02", "2026-11-09"], procedure_codes=["90834"],
             diagnosis_codes=["F41.1"], denial_category="out_of_network", plan_type="chip", urgent=False,
             deadline=("days", 60), deadline_basis="dentro de 60 días calendario a partir de la fecha de este aviso",
             appeals_address="Niños Sanos Plus, Atención: Apelaciones CHIP, Apartado Postal 8820, San Ysidro del Norte, TX 78999"),
    printed=["17/11/2026", "02/11/2026", "09/11/2026"],
    note="Scanned (image-only) Spanish notice from a separate CHIP ('CHIP no es Medicaid') to a mother about her "
         "daughter: the PATIENT is the child, Valentina Ruiz Ochoa. Hint 'dd/mm/aaaa': service dates 02/11 and 09/11 "
         "are 2 and 9 November; child's DOB 19/11/2012 two days after; household case number; a handwritten margin "
         "note; provider-claims box not for appeals.",
))

# 16 Spanish Medicare Advantage notice, phone photo on a desk -------------------------------------------------
CASES.append(dict(
    slug="16-medicare-advantage-es-foto", fmt="photo", lang="es", ext="png", angle=-4.0,
    photo=dict(warm=(250, 244, 232), shadow="corner", keystone=0.04, bg=(70, 74, 82)),
    opts=dict(family="sans", size=11),
    items=[
        ("h", "Plan Dorado Medicare Advantage (PPO)", 15),
        ("l", FICT_ES),
        ("h", "Aviso de denegación de cobertura médica (o de pago)", 12),
        ("kv", "Fecha:", "19 de noviembre de 2026"),
        ("kv", "Nombre del miembro:", "Rosalía Quiñones Vélez"),
        ("kv", "Número de miembro:", "PDM-FICT-4410-2287"),
        ("kv", "Núm. de reclamación:", "7726 1109 0045"),
        ("kv", "Fecha de nacimiento:", "21/11/1949"),
        ("p", "Hemos denegado el pago de la infusión de ketamina (códigos 96365 y J3490, diagnóstico F33.2) que usted "
              "recibió el 27 de octubre de 2026. Medicare no cubre la ketamina intravenosa para la depresión y nuestro "
              "plan no ofrece este beneficio adicional; es un servicio no cubierto."),
        ("b", "Su derecho a apelar"),
        ("p", "Debe pedir la apelación dentro de 65 días a partir de la fecha de este aviso. Escriba a: Plan Dorado "
              "Medicare Advantage, Departamento de Reconsideraciones, P.O. Box 11870, Bayamón Viejo, PR 00999."),
        ("p", "Si mantenemos nuestra decisión, enviaremos su caso a una entidad de revisión independiente."),
    ],
    key=dict(patient_name="Rosalía Quiñones Vélez", member_id="PDM-FICT-4410-2287", claim_number="7726 1109 0045",
             notice_date="2026-11-19", service_dates=["2026-10-27"], procedure_codes=["96365", "J3490"],
             diagnosis_codes=["F33.2"], denial_category="not_covered", plan_type="medicare_advantage", urgent=False,
             deadline=("days", 65), deadline_basis="dentro de 65 días a partir de la fecha de este aviso",
             appeals_address="Plan Dorado Medicare Advantage, Departamento de Reconsideraciones, P.O. Box 11870, Bayamón Viejo, PR 00999"),
    printed=["19 de noviembre de 2026", "27 de octubre de 2026"],
    note="Phone photo (PNG) of a Spanish Medicare Advantage payment denial on a grey desk, -4 degrees, keystone and a "
         "corner shadow. Accents (Rosalía Quiñones Vélez); claim number in groups (compare without spaces); DOB "
         "21/11/1949 day-first two days after the notice.",
))

# 17 Spanish Marketplace step-therapy e-mail, base64, stated date later than the rule ----------------------------
CASES.append(dict(
    slug="17-mercado-terapia-escalonada-email-base64", fmt="eml", lang="es", html=False, cte="base64",
    email=dict(frm="Salud Horizonte del Golfo <avisos@horizontegolfo.example>", to="esteban.maldonado@correo.example",
               subject="Decisión sobre su solicitud de autorización previa", date="Thu, 26 Nov 2026 09:12:00 -0600"),
    items=[
        ("l", "Salud Horizonte del Golfo - Plan individual del Mercado de Seguros Médicos"),
        ("l", FICT_ES),
        ("sp",),
        ("l", "Fecha: 25 de noviembre de 2026"),
        ("l", "Miembro: Esteban Maldonado Ríos"),
        ("l", "ID de miembro: SHG-FICT-993016"),
        ("l", "Número de solicitud: PA-26-118842"),
        ("l", "Medicamento: Spravato (esketamina) aerosol nasal, S0013; diagnóstico F33.2"),
        ("sp",),
        ("p", "Estimado Sr. Maldonado Ríos:"),
        ("p", "Su médico pidió autorización previa para Spravato. No podemos aprobarla todavía: nuestra política de "
              "terapia escalonada exige que antes se hayan probado dos antidepresivos orales y un tratamiento de "
              "aumento, y la solicitud muestra solo un antidepresivo."),
        ("p", "Puede apelar esta decisión. Su apelación debe llegarnos a más tardar el 31 de mayo de 2027. Envíela a "
              "Salud Horizonte del Golfo, Atención: Apelaciones Internas, 2200 Avenida Costera, Piso 3, Puerto Alegre, "
              "TX 77999. Si su salud corre peligro por esperar, pida una apelación acelerada al 555-0121."),
        ("p", "No responda a este correo: este buzón no recibe apelaciones."),
    ],
    key=dict(patient_name="Esteban Maldonado Ríos", member_id="SHG-FICT-993016", claim_number="PA-26-118842",
             notice_date="2026-11-25", procedure_codes=["S0013"], diagnosis_codes=["F33.2"],
             denial_category="step_therapy", plan_type="individual_aca", urgent=False,
             deadline=("date", "2027-05-31"), deadline_basis="a más tardar el 31 de mayo de 2027",
             appeals_address="Salud Horizonte del Golfo, Atención: Apelaciones Internas, 2200 Avenida Costera, Piso 3, Puerto Alegre, TX 77999"),
    printed=["25 de noviembre de 2026", "31 de mayo de 2027"],
    note="Spanish e-mail, text/plain UTF-8 in base64: a pre-service Spravato request denied for step therapy. No "
         "service dates (key left out); the Número de solicitud is the claim_number. The stated date, 31 de mayo de "
         "2027, differs from the 180 days a rule would give (2027-05-24): the stated date wins. E-mail Date 26 Nov vs "
         "notice 25 Nov. The offer of an expedited appeal does not make it urgent.",
))

# 18 Spanish family EOB, several claims, one denied, day-first --------------------------------------------------
CASES.append(dict(
    slug="18-eob-familiar-espanol-una-denegada", fmt="pdf", lang="es",
    opts=dict(family="sans", size=9.5, footer="Administradora Sierra Plata - EOB-ES - página {page} de {pages}"),
    items=[
        ("h", "Explicación de Beneficios (esto no es una factura)", 14),
        ("l", "Administradora Sierra Plata, administradora del Plan de Salud de Empleados de Conservas La Perla"),
        ("l", "(plan autofinanciado por el empleador, sujeto a ERISA)"),
        ("l", FICT_ES),
        ("sp",),
        ("kv", "Fecha de la declaración:", "20/11/2026"),
        ("kv", "Suscriptor (empleado):", "Arturo Benavides Luna - ID ASP-FICT-60218-01"),
        ("kv", "Dirección:", "Calle Olivo 33, Villa Carmona, CA 92998"),
        ("sp",),
        ("t", [["Paciente", "ID de miembro", "Reclamación", "Fecha servicio", "Código", "Dx", "Cobrado", "Pagado", "Ajuste"],
               ["Arturo Benavides Luna", "ASP-FICT-60218-01", "SP-26-44107", "21/10/2026", "99213", "I10", "$140.00", "$96.00", "CO-45"],
               ["Lucía Benavides Carmona", "ASP-FICT-60218-03", "SP-26-44109", "28/10/2026", "90868", "F33.2", "$390.00", "$0.00", "CO-197"],
               ["Lucía Benavides Carmona", "ASP-FICT-60218-03", "SP-26-44112", "03/11/2026", "90837", "F33.2", "$210.00", "$150.00", "CO-45"]],
         [0.17, 0.15, 0.11, 0.11, 0.08, 0.07, 0.1, 0.1, 0.11]),
        ("p", "Reclamación SP-26-44109 (Lucía Benavides Carmona, dependiente, fecha de nacimiento 22/11/2004): "
              "denegada. CO-197: la estimulación magnética transcraneal necesita precertificación (autorización "
              "previa) y no hubo ninguna antes del servicio. Las otras reclamaciones se pagaron."),
        ("b", "Cómo apelar"),
        ("p", "Puede apelar dentro de 180 días después de recibir esta explicación. Envíe su apelación a: Plan de "
              "Salud de Empleados de Conservas La Perla, a/c Administradora Sierra Plata, Atención: Apelaciones, "
              "Apartado Postal 7002, Villa Carmona, CA 92999. Los pagos y reclamaciones van al Apartado Postal 7000."),
    ],
    key=dict(patient_name="Lucía Benavides Carmona", member_id="ASP-FICT-60218-03", claim_number="SP-26-44109",
             notice_date="2026-11-20", service_dates=["2026-10-28"], procedure_codes=["90868"], diagnosis_codes=["F33.2"],
             carc_codes=["CO-197"], denial_category="prior_authorization", plan_type="employer_erisa", urgent=False,
             deadline=("days", 180), deadline_basis="dentro de 180 días después de recibir esta explicación",
             appeals_address="Plan de Salud de Empleados de Conservas La Perla, a/c Administradora Sierra Plata, Atención: Apelaciones, Apartado Postal 7002, Villa Carmona, CA 92999"),
    printed=["20/11/2026", "28/10/2026"],
    note="Spanish family EOB (text PDF) from a TPA for a self-funded ERISA plan: three claims for two people; only "
         "the daughter's claim SP-26-44109 is denied (CO-197). The PATIENT is the dependent daughter, not the "
         "subscriber named at the top; her own paid claim SP-26-44112 (90837, 03/11/2026) is not in the key either. "
         "Day-first dates (28/10 can only be day-first); DOB 22/11/2004 two days after. Administrator Administradora "
         "Sierra Plata; plan Plan de Salud de Empleados de Conservas La Perla.",
))
