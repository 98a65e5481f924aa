"""What appeal-kit says to the person, in their language: gettext catalogs, chosen by `--lang` or the locale.

Messages are marked `_("...")` (or `ngettext` for counts) and extracted with Babel into
appeal_kit/locale/appeal_kit.pot; each language has its `LANG/LC_MESSAGES/appeal_kit.po`, compiled to `.mo` by
setup.sh (`pybabel compile`). English is the source language and the default; a language whose catalog is not
compiled falls back to English, so no message is ever lost.

The letter to the plan is always English (plans answer English letters; appeal_kit.letter never calls `_`); this
module is for the person's side: the interview, `check`, `build`, `deadline`, `cases`, reminders, notes in
case.yaml and the patient's summary (`explain`).
"""
from __future__ import annotations

import gettext
import os
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

DOMAIN = "appeal_kit"
CLICK_DOMAIN = "click"  # Click's own messages: locale/LANG/LC_MESSAGES/click.po (scripts/make_click_catalog.py)
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
LANGUAGES = {"en": "English", "es": "español"}
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December")

_translations: gettext.NullTranslations = gettext.NullTranslations()
_language = "en"


# choose() sets LANGUAGE for Click's catalog; a later choose(None) reads the person's own LANGUAGE, not that one
_set_by_us: str | None = None
_theirs = os.environ.get("LANGUAGE", "")


def _persons_language_variable() -> str:
    current = os.environ.get("LANGUAGE", "")
    return _theirs if current == _set_by_us else current


def locale_language(environ: Mapping[str, str] | None = None) -> str:
    """The language of the person's locale, when appeal-kit speaks it: as gettext looks, LANGUAGE first (a list such
    as "es:en", its first language appeal-kit speaks), then LC_ALL, LC_MESSAGES and LANG."""
    variables = dict(os.environ, LANGUAGE=_persons_language_variable()) if environ is None else environ
    for code in variables.get("LANGUAGE", "").split(":"):
        code = code.split(".")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
    for key in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = variables.get(key)
        if value:
            code = value.split(".")[0].split("_")[0].lower()
            return code if code in LANGUAGES else "en"
    return "en"


def choose(language: str | None = None) -> str:
    """Speak `language` ("es"), or the locale's language when None; returns the language chosen."""
    global _translations, _language
    code = (language or locale_language()).split("_")[0].split("-")[0].lower()
    if code not in LANGUAGES:
        import click

        raise click.BadParameter(_("{language}: appeal-kit speaks {languages}").format(
            language=repr(language), languages=", ".join(sorted(LANGUAGES))))
    _language = code
    _translations = _catalog(code) if code != "en" else gettext.NullTranslations()
    _speak_to_click(code)
    return code


def _speak_to_click(code: str) -> None:
    """Click marks its usage lines, parameter errors and --help headings with the standard library's gettext,
    which reads the program's text domain in the language of $LANGUAGE: point both at Click's catalog here (the
    compiled click.mo; English when it is missing). A program owns its process's text domain, as in C."""
    gettext.bindtextdomain(CLICK_DOMAIN, str(_click_locale_dir(code)))
    gettext.textdomain(CLICK_DOMAIN)
    global _set_by_us, _theirs
    _theirs = _persons_language_variable()
    os.environ["LANGUAGE"] = _set_by_us = code


def _catalog(code: str) -> gettext.NullTranslations:
    """The compiled catalog (setup.sh compiles it), or the .po compiled in memory when the .mo is missing or
    older than it (a source checkout whose catalog was just edited); English when there is neither."""
    po = LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.po"
    mo = po.with_suffix(".mo")
    if _current(mo, po):
        with mo.open("rb") as fh:
            return gettext.GNUTranslations(fh)
    if not po.is_file():
        return gettext.NullTranslations()
    import io

    return gettext.GNUTranslations(io.BytesIO(_compile(po, code)))


def _current(mo: Path, po: Path) -> bool:
    return mo.is_file() and (not po.is_file() or mo.stat().st_mtime >= po.stat().st_mtime)


