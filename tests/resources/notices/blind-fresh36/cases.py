"""The 18 notices of set 36. Everything is FICTIONAL: people, plans, providers, numbers and addresses."""
import datetime as dt

D = dt.date
EN_M = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December"]
ES_M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
        "noviembre", "diciembre"]


def fmt(d, style):
    if style == 'us':
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == 'us2':
        return f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}"
    if style == 'long':
        return f"{EN_M[d.month - 1]} {d.day}, {d.year}"
    if style == 'short':
        return f"{EN_M[d.month - 1][:3]} {d.day}, {d.year}"
    if style == 'dmy':
        return f"{d.day} {EN_M[d.month - 1]} {d.year}"
    if style == 'es':
        return f"{d.day} de {ES_M[d.month - 1]} de {d.year}"
    if style == 'esd':
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    raise ValueError(style)


STYLES = ['us', 'us2', 'long', 'short', 'dmy', 'es', 'esd']
F = "FICTIONAL SAMPLE - not a real notice; every person, plan, number and address on it is invented."
FE = "MUESTRA FICTICIA - no es un aviso real; todas las personas, planes, números y direcciones son inventados."


def c01():
    nd = D(2026, 11, 24)
    s1, s2 = D(2026, 10, 8), D(2026, 10, 15)
    dl = "March 24, 2027"
    blocks = [
        ('h', "Medicare Summary Notice for Part B (Medical Insurance)"),
        ('p', "The Official Summary of Your Medicare Claims - " + F),
        ('kv', "Date of This Notice:", fmt(nd, 'long')),
        ('kv', "Claims Processed Between:", "August 25 - November 21, 2026"),
        ('a', ["WALTER J. OKONKWO-BRANDT", "2209 LINDEN HOLLOW RD", "KALAMAZOO MI 49008"]),
        ('kv', "Medicare Number:", "4QW7-HN2-RT61"),
        ('kv', "Customer Service:", "1-555-0100 (TTY 1-555-0101)"),
        ('h', "Your Claims & Costs This Period"),
        ('p', "Did Medicare approve all services? NO. We denied some services. See the claim marked (a) below and "
              "the section on how to appeal."),
        ('h', "Your Claims for Part B (Medical Insurance)"),
        ('t', ["Claim number / provider", "Service date", "Service (code)", "Medicare approved?", "You may be billed"],
         [["22632-4418-0071  Lakeshore Infusion Associates, 400 W Michigan Ave, Kalamazoo MI", fmt(s1, 'us2'),
           "Drug infused through a vein, first hour (96365)", "No (a)", "$612.00"],
          ["", fmt(s1, 'us2'), "Drug without its own code (J3490)", "No (a)", "$138.40"],
          ["", fmt(s2, 'us2'), "Drug infused through a vein, first hour (96365)", "No (a)", "$612.00"],
          ["", fmt(s2, 'us2'), "Drug without its own code (J3490)", "No (a)", "$138.40"],
          ["22632-4418-0093  Dunmore Counseling Group", "10/20/26", "Talk therapy, 60 minutes (90837)", "Yes", "$34.12"],
          ["22632-4418-0102  Westnedge Family Medicine", "11/02/26", "Office visit, established patient (99214)",
           "Yes", "$26.80"]]),
        ('p', "(a) This service was denied because Medicare does not pay for items or services that are not "
              "reasonable and necessary to diagnose or treat your condition, as the records sent with this claim "
              "describe it."),
        ('h', "How to Handle Denied Claims or File an Appeal"),
        ('p', "If you disagree with a decision, file an appeal by March 24, 2027. Circle the service you disagree "
              "with, explain why on this notice or a separate page, sign it, and include your phone number and your "
              "Medicare Number."),
        ('p', "Send this notice, or a copy, to:"),
        ('a', ["Great Lakes Medicare Administrative Services", "Part B Redeterminations", "PO Box 7712",
               "Fort Wayne, IN 46801"]),
        ('s', "Do not mail appeals to the claims address, PO Box 6620, Fort Wayne, IN 46802: that box is for "
              "providers' claims only. Need help? Call the State Health Insurance Assistance Program at 1-555-0104."),
    ]
    return dict(n=1, slug="medicare-msn-three-claims-ketamine-saddle-warp-photo", lang='en', kind='jpg', device='saddle',
                style={'family': 'sans', 'size': 27, 'labelw': 430},
                blocks=blocks,
                key=dict(patient_name="WALTER J. OKONKWO-BRANDT", member_id="4QW7-HN2-RT61",
                         claim_number="22632-4418-0071", notice_date=nd, service_dates=[s1, s2],
                         procedure_codes=["96365", "J3490"], denial_category="medical_necessity", plan_type="medicare",
                         urgent=False, appeal_deadline=D(2027, 3, 24),
                         deadline_basis="If you disagree with a decision, file an appeal by March 24, 2027",
                         appeals_address="Great Lakes Medicare Administrative Services, Part B Redeterminations, PO Box 7712, Fort Wayne, IN 46801"),
                anchors=dict(nd_label="Date of This Notice:", nd_printed=fmt(nd, 'long'), svc=['us2'],
                             window=('date', dl, "If you disagree with a decision, file an appeal by March 24, 2027"),
                             addr=["Great Lakes Medicare Administrative Services", "Part B Redeterminations",
                                   "PO Box 7712", "Fort Wayne, IN 46801"],
                             traps=["22632-4418-0093", "22632-4418-0102", "90837", "99214", "10/20/26", "11/02/26",
                                    "November 21, 2026", "PO Box 6620", "2209 LINDEN HOLLOW RD"],
                             plan_ev="Medicare Summary Notice for Part B", cat_ev="not reasonable and necessary"),
                note="An Original Medicare summary notice (Part B), three claims, one denied: IV ketamine on 2 days "
                     "(96365, J3490), not reasonable and necessary: medical_necessity. No diagnosis code and no CARC "
                     "printed, so neither is keyed. Photographed on a dark car seat after the page warped in the heat "
                     "(a saddle-shaped bend in both directions). Stated date March 24, 2027. Traps: two paid claims "
                     "and their codes and dates, the claims-processed range, the claims box, the home address.")


def c02():
    nd = D(2026, 11, 18)
    return dict(n=2, slug="medicare-advantage-idn-tms-request-scanner-app-watermark-pdf", lang='en', kind='pdfimg',
                device='app_watermark', style={'family': 'serif', 'size': 28, 'labelw': 420},
                blocks=[
                    ('a', ["Harborview Senior Advantage (HMO)", "Member Services, 88 Commercial Row, Portland, ME 04102",
                           "1-555-0112 - harborview-senior.example"]),
                    ('p', F),
                    ('h', "Notice of Denial of Medical Coverage (or Payment)"),
                    ('kv', "Date:", fmt(nd, 'us')),
                    ('kv', "Name:", "Marguerite L. Haskins"),
                    ('kv', "Member number:", "HSA-88213047"),
                    ('kv', "Medicare Number:", "7TR2-PK9-WJ45 (for your records)"),
                    ('kv', "Request ID:", "OD-2611-55203"),
                    ('kv', "Request received:", "11/12/2026"),
                    ('kv', "Requested by:", "Casco Bay Neuromodulation, 12 Fore St, Portland, ME 04101"),
                    ('p', "Your request for a course of transcranial magnetic stimulation (36 treatment sessions, codes "
                          "90867 and 90868) for recurrent major depression, moderate (F33.1), has been DENIED."),
                    ('h', "Why did we deny your request?"),
                    ('p', "We denied this request because it is not medically necessary under the coverage criteria we "
                          "apply: the records sent show one antidepressant trial of adequate dose and length, and the "
                          "criteria call for at least two, or a reason why they could not be used. A physician on our "
                          "staff reviewed the request."),
                    ('h', "You have the right to appeal our decision"),
                    ('p', "You have the right to ask Harborview Senior Advantage to review this decision. If you want "
                          "to appeal, you must ask within 65 calendar days of the date of this notice. We can give you "
                          "more time if you have a good reason for missing the deadline."),
                    ('p', "If you or your doctor believe that waiting for a standard decision could seriously harm "
                          "your health, ask for a fast appeal: we decide fast appeals within 72 hours."),
                    ('p', "Mail or deliver your written appeal to:"),
                    ('a', ["Harborview Senior Advantage", "Appeals and Grievances Department", "4100 Pier Street",
                           "Mail Stop AG-3", "Portland, ME 04101"]),
                    ('p', "Fax: 1-555-0113. Do not send appeals to the Member Services office above."),
                ],
                key=dict(patient_name="Marguerite L. Haskins", member_id="HSA-88213047", claim_number="OD-2611-55203",
                         notice_date=nd, procedure_codes=["90867", "90868"], diagnosis_codes=["F33.1"],
                         denial_category="medical_necessity", plan_type="medicare_advantage", urgent=False,
                         deadline_basis="you must ask within 65 calendar days of the date of this notice",
                         appeals_address="Harborview Senior Advantage, Appeals and Grievances Department, 4100 Pier Street, Mail Stop AG-3, Portland, ME 04101"),
                anchors=dict(nd_label="Date:", nd_printed=fmt(nd, 'us'), svc=[],
                             window=('days', 65, "you must ask within 65 calendar days of the date of this notice"),
                             addr=["Harborview Senior Advantage", "Appeals and Grievances Department", "4100 Pier Street",
                                   "Mail Stop AG-3", "Portland, ME 04101"],
                             traps=["7TR2-PK9-WJ45", "11/12/2026", "88 Commercial Row", "12 Fore St", "72 hours"],
                             plan_ev="Senior Advantage (HMO)", cat_ev="not medically necessary"),
                note="A Medicare Advantage HMO's Notice of Denial of Medical Coverage, before care: a TMS course "
                     "(90867, 90868; F33.1), medical_necessity. Image-only PDF from a free phone scanner app that "
                     "stamps its brand diagonally three times and in a dark band at the foot. Stated 65 days from "
                     "the notice. Traps: the Medicare Number, the request-received date, the Member Services office "
                     "and the provider's address, the fast appeal's 72 hours (offered, not used: not urgent).")


