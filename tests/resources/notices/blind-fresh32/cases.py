"""The 18 notices of blind set 32: everything here is FICTIONAL (people, plans, providers, numbers, addresses).

Each case is a dict:
  n, slug, kind (jpeg, png, tiff, pdf_image, pdf_text, docx, eml, html, txt), device (image kinds), lang,
  font, blocks (the notice's content), key (the keyed facts, without the computed deadline and address),
  a (anchors for the self-check), note, and extra for e-mail and portal wrappers.
Blocks: ("h1", t) ("h2", t) ("p", t) ("small", t) ("lines", [t...]) ("kv", [(label, value)...])
        ("table", [header...], [[cell...]...]) ("sp",) ("rule",) ("cols", [blocks], [blocks]) and ("tag", name)
        which marks a place the image devices can find.
"""
from dates import D, us, long, mon, es, dmy

FICT_EN = "FICTIONAL SAMPLE - every name, number and address on this notice is invented."
FICT_ES = "MUESTRA FICTICIA - todos los nombres, números y direcciones de este aviso son inventados."


def c01():
    nd = D(2026, 11, 9)
    d1, d2 = D(2026, 10, 12), D(2026, 10, 19)
    blocks = [
        ("h1", "LARKSPUR MUTUAL HEALTH INSURANCE COMPANY"),
        ("small", "1200 Founders Way, Columbus, OH 43215  |  Member Services 1-555-0112 (TTY 711)"),
        ("small", FICT_EN),
        ("rule",),
        ("h2", "EXPLANATION OF BENEFITS - THIS IS NOT A BILL"),
        ("kv", [("Statement date:", us(nd)),
                ("Patient:", "DANIEL OKAFOR-REYES"),
                ("Member ID:", "LMH 4471 20963"),
                ("Group:", "GRP 0088412  TOLLIVER CABINETRY INC"),
                ("Claim number:", "2026-1030-884217"),
                ("Provider:", "HARBORLINE PAIN & INFUSION CENTER"),
                ("Diagnosis:", "G90.511")]),
        ("sp",),
        ("table", ["Service date", "Code", "What was done", "Billed", "Allowed", "Plan paid", "You owe", "Code*"],
         [[us(d1), "99214", "office visit, established patient", "210.00", "142.60", "114.08", "28.52", ""],
          [us(d1), "96365", "IV infusion, first hour", "480.00", "0.00", "0.00", "0.00", "CO-55"],
          [us(d1), "J3490", "drug without its own code (ketamine)", "190.00", "0.00", "0.00", "0.00", "CO-55"],
          [us(d2), "96365", "IV infusion, first hour", "480.00", "0.00", "0.00", "0.00", "CO-55"],
          [us(d2), "96366", "IV infusion, each added hour", "220.00", "0.00", "0.00", "0.00", "CO-55"],
          [us(d2), "J3490", "drug without its own code (ketamine)", "190.00", "0.00", "0.00", "0.00", "CO-55"],
          ["", "", "TOTALS", "1,770.00", "142.60", "114.08", "28.52", ""]]),
        ("sp",),
        ("p", "*CO-55: The plan considers this treatment experimental or investigational for the diagnosis "
              "billed. Intravenous ketamine for complex regional pain syndrome is not a covered service under "
              "Larkspur Medical Policy MP-4.117. The provider may not bill you for these lines."),
        ("p", "This group health plan is sponsored by your employer, Tolliver Cabinetry Inc., and insured by "
              "Larkspur Mutual. You have rights under section 502(a) of the Employee Retirement Income Security "
              "Act (ERISA)."),
        ("h2", "YOUR RIGHT TO APPEAL"),
        ("p", "Your appeal must be filed within 180 days from the date you receive this notice. If your situation "
              "is urgent, you may ask for an expedited appeal by calling 1-555-0112; we decide expedited "
              "appeals within 72 hours."),
        ("p", "Send a written appeal, with this statement and any records you want us to consider, to:"),
        ("lines", ["Larkspur Mutual Health Insurance Company", "Member Appeals", "PO Box 30714",
                   "Dayton, OH 45401-0714"]),
        ("small", "Claims mailing address (not for appeals): PO Box 30290, Dayton, OH 45401-0290."),
    ]
    return dict(
        n=1, slug="employer-insured-eob-six-lines-ketamine-crps-experimental-pincushion-photo",
        kind="jpeg", device="pincushion", lang="en", font="sans", blocks=blocks,
        key=dict(patient_name="DANIEL OKAFOR-REYES", member_id="LMH 4471 20963", claim_number="2026-1030-884217",
                 notice_date=nd, service_dates=[d1, d2], procedure_codes=["96365", "J3490", "96366"],
                 diagnosis_codes=["G90.511"], carc_codes=["CO-55"], denial_category="experimental_investigational",
                 plan_type="employer_erisa", urgent=False),
        a=dict(notice_label="Statement date:", notice_printed=us(nd), service_printed=[us(d1), us(d2)],
               cat_ev="experimental or investigational", plan_ev="sponsored by your employer",
               urgent_ev=None, window=("days", 180),
               basis="within 180 days from the date you receive this notice",
               addr=["Larkspur Mutual Health Insurance Company", "Member Appeals", "PO Box 30714",
                     "Dayton, OH 45401-0714"],
               traps=["99214", "GRP 0088412", "PO Box 30290", "72 hours", "1200 Founders Way"]),
        note="An insured employer PPO's EOB (ERISA) in capitals, one claim of six lines: the office visit paid, "
             "IV ketamine on 2 days (96365, J3490, 96366; G90.511) denied as experimental (CO-55). Phone photo "
             "taken close with a lens that bows the page outward (pincushion), on a washing machine's lid. "
             "Stated 180 days from receipt. Traps: the paid 99214 line, the group number, the claims box, "
             "the 72-hour expedited offer.",
    )


def c02():
    nd = D(2026, 11, 17)
    days = [D(2026, 10, d) for d in (5, 6, 7, 8, 9)]
    blocks = [
        ("h2", "Bellwether Benefit Administrators, LLC"),
        ("small", "88 Commerce Row, Overland Park, KS 66210 · 1-555-0117 · bellwether.example"),
        ("small", FICT_EN),
        ("sp",),
        ("p", "Mailed on: " + long(nd)),
        ("lines", ["Marisol Thibodeaux-Greer", "c/o Calvin Greer", "4107 Sandstone Court", "Olathe, KS 66062"]),
        ("sp",),
        ("p", "Re: Quarry Ridge Logistics Employee Health Plan. Patient: Marisol Thibodeaux-Greer (dependent "
              "spouse). Member ID: QRL0093144702. Subscriber: Calvin Greer, ID QRL0093144701. Group 7720."),
        ("p", "Dear Ms. Thibodeaux-Greer:"),
        ("p", "Bellwether Benefit Administrators is the claims administrator for the Quarry Ridge Logistics "
              "Employee Health Plan, a self-funded group health plan governed by ERISA. The Plan, not "
              "Bellwether, pays the benefits. We received a claim from Cedar Hollow Neuromodulation on October "
              "21, 2026 and have finished our review."),
        ("p", "The claim (claim number BBA-26-5517039) is for transcranial magnetic stimulation given on "
              "October 5, 6, 7, 8 and 9, 2026, billed with procedure codes 90867 and 90868 and diagnosis code "
              "F33.2. The Plan will not pay this claim. Adjustment reason code: CO-50."),
        ("p", "Why: a psychiatrist who reviews claims for the Plan compared the records with the Plan's clinical "
              "criteria for this treatment and found the services not medically necessary, because the records "
              "sent with the claim show one antidepressant trial of adequate dose and length, and the criteria "
              "ask for at least two. You may ask for a free copy of the criteria and of every document relevant "
              "to your claim."),
        ("p", "You may appeal this decision. How to appeal and the time you have to do so are explained in the "
              "Summary Plan Description, section 11 (Claims and Appeals). Write to:"),
        ("lines", ["Quarry Ridge Logistics Employee Health Plan", "c/o Bellwether Benefit Administrators",
                   "Attn: Appeals Review Unit", "4400 Meridian Parkway, Suite 210", "Lenexa, KS 66219"]),
        ("p", "Please do not send appeals to our Overland Park office. If you have questions, call 1-555-0117."),
        ("p", "Sincerely,"),
        ("p", "Claims Review, Bellwether Benefit Administrators, LLC"),
    ]
    return dict(
        n=2, slug="self-funded-tpa-letter-in-sentences-tms-medical-necessity-docx",
        kind="docx", device=None, lang="en", font="serif", blocks=blocks,
        key=dict(patient_name="Marisol Thibodeaux-Greer", member_id="QRL0093144702",
                 claim_number="BBA-26-5517039", notice_date=nd, service_dates=days,
                 procedure_codes=["90867", "90868"], diagnosis_codes=["F33.2"], carc_codes=["CO-50"],
                 denial_category="medical_necessity", plan_type="employer_erisa", urgent=False),
        a=dict(notice_label="Mailed on:", notice_printed=long(nd), service_list="October 5, 6, 7, 8 and 9, 2026",
               cat_ev="not medically necessary", plan_ev="self-funded group health plan governed by ERISA",
               urgent_ev=None, window=("rule", "employer_erisa"), basis=None,
               addr=["Quarry Ridge Logistics Employee Health Plan", "c/o Bellwether Benefit Administrators",
                     "Attn: Appeals Review Unit", "4400 Meridian Parkway, Suite 210", "Lenexa, KS 66219"],
               traps=["QRL0093144701", "Calvin Greer", "October 21, 2026", "88 Commerce Row",
                      "4107 Sandstone Court", "Group 7720"]),
        note="A third-party administrator's letter for a self-funded ERISA plan, the facts in sentences, to a "
             "dependent spouse. TMS on 5 days written as one list (90867, 90868; F33.2) not medically necessary "
             "(CO-50). No time limit printed (it points to the SPD): the ERISA rule, 180 days. Traps: the "
             "subscriber and his ID, the received date, the TPA's office, the home address, the group.",
    )


