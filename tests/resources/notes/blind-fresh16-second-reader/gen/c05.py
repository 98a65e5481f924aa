import sys; sys.path.insert(0,'/work/notes/notes16-second/gen'); from mk import *
slug='05-tms-summary-weekly-flowsheet'; load(slug)
F='tms_treatment_summary_2026.pdf'
h=[
 H("sertraline","SSRI","antidepressant","150 mg","2021","2021","failed ... (10 weeks, no response)","no_response",F,1,"sertraline 150 mg in 2021 (10 weeks, no response)"),
 H("bupropion","NDRI","antidepressant","300 mg","2022","2022","stopped after 3 weeks because of anxiety and insomnia","side_effects",F,1,"bupropion XL 300 mg in 2022 (stopped after 3 weeks because of anxiety and insomnia)"),
 H("escitalopram","SSRI","antidepressant","20 mg","2023-01",None,"continued unchanged through both TMS courses; it has given her a partial benefit","partial_response",F,1,"it has given her a partial benefit"),
 H("TMS","rTMS 10 Hz","neuromodulation","36 sessions","2026-03-02","2026-04-30","response (PHQ-9 21 -> 9) without remission; the benefit faded over June and the gains of the first course were lost","relapse",F,2,"She says the benefit faded over June, and by July she was back close to where she started: the gains of the first course were lost."),
 H("TMS","iTBS","neuromodulation","20 sessions","2026-08-10","2026-09-04","minimal benefit; stopped at 20 sessions because there was no meaningful change","no_response",F,2,"PHQ-9 was 18 on 08/10/2026 and 16 on 09/04/2026: minimal benefit."),
]
s=[S("PHQ-9",v,dt,F,1,t) for v,dt,t in [
   (21,"2026-03-02","Baseline 03/02/2026 21"),(20,"2026-03-06","1 03/06/2026 20"),(17,"2026-03-13","2 03/13/2026 17"),
   (15,"2026-03-20","3 03/20/2026 15"),(13,"2026-03-27","4 03/27/2026 13"),(11,"2026-04-03","5 04/03/2026 11"),
   (10,"2026-04-10","6 04/10/2026 10"),(9,"2026-04-30","Taper 04/30/2026 9")]]
s+=[
 S("HAM-D",24,"2026-03-02",F,1,"HAM-D-17: 24 at baseline (03/02/2026)"),
 S("HAM-D",11,"2026-04-30",F,1,"11 on 04/30/2026"),
 S("C-SSRS",2,"2026-03-02",F,1,"(ideation severity 2)"),
 S("C-SSRS",0,"2026-04-30",F,1,"C-SSRS ideation severity 0 on 04/30/2026"),
 S("PHQ-9",18,"2026-07-14",F,2,"At follow-up on 07/14/2026 her PHQ-9 was 18."),
 S("PHQ-9",18,"2026-08-10",F,2,"PHQ-9 was 18 on 08/10/2026"),
 S("PHQ-9",16,"2026-09-04",F,2,"16 on 09/04/2026"),
]
d=[D("F33.2",F,1,"recurrent, severe without psychotic features (F33.2)")]
write(slug,"FICTIONAL record; second reader's expected rows (notes16 agreement study), from clinical/ only.",h,s,d,
 "active",F,1,"non-specific active thoughts of killing herself, no method or intent (ideation severity 2)")
