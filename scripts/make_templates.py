"""Build the bundled letter templates (NAME.docx + NAME.yaml) with python-docx.

Run from the repository root after changing this file, then commit the .docx and .yaml it writes:

    .venv/bin/python scripts/make_templates.py

Rules the templates follow (tests/test_render.py checks them):
  * every Jinja tag sits inside ONE run, so Word and docxtpl never see it split;
  * `{%p ... %}` tags stand alone in their paragraph and `{%tr ... %}` alone in their table row (docxtpl replaces
    the whole paragraph / row with the tag);
  * fields listed as `required` are used without a guard; everything else is inside `{% if %}` or a loop, so
    the letter renders with only the required fields;
  * US Letter, 1-inch margins and nothing in the header or footer: the packet stamps its own header and Bates
    number within 0.6 inch of the page edges.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt

from appeal_kit.letter.docxstyles import drop_unused_styles

# the templates live in the package's template folder; this script stays out of the wheel
TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "letter_templates"
# Times New Roman: on Debian fontconfig and LibreOffice substitute the metric-compatible Liberation Serif, and
# Word on Windows or macOS has the real face, so the letter looks the same wherever the user edits it.
FONT = "Times New Roman"
BODY_PT = 11
PARA_AFTER = 6  # points between paragraphs: enough to separate them, little enough to keep an appeal to three pages


class Letter:
    """A thin layer over python-docx: each call adds one paragraph, each (text, style) part one run."""

    def __init__(self, title: str):
        # set by criteria_table(): the letter answers criteria one by one (True), or only the plan's ("plan")
        self.answers_criteria: bool | str = False
        self.shows_evidence = False  # set by evidence(): the letter has the evidence paragraph
        self.doc = Document()
        self.doc.core_properties.title = title  # plain text: docxtpl renders core properties as templates too
        self.doc.core_properties.author = "appeal-kit"
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Inches(8.5), Inches(11)
        for side in ("top_margin", "bottom_margin", "left_margin", "right_margin"):
            setattr(section, side, Inches(1))
        style = self.doc.styles["Normal"]
        style.font.name = FONT
        style.font.size = Pt(BODY_PT)
        style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
        fmt = style.paragraph_format
        fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(0), 1.0

    def p(self, *parts, after: float = 0, indent: float = 0, tab: float | None = None, keep: bool = False,
          size: float | None = None, center: bool = False):
        """Add a paragraph. parts: strings, or (text, "b"|"i"|"bi") tuples for bold / italic runs.

        With `tab`, the paragraph is a "label<TAB>value" line whose wrapped lines align under the value.
        """
        para = self.doc.add_paragraph()
        fmt = para.paragraph_format
        fmt.space_after = Pt(after)
        if indent:
            fmt.left_indent = Inches(indent)
        if tab is not None:
            fmt.tab_stops.add_tab_stop(Inches(tab), WD_TAB_ALIGNMENT.LEFT)
            fmt.left_indent, fmt.first_line_indent = Inches(tab), Inches(indent - tab)
        if keep:
            fmt.keep_with_next = True
        if center:
            fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if size and not any(parts):  # an empty spacer: its height comes from the paragraph mark's font size
            mark = OxmlElement("w:rPr")
            for tag in ("w:sz", "w:szCs"):
                el = OxmlElement(tag)
                el.set(qn("w:val"), str(int(size * 2)))
                mark.append(el)
            para._p.get_or_add_pPr().append(mark)
        for part in parts:
            text, how = (part, "") if isinstance(part, str) else part
            run = para.add_run(text)
            run.bold = "b" in how or None
            run.italic = "i" in how or None
            if size:
                run.font.size = Pt(size)
        return para

    def tag(self, tag: str):
        """A paragraph holding only a docxtpl paragraph tag such as `{%p if x %}`; docxtpl removes it."""
        return self.p(tag)

    def heading(self, text: str):
        return self.p((text, "b"), after=4, keep=True)

    def body(self, *parts):
        return self.p(*parts, after=PARA_AFTER)

    def table(self, header: list[str], row: list[str], widths: list[float], loop: str):
        """A bordered table: a shaded header row, then one row repeated by `{%tr for ... %}`."""
        table = self.doc.add_table(rows=4, cols=len(header))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
            col.set(qn("w:w"), str(int(width * 1440)))  # twentieths of a point
        rows = [header, [f"{{%tr for {loop} %}}"] + [""] * (len(header) - 1), row,
                ["{%tr endfor %}"] + [""] * (len(header) - 1)]
        for r, texts in enumerate(rows):
            for c, text in enumerate(texts):
                cell = table.rows[r].cells[c]
                cell.width = Inches(widths[c])
                para = cell.paragraphs[0]
                para.paragraph_format.space_before = para.paragraph_format.space_after = Pt(2)
                run = para.add_run(text)
                run.font.size = Pt(BODY_PT - 1)
                if r == 0:
                    run.bold = True
                    _shade(cell, "E7E6E6")
        _repeat_header(table.rows[0])
        _keep_row_whole(table.rows[2])  # the repeated row: a criterion and its answer never split across pages
        return table

    def block(self, lines, *, after: float = 0, keep_lines: bool = True):
        """ONE paragraph of lines joined by line breaks, so it never splits across pages (a signature block).

        lines: (condition or None, text, "b"|"") tuples; a line with a condition is wrapped in `{% if %}` runs
        (each tag its own run) together with the line break before it, so a false condition leaves no gap.
        """
        para = self.p(after=after)
        if keep_lines:
            para.paragraph_format.keep_together = True
        for i, (test, text, how) in enumerate(lines):
            if test:
                para.add_run(f"{{% if {test} %}}")
            if i:
                para.add_run().add_break()
            run = para.add_run(text)
            run.bold = "b" in how or None
            if test:
                para.add_run("{% endif %}")
        return para

    def rule(self, after: float = 10):
        """An empty paragraph with a thin bottom border: the line under the letterhead."""
        para = self.p("", after=after, size=4)
        p_pr = para._p.get_or_add_pPr()
        borders = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "808080")):
            bottom.set(qn(k), v)
        borders.append(bottom)
        p_pr.append(borders)
        return para

    def save(self, path: Path):
        drop_unused_styles(self.doc)  # a drafted letter carries only the styles it uses (appeal_kit/letter/docxstyles.py)
        self.doc.save(path)


def _shade(cell, fill: str):
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _repeat_header(row):
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _keep_row_whole(row):
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


# The evidence a clinician's judgment rests on, by indication: the letter of medical necessity and the request share it
JUDGMENT_EVIDENCE = (
    "{% if indication == 'depression' %} My judgment follows the published evidence for ketamine in "
    "treatment-resistant depression {{ cite('murrough-2013', 'mcintyre-2021') }} and the consensus "
    "recommendations on patient selection and monitoring {{ cite('sanacora-2017') }}.{% elif indication "
    "== 'pain' %} My judgment follows the joint consensus guidelines on ketamine infusions for chronic "
    "pain {{ cite('cohen-2018') }}.{% elif indication == 'esketamine' %} My judgment follows the trials "
    "that established esketamine in treatment-resistant depression {{ cite('popova-2019', 'daly-2019') }}."
    "{% endif %}")


def said(*fact_ids: str) -> str:
    """Records that the sentence it sits in states these facts (for the claims report); prints nothing. Use it only
    in text that is printed when the facts hold (appeal_kit.letter.facts)."""
    ids = ", ".join(f"'{i}'" for i in fact_ids)
    return f"{{% if says({ids}) %}}{{% endif %}}"


def _optional_line(doc: Letter, test: str, *parts, **kw):
    doc.tag(f"{{%p if {test} %}}")
    doc.p(*parts, **kw)
    doc.tag("{%p endif %}")


# ---------------------------------------------------------------------------------------------- shared skeleton
# Every letter is: letterhead (clinic profile) -> sender -> date -> addressee -> RE block -> subject ->
# salutation -> BODY -> closing and signature. Only the body differs between templates; the body is built from
# the shared sections below plus a few paragraphs of its own.

RE_TAB, RE_INDENT = 2.4, 0.5
BASE_REQUIRED = ["patient.name", "patient.member_id", "insurer.name", "claim.number", "treatment.name",
                 "author.name"]
BASE_OPTIONAL = ["patient.date_of_birth", "insurer.appeals_address", "insurer.fax", "claim.notice_date",
                 "claim.service_dates", "claim.procedure_codes", "claim.revenue_codes", "claim.diagnosis_codes",
                 "treatment.summary", "author.role", "author.address", "author.phone", "author.email"]
# The author writes for someone else (advocate, family, clinic): derived.writes_for_someone_else
# a provider appealing its own claim writes for itself, never on the patient's behalf (derived.author_standing)
ON_BEHALF = ("{% if on_behalf and standing.kind == 'provider' %}{% if standing.party and standing.party != author.name %}"
             "For {{ standing.party }}, the provider of this care, I{% else %}As the provider of this care, I{% endif %}"
             "{% elif on_behalf %}On behalf of {{ patient.name }}, I{% else %}I{% endif %}")
# a Medicare Advantage reconsideration or a Part D redetermination never decided in its time (derived.ire_overdue):
# the letter is the demand that the plan send the case on, never a new request, which would restart the plan's clock
# (set 72, case 02; letters set 86, case 04). level_name names the level for the plan type.
IRE_OVERDUE = "ire_overdue and applies('undecided_to_ire')"
# an appeal made by phone to a plan whose rules date the appeal from it (derived.oral_appeal): the letter confirms it
# in writing and asks for the decision by the day counted from it, never from this letter (set 78, case 03)
ORAL_APPEAL = "oral_appeal and applies('oral_appeal') and route == 'internal appeal'"
# a written request at this level that the plan dismissed (derived.earlier_dismissal): enclosed, so said, and this
# letter is a new request (letters set 98, case 02)
EARLIER_DISMISSAL = "earlier_dismissal and route == 'internal appeal'"


def _for(condition: str) -> str:
    """The treatment name with its condition appended only when the name does not already say what it is for."""
    return f"{{{{ treatment.name }}}}{{% if not tx.names_use %}} for {condition}{{% endif %}}"
# said right after the treatment's name: without what the name already gives (derived.dates_after_name); a part of
# the course the name counts follows a comma ("36 sessions, of which 24 sessions were provided from ...")
SERVICE_DATES = ("{% if claim.service_dates and dates.after_name %}{{ ',' if dates.after_name.startswith('of which') "
                 "else '' }} {{ dates.after_name }}"
                 "{% if says('services_dated') %}{% endif %}{% endif %}")


def letterhead(d: Letter) -> None:
    """The clinic's logo, name and letterhead lines, centred, with a rule under them (only with a clinic.yaml)."""
    d.tag("{%p if clinic %}")
    d.tag("{%p if clinic.logo %}")
    d.p("{{ clinic.logo }}", center=True, after=2)
    d.tag("{%p endif %}")
    d.p(("{{ clinic.name }}", "b"), center=True, size=13)
    d.tag("{%p for line in clinic.letterhead %}")
    d.p("{{ line }}", center=True, size=9.5)
    d.tag("{%p endfor %}")
    d.rule(after=6)
    d.tag("{%p endif %}")


def sender(d: Letter) -> None:
    """Name, address on one line, phone and email on one line: a compact header leaves room for the argument."""
    d.p(("{{ author.name }}", "b"))
    # what the clinic's letterhead above already says (its address, its phone) is not said again
    d.tag("{%p set own_phone = author.phone and not (clinic and clinic.phone == author.phone) %}")
    _optional_line(d, "sender_address", "{{ sender_address }}")
    _optional_line(d, "own_phone or author.email", "{% if own_phone %}Phone {{ author.phone }}{% endif %}"
                   "{% if own_phone and author.email %} · {% endif %}{% if author.email %}{{ author.email }}"
                   "{% endif %}")
    d.p("", size=6)


def insurer_addressee(d: Letter, attn: str = "Appeals Department") -> None:
    _optional_line(d, "insurer.fax", ("Sent by fax to {{ insurer.fax }} and by mail", "i"), after=PARA_AFTER)
    d.p("{{ insurer.name }}")
    _optional_line(d, "not insurer.appeals_address", f"Attn: {attn}")
    _optional_line(d, "insurer.appeals_address", "{{ insurer.appeals_address }}")


RE_LINES = [
    (None, "Patient, member ID:", "{{ patient.name }}{% if patient.date_of_birth %} (born "
                                  "{{ patient.date_of_birth|longdate }}){% endif %}, {{ patient.member_id }}"),
    (None, "{{ 'Claim/reference numbers:' if claim_ids.many else 'Claim/reference number:' }}", "{{ claim_ids.numbers }}"),
    ("claim.notice_date", "Date of denial notice:", "{{ claim.notice_date|longdate }}"),
    ("stage.decision_date", "Decision appealed:", "{{ stage.decision_date|longdate }} ({{ stage.decision_level }})"),
    ("external_review.final_denial_date and route == 'next level' and "
     "(external_review.final_denial_date|string) != stage.decision_date", "Decision appealed:",
     "{{ external_review.final_denial_date|longdate }}"),
    ("claim.service_dates", "Date(s) of service:", "{{ dates.words }}" + said("services_dated")),
    ("claim.procedure_codes or claim.revenue_codes or claim.diagnosis_codes", "Codes:",
     "{% if claim.procedure_codes %}procedure {{ claim.procedure_codes|join(', ') }}{% endif %}"
     "{% if claim.procedure_codes and claim.revenue_codes %}; {% endif %}"
     "{% if claim.revenue_codes %}revenue {{ claim.revenue_codes|join(', ') }}{% endif %}"
     "{% if (claim.procedure_codes or claim.revenue_codes) and claim.diagnosis_codes %}; {% endif %}"
     "{% if claim.diagnosis_codes %}diagnosis {{ claim.diagnosis_codes|join(', ') }}" + said("diagnosis_named")
     + "{% endif %}"),
]


# the next-level request names an appeal the plan never decided where another names the decision appealed (set 66, 08)
NEXT_LEVEL_RE_LINES = [*RE_LINES[:4], (
    "next_level.undecided", "Appeal not decided:",
    "sent {{ next_level.undecided.sent|longdate }}{% if next_level.undecided.confirmation %} "
    "({{ next_level.undecided.confirmation }}){% endif %}; no decision by {{ next_level.undecided.due|longdate }}"),
    *RE_LINES[4:]]


def re_block(d: Letter, subject: str, lines=RE_LINES) -> None:
    """The subject on the RE: line, then the claim's identifiers under it."""
    d.p(("RE:\t", "b"), (subject, "b"), tab=RE_INDENT, after=2, keep=True)
    for test, label, value in lines:
        parts = (f"{label}\t", value)
        if test:
            _optional_line(d, test, *parts, indent=RE_INDENT, tab=RE_TAB, keep=True)
        else:
            d.p(*parts, indent=RE_INDENT, tab=RE_TAB, keep=True)
    d.p("", size=6)


# "Sincerely," and room for a handwritten signature (or the signer's signature image from clinic.yaml), in the same
# paragraph as the name so that LibreOffice and Word never leave the sign-off at the bottom of one page and the
# name on the next.
def sign_off(signer: str) -> list:
    image = f"clinic and clinic.{signer} and clinic.{signer}.signature"
    return [(None, "Sincerely,", ""), (image, f"{{{{ clinic.{signer}.signature }}}}", ""),
            *[(f"not ({image})", "", "")] * 3]


def provider_lines(signer: str) -> list:
    """The clinic provider's credentials, NPI and license under their name (clinic.yaml providers)."""
    known = f"clinic and clinic.{signer} and clinic.{signer}"
    return [(f"{known}.credentials", f"{{{{ clinic.{signer}.credentials }}}}", ""),
            (f"{known}.npi", f"NPI {{{{ clinic.{signer}.npi }}}}", ""),
            (f"{known}.license", f"License {{{{ clinic.{signer}.license }}}}", "")]


def author_signature(d: Letter) -> None:
    """The case's author; when the author is one of clinic.yaml's providers, also their signature image, NPI and
    license (a patient's or advocate's letter never carries a provider's)."""
    d.block([*sign_off("author_provider"), (None, "{{ author.name }}", ""), *provider_lines("author_provider"),
             ("author.role", "{{ author.role }}", "")])


def provider_signature(d: Letter) -> None:
    """The treating provider from clinic.yaml (name, credentials, NPI, license), else the case's author."""
    d.tag("{%p if clinic and clinic.provider %}")
    d.block([*sign_off("provider"), (None, "{{ clinic.provider.name }}", "b"), *provider_lines("provider"),
             ("clinic.signature_block", "{{ clinic.signature_block }}", ""),
             (None, "{{ clinic.name }}", "")])
    d.tag("{%p else %}")
    d.block([*sign_off("provider"), (None, "{{ author.name }}", "b"), ("author.role", "{{ author.role }}", "")])
    d.tag("{%p endif %}")


def copies_line(d: Letter) -> None:
    """cc: each copy the case lists (`copies:` in case.yaml), with its address, under the signature."""
    d.tag("{%p for c in copies_to %}")
    d.p("{% if loop.first %}cc:{% endif %}\t{{ c.name }}{% if c.address %}, {{ c.address }}{% endif %}",
        tab=0.4, size=BODY_PT - 1)
    d.tag("{%p endfor %}")


def references(d: Letter) -> None:
    """The References section: appeal_kit.letter.cite fills the marked paragraph with the references cited (in the
    order of first citation) and the case's own literature, or removes the section when there are none."""
    d.heading("References")
    d.p("⟦references⟧", after=3, tab=0.3, size=BODY_PT - 1)  # a hanging indent under "1."


def skeleton(title: str, subject: str, body, *, addressee=insurer_addressee, with_sender=True,
             salutation: str = "Dear Appeals Reviewer:", signature=author_signature,
             with_references: bool = True, re_lines=RE_LINES) -> Letter:
    d = Letter(title)
    letterhead(d)
    if with_sender:
        sender(d)
    d.p("{{ letter_date|longdate }}", after=PARA_AFTER)
    addressee(d)
    d.p("", size=6)
    re_block(d, subject, re_lines)
    d.p(salutation, after=PARA_AFTER)
    body(d)
    signature(d)
    copies_line(d)
    if with_references:
        d.p("", after=6)
        references(d)
    return d


