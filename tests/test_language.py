"""The patient's side in Spanish: the message catalog is complete, the interview reads Spanish answers and maps
them to the English the letter prints, `check` warns about Spanish in the letter, dates are said the Spanish way,
and `explain` writes the one-page summary for the person who signs. Every person here is fictional."""
from __future__ import annotations

import inspect
import os
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po
from conftest import PDFS, ROOT, page_texts, run_cli, write_case

from appeal_kit import i18n
from appeal_kit.case.folder import load_case

PO = ROOT / "appeal_kit" / "locale" / "es" / "LC_MESSAGES" / "appeal_kit.po"
PLACEHOLDER = re.compile(r"\{[a-z_]*(?:![rs])?\}|%\([a-z]+\)d")


@pytest.fixture
def spanish():
    i18n.choose("es")
    yield
    i18n.choose("en")


def source_messages() -> set:
    """Every message marked in the code, and every command's --help text, as `pybabel extract` (babel.cfg) finds
    them."""
    with (ROOT / "babel.cfg").open() as fh:
        method_map, options_map = parse_mapping_cfg(fh)
    found = extract_from_dir(str(ROOT), method_map=method_map, options_map=options_map,
                             keywords={"_": None, "N_": None, "ngettext": (1, 2), "phrase": None,
                                       "plural_phrase": (1, 2)},
                             # also appeal_kit/_exec, which Babel passes over unless told (as --ignore-dirs does)
                             directory_filter=lambda path: not Path(path).name.startswith(".")
                             and Path(path).name != "__pycache__")
    return {message for _file, _line, message, _comments, _context in found}


def test_the_spanish_catalog_translates_every_message():
    with PO.open("rb") as fh:
        catalog = read_po(fh, locale="es")
    assert not catalog.fuzzy  # pybabel compile (setup.sh) skips a catalog whose header is marked fuzzy
    messages = source_messages()
    assert len(messages) > 300
    untranslated = []
    for message in messages:
        entry = catalog.get(message[0] if isinstance(message, tuple) else message)
        strings = entry.string if entry else None
        strings = list(strings) if isinstance(strings, tuple) else [strings]
        if entry is None or entry.fuzzy or not all(strings):
            untranslated.append(message)
            continue
        for source, translated in zip(message if isinstance(message, tuple) else [message], strings):
            assert set(PLACEHOLDER.findall(source)) == set(PLACEHOLDER.findall(translated)), source
    assert untranslated == []


