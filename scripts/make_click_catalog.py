"""Write appeal_kit/locale/es/LC_MESSAGES/click.po: Spanish for Click's own messages (usage lines, parameter errors,
--help headings), which Click marks with the standard library's gettext (see appeal_kit/i18n.py).

The messages are extracted from the installed Click, so a Click upgrade that adds one shows up as a message
without a translation (tests/test_language.py fails until it is added to SPANISH below):

    .venv/bin/python scripts/make_click_catalog.py && .venv/bin/pybabel compile -d appeal_kit/locale -D click
"""
from __future__ import annotations

import sys
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

import click
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import write_po

CREATED = datetime(2026, 12, 2, tzinfo=UTC)  # fixed, so that running this again changes nothing
ROOT = Path(__file__).resolve().parent.parent
PO = ROOT / "appeal_kit" / "locale" / "es" / "LC_MESSAGES" / "click.po"

# Click's message -> Spanish (a plural message: its singular -> (singular, plural)).
SPANISH: dict[str, str | tuple[str, str]] = {
    "d": "d",
    "{editor}: Editing failed": "{editor}: no se pudo editar",
    "{editor}: Editing failed: {e}": "{editor}: no se pudo editar: {e}",
    "Windows error: {error}": "Error de Windows: {error}",
    "Aborted!": "¡Cancelado!",
    "deprecated": "obsoleto",
    "Options": "Opciones",
    "Positional arguments": "Argumentos",
    "Got unexpected extra argument ({args})": ("Sobra un argumento ({args})", "Sobran argumentos ({args})"),
    "DeprecationWarning: The command {name!r} is deprecated.{extra_message}":
        "Atención: la orden {name!r} está obsoleta.{extra_message}",
    "Commands": "Órdenes",
    "Missing command.": "Falta la orden.",
    "Value must be an iterable.": "El valor debe ser una lista.",
    "Takes {nargs} values but 1 was given.": ("Necesita {nargs} valores, pero se dio 1.",
                                              "Necesita {nargs} valores, pero se dieron {len}."),
    "DeprecationWarning: The {param_type} {name!r} is deprecated.{extra_message}":
        "Atención: {param_type} {name!r} está obsoleto.{extra_message}",
    "Name '{name}' defined twice": "El nombre '{name}' está definido dos veces",
    "Boolean option {decl!r} cannot use the same flag for true/false.":
        "La opción de sí/no {decl!r} no puede usar la misma marca para sí y para no.",
    "Could not determine name for option with declarations {decls!r}":
        "No se pudo saber el nombre de la opción declarada como {decls!r}",
    "No options defined but a name was passed ({name}). Did you mean to declare an argument instead? Did you mean "
    "to pass '--{name}'?": "No hay opciones, pero se dio un nombre ({name}). ¿Quería declarar un argumento? "
                           "¿Quería escribir '--{name}'?",
    "env var: {var}": "variable de entorno: {var}",
    "default: {default}": "por omisión: {default}",
    "(dynamic)": "(variable)",
    "Arguments take exactly one parameter declaration, got {length}: {decls}.":
        "Un argumento se declara con un solo nombre; se dieron {length}: {decls}.",
    "Do you want to continue?": "¿Desea continuar?",
    "Confirm the action without prompting.": "Confirmar sin preguntar.",
    "%(prog)s, version %(version)s": "%(prog)s, versión %(version)s",
    "Show the version and exit.": "Mostrar la versión y salir.",
    "Show this message and exit.": "Mostrar esta ayuda y salir.",
    "Did you mean {possibility}?": ("¿Quiso decir {possibility}?", "(¿Quiso decir una de estas: {possibilities}?)"),
    "Error: {message}": "Error: {message}",
    "Try '{command} {option}' for help.": "Escriba '{command} {option}' para ver la ayuda.",
    "Invalid value: {message}": "Valor no válido: {message}",
    "Invalid value for {param_hint}: {message}": "Valor no válido para {param_hint}: {message}",
    "Missing argument": "Falta el argumento",
    "Missing option": "Falta la opción",
    "Missing parameter": "Falta un dato",
    "Missing {param_type}": "Falta {param_type}",
    "Missing parameter: {param_name}": "Falta el dato: {param_name}",
    "No such option {name!r}.": "No existe la opción {name!r}.",
    "No such command {name!r}.": "No existe la orden {name!r}.",
    "unknown error": "error desconocido",
    "Could not open file {filename!r}: {message}": "No se pudo abrir el archivo {filename!r}: {message}",
    "Usage:": "Uso:",
    "Invalid start character for option ({option})": "La opción empieza con un carácter no válido ({option})",
    "Argument {name!r} takes {nargs} values.": "El argumento {name!r} necesita {nargs} valores.",
    "Option {name!r} does not take a value.": "La opción {name!r} no lleva valor.",
    "Option {name!r} requires an argument.": ("La opción {name!r} necesita un valor.",
                                              "La opción {name!r} necesita {nargs} valores."),
    "Shell completion is not supported for Bash versions older than 4.4.":
        "El autocompletado no funciona con versiones de Bash anteriores a la 4.4.",
    "Couldn't detect Bash version, shell completion is not supported.":
        "No se pudo saber la versión de Bash; el autocompletado no funciona.",
    "Repeat for confirmation": "Repita para confirmar",
    "Error: The two entered values do not match.": "Error: los dos valores escritos no coinciden.",
    "Error: invalid input": "Error: respuesta no válida",
    "Unknown color {colour!r}": "Color desconocido {colour!r}",
    "Press any key to continue...": "Oprima cualquier tecla para continuar...",
    "Choose from:\n\t{choices}": "Elija entre:\n\t{choices}",
    "{value!r} is not {choice}.": ("{value!r} no es {choice}.", "{value!r} no es ninguno de estos: {choices}."),
    "Choice({choices})": "Opción({choices})",
    "{value!r} does not match the format {format}.": ("{value!r} no tiene el formato {format}.",
                                                      "{value!r} no tiene ninguno de los formatos {formats}."),
    "{value!r} is not a valid {number_type}.": "{value!r} no es un {number_type} válido.",
    "{value} is not in the range {range}.": "{value} no está en el intervalo {range}.",
    "{value!r} is not a valid boolean. Recognized values: {states}":
        "{value!r} no es un valor de sí/no válido. Valores aceptados: {states}",
    "{len_type} values are required, but {len_value} was given.":
        ("Se necesitan {len_type} valores, pero se dio {len_value}.",
         "Se necesitan {len_type} valores, pero se dieron {len_value}."),
    "Unknown standard stream '{name}'": "Flujo estándar desconocido '{name}'",
    "{value!r} is not a valid UUID.": "{value!r} no es un UUID válido.",
    "file": "El archivo",
    "directory": "La carpeta",
    "path": "La ruta",
    "{name} {filename!r} does not exist.": "{name} {filename!r} no existe.",
    "{name} {filename!r} is a file.": "{name} {filename!r} es un archivo.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} es una carpeta.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} no se puede leer.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} no se puede escribir.",
    "{name} {filename!r} is not executable.": "{name} {filename!r} no se puede ejecutar.",
}