# ---------------------------------------------------------------------------------------------- shared sections

# A claim the case says was wrong, answered with the corrected claim, is not disputed: the letter asks for the
# decision again on the corrected data
# ("decide it again", not "reconsider": for Original Medicare a reconsideration is the QIC's level, not this one)
DISAGREE = ("{% if corrected_claim.lines and facts.coded_correctly.value is sameas false and not clinical_case %}I ask "
            "you to decide "
            "it again on the corrected claim{% elif no_notice %}I ask you to decide it now{% else %}I respectfully "
            "disagree{% endif %}")
# What a denial rests on, as a request names it: a plan's provision, or for Original Medicare (no plan) Medicare's rule
PROVISION = "{{ 'the Medicare rule' if claim.plan_type == 'medicare' else 'the plan provision' }}"


def lines_left_aside(d: Letter) -> None:
    """The lines of the claim this appeal leaves aside, named so the records that cover them ask for nothing (set 21,
    case 02; set 22, case 07)."""
    _optional_line(d, "not_appealed", "{% for l in not_appealed %}The {{ 'lines' if l.many else 'line' }} for "
                   "{{ l.code }} {% if l.last %}from {{ l.date|longdate }} through {{ l.last|longdate }}{% else %}on {{ l.date|longdate }}{% endif %} {{ 'are' if l.many else 'is' }} not part of this {{ 'request' if route == 'next level' else 'appeal' }}{% if l.why %}: "
                   "{{ l.why|trim('.') }}{% endif %}. {% endfor %}")


def quote_denial(d: Letter) -> None:
    """The denial in its own words, then in at most three numbered lines why it is wrong (the `summary:` lines of
    the argument blocks that answer it): the reviewer sees the whole answer before the detail."""
    # A second-level appeal answers the latest decision, not the first notice
    # a request never decided has no notice: what was asked, when, and that no decision came, with nothing quoted as a
    # notice (letters set 58, case 08: the user's own description printed as "Your notice states")
    d.body("{% if no_notice %}On {{ prior_auth.requested_on|longdate }}, {{ insurer.name }} was asked to authorize "
           "{{ treatment.name }}{% if prior_auth.reference %} (its reference {{ prior_auth.reference }}){% endif %}"
           "{% if prior_auth.pended_on %}; on {{ prior_auth.pended_on|longdate }} it pended the request"
           "{% if prior_auth.pended_for %} for {{ prior_auth.pended_for|trim|trim('.') }}{% endif %}{% endif %}. "
           "No decision on that request has come, and no notice of one." + said("pa_requested") +
           "{% elif stage.second %}Your decision on the first-level appeal"
           "{% if stage.decision_date %}, dated {{ stage.decision_date|longdate }},{% endif %} "
           # a decision that refused to consider the appeal upheld nothing (derived.appeal_stage; set 38, case 05)
           "{% if stage.dismissed %}dismissed that appeal without deciding its merits{% else %}upheld the "
           # the notice date a case gives may be the decision's own (the notice that starts this level's clock): a
           # decision never upholds itself (set 10, case 01)
           "{% if claim.notice_date and not (stage.decision_date and claim.notice_date|longdate == "
           "stage.decision_date|longdate) %}denial of {{ claim.notice_date|longdate }}{% else %}earlier denial"
           "{% endif %}{% endif %}. "
           # made by the deadline the first-level decision gives (set 21, case 05)
           "{% if says('second_level_timely') %}This appeal is made by {{ stage.next_deadline|longdate }}, the "
           "deadline for appealing that decision. {% endif %}{% if stage.decision_reason %}"
           "That decision states: “{{ stage.decision_reason }}”" + said("decision_quoted") + "{% if stage.dismissed %} "
           "I ask that the dismissal be set aside and the appeal decided on its merits.{% endif %}"
           "{% else %}The reason given: "
           "“{{ claim.denial_reason }}”" + said("denial_quoted") + "{% endif %}{% else %}Your notice{% if claim.notice_date %} of "
           "{{ claim.notice_date|longdate }}{% endif %} states: “{{ claim.denial_reason }}”" + said("denial_quoted") +
           # made by the deadline for appealing it, while that deadline is still ahead (set 32, cases 01 and 08); the
           # day may be the safe one, counted without the days a rule presumes for receipt, so it is never called "the
           # deadline": the appeal is within the time allowed, by that day (set 80, case 03: 12/18 for a deadline of
           # 12/23 under 42 CFR 405.942(a))
           # (an appeal never decided, sent on to the next level: the request says when it was made; set 86, case 04)
           "{% if first_deadline and not (" + IRE_OVERDUE + ") and says('appeal_timely') %} This appeal is made by "
           "{{ first_deadline|longdate }}, "
           "within the time allowed for appealing it"
           # counted from the day the notice came, the reason for a date later than the notice's own count (set 76,
           # case 05: a notice forwarded from an old address)
           "{% if receipt_counted and says('appeal_from_receipt') %}: the notice was received on "
           "{{ receipt_counted.date|longdate }}{% if enclosed.received_proof %} ({{ enclosed.received_proof }})"
           "{% endif %}, and an appeal may be filed within {{ receipt_counted.days }} days after receipt"
           "{{ law('appeal_window') }}"
           # the notice's own window shorter than the rule's that gives the deadline: the rule's, with its citation,
           # is the reason; the notice's is said as the notice's, never as the time allowed (set 97, case 07)
           "{% if notice_short and says('notice_window_short') %}; the {{ notice_short.stated }} days the notice "
           "states are shorter than the rules allow{% endif %}"
           "{% elif notice_short and says('notice_window_short') %}: the rules allow an appeal within "
           "{{ notice_short.days }} days {% if notice_short.from_receipt %}after the notice is received{% else %}from "
           "the date of the notice{% endif %}{{ law('appeal_window') }}, and the {{ notice_short.stated }} days the "
           "notice states are shorter than they allow{% endif %}."
           # made after it, where the plan's rule lets a late appeal be accepted for good cause: the extension is asked
           # for, with the reason and its records (set 72, case 03)
           "{% elif first_deadline and applies('good_cause') and says('appeal_late') %} This appeal is made after "
           "{{ first_deadline|longdate }}, the deadline for appealing it, and I ask you to extend the time for filing "
           "it for good cause{{ law('good_cause') }}.{% if late_filing.reason %} "
           "{{ late_filing.reason|trim|trim('.') }}{% if enclosed.late_proof %} ({{ enclosed.late_proof }}){% endif %}."
           "{% elif enclosed.late_proof %} Why it could not be filed in time is set out in "
           "{{ enclosed_as.late_proof }}.{% endif %}{% endif %}{% endif %}"
           "{% if not why_wrong %} " + DISAGREE + ", for the reasons below.{% endif %}")
    lines_left_aside(d)
    d.tag("{%p if why_wrong %}")
    d.p(DISAGREE + ". In short:", after=3, keep=True)
    d.tag("{%p for w in why_wrong %}")
    d.p("{{ loop.index }}.\t{{ w }}", indent=0.25, tab=0.5, after=2, keep=True)
    d.tag("{%p endfor %}")
    d.p("", size=6)
    d.tag("{%p endif %}")


# what the section holds besides the history table: the summary, the severity line and the response so far
PICTURE_LINES = "(treatment.summary and not why_wrong) or clinical.severity or (clinical.response and service != 'pre')"
# the section's heading names what is under it: a heading "Treatment already tried" over the severity line or over
# the treatment appealed mislabels them (set 7's review, all eight letters)
PICTURE_HEADING = ("{% if not shows_history %}The condition{% elif " + PICTURE_LINES + " %}The condition and "
                   "the treatment already tried{% else %}Treatment already tried{% endif %}")


def clinical_picture(d: Letter, heading: str = PICTURE_HEADING, *, count_trials: bool = False,
                     history_intro: str | None = None, definition: str = "") -> None:
    """The current severity and the treatment-history table (with the adequate-trial count). treatment.summary is
    printed only when no argument summarised the case already (each fact once). A letter that answers only a
    coding or filing denial leaves the clinical picture out (clinical_case): the plan did not question the care."""
    d.tag("{%p if clinical_case %}")
    d.tag("{%p if " + PICTURE_LINES + " or shows_history %}")
    d.heading(heading)
    d.tag("{%p endif %}")
    _optional_line(d, "treatment.summary and not why_wrong", "{{ treatment.summary|sentence }}", after=PARA_AFTER)
    # "current" only when clinical.severity_date is recent (facts.severity_current): an old line is dated, not current
    # the same scores and dates as the response line below are said once, there (derived.severity_repeated)
    _optional_line(d, "clinical.severity and not (severity_repeated and clinical.response and service != 'pre')",
                   # a line that also gives an old baseline is a series, dated by its own words, not the current
                   # severity (letters set 64, case 02: "Current severity. PHQ-9 18 on 06/02/2025; PHQ-9 7 on
                   # 11/17/2026")
                   ("{% if not severity_series and says('severity_current') %}Current severity{% else %}Severity"
                                            "{% if clinical.severity_date and not (severity_line_dated or "
                                            "severity_series) %} on "
                                            "{{ clinical.severity_date|longdate }}"
                                            "{% endif %}{% endif %}. ", "b"),
                   "{{ clinical.severity|sentence }}" + said("severity_recorded"),
                   after=PARA_AFTER)
    # what the treatment appealed has already done, once some of it was given: the strongest fact a course that
    # worked has (clinical.response), a label with its colon, never a sentence fragment of its own ("Response to the
    # treatment." read as a stub: letters set 50, cases 01, 03, 06, 07); not where the severity line above already carries its scores (derived.
    # response_repeated)
    _optional_line(d, "clinical.response and service != 'pre' and not response_repeated", ("Response to the treatment: ", "b"),
                   "{{ clinical.response|sentence }}" + said("response_recorded"), after=PARA_AFTER)
    # an emergency is covered as one, whatever was tried before it: no history (shows_history; set 11, case 07)
    history_table(d, count_trials=count_trials, intro=history_intro, definition=definition, when="shows_history")
    d.tag("{%p endif %}")


def history_table(d: Letter, *, count_trials: bool = False, intro: str | None = None, definition: str = "",
                  when: str = "clinical.history") -> None:
    d.tag("{%p if " + when + " %}")
    if count_trials:
        # the count, the rule exactly as appeal_kit.letter.arguments applies it, and why any row is not counted
        # (not where the plan's criteria, each shown met, say what counts: render's count_left_out)
        # only where the denial's question is medical (count_bears): the letter's own way of counting trials is
        # no answer to a date, a document or a count, and said there it reads as a rule of the plan's (letters set 50,
        # cases 03 and 05; set 51, case 05; set 52, case 03)
        d.p("{% if trials.adequate_failed and not count_left_out and count_bears and says('trials_failed') %}{{ pt.short_cap }} {{ pt.has }} "
            "{{ trials.lead }}. " + definition +
            "{% if trials.rule %}{{ trials.rule }} {% endif %}{% if trials.uncounted %}{{ trials.uncounted }} {% endif %}"
            "{% endif %}Each "
            "treatment tried, with its dose, dates and outcome:" + said("history_listed"), after=6, keep=True)
    else:
        d.p((intro or "{{ pt.short_cap }} {{ pt.has }} already tried the following treatments:") + said("history_listed"),
            after=6, keep=True)
    history_rows(d)
    d.tag("{%p endif %}")


def history_rows(d: Letter) -> None:
    # numeric dates keep the outcome column wide, so a five-row history stays a compact table
    d.table(["Medication or treatment", "Dose", "Started", "Ended", "Outcome / side effects"],
            ["{{ t.drug|default('') }}", "{{ t.dose|default('') }}", "{{ t.start|default('')|shortdate }}",
             "{{ t.end|default('')|shortdate }}",
             # the page of the records a row was read from, when it has one: "(Exhibit B, p. 3)"
             "{{ t.outcome|default('') }}{% if t.where|default('') %} ({{ t.where }}){% endif %}"],
            widths=[1.65, 1.05, 0.8, 0.8, 2.2], loop="t in clinical.history")
    d.p("", size=4)


def arguments(d: Letter) -> None:
    """The blocks of letter_templates/arguments.yaml that answer the denial (appeal_kit.letter.arguments)."""
    d.tag("{%p for a in arguments %}")
    d.heading("{{ a.heading }}")
    d.tag("{%p for para in a.paragraphs %}")
    d.body("{{ para }}")
    d.tag("{%p endfor %}")
    d.tag("{%p endfor %}")


def evidence(d: Letter) -> None:
    """The one evidence paragraph, just before the request: the `evidence` block."""
    d.shows_evidence = True
    d.tag("{%p if evidence_block %}")
    d.heading("{{ evidence_block.heading }}")
    d.body("{{ evidence_block.paragraphs|join(' ') }}")
    d.tag("{%p endif %}")


def criteria_table(d: Letter, *, request: bool = False, published: bool = True) -> None:
    """The plan's criteria one by one (payer_criteria), else (unless `published` is false: the urgent letter keeps
    to two pages) the published ones answered from the case. In a request (`request`) nothing has been applied yet,
    so the letter never says the plan has not named its criteria."""
    d.answers_criteria = True if published else "plan"
    d.tag("{%p if payer_criteria %}")
    # Original Medicare has no plan: its criteria are Medicare's coverage rules (an LCD), which no contractor owns;
    # a Medicare Advantage case with Medicare's own rule (medicare_rule) answers that rule's criteria in the rows,
    # never called the plan's (docs/case-yaml.md, medicare_coverage; set 8, case 04), nor are the rows of an Original
    # Medicare case without one (set 14's writer, case 02)
    d.heading("{% if claim.plan_type == 'medicare' or medicare_rule %}Medicare’s coverage criteria{% else %}"
              "{{ insurer.name }}’s criteria{% endif %}, one by one")
    # where a row is marked not met (all_criteria_met false), the table says what the records show, never "how each
    # is met" (set 9, case 02)
    unmet = "{% if facts.all_criteria_met.value is sameas false or criteria_unmet %}"
    d.p("{% if medicare_rule %}The criteria of {{ medicare_rule.short }}{% elif criteria_policy %}The criteria of "
        "{{ criteria_policy }}{% elif policy %}The criteria for {{ treatment.name }}{% elif claim.plan_type == 'medicare' %}"
        "Medicare’s criteria{% else %}The plan’s criteria{% endif %}" + unmet + ", what the records show for each, and where:{% else %}, "
        "{% if exclusions_only %}each an exclusion, why it does not apply{% else %}how each is met{% endif %}, and "
        "where the enclosed records show it:{% endif %}", after=6, keep=True)
    # an exclusion the record shows absent does not apply; "met" would say it applies (set 79, cases 04 and 08)
    d.table(["Criterion", unmet + "What the records show{% elif exclusions_only %}Why it does not apply{% else %}"
             "How it is met{% endif %}", "Where"],
            ["{{ c.criterion }}", "{{ c.how_met }}{% if says('criterion_' ~ loop.index) %}{% endif %}",
             "{{ c.where }}"],
            widths=[2.3, 2.9, 1.3], loop="c in payer_criteria")
    d.p("", size=4)
    if not published:
        d.tag("{%p endif %}")
        return
    # no criteria from the plan: the ones published for this treatment, each answered only from the case
    # (appeal_kit.letter.criteria); the rows the case cannot answer are left out
    d.tag("{%p elif published and published.rows %}")
    d.heading("The criteria for {{ published.title }}, one by one")
    d.p(("" if request else "{% if says('names_no_criteria') %}{{ insurer.name }} has not said which criteria it "
         "applied. {% endif %}") + "Measured against {{ published.published }}"
        "{% if published.cite %} {{ cite(published.cite) }}{% endif %}, the records show:", after=6, keep=True)
    d.table(["Criterion", "How it is met"], ["{{ c.criterion }}", "{{ c.how_met }}"], widths=[2.6, 3.9],
            loop="c in published.rows")
    d.p("", size=4)
    d.tag("{%p endif %}")


def ask_for_standard(d: Letter) -> None:
    """The plan's criteria, the claim file and an independent reviewer: asked of every plan, with the rule that
    grants each request cited only for the plan types it governs (letter_templates/rules.yaml). Original Medicare's
    denial of a provider's enrollment rests on the enrollment record, not on a coverage article (set 23, case 03)."""
    d.body("Please send me, free of charge, copies of all documents, records and other information relevant to "
           "the claim, including {% if no_notice %}the plan's record of the request and of the records it received"
           # a request never decided: nothing was used to deny it (set 58, case 08); a Medicare Secondary Payer denial
           # rests on Medicare's record of the other coverage, not on a coverage article (set 58, case 06)
           "{% elif claim.plan_type == 'medicare' %}{% if enrollment.within %}the enrollment "
           "record{% elif 'coordination_of_benefits' in reasons %}Medicare's record of the other coverage"
           # an entitlement denial rests on Medicare's record of the coverage's dates (set 70, case 05)
           "{% elif 'coverage_ended' in reasons %}Medicare's record of {{ pt.poss }} entitlement and its dates"
           "{% else %}the coverage determination or billing article{% endif %}"
           "{% else %}the plan provision{% endif %}{% if medical_judgment and not no_notice %} and the clinical "
           "criteria, guideline or internal rule{% endif %}{% if not no_notice %} used to deny it{% endif %}"
           "{{ law('claim_documents') }}.")
    # the denial names its policy or criteria product: the letter asks for a copy of that, by the name the denial
    # gives, never for the plan to say which criteria it applied (it has said), nor whether a clinician reviewed it
    _optional_line(d, "criteria_named and medical_judgment", "In particular, please send me a copy of "
                   "{{ criteria_named|join_and }} in the version applied to this claim, with the evidence "
                   "{{ 'it cites' if criteria_named|length == 1 else 'they cite' }}." + said("policy_copy_asked"),
                   after=PARA_AFTER)
    ask_for_reviewer(d)
    # a denial on the claim's facts or documents is reviewed afresh all the same (set 33, case 03: a second-level
    # appeal of a precertification record decided by the same administrator)
    _optional_line(d, "not medical_judgment and applies('fresh_review') and route == 'internal appeal'",
                   "Please have this appeal decided by someone who took no part in the decision appealed and does not "
                   "report to whoever made it, giving that decision no deference{{ law('fresh_review') }}.",
                   after=PARA_AFTER)


