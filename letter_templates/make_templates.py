"""Build the bundled letter templates (NAME.docx + NAME.yaml) with python-docx.

Run from the repository root after changing this file, then commit the .docx and .yaml it writes:

    /tmp/venv/bin/python letter_templates/make_templates.py

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
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

HERE = Path(__file__).resolve().parent
# Times New Roman: on Debian fontconfig and LibreOffice substitute the metric-compatible Liberation Serif, and
# Word on Windows or macOS has the real face, so the letter looks the same wherever the user edits it.
FONT = "Times New Roman"
BODY_PT = 11


class Letter:
    """A thin layer over python-docx: each call adds one paragraph, each (text, style) part one run."""

    def __init__(self, title: str):
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
          size: float | None = None):
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
        return self.p(*parts, after=8)

    def table(self, header: list[str], row: list[str], widths: list[float], loop: str):
        """A bordered table: a shaded header row, then one row repeated by `{%tr for ... %}`."""
        table = self.doc.add_table(rows=4, cols=len(header))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
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
        return table

    def save(self, path: Path):
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


def _optional_line(doc: Letter, test: str, *parts, **kw):
    doc.tag(f"{{%p if {test} %}}")
    doc.p(*parts, **kw)
    doc.tag("{%p endif %}")


# ---------------------------------------------------------------------------------------------- medical-necessity

MEDICAL_NECESSITY = {
    "name": "medical-necessity",
    "title": "Medical necessity appeal",
    "purpose": "Asks the plan to reconsider a claim or authorization it denied as not medically necessary: "
               "quotes the denial, sets out the treatment history and severity, asks for the criteria the plan "
               "applied and lists the enclosed exhibits.",
    "when_to_use": "The denial says the service is not medically necessary (CARC 50), or does not meet the "
                   "plan's clinical criteria or guidelines. A first-level internal appeal to a commercial, "
                   "employer (ERISA) or Marketplace plan.",
    "required": ["patient.name", "patient.member_id", "insurer.name", "claim.number", "claim.denial_reason",
                 "treatment.name", "author.name"],
    "optional": ["patient.date_of_birth", "insurer.appeals_address", "insurer.fax", "claim.notice_date",
                 "claim.service_dates", "claim.procedure_codes", "claim.diagnosis_codes", "treatment.summary",
                 "author.role", "author.address", "author.phone", "author.email", "clinical.history",
                 "clinical.severity"],
}


def medical_necessity() -> Letter:
    d = Letter("Medical necessity appeal")
    RE_TAB, RE_INDENT = 2.4, 0.5

    # --- sender
    d.p(("{{ author.name }}", "b"))
    _optional_line(d, "author.address", "{{ author.address }}")
    _optional_line(d, "author.phone", "Phone: {{ author.phone }}")
    _optional_line(d, "author.email", "Email: {{ author.email }}")
    d.p("")
    d.p("{{ letter_date|longdate }}", after=12)

    # --- recipient
    _optional_line(d, "insurer.fax", ("Sent by fax to {{ insurer.fax }} and by mail", "i"), after=8)
    d.p("{{ insurer.name }}")
    _optional_line(d, "not insurer.appeals_address", "Attn: Appeals Department")
    _optional_line(d, "insurer.appeals_address", "{{ insurer.appeals_address }}")
    _optional_line(d, "insurer.fax", "Fax: {{ insurer.fax }}")
    d.p("", after=4)

    # --- RE block: one line per identifier the case has
    d.p(("RE:", "b"), after=2, keep=True)
    lines = [
        (None, "Patient:", "{{ patient.name }}"),
        ("patient.date_of_birth", "Date of birth:", "{{ patient.date_of_birth|longdate }}"),
        (None, "Member ID:", "{{ patient.member_id }}"),
        (None, "Claim/reference number:", "{{ claim.number }}"),
        ("claim.notice_date", "Date of denial notice:", "{{ claim.notice_date|longdate }}"),
        ("claim.service_dates", "Date(s) of service:", "{{ claim.service_dates|map('longdate')|join_and }}"),
        ("claim.procedure_codes", "Procedure codes:", "{{ claim.procedure_codes|join(', ') }}"),
        ("claim.diagnosis_codes", "Diagnosis codes:", "{{ claim.diagnosis_codes|join(', ') }}"),
    ]
    for test, label, value in lines:
        parts = (f"{label}\t", value)
        if test:
            _optional_line(d, test, *parts, indent=RE_INDENT, tab=RE_TAB, keep=True)
        else:
            d.p(*parts, indent=RE_INDENT, tab=RE_TAB, keep=True)
    d.p("", after=4)

    d.p(("Request for reconsideration of denied claim — {{ treatment.name }}", "b"), after=10)
    d.p("Dear Appeals Reviewer:", after=8)

    # --- opening and the denial reason
    d.body("{% if author.name != patient.name %}On behalf of {{ patient.name }}, I{% else %}I{% endif %} am "
           "writing to appeal {{ insurer.name }}’s denial{% if claim.notice_date %} dated "
           "{{ claim.notice_date|longdate }}{% endif %} of claim {{ claim.number }} for {{ treatment.name }}"
           "{% if claim.service_dates %} provided on {{ claim.service_dates|map('longdate')|join_and }}"
           "{% endif %}. I ask that you reverse this decision and cover the treatment.")
    d.body("Your notice states: “{{ claim.denial_reason }}” I respectfully disagree. The enclosed records "
           "show that {{ treatment.name }} is medically necessary for {{ patient.name }}"
           "{% if claim.diagnosis_codes %} (diagnosis {{ claim.diagnosis_codes|join_and }}){% endif %}: it is "
           "appropriate for the diagnosis, consistent with generally accepted standards of medical practice, and "
           "was prescribed by the treating clinician after less intensive treatments failed.")

    # --- why the treatment is needed, with the clinical detail the case has
    d.tag("{%p if treatment.summary or clinical.severity or clinical.history %}")
    d.heading("Why this treatment is medically necessary")
    d.tag("{%p endif %}")
    _optional_line(d, "treatment.summary", "{{ treatment.summary }}", after=8)
    _optional_line(d, "clinical.severity", ("Current severity. ", "b"), "{{ clinical.severity }}", after=8)
    d.tag("{%p if clinical.history %}")
    d.p("{{ patient.name }} has already tried the following treatments, each at an adequate dose and for an "
        "adequate length of time, without a lasting response:", after=6, keep=True)
    d.table(["Medication or treatment", "Dose", "Started", "Ended", "Outcome"],
            ["{{ t.drug|default('') }}", "{{ t.dose|default('') }}", "{{ t.start|default('')|longdate }}",
             "{{ t.end|default('')|longdate }}", "{{ t.outcome|default('') }}"],
            widths=[1.6, 1.0, 1.0, 1.0, 1.9], loop="t in clinical.history")
    d.p("", after=4)
    d.p("Continuing to cycle through treatments that have already failed would prolong a serious illness and its "
        "risks without a reasonable expectation of benefit.", after=8)
    d.tag("{%p endif %}")

    # --- the standard applied: ask for it
    d.heading("The standard applied to this claim")
    d.body("Please identify the plan provision and the clinical criteria, guideline or internal rule that were "
           "used to deny this claim, explain how the enclosed records fail to meet them, and send me a copy free "
           "of charge together with all documents, records and other information relevant to the claim. For an "
           "employer-sponsored plan governed by ERISA this is my right under 29 CFR 2560.503-1(h)(2)(iii) and "
           "(g)(1)(v); the same rules apply to individual and Marketplace plans through 45 CFR 147.136(b).")
    d.body("Because this denial rests on a medical judgment, I ask that the appeal be decided by a reviewer who "
           "took no part in the original decision, after consulting a health care professional with appropriate "
           "training and experience in the field of medicine involved (29 CFR 2560.503-1(h)(3)(ii)–(v)), and "
           "that you give me the name and qualifications of that professional.")

    # --- exhibits
    d.tag("{%p if exhibits %}")
    d.heading("Enclosed exhibits")
    d.p("The following documents are enclosed and form part of this appeal:", after=4, keep=True)
    d.tag("{%p for e in exhibits %}")
    d.p(("Exhibit {{ e.label }}:", "b"), " {{ e.title }}", indent=0.5, after=2)
    d.tag("{%p endfor %}")
    d.p("", after=4)
    d.tag("{%p endif %}")

    # --- the request
    d.heading("Request")
    d.body("For these reasons, I ask {{ insurer.name }} to overturn the denial of claim {{ claim.number }} and to "
           "pay the claim, or authorize the treatment, under the terms of the plan. Please send your decision in "
           "writing within the time the applicable rules allow. If any part of the denial is upheld, please state "
           "the specific reasons, the plan provisions and clinical criteria relied on, and how to request an "
           "independent external review.")
    d.body("{% if author.phone or author.email %}If you need anything further, please contact me "
           "{% if author.phone %}at {{ author.phone }}{% if author.email %} or {% endif %}{% endif %}"
           "{% if author.email %}by email at {{ author.email }}{% endif %}. {% endif %}Thank you for your prompt "
           "attention to this appeal.")

    # --- signature
    d.p("Sincerely,", after=30, keep=True)
    d.p("{{ author.name }}", keep=True)
    _optional_line(d, "author.role", "{{ author.role }}")
    return d


TEMPLATES = {"medical-necessity": (MEDICAL_NECESSITY, medical_necessity)}


def write_sidecar(meta: dict, path: Path) -> None:
    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.width = 100
    yaml.default_flow_style = False
    with path.open("w", encoding="utf-8") as fh:
        fh.write("# Generated by letter_templates/make_templates.py; edit that script, not this file.\n")
        yaml.dump(meta, fh)


def main() -> None:
    for name, (meta, build) in TEMPLATES.items():
        build().save(HERE / f"{name}.docx")
        write_sidecar(meta, HERE / f"{name}.yaml")
        print(f"wrote {HERE / name}.docx and .yaml")


if __name__ == "__main__":
    main()
