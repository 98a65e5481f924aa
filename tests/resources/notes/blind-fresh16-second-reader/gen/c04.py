import sys; sys.path.insert(0,'/work/notes/notes16-second/gen'); from mk import *
slug='04-scanned-intake-trial-tables'; load(slug)
F='intake_assessment_scanned.pdf'
h=[
 H("sertraline","SSRI","antidepressant",None,"2008","2008","Doesn't remember","unknown",F,1,"Zoloft (sertraline) ? ~2008 (college) Doesn't remember ?"),
 H("paroxetine","SSRI","antidepressant","40 mg","2012","2014","Worked, then stopped working; Lost effect 2014","relapse",F,1,"Paxil (paroxetine) 40 mg 2012 - 2014 Worked, then stopped working Lost effect 2014"),
 H("escitalopram","SSRI","antidepressant","20 mg","2015-03","2015-06","None; No effect","no_response",F,1,"Lexapro (escitalopram) 20 mg 03/2015 - 06/2015 None No effect"),
 H("aripiprazole","atypical antipsychotic","augmentation","5 mg","2015-05","2015-06","Added to Lexapro - no change; No benefit","no_response",F,1,"Abilify (aripiprazole) 5 mg 05/2015 - 06/2015 Added to Lexapro - no change No benefit"),
 H("duloxetine","SNRI","antidepressant","60 mg","2016","2016","Nausea, dizziness at 5 wk","side_effects",F,1,"Cymbalta (duloxetine) 60 mg 2016 - Nausea, dizziness at 5 wk"),
 H("venlafaxine","SNRI","antidepressant","150 mg","2023-09",None,"Some help, ~30% (current)","partial_response",F,1,"Effexor XR (venlafaxine) 150 mg 09/2023 - present Some help, ~30% (current)"),
 H("DBT","psychotherapy","psychotherapy","24 weeks","2019","2019","Fewer self-harm urges; depression the same","no_response",F,1,"DBT skills group 2019 24 weeks Fewer self-harm urges; depression the same"),
]
s=[
 S("PHQ-9",23,"2026-09-22",F,2,"PHQ-9: 23 GAD-7: 16 (both completed 09/22/2026)"),
 S("GAD-7",16,"2026-09-22",F,2,"PHQ-9: 23 GAD-7: 16 (both completed 09/22/2026)"),
]
d=[D("F33.2",F,2,"F33.2 Major depressive disorder, recurrent, severe w/o psychotic features"),
   D("F41.1",F,2,"F41.1 Generalized anxiety disorder"),
   D("Z91.51",F,2,"Z91.51 Personal history of suicidal behavior")]
write(slug,"FICTIONAL record; second reader's expected rows (notes16 agreement study), from clinical/ only (scanned PDF read by eye).",h,s,d,
 "attempt",F,2,"History of one suicide attempt: overdose of acetaminophen in 2014")