# Who decided a medical-judgment denial, and the reviewer of the right specialty asked for: in every internal
# appeal, the expedited one too (letters set 44, cases 02 and 05: a family physician and an adult psychiatrist had
# denied a PHP and an adolescent's residential stay, and the urgent letter never asked for a psychiatrist). Each line
# is (its condition, its text).
# Only a denial that turns on medical judgment needs a clinical reviewer; naming the experts consulted is a duty
# only the ERISA claims rule imposes (experts_identified), so other plans are asked without a citation. The ERISA
# rule has the fiduciary consult a health professional; Medicare Advantage (422.590) and Medicaid (438.406(b)(2)) have
# the appeal decided by one with the expertise, so their letters ask for that, never "after consulting" (set 68);
# none of those rules names a specialty, so the one the condition calls for is asked apart from the rule's
# citation (letters set 78, case 03: "a child and adolescent psychiatrist ... (42 CFR 438.406(b)(2))").
# The first reviewer, when the case records who it was (claim.reviewer): named with their specialty, and said to
# be outside the specialty the condition calls for only when the recorded specialty shows it, in those words:
# never a certification the case does not hold (set 30, case 08: "not a physician board-certified in ...").
# Original Medicare's redetermination is a contractor's review of the claim file, with no clinical panel to ask for.
# "this appeal turns on": a step-therapy denial may rest on pharmacy claims, but the appeal's trials and exception
# are a medical judgment (set 33, case 07: "Because the denial rests on a medical judgment"); where a plan document the
# case holds answers the denial's ground (document_decides), only if the plan treats it as one (letters set 51)
REVIEWER_LINES = [
    ("medical_judgment and first_reviewer.name", "The denial was decided by "
     "{{ first_reviewer.name }}{% if first_reviewer.outside %}, whose recorded specialty is "
     "{{ first_reviewer.specialty }}, not the one this condition calls for{% elif first_reviewer.specialty %}"
     " ({{ first_reviewer.specialty }}){% endif %}."),
    # the plan no longer decides a request it let run out (IRE_OVERDUE): no reviewer of its own is asked for
    ("medical_judgment and claim.plan_type != 'medicare' and not (" + IRE_OVERDUE + ")", "{% if document_decides %}If {{ insurer.name }} treats any "
     "part of this appeal as a medical judgment, please have it decided{% else %}Because this appeal turns on a "
     "medical judgment, please have it decided{% endif %} by {% if applies('experts_identified') %}someone who took "
     "no part in the denial, after consulting {{ reviewer }} experienced in treating this condition"
     "{{ law('independent_reviewer') }}, and give me the name and qualifications of each expert consulted"
     "{{ law('experts_identified') }}.{% elif applies('independent_reviewer') %}someone with the clinical expertise "
     "this condition calls for who took no part in the denial{{ law('independent_reviewer') }}; I ask that it be "
     "{{ reviewer }} experienced in treating this condition. Please also tell me the name and qualifications of each "
     "expert consulted.{% else %}{{ reviewer }} experienced in treating this condition who took no part in the "
     "denial. Please also tell me the name and qualifications of each expert consulted.{% endif %}"),
]
# A peer-to-peer call is the plan's own internal review, for a denial that turns on medical judgment: offered with the
# hours the physician gives (peer_to_peer.availability); never in a request the plan let run out, whose review is now
# the independent review entity's (IRE_OVERDUE; letters set 90, case 02)
PEER_TO_PEER_LINE = (
    "prescriber and medical_judgment and not document_decides and route == 'internal appeal' and "
    "claim.plan_type != 'medicare' and not (" + IRE_OVERDUE + ")",
    "{% if standing.kind == 'clinician' and prescriber.name == author.name %}I am available for a peer-to-peer "
    "discussion at {{ prescriber.phone }}{% if peer_to_peer.availability %} ({{ peer_to_peer.availability }})"
    "{% endif %}.{% else %}Please arrange any peer-to-peer discussion with {% if prescriber.organization %}"
    "{{ pt.poss }} treating clinicians at {{ prescriber.name }}{% else %}the prescribing clinician, "
    "{{ prescriber.name }}{% if prescriber.credentials %}, {{ prescriber.credentials }}{% endif %}{% endif %}, at "
    "{{ prescriber.phone }}{% if peer_to_peer.availability %} ({{ peer_to_peer.availability }}){% endif %}."
    "{% endif %}")


def ask_for_reviewer(d: Letter) -> None:
    """REVIEWER_LINES, each its own paragraph."""
    for test, text in REVIEWER_LINES:
        _optional_line(d, test, text, after=PARA_AFTER)


def inline(lines: list[tuple[str, str]]) -> str:
    """Optional lines as sentences that follow a paragraph's own, each printed where its condition holds (the urgent
    letter keeps to two pages)."""
    return "".join(f"{{% if {test} %}} {text}{{% endif %}}" for test, text in lines)


def exhibit_list(d: Letter, what: str = "appeal") -> None:
    """The enclosures in one line: up to three by name, more by their range (the packet's exhibit index, right
    after the letter, lists them all; each fact once)."""
    _optional_line(d, "exhibits", f"Enclosed as part of this {what}: "
                   "{% if exhibits|length > 3 %}Exhibits {{ exhibits[0].label }}–{{ exhibits[-1].label }}, listed in "
                   "the exhibit index that follows this letter.{% else %}{% for e in exhibits %}Exhibit "
                   "{{ e.label }}: {{ e.title }}{{ '; ' if not loop.last else '.' }}{% endfor %}{% endif %}", after=PARA_AFTER)


def keep_benefits(d: Letter) -> None:
    """Medicaid, and an integrated D-SNP: benefits already authorized continue during a timely appeal (42 CFR 438.420
    or 422.632, via the registry)."""
    # only where care was already authorized: the case says the decision cuts it (claim.action), or, when the case
    # does not say, care given with more to come; a new request has no benefits to continue, and care that is over
    # (every date of service past, none still to come: a stay already ended) none either (letters set 18, case 03)
    _optional_line(d, "applies('medicaid_continued_benefits', 'integrated_continuation') and service != 'post' "
                   "and not approval_ran_out and says('authorized_care_cut')",
                   # after a later decision the cut is the first notice's, said in the past; the treatment by its
                   # short noun, named in full above (letters set 61, case 02: "This decision ends ..., resumed")
                   "{% if stage.latest_date and cut_notice and cut_notice.past %}The notice of "
                   "{{ claim.notice_date|longdate }} {% if claim.action|lower == 'reduce' %}reduced{% elif "
                   "claim.action|lower == 'suspend' %}suspended{% else %}ended{% endif %}{% else %}This decision "
                   "{% if claim.action|lower == 'reduce' %}reduces{% elif claim.action|lower == "
                   "'suspend' %}suspends{% else %}ends{% endif %}{% endif %} {{ tx.short }}, which was already "
                   "authorized. "
                   # the notice came too short before the change (derived.care_cut_notice; set 36, case 03)
                   "{% if cut_notice and cut_notice.short and applies('advance_notice') and says('advance_notice_short') %}"
                   "The change {{ 'took' if cut_notice.past else 'takes' }} effect on {{ cut_notice.effective|longdate }}, {% if cut_notice.days == 0 %}the "
                   "date of the notice itself{% else %}{{ cut_notice.days|words }} day{{ 's' if cut_notice.days != 1 }} "
                   "after the notice of {{ claim.notice_date|longdate }}{% endif %}, though a notice that reduces, "
                   "suspends or ends a service already authorized must be sent at least 10 days before the change "
                   "takes effect, apart from the exceptions the rules list{{ law('advance_notice') }}. {% endif %}"
                   # filed in time for the care to continue, as the rule counts it (42 CFR 438.420)
                   # the care already ended and the time for it to continue past (438.420: 10 days from the
                   # notice): never "continue as authorized" under a rule whose date has gone, nor a reinstatement no
                   # rule gives, but resumption as the decision's outcome (letters set 61, case 02)
                   "{% if cut_notice and cut_notice.past and not cut_notice.in_time %}I ask that the decision on this "
                   "{{ 'request' if route == 'next level' else 'appeal' }} resume this care as authorized"
                   "{% else %}"
                   "{% if cut_notice and cut_notice.in_time %}This {{ 'request' if route == 'next level' else "
                   "'appeal' }} is filed on {{ letter_date|longdate }}, {{ cut_notice.in_time }}, and I{% else %}I"
                   "{% endif %} ask that this care {% if cut_notice and cut_notice.reinstate "
                   "and applies('medicaid_reinstatement') %}be reinstated and continue as authorized while this "
                   "{{ 'request' if route == 'next level' else 'appeal' }} is decided{{ law('medicaid_reinstatement') }}"
                   "{% else %}continue as authorized while this {{ 'request' if route == "
                   "'next level' else 'appeal' }} is decided"
                   "{{ law('medicaid_continued_benefits', 'integrated_continuation') }}{% endif %}{% endif %}.",
                   after=PARA_AFTER)
    # an employer, individual, governmental or church plan that cuts a course it approved must leave time to appeal,
    # and decide the appeal, before the benefit is cut (29 CFR 2560.503-1(f)(2)(ii)(A) via the registry; letters set
    # 58, case 04): asked only where the case says the decision cuts care already authorized and some is still to
    # come, and of the plan's own appeal (the rule is the plan's review, not an external reviewer's)
    # (says() last: it records the fact as said, so only once everything else holds)
    # (an approval that had run its period is not cut "before its period is over": letters set 63, case 03; a
    # treatment whose name says it was approved is not said approved again: letters set 64, case 08)
    _optional_line(d, "route == 'internal appeal' and service != 'post' and applies('concurrent_care_continuation') "
                   "and not approval_ran_out and says('authorized_care_cut')",
                   "This decision {% if claim.action|lower == 'reduce' %}reduces{% elif claim.action|lower == "
                   "'suspend' %}suspends{% else %}ends{% endif %} {{ treatment.name }}{% if not named_approved %}, a course of treatment the plan had already approved{% endif %}"
                   + said("authorized_care_cut") + ". A plan that cuts a course it approved before its period is over must leave "
                   "time to appeal and to decide the appeal before the benefit is cut, so I ask that it stay covered as "
                   "approved until this appeal is decided{{ law('concurrent_care_continuation') }}.", after=PARA_AFTER)
    _optional_line(d, "applies('medicaid_continued_benefits', 'integrated_continuation') and service == 'ongoing' and not "
                   "facts.authorized_care_cut.known", "If this decision ends, suspends or reduces a service that was "
                   "already authorized, I ask that it continue while this {{ 'request' if route == 'next level' "
                   "else 'appeal' }} is decided{{ law('medicaid_continued_benefits', 'integrated_continuation') }}.", after=PARA_AFTER)


def authorization_note(d: Letter) -> None:
    """Who the author writes for, and where the signed authorization is (check warns when there is none)."""
    # in the author's own standing (letter.derived.author_standing): the treating physician files with the patient's
    # written consent, a parent of a minor needs no authorization, a representative encloses the signed form
    _optional_line(d, "on_behalf and standing.as and (standing.kind == 'parent' or not standing.needs_authorization "
                   "or (authorization.where and says('authorization_enclosed')))",
                   "I write as {{ pt.poss }} {{ standing.as }}" + said("author_standing")
                   + "{% if standing.kind == 'parent' %}; {{ pt.short }} is a minor{% endif %}"
                   # a physician or prescriber the rule lets ask unappointed, enclosing no authorization, says so, or
                   # the plan asks for a form (letters set 63, case 05)
                   "{% if standing.kind == 'clinician' and not standing.needs_authorization and not authorization.where "
                   "and applies('files_unappointed') %}, and as such may ask for this review without being appointed as a "
                   "representative{{ law('files_unappointed_expedited') if (template == 'expedited-appeal' or "
                   "urgent_case) and applies('files_unappointed_expedited') else law('files_unappointed') }}"
                   "{% endif %}"
                   # the enclosed document is named by what it is: form CMS-1696 only when its own text says so
                   # (render: authorization.form), else a clinician's is the patient's written consent (letters set
                   # 6, case 07; set 44, case 08; set 52, case 03: a billing psychiatrist's consent called the form);
                   # "on" the form, since its name carries its own parenthesis (issue 18)
                   "{% if authorization.where and standing.kind != 'parent' %}; {% if standing.kind == 'clinician' "
                   "and not authorization.form %}"
                   "{% if standing.minor %}the written consent of {{ pt.poss }} parent or guardian to this appeal"
                   "{% else %}{{ pt.poss }} written consent to this appeal{% endif %}{% elif standing.get('legal') %}"
                   # a guardian's or agent's own legal authority, never an appointment form (set 38, case 02)
                   "the document of that legal authority{% else %}the signed authorization"
                   "{% if authorization.form %} on {{ authorization.form }}{% endif %}{% endif %} is enclosed as "
                   "{{ authorization.where }}{% endif %}.",
                   after=PARA_AFTER)
    # a provider appealing its own claim: its signed waiver of liability, by its exhibit, and the rule that makes
    # such a provider a party where one governs (render: waiver; set 92, case 03: the waiver enclosed, never named)
    _optional_line(d, "standing.kind == 'provider' and waiver.where and says('provider_waiver')",
                   "{% if standing.party and standing.party != author.name %}{{ standing.party }} has signed a waiver "
                   "of liability, enclosed as {{ waiver.where }}: it waives{% else %}I have signed a waiver of "
                   "liability, enclosed as {{ waiver.where }}: I waive{% endif %} any right to collect payment from "
                   "{{ pt.obj }} for these services, whatever the outcome of this appeal{{ waiver.law }}.",
                   after=PARA_AFTER)


def thanks(d: Letter, what: str = "appeal") -> None:
    # how to reach the author is in the sender lines at the top of every letter that ends this way
    d.body(f"Thank you for your prompt attention to this {what}.")


# who certifies the urgency, in the clinician's own standing (a representative who also treats the patient certifies
# as the clinician), and the rule that makes the plan handle the claim as urgent only where it reaches that clinician
# (derived.certifier: a physician, or the prescriber or provider where the plan type's rule names them)
CERTIFIED = ("{% if urgency.certified_by and says('urgency_certified') %}{% if certifier.self %} As {{ pt.poss }} "
             "{{ standing.as if standing.kind == 'clinician' else 'treating clinician' }}, I have determined{% else %} "
             "{{ certifier.name }}, who treats {{ pt.obj }}, has determined{% endif %} that it is urgent"
             "{% if applies('urgent_by_physician') and certifier.binds %}, so the plan must handle it as urgent"
             "{{ law('urgent_by_physician') }}{% endif %}.{% endif %}")
# an expedited internal appeal of a decision of medical judgment may have its expedited external review run beside it:
# asked wherever the expedited decision is (letters set 63, case 03 and set 64, case 08: an urgent appeal of care cut
# mid-course said only "if any part ... is upheld"); an insured plan's is the state's process, named in words, its
# rule the one that binds the state process (letters set 44, case 05: a bare "(c)(2)" read as the state rule itself)
# A denial that is not plainly of medical judgment but not about paperwork either (a network exception: whether the
# in-network program named can treat this patient) is asked for on that condition, never dropped (set 68, case 08:
# the notice offered the concurrent expedited external review and the letter never asked for it).
# render.py works out when (concurrent_external): an internal appeal asking for an expedited decision, of a denial of
# medical judgment or of care, where a rule gives the concurrent review.
SIMULTANEOUS_EXTERNAL = ("{% if concurrent_external %} {% if medical_judgment %}I also ask{% else %}If "
                         "{{ insurer.name }} treats any part of this denial as a medical judgment, I also ask{% endif %}"
                         " that an expedited external review {% if state_review %}under the state's external "
                         "review process {% endif %}proceed at the same time{{ law('expedited_external_review') }}."
                         "{% endif %}")


