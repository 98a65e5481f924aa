"""Notices 01-12 (English). Everything is FICTIONAL."""
from common import D, en, us, dmy

def C(**k): return k
CASES = []

# 01 ---------------------------------------------------------------------------------------------
nd = D(2026, 11, 9); sd = [D(2026, 10, 6), D(2026, 10, 8), D(2026, 10, 13)]
CASES.append(C(
    slug='01-employer-insured-ketamine-necessity-led-flicker-photo', kind='led_banding',
    patient_name='Odalys Brennan-Kuti', member_id='WQH884120357', claim_number='4471-20268-0913',
    notice_date=nd, service_dates=sd, procedure_codes=['96365', '96366', 'J3490'], diagnosis_codes=['F33.2'],
    carc_codes=['CO-50'], denial_category='medical_necessity', plan_type='employer_erisa', urgent=False,
    window=('days', 180), basis='You may appeal within 180 days after you receive this notice',
    address=['Harbor Mutual Health Insurance Company', 'Member Appeals', 'PO Box 30917', 'Lowell, MA 01853-0917'],
    nd_anchor=('Date of this notice:', en(nd)), sd_printed=[(us(d), d) for d in sd],
    evidence=['not medically necessary', 'Group health plan sponsored by your employer (ERISA)'],
    traps=['10/27/2026', 'Reference 7742-0019', '99214', 'PO Box 30900', '08/22/1979', 'GRP-55120'],
    note='FICTIONAL. An insured employer plan (ERISA) denies IV ketamine on three days as not medically necessary (CO-50); a paid office visit line (99214) on the same claim. Phone photo under a flickering LED panel: rolling-shutter bands across the page, warm cast, a little blur. Window stated: 180 days after receipt, counted from the notice date. Traps: DOB, claim received 10/27, a call reference, the claims PO box, the group number.',
    lines=['#HARBOR MUTUAL HEALTH INSURANCE COMPANY', 'Claims: PO Box 30900, Lowell, MA 01853-0900   Phone 1-555-0112',
           'FICTIONAL SAMPLE - not a real notice', '',
           '#EXPLANATION OF BENEFITS AND NOTICE OF ADVERSE BENEFIT DETERMINATION', '',
           'Date of this notice: ' + en(nd),
           'Member: Odalys Brennan-Kuti            Date of birth: 08/22/1979',
           'Member ID: WQH884120357                Group: GRP-55120',
           'Coverage: Group health plan sponsored by your employer (ERISA), insured by Harbor Mutual',
           'Claim number: 4471-20268-0913          Claim received: 10/27/2026',
           'Provider: Quiet Harbor Infusion Services, Salem, MA', '',
           '#  Date of service  Code    Diagnosis  Billed     Allowed   You owe   Remark',
           '  10/02/2026       99214   F33.2      $210.00    $142.00   $30.00    PR-3 (copay) PAID',
           '  ' + us(sd[0]) + '       96365   F33.2      $640.00    $0.00     $0.00     CO-50',
           '  ' + us(sd[0]) + '       J3490   F33.2      $95.00     $0.00     $0.00     CO-50',
           '  ' + us(sd[1]) + '       96365   F33.2      $640.00    $0.00     $0.00     CO-50',
           '  ' + us(sd[1]) + '       96366   F33.2      $180.00    $0.00     $0.00     CO-50',
           '  ' + us(sd[2]) + '       96365   F33.2      $640.00    $0.00     $0.00     CO-50', '',
           'Why we denied the infusions: our medical director found the ketamine infusions',
           'not medically necessary under our Behavioral Health Infusion guideline, because the record',
           'did not show two adequate antidepressant trials at full dose.', '',
           '#Your right to appeal',
           'You may appeal within 180 days after you receive this notice. If waiting could seriously',
           'harm your health you may ask for an urgent appeal, decided within 72 hours. After our',
           'final decision you may ask for an independent external review within 4 months.',
           'You called us on 11/03/2026 (Reference 7742-0019); that call is not an appeal.', '',
           'Send your written appeal to:',
           '    Harbor Mutual Health Insurance Company',
           '    Member Appeals',
           '    PO Box 30917',
           '    Lowell, MA 01853-0917',
           'Do not mail appeals to the claims box printed at the top of this page.', '',
           'You may ask for copies of the guideline and all documents about your claim, free.',
           'FICTIONAL SAMPLE - invented for software testing.']))

# 02 ---------------------------------------------------------------------------------------------
nd = D(2026, 11, 16); sd = [D(2026, 9, 28), D(2026, 9, 29), D(2026, 9, 30), D(2026, 10, 1)]
BACK02 = ['#PAGE 2 - PLAN INFORMATION (FICTIONAL)', '', 'This page is the back of the statement.',
          'Your plan is self-funded: the employer pays claims from its own assets.',
          'Questions: 1-555-0131.  Claim number 88-114-0042 (a 2025 claim, closed).'] + ['Notes on terms used.'] * 20
