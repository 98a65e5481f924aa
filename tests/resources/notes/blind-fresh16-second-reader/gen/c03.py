import sys; sys.path.insert(0,'/work/notes/notes16-second/gen'); from mk import *
slug='03-pharmacy-fill-history-and-letter'; load(slug)
L='dr_ibarra_letter_2026-11-20.txt'; P='pharmacy_rx_history_2024-2026.txt'
h=[
 H("fluoxetine","SSRI","antidepressant","40 mg","2024-01-08","2024-06","20 mg and then 40 mg, without meaningful improvement","no_response",L,1,"She took fluoxetine from January to June 2024, 20 mg and then 40 mg, without meaningful improvement"),
 H("desvenlafaxine","SNRI","antidepressant","100 mg","2024-07-09","2025-04","a modest early improvement that had faded by early 2025; cross-tapered to vilazodone in April 2025","relapse",L,1,"Desvenlafaxine itself gave a modest early improvement that had faded by early 2025"),
 H("bupropion","NDRI","antidepressant","150 mg","2024-11-12","2025-02","stopped the bupropion in early February 2025 because of insomnia and irritability","side_effects",L,1,"she stopped the bupropion in early February 2025 because of insomnia and irritability"),
 H("vilazodone","SSRI / 5-HT1A partial agonist","antidepressant","40 mg","2025-04-02",None,"has produced a partial response (still filled 11/02/2026)","partial_response",L,1,"Vilazodone, 40 mg since May 2025, has produced a partial response"),
 H("brexpiprazole","atypical antipsychotic","augmentation","1 mg","2026-02-10",None,"'maybe slightly more motivated', but her scores have not moved, and its benefit is unclear","unknown",L,1,"its benefit is unclear to both of us"),
]
s=[
 S("PHQ-9",21,"2024-06-04",L,1,"her PHQ-9 was 21 on 06/04/2024"),
 S("PHQ-9",18,"2025-04-02",L,1,"PHQ-9 18 on 04/02/2025"),
 S("PHQ-9",14,"2026-01-09",L,1,"14 on 01/09/2026"),
 S("PHQ-9",15,"2026-11-02",L,1,"15 on 11/02/2026"),
]
d=[D("F33.1",L,1,"moderate (F33.1)"),
   D("E11.9",L,1,"type 2 diabetes (E11.9)"),
   D("E78.5",L,1,"hyperlipidemia (E78.5)")]
write(slug,"FICTIONAL record; second reader's expected rows (notes16 agreement study), from clinical/ only.",h,s,d,
 "none",L,1,"She has no history of suicide attempts and currently denies suicidal ideation.")