def request(d: Letter, text: str, *, standard: bool = False, what: str = "appeal") -> None:
    """The specific request, then (with `standard`) the criteria, claim file and reviewer asked for, the
    peer-to-peer offer, continued benefits, the enclosures and how to reach the author."""
    d.heading("Request")
    # a first level never decided in its time is not asked to be decided again, which would restart the plan's
    # clock: the plan was bound to send the case on by then (derived.ire_overdue); asked first, as the letter's
    # purpose (set 72, case 02). A Part D plan may uphold its own denial, so only its time is said (set 86, case 04)
    _optional_line(d, IRE_OVERDUE,
                   "The {{ level_name }} requested on {{ ire_overdue.sent|longdate }}"
                   "{% if ire_overdue.confirmation %} "
                   "({{ ire_overdue.confirmation }}){% endif %}{% if ire_overdue.by and says('reconsideration_in_time') %}"
                   ", made by "
                   "{{ ire_overdue.by|longdate }}, the last day to ask for it{{ law('appeal_window') }},{% endif %} "
                   "was never decided. {{ insurer.name|capfirst }} had "
                   "until {{ ire_overdue.due|longdate }} {% if claim.plan_type == 'medicare_part_d' %}to decide it, "
                   "and a request not decided in that time must be sent on to the independent review entity"
                   "{% else %}either to decide it fully in {{ pt.poss }} favor or to send the case file, with its "
                   "written explanation, to the independent review entity{% endif %}"
                   "{{ law('undecided_to_ire') }}, and that time has run out. Please send the case file, with "
                   "this letter and its exhibits, to the independent review entity now, and tell me in writing the "
                   "day it was sent.", after=PARA_AFTER)
    _optional_line(d, ORAL_APPEAL,
                   "The appeal was made {{ oral_appeal.how }} on {{ oral_appeal.sent|longdate }}"
                   "{% if oral_appeal.confirmation %} ({{ oral_appeal.confirmation }}){% endif %}"
                   "{% if oral_appeal.by %}, by {{ oral_appeal.by|longdate }}, the last day to appeal"
                   "{{ law('appeal_window') }}{% endif %}. An appeal may be made orally, and an oral request to appeal "
                   "counts as the appeal from the day it was made{{ law('oral_appeal') }}; this letter confirms it in "
                   "writing.{% if oral_appeal.dismissed %} {{ insurer.name|capfirst }}’s letter of "
                   "{{ oral_appeal.dismissed|longdate }} dismissed the appeal{% if oral_appeal.dismissal %}: "
                   "“{{ oral_appeal.dismissal }}”{% else %}.{% endif %} Please withdraw that dismissal and treat the "
                   "appeal as filed on {{ oral_appeal.sent|longdate }}.{% else %} Please treat the appeal as filed on "
                   "{{ oral_appeal.sent|longdate }}.{% endif %}{% if oral_appeal.due and not oral_appeal.ran_out %} "
                   "Please decide it by {{ oral_appeal.due|longdate }}{% if oral_appeal.length %}, "
                   "{{ oral_appeal.length }} from that day{{ law(oral_appeal.rule_id) }}{% endif %}. If no decision "
                   "comes by then, the appeal is deemed exhausted and {{ oral_appeal.next }} may be asked for"
                   "{{ law('appeal_deemed_exhausted') }}.{% elif oral_appeal.due %} The time to decide it ran out on "
                   "{{ oral_appeal.due|longdate }}{% if oral_appeal.length %}{{ law(oral_appeal.rule_id) }}{% endif %}"
                   ": the appeal is deemed exhausted, and {{ oral_appeal.next }} may be asked for"
                   "{{ law('appeal_deemed_exhausted') }}.{% endif %}", after=PARA_AFTER)
    _optional_line(d, EARLIER_DISMISSAL,
                   "{% if level_name %}An earlier request for a {{ level_name }}{% else %}An earlier appeal{% endif %} "
                   "of this denial, sent on {{ earlier_dismissal.sent|longdate }}"
                   "{% if earlier_dismissal.confirmation %} ({{ earlier_dismissal.confirmation }}){% endif %}, was "
                   "dismissed on {{ earlier_dismissal.dismissed|longdate }}{% if earlier_dismissal.reason %}: "
                   "“{{ earlier_dismissal.reason }}”{% else %}.{% endif %} This letter is a new "
                   "{% if level_name %}request for a {{ level_name }}{% else %}appeal{% endif %}.", after=PARA_AFTER)
    d.body(text)
    # care already authorized and cut: its continuation is the most time-bound ask, right after the request
    keep_benefits(d)
    # the rules cited below hold for a church or government plan only if it is not grandfathered: said with that
    # condition and asked where the case leaves it open (render grandfather_open; set 67, case 07)
    _optional_line(d, "grandfather_open and applies('non_grandfathered')",
                   "The rules this letter cites govern a plan that is not grandfathered{{ law('non_grandfathered') }}. "
                   "If this plan is grandfathered, please tell me so, and which appeal procedures and time limits it "
                   "follows instead.", after=PARA_AFTER)
    # the plan's own clock, where a rule sets one for this plan type, care and level (intake.deadlines)
    # care given with more to come: the care still to come is decided on the shorter, pre-service clock
    _optional_line(d, "decision_time and not ire_overdue and not escalation and not (" + ORAL_APPEAL + ") and "
                   "template != 'superbill-cover-letter'",
                   # the case is urgent (claim.urgent, or a physician certifies it) and says why (urgency.reason): the
                   # expedited decision is asked for (derived.expedited_request, which `check` reads too), with
                   # the physician's certification where the case gives it, never only offered (set 13, case 03: a
                   # prescriber who had certified the urgency wrote "I will tell you if that becomes so")
                   "{% if expedite and expedite.rule %}"
                   f"Please decide this {what} as expedited, within "
                   "{{ expedite.rule.length }}{{ law(expedite.rule.rule_id) }}: "
                   "{% if expedite.own_words and says_once('urgency_reason') %}{{ urgency.reason|sentence }}"
                   "{% else %}waiting for a standard decision could seriously jeopardize {{ pt.poss }} life or health"
                   "{% if says_once('urgency_reason') %}. {{ urgency.reason|sentence }}{% else %}.{% endif %}{% endif %}"
                   + CERTIFIED + SIMULTANEOUS_EXTERNAL +
                   "{% else %}"
                   f"Please decide this {what} within "
                   "{% if decision_time.ahead %}{{ decision_time.ahead.length }} of receiving it for the care still to "
                   "come{{ law(decision_time.ahead.rule_id) }}, and within {{ decision_time.length }} for the care "
                   "already given{{ law(decision_time.rule_id) }}{% else %}{{ decision_time.length }} of receiving it"
                   "{{ law(decision_time.rule_id) }}{% if decision_time.otherwise %}, the time for a request about a "
                   "Part B drug, or, if the plan does not treat it as one, within {{ decision_time.otherwise.length }}"
                   "{{ law(decision_time.otherwise.rule_id) }}{% endif %}{% endif %}."
                   # care due to start before that time runs out: a decision before its first date is asked for
                   # (letters set 50, case 04: a program starting in eight days, asked "within 30 days")
                   # care already begun has no first day to come, only a next one (letters set 63, case 06: a stay
                   # begun 11/10 said "scheduled to begin on December 8")
                   "{% if decision_time.before %}{% if decision_time.begun %} The next day of the care still to come "
                   "is {{ decision_time.before|longdate }}{% else %} The care is scheduled to begin on "
                   "{{ decision_time.before|longdate }}{% endif %}, before that time runs out: please decide before "
                   "that date.{% endif %}"
                   # the expedited route, for care still to come while the illness is current, told to a member who
                   # writes (set 8, case 05); a clinician who writes and asks for no expedited decision has judged the
                   # case can wait, so the route is not offered (sets 13, 28 and 33; set 44, case 08: "as the treating
                   # clinician, I will tell you if that becomes so" where the truth called for no word of urgency)
                   "{% if decision_time.urgent and template != 'expedited-appeal' and standing.kind not in "
                   "('clinician', 'provider') and says('severity_current') %} An expedited "
                   "decision, within {{ decision_time.urgent.length }}{{ law(decision_time.urgent.rule_id) }}, is "
                   # an appeal that is mostly payment is expedited only for the care still to come (letters set 74,
                   # case 06: the route offered for "this appeal", four sessions given and four to come)
                   "available{% if decision_time.ahead %} for the care still to come{% endif %} if waiting for a "
                   "standard decision could seriously jeopardize {{ pt.poss }} life or health: please treat "
                   f"{{% if decision_time.ahead %}}the request for that care{{% else %}}this {what}{{% endif %}} as "
                   "expedited if {{ pt.poss }} treating clinician tells you so."
                   "{% endif %}{% endif %}", after=PARA_AFTER)
    # no rule gives the plan type a clock for this appeal, but the plan's own quoted terms promise one (FEHB: set 17,
    # case 06, the brochure's 30 days): asked for under those terms (derived.plan_decision_time)
    # (render.NO_DECISION_TIME says which letters do not; the sentence is quoted whole, set 20, case 01)
    _optional_line(d, "own_decision_time and own_decision_time.asked",
                   # terms a block above has quoted already are referred to, not quoted a second time (letters set
                   # 62, case 03: Section 8's 30 days quoted, paraphrased and quoted again)
                   f"Please decide this {what} within the {{{{ own_decision_time.days }}}} {{{{ terms.own }}}} give"
                   "{% if own_decision_time.field == 'plan_policy.other_terms' and said('other_terms_quoted') or "
                   "own_decision_time.field == 'plan_policy.quote' and said('plan_quoted') %}, "
                   "quoted above.{% else %}: “{{ own_decision_time.words }}”{% endif %}", after=PARA_AFTER)
    # no rule or plan term gives a decision time, but care is to come: a decision before its first (or next) day is
    # asked for (derived.scheduled_care; letters set 67, case 04: an FEHB carrier's ECT scheduled for 12/10, no
    # decision asked for at all)
    _optional_line(d, "scheduled_care and scheduled_care.asked and not decision_time and not expedite and not "
                   "(own_decision_time and own_decision_time.asked)",
                   "{% if scheduled_care.begun %}The next day of the care still to come is{% else %}The care is "
                   "scheduled to begin on{% endif %} {{ scheduled_care.day|longdate }}: please decide this "
                   f"{what} before that date.", after=PARA_AFTER)
    # no rule gives the plan type an expedited clock, but the plan's own terms promise one (plan_policy.urgent_review):
    # an urgent case asks for it under those words (set 15, case 02: an FEHB carrier's "within 72 hours")
    _optional_line(d, "expedite and expedite.terms and template != 'superbill-cover-letter'",
                   "{% if says('plan_urgent_review') %}{% if expedite.own_words and says_once('urgency_reason') %}"
                   "{{ urgency.reason|sentence|capfirst }}{% else %}Waiting for a standard decision could seriously "
                   "jeopardize {{ pt.poss }} life or health{% if says_once('urgency_reason') %}: "
                   "{{ urgency.reason|sentence }}{% else %}.{% endif %}{% endif %} The plan’s own terms provide: “{{ plan_policy.urgent_review|trim }}” "
                   f"Please decide this {what} under those terms." + CERTIFIED + "{% endif %}", after=PARA_AFTER)
    if standard:
        ask_for_standard(d)
    _optional_line(d, *PEER_TO_PEER_LINE, after=PARA_AFTER)
    # patient.language: the plan is asked to write to the patient in the patient's language (letter.derived)
    _optional_line(d, "language_request", "{{ language_request }}", after=PARA_AFTER)
    exhibit_list(d, what)
    thanks(d, what)


# Original Medicare has no plan terms: it pays what is reasonable and necessary
# what is asked for follows the care: authorize what is still to come, pay for what was given
# the approval period the plan's quoted criteria grant is asked for with care still to come (derived.approval_period;
# set 17, case 06: FE-100's 12 months); a tiering exception asks for the drug at the preferred tier's cost sharing, the
# drug being covered already (set 20, case 04)
# what the member paid for care already given, asked back in the request where no block before has (set 34, cases
# 03 and 05: $2,850.00 and $956.00 paid, and only "pay the claim" asked)
# less the member's own cost sharing: the case holds what was paid, never the plan's allowed amount or benefit, so the
# letter never asks for the whole of it back (set 41, case 07: "to reimburse the $1,180.00" for out-of-network care a
# PPO pays at its out-of-network benefit)
# the share the terms owe of what was paid: their allowed amount less the cost sharing, never the amount paid (the
# allowed amount of care out of network need not equal the charge: letters set 43, cases 01, 05 and 07)
REIMBURSE_ASK = ("to reimburse its share of the {{ member_paid.amount }} paid for it{% if member_paid.where %} "
                 "({{ member_paid.where }}){% endif %}" + said("member_paid") + ": "
                 "{% if claim.plan_type == 'medicare' %}Medicare’s allowed amount for the care, less the cost sharing "
                 "Medicare sets{% else %}the plan’s allowed amount for the care, less the cost sharing its terms "
                 "set{% endif %}")
TIERING_ASK = ("{% if 'tiering_exception' in reasons and 'formulary_exception' not in reasons %}cover "
               "{{ treatment.name }} at the cost sharing of the preferred drugs for {{ pt.poss }} condition")
# care already authorized that the decision cuts, with some still to come: kept authorized, no claim paid (set 36,
# case 03: "pay the claim and authorize the treatment still to come" for an IOP ended early)
CUT_CARE = "care_cut and says('authorized_care_cut')"
# a request never decided (no_notice): decided now and the care authorized; nothing "upheld" (set 58, case 08)
# a claim the notice says was paid at a lower level (a point-of-service option, facts.paid_lower): reprocessed at the
# full level, never a denial overturned (set 70, case 04)
PAID_LOWER = "facts.paid_lower.value and service != 'pre'"
# a request the plan let run out is decided by the independent review entity, which the case file goes to with this
# letter: that body is asked to overturn it, never the plan, whose time to decide has passed (letters set 90, case 02)
STANDARD_REQUEST = ("I ask {% if " + IRE_OVERDUE + " %}the independent review entity{% else %}{{ insurer.name }}"
                    "{% endif %} to {% if no_notice %}decide the request of "
                    "{{ prior_auth.requested_on|longdate }} now and to {% elif " + PAID_LOWER + " %}{% else %}overturn "
                    "{% endif %}{% if " + CUT_CARE + " %}this decision and to keep "
                    "{{ treatment.name }} authorized as it was{% else %}{% if not no_notice and not (" + PAID_LOWER +
                    ") %}the denial and to {% endif %}" + TIERING_ASK +
                    "{% elif " + PAID_LOWER + " %}reprocess the {{ claim_ids.noun }} at the full benefit level, "
                    "without the lower level's cost sharing,"
                    "{% elif service == 'pre' %}authorize "
                    "the treatment{% elif service == 'post' %}pay the {{ claim_ids.noun }}{% else %}pay the {{ claim_ids.noun }} and authorize the "
                    "treatment still to come{% endif %}{% if approval_period and service != 'post' %} for "
                    "{{ approval_period.period }}, the approval period its criteria set (“{{ approval_period.words }}”),{% endif %}"
                    # a criterion conceded: the exception asked for it, never the terms it is not met under (set 73, 07)
                    "{% if conceded and said('criterion_conceded') %} by the exception asked above, on an "
                    "individual medical review"
                    # a notice given on time owes the claim without the missed notice's penalty (set 84, case 04)
                    "{% elif facts.notice_within_business_days.value and missed_notice.penalty and "
                    "says('denial_exceeds_penalty') %} in full, without the reduction the plan's terms set for a "
                    "missed notice"
                    # a Part D drug's quantity limit: the coverage exception asked on the prescriber's statement,
                    # never the plan's terms, which set the limit (letters set 92, case 02)
                    "{% elif 'benefit_limit' in reasons and applies('coverage_exception') and "
                    "'formulary_exception' not in reasons and 'step_therapy' not in reasons and "
                    "prescriber_statement.quote %} by the exception to the limit asked above"
                    "{% elif claim.plan_type == 'medicare_advantage' %} under "
                    "Medicare's {% if integrated %}and Medicaid's {% endif %}coverage rules and the terms of the plan"
                    "{% elif claim.plan_type == 'tricare' %} under TRICARE's coverage rules"
                    "{% elif claim.plan_type == 'short_term' %} under the terms of the policy"
                    "{% elif claim.plan_type != 'medicare' %} under "
                    "the terms of the plan{% endif %}{% endif %}"
                    "{% if member_paid and service != 'pre' and says_once('member_paid') %}, and " + REIMBURSE_ASK
                    + "{% endif %}.{% if not ire_overdue %} If any part of {% if care_cut or " + PAID_LOWER +
                    " %}this decision{% elif no_notice %}the request{% else %}the denial{% endif %} is "
                    "{{ 'denied' if no_notice else 'upheld' }}, please explain {{ next_level.ask }}.{% endif %}")
# ire_overdue: the plan is asked to send the case file on now, in the line after the request (request())


def meta(name: str, title: str, purpose: str, when: str, *, required=(), optional=(), drop=(), **extra) -> dict:
    req = [*BASE_REQUIRED, *required]
    opt = [f for f in [*BASE_OPTIONAL, *optional] if f not in req and f not in drop]
    out = {"name": name, "title": title, "purpose": purpose, "when_to_use": when,
           "required": list(dict.fromkeys(req)), "optional": list(dict.fromkeys(opt))}
    out.update(extra)
    return out


APPEAL_REQUIRED = ["claim.denial_reason"]  # required by case.py for every case, so no default exists
APPEAL_OPTIONAL = ["claim.denial_category", "claim.plan_type", "clinical.history", "clinical.severity",
                   "patient.salutation", "author.authorization", "claim.action"]


# ---------------------------------------------------------------------------------------------- the templates

def appeal_body(d: Letter, request_text: str, *, history_heading: str = PICTURE_HEADING,
                count_trials: bool = True, definition: str = "", **history) -> None:
    """Every internal appeal after its opening, in the order a reviewer reads best: the denial quoted
    with why it is wrong in three lines, the criteria one by one, the treatment history, the answer to each
    reason, one evidence paragraph, and the specific request."""
    quote_denial(d)
    criteria_table(d)
    clinical_picture(d, history_heading, count_trials=count_trials, definition=definition, **history)
    arguments(d)
    evidence(d)
    request(d, request_text, standard=True)


# the subject line of an internal appeal names a second-level appeal as one
SECOND_LEVEL_OR = "{% if stage.second %}Second-level appeal{% else %}"
# The first level by its name for the plan type (render key level_name, from deadlines.FIRST_LEVEL_NAMES): a
# redetermination, an integrated reconsideration, a reconsideration; an appeal for every other plan
FIRST_LEVEL = "{% if level_name %}Request for {{ level_name }}{% else %}Appeal{% endif %}"
# "Appeal of denied claim" for care given, "... of denied coverage" for care not yet given
APPEAL_OF = ("{% if " + IRE_OVERDUE + " %}Request to send the {{ level_name }} of {{ ire_overdue.sent|longdate }} to the "
             "independent review entity{% else %}" + SECOND_LEVEL_OR + FIRST_LEVEL + "{% endif %} of {% if " + CUT_CARE
             + " %}the decision to {{ care_cut }} authorized care{% else %}{{ 'denied coverage' if service == 'pre' "
             "else 'denied claim' }}{% endif %}{% endif %}")


