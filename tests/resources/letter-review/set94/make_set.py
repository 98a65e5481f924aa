#!/usr/bin/env python3
"""FICTIONAL blind test set 94 (issue 18, process emphasis) for appeal-kit letters.

Run: /work/main/.venv/bin/python make_set.py [--check] [NN ...]
Rewrites every case folder and truth file from the data below, then self-checks. Everything here is invented.
"""
import io, re, shutil, subprocess, sys
from pathlib import Path
from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"
HEAD = "FICTIONAL - invented for a blind test set (set 94); not a real person, plan, clinic or number.\n\n"
FOOT = "\n\nFICTIONAL DOCUMENT - end.\n"
HEADINGS = ["What is true", "Deliberately unknown", "Traps", "Arguments a strong letter makes",
            "What a letter must NOT say"]
CASES = []


def case(**kw):
    CASES.append(kw)


def luhn_npi(npi):
    s = "80840" + npi
    t = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return len(npi) == 10 and t % 10 == 0


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def contact_problems(text, where):
    out = []
    for m in re.finditer(r"555[-.\s]?(\d{4})", text):
        line = m.group(1)
        if not line.startswith("01"):
            out.append(f"{where}: 555 number not 01xx: {m.group(0)}")
        pre = text[max(0, m.start() - 7):m.start()]
        if not re.search(r"(\(\d{3}\) |\d{3}-|1-8\d\d-)$", pre):
            out.append(f"{where}: bare 555 number without area code: {text[max(0, m.start()-10):m.end()]!r}")
    for m in re.finditer(r"\(\d{3}\) (\d{3})-(\d{4})|\b\d{3}-(\d{3})-(\d{4})\b", text):
        exch = m.group(1) or m.group(3)
        line = m.group(2) or m.group(4)
        if exch != "555" or not line.startswith("01"):
            out.append(f"{where}: phone-like number not 555-01xx: {m.group(0)}")
    for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not m.group(1).endswith(".example"):
            out.append(f"{where}: e-mail not on .example: {m.group(0)}")
    for m in re.finditer(r"\b(?:https?://|www\.)([\w.-]+)", text):
        if not m.group(1).rstrip(".").endswith(".example"):
            out.append(f"{where}: web address not on .example: {m.group(0)}")
    return out


def build(c):
    problems = []
    nn, slug = c["nn"], c["slug"]
    name = f"{nn}-{slug}"
    folder = HERE / name
    if folder.exists():
        shutil.rmtree(folder)
    for sub in ("denial", "clinical", "other"):
        (folder / sub).mkdir(parents=True)
    yaml_text = c["yaml"].lstrip("\n")
    (folder / "case.yaml").write_text(yaml_text)
    texts = {"case.yaml": yaml_text}
    for path, body in c["docs"].items():
        if path.split("/")[0] not in ("denial", "clinical", "other") or not path.endswith(".txt"):
            problems.append(f"{name}: document outside denial/clinical/other or not .txt: {path}")
        full = HEAD + body.strip("\n") + FOOT
        (folder / path).write_text(full)
        texts[path] = full
    truth = c["truth"].lstrip("\n")
    (HERE / f"{name}.truth.md").write_text(truth)
    texts["truth"] = truth
    # FICTIONAL first lines
    if "FICTIONAL" not in yaml_text.splitlines()[0]:
        problems.append(f"{name}: case.yaml first line lacks FICTIONAL")
    if "FICTIONAL" not in truth.splitlines()[0]:
        problems.append(f"{name}: truth first line lacks FICTIONAL")
    # headings in order, exactly five
    heads = re.findall(r"^## (.+)$", truth, re.M)
    if heads != HEADINGS:
        problems.append(f"{name}: truth headings {heads}")
    # yaml parses
    try:
        data = YAML(typ="safe").load(yaml_text)
    except Exception as e:  # noqa
        problems.append(f"{name}: case.yaml does not parse: {e}")
        data = {}
    # every file named in case.yaml exists
    for m in re.finditer(r"\b((?:denial|clinical|other)/[\w.\-]+\.txt)", yaml_text):
        if m.group(1) not in c["docs"]:
            problems.append(f"{name}: case.yaml names missing file {m.group(1)}")
    # contacts, NPIs
    for where, t in texts.items():
        problems += contact_problems(t, f"{name}/{where}")
        for m in re.finditer(r"NPI[^0-9\n]{0,12}(\d{10})|npi: \"(\d{10})\"", t):
            npi = m.group(1) or m.group(2)
            if not luhn_npi(npi):
                problems.append(f"{name}/{where}: NPI fails Luhn: {npi}")
    # answers
    if len(c["answers"]) != 16:
        problems.append(f"{name}: {len(c['answers'])} answers, not 16")
    for q, a, doc in c["answers"]:
        if doc not in texts:
            problems.append(f"{name}: answer names unknown document {doc}")
        elif norm(a) not in norm(texts[doc]):
            problems.append(f"{name}: answer {a!r} not printed in {doc} (q: {q})")
    return name, problems


def main(argv):
    check = "--check" in argv
    only = [a for a in argv if a.isdigit() or re.fullmatch(r"\d\d", a)]
    chosen = [c for c in CASES if not only or c["nn"] in only]
    allp, names, nans = [], [], 0
    for c in chosen:
        name, p = build(c)
        names.append(name)
        nans += len(c["answers"])
        allp += p
    # stray files
    known = {f"{c['nn']}-{c['slug']}" for c in CASES}
    for d in HERE.iterdir():
        if d.is_dir() and re.match(r"\d\d-", d.name) and d.name not in known:
            allp.append(f"stray folder {d.name}")
    for p in allp:
        print("PROBLEM:", p)
    print(f"{len(chosen)} cases, {nans} expected answers, {len(allp)} problems")
    bad = bool(allp)
    if check:
        out = io.StringIO()
        for name in names:
            r = subprocess.run([APPEAL_KIT, "check", str(HERE / name)], capture_output=True, text=True)
            out.write(f"===== {name}: exit {r.returncode}\n{r.stdout}{r.stderr}\n")
            print(f"check {name}: exit {r.returncode}")
            if r.returncode != 0:
                bad = True
        fn = "check-output.txt" if not only else "check-output-partial.txt"
        (HERE / fn).write_text(out.getvalue())
    return 1 if bad else 0


# ---------------------------------------------------------------------------------------------------------------
# CASE DATA (all FICTIONAL)
# ---------------------------------------------------------------------------------------------------------------

case(nn="01", slug="medicaid-mco-ect-network-gap-resolution-says-90-days-fair-hearing-legal-aid",
yaml='''
# FICTIONAL CASE (set 94, case 01) - every person, plan, provider, number and address is invented.
# Medicaid managed care, New Mexico. ECT requested at an out-of-network hospital because the plan's only in-network
# ECT program closed 06/30/2026. Plan appeal upheld 10/02/2026; its notice of resolution says "90 days" for a State
# Fair Hearing; the rule is 120 calendar days (42 CFR 438.408(f)(2)): by 01/30/2027. A legal aid attorney writes.
patient:
  name: Teodora Vance-Quintero
  salutation: Ms. Vance-Quintero
  date_of_birth: 1992-05-19
  member_id: FICT-MCD-40917733
  address: |-
    2207 Calle del Sol SW
    Albuquerque, NM 87105
  phone: (505) 555-0127
insurer:
  name: Sandia Health Connect (FICTIONAL) - Medicaid managed care plan
  appeals_address: |-
    Sandia Health Connect, Member Appeals (FICTIONAL)
    PO Box 30118
    Albuquerque, NM 87190
  fax: (505) 555-0161
claim:
  number: SHC-PA-26-0721-5530
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-07-28
  service_dates: []
  procedure_codes: ["90870"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Services from an out-of-network provider are not covered. In-network providers are available to perform this
    service. Request for ECT at Mesa Verde Behavioral Hospital is denied.
  denial_category: out_of_network
  denial_reasons: [out_of_network]
  action: none
  pending_services: 12
submissions:
  - date: 2026-08-10
    method: fax
    to: Sandia Health Connect, Member Appeals
    stage: plan appeal (first level)
    confirmation: SHC-APL-26-0810-0442
decisions:
  - date: 2026-10-02
    outcome: denied
    stage: plan appeal (first level)
    opens: state fair hearing
    next_deadline: 2027-01-30
    reason: >-
      ECT is available from an in-network provider, Alameda Regional Medical Center. The denial is upheld.
    corrections:
      - said: ECT is available from an in-network provider, Alameda Regional Medical Center.
        record: >-
          Alameda Regional Medical Center wrote on 07/02/2026 that its ECT program closed on 06/30/2026 and takes
          no new ECT patients.
        file: other/alameda-regional-ect-closure-letter-2026-07-02.txt
        page: 1
external_review:
  agency: State Medicaid Fair Hearings Bureau (FICTIONAL)
  address: |-
    Fair Hearings Bureau (FICTIONAL)
    PO Box 20145
    Santa Fe, NM 87504
  final_denial_date: 2026-10-02
network:
  - name: Alameda Regional Medical Center (in-network), ECT program
    date: 2026-07-02
    outcome: ECT program closed 06/30/2026; no new ECT patients
    evidence: {file: other/alameda-regional-ect-closure-letter-2026-07-02.txt, page: 1}
  - name: Sunport Psychiatric Associates (in-network)
    date: 2026-07-14
    outcome: does not perform ECT; referred back to the plan
    evidence: {file: other/network-search-call-log-2026-07.txt, page: 1}
  - name: Sandia Health Connect member services
    date: 2026-07-15
    outcome: could name no other in-network ECT provider in the state
    evidence: {file: other/network-search-call-log-2026-07.txt, page: 1}
treatment:
  name: Electroconvulsive therapy (ECT), acute course of 12 treatments (90870)
  summary: >-
    An acute ECT course for severe recurrent major depression that has not responded to antidepressant trials
    and an augmentation trial.
  plan: >-
    Twelve treatments, three a week, at Mesa Verde Behavioral Hospital, with a response review after treatment 6.
clinical:
  severity: PHQ-9 23 on 07/16/2026
  severity_date: 2026-07-16
  suicidality: passive
  suicidality_date: 2026-07-16
  history:
    - {drug: Sertraline, dose: 200 mg daily, start: 2023-02, end: 2023-08, kind: antidepressant, adequate: true, outcome: No response}
    - {drug: Venlafaxine XR, dose: 225 mg daily, start: 2023-09, end: 2024-05, kind: antidepressant, adequate: true, outcome: "Partial response, then relapse"}
    - {drug: Bupropion XL, dose: 450 mg daily, start: 2024-06, end: 2025-01, kind: antidepressant, adequate: true, outcome: No response}
    - {drug: Mirtazapine, dose: 45 mg daily, start: 2025-02, ongoing: true, kind: antidepressant, adequate: true, response: partial, outcome: "Inadequate response; continued"}
    - {drug: Aripiprazole, dose: 5 mg daily, start: 2025-08, end: 2026-01, kind: augmentation, adequate: true, outcome: "No response; akathisia"}
author:
  name: Marcus Oyelaran-Pike
  role: Staff Attorney, Duke City Legal Aid (FICTIONAL), authorized representative
  relation: representative
  address: |-
    Duke City Legal Aid (FICTIONAL), 410 Gold Avenue SW, Suite 300
    Albuquerque, NM 87102
  phone: (505) 555-0190
  email: moyelaran@dukecitylegalaid.example
  authorization: other/authorized-representative-form-2026-10-20.txt
provider:
  name: Dr. Celestina Marrow-Ybarra
  credentials: MD, psychiatrist, Mesa Verde Behavioral Hospital (out-of-network)
  npi: "1821446071"
  address: |-
    8800 Montgomery Blvd NE
    Albuquerque, NM 87111
  phone: (505) 555-0134
template: external-review-request
bates_prefix: VANCEQUINTERO
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/notice-of-appeal-resolution-2026-10-02.txt": '''
SANDIA HEALTH CONNECT (FICTIONAL) - MEDICAID MANAGED CARE
NOTICE OF APPEAL RESOLUTION                                   Date of notice: 10/02/2026
Member: Teodora Vance-Quintero   Member ID FICT-MCD-40917733
Reference: SHC-PA-26-0721-5530   Appeal SHC-APL-26-0810-0442 (received 08/10/2026)

Service requested: ECT (90870), 12 treatments, Mesa Verde Behavioral Hospital (out-of-network)
Our decision: We uphold our denial of 07/28/2026.
Reason: ECT is available from an in-network provider, Alameda Regional Medical Center. The denial is upheld.

Your right to a State Fair Hearing: If you disagree, you may ask for a State Fair Hearing within 90 days of the
date of this notice. Write to the Fair Hearings Bureau, PO Box 20145, Santa Fe, NM 87504, or call
1-800-555-0172.
''',
"other/alameda-regional-ect-closure-letter-2026-07-02.txt": '''
ALAMEDA REGIONAL MEDICAL CENTER (FICTIONAL) - Department of Psychiatry
07/02/2026
To: Dr. Celestina Marrow-Ybarra, Mesa Verde Behavioral Hospital
Re: Referral of Teodora Vance-Quintero for ECT

Thank you for your referral. Our ECT program closed on 06/30/2026 and we are not accepting new ECT patients.
We are not aware of another ECT program in the Sandia Health Connect network.

Ruth Anaya-Kessler, RN, Program Coordinator   (505) 555-0145
''',
"other/network-search-call-log-2026-07.txt": '''
MESA VERDE BEHAVIORAL HOSPITAL (FICTIONAL) - REFERRAL COORDINATION CALL LOG
Patient: Teodora Vance-Quintero   Plan: Sandia Health Connect (Medicaid)

07/14/2026 10:20  Called Sunport Psychiatric Associates (in-network), (505) 555-0152. They do not perform ECT;
                  told us to ask the plan.  -- L. Begay
07/15/2026 14:05  Called Sandia Health Connect member services, 1-800-555-0176, ref. CS-26-0715-2291. The
                  representative could name no other in-network ECT provider in the state.  -- L. Begay
07/21/2026 09:30  Prior authorization request for 12 ECT treatments faxed to the plan.  -- L. Begay
''',
"other/authorized-representative-form-2026-10-20.txt": '''
SANDIA HEALTH CONNECT (FICTIONAL) - AUTHORIZED REPRESENTATIVE DESIGNATION
I, Teodora Vance-Quintero (Member ID FICT-MCD-40917733), name Marcus Oyelaran-Pike, Staff Attorney, Duke City
Legal Aid, as my authorized representative for my appeal and State Fair Hearing about ECT.
Signed: Teodora Vance-Quintero      Date: 10/20/2026
''',
"clinical/psychiatric-evaluation-2026-07-16.txt": '''
MESA VERDE BEHAVIORAL HOSPITAL (FICTIONAL) - PSYCHIATRIC EVALUATION          Date: 07/16/2026
Patient: Teodora Vance-Quintero   DOB 05/19/1992
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2).
PHQ-9: 23. Passive death wishes without plan or intent.
Trials: sertraline 200 mg (2023, no response); venlafaxine XR 225 mg (2023-2024, partial then relapse);
bupropion XL 450 mg (2024-2025, no response); mirtazapine 45 mg since 02/2025 (continuing, inadequate
response); aripiprazole 5 mg augmentation (2025-2026, no response, akathisia).
Plan: acute ECT, 12 treatments, three a week; response review after treatment 6.
Dr. Celestina Marrow-Ybarra, MD   NPI 1821446071
''',
},
truth='''
# 01 - Medicaid managed care: ECT network gap; the notice of resolution gives "90 days" for a fair hearing; the rule gives 120 (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Teodora Vance-Quintero (DOB 05/19/1992), adult Medicaid member enrolled in **Sandia Health Connect**, a Medicaid
  managed care plan (`medicaid`, `managed_care`).