def c03():
    nd = D(2026, 11, 19)
    paid, d1, d2 = D(2026, 10, 20), D(2026, 10, 27), D(2026, 11, 3)
    blocks = [
        ("h1", "Empacadora Los Nogales, Inc."),
        ("h2", "Plan Médico Autofinanciado para Empleados"),
        ("small", "Oficina de Beneficios · 900 Calle Ébano, McAllen, TX 78501 · 1-555-0123"),
        ("small", FICT_ES),
        ("rule",),
        ("h2", "AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS"),
        ("kv", [("Fecha del aviso:", es(nd)),
                ("Miembro:", "Rosaura Ibáñez Quintero"),
                ("Fecha de nacimiento:", "19/11/1979"),
                ("Núm. de miembro:", "ENL-562-0398"),
                ("Núm. de reclamación:", "26-EN-0447125"),
                ("Proveedor:", "Clínica Serenidad, Lic. Tomás Arriaga")]),
        ("tag", "sel"),
        ("table", ["Fecha", "Código", "Servicio", "Diagnóstico", "Estado", "Código de ajuste"],
         [[dmy(paid), "90834", "psicoterapia, 45 min", "F43.12", "Pagado (visita 30 de 30)", ""],
          [dmy(d1), "90834", "psicoterapia, 45 min", "F43.12", "Denegado", "CO-119"],
          [dmy(d2), "90834", "psicoterapia, 45 min", "F43.12", "Denegado", "CO-119"]]),
        ("p", "Motivo: se alcanzó el máximo de beneficios. Su plan cubre hasta 30 visitas de psicoterapia por "
              "año del plan, y la visita del " + dmy(paid) + " fue la número 30. Las visitas del " + dmy(d1) +
              " y del " + dmy(d2) + " no se pagan (CO-119: máximo de beneficios alcanzado)."),
        ("p", "Este es un plan autofinanciado del empleador, sujeto a la ley federal ERISA. Puede pedir gratis "
              "una copia de las reglas del plan que se usaron."),
        ("h2", "Cómo apelar"),
        ("p", "Tiene 180 días a partir de la fecha en que reciba este aviso para presentar una apelación por "
              "escrito. Envíela a:"),
        ("lines", ["Plan Médico de Empacadora Los Nogales", "Atención: Comité de Apelaciones",
                   "2150 Industrial Ave., Edificio C", "McAllen, TX 78503"]),
        ("p", "Si tiene preguntas, llame al 1-555-0123 de lunes a viernes."),
    ]
    return dict(
        n=3, slug="es-self-funded-employer-psychotherapy-visit-cap-live-text-screenshot-png",
        kind="png", device="livetext", lang="es", font="sans", blocks=blocks,
        key=dict(patient_name="Rosaura Ibáñez Quintero", member_id="ENL-562-0398", claim_number="26-EN-0447125",
                 notice_date=nd, service_dates=[d1, d2], procedure_codes=["90834"], diagnosis_codes=["F43.12"],
                 carc_codes=["CO-119"], denial_category="benefit_limit", plan_type="employer_erisa",
                 urgent=False),
        a=dict(notice_label="Fecha del aviso:", notice_printed=es(nd), service_printed=[dmy(d1), dmy(d2)],
               cat_ev="máximo de beneficios", plan_ev="plan autofinanciado del empleador", urgent_ev=None,
               window=("days", 180), basis="Tiene 180 días a partir de la fecha en que reciba este aviso",
               addr=["Plan Médico de Empacadora Los Nogales", "Atención: Comité de Apelaciones",
                     "2150 Industrial Ave., Edificio C", "McAllen, TX 78503"],
               traps=["19/11/1979", dmy(paid), "900 Calle Ébano"]),
        note="A self-funded employer plan's notice in Spanish (ERISA): psychotherapy on 2 days (90834; F43.12) "
             "past the 30-visit yearly maximum (CO-119): benefit_limit. A phone screenshot of the photographed "
             "letter with the phone's Live Text selection (blue highlight, handles and a Copy menu) over the "
             "letterhead. Stated 180 días from receipt. Traps: the DOB 19/11/1979 (the notice's day and month), "
             "visit 30 paid on 20/10/2026, the benefits office address.",
    )


def c04():
    nd = D(2026, 11, 20)
    d1, d2 = D(2026, 10, 14), D(2026, 10, 28)
    dl = D(2027, 5, 19)
    blocks = [
        ("h2", "Summit Pines Health Plan of Colorado"),
        ("small", FICT_EN),
        ("p", "Secure message: a decision on your claim"),
        ("kv", [("Notice date:", long(nd)),
                ("Member:", "Priya Venkataraman-Cole"),
                ("Member ID:", "SPH-0418-7752-00"),
                ("Claim #:", "SPH-7734-1029-06"),
                ("Coverage:", "your employer's group HMO (Alder & Finch Architects), insured by Summit Pines Health Plan")]),
        ("p", "We have processed the claim from Front Range Headache Center for occipital nerve blocks given on "
              + us(d1) + " and " + us(d2) + " (CPT 64405, diagnosis M54.81). We are not able to pay it: no prior "
              "authorization was on file for these services, and your HMO plan requires one for nerve blocks "
              "(adjustment reason CO-197)."),
        ("p", "Your doctor can still send us the records; if the services meet our criteria we will review "
              "them, but that request is not an appeal."),
        ("p", "Your right to appeal: you or someone you name may appeal this decision in writing. Your appeal "
              "must reach us by " + long(dl) + ". If waiting could seriously harm your health, call "
              "1-555-0146 to ask for a fast appeal, decided within 72 hours."),
        ("p", "Mail or deliver your appeal to: Summit Pines Health Plan, Grievance and Appeals Department, "
              "7300 E. Hampden Ave., Mail Stop 4B, Denver, CO 80231."),
        ("p", "Questions? Member Services 1-555-0146, Monday to Friday, 8 a.m. to 6 p.m."),
    ]
    email = dict(
        style="gmail",
        outer_from=("Priya Venkataraman-Cole", "priya.vc@mailbox.example"),
        outer_to=("Jordan Beale", "jbeale@frontrangeadvocates.example"),
        outer_date="Thu, 03 Dec 2026 19:42:10 -0700",
        subject="Fwd: A decision on your claim SPH-7734-1029-06",
        note=["Hi Jordan,", "",
              "Here is the denial for the nerve blocks. Dr. Haldane's office told me they sent the "
              "authorization request in September. Can we talk Monday?", "", "Thanks,", "Priya"],
        fwd=[("From", "Summit Pines Health Plan <no-reply@summitpines.example>"),
             ("Date", "Mon, Nov 23, 2026 at 8:15 AM"),
             ("Subject", "A decision on your claim SPH-7734-1029-06"),
             ("To", "<priya.vc@mailbox.example>")],
    )
    return dict(
        n=4, slug="employer-insured-hmo-forwarded-to-advocate-nerve-block-no-auth-eml",
        kind="eml", device=None, lang="en", font="sans", blocks=blocks, extra=email,
        key=dict(patient_name="Priya Venkataraman-Cole", member_id="SPH-0418-7752-00",
                 claim_number="SPH-7734-1029-06", notice_date=nd, service_dates=[d1, d2],
                 procedure_codes=["64405"], diagnosis_codes=["M54.81"], carc_codes=["CO-197"],
                 denial_category="prior_authorization", plan_type="employer_erisa", urgent=False),
        a=dict(notice_label="Notice date:", notice_printed=long(nd), service_printed=[us(d1), us(d2)],
               cat_ev="no prior authorization was on file", plan_ev="employer's group HMO", urgent_ev=None,
               window=("date", dl), basis="Your appeal must reach us by " + long(dl),
               addr=["Summit Pines Health Plan", "Grievance and Appeals Department", "7300 E. Hampden Ave.",
                     "Mail Stop 4B", "Denver, CO 80231"],
               traps=["Jordan Beale", "Nov 23, 2026", "03 Dec 2026", "72 hours", "that request is not an appeal"]),
        note="The member forwards her insured employer HMO's secure message (ERISA) to a patient advocate, "
             "Gmail style, with her own note. Occipital nerve blocks on 2 days (64405; M54.81) without prior "
             "authorization (CO-197). Stated date May 19, 2027. Traps: the advocate, the Date header (3 Dec), "
             "the forwarded message's date (23 Nov), the 72-hour fast appeal, a records request that is not an "
             "appeal.",
    )


