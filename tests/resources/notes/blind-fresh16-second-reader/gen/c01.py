import sys; sys.path.insert(0,'/work/notes/notes16-second/gen'); from mk import *
slug='01-soap-telehealth-med-management'; load(slug)
F='larkspur_med_mgmt_soap_2026.pdf'
h=[
 H("citalopram","SSRI","antidepressant","40 mg","2017","2018","some benefit but emotional blunting, he stopped it","side_effects",F,1,"citalopram 40 mg from 2017 to 2018, about 9 months, some benefit but emotional blunting, he stopped it"),
 H("mirtazapine","NaSSA","antidepressant","30 mg","2019","2019","stopped after 6 weeks because of a 12 lb weight gain","side_effects",F,1,"mirtazapine 30 mg in summer 2019, stopped after 6 weeks because of a 12 lb weight gain"),
 H("venlafaxine","SNRI","antidepressant","225 mg","2020-03","2022-01","good response for about a year, then the depression returned despite the increase to 225 mg","relapse",F,1,"venlafaxine XR 75 -> 225 mg from 03/2020 to 01/2022, good response for about a year, then the depression returned"),
 H("vortioxetine","multimodal (serotonin modulator)","antidepressant","20 mg daily","2025-11",None,"partial response only, now about 11 months; took the edge off but never got him back to normal","partial_response",F,3,"Vortioxetine 20 mg: partial response only, now about 11 months."),
 H("aripiprazole","atypical antipsychotic","augmentation","5 mg","2026-08-04","2026-10-13","no change in mood after ten weeks; no benefit after an adequate trial; discontinued","no_response",F,3,"Aripiprazole augmentation: no benefit after an adequate trial."),
]
s=[
 S("PHQ-9",22,"2025-11",F,1,"PHQ-9 was 22 in 11/2025 before vortioxetine."),
 S("PHQ-9",15,"2026-06-09",F,1,"PHQ-9 today 15."),
 S("GAD-7",11,"2026-06-09",F,1,"GAD-7 today 11."),
 S("PHQ-9",17,"2026-08-04",F,2,"PHQ-9 today 17."),
 S("PHQ-9",16,"2026-10-13",F,3,"PHQ-9 today 16."),
 S("GAD-7",9,"2026-10-13",F,3,"GAD-7 today 9."),
]
d=[D("F33.1",F,1,"Major depressive disorder, recurrent, moderate (F33.1)"),
   D("I10",F,1,"Essential hypertension (I10)"),
   D("G43.909",F,1,"Migraine (G43.909)")]
write(slug,"FICTIONAL record; second reader's expected rows (notes16 agreement study), from clinical/ only.",h,s,d,
 "passive",F,2,"Endorses passive SI ('sometimes I wish I wouldn't wake up'), no intent or plan")
