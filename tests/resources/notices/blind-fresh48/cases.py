"""The 18 FICTIONAL notices of set 48: content blocks, facts, anchors for the self-check, traps.
Every person, plan, provider, number and address here is invented. Phones 555-01xx, web and mail on .example."""
import datetime as dt

D = dt.date
MONTHS = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
MESES = ['', 'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre',
         'noviembre', 'diciembre']


def fmt(d, how):
    if how == 'long':
        return '%s %d, %d' % (MONTHS[d.month], d.day, d.year)
    if how == 'upper':
        return ('%s %d, %d' % (MONTHS[d.month], d.day, d.year)).upper()
    if how == 'short':
        return '%s %d, %d' % (MONTHS[d.month][:3], d.day, d.year)
    if how == 'num':
        return '%02d/%02d/%d' % (d.month, d.day, d.year)
    if how == 'dmy':
        return '%02d/%02d/%d' % (d.day, d.month, d.year)
    if how == 'es':
        return '%d de %s de %d' % (d.day, MESES[d.month], d.year)
    raise ValueError(how)


FICT_EN = 'FICTIONAL SAMPLE - not a real notice; every name, number and address on it is invented.'
FICT_ES = 'MUESTRA FICTICIA - no es un aviso real; todos los nombres, números y direcciones son inventados.'

CASES = []


def case(**kw):
    CASES.append(kw)
    return kw


# ============================================================================================== 01
def _c01():
    nd = D(2026, 11, 12)
    sds = [D(2026, 10, 5), D(2026, 10, 7), D(2026, 10, 9)]
    blocks = [
        ('logo', 'Calloway Benefit Administrators', 'Third-party administrator for self-funded employer plans'),
        ('small', '1200 Superior Street, Duluth, MN 55802  |  Member line 1-555-0142  |  calloway-tpa.example'),
        ('small', FICT_EN),
        ('p', fmt(nd, 'long')),
        ('addr', ['Daniel Webb', '88 Lakeview Terrace', 'Two Harbors, MN 55616']),
        ('p', 'Dear Mr. Webb:'),
        ('p', 'We are writing on behalf of the Harrowgate Logistics Employee Health Plan, a self-funded group health '
              'plan that your employer sponsors and pays for and that is governed by ERISA. Calloway Benefit '
              'Administrators handles claims for the plan; the plan itself is responsible for paying benefits.'),
        ('p', 'This letter is about the claim we received on October 28, 2026 for your daughter, Priya '
              'Castellanos-Webb, whose member ID is HLX-440917-03. The claim, number CBA-26-0871-5532, was sent '
              'by Lakeshore Infusion Partners for intravenous ketamine infusions given on October 5, 7 and 9, '
              '2026. The clinic billed codes 96365 and J3490 for each visit and listed diagnosis F33.2.'),
        ('p', 'We have denied the claim in full. The plan document excludes services that are experimental or '
              'investigational, and the plan\'s medical policy on ketamine classifies intravenous ketamine for '
              'depression as investigational because it is not approved by the FDA for that use. The adjustment '
              'code on your explanation of benefits is CO-55. Your share for these dates is the full billed '
              'amount of $2,850.00.'),
        ('p', 'You are covered under your own enrollment as the employee (member ID HLX-440917-01, group number '
              '7710-HLX); that enrollment is not affected by this decision.'),
        ('h', 'If you disagree'),
        ('p', 'You or someone you name to act for you may ask the plan to review this decision. How long you have '
              'and what to include are explained in the Claims and Appeals section of your Summary Plan '
              'Description. Please include a copy of this letter and any records from the treating physician '
              'that support the treatment. Send your written appeal to:'),
        ('addr', ['Harrowgate Logistics Employee Health Plan', 'c/o Calloway Benefit Administrators',
                  'Attn: Appeals Review Unit', 'PO Box 30418', 'Duluth, MN 55803']),
        ('p', 'Do not send appeals to our Superior Street office; mail sent there is returned. You may ask us, free '
              'of charge, for copies of the medical policy and of every document we relied on. If your appeal is '
              'denied you may also be able to ask for an independent external review, and you may have the right '
              'to bring a civil action under section 502(a) of ERISA.'),
        ('p', 'Sincerely,'),
        ('p', 'Member Claims Services, Calloway Benefit Administrators'),
    ]
    case(n='01', slug='self-funded-tpa-letter-facts-in-sentences-ketamine-experimental-docx', lang='en',
         kind='docx', nd=nd, nd_label='', nd_fmt='long', sds=sds, sd_list='October 5, 7 and 9, 2026',
         name='Priya Castellanos-Webb', mid='HLX-440917-03', claim='CBA-26-0871-5532',
         procs=['96365', 'J3490'], dxs=['F33.2'], carcs=['CO-55'], cat='experimental_investigational',
         plan='employer_erisa', urgent=False, window=('rule', 180), basis='29 CFR 2560.503-1(h)(3)(i)',
         addr=['Harrowgate Logistics Employee Health Plan', 'c/o Calloway Benefit Administrators',
               'Attn: Appeals Review Unit', 'PO Box 30418', 'Duluth, MN 55803'],
         ev={'cat': 'experimental or investigational', 'plan': 'self-funded group health plan that your employer sponsors'},
         traps=['Daniel Webb', 'HLX-440917-01', '7710-HLX', 'October 28, 2026', '1200 Superior Street'],
         blocks=blocks,
         note='A TPA letter on Word whose facts sit in its sentences: the dependent daughter, her member ID, the '
              'claim, the three days written as one list and the codes are all in prose. No time limit printed (it '
              'points to the SPD): ERISA rule, 180 days.')


# ============================================================================================== 02
def _c02():
    nd = D(2026, 11, 30)
    sds = [D(2026, 9, 14), D(2026, 9, 15), D(2026, 9, 16), D(2026, 9, 17), D(2026, 9, 18)]
    rows = [[fmt(d, 'num'), 'S9480', 'F33.2', 'Intensive outpatient program, one day', 'Denial upheld'] for d in sds]
    blocks = [
        ('logo', 'Clearwater Independent Review, Inc.', 'Independent review organization assigned by the state '
                                                        'Department of Insurance'),
        ('small', '410 Riverside Drive, Suite 9, Albany, NY 12207  |  1-555-0117  |  clearwater-iro.example'),
        ('small', FICT_EN),
        ('title', 'EXTERNAL REVIEW DECISION'),
        ('kv', [('Date of decision:', fmt(nd, 'long')),
                ('IRO case number:', 'IRO-2026-11873'),
                ('Enrollee:', 'Gerald Ostrowski'),
                ('Member ID:', 'SRH 771 204 936'),
                ('Health plan:', 'Summit Ridge Health Insurance Company (insured group plan of Bellweather Tool & '
                                 'Die, your employer)'),
                ('Original claim number:', '26-SR-0419-8821'),
                ('Plan appeal reference:', 'APL-55120 (final internal denial of October 9, 2026)'),
                ('Request received:', 'October 27, 2026')]),
        ('p', 'You asked for an independent external review of Summit Ridge Health Insurance Company\'s denial of '
              'an intensive outpatient program. The plan denied the services below as not medically necessary '
              '(denial code CO-50 on the original claim):'),
        ('table', ['Date of service', 'Code', 'Dx', 'Service', 'Reviewer\'s finding'], rows,
         [0.17, 0.1, 0.1, 0.43, 0.2]),
        ('h', 'The decision'),
        ('p', 'Our reviewer, a board-certified psychiatrist with no tie to you, your providers or the plan, read '
              'the records you and the plan sent. The reviewer found that the program was not medically necessary '
              'for these dates under the plan\'s criteria and the generally accepted standards the reviewer '
              'applied, and UPHOLDS the health plan\'s denial.'),
        ('p', 'This decision is binding on you and on the insurer, except to the extent that other remedies are '
              'available to you under state or federal law. There is no further appeal to the plan or to this '
              'organization. You may have the right to bring a civil action under section 502(a) of ERISA; a '
              'lawyer or the state\'s consumer assistance program can tell you more (1-555-0163).'),
        ('p', 'A copy of this decision has been sent to Summit Ridge Health Insurance Company and to the '
              'Department of Insurance.'),
        ('p', 'Clearwater Independent Review, Inc., External Review Department'),
        ('stamp', ['RECEIVED', 'DEC 03 2026', 'Ostrowski family'], 0.62, 0.07, 8, (200, 30, 40)),
        ('hand', 'called Summit 12/4 - nothing more to appeal?', 0.50, 0.74, 3, (20, 40, 150), 34),
        ('hand', 'ask lawyer re 502(a)', 0.56, 0.80, -2, (20, 40, 150), 34),
    ]
    case(n='02', slug='external-review-final-decision-employer-iop-upheld-stamped-mfp-1bit-pdf', lang='en',
         kind='img', device='mfp_highcomp', nd=nd, nd_label='Date of decision:', nd_fmt='long', sds=sds,
         sd_fmt='num', name='Gerald Ostrowski', mid='SRH 771 204 936', claim='26-SR-0419-8821',
         procs=['S9480'], dxs=['F33.2'], carcs=['CO-50'], cat='medical_necessity', plan='employer_erisa',
         urgent=False, window=None, basis=None, addr=None, nulls=['appeal_deadline', 'appeals_address'],
         omit=['deadline_basis'],
         ev={'cat': 'not medically necessary', 'plan': 'insured group plan of Bellweather Tool & Die, your employer',
             'final': 'This decision is binding on you and on the insurer'},
         traps=['IRO-2026-11873', 'APL-55120', 'October 27, 2026', 'DEC 03 2026', '12/4', 'October 9, 2026'],
         blocks=blocks,
         note='An independent review organization\'s external review decision upholding an insured employer plan\'s '
              'denial of 5 IOP days: binding, no further appeal level, so appeal_deadline and appeals_address are '
              'keyed null (contract item 9); deadline_basis is not keyed. A RECEIVED stamp and pen notes with dates '
              'on the printed page; an MFP high-compression 1-bit image PDF.')