def click_messages() -> list:
    """Click's marked messages (a plural as a (singular, plural) tuple), in source order, once each."""
    found = extract_from_dir(str(Path(click.__file__).parent), keywords={"_": None, "ngettext": (1, 2)})
    return list(dict.fromkeys(message for _file, _line, message, _comments, _context in found))


def main() -> int:
    catalog = Catalog(locale="es", domain="click", project="appeal-kit: Click's messages", version=version("click"),
                      copyright_holder="the appeal-kit authors", last_translator="appeal-kit language access",
                      creation_date=CREATED, revision_date=CREATED, fuzzy=False)
    missing = []
    for message in click_messages():
        key = message[0] if isinstance(message, tuple) else message
        if key not in SPANISH:
            missing.append(key)
            continue
        spanish = SPANISH[key]
        # Spanish has CLDR's three plural forms (one, many, other); "many" (a million) takes the plural words
        catalog.add(message, (spanish[0], spanish[1], spanish[1]) if isinstance(spanish, tuple) else spanish)
    with PO.open("wb") as fh:
        write_po(fh, catalog, width=120, omit_header=False, no_location=True)
    if missing:
        print("no Spanish yet for:", *missing, sep="\n  ", file=sys.stderr)
        return 1
    print(f"wrote {PO.relative_to(ROOT)} ({len(catalog)} messages, Click {version('click')})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
