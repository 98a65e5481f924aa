import sys; sys.path.insert(0,'/work/notes/notes16-second/gen'); from mk import *
slug='07-esketamine-pa-form-and-lmn'; load(slug)
F='spravato_prior_auth_form.pdf'; L='letter_of_medical_necessity.docx'
h=[
 H("citalopram","SSRI","antidepressant","40 mg","2024-01","2024-05","Inadequate response (18 weeks)","no_response",F,1,"Citalopram 40 mg 01/24 05/24 18 Inadequate response"),
 H("levomilnacipran","SNRI","antidepressant","80 mg","2024-06","2024-08","D/C: tachycardia, palpitations","side_effects",F,1,"Levomilnacipran (Fetzima) 80 mg 06/24 08/24 9 D/C: tachycardia, palpitations"),
 H("mirtazapine","NaSSA","antidepressant","30 mg","2024-09","2025-02","Partial, then lost effect","relapse",F,1,"Mirtazapine 30 mg 09/24 02/25 22 Partial, then lost effect"),
 H("desvenlafaxine","SNRI","antidepressant","100 mg","2025-03",None,"Minimal improvement (current)","no_response",F,1,"Desvenlafaxine 100 mg 03/25 current 80+ Minimal improvement"),
 H("liothyronine","thyroid hormone","augmentation","25 mcg","2024-12","2025-02","added to mirtazapine; No benefit","no_response",F,1,"Liothyronine (T3) Mirtazapine 25 mcg 12/24 - 02/25 No benefit"),
 H("CBT","psychotherapy","psychotherapy","12 sessions","2023","2023","no significant change in mood","no_response",F,1,"[X] CBT [ ] DBT [ ] IPT [ ] Other Dates: 2023 Sessions: 12 Outcome: no significant change in mood"),
 H("TMS","rTMS","neuromodulation","22 sessions","2025-06","2025-07","22 of 30 planned sessions, stopped for headaches and scalp pain","side_effects",F,1,"06/25 - 07/25, 22 of 30 planned sessions, stopped for headaches and scalp pain"),
 H("sertraline","SSRI","antidepressant",None,"2016","2016","took it for about 6 weeks and stopped because 'it made me feel like a zombie'","side_effects",L,1,"she took sertraline for about 6 weeks and stopped because 'it made me feel like a zombie'"),
]
s=[
 S("PHQ-9",22,"2026-10-28",F,2,"PHQ-9: 22 Date: 10/28/2026"),
 S("MADRS",33,"2026-10-28",F,2,"MADRS: 33 Date: 10/28/2026"),
]
d=[D("F33.2",F,1,"ICD-10-CM: F33.2"),
   D("N18.31",L,1,"chronic kidney disease, stage 3a (N18.31)")]
write(slug,"FICTIONAL record; second reader's expected rows (notes16 agreement study), from clinical/ only.",h,s,d,
 "passive",F,2,"Current suicidal ideation: [X] Passive [ ] Active [ ] None")