- Request for 12 ECT treatments (90870) at out-of-network Mesa Verde Behavioral Hospital, sent 07/21/2026; denied
  07/28/2026 as out of network ("in-network providers are available"). Pre-service: no treatment has been given.
- Plan appeal filed by fax **08/10/2026** (SHC-APL-26-0810-0442); the plan's **notice of appeal resolution of
  10/02/2026** upheld, naming **Alameda Regional Medical Center**.
- Alameda's own letter of **07/02/2026**: its ECT program **closed 06/30/2026**. Sunport Psychiatric Associates
  (in-network) does not perform ECT; member services (07/15/2026, ref. CS-26-0715-2291) could name no other in-network
  ECT provider.
- **Stage:** the plan appeal is done, so this is the **request for a State Fair Hearing**.
- **Deadline and rule:** a State Fair Hearing is requested within **120 calendar days** of the plan's notice of
  resolution, **42 CFR 438.408(f)(2)**: 10/02/2026 + 120 = **01/30/2027**. The notice's "within 90 days of the date of
  this notice" (12/31/2026) is shorter than the rule; the request is made 12/07/2026, within either count.
- Network rule: a Medicaid managed care plan that cannot provide a covered service in network must cover it out of
  network, adequately and timely, **42 CFR 438.206(b)(4)**.
- **Author:** staff attorney of Duke City Legal Aid, authorized representative (designation signed 10/20/2026); he
  writes about "Ms. Vance-Quintero".

## Deliberately unknown
- Whether any in-network ECT program exists outside Albuquerque: the plan named none; a letter may ask.
- The hospital's rates or any single-case agreement: not in the case.
- Whether the state holds the hearing by phone or in person: not stated.

## Traps
- **Wrong window in the notice:** "90 days" is not the rule; the letter must not call the request late, nor treat
  12/31/2026 as the legal deadline. 120 days, by **01/30/2027**.
- **Stage:** not another plan appeal, not "external review" (no federal external review for Medicaid); a fair hearing.
- **Decision appealed:** the 10/02/2026 resolution, not only the 07/28/2026 denial.
- **Mirtazapine continues** (inadequate response): never "failed and stopped"; aripiprazole is augmentation, not an
  antidepressant trial.
- **Passive** death wishes only: no "active suicidal ideation", no plan or intent.
- **Continued benefits (438.420) do not apply:** nothing already authorized is being reduced or ended.
- **Voice:** the attorney writes; never "my ECT".