def _compile(po: Path, code: str) -> bytes:
    import io

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as fh:
        catalog = read_po(fh, locale=code)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


def _click_locale_dir(code: str) -> Path:
    """Where Click's compiled catalog for `code` is: the package's (setup.sh compiles it), or, in a source checkout
    whose click.po is newer than its .mo, a copy compiled into the user cache folder (gettext reads only files)."""
    po = LOCALE_DIR / code / "LC_MESSAGES" / f"{CLICK_DOMAIN}.po"
    if code == "en" or not po.is_file() or _current(po.with_suffix(".mo"), po):
        return LOCALE_DIR
    from platformdirs import user_cache_dir

    from appeal_kit.files import atomic_write

    cache = Path(user_cache_dir("appeal-kit")) / "locale"
    mo = cache / code / "LC_MESSAGES" / f"{CLICK_DOMAIN}.mo"
    if not _current(mo, po):
        mo.parent.mkdir(parents=True, exist_ok=True)
        data = _compile(po, code)
        atomic_write(mo, lambda fh: fh.write(data), what=N_("Click's message catalog"))
    return cache


def language() -> str:
    return _language


def N_(message: str) -> str:
    """Marks a message for the catalog where it is defined; `_` translates it where it is shown."""
    return message


def _(message: str) -> str:
    return _translations.gettext(message) if message else message  # gettext("") is the catalog's header


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translations.ngettext(singular, plural, n)


class Reason(str):
    """Why intake set a value aside or marks it to check: the English sentence as a string (so intake's --json, and
    everything that compares or stores it, is the same in every language), said in the person's language by `said()`.
    Its template is marked with N_ where it is written: `Reason(N_("{day} is after today"), day=...)`."""
    template: str
    values: dict

    def __new__(cls, template: str, **values: Any) -> Reason:
        self = super().__new__(cls, template.format(**{k: str(v) for k, v in values.items()}))
        self.template, self.values = template, values
        return self

    def __reduce__(self):  # a copy (copy.deepcopy, pickle) keeps its template and values
        return (_reason, (self.template, self.values))


def _reason(template: str, values: dict) -> Reason:
    return Reason(template, **values)


def said(text: Any) -> str:
    """A message marked with N_, a Reason, or a Phrase (appeal_kit.letter.wording: English words with values, such
    as the claims report's statements), in the person's language."""
    if isinstance(text, Reason):
        return _(text.template).format(**{k: said(v) if isinstance(v, Reason) else v for k, v in text.values.items()})
    if isinstance(text, str):
        return _(text) if text else text
    from appeal_kit.letter.wording import words_in  # the one place i18n reaches into a stage: Phrase's own words

    return text.say(words_in(_language, _, ngettext))


def said_list(items: list[Any]) -> str:
    """Messages or Phrases said (`said`) and joined: "a, b and c" / "a, b y c"."""
    from appeal_kit.letter.wording import words_in

    return words_in(_language, _, ngettext).join([said(item) for item in items])


def long_date(d: date, *, weekday: bool = False) -> str:
    """"December 13, 2026" or, in Spanish, "13 de diciembre de 2026" (with the weekday: "domingo 13 de ...", without
    a comma, as Spanish writes it)."""
    if _language == "en":
        return d.strftime("%A %B %-d, %Y" if weekday else "%B %-d, %Y")
    from babel.dates import format_date

    return format_date(d, "EEEE d 'de' MMMM 'de' y" if weekday else "d 'de' MMMM 'de' y", locale=_language)


def days_ago(n: int) -> str:
    """"3 days ago" / "hace 3 días"."""
    return ngettext("%(n)d day ago", "%(n)d days ago", n) % {"n": n}


def days_left(n: int) -> str:
    return ngettext("%(n)d day left", "%(n)d days left", n) % {"n": n}