def _opening(what: str = "{{ treatment.name }}") -> str:
    # the dates, codes and claim number are in the RE block above: said once
    return (f"{{% if {IRE_OVERDUE} %}}{ON_BEHALF} am writing about the {{{{ level_name }}}} of {{{{ insurer.name }}}}’s "
            f"denial of {what} requested on {{{{ ire_overdue.sent|longdate }}}}, which the plan never decided in the "
            "time it had: this letter asks you to send its case file to the independent review entity now, as set out "
            "below."
            # an appeal made by phone: this letter is its written confirmation (set 78, case 03)
            f"{{% elif {ORAL_APPEAL} %}}{ON_BEHALF} am writing to confirm in writing the appeal of "
            f"{{{{ insurer.name }}}}’s denial of {what} made {{{{ oral_appeal.how }}}} on "
            "{{ oral_appeal.sent|longdate }}, and to ask you to reverse the denial."
            f"{{% else %}}{ON_BEHALF} am writing to {{% if stage.second %}}make a second-level appeal of{{% elif "
            f"level_name %}}request {{{{ 'an' if level_name == 'integrated reconsideration' else 'a' }}}} {{{{ level_name }}}} of"
            f"{{% else %}}appeal{{% endif %}} "
            # a claim the notice says was paid at a lower level is never called denied (set 16, case 04)
            f"{{{{ insurer.name }}}}’s {{% if facts.paid_lower.value %}}payment of {what} only at a lower benefit "
            f"level, and to ask you to correct it{{% elif {CUT_CARE} %}}decision to {{{{ care_cut }}}} {what}, "
            f"and to ask you to reverse it{{% elif no_notice %}}failure to decide the request to authorize {what}, "
            # a request never decided: no denial to reverse (set 58, case 08)
            f"and to ask you to decide it now{{% else %}}denial of {what}, and to ask you to reverse it"
            f"{{% endif %}}.{{% endif %}}")


def opening(d: Letter, what: str = "{{ treatment.name }}") -> None:
    d.body(_opening(what))
    authorization_note(d)


MEDICAL_NECESSITY = meta(
    "medical-necessity", "Medical necessity appeal",
    "Asks the plan to reconsider a claim or authorization it denied as not medically necessary: quotes the "
    "denial, sets out the treatment history and severity, answers the denial reason with the matching argument, "
    "matches the plan's criteria to the records, asks for the criteria the plan applied and lists the exhibits.",
    "The denial says the service is not medically necessary (CARC 50), or does not meet the plan's clinical "
    "criteria or guidelines. A first-level internal appeal to a commercial, employer (ERISA) or Marketplace plan.",
    required=APPEAL_REQUIRED, optional=APPEAL_OPTIONAL)


def medical_necessity() -> Letter:
    def body(d: Letter):
        opening(d)
        appeal_body(d, STANDARD_REQUEST)
    return skeleton("Medical necessity appeal", APPEAL_OF + " — {{ treatment.name }}", body)


KETAMINE_TRD = meta(
    "ketamine-trd", "IV ketamine for treatment-resistant depression: appeal",
    "Appeals a denial of intravenous ketamine infusions for treatment-resistant depression: counts the adequate "
    "antidepressant trials already failed and shows them in a table, answers the denial reason, cites the "
    "randomized trials and the psychiatric consensus statement, and matches the plan's criteria to the records.",
    "IV ketamine (billed 96365/96366 with J3490) for major depression (F32.x/F33.x) was denied as not medically "
    "necessary, experimental, not covered or for missing authorization. Internal appeal by the patient, an "
    "advocate or the clinic.",
    required=APPEAL_REQUIRED, optional=APPEAL_OPTIONAL, arguments=["denial", "evidence"], indication="depression")


def ketamine_trd() -> Letter:
    def body(d: Letter):
        opening(d, _for("treatment-resistant depression"))
        appeal_body(d, STANDARD_REQUEST, definition=(
            "{% if trials.medication >= 2 %}Depression that has not responded to at least two adequate "
            "antidepressant trials is treatment-resistant {{ cite('mcintyre-2021') }}. {% endif %}"))
    return skeleton("IV ketamine for treatment-resistant depression",
                    APPEAL_OF + " — " + _for("treatment-resistant depression"), body)


KETAMINE_PAIN = meta(
    "ketamine-chronic-pain", "IV ketamine for chronic pain or CRPS: appeal",
    "Appeals a denial of intravenous ketamine infusions for refractory chronic pain, such as complex regional pain "
    "syndrome (CRPS): lists the pain treatments already tried, answers the denial reason and relies on the 2018 "
    "consensus guidelines of three pain and anesthesia societies.",
    "IV ketamine for CRPS (G90.5x) or another chronic pain condition (G89.4) was denied as experimental, not "
    "medically necessary or not covered.",
    required=APPEAL_REQUIRED, optional=APPEAL_OPTIONAL, arguments=["denial", "evidence"], indication="pain")


def ketamine_pain() -> Letter:
    def body(d: Letter):
        opening(d, _for("chronic pain"))
        appeal_body(d, STANDARD_REQUEST, history_heading="The pain condition and what has been tried",
                    count_trials=False,
                    history_intro="{{ pt.short_cap }} {{ pt.has }} already tried the following treatments, each recorded "
                                  "with its dose, dates and outcome:")
    return skeleton("IV ketamine for chronic pain",
                    APPEAL_OF + " — " + _for("chronic pain"), body)


ESKETAMINE = meta(
    "esketamine-step-therapy", "Spravato (esketamine): step-therapy or prior-authorization appeal",
    "Appeals a denial of Spravato (esketamine nasal spray) under a step-therapy or prior-authorization rule: "
    "counts the adequate antidepressant trials already failed, shows them in a table, explains that the protocol "
    "has been satisfied, and raises mental-health parity for the step-therapy limit.",
    "The plan refused Spravato because other drugs must be tried first (step therapy, fail first) or because "
    "its prior-authorization criteria were not met.",
    required=APPEAL_REQUIRED, optional=APPEAL_OPTIONAL, arguments=["denial", "step_therapy"],
    indication="esketamine")


def esketamine() -> Letter:
    def body(d: Letter):
        d.body(f"{ON_BEHALF} am writing to {{% if stage.second %}}make a second-level appeal of{{% else %}}appeal"
               "{% endif %} {{ insurer.name }}’s decision to deny coverage of {{ treatment.name }}"
               "{% if claim.denial_category == 'prior_authorization' %} for lack of prior authorization"
               "{% elif claim.denial_category == 'step_therapy' %} under a step-therapy requirement{% endif %}, and to "
               "ask you to reverse it.")
        authorization_note(d)
        quote_denial(d)
        criteria_table(d)
        clinical_picture(d, count_trials=True)
        arguments(d)
        evidence(d)
        request(d, "I ask {{ insurer.name }} to approve {{ treatment.name }} as prescribed, including the "
                   "induction and maintenance phases{% if approval_period and service != 'post' %}, for "
                   "{{ approval_period.period }}, the approval period its criteria set (“{{ approval_period.words }}”){% endif %}. If any part of the denial is upheld, please state the specific "
                   "reasons and the step-therapy protocol or criteria relied on, and explain {{ next_level.ask }}.",
                standard=True)
    return skeleton("Spravato step-therapy appeal",
                    SECOND_LEVEL_OR + "Appeal{% endif %} of denied coverage — {{ treatment.name }}", body)


EXPERIMENTAL = meta(
    "experimental-investigational", "Experimental / investigational denial: rebuttal",
    "Answers a denial that calls the treatment experimental or investigational: quotes the plan's definition, "
    "sets out FDA status and the peer-reviewed evidence and guidelines for the condition, raises mental-health "
    "parity for off-label use, and preserves the right to external review.",
    "The denial says the treatment is experimental, investigational, unproven or not FDA-approved for the "
    "condition (CARC 55 or 56).",
    required=APPEAL_REQUIRED, optional=APPEAL_OPTIONAL, arguments=["denial", "experimental_investigational"])


def experimental() -> Letter:
    def body(d: Letter):
        opening(d)
        quote_denial(d)
        criteria_table(d)
        clinical_picture(d, count_trials=True)
        arguments(d)
        evidence(d)
        d.heading("The assessment relied on")
        d.body("If {{ insurer.name }} relied on a technology assessment, a literature review or an outside "
               "reviewer’s opinion in calling this treatment experimental, please identify it and send me a copy, "
               "with the date it was last updated, so that it can be answered. An assessment that predates the "
               "studies cited above cannot support the denial.")
        request(d, STANDARD_REQUEST, standard=True)
    return skeleton("Experimental or investigational denial: rebuttal",
                    "Appeal of denial as experimental or investigational — {{ treatment.name }}", body)


GAP = meta(
    "out-of-network-gap-exception", "Out-of-network: network gap exception request",
    "Asks the plan to cover an out-of-network provider at in-network cost sharing because no suitable in-network "
    "provider can give the treatment within a reasonable time and distance: lists the in-network providers tried "
    "and cites the network adequacy rules.",
    "The provider is out of network and the plan denied or reduced payment (CARC 242/243), or before care starts "
    "when no in-network provider offers the treatment.",
    # an approval the plan gave (prior_auth.approved) is the strongest answer: it leads, and says nothing without one
    required=APPEAL_REQUIRED, optional=["claim.denial_category", "claim.plan_type", "claim.action"], arguments=["approved_authorization", "out_of_network", "denial"])


def gap() -> Letter:
    def body(d: Letter):
        # an exception the plan already approved (prior_auth.approved) is honored, not asked for again
        d.body(f"{ON_BEHALF} am writing to {{% if approval %}}appeal {{{{ insurer.name }}}}'s denial of "
               f"{{{{ treatment.name }}}}{SERVICE_DATES}, {{{{ claim_ids.words }}}}, as out of network, although "
               "{{ insurer.name }} had approved {{ approval.number or 'an exception for this provider' }}"
               "{% if approval.date %} on {{ approval.date|longdate }}{% endif %}.{% else %}ask "
               "{{ insurer.name }} for a network gap exception (also called a "
               "network adequacy or in-network exception) for {{ treatment.name }}"
               f"{SERVICE_DATES}, {{{{ 'references' if claim_ids.many else 'reference' }}}} {{{{ claim_ids.numbers }}}}, so that the treatment is covered at the "
               "in-network benefit level although the treating provider is outside the network.{% endif %}")
        authorization_note(d)
        _optional_line(d, "claim.denial_reason", "{{ insurer.name }} {{ 'decided this request' if service == 'pre' "
                       "else 'processed this claim' }} as follows: "
                       "“{{ claim.denial_reason }}”" + said("denial_quoted") + "{% if not approval %} That result "
                       "follows from the gap in the network, not from any choice to go outside it.{% endif %}",
                       after=PARA_AFTER)
        d.heading("Why this treatment is needed")
        d.body("{% if treatment.summary %}{{ treatment.summary|sentence }}{% else %}{{ treatment.name|capfirst }} "
               "{{ tx.was }} prescribed by {{ 'me' if i_am.prescriber else 'the treating clinician' }} for {{ pt.poss }} "
               "condition.{% endif %}")
        arguments(d)
        evidence(d)
        d.tag("{%p if clinic %}")
        d.heading("The treating provider")
        d.body("{{ clinic.name }}{% if clinic.address %}, {{ clinic.address }}{% endif %}"
               "{% if clinic.phone %}, phone {{ clinic.phone }}{% endif %}{% if clinic.tax_id %}; tax ID "
               "{{ clinic.tax_id }}{% endif %}{% if clinic.provider %}; treating provider "
               "{{ clinic.provider.name }}{% if clinic.provider.npi %}, NPI {{ clinic.provider.npi }}{% endif %}"
               "{% endif %}. If a single-case agreement is needed to carry out the exception, please contact the "
               "provider directly.")
        d.tag("{%p elif provider.name %}")
        d.heading("The treating provider")
        d.body("{{ provider.name }}{% if provider.credentials %}, {{ provider.credentials }}{% endif %}"
               "{% if provider.npi %}, NPI {{ provider.npi }}{% endif %}{% if provider.address %}, "
               "{{ provider.address }}{% endif %}{% if provider.phone %}, phone {{ provider.phone }}{% endif %}"
               "{% if provider.tax_id %}; tax ID {{ provider.tax_id }}{% endif %}. If a single-case agreement is "
               "needed to carry out the exception, please contact the provider directly.")
        d.tag("{%p endif %}")
        # care not yet given has no claim to reprocess: the exception is asked for before treatment
        request(d, "{% if approval %}Please reprocess {{ claim_ids.words }} under "
                   "{{ approval.number or 'the approval' }} at the in-network benefit level{% if approval.beyond %}, "
                   "decide the services given beyond it on their merits{% endif %}, and confirm in writing the "
                   "services the approval covers. If you decline, please state the specific reason, the plan "
                   "provision relied on, and how to appeal.{% else %}Please approve the exception in writing"
                   "{% if service == 'pre' %} before treatment begins{% endif %}"
                   " and state the dates and services it covers{% if service != 'pre' %}, and reprocess the {{ claim_ids.noun }}s "
                   "for these services at the in-network benefit level{% endif %}. If the exception is refused, "
                   "please name an in-network provider who can give this treatment within a reasonable time and "
                   "distance, and state the network adequacy standard applied and how to appeal.{% endif %}")
    return skeleton("Network gap exception request",
                    "{% if approval %}Appeal of a denial despite the plan's approval{% else %}Request for a network "
                    "gap exception{% endif %} — {{ treatment.name }}", body)


RETRO = meta(
    "retro-authorization", "Missing prior authorization: retro-authorization request",
    "Asks the plan to authorize a service retroactively when it was denied because prior authorization was "
    "missing: says why authorization was not in place, shows the service met the plan's criteria anyway and "
    "asks for review on the merits.",
    "The denial says authorization or precertification was absent or exceeded (CARC 197/198).",
    required=APPEAL_REQUIRED, optional=APPEAL_OPTIONAL, arguments=["approved_authorization", "prior_authorization", "denial"])


def retro() -> Letter:
    def body(d: Letter):
        # a request the plan never decided is appealed as the plan's failure to decide, not as a missing authorization
        d.body(f"{ON_BEHALF} am writing{{% if stage.second %}}, in a second-level appeal,{{% endif %}} to "
               "{% if approval %}appeal the denial of "
               f"{{{{ treatment.name }}}}{SERVICE_DATES}, {{{{ claim_ids.words }}}}, which {{{{ insurer.name }}}} "
               "denied{% if claim.notice_date %} on {{ claim.notice_date|longdate }}{% endif %} as unauthorized, "
               "although {{ insurer.name }} had approved {{ approval.number or 'this care' }}{% if approval.date %} "
               "on {{ approval.date|longdate }}{% endif %}."
               "{% elif no_notice %}appeal {{ insurer.name }}’s failure to decide the request of "
               "{{ prior_auth.requested_on|longdate }} to authorize {{ treatment.name }}, and to ask you to decide it "
               "now.{% elif prior_auth.requested_on and prior_auth.never_decided %}appeal the denial of "
               f"{{{{ treatment.name }}}}{SERVICE_DATES}, {{{{ claim_ids.words }}}}, which {{{{ insurer.name }}}} "
               "denied{% if claim.notice_date %} on {{ claim.notice_date|longdate }}{% endif %} for lack of prior "
               "authorization, although the authorization was requested on {{ prior_auth.requested_on|longdate }} "
               "and {{ insurer.name }} never decided that request.{% else %}request retroactive authorization of "
               f"{{{{ treatment.name }}}}{SERVICE_DATES}, {{{{ claim_ids.words }}}}, which {{{{ insurer.name }}}} "
               "denied{% if claim.notice_date %} on {{ claim.notice_date|longdate }}{% endif %} because prior "
               "authorization was not in place.{% endif %}")
        authorization_note(d)
        quote_denial(d)
        criteria_table(d)
        clinical_picture(d, count_trials=True)
        arguments(d)
        evidence(d)
        request(d, "{% if approval %}Please reprocess and pay {{ claim_ids.words }} under "
                   "{{ approval.number or 'the approval' }}{% if approval.beyond %}, and decide the services given "
                   "beyond it on their merits{% endif %}. If you decline, please state the specific reason, "
                   + PROVISION + " relied on, and how to appeal."
                   "{% elif no_notice %}Please decide the authorization requested on "
                   "{{ prior_auth.requested_on|longdate }} now, on its merits, and authorize {{ treatment.name }}. If "
                   "you decline, please state the specific reason, " + PROVISION + " relied on, why the request was "
                   "not decided within the time the rules allow, and how to appeal."
                   "{% elif prior_auth.requested_on and prior_auth.never_decided %}"
                   # no plan type's rules deem an undecided request approved (for Medicaid it is itself a denial,
                   # 42 CFR 438.404(c)(5)): the request is decided, late, on its merits (set 17, case 02)
                   "Please decide the "
                   "authorization requested on {{ prior_auth.requested_on|longdate }} now, on its merits, reprocess "
                   "and pay "
                   "{{ claim_ids.words }}, and decide any part of that request still pending. If you decline, please "
                   "state the specific reason, " + PROVISION + " relied on, why the request was not decided within "
                   "the time the rules allow, and how to appeal.{% else %}Please review "
                   "{{ treatment.name }} for medical necessity{% if records_enclosed %} on the enclosed records"
                   "{% endif %}, authorize it retroactively "
                   "for the dates of service, and reprocess {{ claim_ids.words }}. If you decline, please state "
                   "the specific reason and " + PROVISION + " relied on, whether the service "
                   "{% if prior_auth.requested_on %}met the clinical criteria on the request made on "
                   "{{ prior_auth.requested_on|longdate }}{% else %}would have met the clinical criteria had "
                   "authorization been requested{% endif %}, and how to appeal.{% endif %}")
    return skeleton("Retro-authorization request",
                    "{% if approval %}Appeal of a denial despite the plan's approval"
                    "{% elif no_notice %}Appeal of an authorization request never decided"
                    "{% elif prior_auth.requested_on and prior_auth.never_decided %}Appeal of a denial for an "
                    "authorization the plan never decided{% else %}Request for retroactive authorization{% endif %}"
                    " — {{ treatment.name }}", body)