def c05():
    nd = D(2026, 11, 12)
    d1, d2 = D(2026, 10, 6), D(2026, 10, 20)
    paid = D(2026, 9, 29)
    blocks = [
        ("small", FICT_EN),
        ("h1", "Claim details"),
        ("kv", [("Claim number:", "CL-26-40021905"),
                ("Patient:", "Tomasz Wieczorek-Hale"),
                ("Member ID:", "CCH88201457-00"),
                ("Plan:", "Cobalt Coast Health Bronze EPO 7000, an individual plan bought through the Health "
                          "Insurance Marketplace"),
                ("Provider:", "Dr. Imogen Saltzberg, psychiatry (out of network)"),
                ("Notice issued:", long(nd)),
                ("Status:", "Denied")]),
        ("table", ["Date of service", "Code", "Service (our words)", "Diagnosis", "Billed", "Paid",
                   "Adjustment"],
         [[us(d1), "90792", "psychiatric evaluation by a physician", "F33.1", "$425.00", "$0.00", "CO-242"],
          [us(d2), "99214", "follow-up visit", "F33.1", "$240.00", "$0.00", "CO-242"],
          [us(d2), "90833", "psychotherapy added to the visit", "F33.1", "$130.00", "$0.00", "CO-242"]]),
        ("p", "Why this claim was denied: the provider is not in your plan's network (CO-242). Your EPO plan "
              "pays for out-of-network care only in an emergency or when we approved it in advance."),
        ("h2", "Appeal this decision"),
        ("p", "You have 180 days after you receive this notice to file an internal appeal. After that, you may "
              "ask for an independent external review."),
        ("p", "Mail your appeal to Cobalt Coast Health, Attn: Appeals and Grievances, PO Box 61480, "
              "Sacramento, CA 95860-1480, or upload it on the Appeals page."),
    ]
    portal = dict(
        brand="Cobalt Coast Health", app="MyCobalt",
        nav=["Home", "Claims", "Benefits", "Find care", "ID card", "Messages"],
        signed="Signed in as tomasz.wh", stamp="Printed 12/04/2026 9:12 PM",
        url="https://my.cobaltcoast.example/claims/CL-26-40021905",
        other_title="Your recent claims",
        other=[["CL-26-40017732", us(paid), "Harbor Family Medicine", "99213", "Paid", "$96.40"],
               ["CL-26-40021905", us(d1), "Dr. Imogen Saltzberg", "90792 +2", "Denied", "$0.00"],
               ["CL-26-40023311", us(D(2026, 11, 2)), "Bayside Labs", "80053", "In process", "-"]],
        other_head=["Claim", "First date", "Provider", "Codes", "Status", "Plan paid"],
    )
    return dict(
        n=5, slug="marketplace-portal-page-three-claims-psychiatrist-out-of-network-html",
        kind="html", device=None, lang="en", font="sans", blocks=blocks, extra=portal,
        key=dict(patient_name="Tomasz Wieczorek-Hale", member_id="CCH88201457-00", claim_number="CL-26-40021905",
                 notice_date=nd, service_dates=[d1, d2], procedure_codes=["90792", "99214", "90833"],
                 diagnosis_codes=["F33.1"], carc_codes=["CO-242"], denial_category="out_of_network",
                 plan_type="individual_aca", urgent=False),
        a=dict(notice_label="Notice issued:", notice_printed=long(nd), service_printed=[us(d1), us(d2)],
               cat_ev="not in your plan's network", plan_ev="Health Insurance Marketplace", urgent_ev=None,
               window=("days", 180), basis="You have 180 days after you receive this notice",
               addr=["Cobalt Coast Health", "Attn: Appeals and Grievances", "PO Box 61480",
                     "Sacramento, CA 95860-1480"],
               traps=["CL-26-40017732", "CL-26-40023311", "99213", "12/04/2026"]),
        note="A Marketplace EPO member-portal page: the denied claim's details and a list of three claims (one "
             "paid, one in process). A psychiatrist's evaluation and a visit with psychotherapy on 2 days (90792, "
             "99214, 90833; F33.1) out of network (CO-242). Stated 180 days after receipt. Traps: the other two "
             "claims and their codes, the print stamp 12/04/2026.",
    )


def c06():
    nd = D(2026, 11, 16)
    a1, d1, d2 = D(2026, 10, 20), D(2026, 10, 27), D(2026, 11, 3)
    blocks = [
        ("h1", "SALUD HORIZONTE DEL SOL"),
        ("small", "Servicios al Miembro 1-555-0161 · TTY 711"),
        ("small", FICT_ES),
        ("h2", "EXPLICACIÓN DE BENEFICIOS (EOB) - ESTO NO ES UNA FACTURA"),
        ("kv", [("Fecha de emisión:", es(nd)),
                ("Paciente:", "ESPERANZA VILLALOBOS DURÁN"),
                ("Núm. de identificación:", "HDS 552 081 336"),
                ("Núm. de reclamación:", "2610-HS-0093376"),
                ("Plan:", "Plata 2500, plan individual del Mercado de Seguros Médicos"),
                ("Proveedor:", "Hospital San Rafael del Valle, servicio de TEC")]),
        ("small", "Las fechas se muestran como DD/MM/AAAA."),
        ("table", ["Fecha", "Código", "Servicio", "Diag.", "Cobrado", "Pagado", "Ajuste"],
         [[dmy(a1), "90870", "terapia electroconvulsiva", "F33.2", "890,00", "612,40", ""],
          [dmy(a1), "00104", "anestesia para la TEC", "F33.2", "410,00", "287,00", ""],
          [dmy(d1), "90870", "terapia electroconvulsiva", "F33.2", "890,00", "612,40", ""],
          [dmy(d1), "00104", "anestesia para la TEC", "F33.2", "410,00", "0,00", "CO-4"],
          [dmy(d2), "90870", "terapia electroconvulsiva", "F33.2", "890,00", "612,40", ""],
          [dmy(d2), "00104", "anestesia para la TEC", "F33.2", "410,00", "0,00", "CO-4"]]),
        ("p", "CO-4: el código de servicio no trae el modificador que se requiere. La anestesia se facturó sin "
              "el modificador de anestesia, por lo que no se pudo pagar. Su proveedor puede enviar un reclamo "
              "corregido; un reclamo corregido no es una apelación."),
        ("h2", "SUS DERECHOS DE APELACIÓN"),
        ("p", "Usted tiene 180 días a partir de la fecha en que reciba esta Explicación de Beneficios para "
              "apelar. Envíe su apelación por escrito a:"),
        ("lines", ["Salud Horizonte del Sol", "Atención: Departamento de Apelaciones", "Apartado Postal 42718",
                   "Phoenix, AZ 85080-2718"]),
        ("p", "Después de la apelación interna, puede pedir una revisión externa independiente."),
    ]
    return dict(
        n=6, slug="es-marketplace-eob-six-lines-ect-anesthesia-modifier-onion-skin-photo",
        kind="jpeg", device="onionskin", lang="es", font="sans", blocks=blocks,
        key=dict(patient_name="ESPERANZA VILLALOBOS DURÁN", member_id="HDS 552 081 336",
                 claim_number="2610-HS-0093376", notice_date=nd, service_dates=[d1, d2],
                 procedure_codes=["00104"], diagnosis_codes=["F33.2"], carc_codes=["CO-4"],
                 denial_category="coding_billing", plan_type="individual_aca", urgent=False),
        a=dict(notice_label="Fecha de emisión:", notice_printed=es(nd), service_printed=[dmy(d1), dmy(d2)],
               cat_ev="no trae el modificador", plan_ev="Mercado de Seguros Médicos", urgent_ev=None,
               window=("days", 180),
               basis="Usted tiene 180 días a partir de la fecha en que reciba esta Explicación de Beneficios",
               addr=["Salud Horizonte del Sol", "Atención: Departamento de Apelaciones", "Apartado Postal 42718",
                     "Phoenix, AZ 85080-2718"],
               traps=["90870", dmy(a1), "un reclamo corregido no es una apelación"]),
        note="A Marketplace EOB in Spanish with the patient in capitals, one claim of six lines: ECT paid on 3 "
             "days, its anesthesia (00104; F33.2) paid on the first and denied on 2 days for a missing modifier "
             "(CO-4): coding_billing. Photographed on thin onion-skin copy paper with a dark wood desk showing "
             "through. Stated 180 días from receipt. Traps: the paid 90870 lines and 20/10/2026, a corrected "
             "claim that is not an appeal.",
    )


