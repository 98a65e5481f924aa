"""The `appeal-kit` command. Thin: parse arguments, call the library, print results.

Every user-fixable problem is an AppealKitError; `main()` prints it as `Error: ...` on stderr and exits with
its code (see errors.ExitCode and docs/exit-codes.md).
"""
from __future__ import annotations

import gc
import inspect
import logging
import signal
import sys
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import click

from appeal_kit import __version__, interrupts
from appeal_kit.errors import AppealKitError, ExitCode, WouldOverwriteError
from appeal_kit.i18n import N_, _, field_words, language, long_date, ngettext
from appeal_kit.letter.cite import DEFAULT_STYLE, STYLES, TAGS

CASE_DIR = click.Path(file_okay=False, path_type=Path)
TEMPLATE_DIRS = click.option("--templates", "template_dirs", multiple=True,
                             type=click.Path(file_okay=False, exists=True, path_type=Path),
                             help="A folder of your own templates, searched before the bundled ones.")

KEEP_PAGE_SIZES = click.option("--keep-page-sizes", is_flag=True,
                               help="Keep each page's own size instead of fitting every page onto US Letter.")
NO_CACHE = click.option("--no-cache", is_flag=True,
                        help="Convert every document again instead of reusing conversions from earlier builds.")
QUIET = click.option("-q", "--quiet", is_flag=True, help="No progress display.")


