"""The data files that ship with appeal-kit (letter templates, argument library, rules registry, evidence library),
and the one way any YAML is read: these, a clinic's template pack and case.yaml alike (load_yaml)."""
from __future__ import annotations

import copy
import io
import re
import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

from appeal_kit.errors import AppealKitError, TemplateError, shown
from appeal_kit.i18n import N_, _


@lru_cache(maxsize=1)
def bundled_dir() -> Path:
    """The folder of the bundled templates, installed (package data) or in a source checkout; found once a run
    (importlib.resources is slow beside the lookups of bundled files that rendering a letter makes)."""
    try:
        from importlib.resources import files

        folder = Path(str(files("appeal_kit.letter_templates")))
        if folder.is_dir():
            return folder
    except (ModuleNotFoundError, TypeError):
        pass
    # Source checkout: pyproject maps the package appeal_kit.letter_templates to the top-level folder.
    return Path(__file__).resolve().parents[1] / "letter_templates"


def read_yaml_mapping(path: Path, shape: str) -> dict:
    """A template pack's YAML file (sidecar, argument library) as a dict; TemplateError naming the file if not."""
    stat = path.stat()
    data = _read_yaml(path, stat.st_mtime_ns, stat.st_size)
    if not isinstance(data, dict):
        raise TemplateError(_("{file}: should be {shape}").format(file=path, shape=shape))  # shape: YAML's own words
    return _copied(data)  # callers may change what they get; the cached copy stays as read


# What YAML's safe loader makes that cannot be changed in place, so a copy may share it.
_UNCHANGING = (str, int, float, bool, type(None), date, datetime)


def _copied(value: Any) -> Any:
    """A deep copy of parsed YAML: its dicts and lists copied (a shared one, a YAML alias, becomes two copies, as
    many as the size check counted), anything else shared if it cannot change, else deep-copied. copy.deepcopy of
    care_codes.yaml took 1.5-7 ms, and a build asks for it, the argument library and others about 15 times; this
    takes a twentieth of that."""
    kind = type(value)
    if kind is dict:
        return {key: _copied(item) for key, item in value.items()}
    if kind is list:
        return [_copied(item) for item in value]
    if kind in _UNCHANGING:
        return value
    return copy.deepcopy(value)


@lru_cache(maxsize=64)
def _read_yaml(path: Path, mtime_ns: int, size: int) -> Any:
    """Parsed once per process while the file is unchanged: `build` reads the argument library for its checks
    and again for the letter, and pure-Python YAML parsing of it takes about 0.15 s."""
    from ruamel.yaml.error import YAMLError

    try:
        text = path.read_text(encoding="utf-8")
        return _parsed_on_disk(text, lambda: load_yaml(text, path, what=N_("a template's YAML file"),
                                                       error=TemplateError) or {})
    except (YAMLError, UnicodeDecodeError) as exc:
        raise TemplateError(_("{file}: cannot be read as YAML ({reason}).").format(file=shown(path), reason=exc)) \
            from None


@lru_cache(maxsize=1)
def _plain_data() -> type:
    """An unpickler that reads back only what YAML's safe loader makes: containers, strings, numbers and dates; any
    other class in an entry fails it (UnpicklingError), and the file is parsed again. (Made on first use: `--help`
    imports this module, and pickle is not free to import.)"""
    import pickle

    classes = {("datetime", "date"): date, ("datetime", "datetime"): datetime, ("datetime", "timezone"): timezone,
               ("datetime", "timedelta"): timedelta}

    class PlainData(pickle.Unpickler):
        def find_class(self, module: str, name: str) -> Any:
            if (module, name) in classes:
                return classes[module, name]
            raise pickle.UnpicklingError((module, name))  # caught in _parsed_on_disk: never shown

    return PlainData


def _parsed_on_disk(text: str, parse: Callable[[], Any]) -> Any:
    """What `parse()` makes of a template's YAML `text`, kept in the user cache folder between runs, as the compiled
    templates are (letter.render): every `check` and `build` read the bundled argument library, rules and evidence
    library again (pure-Python YAML parsing, about a tenth of `check`'s CPU), and reading the parsed data back costs
    a millisecond. Only template files are kept (the bundled ones or a template pack's), never a case's data; a
    file refused (too deep, too many aliases) is never kept. The entry's name is a hash of the text and of what
    shapes the result (this module, ruamel's and Python's versions); one that cannot be read or written is parsed
    again, never an error."""
    import hashlib
    import pickle

    from appeal_kit.files import kept_in_cache  # not at the top: `--help` imports this module, and files.py tempfile

    folder, salt = _parse_cache()
    if folder is None:
        return parse()
    entry = folder / f"{hashlib.sha256(salt + text.encode('utf-8', 'surrogatepass')).hexdigest()}.pickle"
    return kept_in_cache(entry, parse, dump=lambda data: pickle.dumps(data, protocol=4),
                         load=lambda data: _plain_data()(io.BytesIO(data)).load())