# Field names said in plain words where the person reads them (`check`, `explain`); the path stays beside the
# words in brackets so the line in case.yaml can be found.
FIELD_WORDS = {
    "patient.name": N_("the patient's name"),
    "patient.date_of_birth": N_("date of birth"),
    "patient.member_id": N_("member ID"),
    "patient.language": N_("the patient's language"),
    "insurer.name": N_("the insurance plan's name"),
    "insurer.appeals_address": N_("the plan's appeals mailing address"),
    "insurer.fax": N_("the plan's appeals fax number"),
    "claim.number": N_("claim number"),
    "claim.notice_date": N_("the date on the denial letter"),
    "claim.appeal_deadline": N_("appeal deadline"),
    "claim.plan_type": N_("type of plan"),
    "claim.denial_reason": N_("the reason for the denial"),
    "claim.denial_category": N_("kind of denial"),
    "claim.procedure_codes": N_("procedure codes"),
    "claim.diagnosis_codes": N_("diagnosis codes"),
    "claim.pending_services": N_("services still to come"),
    "claim.action": N_("what the decision does to care already authorized"),
    "treatment.name": N_("the treatment"),
    "treatment.summary": N_("why the treatment is needed"),
    "author.name": N_("who signs the letter"),
    "author.role": N_("the signer's relation to the patient"),
    "author.phone": N_("the signer's phone number"),
    "author.authorization": N_("the patient's signed authorization"),
    "payer_criteria": N_("the plan's coverage criteria"),
    "exhibits": N_("the documents enclosed"),
    "clinical.history": N_("treatments tried before"),
    "clinical.severity": N_("how ill the patient is now (scores such as the PHQ-9)"),
    "clinical.severity_date": N_("the date of those scores"),
    "clinical.suicidality": N_("suicidal thoughts in the records"),
    "claim.service_dates": N_("dates of service"),
    "external_review.final_denial_date": N_("date of the final denial"),
    "external_review.agency": N_("who decides the external review"),
    "submissions": N_("records of what was sent"),
    "template": N_("letter template"),
    "letter.docx": N_("the letter"),
}


def field_words(path: str) -> str:
    """"los criterios de cobertura del plan (payer_criteria)" in the person's language; in English, and when no
    words are known for it, the path as it is (English messages keep the form scripts and tests read)."""
    if _language == "en":
        return path
    base = path.split(" item ")[0]
    words = FIELD_WORDS.get(base)
    return f"{_(words)} ({path})" if words else path


def extract_cli(fileobj, keywords, comment_tags, options):
    """A pybabel extraction method (babel.cfg) for cli.py: its `_`/`ngettext` messages as the python method finds
    them, and the `--help` texts Click shows: each command's docstring (cleaned as Click cleans it) and each literal
    `help=` of an option. cli.py translates them when it shows help (`_(...)` at format time)."""
    import ast
    import inspect

    from babel.messages.extract import extract_python

    source = fileobj.read()
    fileobj.seek(0)
    yield from extract_python(fileobj, keywords, comment_tags, options)
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef) and any(
                "command" in ast.unparse(d) or "group" in ast.unparse(d) for d in node.decorator_list):
            doc = ast.get_docstring(node, clean=False)
            if doc:
                yield node.lineno, "_", inspect.cleandoc(doc), []
        elif isinstance(node, ast.keyword) and node.arg in ("help", "short_help") and isinstance(
                node.value, ast.Constant) and isinstance(node.value.value, str):
            yield node.value.lineno, "_", inspect.cleandoc(node.value.value), []


def extract_yaml_words(fileobj, keywords, comment_tags, options):
    """A pybabel extraction method (babel.cfg) for bundled YAML data whose words reach the person: the values of the
    keys named in the section's `keys` option (published criteria titles, what an argument needs and why), with
    their whitespace folded as the code folds it when it shows them (`said(...)` translates them)."""
    from pathlib import Path

    from appeal_kit.bundled import load_yaml
    from appeal_kit.errors import TemplateError

    wanted = set(str(options.get("keys", "")).split())
    found: list[str] = []

    def walk(node) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in wanted and isinstance(value, str):
                    found.append(" ".join(value.split()))
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(load_yaml(fileobj.read().decode("utf-8"), Path(getattr(fileobj, "name", "data.yaml")), what=N_("data"),
                   error=TemplateError))
    for text in found:
        if text:
            yield 0, "_", text, []