## Arguments a strong letter makes
1. The only in-network ECT program the plan named closed on 06/30/2026 (Alameda's own letter of 07/02/2026), before the
   request and before the plan's decision; the other in-network practice does not perform ECT; member services could
   name none. The plan must cover the care out of network (42 CFR 438.206(b)(4)).
2. Correct the resolution's statement "ECT is available from an in-network provider, Alameda Regional Medical Center"
   with the closure letter.
3. State the request is timely: within 120 days of the 10/02/2026 notice of resolution (42 CFR 438.408(f)(2)), by
   01/30/2027; the notice's "90 days" understates the time.
4. Medical need for ECT after four antidepressant trials and augmentation, PHQ-9 23.

## What a letter must NOT say
- "90 days" as the hearing deadline; "late"; "good cause" for lateness.
- "external review"; "independent review organization"; "ERISA"; "29 CFR 2560.503-1"; "45 CFR 147.136"; "Medicare".
- "continue benefits during the appeal" under 438.420 as if an authorized service were cut.
- "active suicidal ideation"; "failed mirtazapine and stopped it".
- "my treatment" in the attorney's voice.
''',
answers=[
("What level is this appeal?", "request for a State Fair Hearing", "truth"),
("Date of the notice of appeal resolution", "Date of notice: 10/02/2026", "denial/notice-of-appeal-resolution-2026-10-02.txt"),
("Window the notice prints", "within 90 days of the date of this notice", "denial/notice-of-appeal-resolution-2026-10-02.txt"),
("True fair hearing deadline", "01/30/2027", "truth"),
("Rule for the fair hearing window", "42 CFR 438.408(f)(2)", "truth"),
("Deadline in case.yaml", "next_deadline: 2027-01-30", "case.yaml"),
("When the plan appeal was filed", "received 08/10/2026", "denial/notice-of-appeal-resolution-2026-10-02.txt"),
("Plan appeal number", "SHC-APL-26-0810-0442", "denial/notice-of-appeal-resolution-2026-10-02.txt"),
("In-network provider the plan named", "Alameda Regional Medical Center", "denial/notice-of-appeal-resolution-2026-10-02.txt"),
("When that program closed", "Our ECT program closed on 06/30/2026", "other/alameda-regional-ect-closure-letter-2026-07-02.txt"),
("What Sunport said", "They do not perform ECT", "other/network-search-call-log-2026-07.txt"),
("Member services reference", "CS-26-0715-2291", "other/network-search-call-log-2026-07.txt"),
("Network rule a letter cites", "42 CFR 438.206(b)(4)", "truth"),
("Who signs", "Staff Attorney, Duke City Legal Aid", "case.yaml"),
("Date of the representative designation", "Date: 10/20/2026", "other/authorized-representative-form-2026-10-20.txt"),
("Current severity", "PHQ-9: 23", "clinical/psychiatric-evaluation-2026-07-16.txt"),
],
)

case(nn="02", slug="erisa-insured-tms-auth-on-file-keyed-to-wrong-npi-notice-says-60-days-forwarded-first-appeal-patient",
yaml='''
# FICTIONAL CASE (set 94, case 02) - every person, plan, provider, number and address is invented.
# Insured employer plan (ERISA), Wisconsin. TMS, 36 sessions 07/08/2026-08/26/2026, denied CO-197 "no authorization
# on file"; the plan approved PA-26-0701-4471 on 07/01/2026 under the physician's NPI and the claim came in under the
# group NPI. The EOB of 09/14/2026 says "60 days"; it reached the patient 09/28/2026 (forwarded). The rule: at least
# 180 days after receipt (29 CFR 2560.503-1(h)(3)(i)): 03/27/2027. The patient writes ("I").
patient:
  name: Delphine Okonkwo-Marsh
  salutation: Ms. Okonkwo-Marsh
  date_of_birth: 1985-01-30
  member_id: FICT-NMH-70331846
  address: |-
    418 Lakeview Terrace, Unit 3
    Madison, WI 53703
  phone: (608) 555-0118
  email: d.okonkwomarsh@mailbox.example
insurer:
  name: Northfield Mutual Health (FICTIONAL) - Cascadia Freight Lines Employee PPO
  appeals_address: |-
    Northfield Mutual Health, Appeals Unit (FICTIONAL)
    PO Box 66214
    Milwaukee, WI 53266
  fax: (414) 555-0149
claim:
  number: NMH-26-0904-88120
  plan_type: employer_erisa
  funding: insured
  notice_date: 2026-09-14
  notice_received:
    date: 2026-09-28
    proof: other/forwarded-envelope-and-statement-2026-09-28.txt
  appeal_deadline: 2027-03-27
  deadline_basis: >-
    Rule: at least 180 days after receipt of the notice (29 CFR 2560.503-1(h)(3)(i)); the notice was received
    09/28/2026 (forwarded from an old address). The notice's own "60 days of the date of this letter" is shorter
    than the rule allows.
  service_dates: [2026-07-08, 2026-08-26]
  sessions: 36
  setting: outpatient
  procedure_codes: ["90868"]
  diagnosis_codes: [F33.1]
  carc_codes: [CO-197]
  denial_reason: >-
    Precertification/authorization absent. No authorization on file for these services. (CARC 197)
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  coding_correct: true
  action: none
prior_auth:
  requested_on: 2026-06-24
  approved:
    number: PA-26-0701-4471
    date: 2026-07-01
    covers: 36 TMS sessions (90868) from 07/06/2026 through 09/30/2026 at Lakeshore TMS Center
    quote: >-
      Approved: 36 sessions of 90868, 07/06/2026 through 09/30/2026. Servicing provider: Dr. Anselm Ferreira-Holt,
      NPI 1546948062. Facility: Lakeshore TMS Center.
    file: other/prior-authorization-approval-2026-07-01.txt
    what_went_wrong: >-
      The claim was billed under Lakeshore TMS Center's group NPI 1065753067 and the plan matched authorizations
      only to the physician's NPI, so it found none.
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 sessions (90868)
  summary: >-
    A course of TMS for recurrent major depression that the plan itself authorized before it began; only the
    match of the authorization to the claim is in question.
clinical:
  severity: PHQ-9 19 on 07/08/2026; PHQ-9 8 on 08/26/2026
  severity_date: 2026-08-26
  suicidality: none
  suicidality_date: 2026-08-26
  response: PHQ-9 19 before the course, 8 after it
  response_level: response
author:
  name: Delphine Okonkwo-Marsh
  relation: patient
provider:
  name: Lakeshore TMS Center
  credentials: Dr. Anselm Ferreira-Holt, MD (in-network)
  npi: "1065753067"
  address: |-
    2900 University Avenue, Suite 110
    Madison, WI 53705
  phone: (608) 555-0137
record_dates:
  - file: other/forwarded-envelope-and-statement-2026-09-28.txt
    date: 2026-09-28
bates_prefix: OKONKWOMARSH
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/explanation-of-benefits-2026-09-14.txt": '''
NORTHFIELD MUTUAL HEALTH (FICTIONAL) - CASCADIA FREIGHT LINES EMPLOYEE PPO
EXPLANATION OF BENEFITS                                       Date of notice: 09/14/2026
Member: Delphine Okonkwo-Marsh   ID FICT-NMH-70331846
Mailed to: 77 Birch Hollow Road, Verona, WI 53593
Claim NMH-26-0904-88120   Provider: Lakeshore TMS Center, NPI 1065753067

Services 07/08/2026-08/26/2026   90868 x36   Billed $11,880.00   Allowed $0.00   Paid $0.00
CARC 197. Precertification/authorization absent. No authorization on file for these services.

Your right to appeal: You may appeal within 60 days of the date of this letter. Send your appeal to Appeals
Unit, PO Box 66214, Milwaukee, WI 53266, or fax (414) 555-0149.
''',
"other/prior-authorization-approval-2026-07-01.txt": '''
NORTHFIELD MUTUAL HEALTH (FICTIONAL) - UTILIZATION MANAGEMENT
AUTHORIZATION APPROVAL                                        Date: 07/01/2026
Member: Delphine Okonkwo-Marsh   ID FICT-NMH-70331846   Request received 06/24/2026
Authorization number: PA-26-0701-4471
Approved: 36 sessions of 90868, 07/06/2026 through 09/30/2026. Servicing provider: Dr. Anselm Ferreira-Holt,
NPI 1546948062. Facility: Lakeshore TMS Center.
''',
"other/forwarded-envelope-and-statement-2026-09-28.txt": '''
COPY OF ENVELOPE (front) - Northfield Mutual Health, PO Box 66214, Milwaukee, WI
Addressed to: Delphine Okonkwo-Marsh, 77 Birch Hollow Road, Verona, WI 53593
Postal forwarding label: FORWARD TO 418 LAKEVIEW TERRACE UNIT 3, MADISON WI 53703 - 09/26/2026

STATEMENT
I moved from Verona to Madison on 06/01/2026 and told the plan my new address on 06/03/2026. The explanation of
benefits dated 09/14/2026 reached me at my new address on 09/28/2026, in the envelope copied above.
Signed: Delphine Okonkwo-Marsh      Date: 09/28/2026
''',
"clinical/tms-course-summary-2026-08-26.txt": '''
LAKESHORE TMS CENTER (FICTIONAL) - TREATMENT SUMMARY                         Date: 08/26/2026
Patient: Delphine Okonkwo-Marsh   DOB 01/30/1985   Diagnosis F33.1
Course: 36 sessions of TMS, 07/08/2026 through 08/26/2026, under authorization PA-26-0701-4471.
PHQ-9 19 before the course; PHQ-9 8 at session 36. No suicidal ideation.
Dr. Anselm Ferreira-Holt, MD   NPI 1546948062
''',
},
truth='''
# 02 - Insured employer plan: TMS authorized but denied "no authorization on file"; the EOB says 60 days and reached the patient two weeks late (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Delphine Okonkwo-Marsh (DOB 01/30/1985) is covered by the Cascadia Freight Lines Employee PPO, **insured** by
  Northfield Mutual Health: a private employer group plan under ERISA (`employer_erisa`, `insured`).
- The plan **approved** authorization **PA-26-0701-4471** on 07/01/2026 (request received 06/24/2026): 36 sessions of
  90868, 07/06/2026-09/30/2026, servicing provider Dr. Anselm Ferreira-Holt (NPI 1546948062), at Lakeshore TMS Center.
- The 36 sessions were given **07/08/2026-08/26/2026**, inside the approved dates and count; the claim was billed under
  the center's group NPI **1065753067**, and the EOB of **09/14/2026** denied it CO-197, "No authorization on file".
- The EOB was mailed to the old Verona address; the forwarding label is dated 09/26/2026 and the patient received it
  **09/28/2026** (signed statement). She had given the plan her new address on 06/03/2026.
- **Stage:** first internal appeal, post-service.
- **Deadline and rule:** a group health plan must allow **at least 180 days after receipt** of the notice to appeal,
  **29 CFR 2560.503-1(h)(3)(i)**: 09/28/2026 + 180 = **03/27/2027** (from the notice's date, the safe count, 03/13/2027).
  The EOB's "within 60 days of the date of this letter" (11/13/2026) is shorter than the regulation allows; an appeal
  sent 12/07/2026 is timely.
- Decision time after appeal: post-service, 60 days (29 CFR 2560.503-1(i)).
- **Author:** the patient, writing "I".

## Deliberately unknown
- Why the plan matches authorizations only to the physician's NPI: not known; a letter may ask.
- The amount the plan will allow: not in the case.
- Whether Lakeshore would have been told to bill under the physician's NPI: not stated.

## Traps
- **Wrong window:** the letter must not say the appeal is late, ask for an extension or "good cause", or accept the
  60 days.
- **Not a medical-necessity denial:** no clinical reviewer, no peer-to-peer; the plan already approved the course.
- **Never "retroactive authorization"**: the authorization came before the care.
- **Two NPIs:** 1546948062 (physician, on the approval) and 1065753067 (group, on the claim). Same care.
- **No medication history is in the case:** no "failed antidepressants" count.
- **Voice:** "I", never "Ms. Okonkwo-Marsh has".

## Arguments a strong letter makes
1. The plan approved these exact services: PA-26-0701-4471 of 07/01/2026, 36 sessions of 90868, 07/06-09/30/2026; all
   36 were given 07/08-08/26/2026 at the facility it names. The denial rests on a matching error between the
   physician's NPI and the group's; pay the claim under the authorization.
2. The appeal is timely: the plan must allow at least 180 days after receipt (29 CFR 2560.503-1(h)(3)(i)); received
   09/28/2026 (forwarded envelope), so the time runs to 03/27/2027; the EOB's 60 days cannot shorten it.
3. Ask for the claim file and the authorization record (29 CFR 2560.503-1(h)(2)(iii)).

## What a letter must NOT say
- "late"; "good cause"; "within 60 days" as the rule; "retroactive authorization".
- "medically necessary" as the ground; "peer-to-peer".
- "Medicaid"; "Medicare"; "45 CFR 147.136" as the governing rule for the deadline.
- "Ms. Okonkwo-Marsh has" in her own letter.
''',
answers=[
("What level is this appeal?", "first internal appeal, post-service", "truth"),
("Date printed on the EOB", "Date of notice: 09/14/2026", "denial/explanation-of-benefits-2026-09-14.txt"),
("Window the EOB prints", "within 60 days of the date of this letter", "denial/explanation-of-benefits-2026-09-14.txt"),
("When the patient received the notice", "reached me at my new address on 09/28/2026", "other/forwarded-envelope-and-statement-2026-09-28.txt"),
("Forwarding label date", "09/26/2026", "other/forwarded-envelope-and-statement-2026-09-28.txt"),
("True deadline", "03/27/2027", "truth"),
("Rule for the deadline", "29 CFR 2560.503-1(h)(3)(i)", "truth"),
("Deadline in case.yaml", "appeal_deadline: 2027-03-27", "case.yaml"),
("Authorization number", "PA-26-0701-4471", "other/prior-authorization-approval-2026-07-01.txt"),
("What the authorization approved", "36 sessions of 90868, 07/06/2026 through 09/30/2026", "other/prior-authorization-approval-2026-07-01.txt"),
("NPI on the authorization", "NPI 1546948062", "other/prior-authorization-approval-2026-07-01.txt"),
("NPI on the claim", "NPI 1065753067", "denial/explanation-of-benefits-2026-09-14.txt"),
("CARC on the EOB", "CARC 197", "denial/explanation-of-benefits-2026-09-14.txt"),
("Dates of service", "07/08/2026-08/26/2026", "denial/explanation-of-benefits-2026-09-14.txt"),
("Response to the course", "PHQ-9 19 before the course; PHQ-9 8 at session 36", "clinical/tms-course-summary-2026-08-26.txt"),
("Who signs and in what voice", 'the patient, writing "I"', "truth"),
],
)

case(nn="03", slug="fehb-active-employee-67-cob-said-medicare-primary-carrier-named-state-review-opm-review-enrollee",
yaml='''
# FICTIONAL CASE (set 94, case 03) - every person, plan, provider, number and address is invented.
# FEHB Standard Option, Colorado. The enrollee, 67, is a current federal employee with Medicare Parts A and B. Ten
# psychotherapy visits denied CO-22 "Medicare is primary"; the carrier's reconsideration of 10/09/2026 upheld and
# wrongly pointed to the state insurance department's external review. For an active employee FEHB pays first. Next
# level: OPM review within 90 days of the carrier's decision (5 CFR 890.105(e)(1)): by 01/07/2027. He writes ("I").
patient:
  name: Harold Benoit-Szabo
  salutation: Mr. Benoit-Szabo
  date_of_birth: 1959-04-11
  member_id: FICT-FSM-R48213307
  address: |-
    1570 Juniper Court
    Lakewood, CO 80215
  phone: (303) 555-0163
  email: hbszabo@homemail.example
insurer:
  name: Federal Service Mutual Benefit Plan (FICTIONAL) - FEHB Standard Option
  appeals_address: |-
    Federal Service Mutual Benefit Plan, Reconsiderations (FICTIONAL)
    PO Box 12077
    Denver, CO 80212
  fax: (303) 555-0177
claim:
  number: FSM-26-0519-20384
  plan_type: fehb
  notice_date: 2026-06-02
  service_dates: [2026-03-03, 2026-03-17, 2026-03-31, 2026-04-07, 2026-04-14, 2026-04-21, 2026-04-28, 2026-05-05, 2026-05-12, 2026-05-19]
  setting: outpatient
  procedure_codes: ["90834"]
  diagnosis_codes: [F43.23]
  carc_codes: [CO-22]
  denial_reason: >-
    This care may be covered by another payer per coordination of benefits. Medicare Part B is primary for members
    age 65 and older. Submit the claim to Medicare first. (CARC 22)
  denial_category: coordination_of_benefits
  denial_reasons: [coordination_of_benefits]
  coding_correct: true
  action: none
submissions:
  - date: 2026-07-20
    method: mail
    to: Federal Service Mutual Benefit Plan, Reconsiderations
    stage: carrier reconsideration
    confirmation: certified mail 7026 0101 4410 2297
decisions:
  - date: 2026-10-09
    outcome: denied
    stage: carrier reconsideration
    opens: OPM review
    next_deadline: 2027-01-07
    reason: >-
      Members age 65 and older who have Medicare are Medicare primary. We uphold our denial.
    corrections:
      - said: Members age 65 and older who have Medicare are Medicare primary.
        record: >-
          I am a current federal employee with FEHB coverage from that employment (agency letter of 07/14/2026);
          the brochure's own chart makes this Plan primary for an active employee who has Medicare.
        file: [other/agency-employment-verification-2026-07-14.txt, other/fehb-brochure-2026-section-9-excerpt.txt]
        page: 1
other_coverage:
  plan: Medicare Part B
  member_is: beneficiary (Parts A and B since 04/01/2024)
  covered_here_as: enrollee through his current federal employment
  current_employment: member
  employees: 1400
  proof: [other/agency-employment-verification-2026-07-14.txt]
plan_policy:
  name: FEHB brochure 2026, Federal Service Mutual Benefit Plan, Section 9 "Coordinating benefits with Medicare"
  number: Section 9
  quote: >-
    The following chart shows whether Medicare or this Plan should be the primary payer. When you are an active
    employee, or the covered spouse of an active employee, and you have Medicare, this Plan pays first and Medicare
    pays second. When you are an annuitant and you have Medicare Part B, Medicare pays first.
  file: other/fehb-brochure-2026-section-9-excerpt.txt
external_review:
  agency: U.S. Office of Personnel Management, FEHB review (FICTIONAL address)
  address: |-
    OPM Health Insurance Review Unit (FICTIONAL address)
    PO Box 0140
    Washington, DC 20044
  final_denial_date: 2026-10-09
treatment:
  name: Outpatient psychotherapy, 10 visits (90834)
  summary: >-
    Ten psychotherapy visits for an adjustment disorder after a bereavement; whether the visits are covered is not in
    question, only which payer pays first.
clinical:
  severity: not in question
  suicidality: none
author:
  name: Harold Benoit-Szabo
  relation: patient
provider:
  name: Dr. Ingrid Tolvanen
  credentials: PhD, licensed psychologist (in-network)
  npi: "1724214741"
  address: |-
    6400 W Alameda Avenue, Suite 204
    Lakewood, CO 80226
  phone: (303) 555-0128
template: external-review-request
bates_prefix: BENOITSZABO
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/carrier-reconsideration-decision-2026-10-09.txt": '''
FEDERAL SERVICE MUTUAL BENEFIT PLAN (FICTIONAL) - FEHB STANDARD OPTION
RECONSIDERATION DECISION                                     Date: 10/09/2026
Enrollee: Harold Benoit-Szabo   ID FICT-FSM-R48213307
Claim FSM-26-0519-20384 (90834, ten visits 03/03/2026-05/19/2026), Dr. Ingrid Tolvanen, NPI 1724214741
Your request for reconsideration was received 07/23/2026.

Decision: Members age 65 and older who have Medicare are Medicare primary. We uphold our denial.

If you disagree, you may request an external review through your state's insurance department within 4 months
of this letter.
''',
"denial/explanation-of-benefits-2026-06-02.txt": '''
FEDERAL SERVICE MUTUAL BENEFIT PLAN (FICTIONAL) - EXPLANATION OF BENEFITS        Date: 06/02/2026
Enrollee: Harold Benoit-Szabo   ID FICT-FSM-R48213307   Claim FSM-26-0519-20384
90834 x10, 03/03/2026-05/19/2026   Billed $1,650.00   Paid $0.00
CARC 22. This care may be covered by another payer per coordination of benefits. Medicare Part B is primary for
members age 65 and older. Submit the claim to Medicare first.
You may ask us to reconsider within 6 months of the date of this notice.
''',
"other/agency-employment-verification-2026-07-14.txt": '''
FICTIONAL FEDERAL AGENCY - ROCKY MOUNTAIN REGIONAL HUMAN RESOURCES OFFICE
07/14/2026
To whom it may concern:
Harold Benoit-Szabo has been employed full time by this agency since 03/11/1996 and remains in active duty status
as of this date. He is enrolled in the FEHB Program (Federal Service Mutual Benefit Plan, Standard Option, Self
Only) through this employment. He is not an annuitant. This regional office alone employs about 1,400 people.
Lorna Featherstone-Ruiz, Human Resources Specialist   (303) 555-0186   hr-rocky@agency-hr.example
''',
"other/fehb-brochure-2026-section-9-excerpt.txt": '''
FEDERAL SERVICE MUTUAL BENEFIT PLAN (FICTIONAL) - 2026 FEHB BROCHURE (excerpt), Section 9
Coordinating benefits with Medicare
The following chart shows whether Medicare or this Plan should be the primary payer. When you are an active
employee, or the covered spouse of an active employee, and you have Medicare, this Plan pays first and Medicare
pays second. When you are an annuitant and you have Medicare Part B, Medicare pays first.

Section 8, The disputed claims process: If we deny your request for reconsideration, you may ask OPM to review
it within 90 days after the date of our letter upholding our initial decision.
''',
},
truth='''
# 03 - FEHB: active employee aged 67 denied as "Medicare primary"; the carrier pointed to a state review; the next level is OPM (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Harold Benoit-Szabo (DOB 04/11/1959), 67, a **current full-time federal employee** (agency letter of 07/14/2026:
  "remains in active duty status", "not an annuitant"), enrolled in the Federal Service Mutual Benefit Plan, FEHB
  Standard Option, Self Only, through that employment. He has Medicare Parts A and B since 04/01/2024.
- Ten psychotherapy visits (90834), 03/03/2026-05/19/2026, Dr. Ingrid Tolvanen (in-network). EOB of **06/02/2026**:
  CO-22, "Medicare Part B is primary for members age 65 and older".
- Reconsideration mailed **07/20/2026**, received 07/23/2026; the carrier's **reconsideration decision of 10/09/2026**
  upheld with the same reason and said to seek "external review through your state's insurance department within
  4 months".
- The brochure (Section 9): for an **active employee** with Medicare, **this Plan pays first**; Medicare pays first
  only for an annuitant with Part B.
- **Stage:** the carrier's reconsideration is done; this is the **request for OPM review** (FEHB disputed claims).
- **Deadline and rule:** OPM review is asked within **90 days of the carrier's reconsideration decision**, **5 CFR
  890.105(e)(1)** (and the brochure, Section 8): 10/09/2026 + 90 = **01/07/2027**. The "4 months" and the state
  insurance department in the carrier's letter are wrong for FEHB.
- **Author:** the enrollee himself, writing "I".

## Deliberately unknown
- Whether Medicare was ever billed for these visits: not in the case.
- What the carrier's enrollment file shows about his employment status: not known; a letter may ask.
- OPM's decision time: not recorded here.

## Traps
- **Wrong route in the carrier's letter:** not the state insurance department, not "external review" by an
  independent review organization under state law, not 4 months; FEHB goes to **OPM**, 90 days.
- **Age alone does not make Medicare primary:** active employment decides.
- **Decision appealed:** the 10/09/2026 reconsideration decision, quoted as the latest; the EOB is the first denial.
- **Not medical necessity:** no clinical reviewer, no peer-to-peer; no diagnosis argument needed.
- **No ERISA, no ACA external review (45 CFR 147.136), no parity claim under ERISA rules.**
- **Voice:** "I".

## Arguments a strong letter makes
1. The brochure's own chart: for an active employee who has Medicare, this Plan pays first. The agency's letter shows
   he is an active employee, not an annuitant, enrolled through his current employment. The carrier is primary: pay
   the ten visits as primary payer.
2. Correct the decision's "Members age 65 and older who have Medicare are Medicare primary" with the brochure and the
   agency letter.
3. The request is to OPM, timely: within 90 days of the 10/09/2026 decision (5 CFR 890.105(e)(1)), by 01/07/2027.

## What a letter must NOT say
- "state insurance department" as the reviewer; "4 months"; "external review" under 45 CFR 147.136; "independent
  review organization".
- "ERISA"; "29 CFR 2560.503-1"; "Medicaid".
- "annuitant" about him; "retired".
- "medically necessary" as the ground; "peer-to-peer".
''',
answers=[
("What level is this appeal?", "request for OPM review", "truth"),
("Date of the carrier's reconsideration decision", "Date: 10/09/2026", "denial/carrier-reconsideration-decision-2026-10-09.txt"),
("Route the carrier's letter wrongly names", "external review through your state's insurance department within 4 months", "denial/carrier-reconsideration-decision-2026-10-09.txt"),
("True deadline for OPM review", "01/07/2027", "truth"),
("Rule for OPM review", "5 CFR 890.105(e)(1)", "truth"),
("Brochure's own OPM window", "within 90 days after the date of our letter upholding our initial decision", "other/fehb-brochure-2026-section-9-excerpt.txt"),
("Deadline in case.yaml", "next_deadline: 2027-01-07", "case.yaml"),
("When the reconsideration was received", "received 07/23/2026", "denial/carrier-reconsideration-decision-2026-10-09.txt"),
("Employment status", "remains in active duty status", "other/agency-employment-verification-2026-07-14.txt"),
("Is he an annuitant?", "He is not an annuitant.", "other/agency-employment-verification-2026-07-14.txt"),
("Brochure rule for an active employee", "this Plan pays first and Medicare pays second", "other/fehb-brochure-2026-section-9-excerpt.txt"),
("CARC on the first denial", "CARC 22", "denial/explanation-of-benefits-2026-06-02.txt"),
("First window printed on the EOB", "within 6 months of the date of this notice", "denial/explanation-of-benefits-2026-06-02.txt"),
("Services denied", "90834 x10, 03/03/2026-05/19/2026", "denial/explanation-of-benefits-2026-06-02.txt"),
("Amount billed", "$1,650.00", "denial/explanation-of-benefits-2026-06-02.txt"),
("Who signs", "the enrollee himself", "truth"),
],
)

case(nn="04", slug="original-medicare-tms-qic-unfavorable-said-no-psychotherapy-alj-hearing-presumed-receipt-daughter",
yaml='''
# FICTIONAL CASE (set 94, case 04) - every person, plan, provider, number and address is invented.
# Original Medicare Part B, Kansas. TMS, 30 sessions 04/06/2026-05/15/2026, denied as not reasonable and necessary;
# redetermination 08/14/2026 and QIC reconsideration 10/19/2026 unfavorable ("no trial of evidence-based
# psychotherapy"); the record shows 14 CBT sessions in 2025. Next: ALJ hearing, 60 days after receipt of the QIC's
# notice, receipt presumed 5 days after its date (42 CFR 405.1002(a)): by 12/23/2026. No ABN. Daughter, CMS-1696.
patient:
  name: Wilhelmina Ostrowski-Dade
  salutation: Mrs. Ostrowski-Dade
  date_of_birth: 1952-08-23
  member_id: FICT-MBI-7KQ4TR2WD61
  address: |-
    905 Cottonwood Lane
    Salina, KS 67401
  phone: (785) 555-0115
insurer:
  name: Medicare Part B - Heartland Medicare Administrative Services (FICTIONAL contractor)
  appeals_address: |-
    Heartland Medicare Administrative Services, Part B Appeals (FICTIONAL)
    PO Box 51033
    Topeka, KS 66601
claim:
  number: HMAS-26-0612-447019
  plan_type: medicare
  notice_date: 2026-06-12
  service_dates: [2026-04-06, 2026-05-15]
  sessions: 30
  setting: outpatient
  procedure_codes: ["90868"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-50]
  denial_reason: >-
    These are non-covered services because this is not deemed a medical necessity by the payer. (CARC 50)
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  coding_correct: true
  abn_given: false
  action: none
decisions:
  - date: 2026-08-14
    outcome: denied
    stage: redetermination
    opens: QIC reconsideration
    reason: The documentation does not support that the LCD criteria were met.
  - date: 2026-10-19
    outcome: denied
    stage: QIC reconsideration
    opens: ALJ hearing
    next_deadline: 2026-12-23
    in_dispute: $7,850.00
    reason: >-
      The records do not show a trial of evidence-based psychotherapy of adequate frequency and duration, as the LCD
      requires. The claim remains denied.
    corrections:
      - said: The records do not show a trial of evidence-based psychotherapy of adequate frequency and duration
        record: >-
          Fourteen weekly sessions of cognitive behavioral therapy from 01/08/2025 to 04/09/2025, with a licensed
          clinical social worker, without remission (therapy discharge summary of 04/09/2025).
        file: clinical/cbt-discharge-summary-2025-04-09.txt
        page: 1
external_review:
  agency: Office of Medicare Hearings and Appeals, Central Operations (FICTIONAL address)
  address: |-
    OMHA Central Operations (FICTIONAL address)
    PO Box 0105
    Washington, DC 20044
  final_denial_date: 2026-10-19
medicare_coverage:
  name: LCD Transcranial Magnetic Stimulation for Major Depressive Disorder (fictional rendition)
  number: L-FICT-0094
  quote: >-
    TMS is considered reasonable and necessary for a patient with a confirmed diagnosis of severe major depressive
    disorder who has: (1) not responded to at least two antidepressant medications from at least two different
    classes at adequate dose and duration in the current episode, or could not tolerate them; and (2) not responded
    to a trial of evidence-based psychotherapy of adequate frequency and duration.
  file: other/lcd-tms-excerpt-fictional-rendition.txt
payer_criteria:
  - criterion: not responded to at least two antidepressant medications from at least two different classes at adequate dose and duration in the current episode
    how_met: sertraline 200 mg for 12 weeks and duloxetine 120 mg for 14 weeks in the current episode, no response
    met: true
    evidence: {file: clinical/psychiatric-note-2026-03-30.txt, page: 1}
  - criterion: not responded to a trial of evidence-based psychotherapy of adequate frequency and duration
    how_met: 14 weekly CBT sessions 01/08/2025-04/09/2025 without remission
    met: true
    evidence: {file: clinical/cbt-discharge-summary-2025-04-09.txt, page: 1}
treatment:
  name: Transcranial magnetic stimulation (TMS), 30 sessions (90868)
  summary: TMS for severe recurrent major depression after two antidepressant classes and a course of CBT.
clinical:
  severity: PHQ-9 22 on 03/30/2026
  severity_date: 2026-03-30
  suicidality: none
  suicidality_date: 2026-03-30
  episode_onset: 2024-10
  history:
    - {drug: Sertraline, dose: 200 mg daily, start: 2024-11, end: 2025-02, kind: antidepressant, adequate: true, outcome: No response}
    - {drug: Duloxetine, dose: 120 mg daily, start: 2025-03, end: 2025-06, kind: antidepressant, adequate: true, outcome: No response}
    - {drug: Cognitive behavioral therapy, dose: 14 weekly sessions, start: 2025-01, end: 2025-04, kind: psychotherapy, sessions: 14, outcome: No remission}
author:
  name: Bernadette Ostrowski-Lund
  role: daughter and appointed representative (Form CMS-1696)
  relation: representative
  address: |-
    3120 Sunflower Drive
    Lawrence, KS 66047
  phone: (785) 555-0148
  authorization: other/cms-1696-appointment-2026-11-02.txt
provider:
  name: Prairie Light Neuromodulation
  credentials: Dr. Tobias Wren-Aguilar, MD, psychiatrist
  npi: "1156508040"
  address: |-
    221 S Santa Fe Avenue
    Salina, KS 67401
  phone: (785) 555-0139
template: external-review-request
bates_prefix: OSTROWSKIDADE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/qic-reconsideration-decision-2026-10-19.txt": '''
MERIDIAN RECONSIDERATION CONTRACTOR (FICTIONAL) - QUALIFIED INDEPENDENT CONTRACTOR, PART B
MEDICARE RECONSIDERATION DECISION                             Date: 10/19/2026
Beneficiary: Wilhelmina Ostrowski-Dade   Medicare number FICT-MBI-7KQ4TR2WD61
Claim HMAS-26-0612-447019   90868, 30 sessions 04/06/2026-05/15/2026   Prairie Light Neuromodulation, NPI 1156508040
Decision: UNFAVORABLE. The records do not show a trial of evidence-based psychotherapy of adequate frequency and
duration, as the LCD requires. The claim remains denied.
Amount in controversy: $7,850.00.

Your right to a hearing: If you disagree, you may ask for a hearing before an Administrative Law Judge. Your request
must be received within 60 days after you receive this notice. We presume you received it 5 days after the date
above unless you show otherwise. Send it to OMHA Central Operations, PO Box 0105, Washington, DC 20044.
''',
"denial/redetermination-notice-2026-08-14.txt": '''
HEARTLAND MEDICARE ADMINISTRATIVE SERVICES (FICTIONAL) - MEDICARE REDETERMINATION NOTICE    Date: 08/14/2026
Beneficiary: Wilhelmina Ostrowski-Dade   Claim HMAS-26-0612-447019
Decision: UNFAVORABLE. The documentation does not support that the LCD criteria were met.
You may ask a Qualified Independent Contractor for a reconsideration within 180 days after you receive this notice.
''',
"clinical/cbt-discharge-summary-2025-04-09.txt": '''
SMOKY HILL COUNSELING (FICTIONAL) - THERAPY DISCHARGE SUMMARY                   Date: 04/09/2025
Client: Wilhelmina Ostrowski-Dade   DOB 08/23/1952
Treatment: cognitive behavioral therapy for depression, 14 weekly individual sessions, 01/08/2025 to 04/09/2025.
Outcome: attended all sessions; PHQ-9 21 at intake and 18 at discharge; no remission. Referred back to psychiatry.
Greta Sundqvist-Odum, LCSW
''',
"clinical/psychiatric-note-2026-03-30.txt": '''
PRAIRIE LIGHT NEUROMODULATION (FICTIONAL) - PSYCHIATRIC NOTE                     Date: 03/30/2026
Patient: Wilhelmina Ostrowski-Dade   Diagnosis F33.2   Current episode since 10/2024
Sertraline 200 mg daily 11/2024-02/2025 (12 weeks), no response. Duloxetine 120 mg daily 03/2025-06/2025
(14 weeks), no response. CBT 14 sessions in 2025, no remission. PHQ-9 22 today. No suicidal ideation.
Plan: TMS, 30 sessions. No Advance Beneficiary Notice was given.
Dr. Tobias Wren-Aguilar, MD   NPI 1156508040
''',
"other/lcd-tms-excerpt-fictional-rendition.txt": '''
LCD L-FICT-0094 - Transcranial Magnetic Stimulation for Major Depressive Disorder (fictional rendition, excerpt)
TMS is considered reasonable and necessary for a patient with a confirmed diagnosis of severe major depressive
disorder who has: (1) not responded to at least two antidepressant medications from at least two different
classes at adequate dose and duration in the current episode, or could not tolerate them; and (2) not responded
to a trial of evidence-based psychotherapy of adequate frequency and duration.
''',
"other/cms-1696-appointment-2026-11-02.txt": '''
APPOINTMENT OF REPRESENTATIVE - Form CMS-1696 (fictional rendition)
Beneficiary: Wilhelmina Ostrowski-Dade, Medicare number FICT-MBI-7KQ4TR2WD61
I appoint Bernadette Ostrowski-Lund (my daughter) to act as my representative in connection with my claim or
asserted right under Title XVIII of the Social Security Act.
Signed: Wilhelmina Ostrowski-Dade  11/02/2026      Accepted: Bernadette Ostrowski-Lund  11/02/2026
''',
},
truth='''
# 04 - Original Medicare: TMS unfavorable at the QIC on a wrong psychotherapy finding; ALJ hearing request by the daughter (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Wilhelmina Ostrowski-Dade (DOB 08/23/1952), Original Medicare Part B (`medicare`).
- 30 TMS sessions (90868), **04/06/2026-05/15/2026**, Prairie Light Neuromodulation; initial denial 06/12/2026 (CO-50);
  **redetermination** by the contractor **08/14/2026** unfavorable; **QIC reconsideration 10/19/2026** unfavorable:
  "The records do not show a trial of evidence-based psychotherapy of adequate frequency and duration".
- The record: **14 weekly CBT sessions, 01/08/2025-04/09/2025**, no remission (discharge summary); two antidepressant
  classes in the current episode (sertraline 200 mg 12 weeks, duloxetine 120 mg 14 weeks), no response.
- Amount in controversy as the QIC states it: **$7,850.00**.
- **No ABN** was given (psychiatric note of 03/30/2026).
- **Stage:** after the QIC, the next level is a **hearing before an Administrative Law Judge** (OMHA).
- **Deadline and rule:** 60 days after receipt of the QIC's notice, receipt presumed 5 days after its date, **42 CFR
  405.1002(a)(1), (3)**: 10/19/2026 + 5 = 10/24/2026; + 60 = **12/23/2026**. The notice says the request must be
  received within that time.
- **Author:** the daughter, appointed representative on Form CMS-1696 signed 11/02/2026.

## Deliberately unknown
- The current amount-in-controversy threshold for an ALJ hearing: not stated in the case; a letter states only the
  amount the QIC gives.
- The QIC reviewer's specialty: not named.
- The patient's response to TMS: not in the case.

## Traps
- **Stage:** not another redetermination or reconsideration, not "external review", not the Medicare Appeals Council.
- **Deadline:** 12/23/2026 from presumed receipt, not 12/18/2026 (60 days from the date) and not 180 days.
- **"Plan terms"/"plan's policy":** Original Medicare has none; the LCD is Medicare's rule.
- **Psychotherapy is not an antidepressant trial**; count two medication classes plus one CBT course.
- **Limitation on liability:** no ABN, so she is not liable (Social Security Act 1879; 42 CFR 411.404).
- **Voice:** the daughter writes about "Mrs. Ostrowski-Dade".

## Arguments a strong letter makes
1. The QIC's only stated ground is wrong: the record shows 14 weekly CBT sessions in 2025 without remission, so LCD
   criterion (2) is met; criterion (1) is met by sertraline and duloxetine in the current episode.
2. Ask for the ALJ hearing, timely (by 12/23/2026: 60 days after presumed receipt, 42 CFR 405.1002(a)), filed with the
   office the QIC notice names; state the $7,850.00 in controversy as the QIC gives it.
3. Without an ABN, ask for the limitation-on-liability finding (42 U.S.C. 1395pp; 42 CFR 411.404).

## What a letter must NOT say
- "the plan's terms"; "plan policy"; "ERISA"; "45 CFR 147.136"; "external review"; "Medicare Advantage".
- "reconsideration" as what is asked now; "redetermination" as what is asked now.
- "12/18/2026" as the deadline; a stated dollar threshold for the hearing.
- "failed three antidepressants" counting CBT as a medication.
''',
answers=[
("What level is this appeal?", "hearing before an Administrative Law Judge", "truth"),
("Date of the QIC decision", "Date: 10/19/2026", "denial/qic-reconsideration-decision-2026-10-19.txt"),
("QIC's ground", "The records do not show a trial of evidence-based psychotherapy of adequate frequency and duration", "denial/qic-reconsideration-decision-2026-10-19.txt"),
("Receipt presumption in the notice", "We presume you received it 5 days after the date", "denial/qic-reconsideration-decision-2026-10-19.txt"),
("True ALJ deadline", "12/23/2026", "truth"),
("Rule for it", "405.1002(a)(1), (3)", "truth"),
("Deadline in case.yaml", "next_deadline: 2026-12-23", "case.yaml"),
("Amount in controversy", "$7,850.00", "denial/qic-reconsideration-decision-2026-10-19.txt"),
("Where the request goes", "OMHA Central Operations, PO Box 0105, Washington, DC 20044", "denial/qic-reconsideration-decision-2026-10-19.txt"),
("Redetermination date", "MEDICARE REDETERMINATION NOTICE    Date: 08/14/2026", "denial/redetermination-notice-2026-08-14.txt"),
("Psychotherapy in the record", "14 weekly individual sessions, 01/08/2025 to 04/09/2025", "clinical/cbt-discharge-summary-2025-04-09.txt"),
("CBT outcome", "no remission", "clinical/cbt-discharge-summary-2025-04-09.txt"),
("ABN", "No Advance Beneficiary Notice was given.", "clinical/psychiatric-note-2026-03-30.txt"),
("Representative form date", "11/02/2026", "other/cms-1696-appointment-2026-11-02.txt"),
("Medication trials in the current episode", "Duloxetine 120 mg daily 03/2025-06/2025", "clinical/psychiatric-note-2026-03-30.txt"),
("LCD number", "L-FICT-0094", "other/lcd-tms-excerpt-fictional-rendition.txt"),
],
)

case(nn="05", slug="part-d-pdp-auvelity-step-snri-paid-by-discount-card-notice-says-60-days-redetermination-np-prescriber",
yaml='''
# FICTIONAL CASE (set 94, case 05) - every person, plan, provider, number and address is invented.
# Part D prescription drug plan, Pennsylvania. Auvelity denied under step therapy ("no paid claims for two generic
# antidepressants, one an SNRI, in 365 days"); the duloxetine trial was paid with a discount card, outside the plan.
# The coverage determination of 11/20/2026 says "60 days from the date of this notice"; the rule is 65 days from the
# notice date (42 CFR 423.582(b)): 01/24/2027. The prescribing nurse practitioner asks for the redetermination.
patient:
  name: Augustin Pellegrini-Ward
  salutation: Mr. Pellegrini-Ward
  date_of_birth: 1957-02-14
  member_id: FICT-KSR-55820914
  address: |-
    64 Orchard Hill Road
    Lancaster, PA 17601
  phone: (717) 555-0124
insurer:
  name: Keystone Senior Rx (FICTIONAL) - Medicare prescription drug plan (PDP)
  appeals_address: |-
    Keystone Senior Rx, Part D Redeterminations (FICTIONAL)
    PO Box 88410
    Harrisburg, PA 17108
  fax: 1-800-555-0181
claim:
  number: KSR-CD-26-1118-3391
  plan_type: medicare_part_d
  notice_date: 2026-11-20
  appeal_deadline: 2027-01-24
  deadline_basis: >-
    Rule: 65 days from the date of the coverage determination notice (42 CFR 423.582(b)). The notice itself prints
    "60 days from the date of this notice" (01/19/2027), a shorter window.
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Step therapy requirement not met. Our records show no paid claims for two generic antidepressants, one of which
    must be an SNRI (duloxetine or venlafaxine), in the past 365 days.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
plan_policy:
  name: Keystone Senior Rx 2026 Step Therapy Criteria, ST-AD-12 (Auvelity)
  number: ST-AD-12
  quote: >-
    Auvelity is covered when the member has tried two generic antidepressants, one of which must be an SNRI
    (duloxetine or venlafaxine), for at least 6 weeks each in the past 365 days, or when the prescriber states the
    member cannot take them.
  file: other/step-therapy-criteria-st-ad-12-2026.txt
payer_criteria:
  - criterion: tried two generic antidepressants for at least 6 weeks each in the past 365 days
    how_met: sertraline 100 mg 12/2025-02/2026 (paid by the plan) and duloxetine 60 mg 03/2026-06/2026 (paid with a discount card)
    met: true
    evidence: [{file: other/pharmacy-receipts-duloxetine-2026.txt, page: 1}, {file: clinical/prescriber-note-2026-11-12.txt, page: 1}]
  - criterion: one of which must be an SNRI (duloxetine or venlafaxine)
    how_met: duloxetine 60 mg daily for 14 weeks, bought with a discount card
    met: true
    evidence: {file: other/pharmacy-receipts-duloxetine-2026.txt, page: 1}
prescriber_statement:
  date: 2026-12-01
  quote: >-
    Mr. Pellegrini-Ward took duloxetine 60 mg daily from 03/02/2026 to 06/08/2026, paid with a pharmacy discount card,
    without response; with the sertraline trial the plan paid for, he has met both steps, and a third generic trial
    would not be as effective as Auvelity for him.
  file: clinical/prescriber-supporting-statement-2026-12-01.txt
treatment:
  name: Auvelity (dextromethorphan-bupropion) extended-release tablets, 1 tablet twice daily
  summary: Auvelity for recurrent major depression after two generic antidepressants, one an SNRI, without response.
clinical:
  severity: PHQ-9 18 on 11/12/2026
  severity_date: 2026-11-12
  suicidality: none
  suicidality_date: 2026-11-12
  history:
    - {drug: Sertraline, dose: 100 mg daily, start: 2025-12, end: 2026-02, kind: antidepressant, adequate: true, outcome: No response; paid by the plan}
    - {drug: Duloxetine, dose: 60 mg daily, start: 2026-03, end: 2026-06, kind: antidepressant, adequate: true, outcome: No response; paid with a discount card}
author:
  name: Nadia Fairweather-Cole
  role: PMHNP-BC, prescriber
  relation: prescriber
  address: |-
    Conestoga Behavioral Health (FICTIONAL), 1200 Fruitville Pike
    Lancaster, PA 17601
  phone: (717) 555-0131
  fax: (717) 555-0132
provider:
  name: Nadia Fairweather-Cole
  credentials: PMHNP-BC
  npi: "1307534200"
  address: |-
    1200 Fruitville Pike
    Lancaster, PA 17601
  phone: (717) 555-0131
record_dates:
  - {file: clinical/prescriber-supporting-statement-2026-12-01.txt, date: 2026-12-01}
bates_prefix: PELLEGRINIWARD
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/coverage-determination-2026-11-20.txt": '''
KEYSTONE SENIOR RX (FICTIONAL) - MEDICARE PRESCRIPTION DRUG PLAN
NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE           Date of this notice: 11/20/2026
Member: Augustin Pellegrini-Ward   Member ID FICT-KSR-55820914   Request KSR-CD-26-1118-3391
Drug: Auvelity ER tablets, #60 per 30 days   Prescriber: Nadia Fairweather-Cole, PMHNP-BC, NPI 1307534200
Decision: Denied. Step therapy requirement not met. Our records show no paid claims for two generic
antidepressants, one of which must be an SNRI (duloxetine or venlafaxine), in the past 365 days.

You have the right to ask us for a redetermination. You must ask within 60 days from the date of this notice.
Your prescriber may ask for you. Mail or fax to Part D Redeterminations, PO Box 88410, Harrisburg, PA 17108;
fax 1-800-555-0181.
''',
"other/step-therapy-criteria-st-ad-12-2026.txt": '''
KEYSTONE SENIOR RX (FICTIONAL) - 2026 STEP THERAPY CRITERIA, ST-AD-12 (Auvelity)
Auvelity is covered when the member has tried two generic antidepressants, one of which must be an SNRI
(duloxetine or venlafaxine), for at least 6 weeks each in the past 365 days, or when the prescriber states the
member cannot take them.
''',
"other/pharmacy-receipts-duloxetine-2026.txt": '''
SUSQUEHANNA COMMUNITY PHARMACY (FICTIONAL) - PATIENT PURCHASE HISTORY
Patient: Augustin Pellegrini-Ward   DOB 02/14/1957
Paid with: RxSaver discount card (FICTIONAL), not billed to insurance
03/02/2026  duloxetine DR 60 mg #30   $14.20
03/31/2026  duloxetine DR 60 mg #30   $14.20
04/29/2026  duloxetine DR 60 mg #30   $14.20
05/28/2026  duloxetine DR 60 mg #30   $14.20
Prescriber: Nadia Fairweather-Cole, PMHNP-BC
''',
"clinical/prescriber-note-2026-11-12.txt": '''
CONESTOGA BEHAVIORAL HEALTH (FICTIONAL) - MEDICATION MANAGEMENT NOTE              Date: 11/12/2026
Patient: Augustin Pellegrini-Ward   Diagnosis F33.1
Sertraline 100 mg daily 12/2025-02/2026, 10 weeks, no response. Duloxetine 60 mg daily 03/02/2026-06/08/2026,
14 weeks, no response (bought with a discount card because the plan's copay was higher). PHQ-9 18. No suicidal
ideation. Plan: Auvelity ER 1 tablet twice daily.
Nadia Fairweather-Cole, PMHNP-BC   NPI 1307534200
''',
"clinical/prescriber-supporting-statement-2026-12-01.txt": '''
PRESCRIBER SUPPORTING STATEMENT (42 CFR 423.578(b))                                 Date: 12/01/2026
Patient: Augustin Pellegrini-Ward   Drug: Auvelity ER
Mr. Pellegrini-Ward took duloxetine 60 mg daily from 03/02/2026 to 06/08/2026, paid with a pharmacy discount card,
without response; with the sertraline trial the plan paid for, he has met both steps, and a third generic trial
would not be as effective as Auvelity for him.
Nadia Fairweather-Cole, PMHNP-BC
''',
},
truth='''
# 05 - Part D: Auvelity step therapy; the SNRI trial was paid outside the plan; the notice says 60 days, the rule gives 65; the prescriber asks (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Augustin Pellegrini-Ward (DOB 02/14/1957), enrolled in Keystone Senior Rx, a Medicare Part D prescription drug plan.
- Coverage determination **denied 11/20/2026** (request KSR-CD-26-1118-3391): step therapy ST-AD-12, "no paid claims
  for two generic antidepressants, one of which must be an SNRI".
- Trials in the past 365 days: **sertraline 100 mg** 12/2025-02/2026 (paid by the plan; about 10 weeks) and
  **duloxetine 60 mg 03/02/2026-06/08/2026** (14 weeks), **paid with a discount card**, so not in the plan's claims.
  Both without response. ST-AD-12 asks for trials "tried", not for paid claims.
- Prescriber supporting statement of **12/01/2026** (42 CFR 423.578(b)).
- **Stage:** first level of appeal after a coverage determination: a standard **redetermination** (not expedited).
- **Deadline and rule:** **65 days from the date of the notice**, **42 CFR 423.582(b)** (from 01/01/2025): 11/20/2026 +
  65 = **01/24/2027**. The notice prints "within 60 days from the date of this notice" (01/19/2027), a shorter window;
  the request of 12/07/2026 is within both.
- **Author:** the prescriber, a psychiatric nurse practitioner; a prescriber may request a redetermination for the
  enrollee without being appointed (42 CFR 423.580 with 423.566(c)).
- Decision time: a standard redetermination of a drug request, 7 days (42 CFR 423.590).

## Deliberately unknown
- The exact weeks of the sertraline trial beyond "10 weeks": not stated.
- Whether the plan's file holds any pharmacy record of the discount-card fills: not known.
- Whether Auvelity is on the plan's formulary at a particular tier: not stated.

## Traps
- **"No paid claims" is not "not tried":** the discount-card trial is a trial.
- **Window:** 65 days, not 60; not "60 days after receipt"; never "late".
- **Stage:** not an IRE reconsideration, not a coverage determination again; a redetermination.
- **No ERISA, no parity (parity law does not reach Medicare), no external review under 45 CFR 147.136.**
- **Voice:** the NP writes as prescriber ("my patient"); she is not a physician: never "I, as his physician".

## Arguments a strong letter makes
1. Both steps were tried: sertraline (plan-paid) and duloxetine, an SNRI named in ST-AD-12, for 14 weeks, bought with a
   discount card (pharmacy purchase history). Criteria met; approve.
2. In the alternative, a step-therapy exception under 42 CFR 423.578(b), on the prescriber's supporting statement.
3. The request is timely: 65 days from the 11/20/2026 notice (42 CFR 423.582(b)), by 01/24/2027.

## What a letter must NOT say
- "60 days" as the rule; "late"; "good cause".
- "ERISA"; "29 CFR 2560.503-1"; "45 CFR 147.136"; "parity"; "MHPAEA"; "Medicaid".
- "I, as his physician"; "psychiatrist" for the author.
- "expedited" as what is asked.
''',
answers=[
("What level is this appeal?", "standard **redetermination**", "truth"),
("Date of the coverage determination", "Date of this notice: 11/20/2026", "denial/coverage-determination-2026-11-20.txt"),
("Window the notice prints", "within 60 days from the date of this notice", "denial/coverage-determination-2026-11-20.txt"),
("True deadline", "01/24/2027", "truth"),
("Rule for the deadline", "42 CFR 423.582(b)", "truth"),
("Deadline in case.yaml", "appeal_deadline: 2027-01-24", "case.yaml"),
("Denial's ground", "Our records show no paid claims for two generic", "denial/coverage-determination-2026-11-20.txt"),
("Policy number", "ST-AD-12", "other/step-therapy-criteria-st-ad-12-2026.txt"),
("How the SNRI trial was paid", "Paid with: RxSaver discount card (FICTIONAL), not billed to insurance", "other/pharmacy-receipts-duloxetine-2026.txt"),
("First duloxetine fill", "03/02/2026  duloxetine DR 60 mg #30", "other/pharmacy-receipts-duloxetine-2026.txt"),
("Duloxetine trial length", "14 weeks, no response", "clinical/prescriber-note-2026-11-12.txt"),
("Sertraline trial", "Sertraline 100 mg daily 12/2025-02/2026, 10 weeks, no response", "clinical/prescriber-note-2026-11-12.txt"),
("Date of the supporting statement", "Date: 12/01/2026", "clinical/prescriber-supporting-statement-2026-12-01.txt"),
("Exception rule", "423.578(b)", "truth"),
("Who may ask without appointment", "Your prescriber may ask for you.", "denial/coverage-determination-2026-11-20.txt"),
("Author's credentials", "PMHNP-BC", "case.yaml"),
],
)

case(nn="06", slug="church-plan-insured-therapy-corrected-claim-counted-from-resubmission-timely-filing-first-appeal-billing-manager",
yaml='''
# FICTIONAL CASE (set 94, case 06) - every person, plan, provider, number and address is invented.
# Insured church plan (not ERISA, not grandfathered), Minnesota. Five psychotherapy visits 03/02/2026-04/20/2026.
# The original claim was received 05/12/2026 (within 90 days of every visit), rejected 06/02/2026 for a missing
# rendering NPI; the corrected claim (frequency code 7) of 08/03/2026 was denied CO-29 as filed more than 90 days
# after service. The certificate: a corrected claim counts from the original claim's receipt. First internal appeal,
# 180 days after receipt (26 CFR 54.9815-2719, applying 29 CFR 2560.503-1(h)(3)(i)). The clinic's billing manager
# writes as the member's authorized representative.
patient:
  name: Samuel Ketteridge-Amos
  salutation: Mr. Ketteridge-Amos
  date_of_birth: 1974-10-05
  member_id: FICT-CLM-30118265
  address: |-
    1415 Linden Avenue
    St. Cloud, MN 56301
  phone: (320) 555-0112
insurer:
  name: Prairie Shield Insurance Company (FICTIONAL) - Covenant Lutheran Ministries Health Plan
  appeals_address: |-
    Prairie Shield Insurance Company, Appeals (FICTIONAL)
    PO Box 7720
    Minneapolis, MN 55440
  fax: (612) 555-0153
claim:
  number: PSI-26-0803-61577
  other_numbers: [PSI-26-0512-40231]
  plan_type: church
  funding: insured
  grandfathered: false
  employees: 260
  notice_date: 2026-11-06
  appeal_deadline: 2027-05-05
  deadline_basis: >-
    Rule: 180 days after receipt of the notice (26 CFR 54.9815-2719(b)(2)(i), applying 29 CFR
    2560.503-1(h)(3)(i)); counted from the notice date, 11/06/2026, the safe date. The notice says the same 180 days.
  service_dates: [2026-03-02, 2026-03-16, 2026-03-30, 2026-04-13, 2026-04-20]
  setting: outpatient
  procedure_codes: ["90837"]
  diagnosis_codes: [F41.1]
  carc_codes: [CO-29]
  denial_reason: >-
    The time limit for filing has expired. Corrected claim received 08/03/2026, more than 90 days after the dates of
    service. (CARC 29)
  denial_category: timely_filing
  denial_reasons: [timely_filing]
  coding_correct: true
  action: none
  corrections:
    - said: Corrected claim received 08/03/2026, more than 90 days after the dates of service.
      record: >-
        The original claim for the same five visits was received 05/12/2026 (277CA acceptance, control number
        PSI-26-0512-40231), within 90 days of every visit; the certificate counts a corrected claim from the day
        the original was received.
      file: other/clearinghouse-277ca-acceptance-2026-05-12.txt
      page: 1
plan_policy:
  name: Covenant Lutheran Ministries Health Plan, Certificate of Coverage 2026, Section 10.2 "Filing claims"
  number: Section 10.2
  quote: >-
    Claims must be filed within 90 days after the date of service. A corrected or replacement claim for a claim we
    received on time is considered filed on the date we received the original claim.
  file: other/certificate-of-coverage-2026-section-10-excerpt.txt
filing:
  first_submitted: 2026-05-11
  received: 2026-05-12
  proof: [other/clearinghouse-277ca-acceptance-2026-05-12.txt, other/original-claim-rejection-2026-06-02.txt]
  limit_deadline: 2026-05-31
  method: electronic claim through the clinic's clearinghouse
  returned: 2026-06-02
  resent: 2026-08-03
treatment:
  name: Outpatient psychotherapy, 5 visits (90837)
  summary: >-
    Five psychotherapy visits for generalized anxiety disorder; coverage of the visits is not in question, only the
    date the claim was filed.
clinical:
  severity: GAD-7 16 on 03/02/2026
  suicidality: none
author:
  name: Priya Lindqvist-Ocampo
  role: Billing Manager, North Star Counseling Collective (FICTIONAL), authorized representative
  relation: representative
  address: |-
    North Star Counseling Collective (FICTIONAL), 25 5th Avenue S, Suite 400
    St. Cloud, MN 56301
  phone: (320) 555-0144
  email: billing@northstarcounseling.example
  authorization: other/member-authorization-2026-11-16.txt
provider:
  name: North Star Counseling Collective
  credentials: Jonah Fairbanks-Lee, LICSW (in-network)
  npi: "1279370385"
  address: |-
    25 5th Avenue S, Suite 400
    St. Cloud, MN 56301
  phone: (320) 555-0144
bates_prefix: KETTERIDGEAMOS
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/explanation-of-benefits-2026-11-06.txt": '''
PRAIRIE SHIELD INSURANCE COMPANY (FICTIONAL) - COVENANT LUTHERAN MINISTRIES HEALTH PLAN
EXPLANATION OF BENEFITS                                       Date of notice: 11/06/2026
Member: Samuel Ketteridge-Amos   ID FICT-CLM-30118265
Claim PSI-26-0803-61577 (claim frequency 7: corrected claim)   Provider: North Star Counseling Collective, NPI 1279370385
Services 03/02/2026-04/20/2026   90837 x5   Billed $1,025.00   Paid $0.00
CARC 29. The time limit for filing has expired. Corrected claim received 08/03/2026, more than 90 days after the
dates of service.
Your right to appeal: you may appeal within 180 days after you receive this notice. Appeals, PO Box 7720,
Minneapolis, MN 55440; fax (612) 555-0153.
''',
"other/clearinghouse-277ca-acceptance-2026-05-12.txt": '''
MIDWEST CLAIMS EXCHANGE (FICTIONAL CLEARINGHOUSE) - 277CA CLAIM ACKNOWLEDGMENT REPORT
Submitter: North Star Counseling Collective   Batch sent 05/11/2026
Payer: Prairie Shield Insurance Company   Payer acceptance date: 05/12/2026
Patient: Samuel Ketteridge-Amos   Member FICT-CLM-30118265   DOS 03/02/2026-04/20/2026   90837 x5
Status: A2 accepted for adjudication. Payer control number PSI-26-0512-40231.
''',
"other/original-claim-rejection-2026-06-02.txt": '''
PRAIRIE SHIELD INSURANCE COMPANY (FICTIONAL) - CLAIM RETURN NOTICE               Date: 06/02/2026
Claim PSI-26-0512-40231 (received 05/12/2026)   Member: Samuel Ketteridge-Amos
Returned: rendering provider NPI missing on lines 1-5. Please correct and resubmit as a corrected claim
(frequency code 7) referencing the original claim number.
''',
"other/certificate-of-coverage-2026-section-10-excerpt.txt": '''
COVENANT LUTHERAN MINISTRIES HEALTH PLAN (FICTIONAL) - CERTIFICATE OF COVERAGE 2026 (excerpt)
Insured by Prairie Shield Insurance Company. This church plan is not subject to ERISA. This plan is not a
grandfathered health plan.
Section 10.2 Filing claims. Claims must be filed within 90 days after the date of service. A corrected or
replacement claim for a claim we received on time is considered filed on the date we received the original claim.
''',
"other/member-authorization-2026-11-16.txt": '''
AUTHORIZATION TO REPRESENT
I, Samuel Ketteridge-Amos (member FICT-CLM-30118265), authorize Priya Lindqvist-Ocampo, Billing Manager of North
Star Counseling Collective, to file and pursue my appeal of claim PSI-26-0803-61577 with Prairie Shield Insurance.
Signed: Samuel Ketteridge-Amos      Date: 11/16/2026
''',
},
truth='''
# 06 - Insured church plan: corrected claim denied as late, counted from the resubmission; the original was on time (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Samuel Ketteridge-Amos (DOB 10/05/1974), member of the Covenant Lutheran Ministries Health Plan, a **church plan not
  subject to ERISA**, **insured** by Prairie Shield Insurance Company, **not grandfathered** (certificate), 260 employees.
- Five psychotherapy visits (90837), **03/02/2026-04/20/2026**, North Star Counseling Collective (in-network).
- **Original claim** sent 05/11/2026, **accepted by the payer 05/12/2026** (277CA, PSI-26-0512-40231): within 90 days of
  the earliest visit (03/02/2026 + 90 = 05/31/2026), so within 90 days of every visit. Returned 06/02/2026 for a missing
  rendering NPI, with the instruction to resubmit as a corrected claim (frequency 7).
- **Corrected claim** received 08/03/2026 (PSI-26-0803-61577), denied on the EOB of **11/06/2026**, CO-29, counted
  from 08/03/2026.
- Certificate **Section 10.2**: a corrected claim for a claim received on time "is considered filed on the date we
  received the original claim" - 05/12/2026.
- **Stage:** first internal appeal, post-service.
- **Deadline and rule:** 180 days after receipt of the notice, **26 CFR 54.9815-2719(b)(2)(i)** applying 29 CFR
  2560.503-1(h)(3)(i) (the EOB says the same): from the notice date, **05/05/2027**.
- **Author:** the clinic's billing manager, the member's authorized representative (11/16/2026).

## Deliberately unknown
- Why the rendering NPI was missing: not stated.
- The allowed amount: not in the case.
- Whether the plan has the 277CA in its file: not known; a letter may ask.

## Traps
- **Filing date:** the original's 05/12/2026, not the corrected claim's 08/03/2026; never "filed late", never "good
  cause" as the main ground.
- **Church plan:** never cite ERISA as governing law, the Labor Department or EBSA; 26 CFR 54.9815-2719 (and state
  insurance law for the insurer).
- **Not medical necessity:** no clinical reviewer, no peer-to-peer.
- **Two numbers:** PSI-26-0512-40231 (original) and PSI-26-0803-61577 (corrected, denied): one set of visits.
- **The error was in the original claim (missing NPI):** a letter must not say the original was "clean" or
  "correctly billed"; it says it was received on time and corrected as the plan asked.
- **Voice:** the billing manager writes about "Mr. Ketteridge-Amos".

## Arguments a strong letter makes
1. The certificate's own Section 10.2: a corrected claim for a claim received on time is filed on the original's
   receipt date. The original was received 05/12/2026 (277CA), within 90 days of every visit. The corrected claim was
   sent as the plan's 06/02/2026 return notice asked. Reprocess and pay.
2. Correct the EOB's "Corrected claim received 08/03/2026, more than 90 days after the dates of service" with the 277CA.
3. Ask for the claim file; the appeal is timely (by 05/05/2027).

## What a letter must NOT say
- "ERISA" as governing law; "EBSA"; "Department of Labor"; "29 CFR 2590.715-2719".
- "filed late"; "good cause"; "the original claim was correct".
- "medically necessary" as the ground; "peer-to-peer"; "Medicaid"; "Medicare".
''',
answers=[
("What level is this appeal?", "first internal appeal, post-service", "truth"),
("Date of the EOB", "Date of notice: 11/06/2026", "denial/explanation-of-benefits-2026-11-06.txt"),
("Denial's ground", "Corrected claim received 08/03/2026, more than 90 days after the", "denial/explanation-of-benefits-2026-11-06.txt"),
("When the original claim was accepted", "Payer acceptance date: 05/12/2026", "other/clearinghouse-277ca-acceptance-2026-05-12.txt"),
("Original claim control number", "PSI-26-0512-40231", "other/clearinghouse-277ca-acceptance-2026-05-12.txt"),
("Why the original was returned", "rendering provider NPI missing on lines 1-5", "other/original-claim-rejection-2026-06-02.txt"),
("Date of the return notice", "CLAIM RETURN NOTICE               Date: 06/02/2026", "other/original-claim-rejection-2026-06-02.txt"),
("Certificate's corrected-claim rule", "is considered filed on the date we received the original claim", "other/certificate-of-coverage-2026-section-10-excerpt.txt"),
("Filing limit", "Claims must be filed within 90 days after the date of service.", "other/certificate-of-coverage-2026-section-10-excerpt.txt"),
("ERISA status", "This church plan is not subject to ERISA.", "other/certificate-of-coverage-2026-section-10-excerpt.txt"),
("Grandfathered?", "This plan is not a grandfathered health plan.", "other/certificate-of-coverage-2026-section-10-excerpt.txt"),
("Appeal deadline", "05/05/2027", "truth"),
("Rule for the appeal window", "26 CFR 54.9815-2719(b)(2)(i)", "truth"),
("Deadline in case.yaml", "appeal_deadline: 2027-05-05", "case.yaml"),
("Authorization date", "Date: 11/16/2026", "other/member-authorization-2026-11-16.txt"),
("Last day of the 90 days for the earliest visit", "05/31/2026", "truth"),
],
)

case(nn="07", slug="medicare-advantage-spravato-pa-faxed-never-decided-ire-upheld-alj-hearing-appointed-psychiatrist",
yaml='''
# FICTIONAL CASE (set 94, case 07) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, Arizona. Spravato, 8 sessions 06/09/2026-07/02/2026, denied CO-197 "no prior authorization";
# the request was faxed 06/02/2026 (fax report) and the plan never decided it. Plan reconsideration upheld
# 09/18/2026, forwarded to the IRE; the IRE upheld 10/26/2026 ("no request ... was received before services").
# Next: ALJ hearing, within 60 days of the IRE notice's date (42 CFR 422.602(b)): 12/25/2026. The treating
# psychiatrist writes as appointed representative (CMS-1696): a payment appeal.
patient:
  name: Rosalind Achterberg-Nunez
  salutation: Ms. Achterberg-Nunez
  date_of_birth: 1954-06-17
  member_id: FICT-SMM-90442718
  address: |-
    7715 E Saguaro Vista Drive
    Tucson, AZ 85715
  phone: (520) 555-0116
insurer:
  name: Silver Mesa Medicare Advantage (HMO) (FICTIONAL)
  appeals_address: |-
    Silver Mesa Medicare Advantage, Appeals and Grievances (FICTIONAL)
    PO Box 43107
    Phoenix, AZ 85080
  fax: (602) 555-0143
claim:
  number: SMM-26-0715-72264
  plan_type: medicare_advantage
  notice_date: 2026-08-03
  service_dates: [2026-06-09, 2026-06-12, 2026-06-16, 2026-06-19, 2026-06-23, 2026-06-26, 2026-06-30, 2026-07-02]
  setting: outpatient
  procedure_codes: [J0013, G2082]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-197]
  denial_reason: >-
    Precertification/authorization absent. No prior authorization request was received for these services.
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  coding_correct: true
  action: none
prior_auth:
  requested_on: 2026-06-02
  never_decided: true
submissions:
  - date: 2026-08-20
    method: fax
    to: Silver Mesa Medicare Advantage, Appeals and Grievances
    stage: plan reconsideration
    confirmation: fax job 4410, 08/20/2026
decisions:
  - date: 2026-09-18
    outcome: denied
    stage: plan reconsideration
    opens: independent review entity (automatic)
    reason: No prior authorization request was received for these services. Forwarded to the independent review entity.
  - date: 2026-10-26
    outcome: denied
    stage: independent review entity reconsideration
    opens: ALJ hearing
    next_deadline: 2026-12-25
    in_dispute: $5,912.00
    reason: >-
      The plan has no record of a request for prior authorization received before services began. The plan's
      denial is upheld.
    corrections:
      - said: The plan has no record of a request for prior authorization received before services began.
        record: >-
          The request was faxed to the plan's prior authorization fax, (602) 555-0147, on 06/02/2026 at 10:42, 14
          pages, result OK (fax transmission report), seven days before the first session.
        file: other/fax-transmission-report-2026-06-02.txt
        page: 1
record_dates:
  - file: other/fax-transmission-report-2026-06-02.txt
    date: 2026-06-02
    submitted: true
    sent: 2026-06-02
    sent_proof: other/fax-transmission-report-2026-06-02.txt
external_review:
  agency: Office of Medicare Hearings and Appeals (FICTIONAL address)
  address: |-
    OMHA Central Operations (FICTIONAL address)
    PO Box 0107
    Washington, DC 20044
  final_denial_date: 2026-10-26
treatment:
  name: Spravato (esketamine) nasal spray, 8 supervised sessions (J0013, G2082)
  summary: >-
    Induction course of Spravato for treatment-resistant depression, given in the office under the REMS after a
    prior authorization request the plan received and never decided.
  alongside: venlafaxine XR 225 mg daily
plan_policy:
  name: Silver Mesa Medicare Advantage 2026 Provider Quick Reference (prior authorization)
  other_terms: >-
    Prior authorization requests, Part B drugs: fax (602) 555-0147. Decisions on Part B drug requests within 72
    hours.
  other_terms_file: other/plan-prior-authorization-fax-listing-2026.txt
  other_terms_apply: >-
    The request of 06/02/2026 was faxed to this very number, seven days before the first session; the plan's own
    72 hours ran out without a decision.
clinical:
  severity: MADRS 36 on 05/28/2026
  severity_date: 2026-05-28
  suicidality: none
  suicidality_date: 2026-05-28
  history:
    - {drug: Escitalopram, dose: 20 mg daily, start: 2024-09, end: 2025-01, kind: antidepressant, adequate: true, outcome: No response}
    - {drug: Venlafaxine XR, dose: 225 mg daily, start: 2025-02, ongoing: true, kind: antidepressant, adequate: true, response: partial, outcome: Inadequate response; continued with Spravato}
author:
  name: Dr. Obinna Castellanos-Reyes
  role: treating psychiatrist, appointed representative (Form CMS-1696)
  relation: physician
  address: |-
    Catalina Foothills Psychiatry (FICTIONAL), 4500 E River Road, Suite 120
    Tucson, AZ 85718
  phone: (520) 555-0138
  authorization: other/cms-1696-appointment-2026-08-15.txt
provider:
  name: Dr. Obinna Castellanos-Reyes
  credentials: MD, psychiatrist, Catalina Foothills Psychiatry (in-network; REMS-certified site)
  npi: "1819940283"
  address: |-
    4500 E River Road, Suite 120
    Tucson, AZ 85718
  phone: (520) 555-0138
template: external-review-request
bates_prefix: ACHTERBERGNUNEZ
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/ire-reconsideration-decision-2026-10-26.txt": '''
DESERT RIDGE REVIEW SERVICES (FICTIONAL) - MEDICARE ADVANTAGE INDEPENDENT REVIEW ENTITY
RECONSIDERATION DECISION                                      Date of this notice: 10/26/2026
Enrollee: Rosalind Achterberg-Nunez   Plan: Silver Mesa Medicare Advantage (HMO)   Claim SMM-26-0715-72264
Services: Spravato sessions 06/09/2026-07/02/2026 (J0013, G2082), Catalina Foothills Psychiatry
Decision: UNFAVORABLE. The plan has no record of a request for prior authorization received before services began.
The plan's denial is upheld.
Amount in controversy: $5,912.00.

Your right to an ALJ hearing: You may ask for a hearing before an Administrative Law Judge. Your request must be
filed within 60 days of the date of this notice with the Office of Medicare Hearings and Appeals, OMHA Central
Operations, PO Box 0107, Washington, DC 20044.
''',
"denial/plan-reconsideration-decision-2026-09-18.txt": '''
SILVER MESA MEDICARE ADVANTAGE (HMO) (FICTIONAL) - RECONSIDERATION DECISION       Date: 09/18/2026
Enrollee: Rosalind Achterberg-Nunez   Claim SMM-26-0715-72264
We did not decide fully in your favor. No prior authorization request was received for these services.
Because we upheld our denial, we have sent your case to the independent review entity automatically.
''',
"other/fax-transmission-report-2026-06-02.txt": '''
CATALINA FOOTHILLS PSYCHIATRY (FICTIONAL) - FAX TRANSMISSION REPORT
Date/time: 06/02/2026 10:42   To: (602) 555-0147 (Silver Mesa Medicare Advantage, Prior Authorization)
Pages: 14   Duration: 03:51   Result: OK
Cover: Prior authorization request - Spravato induction, Rosalind Achterberg-Nunez, FICT-SMM-90442718
''',
"other/plan-prior-authorization-fax-listing-2026.txt": '''
SILVER MESA MEDICARE ADVANTAGE (FICTIONAL) - 2026 PROVIDER QUICK REFERENCE (excerpt)
Prior authorization requests, Part B drugs: fax (602) 555-0147. Decisions on Part B drug requests within 72 hours.
''',
"other/cms-1696-appointment-2026-08-15.txt": '''
APPOINTMENT OF REPRESENTATIVE - Form CMS-1696 (fictional rendition)
Beneficiary: Rosalind Achterberg-Nunez, Member ID FICT-SMM-90442718
I appoint Dr. Obinna Castellanos-Reyes to act as my representative in connection with my claim or asserted right
under Title XVIII of the Social Security Act. The representative waives any fee.
Signed: Rosalind Achterberg-Nunez  08/15/2026      Accepted: Dr. Obinna Castellanos-Reyes  08/15/2026
''',
"clinical/psychiatric-evaluation-2026-05-28.txt": '''
CATALINA FOOTHILLS PSYCHIATRY (FICTIONAL) - PSYCHIATRIC EVALUATION                 Date: 05/28/2026
Patient: Rosalind Achterberg-Nunez   DOB 06/17/1954   Diagnosis F33.2
Escitalopram 20 mg 09/2024-01/2025, no response. Venlafaxine XR 225 mg since 02/2025, inadequate response, continued.
MADRS 36. No suicidal ideation. Plan: Spravato induction, 8 sessions, with venlafaxine continued; prior
authorization request to be faxed to the plan.
Dr. Obinna Castellanos-Reyes, MD   NPI 1819940283
''',
},
truth='''
# 07 - Medicare Advantage: Spravato denied "no prior authorization"; the request was faxed and never decided; IRE upheld; ALJ hearing (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Rosalind Achterberg-Nunez (DOB 06/17/1954), enrolled in Silver Mesa Medicare Advantage (HMO).
- A prior authorization request for a Spravato induction was **faxed 06/02/2026 10:42** to the plan's own Part B drug
  prior authorization fax, (602) 555-0147 (listed in the plan's 2026 quick reference), 14 pages, result OK. The plan
  **never decided it**.
- Eight sessions **06/09/2026-07/02/2026** (J0013, G2082), denied 08/03/2026, CO-197.
- Plan reconsideration (filed 08/20/2026) upheld **09/18/2026** and went to the IRE automatically; the **IRE upheld
  10/26/2026**: "no record of a request for prior authorization received before services began".
- Amount in controversy as the IRE states it: **$5,912.00**.
- **Stage:** after the IRE's reconsideration, a **hearing before an Administrative Law Judge**.
- **Deadline and rule:** within **60 days of the date of the IRE's notice**, **42 CFR 422.602(b)** (the notice says the
  same): 10/26/2026 + 60 = **12/25/2026**.
- **Author:** the treating psychiatrist, appointed representative (CMS-1696, 08/15/2026, fee waived): a payment appeal,
  so the appointment is needed (the unappointed pre-service route of 422.578(c) does not cover it).

## Deliberately unknown
- What happened to the fax inside the plan: not known; a letter may ask for the plan's fax log.
- Whether the patient responded to Spravato: not in the case.
- The ALJ amount-in-controversy threshold: not stated; only the IRE's figure.

## Traps
- **Never "deemed approved"** or "the plan's silence is an approval": the plan never decided; the letter says it
  received the request (fax report) and did not decide it, and asks that the claim be decided on its merits.
- **Not "retroactive authorization"**: the request came 7 days before the first session.
- **Stage:** not another plan reconsideration, not the IRE again, not the Medicare Appeals Council; ALJ.
- **Deadline:** 60 days from the notice's date, 12/25/2026; no 5-day mailing presumption added.
- **Venlafaxine continues** with Spravato: never "failed and stopped".
- **No parity law, no ERISA, no 45 CFR 147.136 external review.**

## Arguments a strong letter makes
1. The request was made: faxed 06/02/2026 to the plan's own Part B drug PA fax (fax report, plan's quick reference),
   seven days before the first session; the IRE's finding that none was received is contradicted by the record.