# ============================================================================================== 03
def _c03():
    nd = D(2026, 11, 18)
    sds = [D(2026, 10, 26), D(2026, 10, 27), D(2026, 10, 28)]
    rows = [[fmt(d, 'num'), 'H0035', 'F31.4', '1', 'Denied', 'CO-50'] for d in sds]
    blocks = [
        ('logo', 'Marlow County Behavioral Health Plan', 'A county-run prepaid mental health plan for Oregon Health '
                                                         'Plan (Medicaid) members'),
        ('small', 'County Annex, 220 Courthouse Square, Marlow, OR 97367  |  1-555-0128  |  marlowbh.example'),
        ('small', FICT_EN),
        ('title', 'NOTICE OF ADVERSE BENEFIT DETERMINATION'),
        ('kv', [('Date of this notice:', fmt(nd, 'long')),
                ('Member:', 'Colette Ambrose-Fenn'),
                ('Date of birth:', '11/18/1990'),
                ('Medicaid ID:', '100482297Q'),
                ('Claim number:', 'MCBH-26-30871'),
                ('Provider:', 'Riverbend Partial Hospital Program')]),
        ('p', 'Your mental health benefits under the Oregon Health Plan are carved out of your physical health plan '
              'and managed by Marlow County Behavioral Health Plan. We reviewed the claim below for partial '
              'hospitalization and decided not to pay for these days.'),
        ('table', ['Service date', 'Code', 'Diagnosis', 'Units', 'Decision', 'Reason code'], rows,
         [0.18, 0.12, 0.14, 0.1, 0.2, 0.16]),
        ('p', 'Why: our reviewing psychiatrist found that the records did not show a need for partial '
              'hospitalization on these days; they are not medically necessary under the Oregon Health Plan '
              'criteria for that level of care. An intensive outpatient program was available.'),
        ('h', 'Your right to appeal'),
        ('p', 'You must ask for an appeal within 60 calendar days from the date on this notice. You can call us, '
              'or write to:'),
        ('addr', ['Marlow County Behavioral Health Plan', 'Attn: Member Appeals', '220 Courthouse Square, Room 14',
                  'Marlow, OR 97367']),
        ('p', 'If you want services that were already approved to continue during the appeal, ask within 10 days of '
              'the date of this notice. After our appeal decision, if you still disagree, you may ask for a state '
              'hearing within 120 days of that decision. For a fast appeal when waiting could harm your health, '
              'call 1-555-0128.'),
        ('stamp', ['MBH ARCHIVE', 'FILM ROLL 2611-07'], 0.66, 0.03, 0, (40, 40, 40)),
    ]
    case(n='03', slug='medicaid-county-carve-out-noabd-php-days-microfilm-copy-pdf', lang='en', kind='img',
         device='microfilm', nd=nd, nd_label='Date of this notice:', nd_fmt='long', sds=sds, sd_fmt='num',
         name='Colette Ambrose-Fenn', mid='100482297Q', claim='MCBH-26-30871', procs=['H0035'], dxs=['F31.4'],
         carcs=['CO-50'], cat='medical_necessity', plan='medicaid', urgent=False, window=('days', 60),
         basis='within 60 calendar days from the date on this notice',
         addr=['Marlow County Behavioral Health Plan', 'Attn: Member Appeals', '220 Courthouse Square, Room 14',
               'Marlow, OR 97367'],
         ev={'cat': 'not medically necessary', 'plan': 'Medicaid'},
         traps=['11/18/1990', 'within 10 days', '120 days', 'FILM ROLL 2611-07'],
         blocks=blocks,
         note='A county behavioral-health carve-out (a prepaid mental health plan for Medicaid) NOABD: 3 PHP days '
              '(H0035; F31.4) not medically necessary (CO-50). Its date of birth has the notice\'s month and day '
              '(11/18). Stated 60 calendar days. A microfilm reader-printer copy, image-only PDF.')


# ============================================================================================== 04
def _c04():
    nd = D(2026, 11, 20)
    sds = [D(2026, 10, 12), D(2026, 10, 13), D(2026, 10, 14)]
    rows = [
        ['Rosalind Achebe (00)', 'TC2610-40215', '10/06/2026', '99213', '$165.00', '$125.00', 'PR-3', 'Paid'],
        ['Ada Achebe (02)', 'TC2610-51140', '10/08/2026', '90837', '$210.00', '$180.00', 'PR-3', 'Paid'],
        ['Marcus Achebe (01)', 'TC2611-77310', '10/12/2026', '90868', '$320.00', '$0.00', 'CO-119', 'Denied'],
        ['', '', '10/13/2026', '90868', '$320.00', '$0.00', 'CO-119', 'Denied'],
        ['', '', '10/14/2026', '90868', '$320.00', '$0.00', 'CO-119', 'Denied'],
        ['Ada Achebe (02)', 'TC2610-51377', '10/15/2026', '90837', '$210.00', '$180.00', 'PR-3', 'Paid'],
    ]
    blocks = [
        ('logo', 'Tamsin County Employees\' Health Benefit Plan', 'A self-funded governmental plan of Tamsin County, '
                                                                  'Washington'),
        ('small', 'Human Resources - Benefits Division, 45 Civic Center Plaza, Tamsin, WA 98926 | 1-555-0151'),
        ('small', FICT_EN),
        ('title', 'Family Benefit Statement'),
        ('cols', [('kv', [('Statement date:', fmt(nd, 'num')),
                          ('Subscriber:', 'Rosalind Achebe'),
                          ('Subscriber ID:', 'TC-20417-00'),
                          ('Coverage:', 'Employee + family, PPO option')])],
         [('kv', [('Covered members', ''),
                  ('00  Rosalind Achebe', 'TC-20417-00'),
                  ('01  Marcus Achebe', 'TC-20417-01'),
                  ('02  Ada Achebe', 'TC-20417-02')])]),
        ('p', 'This statement lists every claim the plan processed for your family from October 1 through '
              'November 15, 2026. It is not a bill.'),
        ('table', ['Patient (member no.)', 'Claim', 'Date', 'Code', 'Billed', 'Plan paid', 'Adj.', 'Status'], rows,
         [0.2, 0.14, 0.12, 0.08, 0.11, 0.11, 0.11, 0.13]),
        ('p', 'Diagnosis on claim TC2611-77310: F33.1. Code CO-119: the benefit maximum has been reached. The plan '
              'covers up to 36 sessions of transcranial magnetic stimulation in a plan year, and sessions 37 to 39 '
              'for Marcus Achebe (TC-20417-01) are above that limit. PR-3: your copay.'),
        ('h', 'Appeals'),
        ('p', 'You may appeal a denied claim in writing within 120 business days of the statement date. The '
              'County\'s Benefits Appeals Committee decides appeals; as a governmental plan, this plan is not '
              'subject to ERISA. Mail or deliver your appeal to:'),
        ('addr', ['Tamsin County Benefits Appeals Committee', 'Human Resources Department',
                  '45 Civic Center Plaza, 3rd Floor', 'Tamsin, WA 98926']),
        ('p', 'If the Committee upholds a denial, you may ask for an external review by an independent review '
              'organization within 4 months of its decision.'),
    ]
    case(n='04', slug='county-employees-family-statement-three-members-tms-session-cap-text-pdf', lang='en',
         kind='pdf', nd=nd, nd_label='Statement date:', nd_fmt='num', sds=sds, sd_fmt='num',
         name='Marcus Achebe', mid='TC-20417-01', claim='TC2611-77310', procs=['90868'], dxs=['F33.1'],
         carcs=['CO-119'], cat='benefit_limit', plan='governmental', urgent=False, window=('bdays', 120),
         basis='within 120 business days of the statement date',
         addr=['Tamsin County Benefits Appeals Committee', 'Human Resources Department',
               '45 Civic Center Plaza, 3rd Floor', 'Tamsin, WA 98926'],
         ev={'cat': 'benefit maximum has been reached', 'plan': 'governmental plan'},
         traps=['Rosalind Achebe', 'TC-20417-00', 'TC-20417-02', 'TC2610-40215', 'TC2610-51140', 'TC2610-51377',
                '99213', '90837', 'PR-3', '10/06/2026', '10/08/2026', '10/15/2026', '4 months'],
         blocks=blocks,
         note='A county employees\' self-funded plan (governmental) statement for a family of three, four claims; '
              'only the spouse\'s TMS claim is denied, three sessions over the 36-session cap (CO-119): '
              'benefit_limit. Window stated in business days (120, Monday to Friday, no holiday skipped). Text PDF.')


