import sys; sys.path.insert(0,'/work/notes/notes16-second/gen'); from mk import *
slug='10-pcp-note-phone-photo'; load(slug)
F='pcp_visit_2026-11-02_photo.jpg'
h=[
 H("escitalopram","SSRI","antidepressant","10 mg","2024-02","2025-01","'did nothing' per pt; stopped","no_response",F,1,"Escitalopram 10 mg from 02/2024 to 01/2025 'did nothing' per pt; stopped."),
 H("mirtazapine","NaSSA","antidepressant","30 mg","2025-01",None,"sleeping and eating better, mood somewhat better but still low most days; partial response to mirtazapine","partial_response",F,1,"partial response to mirtazapine"),
 H("CBT","psychotherapy","psychotherapy","8 sessions","2025","2025","'didn't feel it helped'","no_response",F,1,"CBT through the county clinic, 8 sessions in spring 2025: 'didn't feel it helped'."),
 H("sertraline","SSRI","antidepressant","50 mg","2010","2010","for about a week; 'made me jittery', stopped","side_effects",F,1,"In 2010 she took sertraline 50 mg for about a week; 'made me jittery', stopped."),
]
s=[
 S("PHQ-9",14,"2026-11-02",F,1,"PHQ-9 today 14"),
 S("PHQ-9",18,"2026-06",F,1,"(was 18 in 06/2026)"),
]
d=[D("F33.1",F,1,"Major depressive disorder, recurrent, moderate (F33.1)"),
   D("I48.91",F,1,"Atrial fibrillation (I48.91)"),
   D("E11.42",F,1,"Type 2 diabetes with polyneuropathy (E11.42)")]
write(slug,"FICTIONAL record; second reader's expected rows (notes16 agreement study), from clinical/ only (phone photo read by eye).",h,s,d,
 "passive",F,1,"Item 9 scored 1: on direct questioning, passive thoughts that she would be better off dead, no plan or intent")
