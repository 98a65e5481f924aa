"""Not part of the build: plant wrong keys in memory and confirm make_set.check reports each (set 48, FICTIONAL)."""
import copy
import datetime as dt
import json
import os
import sys

import make_set as M

HERE = os.path.dirname(os.path.abspath(__file__))
by = {c['n']: c for c in M.C.CASES}


def run(n, field, value, also=None):
    c = by[n]
    fn = M.fname(c)
    key = copy.deepcopy(json.load(open(os.path.join(HERE, '%s-%s.expected.json' % (n, c['slug'])), encoding='utf-8')))
    key[field] = value
    cc = dict(c)
    if also:
        cc.update(also)
    errs = M.check(cc, key, os.path.join(HERE, fn), M.read_back(c, os.path.join(HERE, fn)))
    return errs


D = dt.date
MUT = [
    ('01', 'member_id', 'HLX-440917-01', None, 'the subscriber\'s ID as member ID'),
    ('03', 'notice_date', '1990-11-18', {'nd': D(1990, 11, 18)}, 'the DOB as notice date'),
    ('04', 'claim_number', 'TC2610-40215', None, 'a paid claim\'s number'),
    ('05', 'procedure_codes', ['90870', '99214'], None, 'the paid visit\'s code'),
    ('13', 'notice_date', '2026-11-17', {'nd': D(2026, 11, 17)}, 'the RECIBIDO stamp\'s date'),
    ('02', 'appeal_deadline', '2027-03-30', None, 'a deadline on a binding external review decision'),
    ('11', 'claim_number', 'L2-26-0098', None, 'the appeal number as claim number'),
    ('17', 'member_id', 'CSG-558120-01', None, 'the subscriber\'s -01 number'),
    ('09', 'appeals_address', 'Cedar Prairie Health Plans, PO Box 2209, Appeals and Grievances, Des Moines, IA 50306',
     None, 'the address out of order'),
    ('16', 'urgent', False, {'urgent': False}, 'urgency dropped'),
    ('10', 'appeal_deadline', '2026-12-23', None, 'business days counted as calendar days'),
    ('14', 'notice_date', '2026-11-24', {'nd': D(2026, 11, 24)}, 'the forwarded e-mail\'s date'),
    ('06', 'claim_number', 'RD-26-448120', None, 'the redetermination number'),
    ('18', 'patient_name', 'Lucía Rangel Ochoa', None, 'the mother as patient'),
]
caught = 0
for n, f, v, also, why in MUT:
    errs = run(n, f, v, also)
    caught += bool(errs)
    print('%s %-17s %-55s %s' % (n, f, why, ('reported: ' + errs[0]) if errs else 'NOT REPORTED'))
print('%d of %d alterations reported' % (caught, len(MUT)))
sys.exit(0 if caught == len(MUT) else 1)