CASES.append(C(
    slug='02-self-funded-tpa-tms-session-cap-show-through-scan', kind='show_through', back=BACK02,
    patient_name='Demetrius Farrow-Lindqvist', member_id='TPX-55018-7734', claim_number='CLM26N0448812',
    notice_date=nd, service_dates=sd, procedure_codes=['90868'], diagnosis_codes=['F33.1'],
    carc_codes=['CO-119'], denial_category='benefit_limit', plan_type='employer_erisa', urgent=False,
    window=('rule', None), basis=None,
    address=['Copperline Manufacturing Employee Health Plan', 'c/o Ridgeway Benefit Administrators', 'Appeals Unit', 'PO Box 7720', 'Boise, ID 83707-7720'],
    nd_anchor=('Statement date', us(nd)), sd_printed=[(us(d), d) for d in sd],
    evidence=['self-funded', 'maximum benefit'],
    traps=['09/15/2026', '10/30/2026', 'GRP 4410', 'PO Box 7700'],
    note='FICTIONAL. A self-funded employer plan (ERISA) through a TPA stops paying TMS after the 30-session yearly maximum (CO-119): benefit_limit. A thin two-sided page scanned: the back shows through mirrored. No window printed (it points to the SPD): ERISA rule, 180 days. Traps: the last paid session 09/15, claims received 10/30, the group number, the claims box.',
    lines=['#RIDGEWAY BENEFIT ADMINISTRATORS', 'Third-party administrator for the Copperline Manufacturing Employee Health Plan',
           'Claims: PO Box 7700, Boise, ID 83707-7700 | 1-555-0131 | FICTIONAL SAMPLE', '',
           '#STATEMENT OF BENEFITS - THIS IS NOT A BILL', '',
           'Statement date  ' + us(nd) + '        Participant  Demetrius Farrow-Lindqvist',
           'ID  TPX-55018-7734                   Group  GRP 4410',
           'Claim  CLM26N0448812                 Received  10/30/2026',
           'Your plan is self-funded; Ridgeway processes claims but does not insure them.', '',
           '#Service              From        Code    Dx      Charge    Plan paid  Reason',
           'Brain stimulation    ' + us(sd[0]) + '  90868   F33.1   $285.00   $0.00      CO-119',
           'Brain stimulation    ' + us(sd[1]) + '  90868   F33.1   $285.00   $0.00      CO-119',
           'Brain stimulation    ' + us(sd[2]) + '  90868   F33.1   $285.00   $0.00      CO-119',
           'Brain stimulation    ' + us(sd[3]) + '  90868   F33.1   $285.00   $0.00      CO-119', '',
           'CO-119: the maximum benefit for this service in the plan year has been reached.',
           'Your plan covers 30 sessions of transcranial magnetic stimulation a plan year; the',
           '30th session was paid on 09/15/2026.', '',
           '#How to ask for a review',
           'You have the right to appeal this decision. The time limits and your rights are in',
           'Section 9 of your Summary Plan Description. You may also have the right to bring a civil',
           'action under section 502(a) of ERISA after the appeal. Write to:', '',
           'Copperline Manufacturing Employee Health Plan',
           'c/o Ridgeway Benefit Administrators',
           'Appeals Unit',
           'PO Box 7720',
           'Boise, ID 83707-7720', '',
           'Include this statement and any records from your doctor.',
           'FICTIONAL SAMPLE - invented for software testing; no real person or plan.']))

# 03 ---------------------------------------------------------------------------------------------
nd = D(2026, 12, 1)
CASES.append(C(
    slug='03-marketplace-spravato-step-therapy-portal-html', kind='html',
    patient_name='Wren Okonkwo-Baptiste', member_id='MKT 2209 4471 8', claim_number='PA-2611-09374',
    notice_date=nd, service_dates=[], procedure_codes=['S0013'], diagnosis_codes=['F32.2'],
    carc_codes=[], denial_category='step_therapy', plan_type='individual_aca', urgent=False,
    window=('days', 180), basis='within 180 days of the date you receive this letter',
    address=['Lakeshore Select Health Plans', 'Attn: Grievances and Appeals', '2100 Meridian Parkway, Suite 410', 'Madison, WI 53718'],
    nd_anchor=('Letter date:', en(nd)), sd_printed=[],
    evidence=['step therapy', 'Marketplace'],
    traps=['November 20, 2026', 'December 4, 2026', 'PA-2609-01177', 'Elliott Okonkwo-Baptiste', 'MKT 2209 4471 9'],
    note='FICTIONAL. A Marketplace plan\'s member portal page, saved: a request for in-office esketamine (S0013; F32.2) denied for step therapy, before care. The page also shows an approved earlier request for a family member and a print date. Window stated: 180 days of receipt. Traps: print date Dec 4, received Nov 20, the other request number and the family member\'s name and ID.',
    html=True))

