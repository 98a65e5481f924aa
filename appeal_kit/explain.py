"""`appeal-kit explain`: a one-page summary of the appeal for the person who signs it, in their language.

The letter to the plan is English; the patient, or the daughter who signs for him, may not read English well.
This page says in plain words what the letter asks, every fact it states about the patient (so a wrong birth date
or a wrong medicine is caught before the letter is sent), what is enclosed, where and by when to send it, and what
happens next for this kind of plan (for Medicaid: keeping benefits during the appeal if it is filed within 10 days,
and the state fair hearing after it). It is written as FOLDER/summary-LANG.docx and .pdf.
"""
from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from appeal_kit import directory, rules
from appeal_kit.case.folder import Case, is_blank, load_case
from appeal_kit.i18n import N_, _, days_ago, language, long_date, ngettext, said
from appeal_kit.letter.derived import medical_judgment
from appeal_kit.letter.docxstyles import drop_unused_styles, save_reproducibly
from appeal_kit.letter.wording import capfirst, words_in


@dataclass(frozen=True)
class Fact:
    label: str  # in the reader's language
    value: str
    source: str  # where the letter takes it from: the case.yaml field


@dataclass(frozen=True)
class Statement:
    text: str  # a statement the letter makes, in the reader's language
    field: str  # the case.yaml field it comes from, to correct it there


@dataclass
class Summary:
    title: str
    sections: list[tuple[str, list[str]]]  # heading, paragraphs
    facts: list[Fact]
    statements: list[Statement] = field(default_factory=list)
    docx: Path | None = None
    pdf: Path | None = None


def _date(value) -> str:
    """A date, or a month ("2025-01": "enero de 2025"), in the reader's words; anything else as it is written."""
    try:
        return long_date(date.fromisoformat(str(value)))
    except ValueError:
        return words_in(language(), _, ngettext).date(value)


def stated_facts(case: Case) -> list[Fact]:
    """The facts the letter states about the patient and the claim, each with the case.yaml field it comes from
    (letter templates print these fields; appeal_kit.letter.render fills them from case.yaml)."""
    from appeal_kit.case.interview import CATEGORY_CHOICES, OUTCOME_CHOICES, PLAN_NAMES, ROLE_CHOICES, spanish_dose

    facts: list[Fact] = []

    def add(label: str, path: str, value: str | None = None) -> None:
        raw = case.get(path)
        if value is None:
            if is_blank(raw):
                return
            value = ", ".join(_date(v) for v in raw) if isinstance(raw, list) else str(raw)
        facts.append(Fact(_(label), value, path))

    add(N_("Patient"), "patient.name")
    if case.get("patient.date_of_birth"):
        add(N_("Date of birth"), "patient.date_of_birth", _date(case.get("patient.date_of_birth")))
    add(N_("Member ID"), "patient.member_id")
    add(N_("Insurance plan"), "insurer.name")
    plan = case.get("claim.plan_type")
    if plan in PLAN_NAMES:
        add(N_("Type of plan"), "claim.plan_type", _(PLAN_NAMES[plan]))
    if plan in rules.FEE_FOR_SERVICE and rules.delivery(case.data):
        add(N_("How the coverage is given"), "claim.delivery",
            _("fee-for-service: the state pays the care itself, with no managed-care plan")
            if rules.delivery(case.data) == "fee_for_service" else _("through a managed-care plan"))
    if plan in rules.INTEGRATED and rules.integrated(case.data):
        add(N_("How the plan is appealed"), "claim.integrated",
            _("one integrated appeal for Medicare and Medicaid together"))
    add(N_("Claim number"), "claim.number")
    if case.get("claim.notice_date"):
        add(N_("Date of the denial letter"), "claim.notice_date", _date(case.get("claim.notice_date")))
    # a prior-authorization request (case.folder.is_request): nothing is denied yet
    add(N_("Treatment requested") if case.is_request else N_("Treatment denied"), "treatment.name",
        _treatment_words(case, as_written=True))
    add(N_("Dates of the treatment"), "claim.service_dates")
    category = case.get("claim.denial_category")
    if category in CATEGORY_CHOICES:
        add(N_("Why the plan said no"), "claim.denial_category", _(CATEGORY_CHOICES[category]))
    history = case.get("clinical.history")
    for i, row in enumerate(history if isinstance(history, list) else [], start=1):
        if not isinstance(row, dict) or not row.get("drug"):
            continue
        when = " – ".join(_date(row[k]) for k in ("start", "end") if row.get(k))
        outcome = row.get("outcome") or ""
        outcome = _(OUTCOME_CHOICES[outcome]) if outcome in OUTCOME_CHOICES else outcome
        dose = str(row.get("dose") or "")
        dose = spanish_dose(dose) if language() == "es" else dose
        text = ", ".join(str(x) for x in (row["drug"], dose, when, outcome) if x)
        facts.append(Fact(_("Treatment tried before ({n})").format(n=i), text,
                          _("clinical.history item {n}").format(n=i)))
    roles = {english.lower(): words for english, words in ROLE_CHOICES.items()}
    role = str(case.get("author.role") or "")
    signer = str(case.get("author.name") or "")
    if signer:
        shown = f"{signer} ({_(roles[role.lower()])})" if role.lower() in roles else \
            f"{signer} ({role})" if role else signer
        facts.append(Fact(_("Signed by"), shown, "author.name, author.role"))
    return facts