def c07():
    nd = D(2026, 11, 24)
    left = [
        ("h2", "About this decision"),
        ("kv", [("Determination date:", long(nd)),
                ("Member:", "Aaliyah Brandt-Osei"),
                ("Member ID:", "GSL-SHIP-3385026"),
                ("Student ID:", "K00582213"),
                ("Request #:", "PA2611-0488-S"),
                ("Requested by:", "Dr. Lionel Achterberg, MD"),
                ("Service:", "esketamine nasal spray, J0013, with observation 99415"),
                ("Diagnosis:", "F33.2")]),
        ("p", "We denied this request for prior approval. Under the plan's step therapy rules, esketamine is "
              "approved after trials of two oral antidepressants from different classes and one augmentation "
              "trial. The records we received show the two antidepressant trials but no augmentation trial, so "
              "step therapy has not been met."),
        ("p", "This decision was made on our standard timeline."),
    ]
    right = [
        ("h2", "Your right to appeal"),
        ("p", "You or your provider may appeal within 180 days of receiving this notice. Include any records "
              "that show trials of other medicines, or why they would not be safe for you."),
        ("p", "If waiting 15 days could seriously harm your health, ask for an expedited appeal; we decide "
              "expedited appeals within 72 hours."),
        ("p", "Send appeals to:"),
        ("lines", ["Granite Shield Life and Health", "Student Health Plan Appeals", "PO Box 7719",
                   "Hartford, CT 06102-7719"]),
        ("p", "Questions: 1-555-0174, or the Student Health Center's insurance office."),
    ]
    blocks = [
        ("h1", "Kestrel State University Student Health Insurance Plan"),
        ("small", "Underwritten by Granite Shield Life and Health · 1-555-0174 · ksuship.example"),
        ("small", FICT_EN),
        ("rule",),
        ("h2", "Notice of denial of a request for prior approval"),
        ("cols", left, right),
        ("small", "The Student Health Insurance Plan is individual health insurance coverage offered to students "
                  "of Kestrel State University and their dependents."),
    ]
    return dict(
        n=7, slug="student-plan-two-column-spravato-step-therapy-request-text-pdf",
        kind="pdf_text", device=None, lang="en", font="sans", blocks=blocks,
        key=dict(patient_name="Aaliyah Brandt-Osei", member_id="GSL-SHIP-3385026", claim_number="PA2611-0488-S",
                 notice_date=nd, procedure_codes=["J0013", "99415"], diagnosis_codes=["F33.2"],
                 denial_category="step_therapy", plan_type="individual_aca", urgent=False),
        a=dict(notice_label="Determination date:", notice_printed=long(nd), service_printed=[],
               cat_ev="step therapy has not been met", plan_ev="Student Health Insurance Plan", urgent_ev=None,
               window=("days", 180), basis="within 180 days of receiving this notice",
               addr=["Granite Shield Life and Health", "Student Health Plan Appeals", "PO Box 7719",
                     "Hartford, CT 06102-7719"],
               traps=["K00582213", "72 hours", "15 days"]),
        note="A student health insurance plan's denial of prior approval, text PDF in two columns (the decision "
             "left, the appeal rights right). Esketamine with observation (J0013, 99415; F33.2) before care: "
             "step_therapy. Stated 180 days after receipt. Traps: the student ID, the expedited offer (15 days, "
             "72 hours).",
    )


def c08():
    nd = D(2026, 11, 6)
    d1, d2 = D(2026, 10, 8), D(2026, 10, 22)
    blocks = [
        ("small", FICT_EN),
        ("h1", "Explanation of benefits"),
        ("kv", [("Statement date:", us(nd)),
                ("Member:", "Mateo Lindqvist"),
                ("Member ID:", "RCSHP-70315-A"),
                ("Plan:", "Ridgeway College Student Health Plan"),
                ("Claim:", "0092-6611-4057"),
                ("Provider:", "Westbank Counseling Group")]),
        ("table", ["Service date", "Code", "Diagnosis", "Billed", "Plan paid", "Reason"],
         [[us(d1), "90837", "F41.1", "$180.00", "$0.00", "CO-22"],
          [us(d2), "90837", "F41.1", "$180.00", "$0.00", "CO-22"]]),
        ("p", "CO-22: Our records show other coverage is primary: you are also covered under a parent's "
              "employer plan, which must pay first (coordination of benefits). Send us that plan's explanation "
              "of benefits, or tell us the other coverage has ended."),
        ("p", "You may appeal within 180 days of receiving this explanation of benefits. Mail appeals to "
              "Orchard Lane Insurance Services, Attn: SHIP Appeals, 220 Lakeshore Drive, Suite 600, "
              "Madison, WI 53703."),
    ]
    portal = dict(
        url="https://portal.orchardlane.example/ship/claims/0092-6611-4057",
        tab="Claim 0092-6611-4057 - Orchard Lane",
        brand="Orchard Lane Insurance Services | Student Health Plans",
        side=["Claims", "  0092-6611-4057  Denied", "  0092-6598-2210  Paid", "Coverage", "Documents"],
        clock="9:47 PM  12/4/2026",
    )
    return dict(
        n=8, slug="student-plan-portal-on-monitor-other-coverage-primary-moire-photo",
        kind="jpeg", device="moire", lang="en", font="sans", blocks=blocks, extra=portal,
        key=dict(patient_name="Mateo Lindqvist", member_id="RCSHP-70315-A", claim_number="0092-6611-4057",
                 notice_date=nd, service_dates=[d1, d2], procedure_codes=["90837"], diagnosis_codes=["F41.1"],
                 carc_codes=["CO-22"], denial_category="coordination_of_benefits", plan_type="individual_aca",
                 urgent=False),
        a=dict(notice_label="Statement date:", notice_printed=us(nd), service_printed=[us(d1), us(d2)],
               cat_ev="other coverage is primary", plan_ev="Student Health Plan", urgent_ev=None,
               window=("days", 180), basis="within 180 days of receiving this explanation of benefits",
               addr=["Orchard Lane Insurance Services", "Attn: SHIP Appeals", "220 Lakeshore Drive",
                     "Suite 600", "Madison, WI 53703"],
               traps=["0092-6598-2210", "12/4/2026"]),
        note="A student health plan's EOB on its portal, photographed off a desktop monitor: moire bands, the "
             "screen's pixel grid, a little keystone, the bezel and a dark room. Psychotherapy on 2 days (90837; "
             "F41.1) refused because a parent's employer plan is primary (CO-22): coordination_of_benefits. "
             "Stated 180 days after receipt. Traps: a second (paid) claim in the side list, the taskbar clock "
             "12/4/2026.",
    )