# 04 ---------------------------------------------------------------------------------------------
nd = D(2026, 10, 21); sd = [D(2026, 8, 31), D(2026, 9, 14), D(2026, 9, 28)]
dl = D(2027, 4, 19)
CASES.append(C(
    slug='04-student-plan-psychotherapy-out-of-network-stated-date-text-pdf', kind='pdf',
    patient_name='Anneliese Marchetti-Osei', member_id='SHP0093318', claim_number='E26-778-30415',
    notice_date=nd, service_dates=sd, procedure_codes=['90834'], diagnosis_codes=['F41.1'],
    carc_codes=['CO-242'], denial_category='out_of_network', plan_type='individual_aca', urgent=False,
    window=('date', dl), basis='Your appeal must be received by April 19, 2027',
    address=['Crestfield University Student Health Insurance Plan', 'Appeals Coordinator', 'PO Box 46213', 'Ann Arbor, MI 48106-6213'],
    nd_anchor=('Issued:', en(nd)), sd_printed=[(us(d), d) for d in sd],
    evidence=['out-of-network', 'Student Health Insurance Plan'],
    traps=['990417722', 'August 15, 2026', '10/05/2026', 'PO Box 46200', 'July 31, 2027'],
    note='FICTIONAL. A university student health plan (individual coverage) denies psychotherapy with a non-network counselor on three days (90834; F41.1) as out of network (CO-242). Text PDF. Deadline stated as a date: April 19, 2027. Traps: the student ID number, the policy period start and end, claim received 10/05, the claims box.',
    lines=['#CRESTFIELD UNIVERSITY STUDENT HEALTH INSURANCE PLAN', 'Underwritten by Keystone Scholastic Life (FICTIONAL)  |  Claims: PO Box 46200, Ann Arbor, MI 48106-6200',
           'FICTIONAL SAMPLE', '', 'Issued: ' + en(nd), '',
           'Anneliese Marchetti-Osei', '114 Hollis Court, Apt 3', 'Ann Arbor, MI 48104', '',
           '#Re: Claim E26-778-30415 - services not covered at the network level',
           'Insured: Anneliese Marchetti-Osei     Plan member no.: SHP0093318     Student ID: 990417722',
           'Policy period: August 15, 2026 to July 31, 2027.   Claim received: 10/05/2026', '',
           'Dates of service     Procedure   Diagnosis   Billed    Paid    Reason',
           us(sd[0]) + '           90834       F41.1       $160.00   $0.00   CO-242',
           us(sd[1]) + '           90834       F41.1       $160.00   $0.00   CO-242',
           us(sd[2]) + '           90834       F41.1       $160.00   $0.00   CO-242', '',
           'The counselor who treated you is an out-of-network provider. Your plan pays outside',
           'the network only for emergencies or when the plan approves a network exception first.',
           'You may ask for a network exception as part of an appeal if no network counselor could',
           'see you within a reasonable time.', '',
           '#Appeal rights',
           'Your appeal must be received by April 19, 2027 (180 days after you receive this letter).',
           'Mail it to: Crestfield University Student Health Insurance Plan, Appeals Coordinator,',
           'PO Box 46213, Ann Arbor, MI 48106-6213.',
           'If we uphold the denial you may ask for an external review within 4 months of our final',
           'decision. Urgent appeals are decided within 72 hours.', '',
           'FICTIONAL SAMPLE - invented for software testing.']))

# 05 ---------------------------------------------------------------------------------------------
nd = D(2026, 11, 24); sd = [D(2026, 10, 19), D(2026, 10, 21), D(2026, 10, 23)]
CASES.append(C(
    slug='05-medicare-advantage-ect-no-prior-auth-posterized-scan', kind='posterize16',
    patient_name='Harold J. Vasquez-Mbeki', member_id='H44719-02285', claim_number='26-332-558710',
    notice_date=nd, service_dates=sd, procedure_codes=['90870', '00104'], diagnosis_codes=['F33.3'],
    carc_codes=['CO-197'], denial_category='prior_authorization', plan_type='medicare_advantage', urgent=False,
    window=('days', 65), basis='You must ask for a reconsideration within 65 calendar days from the date of this notice',
    address=['Bluestem Medicare Advantage', 'Reconsiderations Department', '800 Prairie Gate Road, Mail Stop 4B', 'Omaha, NE 68154'],
    nd_anchor=('Date:', us(nd)), sd_printed=[(us(d), d) for d in sd],
    evidence=['without prior authorization', 'Medicare Advantage'],
    traps=['7QK2-HT5-MJ91', '05/30/1951', '11/02/2026', '60 days', '1-555-0147'],
    note='FICTIONAL. A Medicare Advantage HMO denies payment for an ECT series and its anesthesia on three days (90870, 00104; F33.3) given without prior authorization (CO-197). A colour scan saved by the scanner\'s document mode as a 16-colour palette PNG (dithered). Window stated: 65 days from the notice. Traps: the Medicare Number, DOB, received 11/02, the 60 days to decide, a phone.',
    lines=['#BLUESTEM MEDICARE ADVANTAGE (HMO)', 'FICTIONAL SAMPLE  -  Member Services 1-555-0147', '',
           '#NOTICE OF DENIAL OF PAYMENT', '', 'Date: ' + us(nd), '',
           'Enrollee name: Harold J. Vasquez-Mbeki', 'Plan member number: H44719-02285',
           'Medicare Number: 7QK2-HT5-MJ91      Date of birth: 05/30/1951',
           'Claim number: 26-332-558710        Received: 11/02/2026',
           'Provider: Larkspur Behavioral Hospital', '',
           'We have denied payment for these services:',
           '   ' + us(sd[0]) + '   90870 and 00104   diagnosis F33.3   CO-197',
           '   ' + us(sd[1]) + '   90870 and 00104   diagnosis F33.3   CO-197',
           '   ' + us(sd[2]) + '   90870 and 00104   diagnosis F33.3   CO-197', '',
           'Why: these services were given without prior authorization. Our plan requires',
           'approval before a course of electroconvulsive therapy. Your doctor did not ask us first.', '',
           '#Your right to appeal (a "reconsideration")',
           'You must ask for a reconsideration within 65 calendar days from the date of this notice.',
           'We will decide a payment appeal within 60 days. Fast appeals are not available for',
           'payment of services you already received.', '',
           'Send your written request to:', '   Bluestem Medicare Advantage', '   Reconsiderations Department',
           '   800 Prairie Gate Road, Mail Stop 4B', '   Omaha, NE 68154', '',
           'If we do not decide fully in your favor, we will send your case to an independent',
           'review entity automatically.', 'FICTIONAL SAMPLE - invented for software testing.']))

