"""Dates, rules and the self-check for set 27 (FICTIONAL)."""
import datetime as dt, re, calendar
D = dt.date
EN_M = ['January','February','March','April','May','June','July','August','September','October','November','December']
ES_M = ['enero','febrero','marzo','abril','mayo','junio','julio','agosto','septiembre','octubre','noviembre','diciembre']
LAST = D(2026, 12, 5)

def en(d):  return '%s %d, %d' % (EN_M[d.month-1], d.day, d.year)
def us(d):  return '%02d/%02d/%d' % (d.month, d.day, d.year)
def dmy(d): return '%02d/%02d/%d' % (d.day, d.month, d.year)
def es(d):  return '%d de %s de %d' % (d.day, ES_M[d.month-1], d.year)
def iso(d): return d.isoformat()

def read_date(s, dayfirst=False):
    s = s.strip()
    m = re.fullmatch(r'(\d{1,2})/(\d{1,2})/(\d{4})', s)
    if m:
        a, b, y = map(int, m.groups())
        return D(y, b, a) if dayfirst else D(y, a, b)
    m = re.fullmatch(r'([A-Za-z]+)\.? (\d{1,2}), (\d{4})', s)
    if m:
        mon = [x[:3].lower() for x in EN_M].index(m.group(1)[:3].lower())
        return D(int(m.group(3)), mon + 1, int(m.group(2)))
    m = re.fullmatch(r'(\d{1,2}) de ([a-záéíóú]+) de (\d{4})', s, re.I)
    if m:
        return D(int(m.group(3)), ES_M.index(m.group(2).lower()) + 1, int(m.group(1)))
    m = re.fullmatch(r'(\d{4})-(\d\d)-(\d\d)', s)
    if m:
        return D(*map(int, m.groups()))
    m = re.fullmatch(r'(\d{1,2})-([A-Z]{3})-(\d{4})', s)
    if m:
        return D(int(m.group(3)), [x[:3].upper() for x in EN_M].index(m.group(2)) + 1, int(m.group(1)))
    raise ValueError('unreadable date ' + s)

def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year; m += 1
    return D(y, m, min(d.day, calendar.monthrange(y, m)[1]))

# plan type -> (days from the notice date, citation); domain reference with section 1c applied
RULES = {
    'employer_erisa': (180, '29 CFR 2560.503-1(h)(3)(i)'),
    'individual_aca': (180, '45 CFR 147.136(b)(3)'),
    'medicare_advantage': (65, '42 CFR 422.582(b)'),
    'medicare_part_d': (65, '42 CFR 423.582(b)'),
    'medicaid': (60, '42 CFR 438.402(c)(2)(ii)'),
    'chip': (60, '42 CFR 457.1260, applying 42 CFR 438.402(c)(2)(ii)'),
    'governmental': (180, '45 CFR 147.136(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)'),
    'church': (180, '26 CFR 54.9815-2719(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)'),
    'tricare': (90, '32 CFR 199.10'),
}
CATS = {'medical_necessity', 'experimental_investigational', 'prior_authorization', 'step_therapy', 'out_of_network',
        'not_covered', 'coding_billing', 'timely_filing', 'benefit_limit', 'coordination_of_benefits', 'other'}
PLANS = {'employer_erisa', 'individual_aca', 'medicare_advantage', 'medicare', 'medicare_part_d', 'medicaid', 'fehb',
         'chip', 'governmental', 'church', 'short_term', 'tricare'}
ORDER = ['file', '_note', 'patient_name', 'member_id', 'claim_number', 'notice_date', 'service_dates',
         'procedure_codes', 'diagnosis_codes', 'carc_codes', 'denial_category', 'plan_type', 'urgent',
         'appeal_deadline', 'deadline_basis', 'appeals_address']

def deadline_for(c):
    nd = c['notice_date']; kind, val = c['window']
    if kind == 'days':   return nd + dt.timedelta(days=val)
    if kind == 'months': return add_months(nd, val)
    if kind == 'date':   return val
    if kind == 'rule':   return nd + dt.timedelta(days=RULES[c['plan_type']][0])
    raise ValueError(kind)

def key_of(c, fname):
    k = {'file': fname, '_note': c['note']}
    for f in ('patient_name', 'member_id', 'claim_number'):
        k[f] = c[f]
    k['notice_date'] = iso(c['notice_date'])
    if c.get('service_dates'):
        k['service_dates'] = [iso(x) for x in sorted(c['service_dates'])]
    for f in ('procedure_codes', 'diagnosis_codes', 'carc_codes'):
        if c.get(f):
            k[f] = list(c[f])
    k['denial_category'] = c['denial_category']; k['plan_type'] = c['plan_type']; k['urgent'] = c['urgent']
    k['appeal_deadline'] = iso(deadline_for(c))
    k['deadline_basis'] = c['basis'] if c['window'][0] != 'rule' else RULES[c['plan_type']][1]
    k['appeals_address'] = ', '.join(c['address'])
    return {f: k[f] for f in ORDER if f in k}