LMN = meta(
    "letter-of-medical-necessity", "Letter of medical necessity (for the treating physician to sign)",
    "A letter in the treating physician's own voice, written from the physician-facing fields: how long the "
    "physician has treated the patient, the diagnosis and the current episode, the treatments already tried, the "
    "treatment plan (dose, sessions, monitoring, when to stop), the response so far, the physician's judgment and "
    "the evidence relied on, and an offer of a peer-to-peer review. It does not repeat the appeal letter.",
    "To enclose with an appeal or a prior-authorization request. The signing provider is clinic.yaml's provider "
    "named by author.provider or matching author.name (titles and credentials ignored); without a clinic.yaml, "
    "author.name signs. Fill treatment.plan, clinical.response, clinical.episode_onset and "
    "clinical.treating_since for a letter reviewers can weigh.",
    required=APPEAL_REQUIRED, optional=[*APPEAL_OPTIONAL, "treatment.plan"], arguments=[])


# The signing clinician in a clinician's own letter: clinic.yaml's provider named by author.provider or like
# author.name (check errors when there is a clinic and no provider matches), else the case's author.
SIGNING_CLINICIAN = ("{% if clinic and clinic.provider %}{{ clinic.provider.name }}{% if clinic.provider.credentials %}, "
                     "{{ clinic.provider.credentials }}{% endif %}{% else %}{{ author.name }}{% if author.role %}, "
                     "{{ author.role }}{% endif %}{% endif %}")


def lmn() -> Letter:
    def body(d: Letter):
        d.body(f"I am {SIGNING_CLINICIAN}. I write about my patient {{{{ patient.name }}}}"
               "{% if patient.date_of_birth %} (date of birth {{ patient.date_of_birth|longdate }}){% endif %}"
               "{% if clinical.treating_since %}, whom I have treated since {{ clinical.treating_since|longdate }}"
               "{% endif %}, and about the {{ treatment.name }} I have prescribed.")
        d.heading("Diagnosis and current episode")
        d.body("{% if claim.diagnosis_codes and says('diagnosis_named') %}My diagnosis is "
               "{{ claim.diagnosis_codes|join_and }}.{% elif records_enclosed %}My "
               "diagnosis is recorded in the enclosed notes.{% endif %}{% if clinical.episode_onset %} The current "
               "episode began in {{ clinical.episode_onset|longdate }}.{% endif %}{% if clinical.severity %} At my "
               "most recent assessment: {{ clinical.severity|sentence }}" + said("severity_recorded") + "{% endif %}")
        d.tag("{%p if clinical.history %}")
        d.heading("What has been tried")
        d.p("{% if trials.adequate_failed and says('trials_failed') %}In my care and before it, {{ pt.short }} {{ pt.has }} been through "
            "{{ trials.short }} without a lasting benefit. {% endif %}The treatments, with doses, dates and "
            "outcomes, are:", after=6, keep=True)
        history_rows(d)
        d.tag("{%p endif %}")
        d.tag("{%p if treatment.plan or clinical.response %}")
        d.heading("My treatment plan")
        d.tag("{%p endif %}")
        _optional_line(d, "treatment.plan", "I have prescribed {{ treatment.name }} as follows: "
                       "{{ treatment.plan|sentence }}", after=PARA_AFTER)
        _optional_line(d, "clinical.response", "Response so far: {{ clinical.response|sentence }}", after=PARA_AFTER)
        d.heading("My clinical judgment")
        d.body("In my professional judgment, {{ treatment.name }} {{ tx.is }} the appropriate next step in "
               "{{ pt.poss }} care. The treatment is consistent with generally accepted standards of medical "
               "practice, it is clinically appropriate in type, frequency, extent and duration, and it is not "
               "prescribed for convenience. {% if trials.adequate_failed %}Repeating treatments of the kind that have "
               "already failed would not be expected to succeed and would prolong a serious illness. {% endif %}"
               "I will monitor the response at every treatment and stop if it is not helping."
               + JUDGMENT_EVIDENCE)
        # Original Medicare has no plan and no peer-to-peer: the physician offers to discuss the case with its reviewer
        d.body("{% if claim.denial_reason %}I have read the {% if claim.plan_type == 'medicare' %}reason given"
               "{% else %}plan’s reason{% endif %} for denying this treatment "
               "(“{{ claim.denial_reason }}”" + said("denial_quoted") + ") and I disagree with it for the reasons above. {% endif %}I am available "
               "{% if claim.plan_type == 'medicare' %}to discuss this case with the reviewer{% else %}for a "
               "peer-to-peer discussion with the plan’s reviewer, who should be {{ reviewer }}{% endif %}"
               "{% if contact_phone %}; please call {{ contact_phone }}{% endif %}. I attest that the information "
               "in this letter is accurate to the best of my knowledge and is supported by the medical record.")
    return skeleton("Letter of medical necessity", "Letter of medical necessity — {{ treatment.name }} for "
                    "{{ patient.name }}", body, with_sender=False, salutation="Dear Medical Director:",
                    signature=provider_signature, addressee=lambda d: insurer_addressee(d, "Utilization Management"))


def external_addressee(d: Letter) -> None:
    """Whoever the final internal decision names for the next level (a state insurance department or the federal
    external review process, a Qualified Independent Contractor, the state fair hearing office, OPM), never the
    insurer's internal-appeal address; without one, whoever decides the level where the member files with it (the
    QIC, a state fair hearing office, OPM: NextLevel.addressee, which `check` asks to name), else the insurer is asked
    to forward the request."""
    # a body named without an address is no addressee: the request goes through the plan (set 78, case 08)
    d.tag("{%p if agency_addressed %}")
    # an address whose first line names the body already: the name once (derived.names_repeated)
    _optional_line(d, "not agency_in_address", "{{ external_review.agency }}")
    _optional_line(d, "external_review.address", "{{ external_review.address }}")
    # Original Medicare: the request is filed with the QIC the redetermination notice names (42 CFR 405.964(a));
    # the Medicare contractor forwards nothing; a Medicaid fair hearing is asked of the state, not the plan (set 18,
    # case 03), and so on (check asks for the name and address)
    d.tag("{%p elif next_level.address %}")
    # the case's appeals address names that body on its first line: the block itself (set 88, case 01)
    d.p("{{ next_level.address }}")
    d.tag("{%p elif next_level.addressee %}")
    d.p("{{ next_level.addressee }}")
    d.tag("{%p else %}")
    d.p("{{ insurer.name }}")
    d.p("Attn: Requests for {{ next_level.title }} (to be forwarded to {{ next_level.decider }})")
    _optional_line(d, "insurer.appeals_address", "{{ insurer.appeals_address }}")
    d.tag("{%p endif %}")


EXTERNAL = meta(
    "external-review-request", "Next-level request: external review, QIC reconsideration, fair hearing, OPM review",
    "Asks for the level after the internal appeal, as the plan type has it (intake.deadlines.NEXT_LEVELS): "
    "independent external review (employer, individual, government and church plans), reconsideration by a "
    "Qualified Independent Contractor (Original Medicare), a state fair hearing (Medicaid), the state's review (a "
    "separate CHIP), OPM review (FEHB), the independent review entity (Part D). States the request and the window "
    "it is timely under, quotes the decision it appeals, restates the case and its argument, and asks for an "
    "expedited review when urgent.",
    "The plan upheld its denial on internal appeal (external_review.final_denial_date), or did not follow the "
    "appeal rules. External review hears only denials that turn on medical judgment or call a treatment "
    "experimental. File with whoever the final decision names (external_review.agency and .address). `draft` uses "
    "this letter by itself for a case past its internal appeal whose template is an internal appeal.",
    required=APPEAL_REQUIRED, optional=APPEAL_OPTIONAL)


def external() -> Letter:
    def body(d: Letter):
        # an internal appeal the plan never decided (next_level.undecided): no decision is named or dated; the appeal
        # sent, the day the plan's time ran out, deemed exhaustion, and the window counted from that day (set 66, 08)
        # a reconsideration the QIC never decided in its 60 days (derived.qic_escalation): the written request to
        # escalate it to an ALJ, never a second reconsideration request (set 78, case 01)
        d.body("{% if escalation %}"
               f"{ON_BEHALF} ask you to escalate to an Administrative Law Judge at the Office of Medicare Hearings "
               "and Appeals the reconsideration of {{ insurer.name }}’s {{ next_level.decision }}"
               "{% if next_level.decided %} dated {{ next_level.decided|longdate }}{% endif %} on "
               f"{{{{ claim_ids.words }}}} for {{{{ treatment.name }}}}{SERVICE_DATES}. The request for that "
               "reconsideration was sent on {{ escalation.sent|longdate }}{% if escalation.confirmation %} "
               "({{ escalation.confirmation }}){% endif %}. You had until {{ escalation.due|longdate }} to decide it"
               "{{ law('qic_decision') }}, and no decision has been issued. This is the written request to escalate "
               "the appeal{{ law('qic_escalation') }}: if you do not issue a decision or dismissal within 5 calendar "
               "days of receiving it, please send the case file to the Office of Medicare Hearings and Appeals."
               "{% elif next_level.undecided %}"
               f"{ON_BEHALF} request {{{{ next_level.request }}}} on {{{{ claim_ids.words }}}} for "
               f"{{{{ treatment.name }}}}{SERVICE_DATES}. {{{{ insurer.name }}}} never decided the appeal sent to it on "
               "{{ next_level.undecided.sent|longdate }}{% if next_level.undecided.confirmation or "
               "enclosed.undecided_proof %} ({% if next_level.undecided.confirmation %}confirmation "
               "{{ next_level.undecided.confirmation }}{% endif %}{% if next_level.undecided.confirmation and "
               "enclosed.undecided_proof %}; {% endif %}{% if enclosed.undecided_proof %}the appeal as sent: "
               "{{ enclosed.undecided_proof }}{% endif %}){% endif %}"
               # the plan asked for more information: told with the day it was given (set 76, case 08)
               "{% if next_level.undecided.asked %}. It asked for additional information on "
               "{{ next_level.undecided.asked|longdate }}, and the information was sent on "
               "{{ next_level.undecided.answered|longdate }}" + said("information_asked") + "; the time it had to "
               "decide then ran out on{% else %}: the time it had to decide ran out on{% endif %} "
               "{{ next_level.undecided.due|longdate }}, and no decision was sent" + said("appeal_undecided") + ". "
               # FEHB's rule lets the member ask OPM when the carrier does not answer, in those words, without calling
               # the carrier's level exhausted (5 CFR 890.105(a)(1); set 72, case 01)
               "Because the plan did not decide the appeal within the time the rules give, {% if not "
               "applies('opm_review') %}the internal appeal is deemed exhausted and {% endif %}"
               "{{ next_level.request }} may be asked for now{{ law('appeal_deemed_exhausted') }}."
               "{% if next_level.timely and next_level.undecided.after_information and says('request_timely') %}"
               # FEHB: the brochure's count from the carrier's request for information (set 76, case 08), or from
               # the reconsideration's sending when the carrier never answered (set 97, case 04)
               " Under the plan's brochure, {{ next_level.request }} is asked for "
               "{{ next_level.undecided.after_information }}; counted from "
               "{{ next_level.undecided.brochure_from|longdate }}, {{ next_level.undecided.brochure_from_what }}, "
               "this request is made within it, by {{ next_level.deadline|longdate }}."
               "{% elif next_level.timely and next_level.window and says('request_timely') %} Under the rule, "
               "{{ next_level.request }} is asked for {{ next_level.window|replace('that final', 'the final') }}"
               "{{ law(next_level.window_rule) if next_level.window_rule else '' }}. No such decision was sent, so "
               "that time has not begun; counted from {{ next_level.undecided.due|longdate }}, the day the plan's "
               "time ran out, this request is made within it, by {{ next_level.deadline|longdate }}.{% endif %}"
               "{% else %}"
               f"{ON_BEHALF} request {{{{ next_level.request }}}} {{{{ 'on' if next_level.hearing else 'of' }}}} "
               "{{ insurer.name }}’s "
               "{{ next_level.decision }}{% if next_level.decided %} dated "
               "{{ next_level.decided|longdate }}{% endif %} on {{ claim_ids.words }} for "
               f"{{{{ treatment.name }}}}{SERVICE_DATES}.{{% if next_level.timely and next_level.window and "
               "says('request_timely') %} This request is made {{ next_level.window }}"
               "{{ law(next_level.window_rule) if next_level.window_rule else '' }}"
               # counted from the day the decision came, with its record (letters set 86, case 01)
               "{% if next_level.received and says('request_from_receipt') %}: the decision was received on "
               "{{ next_level.received|longdate }}{% if enclosed.received_proof %} ({{ enclosed.received_proof }})"
               "{% endif %}, so the request may be made until {{ next_level.deadline|longdate }}{% endif %}."
               "{% endif %}"
               # why external review is open after one internal appeal: individual coverage has no second level
               # (set 84, case 06: the decision offered "a second-level appeal with us")
               "{% if next_level.one_level and applies('one_internal_level') %} Individual coverage has one level of "
               "internal appeal{{ law('one_internal_level') }}, so that decision on the internal appeal is the final "
               "internal adverse benefit determination: no second internal appeal is required before external "
               "review.{% endif %}"
               # fee-for-service: the hearing is the first step, whatever a notice says of a health plan (set 76, 04)
               "{% if next_level.by_agency and applies('fee_for_service_hearing') %} No health plan decided this "
               "claim: the state agency decides fee-for-service claims itself, so the fair hearing is the first step "
               "of appeal{{ law('fee_for_service_hearing') }}.{% endif %}{% endif %}")
        authorization_note(d)
        # the decision appealed, in its own words: the latest decision the record quotes (decisions[].reason, at any
        # level), else the denial reason, which the case holds as the latest decision's words at this level; a later
        # notice than the decision appealed (a corrected notice) by its own date, never as that decision's words
        # (set 72, case 06)
        d.body("{% if stage.latest_reason %}{% if stage.latest_date and next_level.decided and "
               "stage.latest_date|longdate != next_level.decided|longdate %}The plan's notice of {{ stage.latest_date|longdate }} states{% else %}That "
               "decision states{% endif %}: “{{ stage.latest_reason }}”"
               + said("latest_decision_quoted") + "{% elif next_level.undecided %}The plan's denial of "
               "{{ claim.notice_date|longdate }}, which that appeal challenged, states: “{{ claim.denial_reason }}”"
               + said("denial_quoted") + "{% else %}The decision states: “{{ claim.denial_reason }}”"
               + said("denial_quoted") + "{% endif %}"
               "{% if medical_judgment and next_level.judgment_only %} That decision turns on medical judgment, "
               "which is what external review exists to check{{ law('external_review') }}.{% endif %}"
               # a TRICARE decision that named the medical-necessity route for a factual denial: why the request
               # comes to the DHA, and the amount that lets it (set 68, case 06)
               "{% if next_level.named_other %} The decision names a second reconsideration by the TRICARE Quality "
               "Monitoring Contractor, the level for a denial of medical necessity; this denial is not one, so the "
               "next level is a formal review by the Defense Health Agency{{ law('tricare_formal_review') }}."
               "{% endif %}{% if next_level.in_dispute %} The amount in dispute is {{ next_level.in_dispute }}, as "
               "the decision states; a formal review needs $50 or more{{ '' if next_level.named_other else "
               "law('tricare_formal_review') }}.{% endif %}"
               # a Medicare Advantage ALJ hearing needs an amount in controversy: the one the IRE's decision states
               # (set 76, case 03)
               "{% if next_level.in_controversy %} The amount in controversy is {{ next_level.in_controversy }}, as "
               "the decision states{{ law(next_level.amount_rule) }}.{% endif %}"
               "{% if not external_review.final_denial_date and not next_level.undecided and "
               "applies('deemed_exhaustion') %} The plan has not "
               "issued a final internal decision. Where a plan fails to follow the internal claims and appeals "
               "rules, other than in minor ways that caused no harm and are not part of a pattern, internal appeals "
               "are deemed exhausted and external review may go ahead{{ law('deemed_exhaustion') }}.{% endif %}"
               "{% if next_level.evidence_rule and applies(next_level.evidence_rule) and exhibits %} All the "
               "evidence I rely on is enclosed with this request, so that this review can consider it"
               "{{ law(next_level.evidence_rule) }}.{% endif %}")
        lines_left_aside(d)
        _optional_line(d, "urgency.reason", ("Expedited review requested. ", "b"),
                       "{{ urgency.reason|sentence }} I therefore ask that this review be expedited"
                       "{{ law('expedited_external_review') if medical_judgment else '' }}.", after=PARA_AFTER)
        criteria_table(d)
        clinical_picture(d, count_trials=True)
        arguments(d)
        evidence(d)
        # addressed to the reviewer the final decision names, the letter asks "you"; sent through the plan, it names them.
        # The approval period the quoted criteria set is asked for with the cover (set 28, case 02: "Approval: 12 months")
        request(d, "I ask {% if agency_addressed or next_level.addressee %}you{% else %}{{ next_level.decider }}"
                   "{% endif %} to reverse "
                   "the {{ 'denial' if next_level.undecided else 'decision' }} and {% if service == 'post' %}to direct "
                   "{{ insurer.name }} to pay the {{ claim_ids.noun }}{% if member_paid and says_once('member_paid') %} "
                   "and " + REIMBURSE_ASK + "{% endif %}{% else %}to direct {{ insurer.name }} to cover "
                   "{{ treatment.name }}{% if approval_period %} for {{ approval_period.period }}, the approval period its criteria "
                   "set (“{{ approval_period.words }}”){% endif %}{% endif %}. {% if not agency_addressed and not "
                   "next_level.addressee %}{% if next_level.assigns %}Under the federal external review process, the "
                   "request is filed with the plan, which assigns an accredited independent review organization to it"
                   "{{ law('federal_external_review') }}: please assign one, send it this request"
                   "{% if exhibits %}, the enclosed exhibits{% endif %} and the complete claim file without delay, and "
                   "tell me which organization was assigned. {% else %}Please forward this request"
                   "{% if exhibits %}, the enclosed exhibits{% endif %} and the complete claim file to "
                   "{{ next_level.decider }} without delay, and tell me who was assigned. {% endif %}{% endif %}{% if next_level.hearing %}If the record supports a "
                   "decision in {{ pt.poss }} favor on every issue, I ask for that decision without waiting for a "
                   "hearing; otherwise, for the hearing. Please send me a copy of the claim file for this hearing."
                   "{% elif next_level.fair_hearing %}Please let me examine, before the hearing, the case file and every "
                   # the agency named once where it is the payer itself (letters set 59, case 08: "the agency or
                   # the agency" for a fee-for-service member)
                   "document and record {% if not next_level.by_agency %}{{ insurer.name }} or {% endif %}the "
                   "agency will use at it{{ law('hearing_file') }}."
                   # an independent external review decides afresh (set 33, case 04): asked, citing nothing
                   "{% elif not escalation %}{% if next_level.judgment_only %}{% if next_level.assigns and not "
                   "agency_addressed %}I ask the organization to decide{% else %}Please decide{% endif %} on the "
                   "whole record, giving "
                   "{{ insurer.name }}’s decision no deference. {% endif %}Please send me a copy of everything "
                   "{{ insurer.name }} gives the reviewer.{% endif %}",
                what="request")
    # a hearing before an ALJ is a judge's (set 33, case 05)
    return skeleton("Next-level request", "{% if escalation %}Request to escalate the reconsideration to an "
                    "Administrative Law Judge{% else %}Request for {{ next_level.title }}{% endif %} — "
                    "{{ treatment.name }}",
                    body, addressee=external_addressee, re_lines=NEXT_LEVEL_RE_LINES,
                    salutation="{% if next_level.hearing %}Dear Judge:{% elif next_level.fair_hearing %}Dear Hearing "
                               "Officer:{% else %}Dear Reviewer:{% endif %}")