def html_03(c):
    nd = c['notice_date']
    return '''<!DOCTYPE html><html><head><title>My Coverage - Lakeshore Select (FICTIONAL)</title>
<style>.hidden{display:none}</style><script>var cached={decision:"PA-2609-01177",date:"2026-09-30"};</script></head>
<body><div class="top">Lakeshore Select Health Plans - member portal - FICTIONAL SAMPLE | Printed December 4, 2026 9:14 AM</div>
<div class="side"><h3>Household</h3><ul><li>Wren Okonkwo-Baptiste (you) - MKT 2209 4471 8</li>
<li>Elliott Okonkwo-Baptiste - MKT 2209 4471 9</li></ul>
<h3>Recent requests</h3><table><tr><td>PA-2609-01177</td><td>Elliott Okonkwo-Baptiste</td><td>90837</td><td>Approved</td></tr>
<tr><td>PA-2611-09374</td><td>Wren Okonkwo-Baptiste</td><td>S0013</td><td>Denied</td></tr></table></div>
<div class="main"><h2>Coverage decision letter</h2>
<p>Letter date: %s</p>
<p>Plan: Lakeshore Select Silver 3500, an individual plan bought through the Health Insurance Marketplace.</p>
<p>Member: Wren Okonkwo-Baptiste<br>Member ID: MKT 2209 4471 8<br>Request number: PA-2611-09374<br>
Request received: November 20, 2026</p>
<p>Requested: esketamine nasal spray given in the prescriber's office (S0013), 56 units a month, for diagnosis F32.2.</p>
<p><b>Decision: denied.</b> Our step therapy rule for this drug asks for two different oral antidepressants, each for at
least 6 weeks, and one augmentation trial, before the request. Our records show one antidepressant trial. This is a
step therapy requirement; you or your prescriber may ask for a step therapy exception.</p>
<h3>How to appeal</h3>
<p>You or someone you name may appeal within 180 days of the date you receive this letter. Write to:</p>
<p>Lakeshore Select Health Plans<br>Attn: Grievances and Appeals<br>2100 Meridian Parkway, Suite 410<br>Madison, WI 53718</p>
<p>If your health could be seriously harmed by waiting, ask for an urgent appeal (decided within 72 hours). You may also ask
for an external review. Questions: 1-555-0163 or appeals@lakeshore-select.example.</p>
<div class="hidden">Draft letter saved October 2, 2026 - not sent</div>
<p>FICTIONAL SAMPLE - invented for software testing.</p></div></body></html>
''' % en(nd)
CASES[2]['html_fn'] = html_03

