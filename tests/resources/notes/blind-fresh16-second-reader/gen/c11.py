import sys; sys.path.insert(0,'/work/notes/notes16-second/gen'); from mk import *
slug='11-therapy-progress-notes-docx'; load(slug)
F='juniper_street_therapy_notes.docx'
h=[
 H("CBT","psychotherapy","psychotherapy","20 sessions","2022","2022","'helped for a few months' and then the depression came back","relapse",F,1,"20 sessions of CBT in 2022 with another therapist; she says it 'helped for a few months' and then the depression came back"),
 H("ACT","psychotherapy (acceptance and commitment therapy)","psychotherapy","3 sessions","2024","2024","stopped when the EAP session limit ran out; she can't say whether it helped","unknown",F,1,"they stopped when the EAP session limit ran out, and she can't say whether it helped"),
 H("sertraline","SSRI","antidepressant","100 mg","2025","2026-07","stopped on her own in mid-July because of sexual side effects","side_effects",F,1,"Client says she stopped sertraline on her own in mid-July because of sexual side effects"),
 H("bupropion","NDRI","antidepressant","300 mg","2026-05",None,"'I think it's helping a bit, maybe' - she is not sure","unknown",F,1,"About bupropion 300 mg: 'I think it's helping a bit, maybe' - she is not sure."),
 H("behavioral activation","psychotherapy","psychotherapy","15 sessions","2026-07-07",None,"BA so far: some improvement (PHQ-9 19 -> 15) after 15 sessions, still moderate depression; continuing","partial_response",F,1,"BA so far: some improvement (PHQ-9 19 -> 15) after 15 sessions, still moderate depression."),
]
s=[
 S("PHQ-9",19,"2026-07-07",F,1,"PHQ-9 19, GAD-7 14."),
 S("GAD-7",14,"2026-07-07",F,1,"PHQ-9 19, GAD-7 14."),
 S("PHQ-9",18,"2026-07-14",F,1,"mood lowest on weekends. PHQ-9 18."),
 S("C-SSRS",3,"2026-07-21",F,1,"C-SSRS ideation severity 3"),
 S("PHQ-9",17,"2026-08-04",F,1,"Denies SI since the safety plan; uses it. PHQ-9 17."),
 S("PHQ-9",16,"2026-08-25",F,1,"Completed 4 of 5 scheduled activities. PHQ-9 16."),
 S("PHQ-9",15,"2026-11-10",F,1,"PHQ-9 15, GAD-7 11."),
 S("GAD-7",11,"2026-11-10",F,1,"PHQ-9 15, GAD-7 11."),
]
d=[D("F33.1",F,1,"Dx: F33.1 Major depressive disorder, recurrent, moderate"),
   D("Z63.0",F,1,"Z63.0 Problems in relationship with spouse or partner")]
write(slug,"FICTIONAL record; second reader's expected rows (notes16 agreement study), from clinical/ only.",h,s,d,
 "active",F,1,"Client disclosed thoughts of killing herself by driving off the road on the way home from work, no intent and no worked-out plan; C-SSRS ideation severity 3.")