def c03():
    nd = D(2026, 11, 27)
    s1, s2 = D(2026, 10, 14), D(2026, 10, 21)
    body = [
        ('p', "Cordillera Medicare Choice (PPO) - " + F),
        ('h', "Explanation of Denial - Part C claim"),
        ('kv', "Date of notice:", fmt(nd, 'long')),
        ('kv', "Member:", "Augusto Ferreira"),
        ('kv', "Date of birth:", "11/27/1948"),
        ('kv', "Member ID:", "CMC 4471 09283"),
        ('kv', "Claim #:", "2026 1104 7719 02"),
        ('kv', "Provider:", "Sandia Mood Clinic, 5200 Montgomery Blvd NE, Albuquerque, NM 87109"),
        ('t', ["Date of service", "Code", "Description", "Diagnosis", "Billed", "Plan paid", "Adj. code"],
         [[fmt(s1, 'us'), "G2083", "Supervised nasal esketamine visit, higher dose", "F33.2", "$1,182.00", "$0.00", "CO-197"],
          [fmt(s2, 'us'), "G2083", "Supervised nasal esketamine visit, higher dose", "F33.2", "$1,182.00", "$0.00", "CO-197"]]),
        ('p', "CO-197: Your plan requires prior authorization for this service, and no authorization was on file "
              "for these dates. Your provider may not bill you for these charges while the claim is under appeal."),
        ('h', "Your right to appeal"),
        ('p', "If you disagree, you can ask us to reconsider. You must file your appeal within 65 calendar days from "
              "the date of this notice. Write to:"),
        ('a', ["Cordillera Medicare Choice", "Attn: Part C Appeals", "PO Box 30118", "Albuquerque, NM 87190"]),
        ('p', "Our claims office at 1701 Central Ave SW, Albuquerque, NM 87104 does not handle appeals. Questions: "
              "1-555-0121, 8 a.m. to 8 p.m., seven days a week."),
    ]
    fwd_hdr = ["---------- Forwarded message ---------",
               "From: Cordillera Medicare Choice <noreply@cordillera-choice.example>",
               "Date: Mon, Nov 30, 2026 at 6:02 AM",
               "Subject: A new document is in your secure inbox",
               "To: <augusto.ferreira@mailbox.example>"]
    return dict(n=3, slug="medicare-advantage-claim-esketamine-no-auth-forwarded-by-daughter-eml", lang='en', kind='eml',
                device=None, style={}, blocks=body,
                extra=dict(subj="Fwd: A new document is in your secure inbox - Dad's Spravato denial",
                           frm="Nina Ferreira <nina.ferreira@mailbox.example>",
                           to="Rio Grande Senior Law Clinic <help@seniorlaw-clinic.example>",
                           date="Thu, 03 Dec 2026 19:41:07 -0700",
                           intro=["Hi, this is Nina, Augusto Ferreira's daughter. We spoke on the phone on Tuesday.",
                                  "Dad's plan sent this through their website. I copied the letter text from the PDF "
                                  "below so you can read it on your phone. His infusions were Oct 14 and Oct 21. Can you "
                                  "help us appeal before the deadline?", "Thanks, Nina (cell 555-0125)"],
                           fwd=fwd_hdr),
                key=dict(patient_name="Augusto Ferreira", member_id="CMC 4471 09283", claim_number="2026 1104 7719 02",
                         notice_date=nd, service_dates=[s1, s2], procedure_codes=["G2083"], diagnosis_codes=["F33.2"],
                         carc_codes=["CO-197"], denial_category="prior_authorization", plan_type="medicare_advantage",
                         urgent=False,
                         deadline_basis="You must file your appeal within 65 calendar days from the date of this notice",
                         appeals_address="Cordillera Medicare Choice, Attn: Part C Appeals, PO Box 30118, Albuquerque, NM 87190"),
                anchors=dict(nd_label="Date of notice:", nd_printed=fmt(nd, 'long'), svc=['us'],
                             window=('days', 65, "You must file your appeal within 65 calendar days from the date of this notice"),
                             addr=["Cordillera Medicare Choice", "Attn: Part C Appeals", "PO Box 30118", "Albuquerque, NM 87190"],
                             traps=["11/27/1948", "Nina Ferreira", "Mon, Nov 30, 2026", "03 Dec 2026", "1701 Central Ave SW",
                                    "5200 Montgomery Blvd NE"],
                             plan_ev="Medicare Choice (PPO)", cat_ev="requires prior authorization"),
                note="A Medicare Advantage PPO's claim denial for supervised esketamine visits on 2 days (G2083; F33.2) "
                     "with no authorization (CO-197): prior_authorization. The patient's daughter forwards the portal "
                     "notification with the letter's text pasted in to a legal clinic (.eml, plain and HTML parts). "
                     "The member ID and the claim number are printed with spaces. Stated 65 days from the notice. "
                     "Traps: the date of birth 11/27/1948 (the notice's own month and day), the daughter as sender, the "
                     "e-mail's Date (3 Dec) and the forwarded message's date (30 Nov), the claims office, the provider.")


def c04():
    nd = D(2026, 12, 2)
    return dict(n=4, slug="part-d-expedited-step-therapy-antidepressant-grow-light-photo", lang='en', kind='jpg',
                device='grow_light', style={'family': 'sans', 'size': 28, 'labelw': 400},
                blocks=[
                    ('a', ["Keystone Rx Part D (PDP)", "Pharmacy Benefit Services, 1 Market Square, Harrisburg, PA 17101"]),
                    ('p', F),
                    ('h', "Notice of Denial of Medicare Prescription Drug Coverage"),
                    ('kv', "Date:", fmt(nd, 'long')),
                    ('kv', "Enrollee's name:", "Ernestine Pollard-Vance"),
                    ('kv', "Member ID:", "KRX-5590-2261"),
                    ('kv', "Medicare Beneficiary Identifier:", "3FJ6-QX1-LM08"),
                    ('kv', "Case number:", "CD-26-1130-0419"),
                    ('kv', "Request received:", "11/30/2026 at 4:15 PM"),
                    ('kv', "Drug requested:", "dextromethorphan-bupropion extended-release tablets, 45 mg/105 mg, 60 per 30 days"),
                    ('kv', "Diagnosis given:", "F33.1"),
                    ('p', "We made this decision on your request on an expedited (fast) basis, because your doctor told "
                          "us that waiting could seriously harm your health."),
                    ('h', "Why we denied your request"),
                    ('p', "This drug is covered with a step therapy requirement. Before we cover it, our records must "
                          "show that you tried two preferred drugs on our Drug List for the same condition, or your "
                          "prescriber must tell us why you cannot take them. We did not receive that information."),
                    ('h', "What if I do not agree with this decision?"),
                    ('p', "You have the right to ask us for a redetermination (appeal) of our decision. You must ask "
                          "for a redetermination within 65 days from the date of this notice. You or your prescriber "
                          "may ask for a fast redetermination; we decide those within 72 hours."),
                    ('p', "Send your written request to:"),
                    ('a', ["Keystone Rx Part D", "Redeterminations Unit", "PO Box 52904", "Harrisburg, PA 17105"]),
                    ('p', "Or fax it to 1-555-0131. Prescriber's office (for your records): Susquehanna Psychiatry, "
                          "77 Front St, Lemoyne, PA 17043."),
                ],
                key=dict(patient_name="Ernestine Pollard-Vance", member_id="KRX-5590-2261", claim_number="CD-26-1130-0419",
                         notice_date=nd, diagnosis_codes=["F33.1"], denial_category="step_therapy",
                         plan_type="medicare_part_d", urgent=True,
                         deadline_basis="You must ask for a redetermination within 65 days from the date of this notice",
                         appeals_address="Keystone Rx Part D, Redeterminations Unit, PO Box 52904, Harrisburg, PA 17105"),
                anchors=dict(nd_label="Date:", nd_printed=fmt(nd, 'long'), svc=[],
                             window=('days', 65, "You must ask for a redetermination within 65 days from the date of this notice"),
                             addr=["Keystone Rx Part D", "Redeterminations Unit", "PO Box 52904", "Harrisburg, PA 17105"],
                             traps=["3FJ6-QX1-LM08", "11/30/2026", "1 Market Square", "77 Front St", "72 hours"],
                             plan_ev="Medicare Prescription Drug Coverage", cat_ev="step therapy",
                             urgent_ev="on an expedited (fast) basis"),
                note="A Part D plan's expedited coverage determination: dextromethorphan-bupropion refused under step "
                     "therapy (F33.1): step_therapy; urgent, decided on an expedited basis. No procedure code, no dates "
                     "of service, no CARC. Photographed on a desk under a purple LED grow light with its hot spot "
                     "top right. Stated 65 days. Traps: the Medicare Beneficiary Identifier, the request's received "
                     "date, the plan's and the prescriber's offices, the fast redetermination's 72 hours.")


