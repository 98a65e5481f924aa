import sys; sys.path.insert(0,'/work/notes/notes16-second/gen'); from mk import *
slug='12-nota-evolucion-espanol'; load(slug)
F='nota_evolucion_psiquiatria_2026.pdf'
h=[
 H("sertraline","SSRI","antidepressant","100 mg","2019","2019","durante 4 meses, sin mejoría","no_response",F,1,"sertralina 100 mg en 2019 durante 4 meses, sin mejoría."),
 H("venlafaxine","SNRI","antidepressant","150 mg","2020-03","2021-12","mejoró bastante durante el primer año; después recayó a pesar de la misma dosis","relapse",F,1,"Venlafaxina 150 mg desde marzo de 2020 hasta diciembre de 2021: mejoró bastante durante el primer año; después recayó a pesar de la misma dosis."),
 H("CBT","psychotherapy","psychotherapy","12 sesiones","2022","2022","aprendió técnicas, pero el ánimo siguió igual","no_response",F,1,"Terapia cognitivo-conductual (TCC), 12 sesiones en otoño de 2022: aprendió técnicas, pero el ánimo siguió igual."),
 H("escitalopram","SSRI","antidepressant","20 mg","2025-01",None,"respuesta parcial (PHQ-9 de 20 a 13) tras más de 20 meses; continúa","partial_response",F,2,"Escitalopram: respuesta parcial (PHQ-9 de 20 a 13) tras más de 20 meses."),
 H("quetiapine","atypical antipsychotic","augmentation","50 a 150 mg","2025-06","2025-09","la suspendió por somnolencia excesiva y aumento de peso","side_effects",F,1,"Quetiapina 50 a 150 mg se agregó al escitalopram en junio de 2025; la suspendió en septiembre de 2025 por somnolencia excesiva y aumento de peso."),
]
s=[
 S("PHQ-9",20,"2025-01",F,1,"PHQ-9 de 20 en enero de 2025."),
 S("PHQ-9",15,"2026-07-14",F,1,"PHQ-9: 15."),
 S("PHQ-9",13,"2026-10-20",F,2,"PHQ-9: 13."),
 S("GAD-7",10,"2026-10-20",F,2,"GAD-7: 10."),
]
d=[D("F33.1",F,1,"Trastorno depresivo mayor, recurrente, moderado (F33.1)."),
   D("E11.9",F,1,"Diabetes mellitus tipo 2 sin complicaciones (E11.9).")]
write(slug,"FICTIONAL record; second reader's expected rows (notes16 agreement study), from clinical/ only.",h,s,d,
 "passive",F,2,"refiere pensamientos pasivos de muerte ocasionales ('a veces quisiera no despertar'), sin plan ni intención.")