# ============================================================================================== 05
def _c05():
    nd = D(2026, 11, 16)
    sds = [D(2026, 10, 9), D(2026, 10, 16)]
    blocks = [
        ('title', 'Medicare Summary Notice for Part B (Medical Insurance)'),
        ('small', 'The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services. '
                  + FICT_EN),
        ('cols', [('kv', [('Name:', 'HAROLD T. VINCELETTE'),
                          ('Medicare Number:', '1EG4-TE5-MK73'),
                          ('Issued:', fmt(nd, 'long'))])],
         [('p', 'This notice shows claims processed from August 17 through November 14, 2026.'),
          ('p', 'If you disagree with a decision, you must file an appeal by March 16, 2027.')]),
        ('h', 'Your Claims for Part B'),
        ('p', 'Claim number 26-297-11520-03. Lakeside Psychiatry Associates, Oct 2, 2026: office visit (99214), '
              'Medicare approved. You may be billed $28.04.'),
        ('p', 'Claim number 26-311-04471-88. Northshore Hospital Outpatient Dept., treatment dates Oct 9, 2026 and '
              'Oct 16, 2026:'),
        ('table', ['Service', 'Code', 'Approved?', 'Amount Medicare paid', 'Maximum you may be billed', 'Note'],
         [['Electroconvulsive therapy', '90870', 'No', '$0.00', '$0.00', 'A'],
          ['Electroconvulsive therapy', '90870', 'No', '$0.00', '$0.00', 'A']],
         [0.3, 0.09, 0.11, 0.17, 0.2, 0.13]),
        ('p', 'A  Medicare does not pay for this service because it is not reasonable and necessary for your '
              'condition as documented: the records do not support treatments at this frequency. You are not '
              'responsible for these charges because the provider did not tell you in writing beforehand.'),
        ('h', 'How to appeal'),
        ('p', 'Circle the service you disagree with, explain why on this notice, and send it with your name, '
              'Medicare Number and phone number to the Medicare contractor:'),
        ('addr', ['Prairie Medicare Administrative Services', 'Part B Redeterminations', 'PO Box 7120',
                  'Fargo, ND 58106']),
        ('p', 'Questions: call 1-555-0170. Your Medicare Savings Program and SHIP counselors can help for free.'),
        ('hand', 'Nov 24 - called, they said send it back!', 0.05, 0.78, 2, (30, 30, 140), 36),
    ]
    case(n='05', slug='original-medicare-msn-two-claims-ect-capitals-through-fly-screen-photo', lang='en',
         kind='img', device='fly_screen', nd=nd, nd_label='Issued:', nd_fmt='long', sds=sds, sd_fmt='short',
         name='HAROLD T. VINCELETTE', mid='1EG4-TE5-MK73', claim='26-311-04471-88', procs=['90870'], dxs=None,
         carcs=None, cat='medical_necessity', plan='medicare', urgent=False, window=('date', D(2027, 3, 16)),
         basis='you must file an appeal by March 16, 2027',
         addr=['Prairie Medicare Administrative Services', 'Part B Redeterminations', 'PO Box 7120',
               'Fargo, ND 58106'],
         ev={'cat': 'not reasonable and necessary', 'plan': 'Medicare Summary Notice for Part B'},
         traps=['26-297-11520-03', '99214', 'Oct 2, 2026', 'November 14, 2026', 'Nov 24'],
         blocks=blocks,
         note='An Original Medicare summary notice (Part B), the name in capitals, two claims: the paid office '
              'visit and the ECT claim denied on 2 dates as not reasonable and necessary. No diagnosis codes and no '
              'CARCs printed, so neither is keyed. Stated date March 16, 2027. A pen note with a date. Photographed '
              'through a window fly screen.')


# ============================================================================================== 06
def _c06():
    nd = D(2026, 11, 24)
    blocks = [
        ('mono', 'BRIGHTWATER RX (PDP) - MEDICARE PRESCRIPTION DRUG PLAN'),
        ('mono', FICT_EN),
        ('mono', 'Large-print / plain-text copy sent at your request'),
        ('mono', 'REDETERMINATION NOTICE - UNFAVORABLE DECISION'),
        ('kv', [('Date of this notice:', fmt(nd, 'long')),
                ('Enrollee:', 'Lorraine Beaumont-Sitka'),
                ('Member ID:', 'BWX8830127744'),
                ('Medicare Number:', '4HR7-QW2-PN18'),
                ('Redetermination number:', 'RD-26-448120'),
                ('Original coverage determination:', 'CD-26-391775 (October 30, 2026)'),
                ('Drug requested:', 'Auvelity (dextromethorphan-bupropion) 45 mg/105 mg extended-release tablets'),
                ('Prescriber:', 'Dr. Imogen Farrah, 1-555-0136')]),
        ('p', 'You asked us to reconsider our decision not to cover the drug above for your depression (diagnosis '
              'F33.1). We have reviewed your request and we are upholding our denial.'),
        ('p', 'Why: this drug is on our Drug List with a step therapy requirement. Our plan covers it only after '
              'you have tried two of the formulary antidepressants listed in our step therapy criteria for at least '
              'six weeks each. Your records show a trial of sertraline; we did not receive records of a second '
              'trial. Your prescriber can send them, or ask for an exception.'),
        ('mono', 'IF YOU DISAGREE: ASK THE INDEPENDENT REVIEW ENTITY'),
        ('p', 'You have the right to ask an Independent Review Entity (IRE) to reconsider our decision. You must '
              'make your request in writing within 65 days from the date of this notice. Send it to:'),
        ('addr', ['Meridian Reconsideration Services', 'Part D IRE Reconsiderations', 'PO Box 60822',
                  'Pittsburgh, PA 15230']),
        ('p', 'If your health could be seriously harmed by waiting 7 days, you or your prescriber may ask the IRE '
              'for a fast reconsideration, decided within 72 hours. Do not send this request to Brightwater Rx.'),
        ('p', 'Brightwater Rx Member Services: 1-555-0110 (TTY 711), 8 a.m. to 8 p.m., seven days a week.'),
    ]
    case(n='06', slug='part-d-redetermination-upheld-step-therapy-ire-65-days-accessible-txt', lang='en',
         kind='txt', nd=nd, nd_label='Date of this notice:', nd_fmt='long', sds=None, name='Lorraine Beaumont-Sitka',
         mid='BWX8830127744', claim='CD-26-391775', procs=None, dxs=['F33.1'], carcs=None, cat='step_therapy',
         plan='medicare_part_d', urgent=False, window=('days', 65),
         basis='within 65 days from the date of this notice',
         addr=['Meridian Reconsideration Services', 'Part D IRE Reconsiderations', 'PO Box 60822',
               'Pittsburgh, PA 15230'],
         ev={'cat': 'step therapy requirement', 'plan': 'MEDICARE PRESCRIPTION DRUG PLAN',
             'final': 'we are upholding our denial'},
         traps=['4HR7-QW2-PN18', 'RD-26-448120', 'October 30, 2026', '72 hours', '7 days'],
         blocks=blocks,
         note='A Part D plan\'s unfavorable redetermination (a decision after the member\'s appeal): the next level '
              'is the IRE, in the window the notice prints (65 days from the notice), sent to the IRE\'s address. '
              'claim_number is the original coverage determination\'s number, not the redetermination\'s. No '
              'procedure code or dates of care. Plain text, the accessible format the enrollee asked for.')


