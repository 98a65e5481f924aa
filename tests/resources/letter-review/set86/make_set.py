#!/usr/bin/env python3
"""FICTIONAL letters test set 86 (issue 18) generator: all data below. Rebuild: make_set.py [--check] [NN ...]"""
import re, os, sys, shutil, subprocess, io
from ruamel.yaml import YAML

HERE = os.path.dirname(os.path.abspath(__file__))
HEADINGS = ["What is true", "Deliberately unknown", "Traps", "Arguments a strong letter makes",
            "What a letter must NOT say"]

def luhn_npi(base9):
    s = "80840" + base9
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        total += d
    check = (10 - total % 10) % 10
    return base9 + str(check)

def npi_ok(n):
    s = "80840" + n
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9: d -= 9
        total += d
    return total % 10 == 0

def head(n):
    return ("FICTIONAL DOCUMENT - appeal-kit letters test set 86, case %s. Every person, plan, provider, number and "
            "address is invented.\n\n" % n)
FOOT = "\n\nEND OF FICTIONAL DOCUMENT (test set 86) - not a real patient, plan or provider.\n"

def norm(t):
    return re.sub(r"\s+", " ", t).strip().lower()

PHONE_ANY = re.compile(r"\(?\b\d{3}\)?[ .-]\d{3}-\d{4}\b|\b1-8\d\d-\d{3}-\d{4}\b|\b\d{3}-\d{4}\b")
PHONE_OK = re.compile(r"^(\(\d{3}\) 555-01\d\d|1-8\d\d-555-01\d\d)$")

def check_phones(text, where, problems):
    for m in re.finditer(r"\(\d{3}\) \d{3}-\d{4}|1-8\d\d-\d{3}-\d{4}", text):
        if not PHONE_OK.match(m.group(0)):
            problems.append("%s: bad phone %s" % (where, m.group(0)))
    for m in re.finditer(r"(?<![\d(-])(?<!\) )\b555-\d{4}\b", text):
        # a 555 number not preceded by an area code
        start = m.start()
        pre = text[max(0, start - 6):start]
        if not re.search(r"(\(\d{3}\) |8\d\d-)$", pre):
            problems.append("%s: bare 555 number %s" % (where, m.group(0)))
    for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not m.group(1).endswith(".example"):
            problems.append("%s: e-mail not .example: %s" % (where, m.group(0)))
    for m in re.finditer(r"(?:https?://|www\.)([\w.-]+)", text):
        if not m.group(1).rstrip(".").endswith(".example"):
            problems.append("%s: web not .example: %s" % (where, m.group(0)))
    for m in re.finditer(r"NPI[^0-9\n]{0,12}(\d{10})", text):
        if not npi_ok(m.group(1)):
            problems.append("%s: NPI fails Luhn %s" % (where, m.group(1)))