def c09():
    nd = D(2026, 11, 2)
    days = [D(2026, 10, d) for d in (26, 27, 28, 29, 30)]
    blocks = [
        ("h1", "Covenant Benefits Trust"),
        ("small", "Member Services · 3 Fellowship Square, Holland, MI 49423 · 1-555-0190"),
        ("small", FICT_EN),
        ("sp",),
        ("kv", [("Date:", us(nd))]),
        ("lines", ["Mr. Elias Vandermeer", "611 Orchard View Lane", "Zeeland, MI 49464"]),
        ("sp",),
        ("kv", [("Member:", "Elias Vandermeer"), ("Member No.:", "CBT-002217-03"),
                ("Claim No.:", "CBT26-118804"), ("Provider:", "Lakeshore Behavioral Hospital")]),
        ("p", "Dear Mr. Vandermeer,"),
        ("p", "We reviewed the claim for your partial hospitalization program from October 26, 2026 through "
              "October 30, 2026. The program billed one day at a time:"),
        ("table", ["Day", "Code", "Diagnosis", "Decision"],
         [[us(d), "H0035", "F33.2", "Denied - CO-50"] for d in days]),
        ("p", "Our reviewing psychiatrist found that this care was not medically necessary at the partial "
              "hospitalization level: the records show you were stable enough that the same treatment could "
              "have been safely given at a lower level of care, such as an intensive outpatient program."),
        ("p", "The Covenant Benefits Trust is a church plan under section 414(e) of the Internal Revenue Code "
              "and has not elected to be covered by ERISA."),
        ("p", "If you disagree, you may ask for an appeal. Your appeal rights, including the time you have to "
              "appeal, are described in Article 9 of the Plan's Summary of Benefits. Address your appeal to the "
              "Covenant Benefits Trust, Attention: Appeals Committee, 515 Chapel Hill Road, Grand Rapids, "
              "MI 49503."),
        ("p", "In Christ's service,"),
        ("p", "Benefits Review Team"),
    ]
    return dict(
        n=9, slug="church-plan-letter-php-five-days-lower-level-lace-curtain-photo",
        kind="jpeg", device="lace", lang="en", font="serif", blocks=blocks,
        key=dict(patient_name="Elias Vandermeer", member_id="CBT-002217-03", claim_number="CBT26-118804",
                 notice_date=nd, service_dates=days, procedure_codes=["H0035"], diagnosis_codes=["F33.2"],
                 carc_codes=["CO-50"], denial_category="medical_necessity", plan_type="church", urgent=False),
        a=dict(notice_label="Date:", notice_printed=us(nd), service_printed=[us(d) for d in days],
               cat_ev="not medically necessary", plan_ev="church plan", urgent_ev=None,
               window=("rule", "church"), basis=None,
               addr=["Covenant Benefits Trust", "Attention: Appeals Committee", "515 Chapel Hill Road",
                     "Grand Rapids, MI 49503"],
               traps=["3 Fellowship Square", "611 Orchard View Lane", "Article 9"]),
        note="A church plan's letter (not ERISA), a table of 5 PHP days inside the letter (H0035; F33.2), not "
             "medically necessary at that level, a lower level would do (CO-50): medical_necessity. Photographed "
             "by a window with a lace curtain's dappled shadow over the page. No time limit printed (it points "
             "to the Summary of Benefits): church rule, 180 days. Traps: the letterhead office, the home address.",
    )


def c10():
    nd = D(2026, 11, 13)
    p1, d1, d2, d3 = D(2026, 9, 24), D(2026, 10, 1), D(2026, 10, 15), D(2026, 10, 29)
    blocks = [
        ("h1", "WYOMING STATE EMPLOYEES' GROUP HEALTH PLAN"),
        ("small", "Claims administered by Plainsview Claims Services  ·  1-555-0105"),
        ("small", FICT_EN),
        ("rule",),
        ("h2", "EXPLANATION OF BENEFITS"),
        ("kv", [("EOB Date:", us(nd)),
                ("Patient:", "LORETTA J. BIGHORSE"),
                ("Member ID:", "WSE 004 719 228"),
                ("Group:", "00WY1 STATE EMPLOYEES - ACTIVE"),
                ("Claim:", "PCS-2026-318-00457"),
                ("Provider:", "HIGH PLAINS PAIN PSYCHOLOGY")]),
        ("table", ["Line", "Date", "Code", "Dx", "Charge", "Paid", "Adj"],
         [["1", us(p1), "90834", "F45.42", "165.00", "118.80", ""],
          ["2", us(d1), "90880", "F45.42", "150.00", "0.00", "CO-204"],
          ["3", us(d2), "90880", "F45.42", "150.00", "0.00", "CO-204"],
          ["4", us(d3), "90880", "F45.42", "150.00", "0.00", "CO-204"]]),
        ("p", "CO-204: This service is not covered under the patient's current benefit plan. Hypnotherapy is "
              "excluded by section 7.4(q) of the Plan Document."),
        ("p", "This plan is a governmental plan for state employees and is not subject to ERISA."),
        ("h2", "APPEALS"),
        ("p", "You must file a first-level appeal within 180 days after you receive this statement. Send it to:"),
        ("lines", ["Wyoming State Employees' Group Health Plan", "c/o Plainsview Claims Services",
                   "First Level Appeals", "PO Box 2209", "Cheyenne, WY 82003-2209"]),
    ]
    return dict(
        n=10, slug="state-employees-eob-four-lines-hypnotherapy-excluded-row-jitter-scan-png",
        kind="png", device="jitter", lang="en", font="mono", blocks=blocks,
        key=dict(patient_name="LORETTA J. BIGHORSE", member_id="WSE 004 719 228", claim_number="PCS-2026-318-00457",
                 notice_date=nd, service_dates=[d1, d2, d3], procedure_codes=["90880"],
                 diagnosis_codes=["F45.42"], carc_codes=["CO-204"], denial_category="not_covered",
                 plan_type="governmental", urgent=False),
        a=dict(notice_label="EOB Date:", notice_printed=us(nd), service_printed=[us(d1), us(d2), us(d3)],
               cat_ev="not covered under the patient's current benefit plan", plan_ev="governmental plan for state employees",
               urgent_ev=None, window=("days", 180),
               basis="within 180 days after you receive this statement",
               addr=["Wyoming State Employees' Group Health Plan", "c/o Plainsview Claims Services",
                     "First Level Appeals", "PO Box 2209", "Cheyenne, WY 82003-2209"],
               traps=["90834", us(p1), "00WY1"]),
        note="A state employees' plan's EOB (governmental) in capitals and a fixed-pitch font, one claim of 4 "
             "lines: psychotherapy paid, hypnotherapy on 3 days (90880; F45.42) excluded (CO-204): not_covered. "
             "Scanned by a sheet-fed scanner with a line-timing fault: bursts of rows shifted sideways. Stated "
             "180 days from receipt. Traps: the paid 90834 line and its date, the group.",
    )


def c11():
    nd = D(2026, 11, 12)
    d1, d2 = D(2026, 3, 4), D(2026, 3, 18)
    dl = D(2027, 5, 11)
    blocks = [
        ("h1", "Plan de Salud para Empleados Públicos"),
        ("h2", "Estado de Nuevo México · Programa de beneficios para empleados del gobierno estatal"),
        ("small", "Línea de miembros 1-555-0129"),
        ("small", FICT_ES),
        ("rule",),
        ("kv", [("Fecha de envío:", es(nd)),
                ("Afiliado:", "Joaquín Arellano Baca"),
                ("Núm. de afiliado:", "NMPE-3302-7719"),
                ("Reclamación núm.:", "5530 2611 8824"),
                ("Recibida el:", "22/10/2026"),
                ("Proveedor:", "Centro de Infusiones Sangre de Cristo")]),
        ("table", ["Fecha del servicio", "Código", "Diagnóstico", "Ajuste"],
         [[dmy(d1), "96365", "G89.4", "CO-29"], [dmy(d1), "J3490", "G89.4", "CO-29"],
          [dmy(d2), "96365", "G89.4", "CO-29"], [dmy(d2), "J3490", "G89.4", "CO-29"]]),
        ("p", "Negamos esta reclamación porque venció el plazo para presentarla (CO-29). El plan exige que las "
              "reclamaciones se presenten dentro de 180 días después de la fecha del servicio; las infusiones "
              "del 4 de marzo de 2026 y del 18 de marzo de 2026 se recibieron el 22/10/2026."),
        ("p", "Si usted o su proveedor tienen prueba de que la reclamación se envió a tiempo, inclúyala con su "
              "apelación. Debe presentar su apelación a más tardar el " + es(dl) + "."),
        ("p", "Envíe la apelación a: Plan de Salud para Empleados Públicos, Atención: Unidad de Apelaciones, "
              "1120 Paseo de Peralta, Piso 3, Santa Fe, NM 87501."),
        ("small", "Este plan es un plan gubernamental para empleados públicos del estado; no está sujeto a ERISA."),
    ]
    return dict(
        n=11, slug="es-state-government-plan-ketamine-pain-late-filing-posterized-app-scan-pdf",
        kind="pdf_image", device="posterize", lang="es", font="sans", blocks=blocks,
        key=dict(patient_name="Joaquín Arellano Baca", member_id="NMPE-3302-7719", claim_number="5530 2611 8824",
                 notice_date=nd, service_dates=[d1, d2], procedure_codes=["96365", "J3490"],
                 diagnosis_codes=["G89.4"], carc_codes=["CO-29"], denial_category="timely_filing",
                 plan_type="governmental", urgent=False),
        a=dict(notice_label="Fecha de envío:", notice_printed=es(nd), service_printed=[dmy(d1), dmy(d2)],
               cat_ev="venció el plazo para presentarla", plan_ev="plan gubernamental para empleados públicos",
               urgent_ev=None, window=("date", dl), basis="a más tardar el " + es(dl),
               addr=["Plan de Salud para Empleados Públicos", "Atención: Unidad de Apelaciones",
                     "1120 Paseo de Peralta", "Piso 3", "Santa Fe, NM 87501"],
               traps=["22/10/2026", "180 días después de la fecha del servicio"]),
        note="A state government employees' plan in Spanish (governmental): IV ketamine for chronic pain on 2 "
             "days in March 2026 (96365, J3490; G89.4) filed late (CO-29): timely_filing. A phone scanner app's "
             "document filter posterized the page's shading into contour bands; saved as an image-only PDF. "
             "Stated date 11 de mayo de 2027. Traps: the received date 22/10/2026, the plan's 180-day filing "
             "limit (not the appeal limit).",
    )