# ============================================================================================== 07
def _c07():
    nd = D(2026, 11, 9)
    blocks = [
        ('logo', 'Lodestar Federal Health', 'TRICARE East Region contractor for the Defense Health Agency'),
        ('small', 'Utilization Management, 3100 Harbor Point Parkway, Norfolk, VA 23502 | 1-555-0159'),
        ('small', FICT_EN),
        ('p', fmt(nd, 'long')),
        ('addr', ['Kayla Brennan', '14 Magnolia Court', 'Chesapeake, VA 23320']),
        ('p', 'Dear Ms. Brennan:'),
        ('p', 'We have finished reviewing the request that Tidewater Mood Clinic sent us on your behalf. As an '
              'active-duty family member enrolled in TRICARE Prime, your DoD Benefits Number is 10938472615, and '
              'we filed this request under authorization number TW-26-1108-0432.'),
        ('p', 'The clinic asked us to approve a course of intravenous ketamine infusions for treatment-resistant '
              'depression (diagnosis F33.2), billed as 96365 with the drug under J3490, twice a week for three '
              'weeks. We cannot approve it. TRICARE covers only services that are proven safe and effective; under '
              'the TRICARE Policy Manual, ketamine infusions for depression are unproven, which TRICARE treats '
              'like an experimental or investigational service. This is not a decision about whether you need '
              'treatment, and esketamine nasal spray is a covered option your provider may request.'),
        ('p', 'Your sponsor, SSgt Ryan Brennan (DoD ID 1452983310), does not need to take any action.'),
        ('h', 'Your right to ask for a reconsideration'),
        ('p', 'If you disagree, you or your provider may ask for a reconsideration. Your request must be postmarked '
              'or received within 90 calendar days of the date of this letter. Tell us why you disagree and '
              'include a copy of this letter. Mail it to:'),
        ('addr', ['Lodestar Federal Health', 'TRICARE Appeals', 'Attn: Reconsiderations', 'PO Box 81922',
                  'Columbia, SC 29202']),
        ('p', 'A beneficiary counseling and assistance coordinator at your military hospital or clinic can help you '
              'at no cost.'),
        ('p', 'Sincerely, Medical Director, Lodestar Federal Health'),
    ]
    case(n='07', slug='tricare-prime-letter-in-prose-ketamine-unproven-under-bubble-wrap-photo', lang='en',
         kind='img', device='bubble_wrap', nd=nd, nd_label='', nd_fmt='long', sds=None, name='Kayla Brennan',
         mid='10938472615', claim='TW-26-1108-0432', procs=['96365', 'J3490'], dxs=['F33.2'], carcs=None,
         cat='experimental_investigational', plan='tricare', urgent=False, window=('days', 90),
         basis='within 90 calendar days of the date of this letter',
         addr=['Lodestar Federal Health', 'TRICARE Appeals', 'Attn: Reconsiderations', 'PO Box 81922',
               'Columbia, SC 29202'],
         ev={'cat': 'experimental or investigational', 'plan': 'TRICARE'},
         traps=['1452983310', 'SSgt Ryan Brennan', '3100 Harbor Point Parkway'],
         blocks=blocks,
         note='A TRICARE contractor\'s letter whose facts are in its sentences (DoD Benefits Number, authorization '
              'number, codes): IV ketamine before care is unproven, treated as experimental. The sponsor\'s DoD ID '
              'is a trap. Stated 90 calendar days. Photographed through bubble wrap (a family packing for a move).')


# ============================================================================================== 08
def _c08():
    nd = D(2026, 11, 4)
    sds = [D(2026, 10, 6), D(2026, 10, 13), D(2026, 10, 20)]
    rows = [[fmt(d, 'num'), '90837', 'F43.10', '$190.00', '$0.00', 'CO-242'] for d in sds]
    blocks = [
        ('title', 'Federal Civic Employees Benefit Plan - HMO Option'),
        ('small', 'A health plan in the Federal Employees Health Benefits (FEHB) Program. ' + FICT_EN),
        ('kv', [('Date of letter:', fmt(nd, 'long')),
                ('Member:', 'Ignatius Poole'),
                ('Member ID:', 'FCE-R58820417'),
                ('Claim number:', 'FC-2610-882041'),
                ('Provider:', 'Corinne Delacroix, LCSW (not in the HMO network)')]),
        ('table', ['Date of service', 'Code', 'Diagnosis', 'Charged', 'We paid', 'Code'], rows,
         [0.2, 0.12, 0.14, 0.16, 0.16, 0.22]),
        ('p', 'We denied these psychotherapy visits because the provider does not participate in our HMO network '
              'and you did not have a referral for out-of-network care. The HMO option pays for non-emergency '
              'care only from network providers (brochure section 3).'),
        ('p', 'You may ask us to reconsider. Write to us within 6 months from the date of this letter, and include '
              'the claim number and your reasons. Send your request to:'),
        ('addr', ['Federal Civic Employees Benefit Plan', 'Reconsideration Unit', 'PO Box 44610',
                  'Richmond, VA 23261']),
        ('p', 'If we do not change our decision, you may ask the Office of Personnel Management (OPM) to review it '
              'within 90 days of our reconsideration decision.'),
    ]
    case(n='08', slug='fehb-hmo-out-of-network-therapy-forwarded-to-union-rep-eml', lang='en', kind='eml',
         nd=nd, nd_label='Date of letter:', nd_fmt='long', sds=sds, sd_fmt='num', name='Ignatius Poole',
         mid='FCE-R58820417', claim='FC-2610-882041', procs=['90837'], dxs=['F43.10'], carcs=['CO-242'],
         cat='out_of_network', plan='fehb', urgent=False, window=('months', 6),
         basis='within 6 months from the date of this letter',
         addr=['Federal Civic Employees Benefit Plan', 'Reconsideration Unit', 'PO Box 44610',
               'Richmond, VA 23261'],
         ev={'cat': 'does not participate in our HMO network', 'plan': 'Federal Employees Health Benefits'},
         traps=['90 days', 'Corinne Delacroix', 'Nov 5, 2026', '02 Dec 2026'],
         blocks=blocks,
         extra=dict(frm='Ignatius Poole <ipoole@postbox.example>', to='Tanya Reyes <treyes@union-local.example>',
                    subject='Fwd: Your claim decision FC-2610-882041', date='Wed, 02 Dec 2026 18:41:07 -0500',
                    note='Tanya - this is the letter I told you about at the meeting. They say my counselor is '
                         'out of network. Can the union help me ask them to reconsider? Thanks, Iggy',
                    fwd_from='Federal Civic Employees Benefit Plan <no-reply@fcebp.example>',
                    fwd_date='Thu, Nov 5, 2026 at 7:02 AM', fwd_subject='Your claim decision FC-2610-882041'),
         note='An FEHB HMO carrier\'s letter, forwarded inline by the member to a union representative: 3 '
              'psychotherapy visits out of network (CO-242). Stated 6 months from the letter. Traps: the e-mail '
              'Date (2 Dec), the forwarded Date (5 Nov), OPM\'s 90 days.')