def build(cases, only=None, run_check=False):
    problems = []
    n_answers = 0
    yaml = YAML(typ="safe")
    built = []
    for c in cases:
        if only and c["n"] not in only:
            continue
        slug = "%s-%s" % (c["n"], c["slug"])
        folder = os.path.join(HERE, slug)
        for old in os.listdir(HERE):
            if old.startswith(c["n"] + "-"):
                p = os.path.join(HERE, old)
                if os.path.isdir(p): shutil.rmtree(p)
                else: os.remove(p)
        os.makedirs(folder)
        subs = c.get("subs", {})
        def fill(t):
            for k, v in subs.items():
                t = t.replace(k, v)
            return t
        ytext = fill(c["yaml"]).lstrip("\n")
        with open(os.path.join(folder, "case.yaml"), "w") as f:
            f.write(ytext)
        docs = {}
        for path, body in c["docs"].items():
            text = head(c["n"]) + fill(body).strip("\n") + FOOT
            full = os.path.join(folder, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w") as f:
                f.write(text)
            docs[path] = text
            if not path.endswith(".txt") or path.split("/")[0] not in ("denial", "clinical", "other"):
                problems.append("%s: bad document path %s" % (slug, path))
        truth = fill(c["truth"]).lstrip("\n")
        with open(os.path.join(HERE, slug + ".truth.md"), "w") as f:
            f.write(truth)
        # checks
        where = slug
        if "FICTIONAL" not in ytext.splitlines()[0]:
            problems.append(where + ": case.yaml first line lacks FICTIONAL")
        if "FICTIONAL" not in truth.splitlines()[0]:
            problems.append(where + ": truth first line lacks FICTIONAL")
        pos = -1
        for h in HEADINGS:
            m = re.search(r"^## " + re.escape(h) + r"\s*$", truth, re.M)
            if not m or m.start() < pos:
                problems.append(where + ": truth heading missing/out of order: " + h)
            else:
                pos = m.start()
        try:
            data = yaml.load(ytext)
            assert isinstance(data, dict)
        except Exception as e:
            problems.append(where + ": case.yaml does not parse: %s" % e)
        for p in set(re.findall(r"\b((?:denial|clinical|other)/[\w.-]+\.txt)", ytext)):
            if p not in docs:
                problems.append(where + ": case.yaml names missing file " + p)
        check_phones(ytext, where + "/case.yaml", problems)
        check_phones(truth, where + "/truth", problems)
        for p, t in docs.items():
            lines = t.strip().splitlines()
            if "FICTIONAL" not in lines[0] or "FICTIONAL" not in lines[-1]:
                problems.append(where + "/" + p + ": FICTIONAL header/footer missing")
            check_phones(t, where + "/" + p, problems)
        if len(c["answers"]) != 16:
            problems.append(where + ": %d answers, not 16" % len(c["answers"]))
        for q, a, d in c["answers"]:
            n_answers += 1
            src = {"case.yaml": ytext, "truth": truth}.get(d, docs.get(d))
            if src is None:
                problems.append(where + ": answer names unknown document %s" % d)
            elif norm(fill(a)) not in norm(src):
                problems.append(where + ": answer %r not printed in %s (%s)" % (a, d, q))
        built.append(slug)
    print("cases built: %d; expected answers: %d; problems: %d" % (len(built), n_answers, len(problems)))
    for p in problems:
        print("PROBLEM:", p)
    bad = bool(problems)
    if run_check:
        out = io.StringIO()
        for slug in built:
            r = subprocess.run(["/work/main/.venv/bin/appeal-kit", "check", os.path.join(HERE, slug)],
                               capture_output=True, text=True)
            out.write("=== %s (exit %d)\n%s%s\n" % (slug, r.returncode, r.stdout, r.stderr))
            print("check %s: exit %d" % (slug, r.returncode))
            if r.returncode != 0:
                bad = True
        name = "check-output.txt" if not only else "check-output-partial.txt"
        with open(os.path.join(HERE, name), "w") as f:
            f.write(out.getvalue())
    return 1 if bad else 0

CASES = []

# ---------------------------------------------------------------- case 01
CASES.append(dict(n="01", slug="original-medicare-qic-redetermination-mailed-to-old-address-receipt-07-23-due-01-19-2027-daughter",
subs={"@@NPI1@@": luhn_npi("170362581")},
yaml=r'''
# FICTIONAL CASE (set 86, case 01) - every person, plan, contractor, provider, number and address is invented.
# Original Medicare Part B, Vermont. TMS denied CO-50; the MAC's redetermination of 05/29/2026 was mailed to the
# address she had left; the forwarded envelope reached her on 07/23/2026. QIC reconsideration: 180 days after
# receipt (42 CFR 405.962) -> 01/19/2027, not 11/30/2026 (the 5-day presumption). Written by her daughter (CMS-1696).
patient:
  name: Harriet Okonkwo-Lindqvist
  salutation: Mrs. Okonkwo-Lindqvist
  date_of_birth: 1949-03-12
  member_id: FICT-7QW4-RT2-MX81
  address: |-
    88 Larkspur Lane, Apt 4
    Burlington, VT 05401
  phone: (802) 555-0131
insurer:
  name: Green Mountain Medicare Administrative Services, Jurisdiction K Part B (FICTIONAL MAC)
  appeals_address: |-
    Green Mountain Medicare Administrative Services (FICTIONAL MAC)
    PO Box 55120
    Montpelier, VT 05601
claim:
  number: FICT-MAC-26-0320-771204
  plan_type: medicare
  notice_date: 2026-03-20
  service_dates: [2026-01-12, 2026-02-20]
  sessions: 36
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-50]
  denial_reason: >-
    Medicare does not pay for this item or service because it is not reasonable and necessary under local coverage
    determination L99861: the record does not show failure of four antidepressant trials.
  denial_category: medical_necessity
  notice_received:
    date: 2026-07-23
    proof: other/forwarded-envelope-and-daughters-note-2026-07-23.txt
  abn_given: false
decisions:
  - date: 2026-05-29
    outcome: denied
    stage: redetermination
    opens: reconsideration by the QIC
    reason: >-
      The records show three antidepressant medications. LCD L99861 requires four. The initial determination is
      affirmed.
    corrections:
      - said: The records show three antidepressant medications.
        record: >-
          The psychiatrist's summary lists four antidepressant trials at adequate dose and length: sertraline,
          escitalopram, duloxetine and bupropion XL.
        file: clinical/tms-course-summary-2026-02-20.txt
        page: 1
external_review:
  agency: Northeast Reconsideration Contractor (FICTIONAL QIC)
  address: |-
    Northeast Reconsideration Contractor (FICTIONAL QIC)
    Part B Reconsiderations, PO Box 77310
    Albany, NY 12212
  final_denial_date: 2026-05-29
medicare_coverage:
  name: Local coverage determination L99861 (FICTIONAL), Transcranial Magnetic Stimulation for Major Depression
  number: L99861
  quote: >-
    Covered when the patient has a confirmed diagnosis of severe major depressive disorder and has not responded to
    at least four antidepressant medication trials, from at least two different classes, at adequate dose and
    duration in the current or a prior episode.
  file: other/lcd-l99861-excerpt.txt
payer_criteria:
  - criterion: Severe major depressive disorder, confirmed diagnosis
    how_met: recurrent severe major depressive disorder without psychotic features (F33.2), PHQ-9 22 before the course
    met: true
    evidence: {file: clinical/tms-course-summary-2026-02-20.txt, page: 1}
  - criterion: No response to at least four antidepressant trials from at least two classes, adequate dose and duration
    how_met: sertraline, escitalopram (SSRIs), duloxetine (SNRI) and bupropion XL, 12 to 16 weeks each at full dose
    met: true
    evidence: {file: clinical/tms-course-summary-2026-02-20.txt, page: 1}
treatment:
  name: A 36-session course of transcranial magnetic stimulation (January 12 through February 20, 2026)
  summary: TMS for severe recurrent major depression after four failed antidepressant trials.
clinical:
  history:
    - {drug: sertraline, dose: 200 mg daily, start: 2021-02, end: 2021-06, outcome: no response after 14 weeks, weeks: 14, kind: antidepressant, evidence: {file: clinical/tms-course-summary-2026-02-20.txt, page: 1}}
    - {drug: escitalopram, dose: 20 mg daily, start: 2022-01, end: 2022-05, outcome: no response after 12 weeks, weeks: 12, kind: antidepressant, evidence: {file: clinical/tms-course-summary-2026-02-20.txt, page: 1}}
    - {drug: duloxetine, dose: 120 mg daily, start: 2023-03, end: 2023-07, outcome: partial response lost by week 16, weeks: 16, kind: antidepressant, evidence: {file: clinical/tms-course-summary-2026-02-20.txt, page: 1}}
    - {drug: bupropion XL, dose: 450 mg daily, start: 2024-09, end: 2025-01, outcome: no response after 12 weeks, weeks: 12, kind: antidepressant, evidence: {file: clinical/tms-course-summary-2026-02-20.txt, page: 1}}
  severity: PHQ-9 22 on 01/05/2026; PHQ-9 9 on 02/20/2026
  severity_date: 2026-02-20
  suicidality: passive
  suicidality_date: 2026-01-05
author:
  name: Maren Lindqvist-Adeyemi
  relation: representative
  role: Daughter and appointed representative (form CMS-1696)
  address: |-
    88 Larkspur Lane
    Burlington, VT 05401
  phone: (802) 555-0139
  email: maren.la@mail.example
  authorization: other/cms-1696-appointment-2026-04-02.txt
provider:
  name: Dr. Tobiah Renwick-Asante
  credentials: MD, psychiatrist
  npi: "@@NPI1@@"
  address: |-
    410 Pearl Street, Suite 3
    Burlington, VT 05401
  phone: (802) 555-0127
record_dates:
  - {file: denial/medicare-summary-notice-2026-03-20.txt, date: 2026-03-20}
  - {file: denial/redetermination-decision-2026-05-29.txt, date: 2026-05-29}
  - {file: other/forwarded-envelope-and-daughters-note-2026-07-23.txt, date: 2026-07-23}
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/medicare-summary-notice-2026-03-20.txt": r'''
MEDICARE SUMMARY NOTICE (FICTIONAL) - Part B
Notice date: 03/20/2026
Harriet Okonkwo-Lindqvist, 14 Depot Hill Road, Rutland, VT 05701
Medicare number: FICT-7QW4-RT2-MX81   Claim number: FICT-MAC-26-0320-771204
Provider: Tobiah Renwick-Asante, MD (NPI @@NPI1@@)
Service dates: 01/12/2026 - 02/20/2026   Codes: 90867 x 1, 90868 x 35   Diagnosis: F33.2
Amount charged: $10,440.00   Medicare approved: $0.00   Denial code: CO-50
Reason: Medicare does not pay for this item or service because it is not reasonable and necessary under local
coverage determination L99861: the record does not show failure of four antidepressant trials.
If you disagree, ask for a redetermination within 120 days from the date you receive this notice.
Green Mountain Medicare Administrative Services (FICTIONAL MAC), PO Box 55120, Montpelier, VT 05601,
1-800-555-0144.
''',
"denial/redetermination-decision-2026-05-29.txt": r'''
MEDICARE REDETERMINATION NOTICE (FICTIONAL)
Green Mountain Medicare Administrative Services (FICTIONAL MAC)
Date of this notice: 05/29/2026
Mailed to: Harriet Okonkwo-Lindqvist, 14 Depot Hill Road, Rutland, VT 05701
Appellant: Maren Lindqvist-Adeyemi, appointed representative (CMS-1696 on file)
Claim number: FICT-MAC-26-0320-771204   Dates of service: 01/12/2026 - 02/20/2026
Decision: UNFAVORABLE. The records show three antidepressant medications. LCD L99861 requires four. The initial
determination is affirmed.
Your right to appeal: If you disagree, you may ask for a reconsideration by the Qualified Independent Contractor.
You must file within 180 days of the date you receive this notice. We presume you received this notice 5 days
after the date of this notice unless you show otherwise.
Send your request to: Northeast Reconsideration Contractor (FICTIONAL QIC), Part B Reconsiderations,
PO Box 77310, Albany, NY 12212.
''',
"other/forwarded-envelope-and-daughters-note-2026-07-23.txt": r'''
COPY OF ENVELOPE (front) AND NOTE
Return address: Green Mountain Medicare Administrative Services (FICTIONAL MAC), PO Box 55120, Montpelier, VT 05601
Postage meter date: 05/29/2026
Addressed to: Harriet Okonkwo-Lindqvist, 14 Depot Hill Road, Rutland, VT 05701
Yellow forwarding label: FORWARD TIME EXP RTN TO SEND - then re-addressed by the post office:
88 Larkspur Lane Apt 4, Burlington, VT 05401 - label printed 07/21/2026
Note written on the envelope by Maren Lindqvist-Adeyemi: "Received in Mom's mailbox 07/23/2026. Opened the same day."
Mrs. Okonkwo-Lindqvist moved to Burlington on 05/15/2026 and reported her new address to Social Security on
05/20/2026 (Social Security letter of 05/27/2026 enclosed).
''',
"other/ssa-address-change-confirmation-2026-05-27.txt": r'''
SOCIAL SECURITY ADMINISTRATION (FICTIONAL COPY) - CONFIRMATION OF ADDRESS CHANGE
Date: 05/27/2026
Harriet Okonkwo-Lindqvist
We changed your mailing address on 05/20/2026. Your new address is: 88 Larkspur Lane, Apt 4, Burlington, VT 05401.
This address is used for your Social Security and Medicare records.
''',
"other/cms-1696-appointment-2026-04-02.txt": r'''
APPOINTMENT OF REPRESENTATIVE - FORM CMS-1696 (FICTIONAL COPY)
Beneficiary: Harriet Okonkwo-Lindqvist   Medicare number: FICT-7QW4-RT2-MX81
I appoint Maren Lindqvist-Adeyemi (daughter) to act as my representative in connection with my claim or asserted
right under Title XVIII of the Social Security Act.
Signed by the beneficiary: 04/02/2026.   Accepted by the representative: 04/02/2026.
''',
"other/lcd-l99861-excerpt.txt": r'''
LOCAL COVERAGE DETERMINATION L99861 (FICTIONAL EXCERPT)
Transcranial Magnetic Stimulation for Major Depression
Covered when the patient has a confirmed diagnosis of severe major depressive disorder and has not responded to
at least four antidepressant medication trials, from at least two different classes, at adequate dose and
duration in the current or a prior episode.
''',
"clinical/tms-course-summary-2026-02-20.txt": r'''
TMS COURSE SUMMARY
Date: 02/20/2026
Patient: Harriet Okonkwo-Lindqvist   DOB: 03/12/1949
Provider: Tobiah Renwick-Asante, MD, psychiatrist (NPI @@NPI1@@)
Diagnosis: major depressive disorder, recurrent, severe, without psychotic features (F33.2)
Antidepressant trials (four, two classes):
1. sertraline 200 mg daily, 02/2021-06/2021, no response after 14 weeks
2. escitalopram 20 mg daily, 01/2022-05/2022, no response after 12 weeks
3. duloxetine 120 mg daily, 03/2023-07/2023, partial response lost by week 16
4. bupropion XL 450 mg daily, 09/2024-01/2025, no response after 12 weeks
Course: 36 sessions, 01/12/2026 through 02/20/2026 (mapping 90867 once, 90868 x 35).
PHQ-9: 22 on 01/05/2026 (passive death wishes, no plan); 9 on 02/20/2026.
No Advance Beneficiary Notice was given before the course.
''',
},
truth=r'''
# FICTIONAL TRUTH FILE - 01 - Original Medicare: QIC reconsideration counted from actual receipt, due 01/19/2027 (FICTIONAL)

All people, plans, contractors, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mrs. Okonkwo-Lindqvist (76 at the care) has **Original Medicare Part B**. A 36-session TMS course
  (01/12-02/20/2026; 90867 x 1, 90868 x 35) was denied CO-50 on the MSN of 03/20/2026 under fictional LCD L99861
  ("four antidepressant trials"). Her daughter, appointed on form CMS-1696 (04/02/2026), asked for a
  redetermination; the MAC's **redetermination of 05/29/2026** affirmed: "The records show three antidepressant
  medications."
- The record shows **four** trials from two classes (sertraline, escitalopram, duloxetine, bupropion XL): the
  redetermination's count is wrong (Exhibit: TMS course summary).
- **Level:** reconsideration by the **QIC** (second level of Original Medicare), filed with the QIC the
  redetermination names - not with the MAC, not a second redetermination.
- The redetermination was mailed to the **old Rutland address**, although she had reported the Burlington address
  to Social Security on 05/20/2026; the post office forwarded it and it reached her on **07/23/2026**
  (envelope label 07/21/2026; daughter's note).
- **True deadline: 01/19/2027** = 180 days after receipt on 07/23/2026 (42 CFR 405.962(a); the notice itself says
  "within 180 days of the date you receive this notice ... unless you show otherwise"). The presumed receipt
  (05/29 + 5 = 06/03/2026) would give **11/30/2026**, already passed: the presumption is rebutted by the
  forwarded envelope. Filed today (12/07/2026) the request is **timely**; asking in the alternative for good
  cause (42 CFR 405.962(b)) is prudent, not a concession.
- No ABN was given (`abn_given: false`): limitation on liability (SSA 1879, 42 CFR 411.404) may be asked.

## Deliberately unknown
- Why the MAC used the old address after the SSA change (its address source is not in the record).
- Whether the QIC will accept the envelope copy as evidence of receipt (only a copy and the daughter's note exist).
- The exact decision clock at the QIC is 60 days from its receipt (405.970), but the receipt date is unknown.

## Traps
- Counting from the notice date + 5 days (11/30/2026) and calling the request late, or asking only for good
  cause as if it were late.
- Sending it to the MAC or calling it a "redetermination" or "appeal to the plan"; Original Medicare has no plan
  terms and no plan policy.
- Citing ERISA, 45 CFR 147.136, parity law, external review, or a 72-hour expedited appeal (none for a claim).
- Writing as the patient ("I") - the daughter writes about her mother, as appointed representative.

## Arguments a strong letter makes
1. It is a **request for QIC reconsideration** of the 05/29/2026 redetermination, filed within 180 days of
   receipt on 07/23/2026 (forwarded envelope, SSA address confirmation); in the alternative, good cause.
2. The redetermination's "three antidepressant medications" is contradicted by the record: four trials, two
   classes, adequate dose and length - LCD L99861 as quoted is met.
3. No ABN was given: ask for the limitation-on-liability finding so she is not billed if the denial stands.
4. Enclose the CMS-1696 appointment.

## What a letter must NOT say
- That the request is late, untimely, or that the deadline was 11/30/2026 or "120 days".
- That the plan's terms, plan policy or "the plan" decided (no plan: Original Medicare).
- That three trials were documented, or that the care was not medically necessary.
- "external review", "independent review organization", 29 CFR 2560.503-1, MHPAEA.
''',
answers=[
("Date of the redetermination notice?", "Date of this notice: 05/29/2026", "denial/redetermination-decision-2026-05-29.txt"),
("Address the redetermination was mailed to?", "14 Depot Hill Road, Rutland, VT 05701", "denial/redetermination-decision-2026-05-29.txt"),
("What the redetermination says about trials?", "The records show three antidepressant medications.", "denial/redetermination-decision-2026-05-29.txt"),
("Window for the QIC reconsideration, per the notice?", "within 180 days of the date you receive this notice", "denial/redetermination-decision-2026-05-29.txt"),
("Where the reconsideration goes?", "Part B Reconsiderations, PO Box 77310, Albany, NY 12212", "denial/redetermination-decision-2026-05-29.txt"),
("Date the forwarded notice was received?", "Received in Mom's mailbox 07/23/2026", "other/forwarded-envelope-and-daughters-note-2026-07-23.txt"),
("Date printed on the forwarding label?", "label printed 07/21/2026", "other/forwarded-envelope-and-daughters-note-2026-07-23.txt"),
("Date the new address was recorded by SSA?", "We changed your mailing address on 05/20/2026", "other/ssa-address-change-confirmation-2026-05-27.txt"),
("True deadline for the QIC request?", "True deadline: 01/19/2027", "truth"),
("Deadline if the 5-day presumption were used?", "11/30/2026", "truth"),
("Fourth antidepressant trial?", "bupropion XL 450 mg daily, 09/2024-01/2025, no response after 12 weeks", "clinical/tms-course-summary-2026-02-20.txt"),
("LCD requirement?", "at least four antidepressant medication trials, from at least two different classes", "other/lcd-l99861-excerpt.txt"),
("Was an ABN given?", "No Advance Beneficiary Notice was given before the course.", "clinical/tms-course-summary-2026-02-20.txt"),
("Date the CMS-1696 was signed?", "Signed by the beneficiary: 04/02/2026", "other/cms-1696-appointment-2026-04-02.txt"),
("Original denial code and MSN date?", "Notice date: 03/20/2026", "denial/medicare-summary-notice-2026-03-20.txt"),
("Codes billed?", "90867 x 1, 90868 x 35", "denial/medicare-summary-notice-2026-03-20.txt"),
]))

# ---------------------------------------------------------------- case 02
CASES.append(dict(n="02", slug="self-funded-erisa-federal-external-review-received-10-30-first-day-of-fifth-month-03-01-2027-patient",
subs={"@@NPI2@@": luhn_npi("124907358")},
yaml=r'''
# FICTIONAL CASE (set 86, case 02) - every person, plan, provider, number and address is invented.
# Self-funded employer plan (ERISA), Idaho, 3,200 employees. IV ketamine denied CO-50; both internal levels upheld.
# Final internal denial dated 10/27/2026, received by certified mail 10/30/2026. Federal external review: four
# months after receipt; no February 30 -> first day of the fifth month, 03/01/2027 (29 CFR 2590.715-2719(d)(2)(i)).
# The final letter says "four months of the date of this letter" (02/27/2027, a Saturday). The patient writes ("I").
patient:
  name: Dmitri Valcourt-Nakamura
  salutation: Mr. Valcourt-Nakamura
  date_of_birth: 1988-11-02
  member_id: FICT-CFS-882041937
  address: |-
    1620 Warm Springs Avenue
    Boise, ID 83712
  phone: (208) 555-0114
  email: dvalcourt@mail.example
insurer:
  name: Cascadia Freight Systems Employee Health Plan, administered by Summit Ridge Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Summit Ridge Benefit Administrators (FICTIONAL) - Appeals and External Review
    PO Box 190455
    Boise, ID 83719
  fax: (208) 555-0166
claim:
  number: SRB-26-0615-440318
  plan_type: employer_erisa
  funding: self_funded
  employees: 3200
  grandfathered: false
  notice_date: 2026-06-15
  service_dates: [2026-05-18, 2026-05-20, 2026-05-22, 2026-05-26, 2026-05-28, 2026-06-01]
  procedure_codes: ["96365", "J3490"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-50]
  denial_reason: >-
    Not medically necessary. Medical Policy MP-KET-52, criterion 2, requires failure of at least two antidepressants
    from different classes and one augmentation trial in the current episode.
  denial_category: medical_necessity
  action: none
decisions:
  - date: 2026-08-20
    outcome: denied
    stage: first-level internal appeal
    opens: second level
    next_deadline: 2026-10-19
    reason: The records do not document an augmentation trial. The denial is upheld.
  - date: 2026-10-27
    outcome: denied
    stage: second-level internal appeal (final internal adverse benefit determination)
    opens: federal external review
    reason: >-
      Aripiprazole 2 mg was not an adequate augmentation trial. The denial is upheld. This is the final internal
      decision.
    corrections:
      - said: Aripiprazole 2 mg was not an adequate augmentation trial.
        record: >-
          Aripiprazole was titrated to 5 mg daily for 8 weeks (03/2025-05/2025); 2 mg was the starting dose only.
        file: clinical/ketamine-consultation-2026-05-08.txt
        page: 1
        leaves_out: true
external_review:
  agency: Federal external review process (independent review organization assigned by the plan)
  final_denial_date: 2026-10-27
plan_policy:
  name: Medical Policy MP-KET-52 (FICTIONAL), Intravenous Ketamine for Depression
  number: MP-KET-52
  quote: >-
    Criterion 2: failure of at least two antidepressants from different classes, each at adequate dose for at least
    6 weeks, and one augmentation trial (an atypical antipsychotic or lithium at adequate dose for at least 6 weeks)
    in the current episode.
  file: other/medical-policy-mp-ket-52-excerpt.txt
  other_terms: >-
    Summary Plan Description Section 11.4: You may request an external review within four months after you receive
    the final internal adverse benefit determination. Send the request to the Claims Administrator; the Plan will
    assign an accredited independent review organization under the federal external review process.
  other_terms_file: other/spd-section-11-excerpt.txt
payer_criteria:
  - criterion: Two antidepressants from different classes, adequate dose, at least 6 weeks, current episode
    how_met: sertraline 200 mg 10 weeks (SSRI) and venlafaxine XR 225 mg 9 weeks (SNRI), both in the current episode
    met: true
    evidence: {file: clinical/ketamine-consultation-2026-05-08.txt, page: 1}
  - criterion: One augmentation trial at adequate dose for at least 6 weeks
    how_met: aripiprazole 5 mg daily for 8 weeks added to venlafaxine XR, no response
    met: true
    evidence: {file: clinical/ketamine-consultation-2026-05-08.txt, page: 1}
treatment:
  name: Six intravenous ketamine infusions (May 18 through June 1, 2026)
  summary: An induction series of IV ketamine for severe recurrent depression after two antidepressants and one augmentation trial failed.
clinical:
  episode_onset: 2024-10
  history:
    - {drug: sertraline, dose: 200 mg daily, start: 2024-11, end: 2025-01, outcome: no response after 10 weeks, weeks: 10, kind: antidepressant, evidence: {file: clinical/ketamine-consultation-2026-05-08.txt, page: 1}}
    - {drug: venlafaxine XR, dose: 225 mg daily, start: 2025-01, end: 2025-05, outcome: no response after 9 weeks at 225 mg, weeks: 9, kind: antidepressant, evidence: {file: clinical/ketamine-consultation-2026-05-08.txt, page: 1}}
    - {drug: aripiprazole, dose: 5 mg daily (started at 2 mg), start: 2025-03, end: 2025-05, outcome: no response after 8 weeks, weeks: 8, kind: augmentation, evidence: {file: clinical/ketamine-consultation-2026-05-08.txt, page: 1}}
  severity: MADRS 36 on 05/08/2026; MADRS 17 on 06/01/2026
  severity_date: 2026-06-01
  suicidality: passive
  suicidality_date: 2026-05-08
author:
  name: Dmitri Valcourt-Nakamura
  relation: patient
  role: Patient and plan participant
provider:
  name: Dr. Leontyne Hargreave-Osei
  credentials: MD, psychiatrist
  npi: "@@NPI2@@"
  address: |-
    900 North Curtis Road, Suite 204
    Boise, ID 83706
  phone: (208) 555-0128
record_dates:
  - {file: denial/final-internal-decision-2026-10-27.txt, date: 2026-10-27}
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/eob-2026-06-15.txt": r'''
SUMMIT RIDGE BENEFIT ADMINISTRATORS (FICTIONAL) - EXPLANATION OF BENEFITS
Plan: Cascadia Freight Systems Employee Health Plan (self-funded)
Date: 06/15/2026   Member: Dmitri Valcourt-Nakamura   ID: FICT-CFS-882041937
Claim: SRB-26-0615-440318   Provider: Leontyne Hargreave-Osei, MD (NPI @@NPI2@@)
Dates of service: 05/18/2026 - 06/01/2026 (6 infusions)   Codes: 96365, J3490   Diagnosis: F33.2
Billed: $4,200.00   Paid: $0.00   CO-50
Reason: Not medically necessary. Medical Policy MP-KET-52, criterion 2, requires failure of at least two
antidepressants from different classes and one augmentation trial in the current episode.
''',
"denial/first-level-decision-2026-08-20.txt": r'''
FIRST-LEVEL APPEAL DECISION (FICTIONAL)
Date: 08/20/2026   Claim: SRB-26-0615-440318
The records do not document an augmentation trial. The denial is upheld.
You may request a second-level appeal within 60 days of receiving this letter.
''',
"denial/final-internal-decision-2026-10-27.txt": r'''
SECOND-LEVEL APPEAL DECISION - FINAL INTERNAL ADVERSE BENEFIT DETERMINATION (FICTIONAL)
Date: 10/27/2026   Sent by certified mail, article 9407 1118 9956 0427 2610 41
Claim: SRB-26-0615-440318   Member: Dmitri Valcourt-Nakamura
Reviewer: Calloway Brandt-Ferris, MD, board-certified in family medicine
Decision: Aripiprazole 2 mg was not an adequate augmentation trial. The denial is upheld. This is the final
internal decision.
External review: You may request external review within four months of the date of this letter. Send your request
to Summit Ridge Benefit Administrators (FICTIONAL) - Appeals and External Review, PO Box 190455, Boise, ID 83719,
fax (208) 555-0166.
''',
"other/usps-certified-mail-tracking-2026-10-30.txt": r'''
CERTIFIED MAIL TRACKING PRINTOUT (FICTIONAL COPY)
Article: 9407 1118 9956 0427 2610 41
10/27/2026 5:48 pm  Accepted at USPS origin facility, Boise, ID 83719
10/30/2026 1:12 pm  Delivered, left with individual, Boise, ID 83712 - signed D VALCOURT
''',
"other/spd-section-11-excerpt.txt": r'''
CASCADIA FREIGHT SYSTEMS EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION, SECTION 11 (EXCERPT)
11.2 Two levels of internal appeal are required before external review. The Plan is self-funded and is not grandfathered.
11.4 Summary Plan Description Section 11.4: You may request an external review within four months after you receive
the final internal adverse benefit determination. Send the request to the Claims Administrator; the Plan will
assign an accredited independent review organization under the federal external review process.
''',
"other/medical-policy-mp-ket-52-excerpt.txt": r'''
MEDICAL POLICY MP-KET-52 (FICTIONAL EXCERPT) - Intravenous Ketamine for Depression
Criterion 2: failure of at least two antidepressants from different classes, each at adequate dose for at least
6 weeks, and one augmentation trial (an atypical antipsychotic or lithium at adequate dose for at least 6 weeks)
in the current episode.
''',
"clinical/ketamine-consultation-2026-05-08.txt": r'''
KETAMINE CONSULTATION
Date: 05/08/2026   Patient: Dmitri Valcourt-Nakamura   DOB: 11/02/1988
Psychiatrist: Leontyne Hargreave-Osei, MD (NPI @@NPI2@@)
Current episode began 10/2024.
Trials in this episode:
- sertraline 200 mg daily 11/2024-01/2025: no response after 10 weeks
- venlafaxine XR 225 mg daily 01/2025-05/2025: no response after 9 weeks at 225 mg
- aripiprazole added 03/2025: started at 2 mg, titrated to 5 mg daily, 8 weeks at 5 mg, no response
MADRS 36. Passive death wishes, no plan or intent.
Plan: six IV ketamine infusions over two weeks. Response 06/01/2026: MADRS 17.
''',
},
truth=r'''
# FICTIONAL TRUTH FILE - 02 - Self-funded ERISA plan: federal external review due 03/01/2027 (first day of the fifth month) (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mr. Valcourt-Nakamura is covered by a **self-funded, non-grandfathered ERISA plan** (3,200 employees). Six IV
  ketamine infusions (05/18-06/01/2026) were denied CO-50 under MP-KET-52 criterion 2. The first level upheld on
  08/20/2026 ("no augmentation trial"), the second and final internal level on **10/27/2026** ("aripiprazole 2 mg
  was not an adequate augmentation trial").
- The record shows aripiprazole **titrated to 5 mg for 8 weeks**: 2 mg was the starting dose. Both classes (SSRI,
  SNRI) and one augmentation trial in the current episode are documented: criterion 2 as quoted is met.
- **Level:** **external review under the federal process** (29 CFR 2590.715-2719(d)), the internal appeals being
  exhausted; the request goes to the claims administrator, which must assign an accredited IRO (SPD 11.4). Not a
  third internal appeal, not the state insurance department (self-funded).
- The final decision was **received on 10/30/2026** (USPS certified mail, signed).
- **True deadline: 03/01/2027.** The rule counts four months after the date of **receipt** (10/30/2026); there is
  no February 30, so the request is due by the **first day of the fifth month**, March 1, 2027 (29 CFR
  2590.715-2719(d)(2)(i), whose own example is receipt on October 30 -> March 1). The SPD also says "four months
  after you receive". The decision letter's "four months of the date of this letter" (02/27/2027, a Saturday) is
  not the rule; filing by Friday **02/26/2027** satisfies every reading.
- Medical-judgment denial: eligible for external review; the reviewer was a family physician, not a psychiatrist.

## Deliberately unknown
- Which IRO the plan will assign; whether the plan contracts with three IROs as the federal process expects.
- Whether an expedited external review is warranted (the infusions are past; no further care requested).
- Whether the plan counted the 60 days of the second level from receipt (not needed: the second level was decided).

## Traps
- Using 10/27/2026 + 4 months = 02/27/2027 as the rule, or "120 days" (02/24/2027), without saying the safe date.
- Calling it a third internal appeal, or sending it to a state insurance department (self-funded: federal process).
- Citing 45 CFR 147.136(c) state process for a self-funded plan; citing only 45 CFR 147.136 instead of 29 CFR 2590.715-2719.
- Quoting the first EOB as the decision appealed instead of the 10/27/2026 final decision.
- Writing "Mr. Valcourt-Nakamura has ..." - the patient signs; he writes "I".

## Arguments a strong letter makes
1. This is a request for **external review** of the 10/27/2026 final internal adverse benefit determination, made
   within four months of receipt on 10/30/2026; ask the plan to assign an accredited IRO.
2. The final decision's premise is wrong: aripiprazole reached 5 mg for 8 weeks; with sertraline and venlafaxine
   XR, criterion 2 of MP-KET-52 is met as quoted.
3. Ask that the IRO include a psychiatrist; ask for the claim file and the criteria relied on (29 CFR 2560.503-1(h)(2)(iii)).
4. Response: MADRS 36 -> 17 after the series.

## What a letter must NOT say
- That the deadline is 02/27/2027 or 120 days, as the rule.
- That the appeal is a first, second or third internal appeal, or that the plan's decision is still open.
- That the state's external review process or insurance commissioner decides.
- That no augmentation trial was tried, or that aripiprazole was given at 2 mg only.
''',
answers=[
("Date of the final internal decision?", "Date: 10/27/2026   Sent by certified mail", "denial/final-internal-decision-2026-10-27.txt"),
("Date and manner of receipt?", "10/30/2026 1:12 pm  Delivered, left with individual", "other/usps-certified-mail-tracking-2026-10-30.txt"),
("Window the decision letter states?", "within four months of the date of this letter", "denial/final-internal-decision-2026-10-27.txt"),
("Window the SPD states?", "within four months after you receive the final internal adverse benefit determination", "other/spd-section-11-excerpt.txt"),
("Who assigns the IRO?", "the Plan will assign an accredited independent review organization under the federal external review process", "other/spd-section-11-excerpt.txt"),
("Funding and grandfather status?", "The Plan is self-funded and is not grandfathered.", "other/spd-section-11-excerpt.txt"),
("True external review deadline?", "True deadline: 03/01/2027.", "truth"),
("Safe filing date?", "02/26/2027", "truth"),
("Final decision's stated reason?", "Aripiprazole 2 mg was not an adequate augmentation trial.", "denial/final-internal-decision-2026-10-27.txt"),
("Aripiprazole dose actually reached?", "titrated to 5 mg daily, 8 weeks at 5 mg, no response", "clinical/ketamine-consultation-2026-05-08.txt"),
("Reviewer's specialty?", "board-certified in family medicine", "denial/final-internal-decision-2026-10-27.txt"),
("First-level decision date?", "Date: 08/20/2026", "denial/first-level-decision-2026-08-20.txt"),
("Policy criterion applied?", "one augmentation trial (an atypical antipsychotic or lithium at adequate dose for at least 6 weeks)", "other/medical-policy-mp-ket-52-excerpt.txt"),
("Where the request is sent?", "PO Box 190455, Boise, ID 83719", "denial/final-internal-decision-2026-10-27.txt"),
("Response to the infusions?", "Response 06/01/2026: MADRS 17.", "clinical/ketamine-consultation-2026-05-08.txt"),
("Number of internal levels required?", "Two levels of internal appeal are required before external review.", "other/spd-section-11-excerpt.txt"),
]))

# ---------------------------------------------------------------- case 03
CASES.append(dict(n="03", slug="tricare-select-provider-reconsideration-dismissed-nonparticipating-member-files-own-due-12-16-auth-on-file-patient",
subs={"@@NPI3@@": luhn_npi("138452906"), "@@NPI3G@@": luhn_npi("188273045")},
yaml=r'''
# FICTIONAL CASE (set 86, case 03) - every person, plan, provider, number and address is invented.
# TRICARE Select, retired sponsor, South Carolina. TMS claim denied CO-197 on the EOB of 09/17/2026 although
# authorization ATH-26-0624-55812 covers it. The non-participating psychiatrist's reconsideration request was
# dismissed on 11/12/2026: not an appropriate appealing party. The member now files her own first reconsideration:
# 90 days from the EOB's date, postmarked or received (32 CFR 199.10) -> 12/16/2026. She writes ("I").
patient:
  name: Lucinda Farrow-Ibekwe
  salutation: Ms. Farrow-Ibekwe
  date_of_birth: 1974-07-29
  member_id: FICT-DBN-4408172265
  address: |-
    311 Cypress Bend Drive
    Summerville, SC 29485
  phone: (843) 555-0152
  email: lfarrow@mail.example
insurer:
  name: Atlantic Coast Health Partners, TRICARE East Region contractor (FICTIONAL)
  appeals_address: |-
    Atlantic Coast Health Partners (FICTIONAL) - TRICARE Reconsiderations
    PO Box 870221
    Columbia, SC 29202
  fax: 1-800-555-0171
claim:
  number: ACH-26-0917-602955
  plan_type: tricare
  notice_date: 2026-09-17
  appeal_deadline: 2026-12-16
  deadline_basis: >-
    Reconsideration: postmarked or received within 90 days of the date of the 09/17/2026 EOB (32 CFR 199.10). The
    contractor's 11/12/2026 dismissal of the provider's request does not restart or extend it.
  service_dates: [2026-06-29, 2026-08-14]
  sessions: 36
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.1]
  carc_codes: [CO-197]
  denial_reason: Precertification/authorization absent. No authorization on file for this provider.
  denial_category: prior_authorization
  action: none
decisions:
  - date: 2026-11-12
    outcome: dismissed
    stage: reconsideration request filed by the non-participating provider
    reason: >-
      Your request is dismissed. A provider who does not participate in TRICARE for this claim is not an appropriate
      appealing party (32 CFR 199.10). The beneficiary may request reconsideration within 90 days of the date of the
      initial determination.
prior_auth:
  approved:
    number: authorization ATH-26-0624-55812
    date: 2026-06-24
    covers: 36 sessions of TMS (90867, 90868) with Dr. Osric Thanvald, 06/29/2026 through 09/30/2026
    quote: >-
      Authorization ATH-26-0624-55812 is approved: transcranial magnetic stimulation, 36 sessions, 06/29/2026
      through 09/30/2026, rendering provider Osric Thanvald, MD.
    file: other/authorization-ath-26-0624-55812.txt
    from: 2026-06-29
    through: 2026-09-30
    lines:
      - {code: ["90867", "90868"], units: 36, given: 36}
treatment:
  name: A 36-session course of transcranial magnetic stimulation (June 29 through August 14, 2026)
  summary: TMS for recurrent major depression, authorized in advance by the regional contractor.
clinical:
  severity: PHQ-9 19 on 06/22/2026; PHQ-9 7 on 08/14/2026
  severity_date: 2026-08-14
  suicidality: none
  suicidality_date: 2026-08-14
expenses:
  - {date: 2026-08-14, item: TMS course paid to Dr. Thanvald (non-participating), amount: "$7,920.00", paid: "$7,920.00", reimbursed: "$0.00"}
author:
  name: Lucinda Farrow-Ibekwe
  relation: patient
  role: TRICARE beneficiary (retired sponsor)
provider:
  name: Dr. Osric Thanvald
  credentials: MD, psychiatrist (non-network, non-participating)
  npi: "@@NPI3@@"
  address: |-
    1200 Palmetto Professional Park, Suite 9
    Charleston, SC 29407
  phone: (843) 555-0125
record_dates:
  - {file: denial/eob-2026-09-17.txt, date: 2026-09-17}
  - {file: denial/dismissal-of-provider-request-2026-11-12.txt, date: 2026-11-12}
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/eob-2026-09-17.txt": r'''
TRICARE EXPLANATION OF BENEFITS (FICTIONAL) - Atlantic Coast Health Partners, TRICARE East
Date: 09/17/2026
Beneficiary: Lucinda Farrow-Ibekwe   DoD Benefits Number: FICT-DBN-4408172265   Plan: TRICARE Select (retired)
Claim: ACH-26-0917-602955
Provider: Thanvald Psychiatry Group (group NPI @@NPI3G@@) - non-participating
Dates of service: 06/29/2026 - 08/14/2026   Codes: 90867 x 1, 90868 x 35   Diagnosis: F33.1
Billed: $7,920.00   Allowed: $0.00   Paid: $0.00   Code: CO-197
Reason: Precertification/authorization absent. No authorization on file for this provider.
Appeal rights: You may request a reconsideration. Your request must be postmarked or received within 90 days of
the date of this notice. Send it to Atlantic Coast Health Partners (FICTIONAL) - TRICARE Reconsiderations,
PO Box 870221, Columbia, SC 29202, or fax 1-800-555-0171.
''',
"denial/dismissal-of-provider-request-2026-11-12.txt": r'''
ATLANTIC COAST HEALTH PARTNERS (FICTIONAL) - NOTICE OF DISMISSAL
Date: 11/12/2026
To: Thanvald Psychiatry Group, 1200 Palmetto Professional Park, Suite 9, Charleston, SC 29407
Copy to: Lucinda Farrow-Ibekwe
Re: request for reconsideration received 10/05/2026, claim ACH-26-0917-602955
Your request is dismissed. A provider who does not participate in TRICARE for this claim is not an appropriate
appealing party (32 CFR 199.10). The beneficiary may request reconsideration within 90 days of the date of the
initial determination. This dismissal is not a decision on the merits of the claim.
''',
"other/authorization-ath-26-0624-55812.txt": r'''
TRICARE AUTHORIZATION LETTER (FICTIONAL) - Atlantic Coast Health Partners
Date: 06/24/2026
Beneficiary: Lucinda Farrow-Ibekwe
Authorization ATH-26-0624-55812 is approved: transcranial magnetic stimulation, 36 sessions, 06/29/2026
through 09/30/2026, rendering provider Osric Thanvald, MD.
Rendering NPI: @@NPI3@@   Codes: 90867, 90868   Units approved: 36
''',
"other/payment-receipt-2026-08-14.txt": r'''
THANVALD PSYCHIATRY GROUP (FICTIONAL) - PAYMENT RECEIPT
Date: 08/14/2026   Patient: Lucinda Farrow-Ibekwe
TMS course 06/29/2026 - 08/14/2026, 36 sessions: $7,920.00 paid by the patient (card ending 0000).
We are a non-participating TRICARE provider; we filed the claim for you; TRICARE pays you directly.
''',
"clinical/tms-discharge-summary-2026-08-14.txt": r'''
TMS DISCHARGE SUMMARY
Date: 08/14/2026   Patient: Lucinda Farrow-Ibekwe   DOB: 07/29/1974
Psychiatrist: Osric Thanvald, MD (NPI @@NPI3@@)
Course: 36 sessions, 06/29/2026 - 08/14/2026, under TRICARE authorization ATH-26-0624-55812.
PHQ-9 19 on 06/22/2026; 7 on 08/14/2026. No suicidal ideation.
''',
},
truth=r'''
# FICTIONAL TRUTH FILE - 03 - TRICARE: the member's own reconsideration after the provider's request was dismissed; due 12/16/2026 (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ms. Farrow-Ibekwe has **TRICARE Select** (retired sponsor). Her 36-session TMS course (06/29-08/14/2026) was
  **authorized in advance**: ATH-26-0624-55812 (06/24/2026) covers 36 sessions 06/29-09/30/2026 with Dr. Thanvald.
  The EOB of **09/17/2026** denied the claim CO-197 "No authorization on file for this provider" (the claim carried
  the group NPI; the authorization names the rendering physician's NPI).
- The non-participating psychiatrist's office asked for reconsideration (received 10/05/2026). On **11/12/2026**
  the contractor **dismissed** it: a non-participating provider is not an appropriate appealing party (32 CFR
  199.10). The dismissal is "not a decision on the merits".
- **Level:** the member's own **first reconsideration** by the regional contractor - not a second reconsideration
  (TQMC), not a formal review by the Defense Health Agency, not a hearing: no reconsideration decision exists.
- **True deadline: 12/16/2026**, postmarked or received within 90 days of the **09/17/2026 EOB** (32 CFR 199.10;
  the EOB and the dismissal both say so). The dismissal does not restart the 90 days. Today is 12/07/2026:
  9 days left; send by fax or trackable mail now.
- She paid $7,920.00; TRICARE pays a non-participating provider's claim to the beneficiary.
- This is a **factual** (authorization-on-file) issue, not a medical-necessity judgment.

## Deliberately unknown
- Why the contractor's system did not match the authorization (group vs rendering NPI is the likely reason,
  not confirmed).
- Whether the provider could have appealed as her appointed representative (no appointment was made).
- The contractor's decision time (not stated in the record).

## Traps
- Counting 90 days from the 11/12/2026 dismissal (02/10/2027) - wrong.
- Calling it a second reconsideration, a TQMC review or a DHA formal review; quoting the dismissal as the decision appealed.
- Citing ERISA, 45 CFR 147.136, MHPAEA, a state insurance department or external review.
- Asking for a retroactive authorization or arguing that authorization was "not needed": it was obtained.
- A peer-to-peer / clinical reviewer demand (not a medical-judgment denial).
- Voice: she writes "I".

## Arguments a strong letter makes
1. A request for **reconsideration** by the beneficiary herself, within 90 days of the 09/17/2026 EOB; the
   provider's request was dismissed only because of who filed it.
2. Authorization ATH-26-0624-55812 covers exactly these 36 sessions with this rendering psychiatrist, and every date
   (06/29-08/14/2026) is within 06/29-09/30/2026: honor it and pay the claim to her ($7,920.00 paid).
3. Ask the contractor to link the authorization to the claim (rendering NPI) so the record is corrected.

## What a letter must NOT say
- That the deadline is in February 2027, or counts from 11/12/2026.
- That this is a second reconsideration, formal review, hearing, or appeal to the TQMC.
- That no authorization was obtained, or asks for retroactive authorization.
- "external review", "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136".
''',
answers=[
("EOB date?", "Date: 09/17/2026", "denial/eob-2026-09-17.txt"),
("EOB's appeal window?", "postmarked or received within 90 days of the date of this notice", "denial/eob-2026-09-17.txt"),
("Denial reason?", "No authorization on file for this provider.", "denial/eob-2026-09-17.txt"),
("Dismissal date?", "Date: 11/12/2026", "denial/dismissal-of-provider-request-2026-11-12.txt"),
("Why the provider's request was dismissed?", "is not an appropriate appealing party (32 CFR 199.10)", "denial/dismissal-of-provider-request-2026-11-12.txt"),
("Is the dismissal a merits decision?", "This dismissal is not a decision on the merits of the claim.", "denial/dismissal-of-provider-request-2026-11-12.txt"),
("Who may still ask, and within what time?", "The beneficiary may request reconsideration within 90 days of the date of the initial determination.", "denial/dismissal-of-provider-request-2026-11-12.txt"),
("True deadline?", "True deadline: 12/16/2026", "truth"),
("Authorization number and scope?", "Authorization ATH-26-0624-55812 is approved: transcranial magnetic stimulation, 36 sessions, 06/29/2026 through 09/30/2026", "other/authorization-ath-26-0624-55812.txt"),
("Rendering provider on the authorization?", "rendering provider Osric Thanvald, MD", "other/authorization-ath-26-0624-55812.txt"),
("Amount the member paid?", "$7,920.00 paid by the patient", "other/payment-receipt-2026-08-14.txt"),
("Provider's participation status?", "We are a non-participating TRICARE provider", "other/payment-receipt-2026-08-14.txt"),
("Where the reconsideration goes?", "PO Box 870221, Columbia, SC 29202", "denial/eob-2026-09-17.txt"),
("Course dates?", "36 sessions, 06/29/2026 - 08/14/2026", "clinical/tms-discharge-summary-2026-08-14.txt"),
("Level of this letter?", "first reconsideration", "truth"),
("When was the provider's request received?", "request for reconsideration received 10/05/2026", "denial/dismissal-of-provider-request-2026-11-12.txt"),
]))

# ---------------------------------------------------------------- case 04
CASES.append(dict(n="04", slug="part-d-redetermination-never-decided-7-days-plan-must-forward-to-ire-423-590-wife-cms1696",
subs={"@@NPI4@@": luhn_npi("159036624")},
yaml=r'''
# FICTIONAL CASE (set 86, case 04) - every person, plan, provider, number and address is invented.
# Stand-alone Part D PDP, Pennsylvania. Formulary exception for desvenlafaxine ER denied 10/29/2026. His wife
# (CMS-1696) faxed a standard redetermination request on 11/16/2026 with the prescriber's statement. No decision
# by 11/23/2026 (7 days, 42 CFR 423.590(a)); the sponsor had to forward the request to the IRE within 24 hours
# (423.590(c)). The letter asks the sponsor to forward it now; the 65-day window (to 01/02/2027) was met.
patient:
  name: Bernard Achebe-Kowalczyk
  salutation: Mr. Achebe-Kowalczyk
  date_of_birth: 1951-01-22
  member_id: FICT-KSR-31907744
  address: |-
    47 Linden Court
    Lancaster, PA 17603
  phone: (717) 555-0146
insurer:
  name: Keystone Senior Rx Plan (FICTIONAL Medicare Part D PDP)
  appeals_address: |-
    Keystone Senior Rx Plan (FICTIONAL) - Part D Appeals (Redeterminations)
    PO Box 44180
    Harrisburg, PA 17106
  fax: (717) 555-0168
claim:
  number: KSR-CD-26-1029-30551
  plan_type: medicare_part_d
  notice_date: 2026-10-29
  service_dates: []
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Your request for a formulary exception for desvenlafaxine ER 50 mg is denied. This drug is not on our Drug List.
    You have not tried the formulary alternatives venlafaxine ER and duloxetine.
  denial_category: not_covered
  denial_reasons: [formulary_exception]
submissions:
  - date: 2026-11-16
    method: fax
    to: Keystone Senior Rx Plan (FICTIONAL) Part D Appeals, (717) 555-0168
    stage: redetermination
    confirmation: fax transmission report, 9 pages, result OK, 11/16/2026 10:41
    decision_due: 2026-11-23
    decision_basis: standard redetermination of a drug benefit, 7 calendar days from receipt (42 CFR 423.590(a))
    proof: other/redetermination-request-and-fax-report-2026-11-16.txt
prescriber_statement:
  date: 2026-11-13
  quote: >-
    Venlafaxine ER 225 mg caused sustained hypertension (168/102) in 2024 and duloxetine 60 mg caused
    hyponatremia (sodium 128) in 2025; both formulary alternatives would have adverse effects for him.
  file: other/prescriber-supporting-statement-2026-11-13.txt
treatment:
  name: Desvenlafaxine ER 50 mg daily
  summary: An SNRI for recurrent depression after both formulary SNRIs caused adverse effects.
clinical:
  history:
    - {drug: venlafaxine ER, dose: 225 mg daily, start: 2024-02, end: 2024-05, outcome: stopped for sustained hypertension 168/102, kind: antidepressant, evidence: {file: other/prescriber-supporting-statement-2026-11-13.txt, page: 1}}
    - {drug: duloxetine, dose: 60 mg daily, start: 2025-03, end: 2025-04, outcome: stopped for hyponatremia (sodium 128), kind: antidepressant, evidence: {file: other/prescriber-supporting-statement-2026-11-13.txt, page: 1}}
  severity: PHQ-9 17 on 11/10/2026
  severity_date: 2026-11-10
  suicidality: none
  suicidality_date: 2026-11-10
author:
  name: Greta Achebe-Kowalczyk
  relation: representative
  role: Wife and appointed representative (form CMS-1696)
  address: |-
    47 Linden Court
    Lancaster, PA 17603
  phone: (717) 555-0147
  authorization: other/cms-1696-appointment-2026-11-09.txt
provider:
  name: Dr. Wilhelmina Osterhaus-Ndiaye
  credentials: MD, psychiatrist
  npi: "@@NPI4@@"
  address: |-
    1500 Harrisburg Pike, Suite 12
    Lancaster, PA 17601
  phone: (717) 555-0129
external_review:
  agency: The Part D Independent Review Entity (FICTIONAL name and address in the plan's notices)
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/coverage-determination-notice-2026-10-29.txt": r'''
NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE (FICTIONAL)
Keystone Senior Rx Plan (FICTIONAL Part D PDP)   Date: 10/29/2026
Member: Bernard Achebe-Kowalczyk   Member ID: FICT-KSR-31907744   Case: KSR-CD-26-1029-30551
Your request for a formulary exception for desvenlafaxine ER 50 mg is denied. This drug is not on our Drug List.
You have not tried the formulary alternatives venlafaxine ER and duloxetine.
You have the right to ask us for a redetermination (appeal). You must ask within 65 days from the date of this
notice. A standard redetermination about a drug you have not received will be decided within 7 calendar days.
Fax (717) 555-0168, or write to Part D Appeals, PO Box 44180, Harrisburg, PA 17106.
''',
"other/redetermination-request-and-fax-report-2026-11-16.txt": r'''
REQUEST FOR REDETERMINATION OF MEDICARE PRESCRIPTION DRUG DENIAL (copy as sent) AND FAX REPORT
Date: 11/16/2026   Case: KSR-CD-26-1029-30551   Drug: desvenlafaxine ER 50 mg
Filed by Greta Achebe-Kowalczyk, appointed representative (CMS-1696 enclosed), for Bernard Achebe-Kowalczyk.
Enclosed: prescriber's supporting statement of 11/13/2026; CMS-1696 of 11/09/2026.
FAX TRANSMISSION REPORT: to (717) 555-0168, 9 pages, result OK, 11/16/2026 10:41.
Calls to member services on 11/30/2026 and 12/04/2026 (references KSR-C-118830, KSR-C-119204): "the appeal is
still in review"; no decision letter, no request for information, and no notice that the case went to the
independent review entity.
''',
"other/prescriber-supporting-statement-2026-11-13.txt": r'''
PRESCRIBER'S SUPPORTING STATEMENT - EXCEPTION REQUEST (FICTIONAL)
Date: 11/13/2026   Patient: Bernard Achebe-Kowalczyk   DOB: 01/22/1951
Prescriber: Wilhelmina Osterhaus-Ndiaye, MD (NPI @@NPI4@@)
Venlafaxine ER 225 mg caused sustained hypertension (168/102) in 2024 and duloxetine 60 mg caused
hyponatremia (sodium 128) in 2025; both formulary alternatives would have adverse effects for him.
Venlafaxine ER 02/2024-05/2024; duloxetine 03/2025-04/2025. PHQ-9 17 on 11/10/2026.
''',
"other/cms-1696-appointment-2026-11-09.txt": r'''
APPOINTMENT OF REPRESENTATIVE - FORM CMS-1696 (FICTIONAL COPY)
Beneficiary: Bernard Achebe-Kowalczyk   Medicare number: FICT-4RK8-PD2-WQ17
I appoint Greta Achebe-Kowalczyk (wife) to act as my representative. Signed 11/09/2026; accepted 11/09/2026.
''',
},
truth=r'''
# FICTIONAL TRUTH FILE - 04 - Part D: redetermination never decided; the sponsor must forward it to the IRE (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mr. Achebe-Kowalczyk has a **stand-alone Part D PDP**. On **10/29/2026** the sponsor denied a formulary
  exception for desvenlafaxine ER 50 mg ("not on our Drug List"; alternatives "not tried").
- His wife, appointed on CMS-1696 (11/09/2026), faxed a **standard redetermination** request on **11/16/2026**
  (fax report OK) with the prescriber's supporting statement (11/13/2026): venlafaxine ER caused hypertension,
  duloxetine hyponatremia - both alternatives "would have adverse effects" (the 42 CFR 423.578(b) standard).
- **The redetermination was never decided.** A standard redetermination about a drug not yet received is due
  within **7 calendar days** of receipt (42 CFR 423.590(a); the notice says the same) - by **11/23/2026**.
- **Level / route:** a sponsor that misses that time frame must treat it as an adverse redetermination and
  **forward the request to the Part D IRE within 24 hours** of the time running out (42 CFR 423.590(c)) - by
  11/24/2026. The letter is to the sponsor (copy to the IRE if its address is known), asking it to forward the
  case file now with this letter; not a new redetermination request, not a new coverage determination.
- **Deadline for the member:** none is running against him: the redetermination was filed on day 18 of the 65
  days (423.582(b); window to 01/02/2027). Fallback if the sponsor denies receipt: a fresh redetermination
  request before 01/02/2027 (a Saturday; send by Thursday 12/31/2026).
- The supporting statement was with the request, so the trials are documented as intolerance, not "not tried".

## Deliberately unknown
- Whether the sponsor has in fact forwarded the file to the IRE (member services say "still in review").
- The IRE's name and address (not in any notice received).
- Whether an expedited redetermination would have been justified (none was asked).

## Traps
- Asking the sponsor to "reconsider" or "decide the redetermination" again, restarting its clock.
- Calling the request late or counting 60 days "from receipt" (Part D: 65 days from the notice's date).
- Treating the delay as approval ("deemed approved") - it is a deemed adverse decision that goes to the IRE.
- Citing Medicare Advantage rules (422.590, 422.592), ERISA, 147.136, parity.
- Saying the alternatives were never tried; the voice: the wife writes about her husband.

## Arguments a strong letter makes
1. Redetermination received 11/16/2026 (fax report); 7-day time ran out 11/23/2026 with no decision; under
   42 CFR 423.590(c) the sponsor must forward the request to the IRE - do so now, with this letter and the
   supporting statement, and confirm in writing.
2. On the merits (for the IRE): the prescriber's statement meets 42 CFR 423.578(b): both formulary SNRIs caused
   adverse effects (hypertension 168/102; sodium 128).
3. Note the calls of 11/30 and 12/04 (references) as proof of follow-up; a grievance about the delay may be filed.

## What a letter must NOT say
- That the sponsor "denied the redetermination on" any date, or quotes a redetermination decision.
- That the member must wait for a decision, or that the deadline has passed.
- That venlafaxine ER or duloxetine were "not tried".
- 42 CFR 422.xxx citations, "external review", ERISA.
''',
answers=[
("Date of the coverage determination?", "Date: 10/29/2026", "denial/coverage-determination-notice-2026-10-29.txt"),
("Window for redetermination?", "You must ask within 65 days from the date of this", "denial/coverage-determination-notice-2026-10-29.txt"),
("Decision time promised?", "will be decided within 7 calendar days", "denial/coverage-determination-notice-2026-10-29.txt"),
("Denial reason?", "This drug is not on our Drug List.", "denial/coverage-determination-notice-2026-10-29.txt"),
("When the redetermination was faxed?", "to (717) 555-0168, 9 pages, result OK, 11/16/2026 10:41", "other/redetermination-request-and-fax-report-2026-11-16.txt"),
("What member services said?", "the appeal is still in review", "other/redetermination-request-and-fax-report-2026-11-16.txt"),
("Any notice of forwarding to the IRE?", "no notice that the case went to the independent review entity", "other/redetermination-request-and-fax-report-2026-11-16.txt"),
("Decision due date?", "by **11/23/2026**", "truth"),
("Rule requiring forwarding?", "forward the request to the Part D IRE within 24 hours", "truth"),
("Member's own 65-day window end?", "window to 01/02/2027", "truth"),
("Prescriber's reason for venlafaxine?", "caused sustained hypertension (168/102) in 2024", "other/prescriber-supporting-statement-2026-11-13.txt"),
("Prescriber's reason for duloxetine?", "hyponatremia (sodium 128) in 2025", "other/prescriber-supporting-statement-2026-11-13.txt"),
("Date of the supporting statement?", "Date: 11/13/2026", "other/prescriber-supporting-statement-2026-11-13.txt"),
("Representative form?", "I appoint Greta Achebe-Kowalczyk (wife) to act as my representative", "other/cms-1696-appointment-2026-11-09.txt"),
("Call references?", "KSR-C-118830, KSR-C-119204", "other/redetermination-request-and-fax-report-2026-11-16.txt"),
("Drug requested?", "desvenlafaxine ER 50 mg", "denial/coverage-determination-notice-2026-10-29.txt"),
]))

# ---------------------------------------------------------------- case 05
CASES.append(dict(n="05", slug="medicaid-mco-age-17-expedited-plan-appeal-upheld-expedited-state-fair-hearing-120-days-03-25-mother",
subs={"@@NPI5@@": luhn_npi("146620873")},
yaml=r'''
# FICTIONAL CASE (set 86, case 05) - every person, plan, provider, number and address is invented.
# Medicaid managed care, Iowa, member aged 17. Pre-service partial hospitalization denied 11/20/2026 ("IOP
# appropriate"); the expedited plan appeal was upheld on 11/25/2026 (notice of resolution). Next: an EXPEDITED
# state fair hearing (42 CFR 431.224), within 120 days of the notice of resolution (438.408(f)(2)) -> 03/25/2027.
# EPSDT (42 USC 1396d(r)(5)). His mother writes (parent of a minor).
patient:
  name: Tobias Renquist-Mbeki
  salutation: Tobias
  date_of_birth: 2009-04-18
  member_id: FICT-IAM-7730219
  address: |-
    2208 Grand View Drive
    Cedar Rapids, IA 52403
  phone: (319) 555-0117
insurer:
  name: Hawkeye Community Health Plan (FICTIONAL Medicaid managed care plan)
  appeals_address: |-
    Hawkeye Community Health Plan (FICTIONAL) - Appeals
    PO Box 31190
    Des Moines, IA 50306
  fax: (515) 555-0161
claim:
  number: HCHP-UM-26-1120-88412
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-20
  urgent: true
  action: none
  setting: partial_hospitalization
  pending_services: "[partial hospitalization, 5 days a week for about 3 weeks]"
  procedure_codes: ["H0035"]
  diagnosis_codes: [F32.2]
  denial_reason: >-
    Partial hospitalization is not medically necessary. Policy BH-PHP-17, criterion 2: the member can be treated
    safely in an intensive outpatient program.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
decisions:
  - date: 2026-11-25
    outcome: denied
    stage: expedited plan appeal (notice of appeal resolution)
    opens: state fair hearing
    next_deadline: 2027-03-25
    reason: >-
      We reviewed your expedited appeal. The member can be treated safely in an intensive outpatient program. Our
      decision is upheld.
external_review:
  agency: Iowa Department of Health and Human Services, Appeals Section (FICTIONAL address)
  address: |-
    Iowa HHS Appeals Section (FICTIONAL address for this test)
    PO Box 66051
    Des Moines, IA 50306
  final_denial_date: 2026-11-25
urgency:
  reason: >-
    Tobias attended the intensive outpatient program for 5 weeks (09/28-10/30/2026) and worsened; he cut himself on
    11/14/2026 and has a plan to overdose; waiting weeks for a standard hearing decision could seriously jeopardize
    his life.
  certified_by: Dr. Ingrid Salcedo-Brannock, MD
payer_criteria:
  - criterion: "Criterion 2: the member cannot be treated safely in an intensive outpatient program"
    how_met: five weeks of IOP (15 sessions, 09/28-10/30/2026) ended with PHQ-A 18 -> 23 and rising self-harm urges; self-harm on 11/14/2026
    met: true
    evidence: [{file: clinical/iop-discharge-summary-2026-10-30.txt, page: 1}, {file: clinical/psychiatrist-letter-2026-11-17.txt, page: 1}]
alternatives:
  - treatment: Intensive outpatient program (the lower level the plan named)
    level: intensive outpatient
    name: Linn County Teen IOP (FICTIONAL)
    why_not: attended 09/28-10/30/2026 (15 sessions); self-harm increased; discharged to a higher level
    proof: clinical/iop-discharge-summary-2026-10-30.txt
treatment:
  name: Adolescent partial hospitalization program
  summary: Daily partial hospitalization after intensive outpatient treatment failed and self-harm resumed.
  plan: Partial hospitalization 5 days a week for about 3 weeks, weekly family therapy, then step-down to IOP.
clinical:
  severity: PHQ-A 24 on 11/17/2026
  severity_date: 2026-11-17
  suicidality: active
  suicidality_date: 2026-11-17
author:
  name: Adaeze Renquist
  relation: parent
  role: Mother of the member (a minor)
  address: |-
    2208 Grand View Drive
    Cedar Rapids, IA 52403
  phone: (319) 555-0118
provider:
  name: Dr. Ingrid Salcedo-Brannock
  credentials: MD, child and adolescent psychiatrist
  npi: "@@NPI5@@"
  phone: (319) 555-0126
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/notice-of-adverse-benefit-determination-2026-11-20.txt": r'''
HAWKEYE COMMUNITY HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date: 11/20/2026   Member: Tobias Renquist-Mbeki (age 17)   Medicaid ID: FICT-IAM-7730219
Request: partial hospitalization (H0035), Cedar Valley Youth Program (FICTIONAL)   Reference: HCHP-UM-26-1120-88412
Decision: Partial hospitalization is not medically necessary. Policy BH-PHP-17, criterion 2: the member can be
treated safely in an intensive outpatient program.
You may appeal to us within 60 days from the date of this notice. You may ask for a fast (expedited) appeal.
''',
"denial/notice-of-appeal-resolution-2026-11-25.txt": r'''
HAWKEYE COMMUNITY HEALTH PLAN (FICTIONAL) - NOTICE OF APPEAL RESOLUTION (EXPEDITED APPEAL)
Date: 11/25/2026   Member: Tobias Renquist-Mbeki   Reference: HCHP-UM-26-1120-88412
Appeal received: 11/23/2026 (expedited, requested by the treating psychiatrist)
We reviewed your expedited appeal. The member can be treated safely in an intensive outpatient program. Our
decision is upheld.
State fair hearing: You have finished our appeal process. You may ask for a State fair hearing within 120 calendar
days from the date of this notice. If waiting could seriously harm your health, you may ask for an expedited
(fast) State fair hearing. Send your request to: Iowa HHS Appeals Section (FICTIONAL address for this test),
PO Box 66051, Des Moines, IA 50306, fax (515) 555-0169.
''',
"clinical/iop-discharge-summary-2026-10-30.txt": r'''
INTENSIVE OUTPATIENT DISCHARGE SUMMARY - Linn County Teen IOP (FICTIONAL)
Date: 10/30/2026   Patient: Tobias Renquist-Mbeki   DOB: 04/18/2009
Attended 09/28/2026 - 10/30/2026, 15 sessions (3 a week). PHQ-A 18 at admission, 23 at discharge.
Self-harm urges increased; recommended a higher level of care (partial hospitalization).
''',
"clinical/psychiatrist-letter-2026-11-17.txt": r'''
LETTER OF MEDICAL NECESSITY AND CERTIFICATION OF URGENCY
Date: 11/17/2026   Patient: Tobias Renquist-Mbeki   DOB: 04/18/2009
From: Ingrid Salcedo-Brannock, MD, child and adolescent psychiatrist (NPI @@NPI5@@)
Tobias cut himself on 11/14/2026 and describes a plan to overdose. PHQ-A 24. He failed 5 weeks of IOP.
Waiting for a standard decision could seriously jeopardize his life. I certify this request as urgent.
Plan: partial hospitalization 5 days a week for about 3 weeks, weekly family therapy, then step-down to IOP.
''',
},
truth=r'''
# FICTIONAL TRUTH FILE - 05 - Medicaid managed care, age 17: expedited state fair hearing after the expedited plan appeal (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Tobias (17) is a **Medicaid managed care** member in Iowa. The plan denied a **pre-service** partial
  hospitalization on **11/20/2026** (BH-PHP-17 criterion 2, "can be treated safely in an IOP"). The psychiatrist's
  **expedited plan appeal** (received 11/23) was **upheld on 11/25/2026** (notice of appeal resolution).
- He already **failed 5 weeks of IOP** (09/28-10/30/2026, 15 sessions; PHQ-A 18 -> 23); he self-harmed on
  11/14/2026 and has a plan to overdose (PHQ-A 24 on 11/17). The psychiatrist certified urgency.
- **Level:** the **state fair hearing**, asked as **expedited** (42 CFR 431.224; the resolution notice offers it).
  Medicaid managed care has one plan level (42 CFR 438.402(b)): no second plan appeal.
- **True deadline: 03/25/2027** = 120 calendar days from the 11/25/2026 notice of resolution (42 CFR
  438.408(f)(2)); not counted from the 11/20 denial. Urgency means it should go **now**.
- Under 21: **EPSDT** (42 USC 1396d(r)(5)) requires coverage of necessary care to correct or ameliorate his
  condition - a stronger standard than the plan's criteria.
- New service (`action: none`): no "continued benefits" question (438.420 does not apply).

## Deliberately unknown
- The state's exact decision time for an expedited hearing in practice (the rule gives 3 working days after the
  agency receives the plan's case file, 42 CFR 431.244(f)(2) - cited at section level in this truth file only).
- Whether a PHP slot is still open at Cedar Valley Youth Program.
- Who in the plan reviewed the appeal (the resolution names no reviewer).

## Traps
- Addressing the plan ("please reconsider") or calling it a second-level appeal.
- Counting 120 days from 11/20/2026 (03/20/2027) or giving 60 or 90 days.
- Saying he has not tried IOP; answering with a count of failed drug trials (level of care question).
- Citing ERISA, 45 CFR 147.136, MHPAEA's employer rules or external review; "name and qualifications" as a duty.
- Voice: the mother writes about her son.

## Arguments a strong letter makes
1. A request for an **expedited state fair hearing** on the 11/25/2026 notice of resolution, with the
   psychiatrist's certification that waiting could seriously jeopardize his life; filed well within 120 days.
2. The lower level the plan named was tried and failed (IOP discharge summary, 10/30/2026): PHQ-A rose, self-harm
   resumed - the "IOP appropriate" ground is answered by the record.
3. EPSDT: as a member under 21 he is entitled to the care necessary to correct or ameliorate his condition.
4. Ask the agency to obtain the plan's case file at once; set out the plan of care (PHP ~3 weeks, then IOP).

## What a letter must NOT say
- That this is an appeal to the plan, or that the plan's decision is still pending.
- That the deadline is 60 days, 90 days, or 03/20/2027.
- That IOP has not been tried, or that benefits should "continue" during the hearing.
- ERISA / 29 CFR 2560.503-1 / "external review" / "independent review organization".
''',
answers=[
("Date of the initial denial?", "Date: 11/20/2026", "denial/notice-of-adverse-benefit-determination-2026-11-20.txt"),
("Criterion applied?", "Policy BH-PHP-17, criterion 2: the member can be treated safely in an intensive outpatient program.", "denial/notice-of-adverse-benefit-determination-2026-11-20.txt"),
("Date of the notice of resolution?", "Date: 11/25/2026", "denial/notice-of-appeal-resolution-2026-11-25.txt"),
("When the expedited appeal was received?", "Appeal received: 11/23/2026", "denial/notice-of-appeal-resolution-2026-11-25.txt"),
("Fair hearing window?", "within 120 calendar days from the date of this notice", "denial/notice-of-appeal-resolution-2026-11-25.txt"),
("Expedited hearing offered?", "you may ask for an expedited (fast) State fair hearing", "denial/notice-of-appeal-resolution-2026-11-25.txt"),
("Where the hearing request goes?", "PO Box 66051, Des Moines, IA 50306", "denial/notice-of-appeal-resolution-2026-11-25.txt"),
("True deadline?", "True deadline: 03/25/2027", "truth"),
("IOP dates and sessions?", "Attended 09/28/2026 - 10/30/2026, 15 sessions", "clinical/iop-discharge-summary-2026-10-30.txt"),
("IOP outcome scores?", "PHQ-A 18 at admission, 23 at discharge", "clinical/iop-discharge-summary-2026-10-30.txt"),
("Recent self-harm date?", "Tobias cut himself on 11/14/2026", "clinical/psychiatrist-letter-2026-11-17.txt"),
("Urgency certification?", "I certify this request as urgent.", "clinical/psychiatrist-letter-2026-11-17.txt"),
("Plan of care?", "partial hospitalization 5 days a week for about 3 weeks", "clinical/psychiatrist-letter-2026-11-17.txt"),
("Member's age on the notice?", "Tobias Renquist-Mbeki (age 17)", "denial/notice-of-adverse-benefit-determination-2026-11-20.txt"),
("Under-21 standard?", "EPSDT", "truth"),
("Fax for the hearing office?", "fax (515) 555-0169", "denial/notice-of-appeal-resolution-2026-11-25.txt"),
]))

# ---------------------------------------------------------------- case 06
CASES.append(dict(n="06", slug="county-plan-coverage-ended-during-fmla-leave-co-27-first-internal-180-days-from-receipt-union-rep",
subs={"@@NPI6@@": luhn_npi("165538019")},
yaml=r'''
# FICTIONAL CASE (set 86, case 06) - every person, plan, provider, number and address is invented.
# Saguaro County Employee Health Plan (governmental, self-funded, not grandfathered), Arizona, 2,600 employees.
# The member was on approved FMLA leave 08/03-10/23/2026 and paid her premium share; the plan's eligibility record
# ended her coverage 08/31/2026 ("not actively at work"), and IOP days 09/08-10/16 were denied CO-27 (EOB 10/21,
# received 10/26). First internal appeal: 180 days after receipt (45 CFR 147.136(b)(2), applying 29 CFR
# 2560.503-1(h)(3)(i)) -> 04/24/2027; from the notice date 04/19/2027 (safe). Written by her union representative.
patient:
  name: Corinne Abernathy-Solis
  salutation: Ms. Abernathy-Solis
  date_of_birth: 1981-05-06
  member_id: FICT-SCE-55019283
  address: |-
    4417 East Calle Ocotillo
    Tucson, AZ 85711
  phone: (520) 555-0119
insurer:
  name: Saguaro County Employee Health Plan, administered by Desert Crest Administrators (FICTIONAL)
  appeals_address: |-
    Desert Crest Administrators (FICTIONAL) - Member Appeals
    PO Box 27760
    Tucson, AZ 85726
  fax: (520) 555-0162
claim:
  number: DCA-26-1021-119784
  plan_type: governmental
  funding: self_funded
  grandfathered: false
  employees: 2600
  notice_date: 2026-10-21
  notice_received:
    date: 2026-10-26
    proof: other/eob-envelope-postmark-2026-10-23.txt
  service_dates: [2026-09-08, 2026-10-16]
  sessions: 18
  setting: intensive_outpatient
  procedure_codes: ["S9480"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-27]
  denial_reason: Expenses incurred after coverage terminated. Coverage ended 08/31/2026 - not actively at work.
  denial_category: other
  denial_reasons: [coverage_ended]
  action: none
eligibility:
  why: >-
    She was on leave approved under the Family and Medical Leave Act from 08/03/2026 through 10/23/2026 and paid her
    share of the premium for September and October; the Plan Document continues coverage during approved FMLA leave
    for up to 12 weeks when the member pays her share, so her coverage never ended.
  proof: [other/fmla-approval-letter-2026-07-29.txt, other/premium-payment-record-2026.txt]
  start: 2019-02-01
  coverage: Saguaro County Employee Health Plan coverage
  record:
    name: County Human Resources FMLA approval letter
    date: 2026-07-29
    file: other/fmla-approval-letter-2026-07-29.txt
    page: 1
plan_policy:
  name: Saguaro County Employee Health Plan Document, Section 3.6 (Leaves of absence)
  quote: >-
    Coverage continues during an approved leave under the Family and Medical Leave Act for up to 12 weeks, if you
    pay your share of the premium. Coverage ends on the last day of the month in which you stop being actively at
    work for any other reason.
  file: other/plan-document-section-3-excerpt.txt
treatment:
  name: Intensive outpatient program, 18 days (September 8 through October 16, 2026)
  summary: A three-day-a-week intensive outpatient program for severe recurrent depression during medical leave.
author:
  name: Ramon Etsitty-Calder
  relation: representative
  role: Benefits representative, Local 2210, Saguaro County Employees Union (FICTIONAL), authorized in writing
  address: |-
    Local 2210 (FICTIONAL), 150 West Congress Street, Suite 310
    Tucson, AZ 85701
  phone: (520) 555-0133
  email: benefits@local2210.example
  authorization: other/member-authorization-2026-11-30.txt
provider:
  name: Sonoran Behavioral Health Day Programs (FICTIONAL)
  npi: "@@NPI6@@"
  phone: (520) 555-0124
record_dates:
  - {file: denial/eob-2026-10-21.txt, date: 2026-10-21}
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/eob-2026-10-21.txt": r'''
DESERT CREST ADMINISTRATORS (FICTIONAL) - EXPLANATION OF BENEFITS
Plan: Saguaro County Employee Health Plan   Date: 10/21/2026
Member: Corinne Abernathy-Solis   ID: FICT-SCE-55019283   Claim: DCA-26-1021-119784
Provider: Sonoran Behavioral Health Day Programs (FICTIONAL) (NPI @@NPI6@@)
Dates of service: 09/08/2026 - 10/16/2026 (18 days)   Code: S9480   Billed: $8,640.00   Paid: $0.00   CO-27
Reason: Expenses incurred after coverage terminated. Coverage ended 08/31/2026 - not actively at work.
You may appeal within 180 days after you receive this notice. Send appeals to Desert Crest Administrators
(FICTIONAL) - Member Appeals, PO Box 27760, Tucson, AZ 85726.
''',
"other/eob-envelope-postmark-2026-10-23.txt": r'''
COPY OF ENVELOPE (front)
From: Desert Crest Administrators (FICTIONAL), PO Box 27760, Tucson, AZ 85726
Postmark: TUCSON AZ 857, 10/23/2026
Member's note: "Came in Monday's mail, 10/26/2026. - C. A.-S."
''',
"other/fmla-approval-letter-2026-07-29.txt": r'''
SAGUARO COUNTY (FICTIONAL) - HUMAN RESOURCES - FMLA DESIGNATION NOTICE
Date: 07/29/2026   Employee: Corinne Abernathy-Solis, Employee No. 0000-4471
Your leave from 08/03/2026 through 10/23/2026 is approved and designated as Family and Medical Leave Act leave
for your own serious health condition. Your health coverage continues during FMLA leave; you must pay your share
of the premium by the first of each month while you are not receiving a paycheck.
Return to work: 10/26/2026.
''',
"other/premium-payment-record-2026.txt": r'''
SAGUARO COUNTY (FICTIONAL) - PAYROLL - EMPLOYEE PREMIUM PAYMENTS DURING LEAVE
Employee: Corinne Abernathy-Solis
08/2026: deducted from final paycheck 08/07/2026 - $212.40
09/2026: personal check no. 1184 received 08/28/2026 - $212.40 - posted
10/2026: personal check no. 1191 received 09/29/2026 - $212.40 - posted
''',
"other/plan-document-section-3-excerpt.txt": r'''
SAGUARO COUNTY EMPLOYEE HEALTH PLAN DOCUMENT (FICTIONAL) - SECTION 3 (EXCERPT)
The Plan is a self-funded governmental plan and is not a grandfathered health plan.
3.6 Leaves of absence. Coverage continues during an approved leave under the Family and Medical Leave Act for up
to 12 weeks, if you pay your share of the premium. Coverage ends on the last day of the month in which you stop
being actively at work for any other reason.
''',
"other/member-authorization-2026-11-30.txt": r'''
AUTHORIZATION OF REPRESENTATIVE (FICTIONAL)
I, Corinne Abernathy-Solis, authorize Ramon Etsitty-Calder, benefits representative of Local 2210, Saguaro County
Employees Union (FICTIONAL), to appeal claim DCA-26-1021-119784 for me and to receive information about it.
Signed 11/30/2026.
''',
"clinical/iop-attendance-record-2026-10-16.txt": r'''
SONORAN BEHAVIORAL HEALTH DAY PROGRAMS (FICTIONAL) - IOP ATTENDANCE
Patient: Corinne Abernathy-Solis   Program: adult IOP, 3 days a week
Attended 18 program days, 09/08/2026 through 10/16/2026. PHQ-9 21 at admission, 11 at discharge.
''',
},
truth=r'''
# FICTIONAL TRUTH FILE - 06 - County plan: coverage "ended" during approved FMLA leave; first internal appeal (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ms. Abernathy-Solis is covered by a **self-funded county (governmental) plan**, not grandfathered, 2,600
  employees. She was on **approved FMLA leave 08/03-10/23/2026** (HR designation notice 07/29/2026) and **paid her
  premium share** for August (payroll), September (check 08/28) and October (check 09/29).
- The administrator's record ended coverage **08/31/2026** ("not actively at work") and denied 18 IOP days
  (09/08-10/16/2026) **CO-27** on the EOB of **10/21/2026** (postmarked 10/23, received 10/26/2026).
- Plan Document 3.6: coverage **continues during approved FMLA leave up to 12 weeks** if the member pays her share.
  The leave (08/03-10/23, under 12 weeks) and the payments meet it: coverage never ended. (The FMLA statute also
  requires group health coverage to be maintained during leave, 29 USC 2614(c)(1); the plan's own term suffices.)
- **Level:** the **first internal appeal** (eligibility), post-service.
- **True deadline:** 180 days after **receipt** (45 CFR 147.136(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)):
  receipt 10/26/2026 -> **04/24/2027** (a Saturday). Safe date counted from the notice date: **04/19/2027**.
- A governmental plan is **not ERISA**: the rules reach it through 45 CFR 147.136; complaints do not go to EBSA.
- The question is eligibility only: no medical necessity is in issue.

## Deliberately unknown
- Why the administrator was not told of the FMLA designation (HR-to-TPA feed not in the record).
- Whether the county will re-send a corrected eligibility file for other claims.
- The IOP's clinical records beyond attendance (not needed).

## Traps
- Arguing medical necessity, step therapy or clinical criteria - the denial is about coverage dates only.
- Citing ERISA as governing law, "ERISA plan", EBSA / the Department of Labor as regulator.
- Counting 60 days, or calling it a second level or external review (no internal decision yet).
- Calling the termination a rescission without saying the record shows coverage never ended (the strong point
  is the plan's own 3.6).
- Voice: the union representative writes about the member, with her written authorization.

## Arguments a strong letter makes
1. Coverage was in force on every date of service: approved FMLA leave 08/03-10/23/2026 (HR notice), premiums
   paid (payroll record), and Plan Document 3.6 continues coverage during FMLA leave - quote it.
2. Ask the plan to correct its eligibility record (no termination 08/31/2026) and reprocess the IOP claim on its
   merits; and to fix any other claim denied on the same record.
3. Enclose the member's authorization; appeal filed well within 180 days of receipt.

## What a letter must NOT say
- That coverage ended, or that she was "not actively at work" in any sense the plan's terms reach.
- "ERISA governs", "29 U.S.C. 1132", "Employee Benefits Security Administration".
- That the IOP was medically necessary under some criteria the plan applied (none were applied).
- A deadline of 60 days or any date before 04/19/2027 as the last day.
''',
answers=[
("EOB date?", "Date: 10/21/2026", "denial/eob-2026-10-21.txt"),
("Denial reason?", "Coverage ended 08/31/2026 - not actively at work.", "denial/eob-2026-10-21.txt"),
("Appeal window on the EOB?", "You may appeal within 180 days after you receive this notice.", "denial/eob-2026-10-21.txt"),
("Postmark?", "Postmark: TUCSON AZ 857, 10/23/2026", "other/eob-envelope-postmark-2026-10-23.txt"),
("Date of receipt?", "Came in Monday's mail, 10/26/2026.", "other/eob-envelope-postmark-2026-10-23.txt"),
("FMLA leave dates?", "Your leave from 08/03/2026 through 10/23/2026 is approved", "other/fmla-approval-letter-2026-07-29.txt"),
("HR on coverage during leave?", "Your health coverage continues during FMLA leave", "other/fmla-approval-letter-2026-07-29.txt"),
("September premium?", "personal check no. 1184 received 08/28/2026 - $212.40 - posted", "other/premium-payment-record-2026.txt"),
("October premium?", "personal check no. 1191 received 09/29/2026 - $212.40 - posted", "other/premium-payment-record-2026.txt"),
("Plan's FMLA term?", "Coverage continues during an approved leave under the Family and Medical Leave Act for up to 12 weeks, if you pay your share of the premium.", "other/plan-document-section-3-excerpt.txt"),
("Plan status?", "self-funded governmental plan and is not a grandfathered health plan", "other/plan-document-section-3-excerpt.txt"),
("True deadline from receipt?", "04/24/2027", "truth"),
("Safe deadline?", "Safe date counted from the notice date: **04/19/2027**", "truth"),
("Representative authorization date?", "Signed 11/30/2026.", "other/member-authorization-2026-11-30.txt"),
("Days of care denied?", "Attended 18 program days, 09/08/2026 through 10/16/2026.", "clinical/iop-attendance-record-2026-10-16.txt"),
("Amount billed?", "Billed: $8,640.00", "denial/eob-2026-10-21.txt"),
]))

# ---------------------------------------------------------------- case 07
CASES.append(dict(n="07", slug="marketplace-co-22-medicare-primary-but-ssdi-medicare-starts-03-2027-first-internal-legal-aid-advocate",
subs={"@@NPI7@@": luhn_npi("177902514")},
yaml=r'''
# FICTIONAL CASE (set 86, case 07) - every person, plan, provider, number and address is invented.
# Individual Marketplace Silver plan, New Mexico. Seven psychiatric visits (08/05-10/28/2026) denied CO-22
# "Medicare is primary". He receives SSDI, but his Medicare entitlement begins 03/01/2027 (SSA award letter), after
# every date of service. First internal appeal: 180 days after receipt (45 CFR 147.136(b)(3)); counted from the
# notice date 11/06/2026 -> 05/05/2027. Written by a legal-aid advocate with his written authorization.
patient:
  name: Marcus Delacroix-Hwang
  salutation: Mr. Delacroix-Hwang
  date_of_birth: 1969-08-30
  member_id: FICT-ENM-60042718
  address: |-
    725 Calle Alamosa
    Las Cruces, NM 88001
  phone: (575) 555-0141
insurer:
  name: Enchanted Mesa Health Plan, Silver 2026 (FICTIONAL Marketplace plan)
  appeals_address: |-
    Enchanted Mesa Health Plan (FICTIONAL) - Grievances and Appeals
    PO Box 92210
    Albuquerque, NM 87199
  fax: (505) 555-0164
claim:
  number: EMH-26-1106-357720
  other_numbers: [EMH-26-1106-357721]
  plan_type: individual_aca
  notice_date: 2026-11-06
  service_dates: [2026-08-05, 2026-08-19, 2026-09-02, 2026-09-16, 2026-09-30, 2026-10-14, 2026-10-28]
  procedure_codes: ["99214", "90833"]
  diagnosis_codes: [F31.81]
  carc_codes: [CO-22]
  denial_reason: >-
    This care may be covered by another payer per coordination of benefits. Our records show the member has
    Medicare. Medicare is primary. Submit the Medicare Summary Notice.
  denial_category: coordination_of_benefits
other_coverage:
  plan: Medicare Part A and Part B
  never_enrolled: true
  proof: other/ssa-notice-of-award-2025-06-12.txt
plan_policy:
  name: Enchanted Mesa Health Plan 2026 Evidence of Coverage, Section 12.2 (Coordination of benefits)
  quote: >-
    We coordinate benefits only with other coverage in force on the date of service. If you become entitled to
    Medicare, tell us; Medicare may then pay first.
  file: other/evidence-of-coverage-section-12-excerpt.txt
treatment:
  name: Seven psychiatric medication-management visits with psychotherapy (August 5 through October 28, 2026)
  summary: Every-other-week psychiatric visits for bipolar II depression.
author:
  name: Alondra Quintana-Beaulieu
  relation: representative
  role: Benefits advocate, Mesilla Valley Legal Aid (FICTIONAL), authorized representative
  address: |-
    Mesilla Valley Legal Aid (FICTIONAL), 300 North Main Street
    Las Cruces, NM 88001
  phone: (575) 555-0135
  email: aquintana@mvla.example
  authorization: other/authorized-representative-form-2026-11-18.txt
provider:
  name: Dr. Evander Ruiz-Kettleson
  credentials: MD, psychiatrist
  npi: "@@NPI7@@"
  phone: (575) 555-0123
record_dates:
  - {file: denial/eob-2026-11-06.txt, date: 2026-11-06}
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/eob-2026-11-06.txt": r'''
ENCHANTED MESA HEALTH PLAN (FICTIONAL) - EXPLANATION OF BENEFITS
Date: 11/06/2026   Member: Marcus Delacroix-Hwang   ID: FICT-ENM-60042718   Plan: Silver 2026 (Marketplace)
Claims: EMH-26-1106-357720 (08/05, 08/19, 09/02, 09/16/2026) and EMH-26-1106-357721 (09/30, 10/14, 10/28/2026)
Provider: Evander Ruiz-Kettleson, MD (NPI @@NPI7@@)   Codes: 99214, 90833   Diagnosis: F31.81
Billed: $2,695.00   Paid: $0.00   CO-22
Reason: This care may be covered by another payer per coordination of benefits. Our records show the member has
Medicare. Medicare is primary. Submit the Medicare Summary Notice.
Your appeal rights: you may file an internal appeal within 180 days after you receive this notice.
''',
"other/ssa-notice-of-award-2025-06-12.txt": r'''
SOCIAL SECURITY ADMINISTRATION (FICTIONAL COPY) - NOTICE OF AWARD
Date: 06/12/2025
Marcus Delacroix-Hwang
You are entitled to monthly disability benefits beginning March 2025.
Medicare: You will be entitled to hospital insurance (Part A) and medical insurance (Part B) beginning
March 2027, after you have been entitled to disability benefits for 24 months. We will send your Medicare card
about three months before then.
''',
"other/evidence-of-coverage-section-12-excerpt.txt": r'''
ENCHANTED MESA HEALTH PLAN 2026 EVIDENCE OF COVERAGE (FICTIONAL) - SECTION 12.2 (EXCERPT)
Coordination of benefits. We coordinate benefits only with other coverage in force on the date of service. If you
become entitled to Medicare, tell us; Medicare may then pay first.
Section 14: Appeals must be filed within 180 days after you receive the notice of our decision.
''',
"other/member-services-call-2026-11-13.txt": r'''
CALL NOTE (kept by Mesilla Valley Legal Aid, FICTIONAL)
Date: 11/13/2026   Called Enchanted Mesa member services, reference EMH-CALL-2026-1113-0412.
Representative said the plan's record shows "Medicare Part A and B effective 03/01/2025", taken from a disability
report. Told her: SSDI began 03/2025; Medicare begins 03/2027. She said an appeal with proof is needed.
''',
"other/authorized-representative-form-2026-11-18.txt": r'''
ENCHANTED MESA HEALTH PLAN (FICTIONAL) - APPOINTMENT OF AUTHORIZED REPRESENTATIVE
Member: Marcus Delacroix-Hwang   I appoint Alondra Quintana-Beaulieu of Mesilla Valley Legal Aid (FICTIONAL)
to file and pursue my appeal of claims EMH-26-1106-357720 and EMH-26-1106-357721. Signed 11/18/2026.
''',
},
truth=r'''
# FICTIONAL TRUTH FILE - 07 - Marketplace plan: "Medicare is primary" before his Medicare has begun (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mr. Delacroix-Hwang (57) has an **individual Marketplace Silver plan**. Seven psychiatric visits
  (08/05-10/28/2026, two claims) were denied **CO-22** on **11/06/2026**: "Our records show the member has
  Medicare. Medicare is primary."
- He receives **SSDI from March 2025**; SSA's award letter (06/12/2025) says **Medicare Parts A and B begin March
  2027**, after 24 months of disability benefits. On every date of service he had **no Medicare** - there is no
  Medicare Summary Notice to send. The plan's record ("Medicare A and B effective 03/01/2025") took the SSDI date
  for the Medicare date (call of 11/13/2026).
- EOC 12.2: the plan coordinates **only with coverage in force on the date of service**.
- **Level:** **first internal appeal** (post-service), both claims in one appeal.
- **True deadline:** 180 days after receipt (45 CFR 147.136(b)(3), applying 29 CFR 2560.503-1(h)(3)(i); EOB and
  EOC say the same). Receipt date not documented -> safe date counted from the notice: **05/05/2027**.
- Coordination question only: the care itself is not in dispute.

## Deliberately unknown
- The date the EOB was received.
- Where the plan's wrong Medicare date came from (a "disability report" per the call; not in writing).
- Whether he must drop the Marketplace plan or its premium tax credit when Medicare begins in 2027 (not this appeal).

## Traps
- Saying his Medicare "ended" or that he "dropped" Medicare: he never had it yet (`never_enrolled`).
- Citing the Medicare Secondary Payer rules or the working-aged rule (no group plan, no Medicare).
- Arguing medical necessity, or asking for a network or clinical exception.
- Counting 60 days, or calling it external review.
- Voice: the advocate writes about him, with the plan's authorized-representative form.

## Arguments a strong letter makes
1. No Medicare was in force on any date of service: SSA's award letter dates Part A and Part B from March 2027; so
   no Medicare Summary Notice exists and Medicare cannot pay first.
2. The plan's own EOC 12.2 coordinates only with coverage in force on the date of service: it is the first payer.
3. Ask the plan to correct its coordination record (Medicare from 03/01/2027, not 03/01/2025) and reprocess both
   claims as primary.

## What a letter must NOT say
- That Medicare "denied" or "paid" anything, or that an MSN is enclosed.
- That Medicare coverage "ended" on a date.
- 42 U.S.C. 1395y(b), 42 CFR 411.170, ERISA as governing law, "group health plan".
- That the deadline is in January 2027 or 60 days.
''',
answers=[
("EOB date?", "Date: 11/06/2026", "denial/eob-2026-11-06.txt"),
("Denial words?", "Our records show the member has Medicare. Medicare is primary.", "denial/eob-2026-11-06.txt"),
("What the plan asked for?", "Submit the Medicare Summary Notice.", "denial/eob-2026-11-06.txt"),
("Claim numbers?", "EMH-26-1106-357720 (08/05, 08/19, 09/02, 09/16/2026) and EMH-26-1106-357721", "denial/eob-2026-11-06.txt"),
("Appeal window?", "within 180 days after you receive this notice", "denial/eob-2026-11-06.txt"),
("SSDI start?", "You are entitled to monthly disability benefits beginning March 2025.", "other/ssa-notice-of-award-2025-06-12.txt"),
("Medicare start?", "(Part B) beginning March 2027", "other/ssa-notice-of-award-2025-06-12.txt"),
("Date of the SSA award letter?", "Date: 06/12/2025", "other/ssa-notice-of-award-2025-06-12.txt"),
("Plan's COB rule?", "We coordinate benefits only with other coverage in force on the date of service.", "other/evidence-of-coverage-section-12-excerpt.txt"),
("Plan's wrong record?", "Medicare Part A and B effective 03/01/2025", "other/member-services-call-2026-11-13.txt"),
("Call reference?", "EMH-CALL-2026-1113-0412", "other/member-services-call-2026-11-13.txt"),
("Safe deadline?", "**05/05/2027**", "truth"),
("Representative form date?", "Signed 11/18/2026.", "other/authorized-representative-form-2026-11-18.txt"),
("Amount billed?", "Billed: $2,695.00", "denial/eob-2026-11-06.txt"),
("Diagnosis code?", "Diagnosis: F31.81", "denial/eob-2026-11-06.txt"),
("Level of this letter?", "first internal appeal", "truth"),
]))

# ---------------------------------------------------------------- case 08
CASES.append(dict(n="08", slug="fehb-returned-claim-then-corrected-claim-denied-08-14-reconsideration-6-months-02-14-2027-psychiatrist",
subs={"@@NPI8@@": luhn_npi("181146290")},
yaml=r'''
# FICTIONAL CASE (set 86, case 08) - every person, plan, provider, number and address is invented.
# FEHB High Option, Virginia. ECT claim first RETURNED for missing information on 04/10/2026 ("not a denial of
# benefits"); the corrected claim was denied CO-50 on 08/14/2026 (MP-ECT-31 criterion 2). Carrier reconsideration:
# 6 months from the date of the decision appealed, 08/14/2026 -> 02/14/2027 (a Sunday; send by 02/12/2027);
# 5 CFR 890.105(b)(1). Not late as counted from 04/10. The treating psychiatrist writes with her written consent.
patient:
  name: Yolanda Brightwater-Ruiz
  salutation: Ms. Brightwater-Ruiz
  date_of_birth: 1977-12-03
  member_id: FICT-PFE-R22871904
  address: |-
    6120 Old Dominion Drive
    McLean, VA 22101
  phone: (703) 555-0148
insurer:
  name: Potomac Federal Employees Health Association Plan, High Option (FICTIONAL FEHB carrier)
  appeals_address: |-
    Potomac Federal Employees Health Association (FICTIONAL) - Reconsiderations
    PO Box 11870
    Fairfax, VA 22038
  fax: (703) 555-0167
claim:
  number: PFE-26-0501-208844-7
  plan_type: fehb
  notice_date: 2026-08-14
  appeal_deadline: 2027-02-14
  deadline_basis: >-
    Carrier reconsideration: within 6 months from the date of the decision appealed, the 08/14/2026 EOB on the
    corrected claim (brochure Section 8, Step 1; 5 CFR 890.105(b)(1)). The 04/10/2026 notice returned the claim for
    missing information and was not a denial of benefits. 02/14/2027 is a Sunday: send by Friday 02/12/2027.
  service_dates: [2026-03-02, 2026-03-04, 2026-03-06, 2026-03-09, 2026-03-11, 2026-03-13, 2026-03-16, 2026-03-18]
  procedure_codes: ["90870"]
  diagnosis_codes: [F33.3]
  carc_codes: [CO-50]
  denial_reason: >-
    Not medically necessary. Medical Policy MP-ECT-31, criterion 2: the records do not show failure of two
    antidepressants from different classes.
  denial_category: medical_necessity
plan_policy:
  name: Potomac Federal Employees Health Association Medical Policy MP-ECT-31 (FICTIONAL), Electroconvulsive Therapy
  number: MP-ECT-31
  quote: >-
    Criterion 2: failure of, or intolerance to, at least two antidepressants from different classes at adequate
    dose and duration, unless the member has psychotic features, catatonia or an urgent need for rapid response.
  file: other/medical-policy-mp-ect-31-excerpt.txt
  other_terms: >-
    Brochure Section 8, Step 1: Ask us in writing to reconsider our initial decision. You must write to us within 6
    months from the date of our decision. Section 7: If we need more information to process your claim, we will
    return it to your provider; a returned claim is not a denial of benefits.
  other_terms_file: other/brochure-sections-7-and-8-excerpt.txt
  other_terms_apply: >-
    The decision appealed is the 08/14/2026 denial of the corrected claim; the 04/10/2026 notice returned the claim
    for missing information and was not a denial, so the 6 months run from 08/14/2026.
payer_criteria:
  - criterion: Failure of, or intolerance to, at least two antidepressants from different classes at adequate dose and duration
    how_met: sertraline (SSRI) 200 mg 12 weeks, venlafaxine XR (SNRI) 300 mg 10 weeks, nortriptyline (TCA) level 112 for 8 weeks - all failed
    met: true
    evidence: {file: clinical/ect-referral-note-2026-02-23.txt, page: 1}
treatment:
  name: Eight treatments of electroconvulsive therapy (March 2 through March 18, 2026)
  summary: An acute ECT course for severe recurrent depression with psychotic features after three antidepressant classes failed.
clinical:
  history:
    - {drug: sertraline, dose: 200 mg daily, start: 2024-05, end: 2024-08, outcome: no response after 12 weeks, weeks: 12, kind: antidepressant, evidence: {file: clinical/ect-referral-note-2026-02-23.txt, page: 1}}
    - {drug: venlafaxine XR, dose: 300 mg daily, start: 2024-09, end: 2024-12, outcome: no response after 10 weeks, weeks: 10, kind: antidepressant, evidence: {file: clinical/ect-referral-note-2026-02-23.txt, page: 1}}
    - {drug: nortriptyline, dose: 100 mg daily (level 112), start: 2025-10, end: 2025-12, outcome: no response after 8 weeks at therapeutic level, weeks: 8, kind: antidepressant, evidence: {file: clinical/ect-referral-note-2026-02-23.txt, page: 1}}
  severity: MADRS 41 on 02/23/2026 with nihilistic delusions; MADRS 12 on 03/20/2026
  severity_date: 2026-03-20
  suicidality: passive
  suicidality_date: 2026-02-23
author:
  name: Dr. Philippa Underhill-Mensah
  relation: physician
  role: Treating psychiatrist
  address: |-
    Fairfax Neuromodulation Associates (FICTIONAL), 3300 Gallows Road, Suite 5
    Falls Church, VA 22042
  phone: (703) 555-0121
  authorization: other/member-written-consent-2026-11-20.txt
provider:
  name: Dr. Philippa Underhill-Mensah
  credentials: MD, psychiatrist
  npi: "@@NPI8@@"
  address: |-
    3300 Gallows Road, Suite 5
    Falls Church, VA 22042
  phone: (703) 555-0121
record_dates:
  - {file: denial/returned-claim-notice-2026-04-10.txt, date: 2026-04-10}
  - {file: denial/eob-corrected-claim-2026-08-14.txt, date: 2026-08-14}
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/returned-claim-notice-2026-04-10.txt": r'''
POTOMAC FEDERAL EMPLOYEES HEALTH ASSOCIATION (FICTIONAL) - CLAIM RETURNED - ADDITIONAL INFORMATION NEEDED
Date: 04/10/2026   Member: Yolanda Brightwater-Ruiz   ID: FICT-PFE-R22871904
Claim: PFE-26-0501-208844 (original)   Provider: Philippa Underhill-Mensah, MD (NPI @@NPI8@@)
Code: CO-16. The claim lacks the anesthesia start and stop times for each date of service. Please resubmit with
this information. This is not a denial of benefits; no appeal is needed.
''',
"denial/eob-corrected-claim-2026-08-14.txt": r'''
POTOMAC FEDERAL EMPLOYEES HEALTH ASSOCIATION (FICTIONAL) - EXPLANATION OF BENEFITS
Date: 08/14/2026   Member: Yolanda Brightwater-Ruiz   ID: FICT-PFE-R22871904   High Option, Self Only
Claim: PFE-26-0501-208844-7 (corrected claim, frequency code 7, received 05/01/2026, replaces PFE-26-0501-208844)
Dates of service: 03/02/2026 - 03/18/2026 (8 treatments)   Code: 90870   Diagnosis: F33.3
Billed: $3,920.00   Paid: $0.00   CO-50
Reason: Not medically necessary. Medical Policy MP-ECT-31, criterion 2: the records do not show failure of two
antidepressants from different classes.
If you disagree, see Section 8 of your brochure: ask us to reconsider within 6 months from the date of this decision.
''',
"other/brochure-sections-7-and-8-excerpt.txt": r'''
POTOMAC FEDERAL EMPLOYEES HEALTH ASSOCIATION PLAN 2026 BROCHURE (FICTIONAL) - EXCERPTS
Section 7: If we need more information to process your claim, we will return it to your provider; a returned
claim is not a denial of benefits.
Section 8, Step 1: Ask us in writing to reconsider our initial decision. You must write to us within 6
months from the date of our decision. Step 2: We have 30 days from the date we receive your request to pay or
provide the care, write to you and maintain our denial, or ask for more information. Step 3: You may ask OPM to
review our decision within 90 days after the date of our letter upholding our initial decision.
A provider may act for you in the disputed claims process only with your written consent.
''',
"other/medical-policy-mp-ect-31-excerpt.txt": r'''
MEDICAL POLICY MP-ECT-31 (FICTIONAL EXCERPT) - Electroconvulsive Therapy
Criterion 2: failure of, or intolerance to, at least two antidepressants from different classes at adequate
dose and duration, unless the member has psychotic features, catatonia or an urgent need for rapid response.
''',
"other/member-written-consent-2026-11-20.txt": r'''
MEMBER'S WRITTEN CONSENT (FICTIONAL)
I, Yolanda Brightwater-Ruiz, consent to Dr. Philippa Underhill-Mensah acting for me in the disputed claims process
for claim PFE-26-0501-208844-7 and to the release of my records for it. Signed 11/20/2026.
''',
"clinical/ect-referral-note-2026-02-23.txt": r'''
ECT REFERRAL AND CONSULTATION NOTE
Date: 02/23/2026   Patient: Yolanda Brightwater-Ruiz   DOB: 12/03/1977
Psychiatrist: Philippa Underhill-Mensah, MD (NPI @@NPI8@@)
Diagnosis: major depressive disorder, recurrent, severe, with psychotic features (F33.3): nihilistic delusions.
Antidepressant trials: sertraline 200 mg daily 05/2024-08/2024, no response after 12 weeks (SSRI);
venlafaxine XR 300 mg daily 09/2024-12/2024, no response after 10 weeks (SNRI);
nortriptyline 100 mg daily 10/2025-12/2025, level 112, no response after 8 weeks (TCA).
MADRS 41. Passive death wishes. Plan: acute ECT course. Outcome 03/20/2026: MADRS 12, delusions resolved.
''',
},
truth=r'''
# FICTIONAL TRUTH FILE - 08 - FEHB: the 6 months run from the denial of the corrected claim, not the returned claim (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ms. Brightwater-Ruiz has **FEHB** High Option. Her treating psychiatrist billed 8 ECT treatments
  (03/02-03/18/2026, 90870). On **04/10/2026** the carrier **returned** the claim (CO-16, anesthesia times
  missing): "This is not a denial of benefits; no appeal is needed" (brochure Section 7 says the same).
- The **corrected claim** (frequency 7, received 05/01/2026) was **denied CO-50 on 08/14/2026** under MP-ECT-31
  criterion 2 ("no failure of two antidepressants from different classes").
- The record shows **three classes failed** (SSRI, SNRI, TCA at a therapeutic level) and **psychotic features**
  (F33.3, nihilistic delusions), which the criterion itself names as an exception: criterion 2 is met twice over.
- **Level:** **carrier reconsideration** (the first FEHB level); OPM review only after the carrier decides (or
  fails to answer within 30 days).
- **True deadline: 02/14/2027** = 6 months from the **08/14/2026** decision (brochure Section 8 Step 1; 5 CFR
  890.105(b)(1)). It is a Sunday and no rule in the record extends it: send by **Friday 02/12/2027**. Counting from
  the 04/10/2026 returned-claim notice (10/10/2026) is wrong: that was not a decision.
- Author: the **treating psychiatrist**, acting with the member's **written consent** (11/20/2026), which the
  brochure requires.

## Deliberately unknown
- Whether the carrier's reviewer was a psychiatrist (the EOB names none).
- Whether the anesthesia group filed its own claim (not in this record).
- The OPM address (not needed at this level).

## Traps
- Calling the appeal late, asking for a good-cause extension, or counting from 04/10/2026.
- Asking OPM to review now, or calling it "external review" / an IRO / a state insurance department.
- Citing ERISA, 29 CFR 2560.503-1, 45 CFR 147.136, or parity as a member's right under FEHB.
- Saying only two trials failed; missing the psychotic-features exception in the criterion's own words.
- Voice: the psychiatrist writes as the treating physician about the patient.

## Arguments a strong letter makes
1. A request that the carrier **reconsider its 08/14/2026 decision** on the corrected claim, made within 6 months;
   the 04/10/2026 notice was a returned claim, not a denial (its own words; brochure Section 7).
2. Criterion 2 is met: three antidepressants from three classes failed at adequate dose and duration; and the
   criterion's own exception applies (psychotic features, F33.3).
3. Outcome: MADRS 41 -> 12, delusions resolved; ask the carrier to pay the 8 treatments and to decide within the
   brochure's 30 days.

## What a letter must NOT say
- That the claim was "denied on 04/10/2026", or that the deadline was 10/10/2026, or that the request is late.
- That this is an OPM review or external review.
- That only two trials, or no trials from different classes, are documented.
- ERISA / "29 CFR 2560.503-1" / "45 CFR 147.136".
''',
answers=[
("Date of the returned-claim notice?", "Date: 04/10/2026", "denial/returned-claim-notice-2026-04-10.txt"),
("Was the 04/10 notice a denial?", "This is not a denial of benefits; no appeal is needed.", "denial/returned-claim-notice-2026-04-10.txt"),
("What was missing?", "The claim lacks the anesthesia start and stop times for each date of service.", "denial/returned-claim-notice-2026-04-10.txt"),
("Date of the decision appealed?", "Date: 08/14/2026", "denial/eob-corrected-claim-2026-08-14.txt"),
("Corrected claim receipt?", "corrected claim, frequency code 7, received 05/01/2026", "denial/eob-corrected-claim-2026-08-14.txt"),
("Denial reason?", "the records do not show failure of two antidepressants from different classes", "denial/eob-corrected-claim-2026-08-14.txt"),
("Reconsideration window?", "You must write to us within 6 months from the date of our decision.", "other/brochure-sections-7-and-8-excerpt.txt"),
("Brochure on returned claims?", "a returned claim is not a denial of benefits", "other/brochure-sections-7-and-8-excerpt.txt"),
("Provider acting for member?", "A provider may act for you in the disputed claims process only with your written consent.", "other/brochure-sections-7-and-8-excerpt.txt"),
("True deadline?", "True deadline: 02/14/2027", "truth"),
("Safe sending date?", "Friday 02/12/2027", "truth"),
("Criterion's exception?", "unless the member has psychotic features, catatonia or an urgent need for rapid response", "other/medical-policy-mp-ect-31-excerpt.txt"),
("Third trial?", "nortriptyline 100 mg daily 10/2025-12/2025, level 112, no response after 8 weeks (TCA)", "clinical/ect-referral-note-2026-02-23.txt"),
("Psychotic features?", "with psychotic features (F33.3): nihilistic delusions", "clinical/ect-referral-note-2026-02-23.txt"),
("Consent date?", "Signed 11/20/2026.", "other/member-written-consent-2026-11-20.txt"),
("Outcome?", "MADRS 12, delusions resolved", "clinical/ect-referral-note-2026-02-23.txt"),
]))

if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    sys.exit(build(CASES, only=args or None, run_check="--check" in sys.argv))