def c05():
    nd = D(2026, 11, 23)
    s1, s2 = D(2026, 10, 13), D(2026, 10, 20)
    basis = "must be postmarked or received within 90 days of the date of this EOB"
    return dict(n=5, slug="tricare-eob-two-claims-ketamine-experimental-fax-highlighter-tiff", lang='en', kind='tif_fax',
                device='fax_highlighter', width=1728,
                header="NOV-30-2026 09:14  FROM: EASTGATE CLAIMS 555-0137  TO: 555-0142  P.001/001",
                style={'family': 'sans', 'size': 27, 'labelw': 430},
                blocks=[
                    ('a', ["EASTGATE HEALTH PARTNERS - TRICARE East Region contractor (FICTIONAL)",
                           "Claims: PO Box 8000, Columbia, SC 29202 (not for appeals)"]),
                    ('p', F),
                    ('h', "TRICARE Explanation of Benefits - This is not a bill"),
                    ('kv', "EOB Date:", fmt(nd, 'us')),
                    ('kv', "Sponsor:", "SFC Ramon Delacroix-Hale"),
                    ('kv', "Sponsor DoD ID:", "1558034471"),
                    ('kv', "Patient:", "Celeste Delacroix-Hale"),
                    ('kv', "Patient DBN:", "30117468852"),
                    ('kv', "Program:", "TRICARE Select, active duty family member"),
                    ('h', "Claim 6330 2614 8871 - Fenwick Behavioral Health - PAID"),
                    ('t', ["Service date", "Service", "Code", "Billed", "Allowed", "Paid", "Remark"],
                     [["10/06/2026", "Psychotherapy, 45 minutes", "90834", "$160.00", "$101.88", "$81.50", "-"]]),
                    ('h', "Claim 6330 2614 9902 - Palmetto Ketamine Center - DENIED"),
                    ('t', ["Service date", "Service", "Code", "Diagnosis", "Billed", "Paid", "Remark"],
                     [[fmt(s1, 'us'), "IV infusion, first hour", "96365", "F33.2", "$450.00", "$0.00", "CO-55"],
                      [fmt(s1, 'us'), "Drug, no specific code", "J3490", "F33.2", "$95.00", "$0.00", "CO-55"],
                      [fmt(s2, 'us'), "IV infusion, first hour", "96365", "F33.2", "$450.00", "$0.00", "CO-55"],
                      [fmt(s2, 'us'), "Drug, no specific code", "J3490", "F33.2", "$95.00", "$0.00", "CO-55"]]),
                    ('p', "CO-55: TRICARE does not cover ketamine infusions for depression. The treatment is considered "
                          "unproven (experimental or investigational) under the TRICARE Policy Manual."),
                    ('h', "Appeal rights"),
                    ('hl', "If you disagree with this decision you may request a reconsideration. Your request "
                           "must be postmarked or received within 90 days of the date of this EOB."),
                    ('p', "Send it, with a copy of this EOB, to:"),
                    ('a', ["Eastgate Health Partners", "TRICARE Claims Appeals", "PO Box 8042", "Columbia, SC 29202"]),
                    ('s', "Free help: a Beneficiary Counseling and Assistance Coordinator at your nearest military "
                          "hospital or clinic. Phone 1-555-0138."),
                ],
                key=dict(patient_name="Celeste Delacroix-Hale", member_id="30117468852", claim_number="6330 2614 9902",
                         notice_date=nd, service_dates=[s1, s2], procedure_codes=["96365", "J3490"],
                         diagnosis_codes=["F33.2"], carc_codes=["CO-55"], denial_category="experimental_investigational",
                         plan_type="tricare", urgent=False, deadline_basis=basis,
                         appeals_address="Eastgate Health Partners, TRICARE Claims Appeals, PO Box 8042, Columbia, SC 29202"),
                anchors=dict(nd_label="EOB Date:", nd_printed=fmt(nd, 'us'), svc=['us'], window=('days', 90, basis),
                             addr=["Eastgate Health Partners", "TRICARE Claims Appeals", "PO Box 8042", "Columbia, SC 29202"],
                             traps=["SFC Ramon Delacroix-Hale", "1558034471", "6330 2614 8871", "90834", "10/06/2026",
                                    "PO Box 8000", "NOV-30-2026"],
                             plan_ev="TRICARE Select", cat_ev="experimental or investigational"),
                note="A TRICARE Select explanation of benefits with two claims, one paid and one denied: IV ketamine on "
                     "2 days (96365, J3490; F33.2) as unproven (CO-55): experimental_investigational. The member "
                     "highlighted the appeal sentence in yellow and faxed it; the fax turned the highlight into a "
                     "dithered grey dot screen under the words (TIFF G4, 204 x 196 dpi). Claim numbers with spaces. "
                     "Stated 90 days from the EOB date. Traps: the sponsor and his DoD ID, the paid claim with its "
                     "90834 and date, the claims box, the fax header's date.")


def c06():
    nd = D(2026, 11, 19)
    return dict(n=6, slug="tricare-prime-teen-php-request-lower-level-letter-docx", lang='en', kind='docx', device=None,
                style={},
                blocks=[
                    ('a', ["Westfield Military Health (FICTIONAL TRICARE regional contractor)",
                           "Utilization Management, 880 Peterson Blvd, Colorado Springs, CO 80914"]),
                    ('p', F),
                    ('kv', "Date:", fmt(nd, 'dmy')),
                    ('a', ["Lt Col Dana Marsh-Tanaka", "4410 Falcon Ridge Dr", "Colorado Springs, CO 80922"]),
                    ('kv', "Re:", "Request for partial hospitalization for Elijah Marsh-Tanaka"),
                    ('kv', "Beneficiary:", "Elijah Marsh-Tanaka (dependent child, age 15)"),
                    ('kv', "DoD Benefits Number:", "30229875510"),
                    ('kv', "Authorization number:", "AUTH 26-0411-77382"),
                    ('kv', "Requested service:", "mental health partial hospitalization program, H0035, 20 days, to "
                                                  "begin 23 November 2026"),
                    ('kv', "Diagnosis:", "F32.2"),
                    ('p', "Dear Lt Col Marsh-Tanaka,"),
                    ('p', "We reviewed the request from Cheyenne Mountain Youth Services to admit Elijah Marsh-Tanaka "
                          "to its partial hospitalization program under TRICARE Prime. Our reviewing psychiatrist "
                          "found that the program is not medically necessary at this time: the records describe "
                          "improving symptoms with no safety concerns in the last two weeks, and an intensive outpatient "
                          "program, a lower level of care, can meet his needs. The request is denied."),
                    ('p', "You, the beneficiary, or the provider may request a reconsideration of this decision. The "
                          "enclosed sheet, Your Appeal Rights, explains how to ask and the time limit that applies. A "
                          "request for a faster (expedited) reconsideration must be made within 3 calendar days of "
                          "receiving this letter."),
                    ('p', "Send a request for reconsideration to:"),
                    ('a', ["Westfield Military Health", "Attn: Reconsiderations", "2500 Harmon Loop", "Suite 140",
                           "Colorado Springs, CO 80916"]),
                    ('p', "Questions: 1-555-0147. Free help is also available from the Beneficiary Counseling and "
                          "Assistance Coordinator at your military treatment facility."),
                    ('p', "Sincerely,"),
                    ('p', "Utilization Management Department"),
                ],
                key=dict(patient_name="Elijah Marsh-Tanaka", member_id="30229875510", claim_number="AUTH 26-0411-77382",
                         notice_date=nd, procedure_codes=["H0035"], diagnosis_codes=["F32.2"],
                         denial_category="medical_necessity", plan_type="tricare", urgent=False,
                         deadline_basis="32 CFR 199.10",
                         appeals_address="Westfield Military Health, Attn: Reconsiderations, 2500 Harmon Loop, Suite 140, Colorado Springs, CO 80916"),
                anchors=dict(nd_label="Date:", nd_printed=fmt(nd, 'dmy'), svc=[], window=('rule',),
                             addr=["Westfield Military Health", "Attn: Reconsiderations", "2500 Harmon Loop", "Suite 140",
                                   "Colorado Springs, CO 80916"],
                             traps=["Lt Col Dana Marsh-Tanaka", "23 November 2026", "880 Peterson Blvd",
                                    "4410 Falcon Ridge Dr", "3 calendar days"],
                             plan_ev="TRICARE Prime", cat_ev="not medically necessary"),
                note="A TRICARE Prime contractor's letter to a parent (the sponsor) denying a teenager's partial "
                     "hospitalization before care (H0035; F32.2): not medically necessary, a lower level would do: "
                     "medical_necessity. Word letter, military date style (19 November 2026). No time limit printed "
                     "(it points to an enclosure): the TRICARE rule, 90 days from the notice, 32 CFR 199.10. Traps: "
                     "the sponsor addressed, the planned start date, the contractor's UM office, the home address, the "
                     "expedited request's 3 calendar days.")


