import sys; sys.path.insert(0,'/work/notes/notes16-second/gen'); from mk import *
slug='08-inpatient-discharge-summary-txt'; load(slug)
F='wrenfield_discharge_summary_2026-03-16.txt'
h=[
 H("sertraline","SSRI","antidepressant","150 mg","2025-08","2026-03-02","took it every day with no improvement; discontinued on admission","no_response",F,1,"she took it every day with no improvement"),
 H("bupropion","NDRI","antidepressant","150 mg","2025-10","2026-01","stopped it on her own in January 2026 because of an itchy rash","side_effects",F,1,"she stopped it on her own in January 2026 because of an itchy rash"),
 H("fluoxetine","SSRI","antidepressant",None,"2007","2007","took fluoxetine for a few months and says it 'didn't do anything'","no_response",F,1,"took fluoxetine for a few months and says it 'didn't do anything'"),
 H("IPT","psychotherapy","psychotherapy","10 sessions","2024","2024","felt better for a couple of months and then her mood dropped again after a breakup","relapse",F,1,"she felt better for a couple of months and then her mood dropped again after a breakup"),
 H("venlafaxine","SNRI","antidepressant","150 mg","2026-03-03",None,"mood 'a little lighter'; it is too early to judge the antidepressant effect","unknown",F,1,"it is too early to judge the antidepressant effect"),
]
s=[
 S("PHQ-9",26,"2026-03-02",F,1,"PHQ-9 26 on admission"),
 S("PHQ-9",13,"2026-03-16",F,1,"13 at discharge"),
 S("C-SSRS",5,"2026-03-02",F,1,"C-SSRS on admission: ideation severity 5"),
 S("C-SSRS",0,"2026-03-16",F,1,"C-SSRS since last contact at discharge: no ideation (score 0)."),
]
d=[D("F33.2",F,1,"recurrent, severe without psychotic features (F33.2)"),
   D("T43.222A",F,1,"intentional self-harm, initial encounter (T43.222A)"),
   D("F10.10",F,1,"Alcohol use disorder, mild (F10.10)")]
write(slug,"FICTIONAL record; second reader's expected rows (notes16 agreement study), from clinical/ only.",h,s,d,
 "attempt",F,1,"after an intentional overdose of about twenty 100 mg sertraline tablets with wine")