# 06 ---------------------------------------------------------------------------------------------
nd = D(2026, 11, 27)
CASES.append(C(
    slug='06-part-d-expedited-brand-antidepressant-step-therapy-word', kind='docx',
    patient_name='Beatriz Lindgren-Oduya', member_id='RXS40077165', claim_number='CD-2611-447190',
    notice_date=nd, service_dates=[], procedure_codes=[], diagnosis_codes=[], carc_codes=[],
    denial_category='step_therapy', plan_type='medicare_part_d', urgent=True,
    urgent_ev='We made this decision on an expedited (fast) basis',
    window=('days', 65), basis='You must ask for a redetermination within 65 days from the date of this notice',
    address=['Northgate Rx Medicare Prescription Drug Plan', 'Attention: Part D Redeterminations', 'PO Box 61022', 'Phoenix, AZ 85082-1022'],
    nd_anchor=('Date of notice:', en(nd)), sd_printed=[],
    evidence=['step therapy', 'Medicare Prescription Drug Plan'],
    traps=['3RF8-YM2-LK40', 'November 25, 2026', '610455', 'Dr. Ivo Sandoval-Reyes', '24 hours'],
    note='FICTIONAL. A stand-alone Part D plan\'s expedited coverage determination denies a brand antidepressant tablet for step therapy (two generic trials first): urgent, no codes, no dates of care. Word file. Window stated: 65 days from the notice. Traps: the Medicare Number, request received Nov 25, the RxBIN, the prescriber, 24 hours.',
    lines=['#Northgate Rx Medicare Prescription Drug Plan (PDP)', 'FICTIONAL SAMPLE - Member Services 1-555-0174', '',
           '#NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE', '',
           'Date of notice: ' + en(nd), 'Enrollee: Beatriz Lindgren-Oduya', 'Member ID: RXS40077165',
           'Medicare Number: 3RF8-YM2-LK40', 'Case number: CD-2611-447190', 'RxBIN 610455',
           'Request received: November 25, 2026, from Dr. Ivo Sandoval-Reyes', '',
           'We made this decision on an expedited (fast) basis because your prescriber told us waiting could harm your health. We had 24 hours to decide.', '',
           'Drug requested: dextromethorphan-bupropion extended-release tablets, 30 a month.',
           'Decision: denied. Our plan covers this drug only after you have tried two generic antidepressants on our drug list (step therapy). We found no record of either trial. Your prescriber can ask for an exception and send the reasons the generic drugs would not work or would harm you.', '',
           '#Your right to a redetermination (appeal)',
           'You must ask for a redetermination within 65 days from the date of this notice. You can ask for a fast appeal; we decide fast appeals within 72 hours.',
           'Send or fax your request to:', 'Northgate Rx Medicare Prescription Drug Plan', 'Attention: Part D Redeterminations',
           'PO Box 61022', 'Phoenix, AZ 85082-1022', '',
           'FICTIONAL SAMPLE - invented for software testing.']))

# 07 ---------------------------------------------------------------------------------------------
nd = D(2026, 11, 2); sd = [D(2026, 8, 11), D(2026, 8, 18), D(2026, 8, 25)]
dl = D(2027, 3, 2)
CASES.append(C(
    slug='07-original-medicare-summary-notice-psychotherapy-standard-mode-fax', kind='fax_standard',
    fax_header='NOV-30-2026 14:22   FROM: PINECREST COUNSELING BILLING  1-555-0158   P.01/01',
    patient_name='Lorraine T. Abernathy', member_id='5WD3-RN7-QF62', claim_number='22-26284-771-340',
    notice_date=nd, service_dates=sd, procedure_codes=['90837'], diagnosis_codes=['F43.12'], carc_codes=[],
    denial_category='medical_necessity', plan_type='medicare', urgent=False,
    window=('date', dl), basis='file an appeal in writing by March 2, 2027',
    address=['Prairie Shore Medicare Services', 'Part B Redeterminations', 'PO Box 5340', 'Fargo, ND 58108-5340'],
    nd_anchor=('Notice date:', en(nd)), sd_printed=[(us(d), d) for d in sd],
    evidence=['not medically necessary', 'MEDICARE SUMMARY NOTICE'],
    traps=['NOV-30-2026', '22-26231-408-115', '99213', '07/29/2026', '1-555-0158'],
    note='FICTIONAL. An Original Medicare Summary Notice (Part B) with two claims: an office visit paid (22-26231-408-115, 99213) and psychotherapy on three days denied as not medically necessary (90837; F43.12). Faxed by the counselor\'s billing office in standard mode (204 x 98 dpi, 1-bit Group 3): squat letters, a vertical line from a dirty scan bar. Deadline stated as a date, March 2, 2027. Traps: the fax header date, the paid claim, its date 07/29.',
    lines=['#MEDICARE SUMMARY NOTICE for Part B (Medical Insurance)  -  FICTIONAL SAMPLE', '',
           'Notice date: ' + en(nd), 'Lorraine T. Abernathy', 'Medicare Number: 5WD3-RN7-QF62', '',
           '#Claim 22-26231-408-115   Northview Family Medicine   APPROVED',
           '07/29/2026   99213   office visit        Medicare paid $88.41   You may be billed $22.10', '',
           '#Claim 22-26284-771-340   Pinecrest Counseling   DENIED',
           us(sd[0]) + '   90837   diagnosis F43.12   Medicare paid $0.00   Note A',
           us(sd[1]) + '   90837   diagnosis F43.12   Medicare paid $0.00   Note A',
           us(sd[2]) + '   90837   diagnosis F43.12   Medicare paid $0.00   Note A', '',
           'Note A: Medicare does not pay for these services because the information we received',
           'shows they were not medically necessary as billed.', '',
           '#How to handle denied claims',
           'If you disagree with a decision, file an appeal in writing by March 2, 2027.',
           'Circle the items you disagree with, explain why, sign, and send this notice to:',
           '   Prairie Shore Medicare Services',
           '   Part B Redeterminations',
           '   PO Box 5340',
           '   Fargo, ND 58108-5340',
           'Call 1-555-0139 if you need help.  FICTIONAL SAMPLE - invented for software testing.']))