def c12():
    nd = D(2026, 11, 18)
    blocks = [
        ("lines", ["NOV-20-2026 14:02   FROM: MED ASSIST PRIOR AUTH UNIT   TO: 1-555-0141   P.001/001"]),
        ("h2", "CONNECTICUT MEDICAL ASSISTANCE PROGRAM (MEDICAID)"),
        ("small", "Prior Authorization Unit  ·  Fee-for-service Medicaid  ·  1-555-0138"),
        ("small", FICT_EN),
        ("h2", "NOTICE OF ACTION: PRIOR AUTHORIZATION DENIED"),
        ("kv", [("Date mailed:", long(nd)),
                ("Recipient:", "KEVIN T. MARCHBANKS"),
                ("Medicaid ID:", "0047729183"),
                ("Date of birth:", "06/02/1990"),
                ("PA number:", "2026-PA-0611482"),
                ("Provider:", "NUTMEG TMS ASSOCIATES, FAX 1-555-0141")]),
        ("p", "Service requested: transcranial magnetic stimulation, 90867 x 1 and 90868 x 30, for diagnosis "
              "F33.2."),
        ("p", "ACTION: DENIED. The request does not meet medical necessity criteria for this service. The "
              "program's criteria ask for four antidepressant trials from at least two classes; the records "
              "show three."),
        ("h2", "YOUR RIGHT TO A FAIR HEARING"),
        ("p", "You have 30 days from the date this notice was mailed to ask for a fair hearing. Send a signed "
              "request to:"),
        ("lines", ["Office of Administrative Hearings", "Medical Assistance Unit", "PO Box 1420",
                   "Hartford, CT 06144-1420"]),
        ("p", "If you disagree with the hearing decision, you may ask the court to review it within 45 days."),
    ]
    return dict(
        n=12, slug="medicaid-fee-for-service-tms-request-fair-hearing-30-days-squashed-fax-tiff",
        kind="tiff", device="squashfax", lang="en", font="mono", blocks=blocks,
        key=dict(patient_name="KEVIN T. MARCHBANKS", member_id="0047729183", claim_number="2026-PA-0611482",
                 notice_date=nd, procedure_codes=["90867", "90868"], diagnosis_codes=["F33.2"],
                 denial_category="medical_necessity", plan_type="medicaid", urgent=False),
        a=dict(notice_label="Date mailed:", notice_printed=long(nd), service_printed=[],
               cat_ev="does not meet medical necessity criteria", plan_ev="Fee-for-service Medicaid", urgent_ev=None,
               window=("days", 30), basis="You have 30 days from the date this notice was mailed",
               addr=["Office of Administrative Hearings", "Medical Assistance Unit", "PO Box 1420",
                     "Hartford, CT 06144-1420"],
               traps=["NOV-20-2026", "06/02/1990", "45 days"]),
        note="A fee-for-service Medicaid prior authorization denial in capitals (no plan, so the first step is "
             "the state fair hearing): TMS before care (90867, 90868; F33.2), medical_necessity. A standard-"
             "resolution fax, 1-bit, 204 x 98 dpi: the rows are half as dense as the columns, so the page is "
             "squashed unless the resolution tag is honoured. Stated 30 days from mailing. Traps: the fax "
             "header's date (20 Nov), the DOB, the court's 45 days.",
    )


def c13():
    nd = D(2026, 11, 23)
    blocks = [
        ("h1", "Agencia de Medicaid de Alabama"),
        ("small", "Unidad de Autorización Previa · Medicaid de pago por servicio · 1-555-0152"),
        ("small", FICT_ES),
        ("rule",),
        ("h2", "AVISO DE DENEGACIÓN DE UNA SOLICITUD DE AUTORIZACIÓN PREVIA"),
        ("kv", [("Fecha del aviso:", dmy(nd)),
                ("Beneficiaria:", "Yesenia Coronado Pérez"),
                ("Número de Medicaid:", "5120 8844 7301"),
                ("Núm. de solicitud:", "AL-PA-26-773105"),
                ("Proveedor:", "Dra. Celeste Maldonado, psiquiatra")]),
        ("p", "Su médica pidió seis infusiones intravenosas de ketamina (códigos 96365 y J3490) para el "
              "diagnóstico F33.2. Denegamos la solicitud porque las infusiones de ketamina para la depresión no "
              "son un servicio cubierto por el programa de Medicaid de Alabama."),
        ("tag", "overlay"),
        ("h2", "Su derecho a una audiencia imparcial"),
        ("p", "Usted tiene 60 días a partir de la fecha de este aviso para pedir una audiencia imparcial. "
              "Medicaid de pago por servicio no tiene una apelación previa con un plan: la audiencia es el "
              "primer paso. Envíe su pedido firmado a:"),
        ("lines", ["Agencia de Medicaid", "Oficina de Audiencias Imparciales", "Apartado Postal 5624",
                   "Montgomery, AL 36103-5624"]),
        ("p", "Si no está de acuerdo con la decisión de la audiencia, puede apelar al tribunal de circuito "
              "dentro de 30 días."),
    ]
    return dict(
        n=13, slug="es-medicaid-fee-for-service-ketamine-request-not-covered-reading-overlay-photo",
        kind="jpeg", device="overlay", lang="es", font="sans", blocks=blocks,
        key=dict(patient_name="Yesenia Coronado Pérez", member_id="5120 8844 7301", claim_number="AL-PA-26-773105",
                 notice_date=nd, procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"],
                 denial_category="not_covered", plan_type="medicaid", urgent=False),
        a=dict(notice_label="Fecha del aviso:", notice_printed=dmy(nd), service_printed=[],
               cat_ev="no son un servicio cubierto", plan_ev="Medicaid de pago por servicio", urgent_ev=None,
               window=("days", 60), basis="Usted tiene 60 días a partir de la fecha de este aviso",
               addr=["Agencia de Medicaid", "Oficina de Audiencias Imparciales", "Apartado Postal 5624",
                     "Montgomery, AL 36103-5624"],
               traps=["30 días"]),
        note="A fee-for-service Medicaid notice in Spanish denying IV ketamine before care (96365, J3490; F33.2) "
             "as not a covered service: not_covered. Photographed with a yellow plastic reading overlay (the "
             "kind people with reading difficulties use) lying across the hearing section. Stated 60 días from "
             "the notice for the fair hearing. Trap: the court's 30 días.",
    )


