"""Not part of the build: alter keys of 01 and 16 and show that common.check reports each alteration."""
import copy, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); os.chdir(HERE); sys.path.insert(0, HERE)
import common, render, cases_en, cases_es
c1, c16 = cases_en.CASES[0], cases_es.CASES[3]
t1 = '\n'.join(render.plain(c1['lines'])); t16 = render.pdf_text([f for f in os.listdir('.') if f.startswith('16-') and f.endswith('.pdf')][0])
muts = [('claim number', 'claim_number', '4471-20268-0918'), ('member ID l for 1', 'member_id', 'WQH884l20357'),
        ('trap 99214 keyed', 'procedure_codes', ['96365', '96366', 'J3490', '99214']), ('deadline', 'appeal_deadline', '2027-05-13'),
        ('basis not the notice', 'deadline_basis', 'You may appeal within 180 days of the date of this notice'),
        ('address out of order', 'appeals_address', 'Harbor Mutual Health Insurance Company, PO Box 30917, Member Appeals, Lowell, MA 01853-0917'),
        ('subscriber trap as ID', 'member_id', 'GRP-55120')]
n = ok = 0
for name, f, v in muts:
    k = common.key_of(c1, 'x'); k[f] = v; m = common.check(c1, k, t1); n += 1; ok += bool(m)
    print('01', name, '->', 'reported' if m else 'NOT REPORTED', m[:1])
for name, ch in [('received date as notice date', dict(notice_date=common.D(2026, 10, 5), nd_anchor=('Fecha del aviso:', '05/10/2026'))),
                 ('urgent without evidence', dict(urgent=True))]:
    c = copy.deepcopy(c16); c.update(ch); k = common.key_of(c, 'x'); m = common.check(c, k, t16); n += 1; ok += bool(m)
    print('16', name, '->', 'reported' if m else 'NOT REPORTED', m[:1])
print('%d of %d alterations reported' % (ok, n))