2. The plan had to decide a Part B drug request within 72 hours (42 CFR 422.568(b)(2)) and did not; ask the ALJ to
   find the services covered on the merits (MADRS 36; escitalopram and venlafaxine without adequate response).
3. Request the hearing in time (by 12/25/2026, 42 CFR 422.602(b)) at OMHA, stating $5,912.00 as the IRE gives it.

## What a letter must NOT say
- "deemed approved"; "retroactive authorization"; "failed venlafaxine".
- "reconsideration" as what is asked now; "external review"; "45 CFR 147.136"; "ERISA"; "parity"; "Medicaid".
- "12/30/2026" or any deadline counted from presumed receipt.
''',
answers=[
("What level is this appeal?", "hearing before an Administrative Law Judge", "truth"),
("Date of the IRE decision", "Date of this notice: 10/26/2026", "denial/ire-reconsideration-decision-2026-10-26.txt"),
("IRE's ground", "The plan has no record of a request for prior authorization received before services began.", "denial/ire-reconsideration-decision-2026-10-26.txt"),
("Window the IRE notice prints", "within 60 days of the date of this notice", "denial/ire-reconsideration-decision-2026-10-26.txt"),
("True ALJ deadline", "12/25/2026", "truth"),
("Rule", "42 CFR 422.602(b)", "truth"),
("Deadline in case.yaml", "next_deadline: 2026-12-25", "case.yaml"),
("Amount in controversy", "$5,912.00", "denial/ire-reconsideration-decision-2026-10-26.txt"),
("When the PA request was faxed", "Date/time: 06/02/2026 10:42", "other/fax-transmission-report-2026-06-02.txt"),
("Fax result", "Result: OK", "other/fax-transmission-report-2026-06-02.txt"),
("Plan's PA fax", "Prior authorization requests, Part B drugs: fax (602) 555-0147", "other/plan-prior-authorization-fax-listing-2026.txt"),
("Plan reconsideration date", "RECONSIDERATION DECISION       Date: 09/18/2026", "denial/plan-reconsideration-decision-2026-09-18.txt"),
("IRE forwarding", "we have sent your case to the independent review entity automatically", "denial/plan-reconsideration-decision-2026-09-18.txt"),
("Representative appointment", "Accepted: Dr. Obinna Castellanos-Reyes  08/15/2026", "other/cms-1696-appointment-2026-08-15.txt"),
("Severity", "MADRS 36", "clinical/psychiatric-evaluation-2026-05-28.txt"),
("Drug continued", "Venlafaxine XR 225 mg since 02/2025, inadequate response, continued.", "clinical/psychiatric-evaluation-2026-05-28.txt"),
],
)

case(nn="08", slug="marketplace-epo-residential-eating-disorder-concurrent-denial-notice-bars-simultaneous-external-expedited-appeal-psychiatrist",
yaml='''
# FICTIONAL CASE (set 94, case 08) - every person, plan, provider, number and address is invented.
# Individual Marketplace EPO (insured), Arizona. Residential eating-disorder treatment since 11/16/2026; concurrent
# review notice of 12/04/2026 ends coverage after 12/06/2026 ("PHP appropriate"). Expedited internal appeal by the
# treating psychiatrist, decided within 72 hours; an expedited external review may be asked at the same time
# (45 CFR 147.136(d)(3)), though the notice says the internal appeal must come first.
patient:
  name: Juniper Halloran-Diaz
  salutation: Ms. Halloran-Diaz
  date_of_birth: 2007-02-09
  member_id: FICT-DBH-61907724
  address: |-
    3318 N Mountain Avenue
    Tucson, AZ 85719
  phone: (520) 555-0121