def letter_statements(case: Case, today: date) -> list[Statement]:
    """What the letter drafted from this case states, as its claims report lists it (appeal_kit.letter.claims), in
    the reader's language: the letter is rendered again from the case as it is now, in a temporary folder."""
    from appeal_kit.letter import claims, render

    template = render.template_for_case(case)[0]
    report: dict = {}
    with tempfile.TemporaryDirectory(prefix="appeal-kit-explain-") as tmp:
        render.render_letter(case, template, Path(tmp) / "letter.docx", today=today, report=report)
    facts = report["facts"]
    out = []
    for st in claims.statements(facts):
        fact = facts.by_id[st.id]
        text = capfirst(said(fact.phrase)) if fact.phrase is not None else st.text
        out.append(Statement(text, fact.field or ", ".join(st.sources)))
    return out


def _treatment_words(case: Case, *, as_written: bool = False) -> str | None:
    """treatment.name in the person's language when it is the name of a kind of care appeal-kit knows (care_codes.yaml
    `kinds`: "IV ketamine infusions" -> "infusiones intravenosas de ketamina"); with `as_written`, the letter's words
    beside it. Any other name as written (the letter prints it as it is)."""
    from appeal_kit.coverage.care import kinds

    name = case.get("treatment.name")
    if is_blank(name) or language() == "en":
        return None if is_blank(name) else str(name)
    for kind in kinds().values():
        if str(kind.get("en", "")).lower() == str(name).strip().lower() and kind.get(language()):
            words = str(kind[language()])
            return _("{words} (the letter says: {name})").format(words=words, name=name) if as_written else words
    return str(name)


def _asks(case: Case) -> str:
    insurer = case.get("insurer.name") or _("the plan")
    treatment = _treatment_words(case) or _("the treatment")
    if case.is_request:
        return _("The letter asks {insurer} to approve {treatment} before the treatment starts (prior "
                 "authorization). It is the treating clinician's letter: it explains why the treatment is medically "
                 "needed and points the reviewer to the records enclosed.").format(insurer=insurer, treatment=treatment)
    from appeal_kit.intake import deadlines

    rule = deadlines.RULES.get(rules.route(case.data) or "")
    if rule and rule.next_level and deadlines.at_next_level(case.data):  # past the plan, or no plan to appeal to
        return _("The letter asks for {level}: that whoever decides it reverse the decision of {insurer} on "
                 "{treatment}. It explains why the treatment is medically needed and points the reviewer to the "
                 "documents enclosed.").format(level=_(rule.next_level), insurer=insurer, treatment=treatment)
    return _("The letter asks {insurer} to look at its decision again, to reverse the denial of {treatment} and to "
             "cover it. It explains why the treatment is medically needed and points the reviewer to the documents "
             "enclosed.").format(insurer=insurer, treatment=treatment)