# ============================================================================================== 09
def _c09():
    nd = D(2026, 11, 19)
    sds = [D(2026, 11, 2), D(2026, 11, 3), D(2026, 11, 4), D(2026, 11, 5)]
    rows = [[fmt(d, 'num'), 'S9480', 'F43.10', '$410.00', '$0.00', '$410.00', 'CO-197'] for d in sds]
    blocks = [
        ('title', 'Claim details: CPH-2611-0093372'),
        ('kv', [('Member', 'Nadia Vukovic'),
                ('Member ID', 'CPH-66014-2288'),
                ('Plan', 'Cedar Prairie Silver 3500 - an Iowa Health Insurance Marketplace plan'),
                ('Provider', 'Harbor Lights Trauma Recovery IOP'),
                ('Statement issued:', fmt(nd, 'num')),
                ('Status', 'Denied')]),
        ('table', ['Date of service', 'Code', 'Diagnosis', 'Billed', 'Plan paid', 'You may owe', 'Reason'], rows,
         [0.17, 0.1, 0.12, 0.14, 0.14, 0.16, 0.17]),
        ('p', 'CO-197: This service needed prior authorization (precertification), and none was on file for these '
              'dates. Intensive outpatient mental health programs need approval before the first day.'),
        ('h', 'Disagree with this decision?'),
        ('p', 'You can file an appeal within 180 days from the date you receive this notice. Send a letter, any '
              'records, and this page to: Cedar Prairie Health Plans, Appeals and Grievances, PO Box 2209, Des '
              'Moines, IA 50306. You can also fax 1-555-0185.'),
    ]
    case(n='09', slug='marketplace-portal-three-claims-iop-no-prior-auth-html', lang='en', kind='html', nd=nd,
         nd_label='Statement issued:', nd_fmt='num', sds=sds, sd_fmt='num', name='Nadia Vukovic',
         mid='CPH-66014-2288', claim='CPH-2611-0093372', procs=['S9480'], dxs=['F43.10'], carcs=['CO-197'],
         cat='prior_authorization', plan='individual_aca', urgent=False, window=('days', 180),
         basis='within 180 days from the date you receive this notice',
         addr=['Cedar Prairie Health Plans', 'Appeals and Grievances', 'PO Box 2209', 'Des Moines, IA 50306'],
         ev={'cat': 'prior authorization', 'plan': 'Marketplace'},
         traps=['CPH-2610-0081150', 'CPH-2611-0090417', '90791', '99213', '12/06/2026'],
         blocks=blocks,
         extra=dict(others=[('CPH-2610-0081150', '10/21/2026', 'Dr. Aaron Whitlow', '90791', 'Paid'),
                            ('CPH-2611-0093372', '11/02/2026', 'Harbor Lights Trauma Recovery IOP', 'S9480', 'Denied'),
                            ('CPH-2611-0090417', '11/09/2026', 'Prairie Family Medicine', '99213', 'Paid')],
                    stamp='12/06/2026, 9:14 PM'),
         note='A Marketplace plan\'s member-portal page saved as HTML: a list of three claims beside the detail of '
              'the denied one (4 IOP days, S9480; F43.10) without prior authorization (CO-197). The address sits '
              'in a sentence. Traps: the paid claims and their codes, the print stamp 12/06/2026.')


# ============================================================================================== 10
def _c10():
    nd = D(2026, 11, 23)
    sds = [D(2026, 3, 10)]
    blocks = [
        ('title', 'Northfield University Student Health Insurance Plan'),
        ('small', 'Student Health Insurance Plan underwritten by Keystone Collegiate Insurance Company  |  ' + FICT_EN),
        ('kv', [('Insured student:', 'Tobias Ferreira-Lund'),
                ('Member ID:', 'NUS-2291-0447'),
                ('Student ID:', 'S00847731'),
                ('EOB date:', fmt(nd, 'num')),
                ('Claim:', 'KCI-26-3318804 (received 11/02/2026)')]),
        ('table', ['Service date', 'Code', 'Dx', 'Billed', 'Paid', 'Adj', 'Status'],
         [[fmt(sds[0], 'num'), '64510', 'F43.12', '$1,950.00', '$0.00', 'CO-29', 'DENIED']],
         [0.18, 0.1, 0.12, 0.16, 0.12, 0.12, 0.2]),
        ('p', 'CO-29: the time limit for filing has expired. Claims must reach us within 180 days of the date of '
              'service; this claim was first received on 11/02/2026.'),
        ('p', 'Appeal: send a written appeal within 30 business days of the EOB date to Northfield University '
              'SHIP Appeals, Keystone Collegiate Insurance Company, PO Box 5531, Harrisburg, PA 17106.'),
    ]
    case(n='10', slug='student-plan-portal-on-crt-monitor-sgb-late-filing-business-days-photo', lang='en',
         kind='img', device='crt', img_size=(1600, 1200), scale=0.92, nd=nd, nd_label='EOB date:', nd_fmt='num',
         sds=sds, sd_fmt='num', name='Tobias Ferreira-Lund', mid='NUS-2291-0447', claim='KCI-26-3318804',
         procs=['64510'], dxs=['F43.12'], carcs=['CO-29'], cat='timely_filing', plan='individual_aca',
         urgent=False, window=('bdays', 30), basis='within 30 business days of the EOB date',
         addr=['Northfield University SHIP Appeals', 'Keystone Collegiate Insurance Company', 'PO Box 5531',
               'Harrisburg, PA 17106'],
         ev={'cat': 'time limit for filing has expired', 'plan': 'Student Health Insurance Plan'},
         traps=['S00847731', '11/02/2026', '180 days'],
         blocks=blocks,
         note='A student health plan\'s portal EOB on an old CRT monitor, photographed: a stellate ganglion block '
              '(64510; F43.12) filed late (CO-29). Stated 30 business days. Traps: the student ID, the received '
              'date, the 180-day filing limit.')


# ============================================================================================== 11
def _c11():
    nd = D(2026, 11, 13)
    sds = [D(2026, 8, 27), D(2026, 9, 3), D(2026, 9, 10)]
    rows = [[fmt(d, 'long'), '90870, 00104', 'F33.3', 'CO-50'] for d in sds]
    blocks = [
        ('logo', 'Good Shepherd Ministries Benefit Plan', 'A church plan for clergy and lay employees'),
        ('small', 'Benefits Office, 800 Cathedral Way, Louisville, KY 40202 | 1-555-0193 | ' + FICT_EN),
        ('title', 'Final Internal Adverse Benefit Determination - Level 2 Appeal'),
        ('kv', [('Decision date:', fmt(nd, 'long')),
                ('Participant:', 'Miriam Oyelaran-Stokes'),
                ('Member ID:', 'GSM-0047713-00'),
                ('Claim number:', 'GSM-26-09-44817'),
                ('Appeal number:', 'L2-26-0098')]),
        ('p', 'The Appeals Committee met on November 12 to review your second-level appeal of the denial of three '
              'maintenance electroconvulsive therapy treatments:'),
        ('table', ['Date of service', 'Codes', 'Diagnosis', 'Denial code'], rows, [0.34, 0.26, 0.2, 0.2]),
        ('p', 'The Committee has upheld the denial. The records show remission since June, and the plan\'s '
              'criteria for continuing ECT after remission were not met, so the treatments were not medically '
              'necessary. This is the final decision on your internal appeals; the plan offers no further '
              'internal appeal.'),
        ('h', 'External review'),
        ('p', 'Because this plan is a church plan, it is not governed by ERISA, but it offers external review. You '
              'may request an external review by an independent review organization within 4 months after the '
              'date you receive this letter. Send your request for external review to:'),
        ('addr', ['Good Shepherd Ministries Benefit Plan', 'External Review Coordinator',
                  '800 Cathedral Way, Suite 300', 'Louisville, KY 40202']),
        ('p', 'Questions: Benefits Office, 1-555-0193, weekdays 9 to 4 Eastern.'),
    ]
    case(n='11', slug='church-plan-final-internal-decision-maintenance-ect-projected-on-wall-photo', lang='en',
         kind='img', device='projector', nd=nd, nd_label='Decision date:', nd_fmt='long', sds=sds, sd_fmt='long',
         name='Miriam Oyelaran-Stokes', mid='GSM-0047713-00', claim='GSM-26-09-44817',
         procs=['90870', '00104'], dxs=['F33.3'], carcs=['CO-50'], cat='medical_necessity', plan='church',
         urgent=False, window=('months', 4),
         basis='within 4 months after the date you receive this letter',
         addr=['Good Shepherd Ministries Benefit Plan', 'External Review Coordinator',
               '800 Cathedral Way, Suite 300', 'Louisville, KY 40202'],
         ev={'cat': 'not medically necessary', 'plan': 'church plan',
             'final': 'This is the final decision on your internal appeals'},
         traps=['L2-26-0098', 'November 12'],
         blocks=blocks,
         note='A church plan\'s final internal decision (level 2) upholding the denial of 3 maintenance ECT '
              'treatments: the next level, external review, is keyed with the window the letter prints (4 months) '
              'and the external review coordinator\'s address. The appeal number is a trap. Projected on a wall '
              'and photographed.')