insurer:
  name: Desert Bloom Health Plans (FICTIONAL) - Sonoran Silver EPO (Marketplace)
  appeals_address: |-
    Desert Bloom Health Plans, Expedited Appeals (FICTIONAL)
    PO Box 52290
    Phoenix, AZ 85072
  fax: (602) 555-0158
claim:
  number: DBH-CR-26-1204-0917
  plan_type: individual_aca
  student: false
  notice_date: 2026-12-04
  urgent: true
  service_dates: [2026-11-16, 2026-12-06]
  setting: residential
  pending_services: [continued residential treatment from 12/07/2026]
  procedure_codes: []
  revenue_codes: ["1001"]
  diagnosis_codes: [F50.019]
  denial_reason: >-
    Continued residential treatment after 12/06/2026 is not medically necessary. The member can be treated safely at
    a partial hospitalization level of care.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  action: end
  action_date: 2026-12-07
  reviewer: {name: Dr. Felix Marchetti-Oyo, specialty: internal medicine}
urgency:
  reason: >-
    She is at 78% of expected body weight with orthostatic heart-rate rise of 34 beats per minute on 12/03/2026 and
    cannot yet complete meals without supervision; stepping down now would seriously jeopardize her health.
  certified_by: Dr. Leontyne Abernathy-Soto, MD
