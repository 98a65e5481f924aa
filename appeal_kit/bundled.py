"""The data files that ship with appeal-kit (letter templates, argument library, rules registry, evidence library)
and the one way they are read."""
from __future__ import annotations

import copy
from functools import lru_cache
from pathlib import Path
from typing import Any

from appeal_kit.errors import TemplateError


def bundled_dir() -> Path:
    """The folder of the bundled templates, installed (package data) or in a source checkout."""
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
        raise TemplateError(f"{path}: should be {shape}")
    return copy.deepcopy(data)  # callers may change what they get; the cached copy stays as read


@lru_cache(maxsize=64)
def _read_yaml(path: Path, mtime_ns: int, size: int) -> Any:
    """Parsed once per process while the file is unchanged: `build` reads the argument library for its checks
    and again for the letter, and pure-Python YAML parsing of it takes about 0.15 s."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    try:
        return YAML(typ="safe").load(path.read_text(encoding="utf-8")) or {}
    except (YAMLError, UnicodeDecodeError) as exc:
        raise TemplateError(f"{path}: cannot be read as YAML ({exc}).") from None