EXPEDITED = meta(
    "expedited-appeal", "Expedited (urgent) appeal: 72-hour decision",
    "Asks for an expedited internal appeal because waiting would seriously jeopardize the patient's life, health "
    "or ability to regain function: within 72 hours where the plan's rules give that clock (not Original "
    "Medicare), with simultaneous expedited external review for employer and individual plans; then answers the "
    "denial.",
    "Care is ongoing or not yet given and delay is dangerous (for example, severe depression with suicidal "
    "ideation, or treatment interrupted mid-course). The treating physician should confirm the urgency.",
    required=[*APPEAL_REQUIRED, "urgency.reason"], optional=[*APPEAL_OPTIONAL, "urgency.certified_by",
                                                         "claim.pending_services"])


# the level asked for by its name for the plan type (render key expedited_level_name, as FIRST_LEVEL): Original
# Medicare's redetermination has no expedited form, so no level of that name is asked for (the appeal asks for a
# prompt decision only: rules.yaml, urgent_decision); letters set 44, case 02: a TRICARE contractor asked for "an
# expedited appeal"
EXPEDITED_LEVEL = "{{ expedited_level_name or 'appeal' }}"


def expedited() -> Letter:
    def body(d: Letter):
        # the notice date and claim number are in the RE block: said once
        # an integrated D-SNP's one level is an integrated reconsideration (42 CFR 422.633): asked for by that name
        d.body(f"{ON_BEHALF} request an expedited {EXPEDITED_LEVEL} of {{{{ insurer.name }}}}’s denial of "
               "{{ treatment.name }}. "
               "Applying the standard time frame could seriously jeopardize "
               "{{ pt.poss }} life or health or ability to regain maximum function: {{ urgency.reason|sentence }}"
               + said("urgency_reason"))
        authorization_note(d)
        # The 72-hour clock, the physician's word and simultaneous external review: each only where a rule gives it
        d.body("{% if applies('urgent_decision') %}An expedited appeal must be decided as quickly as the medical "
               "situation requires, and no later than 72 hours after the plan receives it{{ law('urgent_decision') }}."
               # no rule gives this plan type the clock: the plan's own promise, in its words (set 15, case 02)
               "{% elif plan_policy.urgent_review and says('plan_urgent_review') %}The plan’s own terms provide: "
               "“{{ plan_policy.urgent_review|trim }}” I ask that this appeal be decided under those terms."
               "{% else %}I ask that this appeal be decided as quickly as the medical situation requires.{% endif %}"
               + CERTIFIED + SIMULTANEOUS_EXTERNAL +
               "{% if author.phone %} Please give me the decision by telephone at {{ author.phone }} as well as in "
               "writing.{% endif %}")
        # Short: the urgency, the rule, the denial in its own words and the answer to its reason (the argument
        # blocks, which say only what the case holds); the records carry the rest.
        # a request never decided has no notice to quote (set 58, case 08)
        d.body("{% if no_notice %}On {{ prior_auth.requested_on|longdate }}, {{ insurer.name }} was asked to authorize "
               "{{ treatment.name }}; no decision on that request has come, and no notice of one." + said("pa_requested")
               + "{% else %}The notice states: “{{ claim.denial_reason }}”" + said("denial_quoted") + "{% endif %}")
        # the plan's criteria, each answered from the records: where the case copies them (payer_criteria) they answer
        # the denial's own findings, which an urgent letter needs most (set 9, case 05: a level-of-care denial whose
        # criteria rows were never printed)
        criteria_table(d, published=False)
        # what has been tried, with the count: half of the medical case an urgent letter makes (set 6's review,
        # letter 07: an expedited experimental denial said nothing of the four treatments that had failed). In a
        # sentence, not the table, so the urgent letter stays within two pages; the records carry the doses and dates.
        d.tag("{%p if clinical_case and shows_history %}")
        d.heading("Treatment already tried")
        d.body("{% if trials.adequate_failed and count_bears and says('trials_failed') %}{{ pt.short_cap }} {{ pt.has }} "
               "{{ trials.lead }}. {% if trials.rule %}{{ trials.rule }} {% endif %}{% if trials.uncounted %}"
               "{{ trials.uncounted }} {% endif %}"
               "{% endif %}The treatments tried, each with its dose and outcome, as the enclosed records give "
               "them with their dates: "
               # each with its dose and the record's own outcome words: a bare name reads a sleep dose as a failed
               # trial (set 34, case 04: "Quetiapine" beside the antidepressants)
               "{% for t in clinical.history %}{{ t.drug|default('') }}{% if t.dose|default('') %}, "
               "{{ t.dose|trim|trim('.') }}{% endif %}{% if t.outcome|default('') %}: {{ t.outcome|trim|trim('.') }}"
               "{% endif %}{% if t.where|default('') %} ({{ t.where }}){% endif %}.{{ ' ' if not loop.last }}"
               "{% endfor %}" + said("history_listed"))
        d.tag("{%p endif %}")
        arguments(d)
        evidence(d)  # an experimental or off-label denial is answered with the evidence, urgent or not
        d.body("I ask {{ insurer.name }}{% if exhibits %}, on the enclosed {% if records_enclosed %}records{% else %}"
               "documents{% endif %} (Exhibit"
               "{{ 's' if exhibits|length > 1 else '' }} {{ exhibits[0].label }}{% if exhibits|length > 1 %}–"
               "{{ exhibits[-1].label }}{% endif %}),{% endif %} to decide this appeal"
               "{% if applies('urgent_decision') %} within 72 hours"
               "{% else %} without delay{% endif %}, to overturn the denial and to " + TIERING_ASK + "{% else %}"
               "authorize {{ treatment.name }}{% if claim.pending_services %} for "
               # the denied care already given named beside the care still to come, never left out of the request
               # (letters set 60, case 01: only "inpatient days from 12/08/2026" asked for, the denial from 11/27)
               # (a stay's or course's days, a span the header does not split; separate dates of service are listed
               # in the header, and the urgent letter stays within its pages: test_letter_order)
               "{% if service == 'ongoing' and dates.course and dates.past_words %}the care already given "
               "({{ dates.past_words }}) and for {% endif %}{{ claim.pending_services|pending }}"
               # the next level named where it is the state's hearing or review, with a deadline of its own (letters
               # set 55, case 03: a Medicaid member's expedited appeal never named the state fair hearing); elsewhere
               # the expedited letter stays short (test_letter_order: one or two pages)
               # and a Medicare Advantage plan's duty to send an upheld reconsideration on itself (set 68, case 01)
               "{% endif %}{% endif %}.{% if claim.plan_type in ('medicaid', 'chip', 'medicare_advantage') %} If it "
               "is upheld, please explain {{ next_level.ask }}.{% endif %}"
               # patient.language: the urgent letter asks for notices in that language as the others do (fresh
               # letters set 61, case 03: a CHIP family's expedited appeal never asked, the fair-hearing letter did)
               + inline([*REVIEWER_LINES, PEER_TO_PEER_LINE, ("language_request", "{{ language_request }}")]))
        keep_benefits(d)
    # the urgency is the subject line itself, the first thing the reader sees under the addressee
    return skeleton("Expedited appeal", "URGENT — EXPEDITED {% filter upper %}" + EXPEDITED_LEVEL + "{% endfilter %}"
                    "{% if applies('urgent_decision') %}: A DECISION IS "
                    "NEEDED WITHIN 72 HOURS{% endif %} — {{ treatment.name }}", body)


SUPERBILL = meta(
    "superbill-cover-letter", "Out-of-network reimbursement: superbill cover letter",
    "A short cover letter that sends a superbill to the plan and asks it to reimburse the member under the "
    "out-of-network benefit: lists the services, codes, provider identifiers and amounts, and where to pay.",
    "The patient paid an out-of-network clinic directly (common for ketamine clinics) and is claiming "
    "reimbursement. Put the superbill (and proof of payment) in other/ so it is enclosed as an exhibit.",
    required=APPEAL_REQUIRED, optional=["patient.address", "claim.plan_type"], arguments=[])


def superbill() -> Letter:
    def body(d: Letter):
        # the superbill is said to be enclosed only when something is (check names what is missing)
        d.body(f"{ON_BEHALF} {{% if exhibits %}}enclose a superbill for {{{{ treatment.name }}}}{SERVICE_DATES}, and "
               "ask {{ insurer.name }} to reimburse {{ pt.obj if pt.self else patient.name }}{% else %}ask "
               "{{ insurer.name }} to reimburse {{ pt.obj if pt.self else patient.name }} for {{ treatment.name }}"
               f"{SERVICE_DATES}{{% endif %}} "
               "{% if claim.plan_type == 'medicare' %}for these services{% else %}under the plan’s "
               "out-of-network benefits{% endif %}. {{ 'I' if pt.self else patient.name }} paid the provider directly"
               "{% if reimbursement.amount_paid %} ({{ reimbursement.amount_paid }}){% endif %}.")
        d.heading("Claim details")
        # the provider from clinic.yaml, else the case's `provider:` group, else "see the superbill"
        d.p("Provider:\t{% if clinic %}{{ clinic.name }}{% if clinic.provider %}, {{ clinic.provider.name }}"
            "{% endif %}{% elif provider.name %}{{ provider.name }}{% if provider.credentials %}, "
            "{{ provider.credentials }}{% endif %}{% elif exhibits %}as shown on the enclosed superbill{% else %}not given{% endif %}",
            indent=RE_INDENT, tab=RE_TAB)
        _optional_line(d, "clinic and clinic.provider and clinic.provider.npi", "Individual NPI:\t"
                       "{{ clinic.provider.npi }}", indent=RE_INDENT, tab=RE_TAB)
        _optional_line(d, "not clinic and provider.npi", "Individual NPI:\t{{ provider.npi }}", indent=RE_INDENT,
                       tab=RE_TAB)
        _optional_line(d, "clinic and clinic.tax_id", "Tax ID (EIN):\t{{ clinic.tax_id }}", indent=RE_INDENT,
                       tab=RE_TAB)
        _optional_line(d, "not clinic and provider.tax_id", "Tax ID (EIN):\t{{ provider.tax_id }}",
                       indent=RE_INDENT, tab=RE_TAB)
        _optional_line(d, "clinic and clinic.address", "Provider address:\t{{ clinic.address }}",
                       indent=RE_INDENT, tab=RE_TAB)
        _optional_line(d, "not clinic and provider.address", "Provider address:\t{{ provider.address }}",
                       indent=RE_INDENT, tab=RE_TAB)
        _optional_line(d, "claim.service_dates", "Date(s) of service:\t"
                       "{{ dates.words }}", indent=RE_INDENT, tab=RE_TAB)
        _optional_line(d, "claim.procedure_codes", "Procedure codes:\t{{ claim.procedure_codes|join(', ') }}",
                       indent=RE_INDENT, tab=RE_TAB)
        _optional_line(d, "claim.diagnosis_codes", "Diagnosis codes:\t{{ claim.diagnosis_codes|join(', ') }}",
                       indent=RE_INDENT, tab=RE_TAB)
        _optional_line(d, "reimbursement.amount_billed", "Total charges:\t{{ reimbursement.amount_billed }}",
                       indent=RE_INDENT, tab=RE_TAB)
        _optional_line(d, "reimbursement.amount_paid", "Paid by the patient:\t{{ reimbursement.amount_paid }}",
                       indent=RE_INDENT, tab=RE_TAB)
        d.p("", size=4)
        d.body("The superbill shows, for each date of service, the procedure codes with units and modifiers, the "
               "diagnosis codes, the charges and the amount paid, together with the provider’s NPI and tax ID. "
               "{% if 'J3490' in claim.procedure_codes %}The drug is billed as J3490 because no specific HCPCS code "
               "exists for ketamine; its name, dose and NDC are on the superbill. {% endif %}"
               "Please pay the reimbursement to {{ 'me' if pt.self else patient.name }}"
               "{% if patient.address %} at {{ patient.address }}{% endif %}, not to the provider, who has already "
               "been paid.")
        d.body("{% if applies('post_service_decision') %}A claim for care already given must be decided within 30 "
               "days of receipt{{ law('post_service_decision') }}. {% endif %}If anything more is needed to process "
               "this claim, please tell me what it is{{ law('missing_information') }} rather than denying it.")
        exhibit_list(d, "request")
        thanks(d, "request")
    return skeleton("Superbill cover letter", "Out-of-network reimbursement claim — {{ treatment.name }}", body,
                    addressee=lambda d: insurer_addressee(d, "Claims Department"), salutation="Dear Claims Reviewer:",
                    with_references=False)


CLAIM_FILE = meta(
    "claim-file-request", "Request for the claim file, the criteria and the reviewers' credentials",
    "Asks the plan for everything it used to deny the claim, free of charge: the complete claim file, the clinical "
    "criteria applied (by name when the denial names them), and the names and qualifications of the reviewers, with "
    "each request resting on the rule that grants it for this plan type.",
    "Before or during an appeal, to see exactly what the plan relied on. Send it as soon as the denial arrives; it "
    "does not stop the appeal clock.",
    required=APPEAL_REQUIRED, optional=["claim.notice_date", "claim.plan_type", "plan_policy.name",
                                        "plan_policy.number"], arguments=[])


def claim_file() -> Letter:
    def body(d: Letter):
        d.body(f"{ON_BEHALF} ask {{{{ insurer.name }}}} to send me, free of charge, copies of all documents, records "
               "and other information relevant to {{ claim_ids.words }} for {{ treatment.name }}"
               "{% if claim.notice_date %}, denied on {{ claim.notice_date|longdate }}{% endif %}"
               "{{ law('claim_documents') }}. Specifically:")
        authorization_note(d)
        for text in ("the complete claim file, including every reviewer’s notes and the records the plan obtained;",
                     "the clinical criteria, guideline, protocol or policy applied to this claim"
                     "{% if criteria_named %} ({{ criteria_named|join_and }}), by name and version{% endif %}"
                     "{{ law('parity_criteria') }};",
                     "the names and qualifications of every health care professional consulted on the denial"
                     "{{ law('experts_identified') }};",
                     # a parity comparative analysis is asked for as a claim document: the member has no
                     # statutory right to it (letter_templates/rules.yaml)
                     "{% if applies('parity_nqtl') %}any comparative analysis the plan has prepared of how it "
                     "designs and applies this treatment limitation to mental health and to medical and surgical "
                     "benefits;{% else %}any internal rule or guideline the denial relied on;{% endif %}",
                     "{% if claim.plan_type == 'medicare' %}the coverage determination or billing article the "
                     "denial rests on{% else %}the plan provision the denial rests on{{ law('denial_reasons') }}"
                     "{% endif %}."):
            d.p(("•\t", ""), text, indent=0.25, tab=0.5, after=3)
        d.p("", after=6)
        d.body("I am preparing an appeal. Please send these promptly, by mail{% if author.email %} or by email to "
               "{{ author.email }}{% endif %}, and tell me if any of them does not exist.")
        thanks(d, "request")
    return skeleton("Claim file request", "Request for the claim file and criteria — {{ claim_ids.words }}", body,
                    addressee=lambda d: insurer_addressee(d, "Appeals Department"), with_references=False)


PEER_TO_PEER = meta(
    "peer-to-peer-request", "Peer-to-peer review request (for the prescriber)",
    "For the prescribing clinician to sign: asks the plan's medical director, or the physician reviewer who made the "
    "decision, for a telephone call before the appeal is decided, with a short case summary and when to call.",
    "A treatment was denied on medical grounds and the prescriber wants to speak to the plan's physician. The "
    "signer is clinic.yaml's provider (author.provider or matching author.name), else author.name.",
    required=APPEAL_REQUIRED, optional=APPEAL_OPTIONAL, arguments=[])