def test_language_comes_from_lang_or_the_locale(tmp_path):
    assert i18n.locale_language({"LANG": "es_US.UTF-8"}) == "es"
    assert i18n.locale_language({"LC_ALL": "en_US.UTF-8", "LANG": "es_US.UTF-8"}) == "en"
    assert i18n.locale_language({"LANG": "fr_FR.UTF-8"}) == "en"  # not spoken yet: English, nothing lost
    # LANGUAGE first, as gettext reads it (a list: its first language appeal-kit speaks)
    assert i18n.locale_language({"LANGUAGE": "fr:es", "LANG": "en_US.UTF-8"}) == "es"
    assert i18n.locale_language({"LANGUAGE": "en", "LANG": "es_US.UTF-8"}) == "en"
    folder = write_case(tmp_path / "c")
    by_locale = run_cli("check", str(folder), env={"LANG": "es_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""})
    assert "El caso está listo para armar" in by_locale.stdout
    by_flag = run_cli("check", str(folder), "--lang", "en", env={"LANG": "es_US.UTF-8", "LC_ALL": ""})
    assert "Ready to build" in by_flag.stdout
    assert run_cli("check", str(folder), "--lang", "xx").returncode == 2


def test_dates_the_spanish_way(spanish):
    assert i18n.long_date(date(2026, 12, 13)) == "13 de diciembre de 2026"
    assert i18n.days_ago(3) == "hace 3 días" and i18n.days_ago(1) == "hace 1 día"


def test_spanish_date_input(spanish):
    from appeal_kit.case.interview import read_date

    assert read_date("3 de mayo de 1961", "fecha") == "1961-05-03"
    assert read_date("13 de diciembre de 2026", "fecha") == "2026-12-13"
    assert read_date("13/05/1961", "fecha") == "1961-05-13"  # only one way to read it
    assert read_date("03/05/1961", "fecha") == ["1961-05-03", "1961-03-05"]  # day/month order asked
    assert read_date("2026-10-14", "fecha") == "2026-10-14"


SPANISH_ANSWERS = "\n".join([
    "José Ibáñez Muñoz", "",  # the Bates prefix shown (IBANEZ) and kept
    "3 de mayo de 1961", "MCD-5541-02", "Salud Clara Medicaid",
    "Medi-Cal",  # the plan type in the words on the card
    "1",  # given through a health plan (claim.delivery: managed_care)
    "CLM-77", "04/11/2026", "1",  # ambiguous: 4 November or 11 April; the first reading is chosen
    "", "No es médicamente necesario.", "1", "Nothing else has worked.",
    "Ana Ibáñez", "hija",  # the signer and her relation, typed as the choice is shown (Hija)
    "Sertraline", "100 mg al día", "1 de febrero de 2024", "15 de mayo de 2024", "1",  # sin respuesta
    "Bupropión", "300 mg al día", "enero de 2025", "abril de 2025", "Sin respuesta",  # months; the outcome in words
    "", "", "n",
]) + "\n"


def test_the_interview_in_spanish(tmp_path):
    folder = tmp_path / "caso"
    result = subprocess.run([sys.executable, "-m", "appeal_kit", "init", str(folder), "--interactive", "--lang",
                             "es"], input=SPANISH_ANSWERS, capture_output=True, text=True, timeout=120,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    assert "IBANEZ-000001" in result.stdout and "Esa fecha se puede leer de dos maneras" in result.stdout
    case = load_case(folder)
    assert case.get("patient.date_of_birth") == "1961-05-03"
    assert case.get("claim.plan_type") == "medicaid" and case.get("patient.language") == "es"
    assert case.get("claim.delivery") == "managed_care"
    assert case.get("claim.notice_date") == "2026-11-04"
    assert case.get("author.role") == "Daughter, authorized representative"
    assert case.data["clinical"]["history"][0] == {"drug": "Sertraline", "dose": "100 mg daily",
                                                   "start": "2024-02-01", "end": "2024-05-15",
                                                   "outcome": "no response"}
    # a treatment's Spanish name is stored as the English letter prints it, and the person is told so
    assert case.data["clinical"]["history"][1] == {"drug": "bupropion", "dose": "300 mg daily", "start": "2025-01",
                                                   "end": "2025-04", "outcome": "no response"}
    assert "(en la carta, en inglés: bupropion)" in result.stdout
    assert case.bates_prefix == "IBANEZ"
    # the notes written into case.yaml are Spanish too
    assert "# obligatorio - se imprime en cada página del paquete" in (folder / "case.yaml").read_text()


def test_check_warns_about_spanish_in_the_letter_and_says_fields_in_plain_words(tmp_path):
    folder = write_case(tmp_path / "c", extra="""clinical:
  history:
    - {drug: Sertraline, dose: 100 mg al día, start: 2024-01-01, end: 2024-04-01, outcome: no me ayudó}
    - {drug: sertralina, dose: 50 mg daily, start: 2023-01-01, end: 2023-04-01, outcome: no response}
    - {drug: escitalopram, dose: 10 mg daily, start: 2022-01-01, end: 2022-04-01, outcome: no response}
""")
    result = run_cli("check", str(folder), "--lang", "es")
    assert result.returncode == 0, result.stderr
    warned = [line for line in result.stdout.splitlines() if "parece estar en español" in line]
    assert len(warned) == 2 and all(line.startswith("Atención: ") for line in warned)
    assert "'100 mg al día'" in warned[0] and "'no me ayudó'" in warned[1]
    # a drug's Spanish name is found by name (one word gives a language detector too little to go on); a name that
    # is the same in both languages is not
    named = [line for line in result.stdout.splitlines() if "es el nombre en español" in line]
    assert len(named) == 1 and "(clinical.history item 2 drug): 'sertralina'" in named[0]
    assert "escriba 'sertraline' en case.yaml" in named[0]
    assert "Atención: el fax de apelaciones del plan (insurer.fax):" in result.stdout
    # what the letter leaves out for want of a field, said in Spanish
    assert ("Atención: ideas suicidas en los expedientes (clinical.suicidality): no está en case.yaml, así que la "
            "carta deja fuera si los expedientes médicos registran ideas suicidas") in result.stdout
    english = run_cli("check", str(write_case(tmp_path / "e")))
    assert "looks like Spanish" not in english.stdout and "Warning: insurer.fax:" in english.stdout


def test_check_says_bundled_data_in_spanish(tmp_path):
    """What an argument needs and why (arguments.yaml) and the published criteria (published_criteria.yaml) are data
    in English; check says them from the catalog (babel.cfg extracts them)."""
    folder = write_case(tmp_path / "x")
    text = (folder / "case.yaml").read_text().replace("denial_category: medical_necessity",
                                                      "denial_category: experimental_investigational")
    (folder / "case.yaml").write_text(text)
    said = " ".join(run_cli("check", str(folder), "--lang", "es").stdout.split())
    assert ("plan_policy.quote está vacío, pero el argumento sobre tratamiento experimental o en investigación lo "
            "necesita: citar la propia definición de \"experimental\" del plan") in said
    assert "la carta responde a los publicados para ketamina intravenosa para la depresión" in said
    assert "“Evaluado antes del tratamiento por psicosis, consumo de sustancias y riesgo cardiovascular”" in said
    for english in ("is empty, but", "IV ketamine for depression", "Evaluated before treatment", "investigational"):
        assert english not in said


def test_billing_codes_are_described_in_spanish(tmp_path):
    """check shows each code's description in the person's language: procedures and adjustment reasons in our own
    Spanish (care_codes.yaml `codes`, intake/codes.py CARC_SPANISH), diagnoses from care_codes.yaml `diagnoses` or
    the nearest listed code above them, said as its group; a diagnosis with no Spanish words gets none, not English."""
    from appeal_kit.intake.codes import CARC_INFO, PROCEDURE_DESCRIPTIONS, describe_code

    for code in PROCEDURE_DESCRIPTIONS:
        assert describe_code(code, "es") not in (None, describe_code(code)), code
    for number in CARC_INFO:
        assert describe_code(f"CO-{number}", "es") not in (None, describe_code(f"CO-{number}")), number
    folder = write_case(tmp_path / "c")
    text = (folder / "case.yaml").read_text().replace("diagnosis_codes: [F33.2]",
                                                      "diagnosis_codes: [F33.2, F33.49, Z00.00]")
    (folder / "case.yaml").write_text(text.replace("procedure_codes: [96365]", "procedure_codes: [96365, J3490]"))
    shown = run_cli("check", str(folder), "--lang", "es").stdout.splitlines()
    assert "  claim.diagnosis_codes F33.2: depresión mayor recurrente, grave, sin síntomas psicóticos" in shown
    assert "  claim.diagnosis_codes F33.49: depresión mayor recurrente, en remisión (grupo F33.4)" in shown
    assert "  claim.diagnosis_codes Z00.00: sin descripción conocida" in shown
    assert ("  claim.procedure_codes 96365: infusión intravenosa terapéutica, primera hora (el código habitual de la "
            "infusión de ketamina)") in shown
    english = run_cli("check", str(folder)).stdout
    assert "F33.2: Major depressive disorder, recurrent severe without psychotic features" in english


def test_every_argument_has_a_name_in_spanish(spanish):
    """check names the arguments (arguments.yaml blocks, the denial reasons they answer) in words: every block of the
    bundled library has them (letter/arguments.py ARGUMENT_WORDS), and Spanish ones, never the data key."""
    from appeal_kit.letter.arguments import ARGUMENT_WORDS, load_blocks

    assert sorted(load_blocks()) == sorted(ARGUMENT_WORDS)
    for name, words in ARGUMENT_WORDS.items():
        assert i18n.said(words) not in (str(words), name), name


def test_deadline_in_spanish(tmp_path):
    folder = write_case(tmp_path / "d", extra="")
    text = (folder / "case.yaml").read_text().replace("denial_category: medical_necessity",
                                                      "denial_category: medical_necessity\n  plan_type: medicaid")
    (folder / "case.yaml").write_text(text)
    result = run_cli("deadline", str(folder), "--lang", "es", "--today", "2026-05-05")
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first == "VENCIDO: la fecha límite para apelar fue el sábado 2 de mayo de 2026 (2026-05-02); venció hace 3 días."
    assert "audiencia imparcial del estado" in result.stdout
    # the calendar's event and its two reminders are Spanish too
    from icalendar import Calendar

    ics = tmp_path / "plazo.ics"
    assert run_cli("deadline", str(folder), "--lang", "es", "--ics", str(ics)).returncode == 0
    event = next(c for c in Calendar.from_ical(ics.read_bytes()).walk() if c.name == "VEVENT")
    assert str(event["summary"]).startswith("Fecha límite para apelar: ")
    assert ", caso d" in str(event["summary"])
    reminders = sorted(str(c["description"]) for c in event.walk() if c.name == "VALARM")
    assert [r.rsplit(": ", 1)[-1] for r in reminders] == ["faltan 14 días", "faltan 3 días"]
    # after the plan's final denial the calendar is for the fair hearing, which is asked of the state, not the plan
    assert run_cli("decided", str(folder), "--outcome", "denied", "--date", "2026-05-20").returncode == 0
    assert run_cli("deadline", str(folder), "--lang", "es", "--ics", str(ics)).returncode == 0
    event = next(c for c in Calendar.from_ical(ics.read_bytes()).walk() if c.name == "VEVENT")
    assert str(event["summary"]).startswith("Fecha límite del siguiente nivel: ")
    assert str(event["description"]).startswith("Pida una audiencia imparcial del estado (fair hearing) a más tardar")


def test_intake_in_spanish_says_dates_and_the_deadlines_basis_in_spanish(tmp_path):
    """case.yaml keeps the deadline's basis in English (appeal-kit reads it again to recount the date), with the
    basis in Spanish beside it as a comment; intake says the notice's dates the Spanish way. A deadline typed into
    case.yaml with no basis is said in Spanish by `deadline` too."""
    from appeal_kit.case.folder import read_yaml

    notice = ROOT / "tests" / "resources" / "notices" / "blind-dev" / "d06_medicaid_carta_ketamina_es.txt"
    folder = tmp_path / "caso"
    assert run_cli("init", str(folder), "--lang", "es").returncode == 0
    result = run_cli("intake", str(notice), "--case", str(folder), "--lang", "es", "--today", "2026-06-10")
    assert result.returncode == 0, result.stderr
    assert "Fecha del aviso:          2 de junio de 2026 (2026-06-02)" in result.stdout
    assert "F32.2 (depresión mayor, un solo episodio, grave, sin síntomas psicóticos)" in result.stdout
    line = next(x for x in (folder / "case.yaml").read_text().splitlines() if "deadline_basis:" in x)
    assert line == ("  deadline_basis: 'Stated in the notice: \"Tiene hasta el 1 de agosto de 2026 para pedir una "
                    "apelación.\"' # Lo dice el aviso: \"Tiene hasta el 1 de agosto de 2026 para pedir una apelación.\"")
    assert read_yaml(folder / "case.yaml")["claim"]["deadline_basis"].startswith("Stated in the notice: ")
    english = tmp_path / "case"
    assert run_cli("init", str(english)).returncode == 0
    assert run_cli("intake", str(notice), "--case", str(english), "--today", "2026-06-10").returncode == 0
    assert "# Lo dice" not in (english / "case.yaml").read_text()
    text = (folder / "case.yaml").read_text()
    (folder / "case.yaml").write_text(re.sub(r"  deadline_basis: .*\n", "", text))
    said = run_cli("deadline", str(folder), "--lang", "es", "--today", "2026-06-10").stdout
    assert "De dónde sale esta fecha: la fecha anotada en claim.appeal_deadline de case.yaml" in said


def test_the_letter_asks_for_notices_in_the_patients_language(tmp_path):
    from docx import Document

    folder = write_case(tmp_path / "l", name="José Ibáñez Muñoz", extra="")
    text = (folder / "case.yaml").read_text().replace("member_id:", "language: es\n  member_id:")
    (folder / "case.yaml").write_text(text)
    assert run_cli("draft", str(folder)).returncode == 0
    paragraphs = [p.text for p in Document(folder / "letter.docx").paragraphs]
    # the author's role is Patient: the patient writes, and speaks as "I" here too (letters set 57, case 01)
    assert ("I read Spanish: please send me your decision and every notice about this appeal in "
            "Spanish as well as in English.") in paragraphs
    english = write_case(tmp_path / "n")
    assert run_cli("draft", str(english)).returncode == 0
    assert not [p.text for p in Document(english / "letter.docx").paragraphs if "as well as in English" in p.text]


HISTORY = """clinical:
  history:
    - {drug: sertraline, dose: 200 mg daily, start: 2024-01-10, end: 2024-04-30, outcome: no response}
    - {drug: bupropion XL, dose: 450 mg daily, start: 2024-05-15, end: 2024-09-01, outcome: partial response}
  suicidality: passive
"""


@pytest.mark.libreoffice  # the summary is converted to PDF
def test_the_summary_for_a_medicaid_case(tmp_path):
    folder = write_case(tmp_path / "m", name="José Ibáñez Muñoz", extra=HISTORY)
    text = (folder / "case.yaml").read_text().replace("denial_category: medical_necessity",
                                                      "denial_category: medical_necessity\n  plan_type: medicaid")
    (folder / "case.yaml").write_text(text.replace("member_id:", "language: es\n  member_id:"))
    shutil.copy(PDFS / "unbalanced-state.pdf", folder / "denial" / "aviso-de-negacion.pdf")
    result = run_cli("explain", str(folder), "--lang", "es", "--today", "2026-03-05")
    assert result.returncode == 0, result.stderr
    pdf, docx = folder / "summary-es.pdf", folder / "summary-es.docx"
    assert docx.is_file() and pdf.is_file()
    pages = page_texts(pdf)
    assert len(pages) == 1
    page = " ".join(pages[0].split())
    assert page.startswith("Su apelación en breve: para José Ibáñez Muñoz")
    # the facts the letter states, each with its field, dates in Spanish
    assert "Fecha de nacimiento 12 de abril de 1980" in page and "patient.date_of_birth" in page
    assert "Tipo de plan Medicaid" in page and "Fecha de la carta de denegación 3 de marzo de 2026" in page
    # the treatment a kind appeal-kit knows, in Spanish with the letter's words; a dose as the letter prints it
    assert ("Tratamiento negado infusiones intravenosas de ketamina (la carta dice: IV ketamine infusions)" in page
            and "que anule la denegación de infusiones intravenosas de ketamina" in page)
    assert "sertraline, 200 mg al día, 10 de enero de 2024 – 30 de abril de 2024" in page
    assert "clinical.history, n.º 1" in page
    # what the letter states (its claims report), each in Spanish with the field to correct it in
    assert "Lo que afirma la carta: compare cada punto con sus documentos" in page
    assert ("☐ El paciente hizo sin éxito dos intentos adecuados con antidepresivos (sertraline y bupropion XL) "
            "(clinical.history)") in page
    assert "☐ Los servicios se dieron el 2 de febrero de 2026 (claim.service_dates)" in page
    assert "☐ Los expedientes médicos registran ideas suicidas pasivas (clinical.suicidality)" in page
    # what is enclosed, where and by when (60 days from the notice), what happens next for Medicaid
    assert "Anexo A: Aviso de negacion" in page
    assert "Envíela a más tardar el 2 de mayo de 2026 (en 58 días)" in page
    assert "presente la apelación a más tardar el 13 de marzo de 2026 (10 días después de la fecha del aviso)" in page
    assert "una audiencia imparcial del estado (fair hearing)" in page
    assert "La carta pide al plan que envíe su decisión y sus avisos en español." in page
    for english in ("What the letter", "Where and by when", "Send it by", "Patient", "The patient", "The records",
                    "daily", "item"):
        assert english not in page
    # how to redraft after a correction keeps the family's edited letter: never `draft --force`, which writes over it
    assert "appeal-kit draft" in page and "--force" not in page


def test_every_statement_a_letter_makes_can_be_said_in_spanish(tmp_path):
    """The claims report's statements are Phrases (English template + values), so the summary says them in the
    person's language; one built from plain English text would reach the Spanish summary in English."""
    from appeal_kit.letter import facts
    from appeal_kit.letter.arguments import trial_summary
    from appeal_kit.letter.wording import words_in

    folder = write_case(tmp_path / "c", extra=HISTORY)
    data = load_case(folder).data
    found = facts.compute(data, letter_day=date(2026, 3, 5), trials=trial_summary(data["clinical"]["history"]))
    stated = [f for f in found.by_id.values() if f.says]
    assert len(stated) > 8
    assert [f.id for f in stated if f.phrase is None] == []
    i18n.choose("es")
    try:
        words = words_in("es", i18n._, i18n.ngettext)
        for f in stated:
            assert f.phrase.say(words) != f.phrase.say(), f.id  # said in Spanish, not passed through in English
    finally:
        i18n.choose("en")


def test_clicks_own_usage_messages_in_spanish():
    """Click's usage lines and errors come from Click's catalog (locale/es/LC_MESSAGES/click.po)."""
    missing = run_cli("--lang", "es", "check")
    assert missing.returncode == 2
    assert missing.stderr.splitlines()[0].startswith("Uso: ")
    assert "Error: Falta el argumento 'CARPETA'." in missing.stderr
    assert missing.stderr.splitlines()[0].endswith(" check [OPCIONES] CARPETA")
    typo = run_cli("--lang", "es", "chek")
    assert "Error: No existe la orden 'chek'. ¿Quiso decir 'check'?" in typo.stderr
    assert "Error: No such command" in run_cli("--lang", "en", "chek").stderr  # and English again after


def test_every_commands_help_in_spanish():
    """--help of the program and of every command, its options and its subcommands' one-line help, in Spanish with
    --lang es or LANGUAGE=es; English otherwise (the catalog test above checks every text has Spanish)."""
    import click

    from appeal_kit.cli import cli

    top = run_cli("--lang", "es", "--help")
    assert top.returncode == 0 and "Arma un paquete de apelación al seguro médico" in top.stdout
    assert "  explain    Escribir un resumen de una página" in top.stdout
    paths = [[name] for name in cli.commands]
    paths += [[name, sub] for name, group in cli.commands.items() if isinstance(group, click.Group)
              for sub in group.commands]
    for path in paths:
        command = cli.commands[path[0]]
        command = command.commands[path[1]] if len(path) > 1 else command
        english = " ".join(inspect.cleandoc(command.help).split())[:40]
        i18n.choose("es")
        spanish = " ".join(i18n._(inspect.cleandoc(command.help)).split())[:40]
        i18n.choose("en")
        shown = run_cli(*path, "--lang", "es", "--help")
        said = " ".join(shown.stdout.split())
        assert shown.returncode == 0 and spanish in said and english not in said, path
        assert "Idioma de los mensajes: en o es" in said and "Mostrar esta ayuda y salir." in said, path
    by_variable = run_cli("check", "--help", env={"LANGUAGE": "es"}, own_process=True)
    assert "Listar lo que falta o conviene reforzar en un caso" in by_variable.stdout
    english = run_cli("check", "--help", "--lang", "en")
    assert "List what is missing or weak in a case" in english.stdout


def test_every_value_placeholder_in_spanish():
    """The placeholders of the usage line and --help (FOLDER, FILE, TEXT, [OPTIONS]...) are said in Spanish: each one
    a command shows is in cli.METAVARS, which the catalog translates; English again after."""
    import click

    from appeal_kit import cli as cli_module

    def shown() -> dict[str, str]:
        found = {}
        for command in cli_module._all_commands(cli_module.cli):
            ctx = click.Context(command)
            found[f"{command.name} options"] = command.options_metavar or ""
            for param in command.params:
                if not (isinstance(param.type, (click.Choice, click.DateTime)) or getattr(param, "is_flag", False)):
                    found[f"{command.name} {param.name}"] = param.make_metavar(ctx)
        return found

    assert run_cli("--lang", "en", "check", "--help").returncode == 0  # every command has its --lang option now
    english = shown()
    i18n.choose("es")
    cli_module._speak_metavars()
    try:
        spanish = shown()
    finally:
        i18n.choose("en")
        cli_module._speak_metavars()
    assert len(english) > 60 and shown() == english
    assert [f"{k}: {v}" for k, v in english.items() if v not in cli_module.METAVARS] == []
    assert [k for k, v in english.items() if spanish[k] == v and v not in ("N", "EOB")] == []
    assert spanish["check folder"] == "CARPETA" and spanish["cite files"] == "ARCHIVOS..."


def test_every_click_message_has_spanish():
    """A Click upgrade that adds a message fails here until scripts/make_click_catalog.py has its Spanish."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_click_catalog", ROOT / "scripts" / "make_click_catalog.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    messages = [m[0] if isinstance(m, tuple) else m for m in module.click_messages()]
    assert len(messages) > 60 and [m for m in messages if m not in module.SPANISH] == []
    with (ROOT / "appeal_kit" / "locale" / "es" / "LC_MESSAGES" / "click.po").open("rb") as fh:
        catalog = read_po(fh, locale="es")
    assert {m.id[0] if isinstance(m.id, tuple) else m.id for m in catalog if m.id} == set(messages)


def test_cases_in_spanish(tmp_path):
    """The caseload table's headings, flags, stages and statuses in Spanish; --json keeps the English values."""
    import json

    write_case(tmp_path / "uno")
    table = run_cli("cases", str(tmp_path), "--lang", "es", "--today", "2026-03-05")
    assert table.returncode == 0, table.stderr
    header, row = table.stdout.splitlines()[:2]
    assert "paciente" in header and "etapa" in header and "siguiente paso" in header
    assert "apelación interna (primer nivel)" in row and "internal appeal" not in row
    data = json.loads(run_cli("cases", str(tmp_path), "--json", "--lang", "es", "--today", "2026-03-05").stdout)
    assert data[0]["stage"] == "internal appeal (first level)"


def test_sent_and_decided_speak_spanish(tmp_path):
    from pypdf import PdfWriter

    folder = write_case(tmp_path / "caso")
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    with (folder / "packet.pdf").open("wb") as fh:
        writer.write(fh)
    sent = run_cli("sent", str(folder), "--date", "2026-03-05", "--method", "fax", "--lang", "es")
    assert sent.returncode == 0, sent.stderr
    lines = sent.stdout.splitlines()
    assert lines[0].startswith("Anotado en ") and "enviado el 5 de marzo de 2026 por fax" in lines[0]
    assert lines[1].startswith("Se guardó una copia de lo enviado como ")
    assert lines[-1] == "Guarde con el caso la hoja de confirmación del fax o el recibo de rastreo."
    decided = run_cli("decided", str(folder), "--outcome", "denied", "--date", "2026-04-01", "--lang", "es")
    assert decided.returncode == 0, decided.stderr
    first = decided.stdout.splitlines()[0]
    assert first.endswith(": apelación interna (primer nivel), negada el 1 de abril de 2026.")
    assert "Siguiente paso: " in decided.stdout and "Después: appeal-kit draft " in decided.stdout
    for english in ("Recorded in", "Next:", "Then:", "Moved the", "The next letter"):
        assert english not in sent.stdout + decided.stdout


def test_errors_reading_the_case_in_spanish(tmp_path):
    """The errors a family meets first: no such folder, fields missing, a YAML mistake; each says how to fix it."""
    nowhere = run_cli("check", str(tmp_path / "nada"), "--lang", "es")
    assert nowhere.returncode != 0
    assert nowhere.stderr.strip() == (f"Error: {tmp_path / 'nada'}: no existe esa carpeta de caso. Créela con "
                                      f"`appeal-kit init {tmp_path / 'nada'}`.")
    folder = tmp_path / "caso"
    assert run_cli("init", str(folder), "--lang", "es").returncode == 0
    empty = run_cli("check", str(folder), "--lang", "es").stderr.splitlines()
    assert empty[:2] == [f"Error: Hay que corregir {folder / 'case.yaml'}:", "  - faltan estos campos o están vacíos:"]
    (folder / "case.yaml").write_text("patient:\n  name: [sin cerrar\n", encoding="utf-8")
    broken = run_cli("check", str(folder), "--lang", "es").stderr
    assert broken.startswith(f"Error: {folder / 'case.yaml'}: línea 3, columna 1: ")
    assert broken.rstrip().endswith("Revise la sangría y que el texto que lleva dos puntos esté entre comillas.")


# Messages written in English only, and why: the test below fails on any other message shown to the person (echoed,
# prompted, raised as an error, or a check finding) that does not go through the catalog. An entry is a module or
# module:function under appeal_kit/; remove it once its messages are marked.
ENGLISH_ONLY = {
    # the clinic's and the advocate's tools: templates, template packs, references, superbills, batches, billing
    # exports, the directory's and the rules registry's own data checks
    **dict.fromkeys(["cli.py:templates", "cli.py:templates_show", "cli.py:templates_new", "cli.py:templates_check",
                     "cli.py:superbill_command", "cli.py:services_command", "cli.py:evidence_list",
                     "cli.py:evidence_show", "cli.py:batch_command", "cli.py:_batch_progress", "letter/pack.py",
                     "letter/cite.py:library", "letter/cite.py:cite",
                     "letter/limits.py", "letter/superbill.py", "letter/facts.py",
                     "letter/arguments.py", "letter/length.py", "cases/batch.py",
                     "cases/services.py", "checks.py:_clinic_findings",
                     "directory.py", "rules.py", "notes/context.py",
                     "notes/lexicon.py"], "clinic and advocate tools"),
    # appeal-kit's own mistakes (a caller breaking a function's contract), never the person's input; and the driver
    # that runs inside LibreOffice's Python, whose words the converter quotes inside a message of its own
    **dict.fromkeys(["_exec/soffice.py:convert_to_pdf", "_exec/soffice.py:word97_to_docx",
                     "_exec/soffice.py:import_filter", "packet/fonts.py:_load", "_exec/uno_driver.py"],
                    "appeal-kit's own mistakes"),
    # the letter's claims report (letter-claims.txt) is English like the letter it explains; the summary says its
    # statements in the person's language
    "letter/claims.py": "the letter's own report",
    "letter/render.py:where": "the letter's own words",
    "letter/cite.py:entries": "the letter's own words",  # the References section: "(enclosed: Exhibit D, ...)"  # where a criterion's evidence is, as the letter says it
    "intake/textract.py:_message_text": "the notice's own text",  # an e-mail's headers, read as lines of the notice
    "letter/criteria.py": "clinic and advocate tools",
}
_ECHOES = {"click.echo", "click.secho", "echo", "say", "warn", "click.prompt", "click.confirm", "note", "hold",
           "log.warning", "log.error"}
# calls that make an error from the message given as their argument at this position
_ERROR_MAKERS = {"not_converted": 1, "soffice.not_converted": 1, "past_limits": 1, "refused_special": 0}
# a message kept in a variable (or an attribute) before it is raised or shown, and what a program is named by in its
# errors; `cases` shows a case's next_action
_MESSAGE_NAMES = {"message", "detail", "looks", "named", "hint", "next_action", "note"}
_MESSAGE_KEYWORDS = {"what_for"}
# lists whose items are shown to the person: an error's problems, intake's held-back values and notes, shown lines,
# a case file's mistakes (found) and a check's messages (out)
_SHOWN_LISTS = {"problems", "held", "notes", "lines", "warnings", "findings", "found", "out"}
# calls that make an error of their first argument without "Error" in their name: Click's parameter error, and an
# error class passed in as a parameter (`error(...)`, as bundled.load_yaml is given CaseError or TemplateError)
_OTHER_ERRORS = {"click.BadParameter", "BadParameter", "error", "ClickException", "click.ClickException"}
# modules whose returned sentences are the letter's own English (or the packet's pages, which go to the plan with it):
# a returned sentence anywhere else is a message to the person and is checked like one raised or shown
_LETTER_WORDS = {"letter/derived.py", "letter/wording.py", "letter/arguments.py", "letter/render.py:_undefined_message",
                 "letter/criteria.py", "letter/cite.py", "letter/superbill.py", "letter/claims.py",
                 "letter/facts.py", "case/folder.py:about", "case/folder.py:header_text", "coverage/claims.py:status",
                 "intake/claims.py", "notes/scales.py", "packet/assemble.py", "packet/delivery.py",
                 "intake/deadlines.py:decision_asker"}


def _messages(node) -> list[str]:
    """The words of each literal message in an argument: a string, an f-string, "...".format(...), strings joined
    with +, either branch of `a if c else b`, the items of a tuple; nothing for what is no message."""
    import ast

    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        node = node.func.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _messages(node.left) + _messages(node.right)
    if isinstance(node, ast.IfExp):
        return _messages(node.body) + _messages(node.orelse)
    if isinstance(node, ast.Tuple):
        return [m for item in node.elts for m in _messages(item)]
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    else:
        return []
    # words ("Warning: {w}" too), not a layout like "  {a} {b}"
    return [text] if re.search(r"[A-Za-z]{3,}(?:\s+[A-Za-z]{2,}|: )", text) else []


# functions of an ENGLISH_ONLY module that the family meets, and so speak the person's language
SPOKEN = {"directory.py:copies"}


def _english_only_key(module: str, function: str) -> str | None:
    if f"{module}:{function}" in SPOKEN:
        return None
    for key in (f"{module}:{function}", module, module.split("/")[0]):
        if key in ENGLISH_ONLY:
            return key
    return None


def unmarked_messages() -> list[tuple[str | None, str]]:
    """(its ENGLISH_ONLY entry or None, "module:function: message") for each message shown to the person that does
    not go through the catalog."""
    found = []
    for path in sorted((ROOT / "appeal_kit").rglob("*.py")):
        module = path.relative_to(ROOT / "appeal_kit").as_posix()
        found += [(_english_only_key(module, function), f"{module}:{function}: {text[:60]}")
                  for function, text in unmarked_in(path.read_text(encoding="utf-8"), module)]
    return found


def unmarked_in(source: str, module: str) -> list[tuple[str, str]]:
    """(function, message) for each message in `source` (the module `module`) shown without the catalog."""
    import ast

    tree = ast.parse(source)
    owner = {}
    for function in ast.walk(tree):
        if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for node in ast.walk(function):
                owner.setdefault(id(node), function.name)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)) and node.value is not None:
            targets = {getattr(t, "id", None) or getattr(t, "attr", None)
                       for t in (node.targets if isinstance(node, ast.Assign) else [node.target])}
            value = node.value
            shown = [value] if targets & _MESSAGE_NAMES else \
                (value.elts if isinstance(value, ast.List) else [value.elt] if isinstance(value, ast.ListComp)
                 else []) if targets & _SHOWN_LISTS else []
        elif isinstance(node, ast.Return) and node.value is not None:
            function = owner.get(id(node), "")
            shown = [] if module in _LETTER_WORDS or f"{module}:{function}" in _LETTER_WORDS else [node.value]
        elif not isinstance(node, ast.Call):
            continue
        else:
            name = ast.unparse(node.func)
            position = _ERROR_MAKERS.get(name)
            shown = node.args[:1] if name in _OTHER_ERRORS else \
                node.args if name in _ECHOES or name.endswith("Error") else \
                node.args[2:3] if name == "Finding" else \
                node.args[position:position + 1] if position is not None else \
                node.args if name.endswith(".append") and name.split(".")[-2] in _SHOWN_LISTS else []
            shown = shown + [k.value for k in node.keywords if k.arg in _MESSAGE_KEYWORDS]
        found += [(owner.get(id(node), ""), text) for argument in shown for text in _messages(argument)]
    return found


def test_the_message_finder_sees_each_way_a_message_reaches_the_person():
    """Each way an unmarked message has slipped past before is found: a message returned to the caller that shows
    it, a list of warnings made whole, a next action set on a row, an error class passed in as a parameter, Click's
    parameter error, a one-word label before a value; marked messages and the letter's own sentences are not."""
    source = '''
def hint(plan):
    return f"the case names a {plan} plan, set claim.plan_type"
def read(path, error):
    warnings = [f"{path} had no text layer and was read by OCR"]
    raise error(f"{path}: is nested too deeply")
def pick(language):
    raise click.BadParameter(f"{language}: appeal-kit speaks en, es")
def row(row):
    row.next_action = f"before treatment: call the insurer ({row.folder})"
def shown(w):
    click.echo(f"Warning: {w}", err=True)
def marked(path):
    click.echo(_("Warning: {w}").format(w=path))
    return _("{file}: the file is empty.").format(file=path)
'''
    assert sorted(function for function, _text in unmarked_in(source, "example.py")) == \
        ["hint", "pick", "read", "read", "row", "shown"]
    letter = "def sentence(name):\n    return f\"{name} was treated with two antidepressants\"\n"
    assert unmarked_in(letter, "letter/derived.py") == []
    assert unmarked_in(letter, "checks.py") == [("sentence", " was treated with two antidepressants")]


def test_every_message_shown_to_the_person_goes_through_the_catalog():
    """With the catalog test above: a message added without `_()` (and so without Spanish) fails here."""
    found = unmarked_messages()
    assert [message for key, message in found if key is None] == []
    # the list only shrinks: an entry whose messages are all marked now is taken off it
    assert [key for key in ENGLISH_ONLY if key not in {k for k, _message in found}] == []


@pytest.mark.libreoffice  # build starts LibreOffice before it checks the case, so a failing build starts one too
def test_damaged_files_and_photos_in_spanish(tmp_path):
    """A family can meet a damaged PDF, a photo that cannot be read or a packet path that cannot be written: each
    error says what is wrong and how to fix it in Spanish, naming the file."""
    case = write_case(tmp_path / "caso")
    (case / "other" / "aviso.pdf").write_bytes(b"\xff\xd8\xff\xe0 una foto, no un PDF")
    fake = run_cli("build", str(case), "--lang", "es")
    assert fake.returncode != 0
    assert "aviso.pdf: no es un PDF (el archivo no empieza como un PDF)." in fake.stderr
    (case / "other" / "aviso.pdf").unlink()
    (case / "other" / "foto.jpg").write_bytes(b"%PDF-1.4 no es una imagen")
    photo = run_cli("build", str(case), "--lang", "es")
    assert "foto.jpg: no se puede leer como imagen (" in photo.stderr
    assert photo.stderr.rstrip().endswith("Ábrala y guárdela de nuevo como JPEG o PNG.")
    (case / "other" / "foto.jpg").unlink()
    nowhere = run_cli("build", str(case), "--lang", "es", "-o", str(tmp_path / "no-existe" / "p.pdf"))
    assert nowhere.stderr.strip() == (f"Error: {tmp_path / 'no-existe'}: la carpeta no existe. Créela o elija otra "
                                      "ruta para -o.")
    for english in ("is not a PDF", "cannot be read", "folder does not exist"):
        assert english not in fake.stderr + photo.stderr + nowhere.stderr


def test_template_and_clinic_profile_errors_in_spanish(tmp_path):
    """A template that does not exist and a clinic profile with mistakes are said in Spanish, the keys as written."""
    unknown = run_cli("init", str(tmp_path / "nuevo"), "--template", "no-existe", "--lang", "es")
    assert unknown.returncode != 0
    assert unknown.stderr.startswith("Error: no hay ningún modelo de carta llamado 'no-existe'. Disponibles: ")
    profile = tmp_path / "clinic.yaml"
    profile.write_text("name: Clínica Ficticia\ntax_id: '12'\nproviders: nadie\n", encoding="utf-8")
    case = write_case(tmp_path / "caso")
    # its own process: --clinic sets APPEAL_KIT_CLINIC for the process, which must not reach the other tests
    bad = run_cli("--clinic", str(profile), "draft", str(case), "--lang", "es", own_process=True)
    assert bad.returncode != 0
    assert f"Error: Hay que corregir {profile}:" in bad.stderr
    assert "  - tax_id: '12' debe ser el número de identificación del empleador (EIN) de 9 dígitos" in bad.stderr
    assert "  - providers: debe ser una lista de entradas `- name: ...`" in bad.stderr


def test_intakes_reasons_in_spanish_while_json_stays_english():
    """Why intake set a date aside or marks a value to check is said in Spanish; --json keeps the English."""
    import json

    from appeal_kit.intake.facts import extract_facts
    from appeal_kit.intake.merge import summary_lines

    notice = ("Fictional Health Plan\nDate: March 3, 2031\n\nDear Member,\nYour claim 26133-004817 for services on "
              "May 12, 2026 was denied because it is experimental.\nMember ID: 7712094451\n")
    facts = extract_facts(notice, today=date(2026, 12, 2))
    english = "2031-03-03 is after today (2026-12-02); a notice cannot be dated in the future"
    assert json.loads(json.dumps(facts))["rejected"]["notice_date"]["reason"] == english
    i18n.choose("es")
    try:
        lines = summary_lines(facts, today=date(2026, 12, 2))
    finally:
        i18n.choose("en")
    assert any(line.endswith("se dejó vacío, REVISE ESTO: 2031-03-03 es posterior a hoy (2026-12-02); un aviso no "
                             "puede tener una fecha en el futuro. Llénelo con lo que dice el aviso.") for line in lines)
    assert not any("is after today" in line or "found in a sentence" in line for line in lines)


def test_service_days_repeat_the_article_in_spanish(spanish):
    from appeal_kit.letter.wording import Days, phrase

    given = phrase("The services were given on {past}", past=Days(("2026-04-30", "2026-05-12", "2026-05-15")))
    assert i18n.said(given) == "Los servicios se dieron el 30 de abril de 2026 y el 12 y el 15 de mayo de 2026"


def test_records_and_money_in_spanish(spanish):
    """The family's own records (the call log, expenses) are checked in Spanish: each entry named by its place, the
    amount that is not money said as such."""
    from test_records import case_of

    from appeal_kit.errors import CaseError
    from appeal_kit.letter.records import parse_call_log, parse_expenses

    with pytest.raises(CaseError) as calls:
        parse_call_log(case_of({"call_log": [{"date": "2026-03-01"}, {"who": "x", "summary": "y", "nota": 1}]}))
    assert "hay que corregir el registro de llamadas (call_log):" in calls.value.message
    assert "call_log item 1 (2026-03-01): falta who, summary" in calls.value.message
    assert "call_log item 2: campo desconocido nota (una llamada tiene: " in calls.value.message
    with pytest.raises(CaseError) as spent:
        parse_expenses(case_of({"expenses": [{"date": "2026-02-02", "item": "taxi", "amount": "mucho"}]}))
    assert "expenses item 1 (2026-02-02): amount: 'mucho' no es una cantidad de dinero." in spent.value.message


def test_literature_mistakes_in_spanish(spanish, tmp_path):
    """A reference the family lists in case.yaml that the library does not have, or that is missing its journal,
    is said in Spanish, naming its place in the list."""
    from appeal_kit.errors import CaseError
    from appeal_kit.letter.cite import case_references

    with pytest.raises(CaseError) as unknown:
        case_references({"literature": [{"id": "nadie-1999"}, {"title": "Un estudio", "year": 2020,
                                                               "authors": "Ruiz A"}]}, tmp_path)
    assert "literature item 1: 'nadie-1999' no está en la biblioteca de evidencia" in unknown.value.message
    assert "literature item 2: una referencia necesita title, authors (u organization), journal (o publisher) y " \
           "year; falta journal" in unknown.value.message