alternatives:
  - level: partial hospitalization
    name: Saguaro Ridge Partial Hospitalization Program
    first_opening: 2026-12-28
    why_not: >-
      No in-network eating-disorder partial hospitalization program has an opening before 12/28/2026; the nearest,
      Saguaro Ridge's own PHP, has a waitlist.
    proof: clinical/discharge-planning-note-2026-12-05.txt
treatment:
  name: Residential eating-disorder treatment, continued stay from 12/07/2026
  summary: >-
    Continued residential treatment for anorexia nervosa, restricting type, until she can eat supervised meals
    safely at a lower level of care.
  plan: >-
    Continued residential stay with weekly weight checks and daily vital signs; step down to partial hospitalization
    when she completes 100% of meals for 7 days and orthostatic changes resolve, expected by about 12/28/2026.
clinical:
  severity: 78% of expected body weight, orthostatic heart-rate rise 34 bpm on 12/03/2026
  severity_date: 2026-12-03
  suicidality: none
  suicidality_date: 2026-12-03
  history:
    - {drug: Outpatient eating-disorder treatment (therapist and dietitian), dose: weekly, start: 2026-05, end: 2026-09, kind: other, outcome: "Failed: weight fell to 80% of expected body weight", evidence: {file: clinical/attending-progress-note-2026-12-03.txt, page: 1}}
    - {drug: Eating-disorder intensive outpatient program, dose: 3 days a week, start: 2026-09, end: 2026-11, kind: other, outcome: "Failed: weight fell to 74% of expected body weight; admitted to residential care", evidence: {file: clinical/attending-progress-note-2026-12-03.txt, page: 1}}