# ============================================================================================== 12
def _c12():
    nd = D(2026, 12, 1)
    sds = [D(2026, 9, 29), D(2026, 10, 2), D(2026, 10, 6)]
    blocks = [
        ('logo', 'Harborview Medicare Advantage (HMO)', 'A Medicare Advantage plan with a Medicare contract'),
        ('small', 'Appeals and Grievances, 77 Wharf Street, New Bedford, MA 02740 | 1-555-0121, TTY 711 | '
                  + FICT_EN),
        ('title', 'Notice of Reconsideration Decision'),
        ('kv', [('Date:', fmt(nd, 'long')),
                ('Member:', 'Walter Quisenberry'),
                ('Member number:', 'HVM 4410 2287'),
                ('Reconsideration number:', 'REC-26-77215')]),
        ('p', 'Dear Mr. Quisenberry: you asked us to reconsider our decision not to pay claim HV-26-0930-5512 for '
              'esketamine treatment sessions at Bayside Neuropsychiatry on September 29, October 2 and October 6, '
              '2026 (codes G2083 and J0013, diagnosis F33.2).'),
        ('p', 'We have looked at your request again and our decision stands: we will not pay these claims. Bayside '
              'Neuropsychiatry is not in Harborview\'s network, and our HMO pays for care from providers outside '
              'the network only for emergencies, urgently needed care, or when we approve it in advance. We found '
              'no approval for these visits.'),
        ('h', 'What happens next'),
        ('p', 'Because we did not decide fully in your favor, we are required to send your case to an independent '
              'review entity, Keystone Medicare Review (the IRE), which has a contract with Medicare. We have sent '
              'your file today. You do not need to do anything; the IRE will write to you. If you have more '
              'information to add, call the IRE\'s intake line at 1-555-0146.'),
        ('p', 'Your Medicare Number is on your red, white and blue card; keep it for calls to Medicare.'),
        ('hand', 'IRE got it? call 12/15', 0.52, 0.84, -4, (20, 20, 20), 38),
    ]
    case(n='12', slug='medicare-advantage-reconsideration-upheld-auto-ire-spravato-out-of-network-clothesline-photo',
         lang='en', kind='img', device='clothesline', nd=nd, nd_label='Date:', nd_fmt='long', sds=sds,
         sd_list='September 29, October 2 and October 6, 2026', name='Walter Quisenberry', mid='HVM 4410 2287',
         claim='HV-26-0930-5512', procs=['G2083', 'J0013'], dxs=['F33.2'], carcs=None, cat='out_of_network',
         plan='medicare_advantage', urgent=False, window=None, basis=None, addr=None, nulls=['appeal_deadline'],
         omit=['deadline_basis'],
         ev={'cat': 'not in Harborview\'s network', 'plan': 'Medicare Advantage',
             'final': 'our decision stands'},
         traps=['REC-26-77215', '77 Wharf Street', '12/15'],
         blocks=blocks,
         note='A Medicare Advantage plan\'s reconsideration decision upholding an out-of-network denial of 3 '
              'esketamine sessions (G2083, J0013); the plan forwards it to the IRE itself, so no window to count: '
              'appeal_deadline keyed null (contract item 1). The notice gives the member no address to send an '
              'appeal to; appeals_address and deadline_basis are not keyed. Hung on a clothesline with two pegs.')


# ============================================================================================== 13
def _c13():
    nd = D(2026, 11, 12)
    sds = [D(2026, 10, 13), D(2026, 10, 14), D(2026, 10, 15)]
    rows = [[fmt(d, 'dmy'), 'H2012', 'F32.2', '4', 'Denegado', 'CO-197'] for d in sds]
    blocks = [
        ('logo', 'Plan de Salud Mental del Condado de San Tulare', 'Servicios especializados de salud mental de '
                                                                   'Medi-Cal (Medicaid) del condado'),
        ('small', '1400 Calle Mission, San Tulare, CA 93274  |  1-555-0177  |  santulare-smhs.example'),
        ('small', FICT_ES),
        ('title', 'AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS'),
        ('kv', [('Fecha de este aviso:', fmt(nd, 'es')),
                ('Nombre del miembro:', 'Ximena Arriaga Solís'),
                ('Fecha de nacimiento:', '05/11/2004'),
                ('Número de identificación de Medicaid (CIN):', '90418832B'),
                ('Número de reclamación:', 'SMH-26-118204'),
                ('Proveedor:', 'Centro Comunitario Nueva Luz')]),
        ('p', 'El condado administra sus servicios especializados de salud mental aparte de su plan de salud de '
              'Medi-Cal. Revisamos la reclamación de tratamiento diurno intensivo (fechas en formato día/mes/año):'),
        ('table', ['Fecha', 'Código', 'Diagnóstico', 'Horas', 'Decisión', 'Código de ajuste'], rows,
         [0.16, 0.12, 0.16, 0.1, 0.2, 0.26]),
        ('p', 'Motivo: el tratamiento diurno intensivo necesita autorización previa del condado, y el proveedor no '
              'la pidió antes de dar el servicio.'),
        ('h', 'Su derecho a apelar'),
        ('p', 'Puede pedir una apelación dentro de 60 días calendario a partir de la fecha de este aviso. Llame al '
              '1-555-0177 o escriba a:'),
        ('addr', ['Plan de Salud Mental del Condado de San Tulare', 'Unidad de Quejas y Apelaciones',
                  '1400 Calle Mission, Piso 2', 'San Tulare, CA 93274']),
        ('p', 'Si quiere que un servicio ya aprobado continúe durante la apelación, pídalo dentro de 10 días. Si '
              'no está de acuerdo con nuestra decisión sobre la apelación, puede pedir una audiencia imparcial '
              'estatal dentro de 120 días.'),
        ('stamp', ['RECIBIDO', '17 NOV 2026', 'CLÍNICA NUEVA LUZ'], 0.58, 0.66, -6, (40, 60, 170)),
        ('hand', 'llevar a la cita con la trabajadora social', 0.08, 0.9, 1, (150, 20, 20), 32),
    ]
    case(n='13', slug='es-medicaid-county-mental-health-carve-out-day-treatment-no-auth-dead-green-scan-tif',
         lang='es', kind='img', device='dead_green', nd=nd, nd_label='Fecha de este aviso:', nd_fmt='es', sds=sds,
         sd_fmt='dmy', name='Ximena Arriaga Solís', mid='90418832B', claim='SMH-26-118204', procs=['H2012'],
         dxs=['F32.2'], carcs=['CO-197'], cat='prior_authorization', plan='medicaid', urgent=False,
         window=('days', 60), basis='dentro de 60 días calendario a partir de la fecha de este aviso',
         addr=['Plan de Salud Mental del Condado de San Tulare', 'Unidad de Quejas y Apelaciones',
               '1400 Calle Mission, Piso 2', 'San Tulare, CA 93274'],
         ev={'cat': 'autorización previa', 'plan': 'Medicaid'},
         traps=['05/11/2004', '17 NOV 2026', '10 días', '120 días'],
         blocks=blocks,
         note='A county mental health plan\'s Spanish NOABD (Medicaid specialty services carved out of the managed '
              'care plan): 3 days of day treatment (H2012; F32.2) without prior authorization (CO-197). Day-first '
              'dates with a hint. A clinic\'s RECIBIDO stamp with its own date, a pen note. Stated 60 días. A '
              'flatbed scan whose green channel failed (magenta), TIFF.')