def c07():
    nd = D(2026, 10, 30)
    days = [D(2026, 10, 2), D(2026, 10, 6), D(2026, 10, 9)]
    rows = []
    for d in days:
        rows.append([fmt(d, 'us'), "90870", "Electroconvulsive therapy, one treatment", "F33.2", "$1,340.00", "$0.00", "CO-242"])
        rows.append([fmt(d, 'us'), "00104", "Anesthesia for that treatment", "F33.2", "$620.00", "$0.00", "CO-242"])
    basis = "you must write to us within 6 months from the date of this letter"
    return dict(n=7, slug="fehb-ect-out-of-network-hmo-option-camera-date-imprint-photo", lang='en', kind='jpg',
                device='date_imprint', style={'family': 'serif', 'size': 27, 'labelw': 380},
                blocks=[
                    ('a', ["Federal Employee Mutual Benefit Plan (FEMBP)", "A plan of the Federal Employees Health "
                           "Benefits Program - Basic Option (network only)", "300 Capitol Way, Richmond, VA 23219"]),
                    ('p', F),
                    ('kv', "Date:", fmt(nd, 'long')),
                    ('kv', "Patient:", "Harold P. Nwachukwu"),
                    ('kv', "Enrollee ID:", "R7730-44582"),
                    ('kv', "Claim:", "FM-26-301-5589"),
                    ('kv', "Provider:", "James River Psychiatric Hospital (not in the Basic Option network)"),
                    ('p', "Dear Mr. Nwachukwu: We processed the claim shown below and did not pay it. Under the Basic "
                          "Option, the plan pays only for care from network providers, except in a medical emergency. "
                          "The hospital that gave these treatments is not in our network, and no referral or emergency "
                          "was reported."),
                    ('t', ["Date", "Code", "Service", "Dx", "Charge", "Paid", "Reason"], rows),
                    ('h', "If you disagree"),
                    ('p', "If you believe we should have paid, ask us to reconsider. To do so, you must write to us "
                          "within 6 months from the date of this letter, explain why, and include copies of any "
                          "records that support your request. Mail it to:"),
                    ('a', ["Federal Employee Mutual Benefit Plan", "Attn: Disputed Claims Reconsideration",
                           "PO Box 15510", "Richmond, VA 23227"]),
                    ('p', "If we do not change our decision, you may then ask the FEHB Program Review Unit (sample), "
                          "PO Box 0199, Washington, DC 20044, to review it within 90 days of our reconsideration "
                          "decision. Questions: 1-555-0151."),
                ],
                key=dict(patient_name="Harold P. Nwachukwu", member_id="R7730-44582", claim_number="FM-26-301-5589",
                         notice_date=nd, service_dates=days, procedure_codes=["90870", "00104"],
                         diagnosis_codes=["F33.2"], carc_codes=["CO-242"], denial_category="out_of_network",
                         plan_type="fehb", urgent=False, deadline_basis=basis,
                         appeals_address="Federal Employee Mutual Benefit Plan, Attn: Disputed Claims Reconsideration, PO Box 15510, Richmond, VA 23227"),
                anchors=dict(nd_label="Date:", nd_printed=fmt(nd, 'long'), svc=['us'], window=('months', 6, basis),
                             addr=["Federal Employee Mutual Benefit Plan", "Attn: Disputed Claims Reconsideration",
                                   "PO Box 15510", "Richmond, VA 23227"],
                             traps=["PO Box 0199", "90 days", "300 Capitol Way", "'26 12 04"],
                             plan_ev="Federal Employees Health Benefits Program", cat_ev="not in our network"),
                note="An FEHB carrier's letter on a Basic Option (network-only) claim: ECT with anesthesia on 3 days "
                     "(90870, 00104; F33.2) at a hospital outside the network (CO-242): out_of_network. Photographed "
                     "with an old digital camera that burns its orange date into the corner ('26 12 04). Stated "
                     "6 months from the letter's date (2027-04-30). Traps: the camera's date, OPM's review address and "
                     "its 90 days (the next level), the carrier's office.")


def c08():
    nd = D(2026, 11, 16)
    s1, s2 = D(2026, 10, 27), D(2026, 11, 3)
    basis = "within 60 calendar days from the date on this letter"
    return dict(n=8, slug="chip-child-family-therapy-visit-cap-dirty-roller-scan-png", lang='en', kind='png',
                device='dirty_roller', style={'family': 'sans', 'size': 28, 'labelw': 420},
                blocks=[
                    ('a', ["Bluestem Kids Health Plan", "Kansas Children's Health Insurance Program (CHIP) - FICTIONAL sample",
                           "Claims: PO Box 4100, Topeka, KS 66601"]),
                    ('p', F),
                    ('kv', "Date of this letter:", fmt(nd, 'us')),
                    ('a', ["To the parent or guardian of Aubree Lindqvist", "Karin Lindqvist", "31 Willow Bend Ct",
                           "Lawrence, KS 66049"]),
                    ('kv', "Child's name:", "Aubree Lindqvist"),
                    ('kv', "Date of birth:", "03/14/2014"),
                    ('kv', "Member ID:", "BKH-20417-03"),
                    ('kv', "Claim number:", "BK2611-004417"),
                    ('kv', "Provider:", "Flint Hills Family Counseling"),
                    ('t', ["Date of service", "Procedure", "Diagnosis", "Billed", "Paid", "Reason code"],
                     [[fmt(s1, 'us'), "90847", "F43.10", "$140.00", "$0.00", "CO-119"],
                      [fmt(s2, 'us'), "90847", "F43.10", "$140.00", "$0.00", "CO-119"]]),
                    ('p', "Why we did not pay: Aubree's plan year benefit includes 20 family therapy visits. Our records "
                          "show the 20 visits were used by October 20, 2026, so these two visits are over the benefit "
                          "maximum (CO-119)."),
                    ('h', "Your right to appeal"),
                    ('p', "If you think we made a mistake, you may appeal. Your appeal must reach us within 60 calendar "
                          "days from the date on this letter. You can call us at 1-555-0161 or write to:"),
                    ('a', ["Bluestem Kids Health Plan", "Grievance and Appeals Unit", "615 Prairie Avenue", "Topeka, KS 66603"]),
                    ('p', "If you still disagree after our appeal decision, you may ask the State for a review of our "
                          "decision; we will tell you how in our appeal decision letter."),
                ],
                key=dict(patient_name="Aubree Lindqvist", member_id="BKH-20417-03", claim_number="BK2611-004417",
                         notice_date=nd, service_dates=[s1, s2], procedure_codes=["90847"], diagnosis_codes=["F43.10"],
                         carc_codes=["CO-119"], denial_category="benefit_limit", plan_type="chip", urgent=False,
                         deadline_basis="Your appeal must reach us within 60 calendar days from the date on this letter",
                         appeals_address="Bluestem Kids Health Plan, Grievance and Appeals Unit, 615 Prairie Avenue, Topeka, KS 66603"),
                anchors=dict(nd_label="Date of this letter:", nd_printed=fmt(nd, 'us'), svc=['us'],
                             window=('days', 60, "Your appeal must reach us within 60 calendar days from the date on this letter"),
                             addr=["Bluestem Kids Health Plan", "Grievance and Appeals Unit", "615 Prairie Avenue", "Topeka, KS 66603"],
                             traps=["Karin Lindqvist", "03/14/2014", "October 20, 2026", "PO Box 4100", "31 Willow Bend Ct"],
                             plan_ev="Children's Health Insurance Program (CHIP)", cat_ev="benefit maximum"),
                note="A separate CHIP plan's letter to a parent: family therapy on 2 days (90847; F43.10) over the "
                     "20-visit plan-year maximum (CO-119): benefit_limit. Greyscale PNG from a sheet-fed scanner whose "
                     "dirty roller prints the same smudges every 610 rows down the page. Stated 60 days from the "
                     "letter. Traps: the parent addressed, the child's date of birth, the date the cap was reached, the "
                     "claims box, the home address.")


def c09():
    nd = D(2026, 11, 25)
    basis = "You have 60 calendar days from the date of this notice to ask for an appeal"
    blocks = [
        ('p', "Riverbend Community Health Plan - Ohio Medicaid managed care (" + F + ")"),
        ('h', "Notice of Adverse Benefit Determination"),
        ('kv', "Notice Date:", fmt(nd, 'us')),
        ('kv', "Member name:", "Desmond Achterberg"),
        ('kv', "Member ID:", "RCH0096612457"),
        ('kv', "Medicaid ID (state):", "108844271903"),
        ('kv', "Authorization #:", "PA-26-88410"),
        ('kv', "Service asked for:", "stellate ganglion block, one injection (64510), for chronic post-traumatic "
                                     "stress disorder (F43.12)"),
        ('kv', "Requested by:", "Miami Valley Pain and Trauma Clinic"),
        ('p', "Your provider asked us to make a fast decision. We made this decision on an expedited basis, within "
              "72 hours of the request."),
        ('h', "What we decided"),
        ('p', "We denied this service. A stellate ganglion block for PTSD is considered experimental and "
              "investigational under our clinical policy BH-114: the studies so far are not enough to show that it "
              "works for this condition."),
        ('h', "Your right to appeal"),
        ('p', "You have 60 calendar days from the date of this notice to ask for an appeal. You can call Member "
              "Services at 1-555-0171 or write to:"),
        ('a', ["Riverbend Community Health Plan", "Attn: Appeals Department", "300 Water Street", "4th Floor",
               "Dayton, OH 45402"]),
        ('p', "If you want your services to continue during the appeal, you must ask within 10 days of this notice. "
              "After our appeal decision you may ask for a state hearing within 120 calendar days."),
    ]
    return dict(n=9, slug="medicaid-mco-expedited-stellate-ganglion-block-ptsd-portal-html", lang='en', kind='html',
                device=None, style={}, blocks=blocks,
                extra=dict(stamp="Printed 12/05/2026 8:41 PM",
                           side=[["PA-26-80172", "Psychotherapy, 12 visits", "Approved", "10/02/2026"],
                                 ["PA-26-88410", "Injection, stellate ganglion", "Denied", "11/25/2026"],
                                 ["PA-26-71950", "Psychiatric evaluation", "Approved", "08/19/2026"]]),
                key=dict(patient_name="Desmond Achterberg", member_id="RCH0096612457", claim_number="PA-26-88410",
                         notice_date=nd, procedure_codes=["64510"], diagnosis_codes=["F43.12"],
                         denial_category="experimental_investigational", plan_type="medicaid", urgent=True,
                         deadline_basis=basis,
                         appeals_address="Riverbend Community Health Plan, Attn: Appeals Department, 300 Water Street, 4th Floor, Dayton, OH 45402"),
                anchors=dict(nd_label="Notice Date:", nd_printed=fmt(nd, 'us'), svc=[], window=('days', 60, basis),
                             addr=["Riverbend Community Health Plan", "Attn: Appeals Department", "300 Water Street",
                                   "4th Floor", "Dayton, OH 45402"],
                             traps=["108844271903", "PA-26-80172", "PA-26-71950", "12/05/2026", "10 days", "120 calendar days"],
                             plan_ev="Ohio Medicaid managed care", cat_ev="experimental and investigational",
                             urgent_ev="on an expedited basis"),
                note="A Medicaid managed-care plan's notice of adverse benefit determination on its member portal "
                     "(.html), expedited: a stellate ganglion block for PTSD before care (64510; F43.12) as "
                     "experimental: experimental_investigational; urgent. Stated 60 days. Traps: the state Medicaid ID, "
                     "the side list of two approved requests and their dates, the print stamp 12/05/2026, the 10 days "
                     "to keep services and the state hearing's 120 days.")