def _where_and_when(case: Case, today: date) -> list[str]:
    from appeal_kit.intake import deadlines

    out = []
    if case.is_request:
        return _request_where(case)
    address, fax = case.get("insurer.appeals_address"), case.get("insurer.fax")
    if deadlines.at_next_level(case.data) and case.get("external_review.agency"):  # the next level's own address
        address = "\n".join(str(case.get(k) or "") for k in ("external_review.agency", "external_review.address"))
        fax = None
    if address:
        out.append(_("Mail it to: {address}").format(address=", ".join(str(address).splitlines())))
    if fax:
        out.append(_("Or fax it to: {fax} (keep the fax confirmation page).").format(fax=fax))
    if not address and not fax:
        out.append(_("The denial letter says where appeals go; the case does not have the address yet."))
    dl = deadlines.deadline_for_case(case.data)
    deadline, left = dl.date, dl.days_left(today)
    if deadline is None or left is None:
        out.append(_("Deadline: unknown; add the date of the denial letter to the case and run `appeal-kit "
                     "deadline`."))
    elif left >= 0:
        out.append(_("Send it by {date} ({n} days from today). Send it early, by fax or by mail with "
                     "tracking, and keep proof of the date you sent it.").format(date=long_date(deadline), n=left))
    else:
        out.append(_("The deadline was {date} ({ago}). Send it anyway, as soon as you can, with a few words on "
                     "why it is late.").format(date=long_date(deadline), ago=days_ago(-left)))
    return out


def _request_where(case: Case) -> list[str]:
    """Where a prior-authorization request goes (prior_auth.fax, .address), and when: before the care starts."""
    address, fax = case.get("prior_auth.address"), case.get("prior_auth.fax")
    out = [_("Mail it to: {address}").format(address=", ".join(str(address).splitlines()))] if address else []
    if fax:
        out.append(_("Or fax it to: {fax} (keep the fax confirmation page).").format(fax=fax))
    if not address and not fax:
        out.append(_("The plan's prior-authorization instructions (the call, its website) say where requests go; "
                     "the case does not have them yet."))
    out.append(_("A request has no deadline: send it before the treatment starts."))
    return out


def _what_next(case: Case) -> list[str]:
    from appeal_kit.intake import deadlines

    plan = rules.route(case.data)  # a fee-for-service program has its own route (rules.route)
    out = []
    if case.is_request:  # the plan's clock for deciding it, and what a denial leads to
        out += deadlines.describe_request(case.data)[1:]
        out.append(_("If the plan says no, `appeal-kit intake NOTICE --case {folder}` makes this case the appeal of "
                     "its decision.").format(folder=case.folder))
        out.append(_("The clinician signs the letter; keep a copy of everything you send, and write down the date "
                     "and how you sent it."))
        return out
    clocks = deadlines.DECISION_CLOCKS.get(plan or "")
    pending = not is_blank(case.get("claim.pending_services"))
    clock = (clocks or {}).get("pre_service" if pending else "post_service")
    if clock:
        out.append(_("The plan has to decide within {n} days of receiving the appeal (72 hours when it is "
                     "urgent and the plan type allows a fast appeal).").format(n=clock.days))
    if plan in ("medicaid", "medicaid_fee_for_service"):
        out.append(deadlines.continuation_for_case(case.data, plan))
    rule = deadlines.RULES.get(plan or "")
    if rule and plan in deadlines.FIRST_LEVEL_IS_THE_STATE:
        out.append(_("There is no plan to appeal to: the letter asks the state directly for {level}, and the "
                     "state's decision says what review comes after it.").format(level=_(rule.next_level)))
    elif rule and rule.next_level:
        out.append(_("If the plan says no again, the next step is {level}: {window}.").format(
            level=_(rule.next_level), window=_(rule.next_window)))
    # the route, whom the next steps go to and free help in the state (letter_templates/directory/)
    out += directory.help_lines(case.data, reviewable=medical_judgment(case.data),
                                external=deadlines.level_of_case(case.data).judgment_only)
    if str(case.get("patient.language") or "").lower().startswith("es"):
        out.append(_("The letter asks the plan to send its decision and notices in Spanish."))
    out.append(_("Sign the letter, keep a copy of everything you send, and write down the date and how you sent "
                 "it."))
    return out


def summarize(case: Case, today: date | None = None) -> Summary:
    today = today or date.today()
    exhibits = [_("Exhibit {label}: {title}").format(label=_label(i), title=e.title)
                for i, e in enumerate(case.exhibits)]
    sections = [
        (_("What the letter asks"), [_asks(case)]),
        (_("What is enclosed"), exhibits or [_("Nothing yet: put the medical records in clinical/.") if case.is_request
                                             else _("Nothing yet: put the denial letter and the medical records in "
                                                    "the case folders.")]),
        (_("Where and by when to send it"), _where_and_when(case, today)),
        (_("What happens next"), _what_next(case)),
    ]
    title = (_("Your prior authorization request, in short: for {name}") if case.is_request
             else _("Your appeal, in short: for {name}")).format(name=case.get("patient.name"))
    return Summary(title, sections, stated_facts(case), letter_statements(case, today))