# 08 ---------------------------------------------------------------------------------------------
nd = D(2026, 10, 30); sd = [D(2026, 9, 8), D(2026, 9, 9), D(2026, 9, 10), D(2026, 9, 11)]
CASES.append(C(
    slug='08-fehb-deep-tms-ocd-experimental-plain-text', kind='txt',
    patient_name='Imogen Achterberg', member_id='F60417723-03', claim_number='2026 1009 4418 7',
    notice_date=nd, service_dates=sd, procedure_codes=['90867', '90868'], diagnosis_codes=['F42.2'],
    carc_codes=['CO-55'], denial_category='experimental_investigational', plan_type='fehb', urgent=False,
    window=('months', 6), basis='you must ask us in writing within 6 months from the date of this decision',
    address=['Capitol Federal Employees Benefit Association', 'Reconsideration Unit', '1300 Alder Street NW, Room 620', 'Washington, DC 20005'],
    nd_anchor=('Decision date:', us(nd)), sd_printed=[(us(d), d) for d in sd],
    evidence=['experimental or investigational', 'Federal Employees Health Benefits'],
    traps=['F60417723-01', 'Rupert Achterberg', '10/14/2026', '90 days', '2026 0811 2093 5'],
    note='FICTIONAL. An FEHB carrier denies deep TMS for OCD on four days (90867, 90868; F42.2) as experimental (CO-55): the enrollee\'s daughter is the patient. Plain text (a portal download, LF line ends). Window stated: 6 months from the decision (calendar months). Traps: the enrollee and his -01 ID, received 10/14, OPM\'s 90 days, an earlier paid claim number.',
    lines=['CAPITOL FEDERAL EMPLOYEES BENEFIT ASSOCIATION - FICTIONAL SAMPLE',
           'A plan in the Federal Employees Health Benefits (FEHB) Program', '',
           'Decision date: ' + us(nd), '', 'To: Rupert Achterberg (enrollee)  ID F60417723-01',
           'Patient: Imogen Achterberg   Patient ID: F60417723-03   Relationship: daughter',
           'Claim: 2026 1009 4418 7   Received 10/14/2026',
           '(Your earlier claim 2026 0811 2093 5 was paid in full.)', '',
           'DATE       CODE   DX     AMOUNT   PAID   CODE',
           us(sd[0]) + ' 90867  F42.2  $410.00  $0.00  CO-55',
           us(sd[1]) + ' 90868  F42.2  $290.00  $0.00  CO-55',
           us(sd[2]) + ' 90868  F42.2  $290.00  $0.00  CO-55',
           us(sd[3]) + ' 90868  F42.2  $290.00  $0.00  CO-55', '',
           'The brochure excludes services that are experimental or investigational. Deep',
           'transcranial magnetic stimulation for obsessive-compulsive disorder is one of them',
           'under our medical policy BH-114.', '',
           'RECONSIDERATION: If you disagree, you must ask us in writing within 6 months from the date of this decision.',
           'Send it to Capitol Federal Employees Benefit Association, Reconsideration Unit,',
           '1300 Alder Street NW, Room 620, Washington, DC 20005.',
           'If we do not change our decision, you may ask OPM to review it within 90 days of our reply.', '',
           'FICTIONAL SAMPLE - invented for software testing. Help: 1-555-0121.']))

# 09 ---------------------------------------------------------------------------------------------
nd = D(2026, 11, 18); sd = [D(2026, 10, 5), D(2026, 10, 7)]
CASES.append(C(
    slug='09-tricare-select-ketamine-ptsd-experimental-overexposed-photo', kind='overexposed',
    patient_name='Calvin Oyelaran-Pike', member_id='1294470318', claim_number='TRW-2631-0082741',
    notice_date=nd, service_dates=sd, procedure_codes=['96365', 'J3490'], diagnosis_codes=['F43.10'],
    carc_codes=['CO-55'], denial_category='experimental_investigational', plan_type='tricare', urgent=False,
    window=('days', 90), basis='postmarked or received within 90 days of the date of this notice',
    address=['TRICARE West Region Claims (FICTIONAL)', 'Attn: Reconsiderations', 'PO Box 20213', 'Surprise, AZ 85374-0213'],
    nd_anchor=('Notice date', en(nd)), sd_printed=[(us(d), d) for d in sd],
    evidence=['unproven', 'TRICARE Select'],
    traps=['1187730452', '10/20/2026', 'PO Box 20200', '3 calendar days', 'Dawn Oyelaran-Pike'],
    note='FICTIONAL. A TRICARE Select claim for IV ketamine for PTSD on two days (96365, J3490; F43.10) denied as unproven (experimental; CO-55). Phone photo of a white page near a window, auto-exposure washed out: pale grey text. Window stated: 90 days of the notice date. Traps: the sponsor\'s name and DoD ID, received 10/20, the claims box, 3 calendar days.',
    lines=['#TRICARE EXPLANATION OF BENEFITS - West Region (FICTIONAL SAMPLE)', 'Claims: PO Box 20200, Surprise, AZ 85374-0200', '',
           'Notice date ' + en(nd), '',
           'Beneficiary: Calvin Oyelaran-Pike     DoD Benefits Number: 1294470318',
           'Sponsor: Dawn Oyelaran-Pike   Sponsor DoD ID: 1187730452',
           'Program: TRICARE Select     Claim: TRW-2631-0082741   Received: 10/20/2026', '',
           'Service date   Procedure   Diagnosis   Billed     TRICARE paid   Reason',
           us(sd[0]) + '     96365       F43.10      $575.00    $0.00          CO-55',
           us(sd[0]) + '     J3490       F43.10      $60.00     $0.00          CO-55',
           us(sd[1]) + '     96365       F43.10      $575.00    $0.00          CO-55',
           us(sd[1]) + '     J3490       F43.10      $60.00     $0.00          CO-55', '',
           'TRICARE does not cover ketamine infusion for this diagnosis: it is considered unproven',
           '(experimental) under the TRICARE Policy Manual.', '',
           '#Reconsideration',
           'Your request must be postmarked or received within 90 days of the date of this notice.',
           'A denied prior authorization may be appealed on an expedited basis within 3 calendar days;',
           'this is a claim for care already given. Mail your request and records to:',
           'TRICARE West Region Claims (FICTIONAL)', 'Attn: Reconsiderations', 'PO Box 20213', 'Surprise, AZ 85374-0213', '',
           'FICTIONAL SAMPLE - invented for software testing.  1-555-0186']))