def norm(s):
    return re.sub(r'\s+', ' ', s).strip()

def check(c, key, text):
    """Every keyed fact against the notice's own text model. Returns a list of misses."""
    t = norm(text); miss = []
    def need(s, what):
        if norm(s) not in t: miss.append('%s not in text: %r' % (what, s))
    if not re.search(r'FICTIONAL|FICTICI', t): miss.append('no FICTIONAL on the face')
    for f in ('patient_name', 'member_id', 'claim_number'):
        need(key[f], f)
    for f in ('procedure_codes', 'diagnosis_codes', 'carc_codes'):
        for v in key.get(f, []):
            if not re.search(r'(?<![\w.])' + re.escape(v) + r'(?![\w])', t): miss.append('%s %s not a whole word' % (f, v))
    # notice date: its label and its printed form, read back
    lab, printed = c['nd_anchor']
    need(lab, 'notice-date label'); need(printed, 'notice date as printed')
    if norm(lab + ' ' + printed) not in t and norm(lab + printed) not in t:
        miss.append('notice date not next to its label')
    if read_date(printed, c.get('dayfirst', False)) != c['notice_date']: miss.append('notice date reads otherwise')
    if c['notice_date'] > LAST: miss.append('notice date after 2026-12-05')
    for printed_sd, d in c.get('sd_printed', []):
        need(printed_sd, 'service date')
        if read_date(printed_sd, c.get('dayfirst', False)) != d: miss.append('service date reads otherwise ' + printed_sd)
    if sorted(d for _, d in c.get('sd_printed', [])) != sorted(c.get('service_dates', [])): miss.append('service dates differ from printed')
    for d in c.get('service_dates', []):
        if d >= c['notice_date']: miss.append('service date not before the notice')
    if key['denial_category'] not in CATS: miss.append('category')
    if key['plan_type'] not in PLANS: miss.append('plan type')
    for ev in c['evidence']:
        need(ev, 'evidence')
    urg_words = re.compile(r'expedit|fast|urgent|acelerad|rápid|urgente', re.I)
    if c['urgent'] and not (c.get('urgent_ev') and urg_words.search(c['urgent_ev'])): miss.append('urgent without evidence')
    if c.get('urgent_ev'):
        need(c['urgent_ev'], 'urgency evidence')
        if not c['urgent']: miss.append('urgency evidence but not keyed urgent')
    if key['appeal_deadline'] != iso(deadline_for(c)): miss.append('deadline')
    if c['window'][0] == 'rule':
        if key['deadline_basis'] != RULES[c['plan_type']][1]: miss.append('rule basis')
    else:
        need(key['deadline_basis'], 'deadline basis')
        kind, val = c['window']
        if kind in ('days', 'months') and str(val) not in key['deadline_basis']: miss.append('basis lacks its number')
        if kind == 'date':
            found = [x for x in re.findall(r'[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2} de [a-z]+ de \d{4}|\d\d/\d\d/\d{4}', key['deadline_basis'])]
            if not found or read_date(found[0], c.get('dayfirst', False)) != val: miss.append('stated date not read back')
    # address parts in order, close together, from some occurrence of the first
    parts = [norm(p) for p in c['address']]
    ok = False
    for m in re.finditer(re.escape(parts[0]), t):
        pos = m.end(); good = True
        for p in parts[1:]:
            j = t.find(p, pos)
            if j < 0 or j - pos > 160: good = False; break
            pos = j + len(p)
        if good: ok = True; break
    if not ok: miss.append('address parts not in order')
    if norm(key['appeals_address']) != ', '.join(parts): miss.append('keyed address is not the notice\'s parts in order')
    keyed = set(str(v) for f, v in key.items() if not isinstance(v, list)) | set(x for v in key.values() if isinstance(v, list) for x in v)
    for tr in c['traps']:
        if tr in keyed: miss.append('trap keyed: ' + tr)
        need(tr, 'trap')
    for ph in re.findall(r'555[-. ]?\d{4}', t):
        if not re.fullmatch(r'555[-. ]?01\d\d', ph): miss.append('phone not 555-01xx: ' + ph)
    for dom in re.findall(r'(?:www\.|@|https?://)([\w.-]+)', t):
        if not dom.rstrip('.').endswith('.example'): miss.append('address outside .example: ' + dom)
    return miss