def c10():
    nd = D(2026, 11, 13)
    days = [D(2026, 8, 11), D(2026, 8, 12), D(2026, 8, 13), D(2026, 8, 14)]
    rows = [[fmt(d, 'us'), "S9480", "Intensive outpatient program, per day", "F33.1, F41.1", "$425.00", "$0.00", "CO-29"]
            for d in days]
    basis = "You have 180 days after you receive this notice to request an appeal"
    return dict(n=10, slug="self-funded-tpa-statement-three-claims-iop-timely-filing-two-column-pdf", lang='en',
                kind='pdf', device=None, style={},
                blocks=[
                    ('a', ["Clearwater Benefit Administrators (FICTIONAL)", "1200 Monroe Ave NW, Grand Rapids, MI 49503",
                           "clearwater-tpa.example - 1-555-0181"]),
                    ('p', F),
                    ('h', "Explanation of Benefits - Statement of claims processed"),
                    ('col', [
                        ('kv', "Statement date:", fmt(nd, 'long')),
                        ('kv', "Plan:", "Meridian Tool & Die Employee Health Plan (self-funded)"),
                        ('kv', "Administrator:", "Clearwater Benefit Administrators"),
                        ('kv', "Group:", "MTD-00418"),
                    ], [
                        ('kv', "Employee:", "Thomas Ellis"),
                        ('kv', "Employee ID:", "MTD-00418-01"),
                        ('kv', "Patient:", "Priya Raghunathan-Ellis"),
                        ('kv', "Patient ID:", "MTD-00418-02"),
                    ]),
                    ('h', "Claim CBA-7781204 - Grand River Psychology - paid"),
                    ('t', ["Date", "Code", "Service", "Billed", "Plan paid"],
                     [["09/02/2026", "90791", "Psychiatric intake evaluation", "$220.00", "$176.00"]]),
                    ('h', "Claim CBA-7781355 - Lakeshore Behavioral IOP - denied"),
                    ('kv', "Claim received:", "11/10/2026"),
                    ('t', ["Date", "Code", "Service", "Diagnosis", "Billed", "Paid", "Reason"], rows),
                    ('p', "CO-29: The plan pays claims received within 90 days of the date of service. This claim "
                          "reached us after that time, and no reason for the delay was given."),
                    ('h', "Claim CBA-7781390 - Grand River Psychology - pending"),
                    ('p', "We asked the provider for more information on 11/12/2026."),
                    ('col', [
                        ('h', "How to appeal"),
                        ('p', "You have 180 days after you receive this notice to request an appeal. You may send "
                              "comments, records and other information with your appeal, and you may ask for copies "
                              "of the documents we used, free of charge."),
                    ], [
                        ('h', "Where to send your appeal"),
                        ('a', ["Meridian Tool & Die Employee Health Plan", "c/o Clearwater Benefit Administrators",
                               "Appeals Unit", "PO Box 2290", "Grand Rapids, MI 49501"]),
                        ('s', "This plan is a self-funded group health plan governed by ERISA. After the internal "
                              "appeal you may have the right to an external review and to bring a civil action."),
                    ]),
                ],
                key=dict(patient_name="Priya Raghunathan-Ellis", member_id="MTD-00418-02", claim_number="CBA-7781355",
                         notice_date=nd, service_dates=days, procedure_codes=["S9480"], diagnosis_codes=["F33.1", "F41.1"],
                         carc_codes=["CO-29"], denial_category="timely_filing", plan_type="employer_erisa", urgent=False,
                         deadline_basis=basis,
                         appeals_address="Meridian Tool & Die Employee Health Plan, c/o Clearwater Benefit Administrators, Appeals Unit, PO Box 2290, Grand Rapids, MI 49501"),
                anchors=dict(nd_label="Statement date:", nd_printed=fmt(nd, 'long'), svc=['us'], window=('days', 180, basis),
                             addr=["Meridian Tool & Die Employee Health Plan", "c/o Clearwater Benefit Administrators",
                                   "Appeals Unit", "PO Box 2290", "Grand Rapids, MI 49501"],
                             traps=["Thomas Ellis", "MTD-00418-01", "CBA-7781204", "CBA-7781390", "90791", "09/02/2026",
                                    "11/10/2026", "11/12/2026", "1200 Monroe Ave NW", "90 days"],
                             plan_ev="self-funded group health plan governed by ERISA", cat_ev="reached us after that time"),
                note="A self-funded employer plan's statement from its administrator (text PDF, header and appeal "
                     "sections in two columns), three claims: one paid, one pending, one denied: IOP on 4 days "
                     "(S9480; F33.1, F41.1) filed late (CO-29): timely_filing. The patient is the employee's spouse. "
                     "Stated 180 days after receipt. Traps: the employee and his -01 ID, the group, the paid and "
                     "pending claims with their codes and dates, the received date, the TPA's office, the 90-day "
                     "filing limit.")


def c11():
    nd = D(2026, 11, 9)
    s1 = D(2026, 9, 29)
    dl = "May 8, 2027"
    basis = "Your appeal must be received by May 8, 2027"
    return dict(n=11, slug="state-employees-plan-two-claims-medial-branch-block-billing-txt", lang='en', kind='txt',
                device=None, style={},
                blocks=[
                    ('a', ["SILVER BASIN PUBLIC EMPLOYEES HEALTH PLAN", "(a FICTIONAL state employees' plan)",
                           "Claims mailing address (not for appeals): PO Box 1860, Carson City, NV 89702"]),
                    ('p', F),
                    ('h', "Explanation of benefits"),
                    ('kv', "Date of issue:", fmt(nd, 'us')),
                    ('kv', "Member:", "Kaitlyn Oyelaran"),
                    ('kv', "Member ID:", "SBP 771 204 58"),
                    ('kv', "Coverage:", "State of Silver Basin employees' PPO, active employee"),
                    ('h', "Claim SB-26-0931-448 (Washoe Spine and Pain Center) - denied"),
                    ('t', ["Service date", "Code", "Diagnosis", "Charge", "Allowed", "Paid", "Adj", "Remark"],
                     [[fmt(s1, 'us'), "64493", "M47.816", "$1,450.00", "$0.00", "$0.00", "CO-16", "M51"]]),
                    ('p', "CO-16 M51: the claim is missing information or has a billing error. The procedure code "
                          "was billed without the required modifier for the level and side injected. The provider "
                          "may send a corrected claim; a corrected claim is not an appeal."),
                    ('h', "Claim SB-26-0931-102 (Washoe Spine and Pain Center) - paid"),
                    ('t', ["Service date", "Code", "Diagnosis", "Charge", "Allowed", "Paid", "Adj", "Remark"],
                     [["09/15/2026", "99214", "M47.816", "$210.00", "$148.20", "$118.56", "PR-2", "-"]]),
                    ('h', "Your appeal rights"),
                    ('p', "If you disagree with this decision, you may file a first-level appeal. Your appeal must be "
                          "received by May 8, 2027. Mail or fax it (fax 1-555-0183) to:"),
                    ('a', ["Silver Basin PEHP", "Attention: Appeals Coordinator", "901 South Stewart Street",
                           "Suite 1001", "Carson City, NV 89701"]),
                    ('p', "This plan is a governmental plan sponsored by the State of Silver Basin. After the plan's "
                          "final decision you may ask for an external review."),
                ],
                key=dict(patient_name="Kaitlyn Oyelaran", member_id="SBP 771 204 58", claim_number="SB-26-0931-448",
                         notice_date=nd, service_dates=[s1], procedure_codes=["64493"], diagnosis_codes=["M47.816"],
                         carc_codes=["CO-16"], denial_category="coding_billing", plan_type="governmental", urgent=False,
                         appeal_deadline=D(2027, 5, 8), deadline_basis=basis,
                         appeals_address="Silver Basin PEHP, Attention: Appeals Coordinator, 901 South Stewart Street, Suite 1001, Carson City, NV 89701"),
                anchors=dict(nd_label="Date of issue:", nd_printed=fmt(nd, 'us'), svc=['us'], window=('date', dl, basis),
                             addr=["Silver Basin PEHP", "Attention: Appeals Coordinator", "901 South Stewart Street",
                                   "Suite 1001", "Carson City, NV 89701"],
                             traps=["SB-26-0931-102", "99214", "09/15/2026", "PR-2", "PO Box 1860"],
                             plan_ev="governmental plan sponsored by the State", cat_ev="billing error"),
                note="A state employees' plan's plain-text statement of two claims: a lumbar medial branch block "
                     "(64493; M47.816) billed without its modifier (CO-16, remark M51): coding_billing; a paid office "
                     "visit beside it. Member ID with spaces. Stated date May 8, 2027. Traps: the paid claim with its "
                     "99214, date and PR-2, the claims box, a corrected claim that is no appeal.")