def _label(i: int) -> str:
    from appeal_kit.numbering import exhibit_label

    return exhibit_label(i)


def write_docx(summary: Summary, out: Path, size: float = 9.5) -> Path:
    """One page: a title, the facts as a table to check, then short sections; `size` is the body text's."""
    from docx import Document
    from docx.shared import Pt, RGBColor

    doc = Document()
    section = doc.sections[0]
    section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = Pt(46)
    normal = doc.styles["Normal"]
    normal.font.name = "Liberation Sans"
    normal.font.size = Pt(size)
    normal.paragraph_format.space_after = Pt(2)

    def heading(text: str) -> None:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        run = p.add_run(text)
        run.bold = True
        run.font.size = Pt(size + 1.5)
        run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

    title = doc.add_paragraph()
    run = title.add_run(summary.title)
    run.bold = True
    run.font.size = Pt(size + 5)
    doc.add_paragraph(_("This page is for you; it is not sent to the plan. The letter itself is in English, "
                        "because the plan reads English."))
    sections = dict(summary.sections)
    first = next(iter(sections))
    heading(first)
    for text in sections[first]:
        doc.add_paragraph(text)
    heading(_("What the letter says about you: check each line"))
    # never `draft --force`: it writes over the letter, and the family may have edited it
    doc.add_paragraph(_("If anything here is wrong, correct it in case.yaml (the field is in grey). Then rename the "
                        "letter's file (letter.docx, or request-letter.docx for a request), for example by adding "
                        "-old to its name, which keeps any changes you made to it, and run `appeal-kit draft` again."))
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.autofit = False
    widths = (Pt(150), Pt(370))
    for fact in summary.facts:
        cells = table.add_row().cells
        label = cells[0].paragraphs[0]
        label.paragraph_format.space_after = Pt(0)
        label.add_run(f"☐ {fact.label}").bold = True
        field = label.add_run(f"\n{fact.source}")
        field.font.size = Pt(size - 2.5)
        field.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
        value = cells[1].paragraphs[0]
        value.paragraph_format.space_after = Pt(0)
        value.add_run(fact.value)
    for column, width in zip(table.columns, widths):
        column.width = width
        for cell in column.cells:
            cell.width = width
    if summary.statements:
        heading(_("What the letter states: check each one against your records"))
        for st in summary.statements:
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(1)
            p.add_run(f"☐ {st.text}")
            source = p.add_run(f"  ({st.field})")
            source.font.size = Pt(size - 2.5)
            source.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    for head, texts in list(sections.items())[1:]:
        heading(head)
        for text in texts:
            doc.add_paragraph(text, style="List Bullet" if len(texts) > 1 else None)
    drop_unused_styles(doc)  # LibreOffice converts it: half its work was python-docx's unused styles
    save_reproducibly(doc, out)
    return out


def explain(folder: Path, *, today: date | None = None) -> Summary:
    """Write FOLDER/summary-LANG.docx and .pdf; the summary is made anew each time, from the case as it is."""
    from pypdf import PdfReader

    from appeal_kit._exec import soffice
    from appeal_kit.files import atomic_copy

    case = load_case(folder)
    summary = summarize(case, today)
    name = f"summary-{language()}"
    with tempfile.TemporaryDirectory(prefix="appeal-kit-explain-") as tmp_name:
        tmp = Path(tmp_name)
        for size in (9.5, 8.5, 7.5):  # smaller type until it fits one page (a long treatment history)
            staged = write_docx(summary, tmp / f"{name}.docx", size)
            pdf = soffice.convert_to_pdf([staged], tmp / f"pdf-{size}")[staged]
            if len(PdfReader(pdf).pages) == 1:
                break
        summary.docx, summary.pdf = Path(folder) / f"{name}.docx", Path(folder) / f"{name}.pdf"
        atomic_copy(staged, summary.docx, what=N_("summary"))
        atomic_copy(pdf, summary.pdf, what=N_("summary"))
    return summary
