import sys; sys.path.insert(0,'/work/notes/notes16-second/gen'); from mk import *
slug='09-pain-clinic-ketamine-infusions'; load(slug)
F='hollis_ridge_pain_followup_2026-10-27.pdf'
h=[
 H("duloxetine","SNRI","antidepressant","60 mg","2023","2023","gave her nausea and sweating and was stopped after 3 weeks","side_effects",F,1,"duloxetine 60 mg in 2023 gave her nausea and sweating and was stopped after 3 weeks"),
 H("milnacipran","SNRI","antidepressant","100 mg twice daily","2023-10","2024-06","brought her pain down from 8/10 to about 6/10; stopped only because her plan removed it from the formulary","partial_response",F,1,"brought her pain down from 8/10 to about 6/10; it was stopped only because her plan removed it from the formulary"),
 H("pregabalin","gabapentinoid","other","150 mg twice daily","2024-07","2024-11","caused dizziness and a 6 kg weight gain","side_effects",F,1,"Pregabalin 150 mg twice daily from 07/2024 to 11/2024 caused dizziness and a 6 kg weight gain"),
 H("naltrexone","opioid antagonist (low-dose)","other","4.5 mg nightly","2025-01",None,"'maybe a little less achy', hard to say","unknown",F,1,"'maybe a little less achy', hard to say"),
 H("bupropion","NDRI","antidepressant","300 mg","2022",None,"she feels it has partly helped her mood","partial_response",F,1,"she feels it has partly helped her mood"),
 H("ketamine","NMDA antagonist (IV, racemic)","other","6 infusions","2026-08-24",None,"partial response to the IV ketamine series (about 50% less pain, sustained); boosters requested","partial_response",F,2,"Fibromyalgia with a partial response to the IV ketamine series (about 50% less pain, sustained)."),
]
s=[
 S("pain NRS",8,"2023-10",F,1,"brought her pain down from 8/10 to about 6/10"),
 S("pain NRS",6,"2024-06",F,1,"brought her pain down from 8/10 to about 6/10"),
]
for n,v,dt,dose in [(1,8,"08/24","0.5 mg/kg (36 mg)"),(2,8,"08/26","0.5 mg/kg (36 mg)"),(3,7,"08/28","0.6 mg/kg (43 mg)"),(4,6,"08/31","0.6 mg/kg (43 mg)"),(5,5,"09/02","0.6 mg/kg (43 mg)"),(6,5,"09/04","0.6 mg/kg (43 mg)")]:
    m,dd=dt.split('/')
    s.append(S("pain NRS",v,f"2026-{m}-{dd}",F,1,f"{n} {dt}/2026 {dose} over 4 h {v}/10"))
s+=[
 S("pain NRS",4,"2026-10-27",F,2,"Today pain is 4/10 at rest"),
 S("pain NRS",6,"2026-10-27",F,2,"6/10 after activity"),
 S("PHQ-9",12,"2026-10-27",F,2,"PHQ-9 today 12."),
]
d=[D("M79.7",F,1,"Fibromyalgia (M79.7)"),
   D("G89.4",F,1,"chronic pain syndrome (G89.4)"),
   D("F33.1",F,1,"recurrent, moderate (F33.1)")]
write(slug,"FICTIONAL record; second reader's expected rows (notes16 agreement study), from clinical/ only.",h,s,d,
 "none",F,2,"Denies suicidal ideation.")