def c14():
    nd = D(2026, 12, 1)
    blocks = [
        ("h1", "Bluegill Community Health Plan"),
        ("small", "A Medicaid managed care health plan · Member Services 1-555-0183 (TTY 711)"),
        ("small", FICT_EN),
        ("rule",),
        ("h2", "NOTICE OF ADVERSE BENEFIT DETERMINATION"),
        ("kv", [("Date of notice:", us(nd)),
                ("Member name:", "DESHAWN M. CARRUTHERS"),
                ("Member ID:", "BCH-66120-4481"),
                ("Medicaid ID:", "8800412377"),
                ("Date of birth:", "04/17/1983"),
                ("Authorization #:", "UM-261130-0172"),
                ("Ordering provider:", "DR. NAOMI FELDSPAR, MD")]),
        ("p", "Your provider asked us to approve four maintenance electroconvulsive therapy treatments with "
              "anesthesia (90870, 00104) for diagnosis F33.2. We approved two treatments and denied two. The "
              "records do not show that treatments more often than every four weeks are medically necessary "
              "for you now."),
        ("p", "We made this decision on an expedited (fast) basis because your doctor told us that waiting "
              "could seriously harm your health."),
        ("h2", "YOUR RIGHT TO APPEAL"),
        ("p", "You have 60 calendar days from the date on this notice to ask for an appeal. To keep getting the "
              "denied treatments during the appeal, you must ask within 10 days. After our appeal decision you "
              "may ask for a State Fair Hearing within 120 days."),
        ("p", "Send your appeal to: Bluegill Community Health Plan, Appeals Coordinator, 2600 Riverfront "
              "Drive, Suite 300, Lansing, MI 48912."),
    ]
    return dict(
        n=14, slug="medicaid-managed-care-noabd-maintenance-ect-reduced-expedited-sheared-app-scan-pdf",
        kind="pdf_image", device="shear", lang="en", font="sans", blocks=blocks,
        key=dict(patient_name="DESHAWN M. CARRUTHERS", member_id="BCH-66120-4481", claim_number="UM-261130-0172",
                 notice_date=nd, procedure_codes=["90870", "00104"], diagnosis_codes=["F33.2"],
                 denial_category="medical_necessity", plan_type="medicaid", urgent=True),
        a=dict(notice_label="Date of notice:", notice_printed=us(nd), service_printed=[],
               cat_ev="medically necessary", plan_ev="Medicaid managed care",
               urgent_ev="on an expedited (fast) basis", window=("days", 60),
               basis="You have 60 calendar days from the date on this notice",
               addr=["Bluegill Community Health Plan", "Appeals Coordinator", "2600 Riverfront Drive",
                     "Suite 300", "Lansing, MI 48912"],
               traps=["8800412377", "04/17/1983", "10 days", "120 days"]),
        note="A Medicaid managed-care notice of adverse benefit determination in capitals, decided expedited: "
             "maintenance ECT with anesthesia (90870, 00104; F33.2) reduced from 4 to 2: medical_necessity, "
             "urgent. A scanner app's perspective correction with one corner set wrong, so the lines fan out "
             "and a wedge of table shows; image-only PDF. Stated 60 days. Traps: the state Medicaid ID, the DOB, "
             "10 days to keep benefits, the fair hearing's 120 days.",
    )


def c15():
    nd = D(2026, 11, 10)
    d1, d2 = D(2026, 10, 5), D(2026, 10, 19)
    blocks = [
        ("h2", "Lakefront Familia Health Plan"),
        ("small", "Plan de atención administrada de Medicaid · Servicios al Miembro 1-555-0157"),
        ("small", FICT_ES),
        ("h2", "Aviso de determinación adversa de beneficios"),
        ("kv", [("Fecha de emisión:", es(nd)),
                ("Miembro:", "Guadalupe Ortiz Saldaña"),
                ("Número de identificación del miembro:", "LFH-40877123"),
                ("Núm. de reclamo:", "26-3318-002947"),
                ("Proveedor:", "Mtra. Daniela Ruvalcaba, terapeuta (fuera de la red)")]),
        ("table", ["Fecha", "Código", "Diagnóstico", "Ajuste"],
         [[dmy(d1), "90834", "F43.10", "CO-242"], [dmy(d2), "90834", "F43.10", "CO-242"]]),
        ("p", "No pagaremos las sesiones de psicoterapia del " + es(d1) + " y del " + es(d2) + ": la terapeuta "
              "no pertenece a la red del plan y no había una autorización para atenderse fuera de la red "
              "(CO-242)."),
        ("p", "Tiene 60 días calendario a partir de la fecha de esta notificación para pedir una apelación. Si "
              "después de la apelación no está de acuerdo, puede pedir una audiencia imparcial estatal dentro "
              "de 120 días. Para la continuación de beneficios, debe apelar dentro de 10 días."),
        ("p", "Envíe su apelación a: Lakefront Familia Health Plan, Atención: Departamento de Quejas y "
              "Apelaciones, 180 N. Wacker Dr., Piso 12, Chicago, IL 60606."),
    ]
    email = dict(
        style="apple_es",
        outer_from=("Rubén Ortiz", "ruben.ortiz@correo.example"),
        outer_to=("Marta Ibarra, promotora", "mibarra@saludpilsen.example"),
        outer_date="Fri, 04 Dec 2026 08:05:44 -0600",
        subject="RV: Aviso de su plan - reclamo 26-3318-002947",
        note=["Buenos días Marta,", "",
              "Le reenvío el aviso que le llegó a mi mamá. La terapeuta nos dijo que sí aceptaba el plan. ¿Nos "
              "puede ayudar con la apelación?", "", "Gracias,", "Rubén", "", "Enviado desde mi teléfono"],
        fwd=[("De", "Lakefront Familia Health Plan <avisos@lakefrontfamilia.example>"),
             ("Fecha", "16 de noviembre de 2026, 10:31:07 a.m. CST"),
             ("Para", "Guadalupe Ortiz <lupe.ortiz@correo.example>"),
             ("Asunto", "Aviso de su plan - reclamo 26-3318-002947")],
    )
    return dict(
        n=15, slug="es-medicaid-managed-care-forwarded-by-son-therapist-out-of-network-eml",
        kind="eml", device=None, lang="es", font="sans", blocks=blocks, extra=email,
        key=dict(patient_name="Guadalupe Ortiz Saldaña", member_id="LFH-40877123", claim_number="26-3318-002947",
                 notice_date=nd, service_dates=[d1, d2], procedure_codes=["90834"], diagnosis_codes=["F43.10"],
                 carc_codes=["CO-242"], denial_category="out_of_network", plan_type="medicaid", urgent=False),
        a=dict(notice_label="Fecha de emisión:", notice_printed=es(nd), service_printed=[dmy(d1), dmy(d2)],
               cat_ev="no pertenece a la red del plan", plan_ev="Plan de atención administrada de Medicaid",
               urgent_ev=None, window=("days", 60),
               basis="Tiene 60 días calendario a partir de la fecha de esta notificación",
               addr=["Lakefront Familia Health Plan", "Atención: Departamento de Quejas y Apelaciones",
                     "180 N. Wacker Dr.", "Piso 12", "Chicago, IL 60606"],
               traps=["Rubén Ortiz", "16 de noviembre de 2026", "04 Dec 2026", "120 días", "10 días"]),
        note="A Medicaid managed-care notice in Spanish, forwarded by the member's son to a community health "
             "worker, Apple Mail style in Spanish (\"Inicio del mensaje reenviado\"). Psychotherapy on 2 days "
             "(90834; F43.10) by an out-of-network therapist (CO-242): out_of_network. Stated 60 días. Traps: "
             "the son, the Date header (4 Dec), the forwarded date (16 nov), 120 días, 10 días.",
    )


def c16():
    nd = D(2026, 11, 9)
    paid, d1, d2 = D(2026, 10, 1), D(2026, 10, 15), D(2026, 10, 29)
    blocks = [
        ("small", FICT_ES),
        ("h1", "Detalle del reclamo"),
        ("small", "Fechas en formato día/mes/año."),
        ("kv", [("Fecha del aviso de reclamo:", dmy(nd)),
                ("Paciente:", "Valentina Soto Rivas"),
                ("Número de miembro:", "KNS-2231-0098-01"),
                ("Número de reclamo:", "KN-26-5581902"),
                ("Programa:", "CHIP de Pensilvania (Keystone Niños Saludables), seguro médico para niños"),
                ("Proveedor:", "Centro Familiar Brisas, consejería infantil")]),
        ("table", ["Fecha del servicio", "Código", "Diagnóstico", "Cobrado", "Pagado", "Ajuste", "Nota"],
         [[dmy(d1), "90832", "F43.22", "$95.00", "$0.00", "CO-16", "N290"],
          [dmy(d2), "90832", "F43.22", "$95.00", "$0.00", "CO-16", "N290"]]),
        ("p", "Al reclamo le falta información (CO-16): no trae el NPI del profesional que dio la terapia "
              "(nota N290). El proveedor puede corregir y volver a enviar el reclamo."),
        ("h2", "Cómo apelar"),
        ("p", "Puede apelar dentro de 60 días a partir de la fecha de este aviso. Envíe su apelación a "
              "Keystone Niños Saludables, Atención: Apelaciones de Miembros, P.O. Box 11905, Harrisburg, "
              "PA 17108-1905."),
    ]
    portal = dict(
        brand="Keystone Niños Saludables", app="Mi Portal",
        nav=["Inicio", "Reclamos", "Beneficios", "Buscar proveedor", "Tarjeta", "Mensajes"],
        signed="Sesión iniciada: Marisela Rivas (madre)", stamp="Impreso: 05/12/2026",
        url="https://miportal.keystoneninos.example/reclamos/KN-26-5581902",
        other_title="Reclamos recientes de Valentina",
        other=[["KN-26-5570114", dmy(paid), "Centro Familiar Brisas", "90791", "Pagado", "$182.00"],
               ["KN-26-5581902", dmy(d1), "Centro Familiar Brisas", "90832", "Denegado", "$0.00"]],
        other_head=["Reclamo", "Primera fecha", "Proveedor", "Códigos", "Estado", "Pagado"],
    )
    return dict(
        n=16, slug="es-chip-portal-page-child-therapy-missing-npi-html",
        kind="html", device=None, lang="es", font="sans", blocks=blocks, extra=portal,
        key=dict(patient_name="Valentina Soto Rivas", member_id="KNS-2231-0098-01", claim_number="KN-26-5581902",
                 notice_date=nd, service_dates=[d1, d2], procedure_codes=["90832"], diagnosis_codes=["F43.22"],
                 carc_codes=["CO-16"], denial_category="coding_billing", plan_type="chip", urgent=False),
        a=dict(notice_label="Fecha del aviso de reclamo:", notice_printed=dmy(nd),
               service_printed=[dmy(d1), dmy(d2)], cat_ev="falta información", plan_ev="CHIP de Pensilvania",
               urgent_ev=None, window=("days", 60), basis="dentro de 60 días a partir de la fecha de este aviso",
               addr=["Keystone Niños Saludables", "Atención: Apelaciones de Miembros", "P.O. Box 11905",
                     "Harrisburg, PA 17108-1905"],
               traps=["KN-26-5570114", "90791", "Marisela Rivas", "05/12/2026"]),
        note="A separate CHIP's member-portal page in Spanish for a child, signed in by her mother: therapy on 2 "
             "days (90832; F43.22) missing the rendering NPI (CO-16, N290): coding_billing. Stated 60 días from "
             "the notice. Traps: the paid claim and its 90791, the mother, the print stamp 05/12/2026.",
    )