@lru_cache(maxsize=1)
def _parse_cache() -> tuple[Path | None, bytes]:
    """(the folder of parsed template YAML, None when there is no user cache folder; the salt of its names)."""
    from ruamel.yaml import __version__ as ruamel_version

    try:
        from platformdirs import user_cache_dir

        folder: Path | None = Path(user_cache_dir("appeal-kit")) / "yaml-parsed"
        salt = f"{sys.version_info[:2]} {ruamel_version}\0".encode() + Path(__file__).read_bytes()
    except (OSError, RuntimeError):
        return None, b""
    import hashlib

    return folder, hashlib.sha256(salt).digest()


# A case file or a template's companion is a few hundred values. YAML aliases (*name) repeat a value without copying
# it, so a dozen lines can stand for billions of values ("billion laughs"): whatever walks them would run for minutes
# and exhaust the memory. Files from a client's e-mail or a shared clinic pack are read with these limits.
MAX_YAML_VALUES = 100_000
MAX_YAML_DEPTH = 30


def load_yaml(text: str, path: Path, *, what: str, error: type[AppealKitError], round_trip: bool = False) -> Any:
    """`text` (the file `path`, `what` it is in words, marked with N_) parsed as YAML, refused with `error` naming
    the file when its aliases expand past MAX_YAML_VALUES values or it nests deeper than MAX_YAML_DEPTH. round_trip
    keeps line numbers and comments (ruamel's "rt"); ruamel's own YAMLError is the caller's to word."""
    from ruamel.yaml import YAML

    nested = error(_("{file}: is nested too deeply to be {what}. Check that it is the right file.").format(
        file=shown(path), what=_(what)))
    if _bracket_depth(text) > 3 * MAX_YAML_DEPTH:  # refused before ruamel recurses into it for half a minute
        raise nested
    try:
        data = YAML(typ="rt" if round_trip else "safe").load(text)
    except RecursionError:
        raise nested from None
    except (ValueError, OverflowError) as exc:  # ruamel makes dates itself, and 2026-02-30 fails there without a line
        raise error(_impossible_value(text, path, exc)) from None
    _check_size(data, path, what, error)
    return data


ISO_DATE = re.compile(r"(?<![\w.-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\w.-])")


def _impossible_value(text: str, path: Path, exc: Exception) -> str:
    """What to say about a value YAML reads as a date (or timestamp) that the calendar does not have."""
    for number, line in enumerate(text.splitlines(), 1):
        for found in ISO_DATE.finditer(line.split("#", 1)[0]):
            try:
                date(*map(int, found.groups()))
            except ValueError:
                return _("{file} line {line}: {value} is not a date on the calendar ({reason}). Check the day and "
                         "the month, and write the date as the notice does (March 2, 2026).").format(
                    file=shown(path), line=number, value=found.group(0), reason=exc)
    return _("{file}: a value cannot be read ({reason}). Check the dates and numbers in it.").format(file=shown(path),
                                                                                                  reason=exc)


def _bracket_depth(text: str) -> int:
    """The deepest nesting of [ and { in the text (quotes not considered: only an absurd depth is refused)."""
    depth = deepest = 0
    for c in text:
        if c in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif c in "]}":
            depth = max(0, depth - 1)
    return deepest


def _check_size(data: Any, path: Path, what: str, error: type[AppealKitError]) -> None:
    """`error` when the YAML, with every alias expanded, has more than MAX_YAML_VALUES values or nests past
    MAX_YAML_DEPTH; counting stops at the limit, so this is quick whatever the file says."""
    left = MAX_YAML_VALUES
    stack = [(data, 0)]
    while stack:
        node, depth = stack.pop()
        left -= 1
        if left < 0:
            raise error(_("{file}: expands to more than {limit} values (through YAML aliases, `*name`); {what} has a "
                          "few hundred. Remove the aliases and write the values out.").format(
                file=shown(path), limit=f"{MAX_YAML_VALUES:,}", what=_(what)))
        if depth > MAX_YAML_DEPTH:
            raise error(_("{file}: is nested more than {limit} levels deep; {what} needs a few. Check that it is the "
                          "right file.").format(file=shown(path), limit=MAX_YAML_DEPTH, what=_(what)))
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)