def c12():
    nd = D(2026, 10, 20)
    s1, s2 = D(2026, 9, 17), D(2026, 9, 24)
    return dict(n=12, slug="church-plan-ketamine-pain-excluded-white-out-margin-note-scan-png", lang='en', kind='png',
                device='white_out', style={'family': 'serif', 'size': 28, 'labelw': 420},
                notes=[("SSN covered before copying - J.A-R.", 1000, 262, 3),
                       ("appeal! ask Deb in HR 555-0163", 1010, 1640, -4)],
                blocks=[
                    ('a', ["Good Shepherd Ministries Benefit Plan", "a church plan (FICTIONAL) - Benefits Office, "
                           "210 Mission Street, Fort Wayne, IN 46802"]),
                    ('p', F),
                    ('kv', "Date:", fmt(nd, 'long')),
                    ('kv', "Participant:", "Jonah Abernathy-Ruiz"),
                    ('kv', "Member ID:", "GSM-3082-117"),
                    ('hl', "Social Security number: 000-00-0000 (sample)"),
                    ('kv', "Claim number:", "GS26-40877"),
                    ('kv', "Provider:", "Three Rivers Infusion Suites"),
                    ('p', "Dear Mr. Abernathy-Ruiz:"),
                    ('p', "We reviewed the claim for your intravenous ketamine treatments for chronic pain syndrome "
                          "(G89.4), given on " + fmt(s1, 'long') + " and " + fmt(s2, 'long') + " and billed with codes "
                          "96365 and J3490. We cannot pay this claim. Ketamine infusions for pain are listed among the "
                          "services the Plan does not cover (Plan Document, Article 7, Exclusion 31), so the charges "
                          "were denied with adjustment code CO-204: not a covered benefit under this plan."),
                    ('p', "You may appeal this decision. Please refer to your Summary Plan Description for the time "
                          "limits for filing an appeal and for what to include. Send your appeal to:"),
                    ('a', ["Good Shepherd Ministries Benefit Plan", "Appeals Committee", "7 Chapel Hill Road",
                           "Valparaiso, IN 46383"]),
                    ('p', "This Plan is a church plan and is not governed by ERISA. Questions: 1-555-0165."),
                    ('p', "In Christ's service,"),
                    ('p', "Claims Review, Good Shepherd Ministries Benefit Plan"),
                ],
                key=dict(patient_name="Jonah Abernathy-Ruiz", member_id="GSM-3082-117", claim_number="GS26-40877",
                         notice_date=nd, service_dates=[s1, s2], procedure_codes=["96365", "J3490"],
                         diagnosis_codes=["G89.4"], carc_codes=["CO-204"], denial_category="not_covered",
                         plan_type="church", urgent=False,
                         deadline_basis="26 CFR 54.9815-2719(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)",
                         appeals_address="Good Shepherd Ministries Benefit Plan, Appeals Committee, 7 Chapel Hill Road, Valparaiso, IN 46383"),
                anchors=dict(nd_label="Date:", nd_printed=fmt(nd, 'long'), svc=['long'], window=('rule',),
                             addr=["Good Shepherd Ministries Benefit Plan", "Appeals Committee", "7 Chapel Hill Road",
                                   "Valparaiso, IN 46383"],
                             traps=["210 Mission Street", "555-0163"],
                             plan_ev="church plan and is not governed by ERISA", cat_ev="does not cover"),
                note="A church plan's letter (not ERISA) with the facts in sentences: IV ketamine for chronic pain on "
                     "2 days (96365, J3490; G89.4) excluded (CO-204): not_covered. A colour scan: the member painted "
                     "correction fluid over the Social Security number line before copying and wrote two notes in "
                     "blue ink in the right margin (one with a phone number). No time limit printed (it points to "
                     "the SPD): the church rule, 180 days. Traps: the Benefits Office, the handwritten phone number.")


# ------------------------------------------------------------------ Spanish
def c13():
    nd = D(2026, 11, 12)
    days = [D(2026, 10, 21), D(2026, 10, 22), D(2026, 10, 23)]
    basis = "Tiene 60 días a partir de la fecha de este aviso para pedir una apelación"
    rows = [[fmt(d, 'esd'), "H0035", "Hospitalización parcial de salud mental", "F33.2", "$380.00", "$0.00", "CO-197"]
            for d in days]
    return dict(n=13, slug="es-medicaid-mco-php-no-authorization-two-column-pdf", lang='es', kind='pdf', device=None,
                style={},
                blocks=[
                    ('a', ["Plan de Salud Sol del Valle - Medicaid de Texas, atención administrada (muestra FICTICIA)",
                           "Oficina principal: 455 Commerce St, San Antonio, TX 78205"]),
                    ('p', FE),
                    ('h', "AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS"),
                    ('col', [
                        ('kv', "Fecha del aviso:", fmt(nd, 'es')),
                        ('kv', "Miembro:", "Xiomara Benítez Oquendo"),
                        ('kv', "Fecha de nacimiento:", "12/11/1983"),
                        ('kv', "Número de miembro:", "SDV-4418207"),
                        ('kv', "Número de Medicaid:", "520918877"),
                        ('kv', "Número de reclamo:", "SV-26-77104-3"),
                    ], [
                        ('p', "Proveedor: Centro de Salud Mental Alamo Heights. Las fechas de este aviso se escriben "
                              "día/mes/año."),
                        ('p', "Recibimos el reclamo el 02/11/2026."),
                    ]),
                    ('t', ["Fecha de servicio", "Código", "Servicio", "Diagnóstico", "Cobrado", "Pagado", "Código de ajuste"], rows),
                    ('p', "Motivo: este servicio requiere autorización previa y no la recibimos antes de las fechas de "
                          "servicio (CO-197). Por eso negamos el pago."),
                    ('col', [
                        ('h', "Su derecho a apelar"),
                        ('p', "Tiene 60 días a partir de la fecha de este aviso para pedir una apelación. Puede "
                              "llamarnos al 1-555-0191 o escribirnos a:"),
                        ('a', ["Plan de Salud Sol del Valle", "Atención: Departamento de Apelaciones", "2100 Calle Nogal",
                               "Suite 300", "San Antonio, TX 78205"]),
                    ], [
                        ('h', "Otros derechos"),
                        ('p', "Continuación de beneficios: si quiere que un servicio siga mientras se decide su "
                              "apelación, debe pedirlo dentro de 10 días de la fecha de este aviso."),
                        ('p', "Audiencia imparcial estatal: después de nuestra decisión sobre su apelación, puede pedir "
                              "una audiencia imparcial estatal dentro de 120 días."),
                    ]),
                ],
                key=dict(patient_name="Xiomara Benítez Oquendo", member_id="SDV-4418207", claim_number="SV-26-77104-3",
                         notice_date=nd, service_dates=days, procedure_codes=["H0035"], diagnosis_codes=["F33.2"],
                         carc_codes=["CO-197"], denial_category="prior_authorization", plan_type="medicaid", urgent=False,
                         deadline_basis=basis,
                         appeals_address="Plan de Salud Sol del Valle, Atención: Departamento de Apelaciones, 2100 Calle Nogal, Suite 300, San Antonio, TX 78205"),
                anchors=dict(nd_label="Fecha del aviso:", nd_printed=fmt(nd, 'es'), svc=['esd'], window=('days', 60, basis),
                             addr=["Plan de Salud Sol del Valle", "Atención: Departamento de Apelaciones", "2100 Calle Nogal",
                                   "Suite 300", "San Antonio, TX 78205"],
                             traps=["12/11/1983", "520918877", "02/11/2026", "10 días", "120 días", "455 Commerce St"],
                             plan_ev="Medicaid de Texas, atención administrada", cat_ev="autorización previa"),
                note="A Medicaid managed-care plan's notice in Spanish (text PDF, two columns): partial "
                     "hospitalization on 3 days (H0035; F33.2) with no prior authorization (CO-197): "
                     "prior_authorization. Day-first dates, said so on the notice. Stated 60 días. Traps: the date of "
                     "birth 12/11/1983 (the notice's day and month), the state Medicaid number, the received date, the "
                     "10 días to keep benefits and the hearing's 120 días, the main office.")


