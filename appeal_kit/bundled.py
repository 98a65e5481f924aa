"""The data files that ship with appeal-kit (letter templates, argument library, rules registry, evidence library)
and the one way they are read."""
from __future__ import annotations

from pathlib import Path

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
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    try:
        data = YAML(typ="safe").load(path.read_text(encoding="utf-8")) or {}
    except (YAMLError, UnicodeDecodeError) as exc:
        raise TemplateError(f"{path}: cannot be read as YAML ({exc}).") from None
    if not isinstance(data, dict):
        raise TemplateError(f"{path}: should be {shape}")
    return data