# 10 ---------------------------------------------------------------------------------------------
nd = D(2026, 10, 12); sd = [D(2026, 9, 3)]
CASES.append(C(
    slug='10-church-plan-radiofrequency-ablation-modifier-bedsheet-photo', kind='bedsheet',
    patient_name='Matthias Oduya-Lindahl', member_id='LSB-0077-2156', claim_number='9D2604417',
    notice_date=nd, service_dates=sd, procedure_codes=['64635', '64636'], diagnosis_codes=['M47.816'],
    carc_codes=['CO-4'], denial_category='coding_billing', plan_type='church', urgent=False,
    window=('rule', None), basis=None,
    address=['Lutheran Synod Benefit Trust', 'Claims Review Committee', '4420 Covenant Way', 'St. Paul, MN 55113'],
    nd_anchor=('Date', us(nd)), sd_printed=[(us(d), d) for d in sd],
    evidence=['modifier', 'church plan'],
    traps=['9D2603981', '99204', 'PO Box 1188', '09/20/2026', 'Hollow Creek Pain Center'],
    note='FICTIONAL. A church plan (not ERISA) denies a lumbar facet radiofrequency ablation (64635, 64636; M47.816) for a missing or wrong modifier (CO-4): coding_billing. Phone photo of the page lying on a rumpled blue bed sheet: soft waves of shade, tilted. No window printed: church rule, 180 days. Traps: the paid consultation claim 9D2603981 (99204), the claims box, received 09/20, the provider.',
    lines=['#LUTHERAN SYNOD BENEFIT TRUST - FICTIONAL SAMPLE', 'A church plan. Claims: PO Box 1188, St. Paul, MN 55101', '',
           '#BENEFIT STATEMENT', 'Date ' + us(nd), '',
           'Plan member: Matthias Oduya-Lindahl      Member ID: LSB-0077-2156', '',
           'Claim 9D2603981  Hollow Creek Pain Center  08/14/2026  99204  PAID  $212.00', '',
           'Claim 9D2604417  Hollow Creek Pain Center  received 09/20/2026',
           '   ' + us(sd[0]) + '   64635   M47.816   $1,840.00   paid $0.00   CO-4',
           '   ' + us(sd[0]) + '   64636   M47.816   $620.00     paid $0.00   CO-4', '',
           'CO-4: the procedure code is inconsistent with the modifier used, or a required modifier',
           'is missing. The provider may send a corrected claim.', '',
           '#Review of this decision',
           'If you disagree you may ask the Trust to review it. The time allowed is in Article VII',
           'of the Plan Document. Write to:',
           'Lutheran Synod Benefit Trust', 'Claims Review Committee', '4420 Covenant Way', 'St. Paul, MN 55113', '',
           'FICTIONAL SAMPLE - invented for software testing.']))