def c14():
    nd = D(2026, 11, 18)
    basis = "dentro de 90 días a partir de la fecha de este aviso"
    return dict(n=14, slug="es-medicaid-ffs-esketamine-step-therapy-spiral-notebook-photo", lang='es', kind='jpg',
                device='spiral_notebook', style={'family': 'sans', 'size': 28, 'labelw': 470},
                blocks=[
                    ('a', ["Departamento de Servicios Humanos de Nuevo México (muestra FICTICIA)",
                           "Programa Medicaid - pago por servicio", "Oficina de Servicios Médicos, 1474 Rodeo Rd, Santa Fe, NM 87505"]),
                    ('p', FE),
                    ('h', "Aviso de denegación de autorización previa"),
                    ('kv', "Fecha del aviso:", fmt(nd, 'es')),
                    ('kv', "Nombre del beneficiario:", "Rogelio Cárdenas Llamas"),
                    ('kv', "Número de identificación de Medicaid:", "4407719520"),
                    ('kv', "Número de autorización previa:", "PA 2611 08834"),
                    ('kv', "Servicio pedido:", "esketamina en aerosol nasal (J0013) con observación clínica prolongada "
                                               "(99415), 8 sesiones"),
                    ('kv', "Diagnóstico:", "F33.2"),
                    ('h', "Nuestra decisión"),
                    ('p', "Negamos la autorización. El programa cubre la esketamina solo después de que el paciente "
                          "haya probado primero dos antidepresivos orales y un tratamiento de potenciación. Los "
                          "registros que recibimos muestran un solo antidepresivo. Esta es una regla de terapia "
                          "escalonada del programa."),
                    ('h', "Su derecho a una audiencia imparcial estatal"),
                    ('p', "Usted no tiene una apelación previa con un plan: la audiencia es el primer paso. Puede "
                          "pedir una audiencia imparcial estatal dentro de 90 días a partir de la fecha de este aviso. "
                          "Escriba a:"),
                    ('a', ["Oficina de Audiencias Imparciales", "Atención: Unidad de Audiencias", "Apartado Postal 2348",
                           "Santa Fe, NM 87504"]),
                    ('p', "Si no está de acuerdo con la decisión de la audiencia, puede apelar al tribunal de distrito "
                          "dentro de 30 días. Ayuda gratuita: 1-555-0195."),
                ],
                key=dict(patient_name="Rogelio Cárdenas Llamas", member_id="4407719520", claim_number="PA 2611 08834",
                         notice_date=nd, procedure_codes=["J0013", "99415"], diagnosis_codes=["F33.2"],
                         denial_category="step_therapy", plan_type="medicaid", urgent=False,
                         deadline_basis="Puede pedir una audiencia imparcial estatal dentro de 90 días a partir de la fecha de este aviso",
                         appeals_address="Oficina de Audiencias Imparciales, Atención: Unidad de Audiencias, Apartado Postal 2348, Santa Fe, NM 87504"),
                anchors=dict(nd_label="Fecha del aviso:", nd_printed=fmt(nd, 'es'), svc=[],
                             window=('days', 90, "Puede pedir una audiencia imparcial estatal dentro de 90 días a partir de la fecha de este aviso"),
                             addr=["Oficina de Audiencias Imparciales", "Atención: Unidad de Audiencias",
                                   "Apartado Postal 2348", "Santa Fe, NM 87504"],
                             traps=["1474 Rodeo Rd", "30 días"],
                             plan_ev="Programa Medicaid - pago por servicio", cat_ev="terapia escalonada"),
                note="A fee-for-service Medicaid program's prior-authorization denial in Spanish: esketamine with "
                     "observation (J0013, 99415; F33.2) refused under step therapy: step_therapy. Photographed lying "
                     "on an open spiral notebook, the coil and ruled lines round it. No plan appeal: the fair "
                     "hearing's stated 90 días is keyed, with the hearing office's address. Traps: the agency's "
                     "office, the court's 30 días.")


def c15():
    nd = D(2026, 11, 9)
    s1, s2 = D(2026, 10, 6), D(2026, 10, 13)
    basis = "Debe presentar su apelación dentro de 65 días a partir de la fecha de este aviso"
    return dict(n=15, slug="es-medicare-advantage-psychotherapy-out-of-network-kraft-green-stamp-tiff", lang='es',
                kind='tif_jpeg', device='kraft_stamp', style={'family': 'serif', 'size': 28, 'labelw': 470},
                blocks=[
                    ('a', ["Brisa del Caribe HMO - plan Medicare Advantage (FICTICIO, Florida)",
                           "Servicios al Miembro: 2600 Ponce de Leon Blvd, Coral Gables, FL 33134"]),
                    ('p', FE),
                    ('h', "Aviso de denegación de pago"),
                    ('kv', "Fecha:", fmt(nd, 'es')),
                    ('kv', "Miembro:", "Aurelio Santiesteban Ruiz"),
                    ('kv', "Número de miembro:", "BDC-33019-874"),
                    ('kv', "Número de Medicare:", "5MN3-TR8-XK22"),
                    ('kv', "Número de reclamación:", "2611-04-55621"),
                    ('p', "Estimado Sr. Santiesteban: negamos el pago de la psicoterapia de 60 minutos (código 90837) "
                          "que le dio la Lic. Marisol Etxeberría los días " + fmt(s1, 'es') + " y " + fmt(s2, 'es') +
                          ", por trastorno de ansiedad generalizada (F41.1). La proveedora no pertenece a la red de su "
                          "plan HMO y usted no tenía una remisión ni una autorización para verla (código de ajuste "
                          "CO-242)."),
                    ('h', "Cómo apelar"),
                    ('p', "Si no está de acuerdo, puede pedirnos que reconsideremos. Debe presentar su apelación "
                          "dentro de 65 días a partir de la fecha de este aviso. Envíela a:"),
                    ('a', ["Brisa del Caribe HMO", "Atención: Departamento de Apelaciones y Quejas", "8800 NW 36th Street",
                           "Suite 210", "Doral, FL 33178"]),
                    ('p', "Teléfono: 1-555-0197 (TTY 1-555-0198). Si mantenemos la denegación, enviaremos su caso a una "
                          "entidad de revisión independiente."),
                ],
                key=dict(patient_name="Aurelio Santiesteban Ruiz", member_id="BDC-33019-874", claim_number="2611-04-55621",
                         notice_date=nd, service_dates=[s1, s2], procedure_codes=["90837"], diagnosis_codes=["F41.1"],
                         carc_codes=["CO-242"], denial_category="out_of_network", plan_type="medicare_advantage",
                         urgent=False, deadline_basis=basis,
                         appeals_address="Brisa del Caribe HMO, Atención: Departamento de Apelaciones y Quejas, 8800 NW 36th Street, Suite 210, Doral, FL 33178"),
                anchors=dict(nd_label="Fecha:", nd_printed=fmt(nd, 'es'), svc=['es'], window=('days', 65, basis),
                             addr=["Brisa del Caribe HMO", "Atención: Departamento de Apelaciones y Quejas",
                                   "8800 NW 36th Street", "Suite 210", "Doral, FL 33178"],
                             traps=["5MN3-TR8-XK22", "2600 Ponce de Leon Blvd"],
                             plan_ev="plan Medicare Advantage", cat_ev="no pertenece a la red"),
                note="A Medicare Advantage HMO's payment denial in Spanish, a letter: psychotherapy on 2 days (90837; "
                     "F41.1) by a provider outside the network with no referral (CO-242): out_of_network. Scanned from "
                     "brown kraft paper, fibres and all, with a green 'COPIA DEL AFILIADO' stamp struck twice, offset "
                     "(TIFF with JPEG compression). Stated 65 días. Traps: the Medicare Number, the Member Services "
                     "office.")


def c16():
    nd = D(2026, 12, 1)
    days = [D(2026, 10, 14), D(2026, 10, 16), D(2026, 10, 21)]
    basis = "Fecha límite para presentar una apelación: 5 de abril de 2027"
    rows = [["21126-8830-0457  Lehigh Valley TMS Center" if i == 0 else "", fmt(d, 'us'),
             "Estimulación magnética transcraneal, sesión siguiente (90868)", "No (a)", "$289.00"]
            for i, d in enumerate(days)]
    rows.append(["21126-8830-0312  Dr. Tomás Ibarra Soler", "09/10/2026", "Evaluación psiquiátrica con servicios "
                 "médicos (90792)", "Sí", "$58.40"])
    return dict(n=16, slug="es-medicare-msn-two-claims-tms-hospital-tray-iv-pole-photo", lang='es', kind='jpg',
                device='iv_pole', style={'family': 'sans', 'size': 27, 'labelw': 480},
                blocks=[
                    ('h', "Resumen de Medicare para la Parte B (seguro médico)"),
                    ('p', "El resumen oficial de sus reclamos de Medicare - " + FE),
                    ('kv', "Fecha de este aviso:", fmt(nd, 'es')),
                    ('kv', "Reclamos procesados:", "entre el 1 de septiembre y el 27 de noviembre de 2026"),
                    ('a', ["CARMEN ROSA VILLALOBOS DE LEÓN", "118 CALLE ALLEN, APT 2", "ALLENTOWN PA 18102"]),
                    ('kv', "Número de Medicare:", "2HK8-WQ3-NP57"),
                    ('p', "Las fechas de servicio se escriben mes/día/año."),
                    ('h', "Sus reclamos de la Parte B"),
                    ('t', ["Número de reclamo / proveedor", "Fecha", "Servicio (código)", "¿Aprobado?", "Puede que le facturen"], rows),
                    ('p', "(a) Medicare no paga servicios que no son razonables y necesarios para el diagnóstico o "
                          "tratamiento de su afección, según los registros enviados con este reclamo."),
                    ('h', "Cómo presentar una apelación"),
                    ('kv', "Fecha límite para presentar una apelación:", "5 de abril de 2027"),
                    ('p', "Marque con un círculo el servicio con el que no está de acuerdo, explique por qué, firme y "
                          "envíe este aviso o una copia a:"),
                    ('a', ["Servicios Medicare del Atlántico", "Redeterminaciones de la Parte B", "Apartado Postal 4410",
                           "Camp Hill, PA 17001"]),
                    ('p', "Ayuda: 1-555-0100. Programa Estatal de Asistencia sobre Seguros de Salud: 1-555-0104."),
                ],
                key=dict(patient_name="CARMEN ROSA VILLALOBOS DE LEÓN", member_id="2HK8-WQ3-NP57",
                         claim_number="21126-8830-0457", notice_date=nd, service_dates=days, procedure_codes=["90868"],
                         denial_category="medical_necessity", plan_type="medicare", urgent=False,
                         appeal_deadline=D(2027, 4, 5), deadline_basis=basis,
                         appeals_address="Servicios Medicare del Atlántico, Redeterminaciones de la Parte B, Apartado Postal 4410, Camp Hill, PA 17001"),
                anchors=dict(nd_label="Fecha de este aviso:", nd_printed=fmt(nd, 'es'), svc=['us'],
                             window=('date', "5 de abril de 2027", basis),
                             addr=["Servicios Medicare del Atlántico", "Redeterminaciones de la Parte B",
                                   "Apartado Postal 4410", "Camp Hill, PA 17001"],
                             traps=["21126-8830-0312", "90792", "09/10/2026", "27 de noviembre de 2026", "118 CALLE ALLEN"],
                             plan_ev="Resumen de Medicare para la Parte B", cat_ev="no son razonables y necesarios"),
                note="An Original Medicare summary notice in Spanish (Part B), two claims: TMS on 3 days (90868) not "
                     "reasonable and necessary: medical_necessity; a paid psychiatric evaluation. US month-first dates, "
                     "said so on the notice. No diagnosis code and no CARC printed. Photographed on a hospital "
                     "bedside tray over a pale blue blanket, an IV pole's thin shadow and its bag's soft shadow across "
                     "the page. Stated date 5 de abril de 2027. Traps: the paid claim, its 90792 and date, the end of the "
                     "processing range, the home address.")


