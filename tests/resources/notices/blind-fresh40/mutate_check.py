"""Not part of the build: alters keys in memory and asks make_set.check to catch each (FICTIONAL set 40)."""
import json
import os
import make_set as M
import cases as C

MUT = [(1, 'claim_number', "L2-26-11873"), (2, 'member_id', "1298447103"), (3, 'claim_number', "KP26-1006-55102"),
       (3, 'deadline_basis', M.RULES['church'][1]), (6, 'member_id', "7XK4-DM3-PV20"), (8, 'notice_date', "2026-11-20"),
       (9, 'notice_date', "1988-11-20"), (10, 'appeal_deadline', "2027-03-02"), (11, 'patient_name', "Yvette Delacroix"),
       (13, 'appeals_address', "Plan Sol del Valle Medicare Advantage, Apartado Postal 30112, Departamento de "
                               "Apelaciones y Quejas, San Antonio, TX 78265"),
       (16, 'patient_name', "Lucía Cárdenas"), (17, 'procedure_codes', ["90834"]), (18, 'notice_date', "2026-11-17"),
       (15, 'urgent', False)]
caught = 0
cs = {c()['num']: c() for c in C.CASES}
for num, field, val in MUT:
    c = cs[num]
    path = os.path.join(M.HERE, M.fname(c) + '.' + M.EXT[c['kind']])
    key = json.load(open(os.path.join(M.HERE, M.fname(c) + '.expected.json'), encoding='utf-8'))
    key[field] = val
    c2 = dict(c, key=dict(c['key']), a=dict(c['a']))
    if field in c2['key'] and field != 'notice_date':
        c2['key'][field] = val
    if field == 'notice_date':
        c2['key']['notice_date'] = M.dt.date.fromisoformat(val)
    if field == 'urgent':
        c2['key']['urgent'] = val
    errs = M.check(c2, path, key)
    print(f"{num:02d} {field} -> {'caught: ' + errs[0] if errs else 'MISSED'}")
    caught += bool(errs)
print(f"{caught} of {len(MUT)} alterations reported")