def _choose_language(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    from appeal_kit import i18n

    if value:
        i18n.choose(value)
        _speak_metavars()


# The placeholders the usage line, --help and Click's errors show for values (Click's names of types, the arguments'
# names), in the person's language; a choice's values ([fax|mail]) and a date's format are typed as shown and stay.
METAVARS = (N_("[OPTIONS]"), N_("COMMAND [ARGS]..."), N_("CODE"), N_("DIRECTORY"), N_("EOB"), N_("FILE"),
            N_("FILE.csv"), N_("FILES..."), N_("FOLDER"), N_("FOLDERS..."), N_("[FOLDER]"), N_("INTEGER"),
            N_("INTEGER RANGE"), N_("KEY"), N_("N"), N_("NAME"), N_("NOTICE"), N_("PATH"), N_("QUESTION=ANSWER"),
            N_("SIZE"), N_("TEXT"))
_ENGLISH_METAVARS: dict[object, tuple[str | None, str]] = {}  # a command or parameter -> (its own metavar, shown)


def _speak_metavars() -> None:
    """Every command's value placeholders in the language chosen (i18n.choose): the English ones are noted on first
    use, and English puts them back."""
    for command in _all_commands(cli):
        for owner, attribute in ((command, "options_metavar"), (command, "subcommand_metavar")):
            if hasattr(owner, attribute):
                own, shown = _ENGLISH_METAVARS.setdefault((owner, attribute), (getattr(owner, attribute),) * 2)
                setattr(owner, attribute, _(shown) if shown else own)
        ctx = click.Context(command)
        for param in command.params:
            if isinstance(param.type, (click.Choice, click.DateTime)) or getattr(param, "is_flag", False):
                continue
            if param not in _ENGLISH_METAVARS:
                _ENGLISH_METAVARS[param] = (param.metavar, param.make_metavar(ctx))
            own, shown = _ENGLISH_METAVARS[param]
            param.metavar = _(shown) if _(shown) != shown else own


def _lang_option() -> click.Option:
    return click.Option(["--lang"], metavar="CODE", expose_value=False, is_eager=True, callback=_choose_language,
                        help="Language of messages: en or es (default: the locale's, LANGUAGE/LANG/LC_ALL).")


@contextmanager
def _help_in_language(command: click.Command, ctx: click.Context):
    """While Click formats `command`'s --help: its text, its options' help and its subcommands' one-line help in the
    person's language (the catalog holds them: babel.cfg extracts them with appeal_kit.i18n.extract_cli). The --help
    option's own line is Click's (its catalog, click.po): Click made it before --lang chose the language."""
    import gettext

    commands = [command, *(command.commands.values() if isinstance(command, click.Group) else ())]
    saved = [(c, c.help, c.short_help) for c in commands]
    params = [(p, p.help) for p in command.get_params(ctx) if isinstance(p, click.Option)]
    try:
        for c in commands:
            c.help = _(inspect.cleandoc(c.help)) if c.help else c.help
            c.short_help = _(inspect.cleandoc(c.short_help)) if c.short_help else c.short_help
        for p, text in params:
            p.help = (_(text) if _(text) != text else gettext.gettext(text)) if text else text
        yield
    finally:
        for c, text, short in saved:
            c.help, c.short_help = text, short
        for p, text in params:
            p.help = text


class SpokenCommand(click.Command):
    """A command whose --help is in the person's language."""

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with _help_in_language(self, ctx):
            super().format_help(ctx, formatter)


class SpokenGroup(click.Group):
    """A group whose --help, and whose commands' and subgroups', is in the person's language."""
    command_class = SpokenCommand
    group_class = type  # subgroups are SpokenGroups too

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with _help_in_language(self, ctx):
            super().format_help(ctx, formatter)


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(format="%(message)s", level=logging.INFO if verbose else logging.WARNING,
                        stream=sys.stderr, force=True)
    # -v: appeal-kit's own DEBUG lines too, among them every external program run with its time and version
    logging.getLogger("appeal_kit").setLevel(logging.DEBUG if verbose else logging.NOTSET)
    # Libraries' notes about odd-but-readable PDFs are noise for a patient; -v shows them. fontTools' notes (every
    # table of every font subset, a hundred lines a build; "FFTM NOT subset") are noise even with -v.
    logging.getLogger("pypdf").setLevel(logging.INFO if verbose else logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)


def _print_versions(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    """--version: appeal-kit's, then those of the programs it drives, as found on this computer."""
    if not value or ctx.resilient_parsing:
        return
    from appeal_kit._exec import versions
    from appeal_kit._exec.ghostscript import GHOSTSCRIPT
    from appeal_kit._exec.qpdf import QPDF
    from appeal_kit._exec.soffice import SOFFICE
    from appeal_kit._exec.tesseract import TESSERACT

    click.echo(f"appeal-kit {__version__}")
    names = {SOFFICE: "LibreOffice", QPDF: "qpdf", TESSERACT: "tesseract", GHOSTSCRIPT: "Ghostscript"}
    for program, path, version in versions(list(names)):
        found = f"{version or 'version unknown'} ({path})" if path else "not found"
        click.echo(f"{names[program]}: {found}")
    ctx.exit()


@click.group(cls=SpokenGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_print_versions,
              help="Show the versions of appeal-kit and of the programs it drives, then exit.")
@click.option("-v", "--verbose", is_flag=True, help="Say more about what is happening.")
@click.option("--clinic", "clinic_file", type=click.Path(exists=True, path_type=Path),
              help="The clinic profile (clinic.yaml) for cases without their own; the same as setting "
                   "APPEAL_KIT_CLINIC.")
def cli(verbose: bool, clinic_file: Path | None) -> None:
    """Build a health-insurance appeal packet: denial notice in, stamped and indexed PDF out.

    \b
    Typical steps:
      appeal-kit init my-appeal     make a case folder to fill in
      appeal-kit draft my-appeal    write the appeal letter (letter.docx) to review and edit
      appeal-kit build my-appeal    assemble packet.pdf to send to the insurer
    """
    _setup_logging(verbose)
    if clinic_file is not None:
        import os

        from appeal_kit.letter.clinic import CLINIC_VARIABLE

        os.environ[CLINIC_VARIABLE] = str(clinic_file.resolve())  # read wherever a profile is, worker processes too


@cli.command()
@click.argument("folder", type=CASE_DIR)
@click.option("--template", default=None, help="Letter template to use (see `appeal-kit templates`).")
@click.option("-i", "--interactive", is_flag=True, help="Answer questions instead of editing case.yaml by hand.")
@TEMPLATE_DIRS
def init(folder: Path, template: str | None, interactive: bool, template_dirs: tuple[Path, ...]) -> None:
    """Create a case folder: case.yaml to fill in, and folders for your documents."""
    from appeal_kit.case.folder import (
        CASE_FILE,
        DEFAULT_TEMPLATE,
        EVIDENCE_FOLDERS,
        folder_evidence,
        init_case,
        update_case_file,
    )
    from appeal_kit.letter import render

    if template:
        render.find_template(template, template_dirs)  # refuse a name that does not exist before writing anything
    if not interactive:
        init_case(folder, template=template or DEFAULT_TEMPLATE)
        click.echo(_("Created {file} and the folders {folders}.").format(
            file=folder / CASE_FILE, folders=", ".join(d + "/" for d in EVIDENCE_FOLDERS)))
        click.echo(_("Next:"))
        click.echo(_("  1. Open {file} in a text editor and fill in the lines marked required.").format(
            file=folder / CASE_FILE))
        click.echo(_("  2. Put the denial letter in {folder}/ and your records in the other folders.").format(
            folder=folder / "denial"))
        click.echo(_("  3. Run `appeal-kit draft {folder}` to write the appeal letter.").format(folder=folder))
        return
    from appeal_kit.case import interview

    if (folder / CASE_FILE).exists():
        raise WouldOverwriteError(_("{file} already exists; appeal-kit will not overwrite it. Pick a new folder "
                                    "name, or edit that file.").format(file=folder / CASE_FILE))
    names = [t.name for t in render.list_templates(template_dirs)]
    answers = interview.run_interview(
        ask=lambda question, default: _prompt(question, default=default or "", show_default=bool(default)),
        say=click.echo, template_names=names)
    if template:
        answers["template"] = template
    init_case(folder, template=answers.get("template", DEFAULT_TEMPLATE))
    update_case_file(folder, answers, force=True)
    click.echo(_("Saved your answers in {file} (you can edit it any time).").format(file=folder / CASE_FILE))
    click.echo(_("Put the denial letter in {folder}/ and your records in the other folders.").format(
        folder=folder / "denial"))
    # The letter lists the exhibits: drafting it before any document is in the folders gives an empty list.
    if folder_evidence(folder):
        question, ready = _("Write the appeal letter now?"), True
    else:
        question, ready = _("Write the appeal letter now? (Better later: the folders hold no documents yet, so "
                            "the letter would list no exhibits.)"), False
    if _confirm(question, default=ready):
        _draft(folder, force=False, template_dirs=template_dirs)


def _said_day(value: Any) -> str:
    """A date (or an ISO date string) in the person's words ("5 de marzo de 2026"); anything else as it is."""
    from appeal_kit.i18n import long_date

    try:
        return long_date(value if isinstance(value, date) else date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def _prompt(*args, **kwargs):
    """click.prompt, with Ctrl-C and SIGTERM ending the wait for the answer at once."""
    with interrupts.prompting():
        return click.prompt(*args, **kwargs)


def _confirm(question: str, *, default: bool) -> bool:
    """A yes/no question answered in the person's language ("s" or "sí" in Spanish, "y" in English too)."""
    yes, no = _("y"), _("n")
    choices = f"{yes.upper()}/{no}" if default else f"{yes}/{no.upper()}"
    while True:
        answer = _prompt(f"{question} [{choices}]", default="", show_default=False).strip().lower()
        if not answer:
            return default
        if answer in {yes, "y", "yes", _("yes"), _("yes").replace("í", "i")}:
            return True
        if answer in {no, "n", "no"}:
            return False
        click.echo(_("Please answer {yes} or {no}.").format(yes=yes, no=no))


def _draft(folder: Path, *, force: bool, template_dirs: tuple[Path, ...]) -> None:
    from appeal_kit.case.folder import load_case
    from appeal_kit.checks import unused_field_findings
    from appeal_kit.clock import today as letter_day
    from appeal_kit.letter import claims, fingerprint, render

    case = load_case(folder)
    target = case.letter_path
    if target.exists() and not force:
        raise WouldOverwriteError(_("{file} already exists and may hold your edits; appeal-kit will not replace "
                                    "it. Use --force to write a fresh letter over it, or rename it first.").format(
                                        file=target))
    template, note = render.template_for_case(case, template_dirs)
    if note:
        click.echo(note)
    today = letter_day()
    report: dict = {}
    render.render_letter(case, template, target, today=today, report=report)
    fingerprint.record(case, today, template)
    said = claims.statements(report["facts"], target, case.data)
    traced = claims.trace_letter(case, report["facts"], target, today)
    listed = claims.write_report(target.with_name(claims.REPORT_NAME), said, report["facts"], letter=target.name,
                                 template=template.name, sentences=traced)
    click.echo(_("Wrote {file} from the template {template!r}.").format(file=target, template=template.name))
    click.echo(ngettext("Wrote {file}: the {n} factual statement the letter makes and where it comes from; check "
                        "it against the records.",
                        "Wrote {file}: the {n} factual statements the letter makes and where each comes from; check "
                        "them against the records.", len(said)).format(file=listed.name, n=len(said)))
    # what the case holds that bears on this denial, and the letter leaves out
    for finding in unused_field_findings(case, today, template_dirs):
        click.echo(_finding_line(finding))
    click.echo(_("Open it in Word or LibreOffice, read it carefully, change what you like and save it."))
    click.echo(_("Then run `appeal-kit build {folder}`: the packet will use your edited letter.").format(
        folder=folder))


@cli.command()
@click.argument("folder", type=CASE_DIR)
@click.option("--force", is_flag=True, help="Replace an existing letter.docx (your edits in it are lost).")
@TEMPLATE_DIRS
def draft(folder: Path, force: bool, template_dirs: tuple[Path, ...]) -> None:
    """Write FOLDER/letter.docx from the case's template, for you to read and edit."""
    _draft(folder, force=force, template_dirs=template_dirs)


@cli.command()
@click.argument("folder", type=CASE_DIR)
@click.option("-o", "--output", help="Where to write the packet (default: FOLDER/packet.pdf; a folder, or a path "
                                     "ending in /, gets packet.pdf inside it).")
@click.option("--force", is_flag=True, help="Replace an existing -o file that is not a packet appeal-kit wrote "
                                            "(the case's own files are never replaced).")
@KEEP_PAGE_SIZES
@click.option("--fax", is_flag=True, help="Put a fax cover sheet (to the insurer's appeals fax) first.")
@click.option("--fax-pages", type=click.IntRange(min=2), metavar="N",
              help="Split the fax into transmissions of at most N pages, each with its own cover (implies --fax).")
@click.option("--max-size", metavar="SIZE",
              help="For upload portals: write parts under SIZE (e.g. 10MB), named NAME-part-I-of-N.pdf.")
@click.option("--compress", is_flag=True,
              help="With --max-size: recompress the images of an exhibit that alone is over SIZE.")
@click.option("--duplex", is_flag=True,
              help="For two-sided printing: the letter, the index and each exhibit cover start on an odd page.")
@click.option("--pdfa", is_flag=True, help="Write PDF/A-2b (archives, court filings), using Ghostscript.")
@click.option("--copies", is_flag=True, help="Also write each copy case.yaml lists under copies: (cc:), with its "
                                             "cover letter, as NAME-copy-I-WHO.pdf.")
@TEMPLATE_DIRS
@NO_CACHE
@QUIET
def build(folder: Path, output: str | None, force: bool, keep_page_sizes: bool, fax: bool, fax_pages: int | None,
          max_size: str | None, compress: bool, duplex: bool, pdfa: bool, copies: bool,
          template_dirs: tuple[Path, ...], no_cache: bool, quiet: bool) -> None:
    """Assemble the submission packet: letter, exhibit index, and every exhibit, stamped and numbered."""
    from appeal_kit._exec.listener import BuildConverter
    from appeal_kit.case.folder import CASE_FILE, converts_early

    with BuildConverter() as office:
        # LibreOffice starts while the rest of appeal-kit is imported, the case checked and the letter drafted; a case
        # that fails its checks stops it again (a folder without case.yaml, a typo, starts none)
        if (folder / CASE_FILE).is_file() and converts_early(folder, not no_cache):
            office.start()
        from appeal_kit.packet.delivery import Delivery, parse_size
        from appeal_kit.pipeline import build_packet

        try:
            delivery = Delivery(fax=fax, fax_pages=fax_pages, max_size=parse_size(max_size) if max_size else None,
                                compress=compress, duplex=duplex, pdfa=pdfa, copies=copies)
        except ValueError as exc:
            raise click.UsageError(str(exc)) from None
        with _spinner(_("Building {file}").format(file=folder / "packet.pdf" if output is None else output), quiet):
            result = build_packet(folder, output, keep_page_sizes=keep_page_sizes, template_dirs=template_dirs,
                                  delivery=delivery, force=force, cache=_cache(no_cache), office=office)
    for finding in result.warnings:
        click.echo(_finding_line(finding), err=True)
    if result.files != [result.output]:
        click.echo(_("Wrote {n} files, {pages} packet pages in all (letter from {source}):").format(
            n=len(result.files), pages=result.pages, source=result.letter_source))
        for path in result.files:
            click.echo(f"  {path} ({path.stat().st_size:,} bytes)")
    else:
        click.echo(_("Wrote {file}: {pages} pages (letter from {source}).").format(
            file=result.output, pages=result.pages, source=result.letter_source))
    for note in result.notes:
        click.echo(_("Note: {note}").format(note=note))
    from appeal_kit.numbering import REQUEST_LETTER_TITLE

    first, last = result.index_pages
    letter, index, exhibit = _("Letter"), _("Index"), _("Ex.")

    def span(first: int, last: int) -> str:  # "pages 1-3", and "page 4" for one page
        return _("page {n}").format(n=first) if first == last else _("pages {first}-{last}").format(first=first,
                                                                                                  last=last)

    click.echo(f"  {letter:<8} {span(result.sections[0].first, result.sections[0].last)}   "
               + (_("Letter of medical necessity") if result.sections[0].title == REQUEST_LETTER_TITLE
                  else _("Appeal letter")))
    click.echo(f"  {index:<8} {span(first, last)}")
    for s in result.sections[1:]:
        click.echo(f"  {exhibit + ' ' + s.label:<8} {span(s.first, s.last)}   {s.title}")
    click.echo(_("Look through it before you send it; keep a copy of everything you send."))


@cli.command()
@click.argument("folder", type=CASE_DIR)
@click.option("--fax", is_flag=True, help="Also check what a faxed packet needs (the insurer's fax number).")
@TEMPLATE_DIRS
def check(folder: Path, fax: bool, template_dirs: tuple[Path, ...]) -> None:
    """List what is missing or weak in a case before you build it (exit 0 when it can be built)."""
    from appeal_kit.case.folder import REQUEST_PACKET_FILE
    from appeal_kit.checks import check_before_denial, check_case
    from appeal_kit.errors import CaseError
    from appeal_kit.intake.codes import describe_case_codes

    before = check_before_denial(folder)
    report = before or check_case(folder, template_dirs=template_dirs, fax=fax)
    for kind, code, description in describe_case_codes(report.case.data, language()):
        unknown = _("no description known")
        click.echo(f"  {kind} {code}: {description or unknown}")
    for finding in report.findings:
        click.echo(_finding_line(finding), err=finding.level == "error")
    if before is not None:  # no denial yet: nothing to build, the coverage path is what was checked
        if report.errors:
            raise CaseError(ngettext("{n} problem in {file} (listed above).", "{n} problems in {file} (listed "
                                     "above).", len(report.errors)).format(n=len(report.errors),
                                                                           file=folder / "case.yaml"))
        click.echo(ngettext("No denial to appeal yet ({n} warning). Before treatment: appeal-kit prepare {folder}; "
                            "after it: appeal-kit claimed / eob {folder} (docs/coverage.md).",
                            "No denial to appeal yet ({n} warnings). Before treatment: appeal-kit prepare {folder}; "
                            "after it: appeal-kit claimed / eob {folder} (docs/coverage.md).",
                            len(report.warnings)).format(n=len(report.warnings), folder=folder))
        return
    if report.errors:
        raise CaseError(ngettext("{n} problem must be fixed before `appeal-kit build {folder}` will run (listed "
                                 "above).", "{n} problems must be fixed before `appeal-kit build {folder}` will run "
                                 "(listed above).", len(report.errors)).format(n=len(report.errors), folder=folder))
    if report.case.is_request:
        click.echo(ngettext("Ready to build the prior authorization request ({n} warning): appeal-kit build {folder} "
                            "writes {packet}", "Ready to build the prior authorization request ({n} warnings): "
                            "appeal-kit build {folder} writes {packet}", len(report.warnings)).format(
            n=len(report.warnings), folder=folder, packet=Path(folder) / REQUEST_PACKET_FILE))
        return
    click.echo(ngettext("Ready to build ({n} warning): appeal-kit build {folder}",
                        "Ready to build ({n} warnings): appeal-kit build {folder}", len(report.warnings)).format(
        n=len(report.warnings), folder=folder))


def _finding_line(finding) -> str:
    """"Warning: claim.plan_type: ..." in English; in another language the field in plain words too."""
    level = {"error": _("Error"), "note": _("Note")}.get(finding.level) or _("Warning")
    return f"{level}: {field_words(finding.field)}: {finding.message}"


@cli.command()
@click.argument("folder", type=CASE_DIR)
@click.option("--today", type=click.DateTime(["%Y-%m-%d"]), hidden=True)
def explain(folder: Path, today) -> None:
    """Write a one-page summary of the appeal for the person who signs it (FOLDER/summary-LANG.docx and .pdf),
    in plain words: use --lang es for Spanish."""
    from appeal_kit.explain import explain as write_summary

    summary = write_summary(folder, today=today.date() if today else None)
    click.echo(_("Wrote {docx} and {pdf}: what the letter asks and says, what is enclosed, where and by when to "
                 "send it, and what happens next.").format(docx=summary.docx, pdf=summary.pdf))
    click.echo(_("Read it before you sign; check every fact in its table."))


@cli.group(invoke_without_command=True)
@TEMPLATE_DIRS
@click.pass_context
def templates(ctx: click.Context, template_dirs: tuple[Path, ...]) -> None:
    """List the letter templates and the fields each needs."""
    ctx.obj = template_dirs
    if ctx.invoked_subcommand:
        return
    from appeal_kit.letter import render

    for info in render.list_templates(template_dirs):
        click.echo(f"{info.name}")
        click.echo(f"    {info.title}: {info.purpose}")
        click.echo(f"    needs: {', '.join(info.required)}")
    click.echo("Details: appeal-kit templates show NAME")


@templates.command("show")
@click.argument("name")
@click.pass_obj
def templates_show(template_dirs: tuple[Path, ...], name: str) -> None:
    """Describe one template: what it is for and every field it uses."""
    from appeal_kit.letter import render

    info = render.find_template(name, template_dirs)
    click.echo(f"{info.name}: {info.title}")
    click.echo(f"  file:        {info.path}")
    click.echo(f"  purpose:     {info.purpose}")
    click.echo(f"  when to use: {info.when_to_use}")
    click.echo("  required fields:")
    for f in info.required:
        click.echo(f"    {f}")
    if info.optional:
        click.echo("  optional fields (used when present):")
        for f in info.optional:
            click.echo(f"    {f}")


@templates.command("new")
@click.argument("name")
@click.option("--from", "source", required=True, help="The template to start from (see `appeal-kit templates`).")
@click.option("--to", "folder", type=click.Path(file_okay=False, path_type=Path),
              help="Where to put it (default: the clinic profile's templates folder, else ./templates).")
@click.pass_obj
def templates_new(template_dirs: tuple[Path, ...], name: str, source: str, folder: Path | None) -> None:
    """Copy a template to NAME.docx, with its companion NAME.yaml, for your clinic to edit in Word."""
    from appeal_kit.letter import pack, render

    if folder is None:
        own = [f for f in render.template_folders() if f != render.bundled_dir()]
        folder = own[0] if own else Path("templates")
    docx, companion = pack.new_template(name, source, folder, template_dirs)
    click.echo(f"Wrote {docx} and its companion {companion} (copied from {source}).")
    click.echo(f"Edit {docx.name} in Word or LibreOffice; keep the {{{{ ... }}}} placeholders you want filled.")
    click.echo(f"Then: appeal-kit templates check {folder}, and set `template: {name}` in a case.yaml"
               + ("" if folder in render.template_folders() else f" (with --templates {folder})") + ".")


@templates.command("check")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
def templates_check(folder: Path) -> None:
    """Check a folder of templates: companions, placeholders and fonts (exit 0 when there is no error)."""
    from appeal_kit.errors import TemplateError
    from appeal_kit.letter import pack

    problems = pack.check_folder(folder)
    for problem in problems:
        click.echo(str(problem), err=problem.level == "error")
    errors = [p for p in problems if p.level == "error"]
    if errors:
        raise TemplateError(f"{len(errors)} problem(s) in {folder} (listed above).")
    click.echo(f"{folder}: templates ready ({len(problems)} warning(s)).")


# ---------------------------------------------------------------------------------------------- intake, deadline

@cli.command("intake")
@click.argument("notice", type=click.Path(path_type=Path))
@click.option("--case", "case_dir", type=CASE_DIR, help="Case folder whose case.yaml gets the facts (empty fields "
                                                          "only) and whose denial/ folder gets a copy of the notice.")
@click.option("--force", is_flag=True, help="With --case: overwrite fields that already have a value (never a date "
                                           "with a less plausible one).")
@click.option("--accept-uncertain", is_flag=True,
              help="With --case: also write the fields marked CHECK THIS (found with low confidence).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object on stdout; messages go to stderr.")
@click.option("--today", type=click.DateTime(["%Y-%m-%d"]), hidden=True)
def intake_command(notice: Path, case_dir: Path | None, force: bool, accept_uncertain: bool, as_json: bool,
                   today) -> None:
    """Read a denial letter or EOB (PDF, scan, photo, DOCX, TXT) and pull out the facts and the appeal deadline."""
    import json

    from appeal_kit.intake import facts

    if force and case_dir is None:
        raise click.UsageError(_("--force only applies with --case DIR (it replaces filled fields of case.yaml)."))
    if accept_uncertain and case_dir is None:
        raise click.UsageError(_("--accept-uncertain only applies with --case DIR (it writes uncertain fields to "
                                 "case.yaml)."))
    today = today.date() if today else None
    result = facts.intake_file(notice, today=today)
    for w in result.warnings:
        click.echo(_("Warning: {warning}").format(warning=w), err=True)
    if as_json:
        click.echo(json.dumps(result.facts, indent=2, ensure_ascii=False))
    else:
        from appeal_kit.intake.textract import METHOD_WORDS

        method = result.method if language() == "en" else _(METHOD_WORDS.get(result.method, result.method))
        click.echo(_("{file} (read as {method}):").format(file=notice, method=method))
        for line in facts.summary_lines(result.facts, today):
            click.echo(line)
    if case_dir is not None:
        from appeal_kit.case.folder import is_request, load_case_data

        was_request = is_request(load_case_data(case_dir))
        merged = facts.merge_into_case(case_dir, result.facts, notice, force=force,
                                       accept_uncertain=accept_uncertain, today=today)
        out = lambda s="": click.echo(s, err=as_json)  # noqa: E731
        out()
        if merged.changed:
            out(_("Updated {file}:").format(file=merged.case_file))
            out(merged.diff.rstrip("\n"))
        else:
            out(_("{file}: nothing to fill in.").format(file=merged.case_file))
        if merged.name_note:
            out(merged.name_note)
        if merged.kept:
            out(_("Kept your values (the notice says otherwise; use --force to replace them):"))
            for path, old, new in merged.kept:
                out(f"  {path}: {old!r} (notice: {new!r})")
        if merged.held:
            out(_("Not written to case.yaml:"))
            for path, value, why in merged.held:
                out(f"  {path}: {value!r}: {why}")
        if merged.copied_to:
            out(_("Copied the notice to {file}").format(file=merged.copied_to))
        if merged.exhibit_note:
            out(merged.exhibit_note)
        if was_request and not is_request(load_case_data(case_dir)):
            out(_("The prior authorization request was denied: this case is now its appeal. Its request letter and "
                  "packet stay as they are; write the plan's reason in claim.denial_reason, then appeal-kit check "
                  "{folder} and appeal-kit draft {folder} (letter.docx).").format(folder=case_dir))


@cli.command("deadline")
@click.argument("folder", type=CASE_DIR)
@click.option("--ics", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write an iCalendar file with the deadline and reminders 14 and 3 days before.")
@click.option("--today", type=click.DateTime(["%Y-%m-%d"]), hidden=True)
def deadline_command(folder: Path, ics: Path | None, today) -> None:
    """Show the appeal deadline of a case, the rule behind it and the next level of appeal."""
    from appeal_kit import directory
    from appeal_kit.intake import deadlines

    today = today.date() if today else None
    from appeal_kit.case.folder import is_request
    from appeal_kit.errors import CaseError

    data = deadlines.case_data_for_deadline(folder)
    if is_request(data):  # no denial yet: when the plan must decide the request
        for line in deadlines.describe_request(data, today):
            click.echo(line)
        if ics is not None:
            raise CaseError(_("--ics: a request has no appeal deadline yet; the calendar file is for an appeal"))
        return
    if ics is not None:
        deadlines.check_ics_target(folder, ics)
    from appeal_kit.letter.derived import medical_judgment

    dl = deadlines.deadline_for_case(data)
    if ics is not None and dl.escalate_sent:  # the QIC never decided: the request to escalate has no deadline
        raise CaseError(_("--ics: a request to escalate the appeal has no deadline, so there is no day to put in a "
                          "calendar; send it now"))
    for line in deadlines.describe(dl, today, reviewable=medical_judgment(data)):
        click.echo(line)
    # a Medicare Advantage reconsideration or Part D redetermination never decided in its time: the plan owes the
    # case to the IRE, which the letter asks for, so the window above is not a new chance for the plan (set 70 brief)
    overdue = deadlines.overdue_for_ire(data, today)
    if overdue:
        from appeal_kit.rules import Citations, route

        click.echo(_("The appeal sent on {sent} was never decided, and the plan's time to decide it ran out on {due}: "
                     "the plan must then send your case to the independent review entity ({rule}), and the letter "
                     "asks it to send the case now.").format(
                         sent=long_date(overdue.sent), due=long_date(overdue.due),
                         rule=Citations(route(data)).cite("undecided_to_ire")))
    # the external-review route, whom the next steps go to and free help in the patient's state
    for line in directory.help_lines(data, reviewable=medical_judgment(data),
                                     external=deadlines.level_of_case(data).judgment_only):
        click.echo(line)
    disagreement = deadlines.deadline_disagreement(data)
    if disagreement:
        click.echo(_("Warning") + f": {field_words('claim.appeal_deadline')}: {disagreement}", err=True)
    if ics is not None:
        claim = data.get("claim") or {}
        who = deadlines.calendar_name((data.get("patient") or {}).get("name"), Path(folder).resolve().name)
        title = (_("Appeal deadline") if dl.stage == "internal" else _("Next-level deadline")) + \
            (f": {who}" if who else "") + \
            (_(", claim {number}").format(number=claim.get("number")) if claim.get("number") else "")
        insurer = (data.get("insurer") or {}).get("name")
        details = _("Send the appeal to {insurer} by this date.").format(insurer=insurer) if insurer \
            else _("Send the appeal by this date.")
        if dl.stage != "internal":  # the next level is asked of its own reviewer, not of the plan
            details = _("Ask for {level} by this date.").format(level=_(dl.rule.next_level)) \
                if dl.rule and dl.rule.next_level else _("Ask for the next level of review by this date.")
        deadlines.write_ics(dl, ics, title=title, details=details)
        click.echo(_("Wrote {file} (reminders 14 and 3 days before).").format(file=ics))


# ---------------------------------------------------------------------------------------------- superbill

@cli.command("superbill")
@click.argument("folder", type=CASE_DIR)
@click.option("--force", is_flag=True, help="Replace an existing superbill.docx / superbill.pdf.")
@click.option("--add-exhibit", is_flag=True,
              help="Also put the PDF in FOLDER/other/superbill.pdf so the next build includes it.")
def superbill_command(folder: Path, force: bool, add_exhibit: bool) -> None:
    """Write a superbill (FOLDER/superbill.docx and .pdf) from the case's service_lines and provider."""
    from appeal_kit.letter.records import money
    from appeal_kit.letter.superbill import make_superbill

    result = make_superbill(folder, force=force, add_exhibit=add_exhibit)
    bill = result.bill
    click.echo(f"Wrote {result.docx} and {result.pdf}: {len(bill.lines)} service line"
               f"{'s' if len(bill.lines) != 1 else ''}, charges {money(bill.total_charges)}, "
               f"paid {money(bill.total_paid)}, balance {money(bill.balance)}.")
    if bill.provider_source != "case.yaml":
        click.echo(f"Provider details from {bill.provider_source}.")
    if result.exhibit:
        click.echo(f"Copied the PDF to {result.exhibit}; the next `appeal-kit build {folder}` includes it.")
    for note in result.notes:
        click.echo(f"Note: {note}")
    click.echo("Have the provider sign it before you send it to the insurer.")


@cli.command("services")
@click.argument("folder", type=CASE_DIR)
@click.argument("csv_file", metavar="FILE.csv", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option("--force", is_flag=True, help="Replace service_lines case.yaml already has.")
def services_command(folder: Path, csv_file: Path, force: bool) -> None:
    """Read dates of service, CPT codes and amounts from a practice-management CSV export into case.yaml."""
    from appeal_kit.cases.services import import_lines

    done = import_lines(folder, csv_file, force=force)
    click.echo(f"Wrote {len(done.lines)} service line(s) to {done.case_file} (service_lines).")
    if done.filled:
        click.echo(f"Filled {', '.join(done.filled)}, which were empty.")
    if done.ignored:
        click.echo(f"Left out the export's other columns: {', '.join(done.ignored)}.")
    click.echo(f"Next: appeal-kit superbill {folder}")


# ---------------------------------------------------------------------------------------------- clinical notes

@cli.command("notes")
@click.argument("folder", type=CASE_DIR)
@click.option("--json", "as_json", is_flag=True, help="Print the proposals as one JSON object on stdout.")
@click.option("--accept", is_flag=True, help="Add every proposed row to case.yaml without asking (for scripts).")
@click.option("--force", is_flag=True, help="With --accept: also replace suicidality, diagnosis codes and severity "
                                           "that case.yaml already has (history rows you typed are never replaced).")
def notes_command(folder: Path, as_json: bool, accept: bool, force: bool) -> None:
    """Read the clinical notes (FOLDER/clinical/) and propose treatment history rows, scales, diagnoses and
    suicidality, each with the page it came from."""
    import json

    from appeal_kit.case.folder import CASE_FILE, load_case_data
    from appeal_kit.notes import accept as accepting
    from appeal_kit.notes.propose import read_notes
    from appeal_kit.notes.report import history_lines, other_lines

    if force and not accept:
        raise click.UsageError(_("--force only applies with --accept."))
    proposals = read_notes(folder)
    out = lambda s="": click.echo(s, err=as_json)  # noqa: E731
    for w in proposals.warnings:
        click.echo(_("Warning: {warning}").format(warning=w), err=True)
    has_case = (folder / CASE_FILE).is_file()
    data = load_case_data(folder) if has_case else {}
    fresh = accepting.new_rows(proposals, data)
    if as_json:
        click.echo(json.dumps(proposals.to_json(), indent=2, ensure_ascii=False))
    else:
        out(ngettext("Read {n} document in {folder}/clinical. Proposed treatment history:",
                     "Read {n} documents in {folder}/clinical. Proposed treatment history:",
                     len(proposals.files)).format(n=len(proposals.files), folder=folder))
        out("\n".join(history_lines(proposals.history)) if proposals.history else _("  (no treatments found)"))
        out()
        for line in other_lines(proposals):
            out(line)
    for line in accepting.disagreements(proposals, data):
        out(_("Check: the notes disagree with {what}").format(what=line))
    if not has_case:
        out(_("No {file} in {folder}: nothing written. Create it with `appeal-kit init {folder}`.").format(
            file=CASE_FILE, folder=folder))
        return
    chosen = fresh
    if not accept:
        if not fresh or as_json or not _can_ask():
            if fresh:
                out(ngettext("{n} row is not in case.yaml yet; run with --accept to add it.",
                             "{n} rows are not in case.yaml yet; run with --accept to add them.",
                             len(fresh)).format(n=len(fresh)))
            return
        # the answers in the person's words ("todas", "una", "ninguna"); the English ones are understood too
        words = {_("all"): "all", _("one"): "one", _("none"): "none", "all": "all", "one": "one", "none": "none"}
        answer = words[_prompt(_("Add the {n} new row(s) to case.yaml? {all}, {one} (one by one), or {none}").format(
            n=len(fresh), all=_("all"), one=_("one"), none=_("none")),
            type=click.Choice(list(words), case_sensitive=False), default=_("one"), show_choices=False).lower()]
        if answer == "none":
            return
        if answer == "one":
            chosen = [r for r in fresh if _confirm(_("Add {name} ({file} p. {page})?").format(
                name=r.name, file=r.source.file, page=r.source.page), default=True)]
    done = accepting.accept(folder, proposals, chosen, force=force)
    added = ngettext("Added {n} row to {file}", "Added {n} rows to {file}", len(done.added)).format(
        n=len(done.added), file=done.case_file)
    out(_("{added}; filled {fields}.").format(added=added, fields=", ".join(done.filled)) if done.filled
        else added + ".")
    if done.diff:
        out(done.diff.rstrip("\n"))
    for path, old, new in done.kept:
        out(_("Kept your {field}: {old!r} (notes: {new!r}; --force replaces it)").format(field=path, old=old, new=new))


# ---------------------------------------------------------------------------------------------- before treatment

@cli.command("prepare")
@click.argument("folder", type=CASE_DIR)
@click.option("--force", is_flag=True, help="Replace a call script you changed after appeal-kit wrote it.")
@click.option("--request", "pa_request", is_flag=True,
              help="The plan needs prior authorization: make this case the request to it (request-packet.pdf).")
def prepare_command(folder: Path, force: bool, pa_request: bool) -> None:
    """Before treatment: the call to the insurer, with the codes of the planned care and the questions to ask.

    Printed, and saved as FOLDER/call-script.txt (call-script-es.txt with --lang es). With --request: the case
    becomes the prior-authorization request (the letter of medical necessity, the criteria and the records)."""
    from appeal_kit.coverage.script import prepare, start_request
    from appeal_kit.i18n import language

    if pa_request:
        start_request(folder)
        click.echo(_("{file}: this case is now the prior authorization request (request: prior_authorization). "
                     "Next: appeal-kit check {folder} says what the request still needs; appeal-kit draft {folder} "
                     "writes the letter of medical necessity for the treating clinician to read and sign; appeal-kit "
                     "build {folder} writes {packet}. If the plan denies the request, appeal-kit intake NOTICE --case "
                     "{folder} makes this case the appeal.").format(
                         file=Path(folder) / "case.yaml", folder=folder, packet=Path(folder) / "request-packet.pdf"))
        return
    script, saved = prepare(folder, language(), force=force)
    click.echo(script.text, nl=False)
    click.echo(_("Saved the script as {file}.").format(file=saved), err=True)
    _authorization_step(folder)


def _authorization_step(folder: Path) -> None:
    """When the call log says the plan needs prior authorization and the case is not the request yet: say how."""
    from appeal_kit.case.folder import load_case_data
    from appeal_kit.coverage import calls

    if calls.authorization_needed(load_case_data(folder)):
        click.echo(_("The plan said prior authorization is needed. Make the request: appeal-kit prepare {folder} "
                     "--request").format(folder=folder))


@cli.command("called")
@click.argument("folder", type=CASE_DIR)
@click.option("--date", "called_on", help="The day of the call (default: today).")
@click.option("--who", help="The representative's name (and department).")
@click.option("--reference", help="The call reference number the representative gave.")
@click.option("--answer", "answers", multiple=True, metavar="QUESTION=ANSWER",
              help="An answer to a question of the call script, e.g. in_network=no; repeat for each answer.")
@click.option("--summary", help="Anything else that was said.")
def called_command(folder: Path, called_on: str | None, who: str | None, reference: str | None,
                   answers: tuple[str, ...], summary: str | None) -> None:
    """Record a call to the insurer in case.yaml (call_log): who, the reference number and the answers.

    Without --who, a short interview asks for them, question by question."""
    from appeal_kit.case.folder import load_case_data
    from appeal_kit.coverage import calls

    if who is None and not answers and summary is None:
        from appeal_kit.i18n import language

        entry = calls.interview(load_case_data(folder), lambda question, default: _prompt(
            question, default=default, show_default=bool(default)), today=date.today(), lang=language())
    else:
        entry = {"date": (_date_option(called_on, "--date") or date.today()).isoformat(), "who": who or ""}
        if reference:
            entry["reference"] = reference
        if answers:
            entry["answers"] = calls.parse_answers(answers)
        if summary:
            entry["summary"] = summary
    done = calls.record_call(folder, entry)
    given = len(entry.get("answers") or {})
    reference = _(", reference {reference}").format(reference=entry["reference"]) if entry.get("reference") else ""
    click.echo(ngettext("Recorded in {file}: the call of {date} with {who}{reference}, {n} answer.",
                        "Recorded in {file}: the call of {date} with {who}{reference}, {n} answers.", given).format(
        file=done.case_file, date=_said_day(entry["date"]), who=entry["who"], reference=reference, n=given))
    if done.unanswered:
        click.echo(_("Still to ask: {questions} (appeal-kit prepare {folder} shows them).").format(
            questions=", ".join(done.unanswered), folder=folder))
    _authorization_step(folder)


# ---------------------------------------------------------------------------------------------- after treatment

@cli.command("claimed")
@click.argument("folder", type=CASE_DIR)
@click.option("--date", "service_date", required=True, help="The date of service the claim is for.")
@click.option("--submitted", help="The day the superbill or claim was sent (default: today).")
@click.option("--to", help="Where it went: the plan's claims address, fax or portal.")
@click.option("--number", help="The claim number, once the plan gives one.")
def claimed_command(folder: Path, service_date: str, submitted: str | None, to: str | None,
                    number: str | None) -> None:
    """Record in case.yaml (claims) that the claim for one date of service was sent to the plan."""
    from appeal_kit.coverage.reimburse import record_submission

    done = record_submission(folder, _date_option(service_date, "--date"),
                             _date_option(submitted, "--submitted") or date.today(), to=to, number=number)
    sent = _date_option(submitted, "--submitted") or date.today()
    click.echo(ngettext("Recorded in {file}: the claim for {day}, sent {sent}{to}, {n} line.",
                        "Recorded in {file}: the claim for {day}, sent {sent}{to}, {n} lines.", done.lines).format(
        file=done.case_file, day=_said_day(done.claim_date), sent=_said_day(sent),
        to=_(" to {where}").format(where=to) if to else "", n=done.lines))
    click.echo(_("When the EOB comes: appeal-kit eob {folder} EOB-FILE").format(folder=folder))


@cli.command("eob")
@click.argument("folder", type=CASE_DIR)
@click.argument("eob_file", metavar="EOB", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option("--received", help="The day the EOB came (default: the date printed on it).")
@click.option("--force", is_flag=True, help="Replace the appeal's claim fields case.yaml already has.")
def eob_command(folder: Path, eob_file: Path, received: str | None, force: bool) -> None:
    """Read an explanation of benefits into case.yaml (claims): allowed, paid and owed per line; a partly paid claim's
    appeal is set to the denied lines."""
    from appeal_kit.coverage.reimburse import record_eob
    from appeal_kit.money import money

    done = record_eob(folder, eob_file, received=_date_option(received, "--received"), force=force)
    click.echo(ngettext("Read {n} line for {dates} into {file} (claims):", "Read {n} lines for {dates} into {file} "
                        "(claims):", len(done.lines)).format(n=len(done.lines), dates=", ".join(done.dates),
                                                             file=done.case_file))
    for line in done.lines:
        amounts = ", ".join(f"{name} {money(value)}" for name, value in (
            (_("charged"), line.charge), (_("allowed"), line.allowed), (_("paid"), line.paid),
            (_("you owe"), line.patient)) if value is not None)
        click.echo(f"  {line.date}  {line.code:<6} {amounts}" + (f"  {line.adjustment}" if line.adjustment else ""))
    if done.filed_as:
        click.echo(_("Filed the EOB as {file}.").format(file=done.filed_as))
    for appeal in done.appeal:
        click.echo(_("To appeal: {what}.").format(what=appeal.describe()))
    if done.filled:
        click.echo(_("Set {fields} to the denied lines only: the appeal is about them, and the letter says what was "
                     "paid. Next: appeal-kit draft {folder}").format(fields=", ".join(done.filled), folder=folder))
    for path, old, new in done.kept:
        click.echo(_("Kept your {field}: {old!r} (denied lines: {new!r}; --force replaces it)").format(
            field=path, old=old, new=new))


@cli.command("ledger")
@click.argument("folder", type=CASE_DIR)
@click.option("--year", type=int, help="Only this tax year.")
@click.option("--csv", "csv_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write every expense (of --year, or all) to this CSV file for a spreadsheet.")
@click.option("--force", is_flag=True, help="Replace an existing --csv file.")
def ledger_command(folder: Path, year: int | None, csv_file: Path | None, force: bool) -> None:
    """The expense ledger (case.yaml expenses) by tax year: charged, paid, reimbursed, net cost; and other avenues
    to ask about."""
    from appeal_kit.cases import ledger
    from appeal_kit.i18n import language

    entries, years = ledger.ledger(folder, year)
    if not entries:
        click.echo(_("No expenses in {file} yet: add them under `expenses:` (docs/records.md).").format(
            file=folder / "case.yaml"))
    else:
        click.echo(ledger.table(years), nl=False)
        click.echo(_("By the year of each expense's date: record the day you paid. Net cost = paid - reimbursed."))
    if csv_file is not None:
        written = ledger.write_csv(csv_file, ledger.csv_text(entries, year), force=force)
        count = sum(len(y.entries) for y in years)
        click.echo(ngettext("Wrote {file}: {n} expense.", "Wrote {file}: {n} expenses.", count).format(
            file=written, n=count))
    click.echo("\n" + _("Other avenues to ask about (not advice):"))
    for item in ledger.avenues(language()):
        click.echo(f"  [ ] {item}")


# ---------------------------------------------------------------------------------------------- literature

@cli.command("cite")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--style", type=click.Choice(list(STYLES)), default=DEFAULT_STYLE, show_default=True,
              help="Citation style: AMA, Vancouver (NLM) or APA.")
def cite_command(files: tuple[Path, ...], style: str) -> None:
    """Print the references in FILES (CSL-JSON, BibTeX, RIS, or PubMed's .nbib) formatted for a reference list."""
    from appeal_kit.letter import cite

    items = [item for path in files for item in cite.read_references(path)]
    for n, entry in enumerate(cite.format_references(items, style), 1):
        click.echo(f"{n}. {entry}")


@cli.group()
def evidence() -> None:
    """The bundled evidence library: checked references for ketamine and esketamine care."""


@evidence.command("list")
@click.option("--tag", type=click.Choice(TAGS), help="Only the references with this tag.")
def evidence_list(tag: str | None) -> None:
    """List the references with their keys, DOIs and tags."""
    from appeal_kit.letter import cite

    for ref in cite.by_tag(tag):
        click.echo(f"{ref.key:<15} {ref.short()}  doi:{ref.doi}  PMID {ref.pmid}  [{', '.join(ref.tags)}]")
    click.echo("Use one in case.yaml as `literature: [{id: KEY}]`, or in a template as {{ cite(\"KEY\") }}.")


@evidence.command("show")
@click.argument("key")
def evidence_show(key: str) -> None:
    """Show one reference: the citation, what it found and what a letter can rest on it."""
    from appeal_kit.letter import cite

    ref = cite.library().get(key)
    if ref is None:
        raise click.BadParameter(f"no reference {key!r} in the evidence library; see `appeal-kit evidence list`",
                                 param_hint="KEY")
    click.echo(cite.format_references([ref.csl])[0])
    click.echo(f"  DOI:      {ref.doi}\n  PMID:     {ref.pmid}\n  tags:     {', '.join(ref.tags)}")
    click.echo(f"  found:    {ref.summary}\n  supports: {ref.supports}")


# ---------------------------------------------------------------------------------------------- many cases

def _cache(no_cache: bool):
    from appeal_kit.packet.cache import PdfCache

    return None if no_cache else PdfCache()


def _can_ask() -> bool:
    """A person at a keyboard can answer a question (not a script, a pipe or a test)."""
    return sys.stdin.isatty()


def _on_terminal() -> bool:
    return sys.stderr.isatty()


class _spinner:
    """A rich spinner on stderr for a build that takes longer than SPINNER_DELAY seconds, in a terminal only."""

    SPINNER_DELAY = 2.0

    def __init__(self, text: str, quiet: bool):
        self.text, self.show = text, not quiet and _on_terminal()
        self.status: Any = None  # rich's Status and a threading.Timer, made only in a terminal
        self.timer: Any = None

    def __enter__(self):
        if self.show:
            import threading

            from rich.console import Console

            self.status = Console(stderr=True).status(self.text)
            self.timer = threading.Timer(self.SPINNER_DELAY, self.status.start)
            self.timer.start()
        return self

    def __exit__(self, *exc) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.status.stop()


@cli.command("cases")
@click.argument("folder", required=False, default=".", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of objects instead of a table.")
@click.option("--csv", "as_csv", is_flag=True, help="Print CSV for a spreadsheet instead of a table.")
@click.option("--ics", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write one calendar with every open appeal deadline and decision-due date.")
@click.option("--today", type=click.DateTime(["%Y-%m-%d"]), hidden=True)
def cases_command(folder: Path, as_json: bool, as_csv: bool, ics: Path | None, today) -> None:
    """Every case under FOLDER (default: here) in one table, the one due first at the top."""
    from appeal_kit.cases import caseload
    from appeal_kit.cases.folders import find_case_folders

    if as_json and as_csv:
        raise click.UsageError(_("choose one of --json and --csv."))
    rows = caseload.caseload(find_case_folders(folder), today.date() if today else None)
    if as_json:
        import json

        click.echo(json.dumps([r.as_dict() for r in rows], indent=2, ensure_ascii=False))
    elif as_csv:
        import csv
        import io

        table = io.StringIO()  # written out with click.echo, which flushes (and encodes) like every other line
        writer = csv.DictWriter(table, fieldnames=caseload.JSON_KEYS, lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: caseload.spreadsheet_safe(v) for k, v in r.as_dict().items()} for r in rows)
        click.echo(table.getvalue(), nl=False)
    elif sys.stdout.isatty():
        _rich_caseload(rows)
    else:
        click.echo(caseload.plain_table(rows), nl=False)
    if ics is not None:
        from appeal_kit.intake.deadlines import write_calendar

        entries = caseload.calendar_entries(rows)
        write_calendar(ics, entries)
        click.echo(_("Wrote {file}: {n} date(s), reminders 14 and 3 days before each.").format(
            file=ics, n=len(entries)), err=as_json or as_csv)


def _rich_caseload(rows) -> None:
    from rich.console import Console
    from rich.table import Table

    from appeal_kit.cases.caseload import COLUMNS, table_cells

    table = Table(show_lines=False)
    for name in ("", *COLUMNS):
        # A date is never broken across lines (2026-08-|01 reads as another date): its column keeps its width.
        dated = name in ("deadline", "decision due")
        table.add_column(_(name), overflow="fold", no_wrap=dated, min_width=10 if dated else None)
    styles = {"overdue": "bold red", "due soon": "yellow", "": None}
    for row in rows:
        table.add_row(*table_cells(row), style="red" if row.status == "error" else styles[row.flag])
    Console().print(table)


def _iso_long(value: str) -> str:
    """A recorded ISO date said the person's way ("March 3, 2026", "3 de marzo de 2026")."""
    from datetime import date

    from appeal_kit.i18n import long_date

    return long_date(date.fromisoformat(value))


def _date_option(value: str | None, what: str):
    from datetime import date

    from appeal_kit.case.folder import parse_date

    return date.fromisoformat(parse_date(value, what=what)) if value else None


@cli.command("sent")
@click.argument("folder", type=CASE_DIR)
@click.option("--date", "sent_on", required=True, help="The day it was sent (faxed, mailed, uploaded, e-mailed).")
@click.option("--method", required=True, type=click.Choice(["fax", "mail", "portal", "email"]))
@click.option("--to", help="Where it went: fax number, address, portal or e-mail address.")
@click.option("--confirmation", help="Fax confirmation, tracking number, portal reference.")
@click.option("--packet", type=click.Path(dir_okay=False, path_type=Path),
              help="The PDF that was sent (default: FOLDER/packet.pdf).")
@click.option("--service", type=click.Choice(["pre", "post"]),
              help="Whether the care is still to come (pre) or was given (post); default: from claim.service_dates.")
def sent_command(folder: Path, sent_on: str, method: str, to, confirmation, packet, service) -> None:
    """Record in case.yaml that the appeal was sent, with the packet's pages and hash, and when the plan must decide."""
    from appeal_kit.cases.record import record_sent

    done = record_sent(folder, sent=_date_option(sent_on, "--date"), method=method, to=to,
                       confirmation=confirmation, packet=packet, service=service)
    e = done.entry
    sent = (_("Recorded in {file}: sent {date} by {method} to {to}, {packet} ({pages} pages, SHA-256 {sha}...).")
            if "to" in e else _("Recorded in {file}: sent {date} by {method}, {packet} ({pages} pages, SHA-256 "
                                "{sha}...)."))
    click.echo(sent.format(file=done.case_file, date=_iso_long(e["date"]), method=e["method"], to=e.get("to"),
                           packet=e["packet"], pages=e["packet_pages"], sha=e["packet_sha256"][:16]))
    click.echo(_("Filed a copy of what was sent as {file}: rebuilding packet.pdf never changes it.").format(
        file=folder / e["copy"]))
    if "decision_due" in e:
        click.echo(_("The plan must decide by {date}.").format(date=_iso_long(e["decision_due"]))
                   + f" {done.said_basis}")
    elif "decision_basis" in e:
        click.echo(done.said_basis)
    click.echo(_("Keep the fax confirmation or tracking receipt with the case."))


@cli.command("decided")
@click.argument("folder", type=CASE_DIR)
@click.option("--outcome", required=True, type=click.Choice(["approved", "denied", "partial"]))
@click.option("--date", "decided_on", help="The date of the plan's decision (default: today).")
@click.option("--second-level", is_flag=True, help="The plan has a second internal appeal level, to be filed next.")
@click.option("--deadline", help="With --second-level: the deadline the decision notice gives for it.")
@TEMPLATE_DIRS
def decided_command(folder: Path, outcome: str, decided_on: str | None, second_level: bool, deadline,
                    template_dirs: tuple[Path, ...]) -> None:
    """Record the plan's decision; a denial opens the next level, with its deadline."""
    from datetime import date

    from appeal_kit.cases.record import record_decided
    from appeal_kit.intake import deadlines

    done = record_decided(folder, outcome=outcome, decided=_date_option(decided_on, "--date") or date.today(),
                          second_level=second_level, next_deadline=_date_option(deadline, "--deadline"),
                          template_dirs=template_dirs)
    e = done.entry
    said = {"approved": _("approved"), "denied": _("denied"), "partial": _("partly approved")}[outcome]
    click.echo(_("Recorded in {file}: {stage} {outcome} on {date}.").format(
        file=done.case_file, stage=_(e["stage"]), outcome=said, date=_iso_long(e["date"])))
    if "opens" in e:
        click.echo(_("Next: {level}.").format(level=_(e["opens"])))
        for line in deadlines.describe(deadlines.deadline_for_case(deadlines.case_data_for_deadline(folder))):
            click.echo(line)
        if done.archived:
            click.echo(_("Moved the papers of the {stage} to {folder}: {files}.").format(
                stage=_(e["stage"]), folder=done.archived[0].parent, files=", ".join(p.name for p in done.archived)))
        if done.template:
            click.echo(_("The next letter uses the template {template} (set in case.yaml).").format(
                template=done.template))
        elif done.template_note:
            click.echo(_("Note: {note}").format(note=done.template_note))
        click.echo(_("Then: appeal-kit draft {folder}").format(folder=folder))


@cli.command("batch")
@click.argument("folders", nargs=-1, required=True, type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=None,
              help="Worker processes for the PDF work (default: the number of CPUs).")
@click.option("--include-sent", is_flag=True,
              help="Also rebuild cases already sent or decided (what was sent stays filed in their sent/ folder).")
@KEEP_PAGE_SIZES
@TEMPLATE_DIRS
@NO_CACHE
@QUIET
def batch_command(folders: tuple[Path, ...], jobs: int | None, include_sent: bool, keep_page_sizes: bool,
                  template_dirs: tuple[Path, ...], no_cache: bool, quiet: bool) -> None:
    """Build the packet of every case: FOLDERS are case folders, or folders of case folders.

    Cases already sent or decided are skipped unless --include-sent."""
    import os

    from appeal_kit.cases.batch import BatchOptions, build_batch, skip_recorded
    from appeal_kit.cases.folders import case_folders

    found = case_folders(list(folders))
    if not include_sent:
        found, skipped = skip_recorded(found)
        for folder, why in skipped:
            click.echo(f"Skipped {folder}: {why}", err=True)
        if skipped:
            click.echo(f"Skipped {len(skipped)} sent or decided case(s); --include-sent rebuilds them too.", err=True)
        if not found:
            click.echo("Nothing to build.")
            return
    report, say, close = _batch_progress(len(found), quiet)
    try:
        items = build_batch(found, jobs=jobs or os.cpu_count() or 1, cache=_cache(no_cache), report=report, say=say,
                            options=BatchOptions(keep_page_sizes=keep_page_sizes, template_dirs=template_dirs))
    finally:
        close()
    failed = [i for i in items if not i.ok]
    width = max(len(str(i.folder)) for i in items)
    click.echo(f"{'case':<{width}}  result")
    for item in items:
        result = f"{item.pages} pages -> {item.output}" if item.ok else "FAILED (see the Error line above)"
        if item.ok and item.warnings:
            result += f"   {len(item.warnings)} warning(s): appeal-kit check {item.folder}"
        click.echo(f"{str(item.folder):<{width}}  {result}")
    for item in items:
        for note in item.notes:
            click.echo(f"Note: {item.folder}: {note}")
    click.echo(f"{len(items) - len(failed)} built, {len(failed)} failed.")
    if failed:
        raise click.exceptions.Exit(ExitCode.failed)  # some cases failed: each has its Error line above


def _batch_progress(total: int, quiet: bool):
    """(report each finished case, say each step, close): a rich bar in a terminal, plain lines otherwise."""
    def error_line(item) -> None:
        message = item.error if item.error.startswith(str(item.folder)) else f"{item.folder}: {item.error}"
        click.echo(f"Error: {message}", err=True)

    if quiet:
        return (lambda item: None if item.ok else error_line(item)), (lambda text: None), (lambda: None)
    if not _on_terminal():
        def report_line(item) -> None:
            if item.ok:
                click.echo(f"built {item.folder}: {item.pages} pages", err=True)
            else:
                error_line(item)
        return report_line, (lambda text: click.echo(f"batch: {text}", err=True)), (lambda: None)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    # No refresh thread (auto_refresh=False): the batch forks worker processes while the bar is shown.
    # The bar stays one short line in an 80-column terminal: the step is printed above it, wrapped, not in it.
    progress = Progress(TextColumn("{task.description}"), BarColumn(bar_width=30), MofNCompleteColumn(),
                        TimeElapsedColumn(), console=Console(stderr=True), auto_refresh=False, transient=False)
    task = progress.add_task("cases built", total=total)
    progress.start()

    def report(item) -> None:
        if not item.ok:
            progress.console.print(f"Error: {item.folder}: {item.error}", markup=False, highlight=False)
        progress.advance(task)
        progress.refresh()

    def say(text: str) -> None:
        progress.console.print(f"batch: {text}", markup=False, highlight=False)
        progress.refresh()

    return report, say, progress.stop


def _all_commands(group: click.Group):
    yield group
    for command in group.commands.values():
        yield from _all_commands(command) if isinstance(command, click.Group) else (command,)


def terminal_safe(message: str) -> str:
    """The message with control characters other than line breaks written as escapes (\\x1b, \\r, ...): a file
    name from a client's e-mail cannot move the cursor, recolour or rewrite what the terminal shows."""
    return "".join(c if c in "\n\t" or c.isprintable() else repr(c)[1:-1] for c in message)


# The cyclic garbage collector's thresholds for a run of the command. A run allocates a few million objects and keeps
# most of them to its end (modules, templates, parsed PDFs), so with Python's defaults (700, 10, 10) the collector
# walked them 166 times in a build of the sample case, 52-54 ms of CPU, and 4 ms a case in a batch; with these, 6
# times and 24-26 ms, and the peak memory of a 20-case batch was no higher (73 MB, 81 before). A batch's workers
# are started with the same thresholds (cases.batch).
GC_THRESHOLDS = (20_000, 10, 10)


def main() -> None:
    interrupts.install()  # Ctrl-C and SIGTERM are recorded, and the work stops at its next safe point
    gc.set_threshold(*GC_THRESHOLDS)
    sys.exit(run())


def run(args: list[str] | None = None) -> int:
    """Run the command line `args` (default: sys.argv) and return its exit code; the one place an error becomes its
    `Error:` line. main() adds the process around it (signals, exit); tests call it directly."""
    from appeal_kit import i18n

    i18n.choose(None)  # the locale's language; --lang changes it
    for command in _all_commands(cli):
        if not any(p.name == "lang" for p in command.params):
            command.params.append(_lang_option())
    _speak_metavars()
    try:
        return _run(args)
    finally:
        i18n.choose(None)  # a caller in the same process (a test) gets the locale's language back
        _speak_metavars()


def _run(args: list[str] | None) -> int:
    try:
        # without standalone mode Click returns the code of an explicit exit (--help, --version, batch's failures)
        code = cli.main(args, standalone_mode=False)
    except AppealKitError as exc:
        click.echo(_("Error: {message}").format(message=terminal_safe(exc.message)), err=True)
        code = exc.exit_code
    except (KeyboardInterrupt, click.exceptions.Abort) as exc:
        # Click turns Ctrl-C into Abort (after a blank line that ends the terminal's ^C; at a prompt, with no cause
        # kept, but the signal is recorded); input that ends early (EOF at a question) is an Abort too, and keeps
        # exit code 1.
        stopped = exc if isinstance(exc, KeyboardInterrupt) else exc.__cause__
        if not isinstance(stopped, KeyboardInterrupt) and interrupts.received() is None:
            click.echo(_("Aborted."), err=True)
            return ExitCode.failed
        return _interrupted(getattr(stopped, "signum", None))
    except click.ClickException as exc:
        exc.show()
        code = exc.exit_code
    # A signal recorded when the command ended anyway (it came after the last safe point) still ends the run so.
    if interrupts.received() is not None:
        return _interrupted(None)
    return code if isinstance(code, int) else ExitCode.ok


def _interrupted(signum: int | None) -> int:
    """Say the run was interrupted; its exit code: 128 + the signal's number, as shells report it."""
    click.echo(_("Interrupted: stopped before finishing; files written earlier are as they were."), err=True)
    signum = interrupts.received() or signum
    return ExitCode.terminated if signum == signal.SIGTERM else ExitCode.interrupted