# ============================================================================================== 14
def _c14():
    nd = D(2026, 11, 23)
    sds = [D(2026, 9, 21), D(2026, 9, 24)]
    blocks = [
        ('title', 'Salud Comunitaria del Valle - Plan de Medicaid (STAR)'),
        ('small', FICT_ES),
        ('kv', [('Fecha:', fmt(nd, 'es')),
                ('Asunto:', 'Aviso de resolución de la apelación APE-26-04418')]),
        ('p', 'Estimado señor Benavides Treviño:'),
        ('p', 'Le escribimos sobre la apelación que usted presentó el 14 de octubre de 2026. Usted, Rogelio '
              'Benavides Treviño, miembro número SCV-7730-21946, nos pidió revisar la denegación de la reclamación '
              'original número SCV-2609-33180 por el tratamiento con esketamina nasal (códigos J0013 y 99415) que '
              'recibió en Clínica Horizonte los días 21 y 24 de septiembre de 2026, con diagnóstico F33.2.'),
        ('p', 'Un psiquiatra que no participó en la primera decisión revisó su expediente. Mantenemos la '
              'denegación: los registros no muestran dos tratamientos previos con antidepresivos a dosis y '
              'duración adecuadas, que son requisito de los criterios de necesidad médica del plan (código de '
              'ajuste CO-50). Por eso el servicio no es médicamente necesario según esos criterios.'),
        ('h', 'Si no está de acuerdo: audiencia imparcial estatal'),
        ('p', 'Ya no tiene otra apelación con el plan. Puede pedir una audiencia imparcial estatal dentro de 120 '
              'días calendario a partir de la fecha de esta carta. Envíe su solicitud de audiencia a:'),
        ('addr', ['Comisión Estatal de Salud y Servicios Humanos', 'Oficina de Audiencias Imparciales',
                  'Apartado Postal 149030', 'Austin, TX 78714']),
        ('p', 'También puede pedir una revisión médica externa por una organización independiente al mismo tiempo. '
              'Para ayuda gratuita llame al 1-555-0104.'),
        ('p', 'Atentamente, Departamento de Apelaciones, Salud Comunitaria del Valle'),
    ]
    case(n='14', slug='es-medicaid-managed-care-appeal-resolution-spravato-upheld-fair-hearing-forwarded-eml',
         lang='es', kind='eml', nd=nd, nd_label='Fecha:', nd_fmt='es', sds=sds,
         sd_list='los días 21 y 24 de septiembre de 2026', name='Rogelio Benavides Treviño', mid='SCV-7730-21946',
         claim='SCV-2609-33180', procs=['J0013', '99415'], dxs=['F33.2'], carcs=['CO-50'],
         cat='medical_necessity', plan='medicaid', urgent=False, window=('days', 120),
         basis='dentro de 120 días calendario a partir de la fecha de esta carta',
         addr=['Comisión Estatal de Salud y Servicios Humanos', 'Oficina de Audiencias Imparciales',
               'Apartado Postal 149030', 'Austin, TX 78714'],
         ev={'cat': 'no es médicamente necesario', 'plan': 'Medicaid', 'final': 'Mantenemos la denegación'},
         traps=['APE-26-04418', '14 de octubre de 2026', '24 de noviembre de 2026', '03 Dec 2026'],
         blocks=blocks,
         extra=dict(frm='Rogelio Benavides <rbenavides@correo.example>',
                    to='Promotora Elena Cantú <ecantu@salud-frontera.example>',
                    subject='RV: Resolución de su apelación', date='Thu, 03 Dec 2026 09:12:44 -0600',
                    note='Elena, buenos días. Esta es la carta que me mandó el plan. ¿Me ayuda con lo de la audiencia? '
                         'Gracias, Rogelio',
                    fwd_from='Salud Comunitaria del Valle <avisos@scvalle.example>',
                    fwd_date='martes, 24 de noviembre de 2026 8:30',
                    fwd_subject='Resolución de su apelación', es=True),
         note='A Medicaid managed-care plan\'s Spanish notice of appeal resolution, facts in sentences, upholding '
              'the denial of esketamine on 2 days (J0013, 99415; F33.2). Next level: the state fair hearing, 120 '
              'días as printed, sent to the hearings office. Forwarded by the member to a promotora; the appeal '
              'number, the filing date, the e-mail Date and the forwarded date are traps.')


# ============================================================================================== 15
def _c15():
    nd = D(2026, 11, 4)
    sds = [D(2026, 10, 6), D(2026, 10, 9)]
    rows = []
    for d in sds:
        rows.append([fmt(d, 'dmy'), 'S0013', '84', 'F33.2', '$0.00', 'CO-16'])
        rows.append([fmt(d, 'dmy'), 'G2083', '1', 'F33.2', '$0.00', 'CO-16'])
    blocks = [
        ('logo', 'Vida Plena Medicare Advantage (HMO)', 'Plan Medicare Advantage con contrato de Medicare'),
        ('small', FICT_ES),
        ('title', 'Aviso de denegación de pago'),
        ('kv', [('Fecha del aviso:', fmt(nd, 'es')),
                ('Nombre del miembro:', 'Eusebio Marroquín Paz'),
                ('Número de miembro:', 'VMA-3317-80452'),
                ('Número de Medicare:', '7KD2-RT6-WX41'),
                ('Número de reclamo:', '2610-VM-557102'),
                ('Proveedor:', 'Psiquiatría Integral del Sur')]),
        ('p', 'No pagaremos los servicios siguientes (fechas en día/mes/año):'),
        ('table', ['Fecha', 'Código', 'Unidades', 'Diagnóstico', 'Pagado', 'Código'], rows,
         [0.17, 0.15, 0.15, 0.17, 0.14, 0.22]),
        ('p', 'Motivo: el código S0013 ya no es válido para fechas de servicio desde el 1 de enero de 2026, y la '
              'reclamación no trae la información correcta para procesarla. El proveedor puede enviar una '
              'reclamación corregida con el código actual; una reclamación corregida no es una apelación.'),
        ('h', 'Cómo apelar'),
        ('p', 'Si no está de acuerdo, puede pedir una reconsideración (apelación) dentro de 65 días a partir de la '
              'fecha de este aviso. Envíe su pedido por escrito a:'),
        ('addr', ['Vida Plena Medicare Advantage', 'Departamento de Apelaciones', 'Apartado Postal 21177',
                  'Miami, FL 33102']),
        ('p', 'Preguntas: 1-555-0189 (TTY 711), de 8 a.m. a 8 p.m.'),
    ]
    case(n='15', slug='es-medicare-advantage-payment-denial-esketamine-retired-code-webcam-demosaic-png',
         lang='es', kind='img', device='webcam_demosaic', nd=nd, nd_label='Fecha del aviso:', nd_fmt='es', sds=sds,
         sd_fmt='dmy', name='Eusebio Marroquín Paz', mid='VMA-3317-80452', claim='2610-VM-557102',
         procs=['S0013', 'G2083'], dxs=['F33.2'], carcs=['CO-16'], cat='coding_billing', plan='medicare_advantage',
         urgent=False, window=('days', 65), basis='dentro de 65 días a partir de la fecha de este aviso',
         addr=['Vida Plena Medicare Advantage', 'Departamento de Apelaciones', 'Apartado Postal 21177',
               'Miami, FL 33102'],
         ev={'cat': 'no trae la información correcta', 'plan': 'Medicare Advantage'},
         traps=['7KD2-RT6-WX41', '1 de enero de 2026'],
         blocks=blocks,
         note='A Spanish Medicare Advantage payment denial: esketamine on 2 days billed with the retired S0013 and '
              'G2083, missing/incorrect information (CO-16): coding_billing. Stated 65 días. The Medicare Number '
              'is a trap. A USB document webcam\'s crudely demosaiced still, PNG.')


# ============================================================================================== 16
def _c16():
    nd = D(2026, 11, 30)
    blocks = [
        ('logo', 'Sol del Desierto Medicare Advantage (PPO)', 'Plan Medicare Advantage - Arizona'),
        ('small', '2400 Avenida Central Norte, Phoenix, AZ 85004 | 1-555-0165 | ' + FICT_ES),
        ('title', 'Aviso de denegación de cobertura médica'),
        ('kv', [('Fecha:', fmt(nd, 'es')),
                ('Afiliado(a):', 'Dolores Ybarra Quintero'),
                ('Número de afiliado:', 'SDA-90077-315'),
                ('Solicitud n.º:', 'AUT-26-58831'),
                ('Médico que pidió el servicio:', 'Dr. Anselmo Rivas, Centro de Neuromodulación del Valle')]),
        ('p', 'Tomamos esta decisión de forma acelerada (rápida), en 72 horas, porque su médico nos dijo que '
              'esperar podría dañar gravemente su salud.'),
        ('p', 'Denegamos la estimulación magnética transcraneal que su médico pidió (códigos 90867 y 90868, '
              'diagnóstico F33.2). El servicio no es médicamente necesario según los criterios de cobertura de '
              'Medicare para su caso: el expediente no muestra que se hayan probado dos medicamentos '
              'antidepresivos a dosis adecuadas.'),
        ('h', 'Su derecho a apelar'),
        ('p', 'Puede pedirnos una reconsideración en un plazo de 65 días calendario desde la fecha de este aviso. '
              'Si su salud lo requiere, pida una apelación rápida. Envíe su apelación a:'),
        ('addr', ['Sol del Desierto Medicare Advantage', 'Unidad de Apelaciones y Quejas',
                  '2400 Avenida Central Norte, Suite 600', 'Phoenix, AZ 85004']),
        ('p', 'Para una apelación rápida llame al 1-555-0165 o envíe un fax al 1-555-0166.'),
    ]
    case(n='16', slug='es-medicare-advantage-expedited-tms-request-denied-on-snowy-car-photo', lang='es',
         kind='img', device='snow', nd=nd, nd_label='Fecha:', nd_fmt='es', sds=None,
         name='Dolores Ybarra Quintero', mid='SDA-90077-315', claim='AUT-26-58831', procs=['90867', '90868'],
         dxs=['F33.2'], carcs=None, cat='medical_necessity', plan='medicare_advantage', urgent=True,
         window=('days', 65), basis='en un plazo de 65 días calendario desde la fecha de este aviso',
         addr=['Sol del Desierto Medicare Advantage', 'Unidad de Apelaciones y Quejas',
               '2400 Avenida Central Norte, Suite 600', 'Phoenix, AZ 85004'],
         ev={'cat': 'no es médicamente necesario', 'plan': 'Medicare Advantage',
             'urgent': 'Tomamos esta decisión de forma acelerada'},
         traps=['72 horas', 'Dr. Anselmo Rivas'],
         blocks=blocks,
         note='A Spanish Medicare Advantage pre-service denial of TMS made on an expedited basis (urgent), medical '
              'necessity. Stated 65 días calendario. No dates of care and no CARC. Photographed on a snowy car '
              'bonnet while it snowed.')