def c17():
    nd = D(2026, 11, 6)
    p1, d1, d2, d3 = D(2026, 10, 2), D(2026, 10, 5), D(2026, 10, 6), D(2026, 10, 7)
    dl = D(2027, 3, 6)
    blocks = [
        ("h1", "Medicare Summary Notice for Part B (Medical Insurance)"),
        ("small", "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services"),
        ("small", FICT_EN),
        ("rule",),
        ("kv", [("Notice date:", long(nd)),
                ("Name:", "WALTER E. HASKINS"),
                ("Medicare Number:", "5HN2-PQ8-WX41"),
                ("Claims processed:", "August 8 - November 5, 2026")]),
        ("tag", "lens"),
        ("p", "Your deductible status: you have met your Part B deductible for 2026. Be informed: you can get "
              "this notice in large print or another format. Call 1-555-0102."),
        ("h2", "Your claims for Part B (Medical Insurance)"),
        ("p", "Lakeview Psychiatric Associates. Claim number 12-26300-448-120."),
        ("table", ["Service", "Approved?", "Amount Medicare paid", "Maximum you may be billed"],
         [[mon(p1) + "  psychotherapy, 45 minutes (90834)", "Yes", "$86.19", "$21.55"]]),
        ("p", "Brightwater TMS Clinic. Claim number 12-26302-117-930."),
        ("table", ["Service", "Approved?", "Amount Medicare paid", "Maximum you may be billed", "See notes"],
         [[mon(d1) + "  magnetic stimulation session (90868)", "No", "$0.00", "$0.00", "A"],
          [mon(d2) + "  magnetic stimulation session (90868)", "No", "$0.00", "$0.00", "A"],
          [mon(d3) + "  magnetic stimulation session (90868)", "No", "$0.00", "$0.00", "A"]]),
        ("p", "Note A: Medicare won't cover these services because they aren't reasonable and necessary for "
              "your condition, based on the records the provider sent. The provider gave you no advance notice "
              "that Medicare might not pay, so you may not be billed."),
        ("h2", "How to handle denied claims or file an appeal"),
        ("p", "If you disagree with a coverage decision on this notice, you can file an appeal. Your appeal "
              "must be received by " + long(dl) + ". Circle the services you disagree with and send this "
              "notice, or a redetermination request form, to:"),
        ("lines", ["Great Lakes Medicare Services", "Attn: Part B Redeterminations", "PO Box 6726",
                   "Indianapolis, IN 46206-6726"]),
    ]
    return dict(
        n=17, slug="original-medicare-msn-two-claims-tms-not-reasonable-magnifier-photo",
        kind="jpeg", device="magnifier", lang="en", font="sans", blocks=blocks,
        key=dict(patient_name="WALTER E. HASKINS", member_id="5HN2-PQ8-WX41", claim_number="12-26302-117-930",
                 notice_date=nd, service_dates=[d1, d2, d3], procedure_codes=["90868"],
                 denial_category="medical_necessity", plan_type="medicare", urgent=False),
        a=dict(notice_label="Notice date:", notice_printed=long(nd), service_printed=[mon(d1), mon(d2), mon(d3)],
               cat_ev="aren't reasonable and necessary", plan_ev="Medicare Summary Notice for Part B",
               urgent_ev=None, window=("date", dl), basis="must be received by " + long(dl),
               addr=["Great Lakes Medicare Services", "Attn: Part B Redeterminations", "PO Box 6726",
                     "Indianapolis, IN 46206-6726"],
               traps=["12-26300-448-120", "90834", mon(p1), "November 5, 2026"]),
        note="An Original Medicare summary notice (Part B) in capitals, two claims: psychotherapy paid, TMS on 3 "
             "days (90868) not reasonable and necessary: medical_necessity. No diagnosis codes or CARCs printed, "
             "so none keyed. Photographed by an older reader holding a round magnifying glass over the "
             "deductible paragraph. Stated date March 6, 2027. Traps: the paid claim, its 90834 and date, the "
             "claims-processed range.",
    )


def c18():
    nd = D(2026, 11, 30)
    blocks = [
        ("h1", "MERIDIAN OAK RX (PDP)"),
        ("p", "A Medicare Part D prescription drug plan"),
        ("p", FICT_EN),
        ("p", "This is the plain-text version of your notice, sent because you asked for an accessible format."),
        ("h2", "NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE"),
        ("kv", [("Notice Date:", us(nd)),
                ("Enrollee:", "Gertrude Halvorsen-Ruiz"),
                ("Member ID:", "MOR9902217461"),
                ("Medicare Number:", "7KX4-RR2-PD18"),
                ("Case number:", "CD-26-1187734"),
                ("Prescriber:", "Dr. Anselm Whitcombe"),
                ("Drug requested:", "Auvelity (dextromethorphan-bupropion) ER tablets 45 mg/105 mg, 60 per 30 days"),
                ("Diagnosis given by prescriber:", "F33.1")]),
        ("p", "We denied your request because this drug is not on our Drug List (formulary), and your prescriber "
              "did not send a statement that the drugs on our list would not work as well for you or would "
              "cause harm. You can ask for a formulary exception."),
        ("p", "You asked us for a fast decision, and we made this decision on an expedited (fast) basis, within "
              "24 hours."),
        ("h2", "YOUR RIGHT TO APPEAL"),
        ("p", "If you disagree, you must ask for a redetermination within 65 days from the date of this notice. "
              "A fast redetermination is decided within 72 hours. Write to:"),
        ("lines", ["Meridian Oak Rx", "Attn: Part D Redeterminations", "PO Box 52044", "Omaha, NE 68103-2044"]),
        ("p", "Or fax 1-555-0188. Call 1-555-0187 (TTY 711), 24 hours a day, 7 days a week."),
    ]
    return dict(
        n=18, slug="part-d-expedited-coverage-determination-non-formulary-accessible-txt",
        kind="txt", device=None, lang="en", font="mono", blocks=blocks,
        key=dict(patient_name="Gertrude Halvorsen-Ruiz", member_id="MOR9902217461", claim_number="CD-26-1187734",
                 notice_date=nd, diagnosis_codes=["F33.1"], denial_category="not_covered",
                 plan_type="medicare_part_d", urgent=True),
        a=dict(notice_label="Notice Date:", notice_printed=us(nd), service_printed=[],
               cat_ev="not on our Drug List (formulary)", plan_ev="Medicare Part D prescription drug plan",
               urgent_ev="on an expedited (fast) basis", window=("days", 65),
               basis="within 65 days from the date of this notice",
               addr=["Meridian Oak Rx", "Attn: Part D Redeterminations", "PO Box 52044", "Omaha, NE 68103-2044"],
               traps=["7KX4-RR2-PD18", "72 hours", "24 hours"]),
        note="A stand-alone Part D plan's expedited coverage-determination denial, in the plain-text format the "
             "enrollee asked for: a drug not on the formulary (F33.1): not_covered (a formulary exception), "
             "urgent. No procedure code or CARC printed. Stated 65 days. Traps: the Medicare Number, 72 and 24 "
             "hours.",
    )


CASES = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18]