def peer_to_peer() -> Letter:
    def body(d: Letter):
        d.body(f"I am {SIGNING_CLINICIAN}, the treating clinician of {{{{ patient.name }}}}. {{{{ insurer.name }}}} denied "
               "{{ treatment.name }} ({{ 'references' if claim_ids.many else 'reference' }} {{ claim_ids.numbers }}){% if claim.notice_date %} on "
               "{{ claim.notice_date|longdate }}{% endif %}. Before an appeal is decided, I ask to discuss this "
               "decision by telephone with the medical director or the physician who made it, who should be "
               "{{ reviewer }}.")
        d.heading("The case in brief")
        d.body("{% if claim.diagnosis_codes and says('diagnosis_named') %}Diagnosis: "
               "{{ claim.diagnosis_codes|join_and }}. {% endif %}"
               "{% if clinical.severity and says('severity_recorded') %}{% if facts.severity_current %}Current "
               "severity{% else %}Severity{% if clinical.severity_date %} on {{ clinical.severity_date|longdate }}"
               "{% endif %}{% endif %}: {{ clinical.severity|sentence }} {% endif %}"
               "{% if trials.adequate_failed and says('trials_failed') %}{{ pt.short_cap }} {{ pt.has }} "
               "{{ trials.lead }}. {% endif %}The plan’s notice states: “{{ claim.denial_reason }}”"
               + said("denial_quoted"))
        _optional_line(d, "criteria_named", "Please have the {{ criteria_named|join_and }} criteria at hand for the "
                       "call.", after=PARA_AFTER)
        d.body("{% if contact_phone %}Please call me at {{ contact_phone }}{% if peer_to_peer.availability %} "
               "({{ peer_to_peer.availability }}){% endif %} to arrange a time.{% else %}Please contact my office "
               "to arrange a time.{% endif %} Thank you.")
    return skeleton("Peer-to-peer review request", "Request for a peer-to-peer review — {{ treatment.name }} for "
                    "{{ patient.name }}", body, with_sender=False, salutation="Dear Medical Director:",
                    signature=provider_signature, addressee=lambda d: insurer_addressee(d, "Medical Director"),
                    with_references=False)


REGULATOR = meta(
    "regulator-complaint", "Complaint to the regulator that oversees the plan",
    "A complaint about how the plan handled the claim, to the regulator of its plan type (employer plans: the Labor "
    "Department's Employee Benefits Security Administration; individual and Marketplace plans: the state insurance "
    "department; Medicare plans: Medicare; Medicaid: the state Medicaid agency; FEHB: OPM), with the timeline "
    "drawn from the case's notice, call log and submissions.",
    "The plan missed its deadlines, ignored the appeal, would not send the claim file, or otherwise broke its own "
    "rules. A fully insured employer plan's insurer also answers to the state insurance department: set "
    "regulator.name to send it there instead. Write what went wrong in complaint.summary.",
    required=[*APPEAL_REQUIRED, "complaint.summary"], optional=["claim.plan_type", "regulator.name",
                                                                "regulator.address"], arguments=[])


def regulator_addressee(d: Letter) -> None:
    d.p("{% if regulator_name %}{{ regulator_name }}{% else %}The regulator of this plan{% endif %}")
    _optional_line(d, "regulator.address", "{{ regulator.address }}")


def regulator_complaint() -> Letter:
    def body(d: Letter):
        d.body(f"{ON_BEHALF} am filing a complaint about how {{{{ insurer.name }}}} has handled claim "
               "{{ claim.number }} for {{ treatment.name }}. {{ complaint.summary|sentence }}")
        authorization_note(d)
        d.tag("{%p if timeline %}")
        d.heading("What happened")
        d.table(["Date", "Event"], ["{{ e.date|longdate }}", "{{ e.event }}"], widths=[1.4, 5.1],
                loop="e in timeline")
        d.p("", size=4)
        d.tag("{%p endif %}")
        d.heading("Request")
        d.body("I ask you to review how {{ insurer.name }} handled this claim and its appeal, to require it to "
               "follow the rules that govern the plan, and to tell me what you find.")
        exhibit_list(d, "complaint")
        thanks(d, "complaint")
    return skeleton("Complaint to the regulator", "Complaint about {{ insurer.name }}: {{ claim_ids.words }}",
                    body, addressee=regulator_addressee, salutation="Dear Sir or Madam:", with_references=False)


# ---------------------------------------------------------------------------------------------- before a denial

PA_REQUEST = meta(
    "prior-authorization-request", "Prior authorization request: letter of medical necessity (before care)",
    "A request to the plan, before treatment starts, to authorize it: in the treating clinician's voice, names the "
    "care and its codes, the diagnosis and the current episode, the plan's criteria one by one (or the published "
    "ones) with where the records show each, the treatments already tried, the treatment plan and the clinician's "
    "judgment, asks for an expedited decision when the care is urgent and for the decision in the time the plan "
    "type's rule sets, and lists the records enclosed. It quotes no denial: there is none yet.",
    "The plan needs prior authorization (the call to the insurer said so, or the clinic knows it) and the case says "
    "`request: prior_authorization`. `draft` and `build` use it for such a case until a denial is recorded; the "
    "same case then becomes the appeal. The signer is clinic.yaml's provider (author.provider or matching "
    "author.name), else author.name.",
    optional=["claim.plan_type", "clinical.history", "clinical.severity", "patient.salutation", "treatment.plan",
              "treatment.setting", "treatment.monitoring", "urgency.reason"], arguments=[])
PA_REQUEST["required"] = [f for f in PA_REQUEST["required"] if f != "claim.number"]
PA_REQUEST["optional"] = ["claim.number", *PA_REQUEST["optional"]]

def request_addressee(d: Letter) -> None:
    """Where the plan's prior-authorization instructions say a request goes (prior_auth.fax, .address), never the
    appeals address or fax of a denial."""
    _optional_line(d, "prior_auth.fax", ("Sent by fax to {{ prior_auth.fax }}", "i"), after=PARA_AFTER)
    d.p("{{ insurer.name }}")
    # a Part D exception is a coverage determination, decided by that unit
    d.p("Attn: {% if pa_request.exception and claim.plan_type == 'medicare_part_d' %}Coverage Determinations{% else %}"
        "Utilization Management (prior authorization){% endif %}")
    _optional_line(d, "prior_auth.address", "{{ prior_auth.address }}")


PA_RE_LINES = [
    (None, "Patient, member ID:", "{{ patient.name }}{% if patient.date_of_birth %} (born "
                                  "{{ patient.date_of_birth|longdate }}){% endif %}, {{ patient.member_id }}"),
    ("claim.number", "Reference number:", "{{ claim.number }}"),
    ("pa_request.codes", "Procedure codes:", "{% for c in pa_request.codes %}{{ c.code }}"
                                             "{{ ', ' if not loop.last }}{% endfor %}"),
    ("claim.diagnosis_codes", "Diagnosis codes:", "{{ claim.diagnosis_codes|join(', ') }}" + said("diagnosis_named")),
    ("pa_request.start", "Planned start:", "{{ pa_request.start|longdate }}"),
]


def pa_request() -> Letter:
    def body(d: Letter):
        # urgency first, where the reviewer triages: the clinician's reason, and the expedited clock where a rule sets one
        _optional_line(d, "pa_request.urgent", ("Urgent request. ", "b"),
                       "{% if urgency.reason %}{{ urgency.reason|sentence }} {% endif %}{% if pa_request.supply_ends %}"
                       "{{ pt.poss_cap }} supply on hand runs out on {{ pa_request.supply_ends|longdate }}, before a "
                       "standard decision would be due. {% endif %}I ask for an expedited "
                       "decision{% if pa_request.clock %}, within {{ pa_request.clock.length }} of receiving this "
                       "request{{ law(pa_request.clock.rule_id) }}{% endif %}.", after=PARA_AFTER)
        # a drug already taken is asked to be continued, never "before the treatment begins"; a drug off the
        # formulary is asked as a formulary exception, a Part D plan's coverage determination (set 84, case 08)
        d.body(f"I am {SIGNING_CLINICIAN}. I ask {{{{ insurer.name }}}} {{% if pa_request.exception %}}for a formulary "
               "exception to cover{% else %}to authorize{% endif %} {{ treatment.name }} for my "
               "patient {{ patient.name }}{% if patient.date_of_birth %} (date of birth "
               "{{ patient.date_of_birth|longdate }}){% endif %}{% if clinical.treating_since %}, whom I have treated "
               "since {{ clinical.treating_since|longdate }}{% endif %}{% if taken_now and says('treatment_taken_now') %}"
               ", who has taken it since {{ taken_now.since|longdate }} and still takes it{% else %}, before the "
               "treatment begins{% endif %}.{% if pa_request.exception and claim.plan_type == 'medicare_part_d' %} This "
               "is a request for a coverage determination.{% endif %}")
        # a Part D new member inside the first 90 days: the temporary supply the plan's transition process owes
        _optional_line(d, "pa_request.transition",
                       "{{ pt.poss_cap }} coverage with {{ insurer.name }} began on "
                       "{{ pa_request.transition.enrolled|longdate }}, after {{ pt.short }} had started the drug, and "
                       "its first 90 days run through {{ pa_request.transition.through|longdate }}. I ask "
                       "{{ insurer.name }} to give {{ pt.obj }} a temporary supply of the drug now under its "
                       "transition process{{ law('partd_transition') }}, while this request is decided.",
                       after=PARA_AFTER)
        d.tag("{%p if pa_request.codes or pa_request.sessions or pa_request.start %}")
        d.heading("The care to be authorized")
        d.tag("{%p endif %}")
        _optional_line(d, "pa_request.sessions or pa_request.start or pa_request.dose",
                       "{% if pa_request.sessions %}{{ pa_request.sessions }} sessions{% else %}The course{% endif %}"
                       "{% if pa_request.start %}, starting {{ pa_request.start|longdate }}{% endif %}"
                       "{% if pa_request.dose %}, at {{ pa_request.dose }}{% endif %}.", after=PARA_AFTER)
        d.tag("{%p for c in pa_request.codes %}")
        d.p(("{{ c.code }}\t", "b"), "{{ c.what or 'as billed by the clinic' }}"
            "{% if c.code == 'J3490' and pa_request.ndc %}; NDC {{ pa_request.ndc }}{% endif %}", indent=0.25, tab=1.1, after=2)
        d.tag("{%p endfor %}")
        _optional_line(d, "pa_request.codes", "", size=4)
        d.heading("Diagnosis and current episode")
        d.body("{% if claim.diagnosis_codes and says('diagnosis_named') %}My diagnosis is "
               "{{ claim.diagnosis_codes|join_and }}.{% elif records_enclosed %}My "
               "diagnosis is recorded in the enclosed notes.{% endif %}{% if clinical.episode_onset %} The current "
               "episode began in {{ clinical.episode_onset|longdate }}.{% endif %}{% if clinical.severity %} At my "
               "most recent assessment: {{ clinical.severity|sentence }}" + said("severity_recorded") + "{% endif %}")
        criteria_table(d, request=True)
        d.tag("{%p if clinical.history %}")
        d.heading("What has been tried")
        d.p("{% if trials.adequate_failed and says('trials_failed') %}{{ pt.short_cap }} {{ pt.has }} been through "
            "{{ trials.short }} without a lasting benefit. {% endif %}The treatments, with doses, dates and "
            "outcomes, are:" + said("history_listed"), after=6, keep=True)
        history_rows(d)
        d.tag("{%p endif %}")
        d.tag("{%p if pa_request.exception %}")
        d.heading("The formulary exception")
        # the rule's sentence is wording.part_d_exception_rule's, the one the appeal's exception_request says too
        d.body("{{ treatment.name|capfirst }} is not on {{ insurer.name }}’s formulary.{% if applies("
               "'formulary_exception') %} {{ part_d_exception(formulary=true) }}{% endif %}"
               "{% if prescriber_statement.quote and says('prescriber_statement_given') %} "
               "{% if i_am.prescriber %}My{% else %}The prescriber’s{% endif %} supporting statement{% if "
               "prescriber_statement.date %} of {{ prescriber_statement.date|longdate }}{% endif %}{% if "
               "enclosed.prescriber_statement %}, enclosed as {{ enclosed.prescriber_statement }},{% endif %} "
               "says: “{{ prescriber_statement.quote|trim }}”{% endif %}")
        d.tag("{%p endif %}")
        d.tag("{%p if treatment.plan or treatment.setting or treatment.monitoring %}")
        d.heading("My treatment plan")
        d.tag("{%p endif %}")
        _optional_line(d, "treatment.plan", "{{ treatment.plan|sentence }}", after=PARA_AFTER)
        _optional_line(d, "treatment.setting", "Setting: {{ treatment.setting|sentence }}", after=PARA_AFTER)
        _optional_line(d, "treatment.monitoring", "Monitoring: {{ treatment.monitoring|sentence }}", after=PARA_AFTER)
        d.heading("My clinical judgment")
        # a drug taken now is no "next step", and one that holds the illness off is not to be stopped (set 84, 08)
        d.body("In my professional judgment, {% if taken_now and says('treatment_taken_now') %}continuing "
               "{{ treatment.name }} is medically necessary in {{ pt.poss }} care{% else %}{{ treatment.name }} "
               "{{ tx.is }} the appropriate next step in {{ pt.poss }} care{% endif %}. The treatment is consistent "
               "with generally accepted standards of medical practice, it is clinically appropriate in type, "
               "frequency, extent and duration, and it is not prescribed for convenience.{% if not taken_now %} I will "
               "monitor the response at every treatment and stop if it is not helping.{% endif %}"
               + JUDGMENT_EVIDENCE)
        d.heading("Request")
        d.body("Please {% if pa_request.exception %}grant the formulary exception and cover{% else %}authorize"
               "{% endif %} {{ treatment.name }}{% if pa_request.codes %} under the codes above{% endif %}"
               "{% if pa_request.sessions %} for the {{ pa_request.sessions }} sessions planned{% endif %}. "
               "{% if pa_request.clock and not pa_request.urgent %}Please decide this request within "
               "{{ pa_request.clock.length }} of receiving it{{ law(pa_request.clock.rule_id) }}. {% endif %}"
               "If you need anything more to decide it, please tell me what it is rather than deny the request. "
               "If any part is denied, please state the specific reason, the criteria applied and how to appeal.")
        _optional_line(d, "contact_phone", "I am available to discuss this request with the plan’s reviewer, who "
                       "should be {{ reviewer }}; please call {{ contact_phone }}.", after=PARA_AFTER)
        exhibit_list(d, "request")
        d.body("I attest that the information in this letter is accurate to the best of my knowledge and is "
               "supported by the medical record.")
    return skeleton("Prior authorization request", "Request for {% if pa_request.exception %}a formulary exception"
                    "{% else %}prior authorization{% endif %} — {{ treatment.name }} for {{ patient.name }}", body, with_sender=False, salutation="Dear Medical Director:",
                    signature=provider_signature, addressee=request_addressee, re_lines=PA_RE_LINES)


TEMPLATES = {
    "medical-necessity": (MEDICAL_NECESSITY, medical_necessity),
    "ketamine-trd": (KETAMINE_TRD, ketamine_trd),
    "ketamine-chronic-pain": (KETAMINE_PAIN, ketamine_pain),
    "esketamine-step-therapy": (ESKETAMINE, esketamine),
    "experimental-investigational": (EXPERIMENTAL, experimental),
    "out-of-network-gap-exception": (GAP, gap),
    "retro-authorization": (RETRO, retro),
    "letter-of-medical-necessity": (LMN, lmn),
    "external-review-request": (EXTERNAL, external),
    "expedited-appeal": (EXPEDITED, expedited),
    "superbill-cover-letter": (SUPERBILL, superbill),
    "claim-file-request": (CLAIM_FILE, claim_file),
    "peer-to-peer-request": (PEER_TO_PEER, peer_to_peer),
    "regulator-complaint": (REGULATOR, regulator_complaint),
    "prior-authorization-request": (PA_REQUEST, pa_request),
}


def write_sidecar(meta: dict, path: Path) -> None:
    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.width = 100
    yaml.default_flow_style = False
    with path.open("w", encoding="utf-8") as fh:
        fh.write("# Generated by scripts/make_templates.py; edit that script, not this file.\n")
        yaml.dump(meta, fh)


# What a letter is, as data in its sidecar, so `check` and `decided` treat a clinic's copy like the bundled one
# (appeal_kit.letter.render.TemplateInfo): who signs it, whether it asks the plan to telephone, whether it asks
# for a 72-hour decision, and the route it takes (default: the plan's internal appeal).
_INTERNAL = {"route": "internal appeal"}
KINDS = {
    "letter-of-medical-necessity": {"signed_by": "clinician", "phone_call": True},
    # a request before any denial: `check` and `draft` use it for a case that says `request: prior_authorization`
    "prior-authorization-request": {"signed_by": "clinician", "phone_call": True, "request": True},
    "peer-to-peer-request": {"signed_by": "clinician", "phone_call": True},
    "expedited-appeal": {"expedited": True, "phone_call": True, **_INTERNAL},
    "external-review-request": {"route": "next level"},
    "regulator-complaint": {"route": "regulator"},
    **{name: _INTERNAL for name in ("medical-necessity", "ketamine-trd", "ketamine-chronic-pain",
                                    "esketamine-step-therapy", "experimental-investigational",
                                    "out-of-network-gap-exception", "retro-authorization")},
}


def facts_said(letter: Letter) -> list[str]:
    """The fact ids a template's Jinja tests with says(...), in order of first use."""
    import re

    xml = letter.doc.element.xml
    ids = [i for call in re.findall(r"says\(([^)]*)\)", xml) for i in re.findall(r"'([a-z_0-9]+)'", call)]
    return list(dict.fromkeys(i for i in ids if not i.startswith("criterion_")))


def main(out_dir: Path = TEMPLATE_DIR) -> None:
    for name, (meta_, build) in TEMPLATES.items():
        letter = build()
        letter.save(out_dir / f"{name}.docx")
        # `criteria: true` tells `check` (without opening the .docx) that the letter answers criteria one by one;
        # `criteria: plan` that it answers only the plan's own (payer_criteria), never the published ones
        criteria = {"criteria": letter.answers_criteria} if letter.answers_criteria else {}
        # `evidence: true`: the letter has the evidence paragraph, so an argument may point to "the evidence below"
        criteria |= {"evidence": True} if letter.shows_evidence else {}
        # `says:` the facts the letter's own sentences may assert, so `check` names the unknown ones without
        # rendering the .docx (appeal_kit.letter.facts)
        said = {"says": facts_said(letter)}
        write_sidecar({**meta_, **KINDS.get(name, {}), **criteria, **said}, out_dir / f"{name}.yaml")
        print(f"wrote {out_dir / name}.docx and .yaml")


if __name__ == "__main__":
    main()