# ============================================================================================== 17
def _c17():
    nd = D(2026, 11, 20)
    sds = [D(2026, 11, 3), D(2026, 11, 10)]
    rows = [
        ['Yaritza Quiñones Ortiz (02)', 'CS-26-7781204', '27/10/2026', '90834', '$140.00', '$112.00', 'PR-3', 'Pagada'],
        ['Yaritza Quiñones Ortiz (02)', 'CS-26-7790318', '03/11/2026', '90834', '$140.00', '$0.00', 'CO-119',
         'Denegada'],
        ['', '', '10/11/2026', '90834', '$140.00', '$0.00', 'CO-119', 'Denegada'],
        ['Julián Quiñones Ortiz (03)', 'CS-26-7792044', '05/11/2026', '99213', '$95.00', '$70.00', 'PR-3', 'Pagada'],
    ]
    blocks = [
        ('logo', 'Aseguradora Ceiba Salud', 'Plan médico grupal de Panadería Hermanos Quiñones, su patrono'),
        ('small', FICT_ES),
        ('title', 'Explicación de beneficios (EOB) - Esto no es una factura'),
        ('kv', [('Fecha de la EOB:', fmt(nd, 'dmy')),
                ('Suscriptor:', 'Héctor Quiñones Rivera'),
                ('Número de suscriptor:', 'CSG-558120-01'),
                ('Grupo:', 'PHQ-0042')]),
        ('p', 'Fechas en formato DD/MM/AAAA. Reclamaciones procesadas para su familia:'),
        ('table', ['Paciente (miembro)', 'Reclamación', 'Fecha', 'Código', 'Facturado', 'Pagado', 'Ajuste',
                   'Estado'], rows, [0.23, 0.15, 0.12, 0.08, 0.1, 0.09, 0.1, 0.13]),
        ('kv', [('Paciente de la reclamación denegada:', 'Yaritza Quiñones Ortiz'),
                ('Número de miembro:', 'CSG-558120-02'),
                ('Diagnóstico:', 'F41.1')]),
        ('p', 'CO-119: se alcanzó el máximo del beneficio. Su plan cubre hasta 20 visitas de psicoterapia '
              'ambulatoria por año; las visitas del 03/11/2026 y del 10/11/2026 pasan de ese límite. PR-3: copago.'),
        ('h', 'Derecho de apelación'),
        ('p', 'Puede apelar dentro de 180 días a partir de la fecha en que reciba esta explicación. Su plan es un '
              'plan de grupo de su patrono sujeto a la ley ERISA. Envíe la apelación a: Aseguradora Ceiba Salud, '
              'Departamento de Apelaciones, Apartado Postal 366201, San Juan, PR 00936-6201.'),
        ('hand', '¡apelar! llamé 24/11', 0.55, 0.62, 5, (20, 30, 140), 40),
    ]
    case(n='17', slug='es-employer-insured-family-eob-psychotherapy-visit-cap-in-zip-bag-photo', lang='es',
         kind='img', device='zip_bag', nd=nd, nd_label='Fecha de la EOB:', nd_fmt='dmy', sds=sds, sd_fmt='dmy',
         name='Yaritza Quiñones Ortiz', mid='CSG-558120-02', claim='CS-26-7790318', procs=['90834'], dxs=['F41.1'],
         carcs=['CO-119'], cat='benefit_limit', plan='employer_erisa', urgent=False, window=('days', 180),
         basis='dentro de 180 días a partir de la fecha en que reciba esta explicación',
         addr=['Aseguradora Ceiba Salud', 'Departamento de Apelaciones', 'Apartado Postal 366201',
               'San Juan, PR 00936-6201'],
         ev={'cat': 'máximo del beneficio', 'plan': 'plan de grupo de su patrono'},
         traps=['Héctor Quiñones Rivera', 'CSG-558120-01', 'PHQ-0042', 'CS-26-7781204', 'CS-26-7792044', '99213',
                'PR-3', '27/10/2026', '05/11/2026', '24/11'],
         blocks=blocks,
         note='A Spanish EOB from an insured employer plan for a family: four claims over two children, the '
              'daughter\'s two psychotherapy visits over the 20-visit cap (CO-119): benefit_limit. Day-first dates '
              'with a hint. A pen note with a date. Stated 180 días from receipt. Photographed in a zip-top bag.')


# ============================================================================================== 18
def _c18():
    nd = D(2026, 11, 25)
    sds = [D(2026, 10, 14), D(2026, 10, 21)]
    rows = [[fmt(d, 'es'), '90901', 'F90.0', '$120.00', '$0.00', 'CO-204'] for d in sds]
    blocks = [
        ('logo', 'Plan de Salud Infantil del Condado de Brazos Altos', 'Programa de Seguro Médico para Niños '
                                                                       '(CHIP) - plan del condado'),
        ('small', '700 Calle Principal, Bryan, TX 77803 | 1-555-0198 | brazosaltos-chip.example | ' + FICT_ES),
        ('title', 'Aviso de denegación de servicios'),
        ('cols', [('kv', [('Fecha del aviso:', fmt(nd, 'es')),
                          ('Miembro:', 'Mateo Esquivel Rangel'),
                          ('ID de miembro:', 'BA-CHIP-0071934')])],
         [('kv', [('Reclamación:', 'BAC-26-1021-0093'),
                  ('Padre/madre:', 'Lucía Rangel Ochoa'),
                  ('Proveedor:', 'Instituto Cerebro Activo')])]),
        ('table', ['Fecha del servicio', 'Código', 'Diagnóstico', 'Cobrado', 'Pagado', 'Ajuste'], rows,
         [0.28, 0.12, 0.16, 0.14, 0.14, 0.16]),
        ('p', 'Motivo: la biorretroalimentación (neurofeedback) para el trastorno por déficit de atención no es un '
              'beneficio cubierto por el plan CHIP del condado; está excluida en la sección 7 del manual del '
              'miembro.'),
        ('h', 'Cómo apelar'),
        ('p', 'Usted puede apelar dentro de 40 días hábiles a partir de la fecha de este aviso. Envíe su apelación '
              'por escrito a: Plan de Salud Infantil del Condado de Brazos Altos, Atención: Apelaciones de '
              'Miembros, 700 Calle Principal, Edificio B, Bryan, TX 77803.'),
        ('p', 'No se ofrece audiencia imparcial estatal porque este plan no es Medicaid. Si mantenemos la '
              'denegación, puede pedir una revisión externa por una organización independiente.'),
    ]
    case(n='18', slug='es-county-chip-child-neurofeedback-excluded-business-days-two-column-text-pdf', lang='es',
         kind='pdf', nd=nd, nd_label='Fecha del aviso:', nd_fmt='es', sds=sds, sd_fmt='es',
         name='Mateo Esquivel Rangel', mid='BA-CHIP-0071934', claim='BAC-26-1021-0093', procs=['90901'],
         dxs=['F90.0'], carcs=['CO-204'], cat='not_covered', plan='chip', urgent=False, window=('bdays', 40),
         basis='dentro de 40 días hábiles a partir de la fecha de este aviso',
         addr=['Plan de Salud Infantil del Condado de Brazos Altos', 'Atención: Apelaciones de Miembros',
               '700 Calle Principal, Edificio B', 'Bryan, TX 77803'],
         ev={'cat': 'no es un beneficio cubierto', 'plan': 'CHIP'},
         traps=['Lucía Rangel Ochoa'],
         blocks=blocks,
         note='A county-run separate CHIP\'s Spanish denial for a child: neurofeedback on 2 days (90901; F90.0) '
              'excluded (CO-204): not_covered. Stated 40 días hábiles (business days, Monday to Friday, no holiday '
              'skipped). The mother is a trap. Text PDF with a two-column header.')


for _f in (_c01, _c02, _c03, _c04, _c05, _c06, _c07, _c08, _c09, _c10, _c11, _c12, _c13, _c14, _c15, _c16, _c17,
           _c18):
    _f()
