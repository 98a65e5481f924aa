import sys; sys.path.insert(0,'/work/notes/notes16-second/gen'); from mk import *
slug='02-med-reconciliation-grid-pdf'; load(slug)
F='transfer_of_care_med_reconciliation.pdf'
h=[
 H("sertraline","SSRI","antidepressant","50-200 mg","2018-04","2018-11","No response at 200 mg x 8 wk","no_response",F,1,"No response at 200 mg x 8 wk"),
 H("escitalopram","SSRI","antidepressant","10-20 mg","2018-12","2019-03","GI upset, diarrhea - stopped","side_effects",F,1,"GI upset, diarrhea - stopped"),
 H("bupropion","NDRI","antidepressant","150-300 mg","2019-05","2021-08","Good response, lost 2021 (relapse)","relapse",F,1,"Good response, lost 2021 (relapse)"),
 H("duloxetine","SNRI","antidepressant","60-120 mg","2021-09",None,"Partial (PHQ-9 20 -> 13); continued","partial_response",F,1,"Partial (PHQ-9 20 -> 13)"),
 H("quetiapine","atypical antipsychotic","augmentation","50-150 mg","2022-02","2022-06","Sedation, weight +9 kg","side_effects",F,1,"Sedation, weight +9 kg"),
 H("lithium","mood stabilizer","augmentation","600 mg (level 0.6)","2022-10","2023-04","No added benefit","no_response",F,1,"No added benefit"),
 H("bupropion","NDRI","antidepressant","150 mg","2023-05",None,"Partial benefit (energy)","partial_response",F,1,"Partial benefit (energy)"),
 H("CBT","psychotherapy","psychotherapy","16 sessions","2019","2019","Useful skills; mood unchanged","no_response",F,1,"Useful skills; mood unchanged"),
]
s=[
 S("PHQ-9",20,"2021-09",F,1,"Partial (PHQ-9 20 -> 13)"),
 S("PHQ-9",13,None,F,1,"Partial (PHQ-9 20 -> 13)"),
 S("PHQ-9",19,"2026-11-18",F,2,"PHQ-9 at the transfer visit on 11/18/2026: 19."),
 S("C-SSRS",1,"2026-11-18",F,2,"(ideation severity 1)"),
]
d=[D("F33.2",F,2,"recurrent, severe without psychotic features (F33.2)"),
   D("M54.50",F,2,"chronic low back pain (M54.50)"),
   D("E03.9",F,2,"Hypothyroidism (E03.9)")]
write(slug,"FICTIONAL record; second reader's expected rows (notes16 agreement study), from clinical/ only.",h,s,d,
 "passive",F,2,"wish to be dead, no method, intent or plan (ideation severity 1)")