record_dates:
  - {file: clinical/discharge-planning-note-2026-12-05.txt, date: 2026-12-05}
author:
  name: Dr. Leontyne Abernathy-Soto
  role: attending psychiatrist, Saguaro Ridge Eating Disorder Center (treating physician)
  relation: physician
  address: |-
    Saguaro Ridge Eating Disorder Center (FICTIONAL), 6100 E Tanque Verde Road
    Tucson, AZ 85715
  phone: (520) 555-0133
  authorization: other/member-consent-2026-12-05.txt
provider:
  name: Dr. Leontyne Abernathy-Soto
  credentials: MD, psychiatrist, Saguaro Ridge Eating Disorder Center (in-network)
  npi: "1233069990"
  address: |-
    6100 E Tanque Verde Road
    Tucson, AZ 85715
  phone: (520) 555-0133
peer_to_peer:
  availability: weekdays 12-1 pm
template: expedited-appeal
bates_prefix: HALLORANDIAZ
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/concurrent-review-notice-2026-12-04.txt": '''
DESERT BLOOM HEALTH PLANS (FICTIONAL) - SONORAN SILVER EPO
NOTICE OF ADVERSE BENEFIT DETERMINATION - CONCURRENT REVIEW         Date: 12/04/2026
Member: Juniper Halloran-Diaz   ID FICT-DBH-61907724   Reference DBH-CR-26-1204-0917
Facility: Saguaro Ridge Eating Disorder Center (in-network), admitted 11/16/2026
Decision: Continued residential treatment after 12/06/2026 is not medically necessary. The member can be treated
safely at a partial hospitalization level of care. Last covered day: 12/06/2026.
Reviewer: Dr. Felix Marchetti-Oyo, internal medicine.

