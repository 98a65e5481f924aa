import json, os, re
OUT='/work/notes/notes16-second'
CASES='/work/notes/notes16-cases'
def src(f,p,t): return {"file":"clinical/"+f,"page":p,"text":t}
def H(name,cls,kind,dose,start,end,outcome,oc,f,p,t):
    assert kind in ("antidepressant","augmentation","psychotherapy","neuromodulation","other")
    assert oc in ("no_response","partial_response","relapse","side_effects","remission","unknown")
    for d in (start,end):
        assert d is None or re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?)?',d), d
    return {"name":name,"class":cls,"kind":kind,"dose":dose,"start":start,"end":end,
            "outcome":outcome,"outcome_class":oc,"source":src(f,p,t)}
def S(name,score,date,f,p,t):
    assert name in ("PHQ-9","MADRS","HAM-D","GAD-7","C-SSRS","pain NRS")
    assert date is None or re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?)?',date)
    return {"name":name,"score":score,"date":date,"source":src(f,p,t)}
def D(code,f,p,t): return {"code":code,"source":src(f,p,t)}
def write(slug,note,history,scales,diagnoses,level,sf,sp,st):
    assert note.startswith("FICTIONAL")
    # every source span must occur in the record text (whitespace-normalised) where checkable
    d={"_note":note,"history":history,"scales":scales,"diagnoses":diagnoses,
       "suicidality":{"level":level,"source":src(sf,sp,st) if sf else None}}
    check(slug,d)
    with open(os.path.join(OUT,slug+'.truth.json'),'w') as fh:
        json.dump(d,fh,indent=2,ensure_ascii=False); fh.write('\n')
    print(slug,len(history),'rows',len(scales),'scales',len(diagnoses),'codes',level)
def norm(s): return re.sub(r'\s+',' ',s).strip().lower()
TEXT={}
def check(slug,d):
    base=os.path.join(CASES,slug,'clinical')
    T=TEXT.get(slug,{})
    items=[r["source"] for r in d["history"]+d["scales"]+d["diagnoses"]]
    if d["suicidality"]["source"]: items.append(d["suicidality"]["source"])
    for s in items:
        fn=s["file"].split('/',1)[1]
        assert os.path.exists(os.path.join(base,fn)), fn
        pages=T.get(fn)
        if pages is None: continue
        pg=pages[s["page"]-1]
        if norm(s["text"]) not in norm(pg):
            print('  WARN span not found', slug, fn, s["page"], repr(s["text"]))
import subprocess, glob
def load(slug):
    base=os.path.join(CASES,slug,'clinical'); T={}
    for path in glob.glob(base+'/*'):
        fn=os.path.basename(path)
        if fn.endswith('.pdf'):
            n=int(re.search(r'Pages:\s+(\d+)',subprocess.run(['pdfinfo',path],capture_output=True,text=True).stdout).group(1))
            pages=[subprocess.run(['pdftotext','-layout','-f',str(i),'-l',str(i),path,'-'],capture_output=True,text=True).stdout for i in range(1,n+1)]
            if all(not p.strip() for p in pages): continue
            T[fn]=pages
        elif fn.endswith('.txt'): T[fn]=[open(path).read()]
        elif fn.endswith('.docx'):
            T[fn]=[subprocess.run(['python3','/work/notes/notes16-second/gen/docx2txt.py',path],capture_output=True,text=True).stdout]
    TEXT[slug]=T
