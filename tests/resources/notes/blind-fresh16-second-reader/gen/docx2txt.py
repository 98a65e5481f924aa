import sys, zipfile, re
from xml.etree import ElementTree as ET
W='{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
z=zipfile.ZipFile(sys.argv[1])
print([n for n in z.namelist()])
root=ET.fromstring(z.read('word/document.xml'))
body=root.find(W+'body')
def ptext(p):
    out=[]
    for el in p.iter():
        if el.tag==W+'t': out.append(el.text or '')
        elif el.tag==W+'tab': out.append('\t')
        elif el.tag in (W+'br',W+'cr'): out.append('\n')
    return ''.join(out)
for el in body:
    if el.tag==W+'p': print(ptext(el))
    elif el.tag==W+'tbl':
        for tr in el.iter(W+'tr'):
            cells=[' / '.join(ptext(p) for p in tc.iter(W+'p')) for tc in tr.findall(W+'tc')]
            print(' | '.join(cells))
        print('[end table]')
    else: print('<%s>'%el.tag)
for n in z.namelist():
    if re.match(r'word/(header|footer|footnotes|comments)',n):
        r=ET.fromstring(z.read(n)); print('==',n, ' '.join(ptext(p) for p in r.iter(W+'p')))
