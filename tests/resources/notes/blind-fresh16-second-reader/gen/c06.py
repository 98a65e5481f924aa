import sys; sys.path.insert(0,'/work/notes/notes16-second/gen'); from mk import *
slug='06-ect-course-summary-docx'; load(slug)
F='ect_service_summary.docx'
h=[
 H("venlafaxine","SNRI","antidepressant","300 mg","2019","2023","remission for about two years, then recurrence in 2022 on the same dose; stopped in 2023","relapse",F,1,"Venlafaxine up to 300 mg from 2019: remission for about two years, then recurrence in 2022 on the same dose; it was stopped in 2023."),
 H("mirtazapine","NaSSA","antidepressant","45 mg","2022-07","2023-01","added to venlafaxine; stopped with no benefit","no_response",F,1,"Mirtazapine 45 mg was added to venlafaxine in 07/2022 and stopped in 01/2023 with no benefit."),
 H("olanzapine","atypical antipsychotic","augmentation","10 mg","2022-09","2023-03","stopped after a 15 kg weight gain","side_effects",F,1,"Olanzapine 10 mg was added in 09/2022 for psychotic features; it was stopped in 03/2023 after a 15 kg weight gain."),
 H("phenelzine","MAOI","antidepressant","45 mg","2023-05","2023-07","stopped because of orthostatic hypotension with two fainting episodes","side_effects",F,1,"Phenelzine 45 mg, 05/2023 to 07/2023, was stopped because of orthostatic hypotension with two fainting episodes."),
 H("sertraline","SSRI","antidepressant","200 mg","2023-09","2026-05-07","no response; tapered off on admission","no_response",F,1,"Sertraline 200 mg, taken since 09/2023 with no response, was tapered off on admission."),
 H("ECT","electroconvulsive therapy","neuromodulation","12 treatments","2026-05-11","2026-06-05","Remission: MADRS 38 before the course and 9 after treatment 12; delusions resolved","remission",F,1,"Remission: MADRS 38 before the course and 9 after treatment 12; delusions resolved"),
]
s=[
 S("C-SSRS",5,"2026-05-07",F,1,"C-SSRS on admission: ideation severity 5."),
 S("MADRS",38,"2026-05-08",F,1,"Pre | 05/08/2026 | - | - | - | 38"),
 S("MADRS",29,"2026-05-18",F,1,"4 | 05/18/2026 | RUL UB | methohexital | 27 | 29"),
 S("MADRS",17,"2026-05-27",F,1,"8 | 05/27/2026 | BT | ketamine | 40 | 17"),
 S("MADRS",9,"2026-06-05",F,1,"12 | 06/05/2026 | BT | ketamine | 33 | 9"),
 S("C-SSRS",0,"2026-06-10",F,1,"At discharge (06/10/2026) he denied suicidal ideation; C-SSRS ideation severity 0."),
]
d=[D("F33.3",F,1,"recurrent, severe with psychotic features (F33.3)"),
   D("E66.9",F,1,"Obesity (E66.9)"),
   D("G47.33",F,1,"obstructive sleep apnea (G47.33)")]
write(slug,"FICTIONAL record; second reader's expected rows (notes16 agreement study), from clinical/ only.",h,s,d,
 "active",F,1,"active suicidal ideation with a specific plan to overdose on pills he had saved, with some intent; no attempt was made")