# 11 ---------------------------------------------------------------------------------------------
nd = D(2026, 11, 5); sd = [D(2025, 6, 10), D(2025, 6, 17)]
CASES.append(C(
    slug='11-state-employees-plan-psychotherapy-late-filing-dim-hallway-photo', kind='underexposed',
    patient_name='Yusuf Alvarado-Greene', member_id='SEBP 40 881 2275', claim_number='SE-26-0309-5512',
    notice_date=nd, service_dates=sd, procedure_codes=['90837'], diagnosis_codes=['F31.81'],
    carc_codes=['CO-29'], denial_category='timely_filing', plan_type='governmental', urgent=False,
    window=('days', 180), basis='within 180 days after you receive this notice',
    address=['State Employees Benefit Program', 'Appeals Section', '75 Capitol Square, Suite 300', 'Montpelier, VT 05602'],
    nd_anchor=('Notice Date:', us(nd)), sd_printed=[(us(d), d) for d in sd],
    evidence=['timely filing', 'State Employees Benefit Program'],
    traps=['E-0047712', '10/02/2026', '365 days', '4 months', '06/24/2025'],
    note='FICTIONAL. A state employees\' plan (governmental, not ERISA) denies psychotherapy on two days in June 2025 (90837; F31.81) for late filing (CO-29). Phone photo in a dim hallway: dark, heavy colour noise. Window stated: 180 days after receipt. Traps: the employee number, received 10/02, the 365-day filing limit, external review\'s 4 months, a third session paid (06/24/2025).',
    lines=['#STATE EMPLOYEES BENEFIT PROGRAM - FICTIONAL SAMPLE', 'Administered for the state by Green Ridge Health Services', '',
           '#NOTICE OF CLAIM DENIAL', 'Notice Date: ' + us(nd), '',
           'Covered person: Yusuf Alvarado-Greene', 'Member ID: SEBP 40 881 2275      Employee number: E-0047712',
           'Claim ID: SE-26-0309-5512      Received: 10/02/2026', '',
           'Date        Code    Dx       Status',
           us(sd[0]) + '  90837   F31.81   Denied CO-29',
           us(sd[1]) + '  90837   F31.81   Denied CO-29',
           '06/24/2025  90837   F31.81   Paid on an earlier claim', '',
           'Reason: claims must reach us within 365 days of the date of service (timely filing).',
           'These two sessions reached us after that limit.', '',
           '#Appeal',
           'You may appeal within 180 days after you receive this notice. Send proof the claim was',
           'sent on time or the reason it could not be. If the denial is upheld you may ask for an',
           'external review within 4 months. Address your appeal to:',
           'State Employees Benefit Program', 'Appeals Section', '75 Capitol Square, Suite 300', 'Montpelier, VT 05602', '',
           'FICTIONAL SAMPLE - invented for software testing.  Help line 1-555-0192']))

# 12 ---------------------------------------------------------------------------------------------
nd = D(2026, 11, 30); sd = [D(2026, 10, 20), D(2026, 10, 27)]
CASES.append(C(
    slug='12-employer-insured-family-eob-tms-other-coverage-email', kind='eml',
    eml_hdr={'From': 'Evergreen Assurance <statements@evergreen-assurance.example>',
             'To': 'Noor Haddad-Whitfield <noor.hw@mail.example>',
             'Date': 'Wed, 02 Dec 2026 06:15:09 -0800',
             'Subject': 'Your family benefit statement is ready (FICTIONAL SAMPLE)',
             'Message-ID': '<eob-27-12@evergreen-assurance.example>'},
    patient_name='Samir Haddad-Whitfield', member_id='EVA771204559-02', claim_number='EA26K3390712',
    notice_date=nd, service_dates=sd, procedure_codes=['90867'], diagnosis_codes=['F33.1'],
    carc_codes=['CO-22'], denial_category='coordination_of_benefits', plan_type='employer_erisa', urgent=False,
    window=('days', 180), basis='You have 180 days from the date you receive this statement to appeal',
    address=['Evergreen Assurance', 'Appeals and Grievances', 'PO Box 9004', 'Spokane, WA 99209-9004'],
    nd_anchor=('Statement date:', en(nd)), sd_printed=[(us(d), d) for d in sd],
    evidence=['other coverage', 'employer group plan'],
    traps=['Noor Haddad-Whitfield', 'EVA771204559-01', 'EA26K3388105', '90834', 'WX-551903'],
    note='FICTIONAL. An insured employer plan e-mails a family statement: the mother\'s psychotherapy claim paid (EA26K3388105, 90834), the son\'s TMS on two days denied because other coverage pays first (CO-22). multipart/alternative e-mail. Window stated: 180 days of receipt. Traps: the mother (addressee) and her -01 ID, her paid claim and code, the other plan\'s policy number, the Date header (Dec 2).',
    lines=['Evergreen Assurance - FICTIONAL SAMPLE', 'Employee benefits: an employer group plan insured by Evergreen Assurance', '',
           'Statement date: ' + en(nd), 'Subscriber: Noor Haddad-Whitfield, ID EVA771204559-01', '',
           '#Claim EA26K3388105 - Noor Haddad-Whitfield (EVA771204559-01) - PAID',
           '10/14/2026  90834  F41.1  billed $150.00  plan paid $118.00  you owe $32.00', '',
           '#Claim EA26K3390712 - Samir Haddad-Whitfield (EVA771204559-02) - DENIED',
           us(sd[0]) + '  90867  F33.1  billed $420.00  plan paid $0.00  CO-22',
           us(sd[1]) + '  90867  F33.1  billed $420.00  plan paid $0.00  CO-22',
           'CO-22: other coverage pays first. Our records show Samir is also covered by another plan',
           '(policy WX-551903) that is primary. Please send that plan\'s statement, or tell us the other coverage has ended.', '',
           '#Appeal rights',
           'You have 180 days from the date you receive this statement to appeal. Mail appeals to:',
           'Evergreen Assurance', 'Appeals and Grievances', 'PO Box 9004', 'Spokane, WA 99209-9004', '',
           'FICTIONAL SAMPLE - invented for software testing. Questions: 1-555-0115.']))