Your rights: You may appeal within 180 days after you receive this notice. If your situation is urgent, you may ask
for an expedited appeal and we will decide within 72 hours. You must complete our internal appeal before you may
request an external review.
''',
"clinical/attending-progress-note-2026-12-03.txt": '''
SAGUARO RIDGE EATING DISORDER CENTER (FICTIONAL) - ATTENDING PROGRESS NOTE          Date: 12/03/2026
Patient: Juniper Halloran-Diaz   DOB 02/09/2007   Diagnosis: anorexia nervosa, restricting type (F50.019)
Weight 78% of expected body weight (admission 74%). Orthostatic heart-rate rise 34 bpm. Completes 60-70% of meals
with supervision; purging none. No suicidal ideation.
Before admission: weekly outpatient therapist and dietitian 05/2026-09/2026 (weight fell to 80% of expected body
weight); intensive outpatient program 3 days a week 09/2026-11/2026 (weight fell to 74%; admitted 11/16/2026).
Assessment: not yet safe for a lower level of care.
Dr. Leontyne Abernathy-Soto, MD   NPI 1233069990
''',
"clinical/discharge-planning-note-2026-12-05.txt": '''
SAGUARO RIDGE EATING DISORDER CENTER (FICTIONAL) - DISCHARGE PLANNING NOTE          Date: 12/05/2026
Patient: Juniper Halloran-Diaz
Called in-network eating-disorder partial hospitalization programs on the plan's directory: Saguaro Ridge PHP
(first opening 12/28/2026, waitlist); Foothills Nutrition Day Program (does not accept EPO members' referrals
until 01/2027). No in-network eating-disorder PHP has an opening before 12/28/2026.
Marisa Quintanilla-Ober, LMSW, discharge planner   (520) 555-0146
''',
"other/member-consent-2026-12-05.txt": '''
CONSENT TO APPEAL ON MY BEHALF
I, Juniper Halloran-Diaz (ID FICT-DBH-61907724), consent to Dr. Leontyne Abernathy-Soto filing an expedited appeal
and an external review request about my residential treatment with Desert Bloom Health Plans.
Signed: Juniper Halloran-Diaz      Date: 12/05/2026
''',
},
truth='''
# 08 - Marketplace EPO: residential eating-disorder stay cut by concurrent review; expedited internal appeal; the notice wrongly bars a simultaneous expedited external review (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Juniper Halloran-Diaz (DOB 02/09/2007), 19, covered by the Sonoran Silver EPO, an individual Marketplace plan
  (`individual_aca`, insured, not a student plan).
- Admitted to Saguaro Ridge Eating Disorder Center (in-network) **11/16/2026**; concurrent-review notice of
  **12/04/2026**: continued residential care after **12/06/2026** "not medically necessary", "partial hospitalization
  level of care"; reviewer internal medicine.
- Record of 12/03/2026: 78% of expected body weight, orthostatic heart-rate rise 34 bpm, 60-70% of meals with
  supervision. Discharge planning 12/05/2026: **no in-network eating-disorder PHP opening before 12/28/2026**.
- **Stage:** **expedited internal appeal** of a concurrent-care (ongoing stay) denial, certified urgent by the treating
  physician; decision within **72 hours** (the notice says so; 45 CFR 147.136(b)(3) applying the ERISA claims rule's
  urgent-care timing, 29 CFR 2560.503-1(i)(2)(i)).
- **External review:** for urgent care an **expedited external review may be requested at the same time** as the
  expedited internal appeal, **45 CFR 147.136(d)(3)**; the notice's "You must complete our internal appeal before you
  may request an external review" is wrong for this situation.
- **Deadline:** the standard window is 180 days after receipt (45 CFR 147.136(b)(3)), by **06/02/2027** counted from
  the notice date; because the stay is ongoing, the appeal is filed now.
- Coverage of an ongoing course while the appeal of its reduction is decided: the plan must leave time to appeal and
  decide before the benefit is cut (29 CFR 2560.503-1(f)(2)(ii), applied by 45 CFR 147.136(b)(3)); the letter asks
  for continued coverage pending the decision.
- **Author:** treating psychiatrist, with the member's written consent (12/05/2026); writes about "Ms. Halloran-Diaz".

## Deliberately unknown
- Whether the plan covered any days after 12/06/2026: not known.
- The plan's own level-of-care criteria by name: the notice names none; a letter may ask for them.
- Her weight in kilograms and BMI: not in the case.

## Traps
- **Not a standard appeal, not a second level; not "after completing internal appeals"** for the external review.
- **Never state that parity law is violated** as a proven fact; no parity comparison is in the case.
- **The reviewer is internal medicine**, not psychiatry: a letter may say so.
- **Not Medicaid, not ERISA as governing law** (an individual plan: 45 CFR 147.136, and the ERISA rule only as
  applied by it); never "45 CFR 156.230" for an out-of-network remedy (the care is in network).
- **Adult patient:** no parent writes, no EPSDT.
- **No medication history in the case:** no antidepressant-trial talk; the lower levels tried are weekly outpatient
  care (05-09/2026) and an IOP (09-11/2026), both with weight loss - never called medication trials.

## Arguments a strong letter makes
1. Expedited: the treating physician certifies urgency (78% expected body weight, orthostatic rise 34 bpm); decide
   within 72 hours and keep the stay covered until the decision.
2. The lower level the plan names is not available: no in-network eating-disorder PHP opening before 12/28/2026
   (discharge planning note); the treatment plan steps down when meals and vital signs allow.
3. Ask for a same-specialty reviewer, the criteria used, and the claim file; state that an expedited external review
   is being or may be requested at the same time (45 CFR 147.136(d)(3)).

## What a letter must NOT say
- "after the internal appeal is complete" as a condition for external review; "second-level".
- "ERISA plan"; "Medicaid"; "EPSDT"; "45 CFR 156.230".
- "the patient's mother"; "antidepressant trials".
- "discharged on 12/06/2026" (she remains in the program).
''',
answers=[
("What level is this appeal?", "expedited internal appeal", "truth"),
("Date of the notice", "CONCURRENT REVIEW         Date: 12/04/2026", "denial/concurrent-review-notice-2026-12-04.txt"),
("Last covered day", "Last covered day: 12/06/2026", "denial/concurrent-review-notice-2026-12-04.txt"),
("Decision time promised", "we will decide within 72 hours", "denial/concurrent-review-notice-2026-12-04.txt"),
("Wrong statement about external review", "You must complete our internal appeal before you may", "denial/concurrent-review-notice-2026-12-04.txt"),
("Rule allowing simultaneous expedited external review", "45 CFR 147.136(d)(3)", "truth"),
("Standard appeal window and its end", "06/02/2027", "truth"),
("Admission date", "admitted 11/16/2026", "denial/concurrent-review-notice-2026-12-04.txt"),
("Reviewer's specialty", "Dr. Felix Marchetti-Oyo, internal medicine", "denial/concurrent-review-notice-2026-12-04.txt"),
("Weight", "Weight 78% of expected body weight", "clinical/attending-progress-note-2026-12-03.txt"),
("Orthostatic finding", "Orthostatic heart-rate rise 34 bpm", "clinical/attending-progress-note-2026-12-03.txt"),
("PHP availability", "No in-network eating-disorder PHP has an opening before 12/28/2026.", "clinical/discharge-planning-note-2026-12-05.txt"),
("Consent date", "Date: 12/05/2026", "other/member-consent-2026-12-05.txt"),
("Urgency certified by", "certified_by: Dr. Leontyne Abernathy-Soto, MD", "case.yaml"),
("Template", "template: expedited-appeal", "case.yaml"),
("Diagnosis", "anorexia nervosa, restricting type (F50.019)", "clinical/attending-progress-note-2026-12-03.txt"),
],
)

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