def c17():
    nd = D(2026, 11, 4)
    s1, s2 = D(2026, 9, 2), D(2026, 9, 9)
    basis = "Tiene 60 días a partir de la fecha de este aviso para apelar"
    return dict(n=17, slug="es-chip-child-therapy-before-coverage-began-cutting-mat-photo", lang='es', kind='jpg',
                device='mat_corner', style={'family': 'sans', 'size': 28, 'labelw': 440},
                blocks=[
                    ('a', ["Plan Infantil Mariposa - CHIP de Colorado (muestra FICTICIA)",
                           "Programa de Seguro Médico para Niños, separado de Medicaid"]),
                    ('p', FE),
                    ('h', "Aviso de reclamo denegado"),
                    ('kv', "Fecha de emisión:", fmt(nd, 'es')),
                    ('a', ["Para: Ximena Paredes (madre)", "905 Vrain St", "Denver, CO 80204"]),
                    ('kv', "Niña:", "Valentina Ochoa Paredes"),
                    ('kv', "Fecha de nacimiento:", "04/11/2016"),
                    ('kv', "N.º de miembro:", "MCP-20577-12"),
                    ('kv', "Número de reclamo:", "MP26-118-0093"),
                    ('kv', "Cobertura desde:", "15/09/2026"),
                    ('p', "Fechas en formato DD/MM/AAAA."),
                    ('t', ["Fecha de servicio", "Código", "Diagnóstico", "Cobrado", "Pagado", "Ajuste"],
                     [[fmt(s1, 'esd'), "90832", "F43.22", "$95.00", "$0.00", "CO-26"],
                      [fmt(s2, 'esd'), "90832", "F43.22", "$95.00", "$0.00", "CO-26"]]),
                    ('p', "Motivo: los servicios se dieron antes de que empezara la cobertura de Valentina en el plan "
                          "(CO-26). No podemos pagar servicios anteriores a la fecha de inicio de la cobertura."),
                    ('h', "Si no está de acuerdo"),
                    ('p', "Tiene 60 días a partir de la fecha de este aviso para apelar. Llame al 1-555-0102 o escriba a:"),
                    ('a', ["Plan Infantil Mariposa", "Atención: Unidad de Apelaciones", "1450 Larimer Street", "Piso 6",
                           "Denver, CO 80202"]),
                    ('p', "Después de nuestra decisión, puede pedir que el estado revise el caso."),
                ],
                key=dict(patient_name="Valentina Ochoa Paredes", member_id="MCP-20577-12", claim_number="MP26-118-0093",
                         notice_date=nd, service_dates=[s1, s2], procedure_codes=["90832"], diagnosis_codes=["F43.22"],
                         carc_codes=["CO-26"], denial_category="other", plan_type="chip", urgent=False,
                         deadline_basis=basis,
                         appeals_address="Plan Infantil Mariposa, Atención: Unidad de Apelaciones, 1450 Larimer Street, Piso 6, Denver, CO 80202"),
                anchors=dict(nd_label="Fecha de emisión:", nd_printed=fmt(nd, 'es'), svc=['esd'], window=('days', 60, basis),
                             addr=["Plan Infantil Mariposa", "Atención: Unidad de Apelaciones", "1450 Larimer Street",
                                   "Piso 6", "Denver, CO 80202"],
                             traps=["Ximena Paredes", "04/11/2016", "15/09/2026", "905 Vrain St"],
                             plan_ev="CHIP de Colorado", cat_ev="antes de que empezara la cobertura"),
                note="A separate CHIP plan's denial in Spanish, to the mother: a child's psychotherapy on 2 days "
                     "(90832; F43.22) before her coverage began (CO-26): other (an eligibility question). Day-first "
                     "dates, said so. Photographed on a green cutting mat whose grid shows round the page, the lower "
                     "right corner lifting with its shadow. Stated 60 días. Traps: the mother, the date of birth "
                     "04/11/2016 (read day first it is the notice's day and month), the coverage start date, the "
                     "home address.")


def c18():
    nd = D(2026, 11, 17)
    s1, s2 = D(2026, 10, 20), D(2026, 10, 27)
    basis = "Tiene 180 días a partir de la fecha en que reciba este aviso para presentar una apelación"
    body = [
        ('p', "Alianza Salud Individual Plata - plan del Mercado de Seguros Médicos de Arizona (" + FE + ")"),
        ('h', "Explicación de beneficios: reclamo denegado"),
        ('kv', "Fecha del aviso:", fmt(nd, 'es')),
        ('kv', "Asegurada:", "Lucía Fernanda Quiroga Mena"),
        ('kv', "ID de miembro:", "ASP 6021 3378"),
        ('kv', "Reclamo n.º:", "AZ-2611-00418"),
        ('kv', "Proveedor:", "Clínica Sonora de Salud Mental, Tucson"),
        ('t', ["Fecha", "Código", "Servicio", "Diagnóstico", "Cobrado", "Pagado", "Ajuste"],
         [[fmt(s1, 'es'), "J0013", "Esketamina nasal, por 1 mg (84 unidades)", "F33.1", "$2,310.00", "$0.00", "CO-22"],
          [fmt(s1, 'es'), "99415", "Observación clínica prolongada", "F33.1", "$180.00", "$0.00", "CO-22"],
          [fmt(s2, 'es'), "J0013", "Esketamina nasal, por 1 mg (84 unidades)", "F33.1", "$2,310.00", "$0.00", "CO-22"],
          [fmt(s2, 'es'), "99415", "Observación clínica prolongada", "F33.1", "$180.00", "$0.00", "CO-22"]]),
        ('p', "Motivo: según nuestros registros de coordinación de beneficios, usted tiene otra cobertura que paga "
              "primero (el plan de su empleador anterior). Envíe al proveedor la explicación de beneficios del otro "
              "plan, o díganos si esa cobertura terminó (CO-22)."),
        ('h', "Sus derechos de apelación"),
        ('p', "Tiene 180 días a partir de la fecha en que reciba este aviso para presentar una apelación. Envíela a:"),
        ('a', ["Alianza Salud", "Atención: Apelaciones de Miembros", "Apartado Postal 64190", "Phoenix, AZ 85082"]),
        ('p', "Después de la apelación interna puede pedir una revisión externa dentro de 4 meses. Ayuda: 1-555-0108."),
    ]
    return dict(n=18, slug="es-marketplace-esketamine-other-coverage-primary-forwarded-outlook-eml", lang='es',
                kind='eml', device=None, style={}, blocks=body,
                extra=dict(subj="RV: Aviso de reclamo denegado - AZ-2611-00418",
                           frm="Lucía Quiroga <lucia.quiroga@correo.example>",
                           to="Navegadora Ana Beltrán <abeltran@navegadores-az.example>",
                           date="Wed, 02 Dec 2026 08:15:44 -0700",
                           intro=["Hola Ana:", "Le reenvío el aviso del seguro. El plan de mi empleador anterior terminó "
                                  "el 30 de junio, antes de las sesiones. ¿Me ayuda con la apelación?",
                                  "Gracias, Lucía (520-555-0109)"],
                           fwd=["-----Mensaje original-----",
                                "De: Alianza Salud <avisos@alianzasalud.example>",
                                "Enviado el: miércoles, 18 de noviembre de 2026 7:30",
                                "Para: lucia.quiroga@correo.example",
                                "Asunto: Aviso de reclamo denegado - AZ-2611-00418"]),
                key=dict(patient_name="Lucía Fernanda Quiroga Mena", member_id="ASP 6021 3378", claim_number="AZ-2611-00418",
                         notice_date=nd, service_dates=[s1, s2], procedure_codes=["J0013", "99415"],
                         diagnosis_codes=["F33.1"], carc_codes=["CO-22"], denial_category="coordination_of_benefits",
                         plan_type="individual_aca", urgent=False, deadline_basis=basis,
                         appeals_address="Alianza Salud, Atención: Apelaciones de Miembros, Apartado Postal 64190, Phoenix, AZ 85082"),
                anchors=dict(nd_label="Fecha del aviso:", nd_printed=fmt(nd, 'es'), svc=['es'], window=('days', 180, basis),
                             addr=["Alianza Salud", "Atención: Apelaciones de Miembros", "Apartado Postal 64190",
                                   "Phoenix, AZ 85082"],
                             traps=["Ana Beltrán", "18 de noviembre de 2026", "02 Dec 2026", "30 de junio", "4 meses"],
                             plan_ev="plan del Mercado de Seguros Médicos", cat_ev="coordinación de beneficios"),
                note="A Marketplace plan's EOB in Spanish, forwarded by the member to a navigator in Outlook style "
                     "('-----Mensaje original-----', RV:): esketamine with observation on 2 days (J0013, 99415; F33.1) "
                     "denied because other coverage pays first (CO-22): coordination_of_benefits. Member ID with "
                     "spaces. Stated 180 días from receipt. Traps: the navigator, the e-mail's Date (2 Dec) and the "
                     "original message's date (18 de noviembre), the end of the old coverage, external review's "
                     "4 meses.")


CASES = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18]
